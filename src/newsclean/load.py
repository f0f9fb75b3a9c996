"""Load: turn what the caller gave us into either a parsed HTML tree or plain text, losing nothing.

Bytes are decoded (BOM, then UTF-8 when the bytes are valid UTF-8, then the declared charset, then
content detection; a page mixing UTF-8 with windows-1252 bytes keeps both). HTML is parsed once with
lxml. libxml2 silently drops text past its nesting limit and giant text nodes, reporting it only in its
error log: when that log says so, the page is parsed again with a tree builder on the stdlib's tokenizer,
which keeps every character, and a warning is recorded.

Input that is no page at all (None, a number, empty, binary data, a PDF or an image) raises
:class:`~newsclean.InputError` with a message that says what was given.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser as StdlibHTMLParser
from typing import Any

from lxml import etree

from .errors import InputError
from .options import Options

MAX_DEPTH = 512  # the fallback tree builder nests no deeper than this (as browsers do); text is kept
MAX_ATTRIBUTES = 1000  # per element; libxml2 and html.parser are quadratic in an element's attribute count
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.I)
_XML_DECL = re.compile(r"\s*<\?xml[^>]*>", re.I)  # at the start
# Atomic: an attribute, once read, is never read again shorter, so a tag with few attributes fails at once.
_ATTRIBUTE = r"""(?>\s+[^\s=>/"'<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)"""
_CROWDED_TAG = re.compile(rf"(<[A-Za-z][^\s/>]*+{_ATTRIBUTE}{{{MAX_ATTRIBUTES}}})(?:{_ATTRIBUTE})+")
_HTML_SIGNS = re.compile(
    r"<(?:!doctype|html|head|body|meta|title|p|div|span|br|a|h[1-6]|article|section|main|table|ul|li|img|script)\b",
    re.I,
)
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "a Java class file or Mach-O executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
# What libxml2's error log says when it dropped text.
_LOSS_MESSAGES = ("excessive depth", "huge text node", "huge input lookup", "xmlsax2characters",
                  "memory allocation failed", "maximum", "too long", "limit")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Python codecs that are no character encoding of a web page (a declaration naming one is ignored).
_NOT_PAGE_ENCODINGS = frozenset({"unicode_escape", "raw_unicode_escape", "idna", "punycode", "utf-7",
                                 "undefined", "mbcs", "oem", "charmap", "unicode_internal", "palmos"})
# A character that makes a page not empty (what str.strip() keeps, and not a BOM); \s is str.isspace().
_VISIBLE = re.compile(r"[^\s\ufeff]")
# Characters XML cannot hold; they are no visible text, and both parsers drop them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Control characters that no text page holds many of (tab, newlines, form feeds and escape aside).
_BINARY_BYTES = bytes(byte for byte in range(32) if byte not in b"\t\n\r\f\v\x1b")
_BINARY_SIGN = re.compile("[" + re.escape(_BINARY_BYTES.decode("ascii")) + "]")
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in b"\t\n\x0c\r")


@dataclass(slots=True)
class Loaded:
    """A page as we read it: a tree (HTML) or a string (text), and what went wrong on the way."""

    root: Any = None  # the lxml root element for HTML input
    text: str | None = None  # the page for text input
    warnings: list[str] = field(default_factory=list)

    @property
    def is_html(self) -> bool:
        return self.root is not None


def load(markup: object, options: Options) -> Loaded:
    """Read ``markup`` (str, bytes, lxml element or BeautifulSoup) as HTML or plain text."""
    if isinstance(markup, etree._Element):
        return _load_element(markup)
    if isinstance(markup, etree._ElementTree):
        root = markup.getroot()
        if root is None:
            raise InputError("the lxml tree given as the page is empty")
        return _load_element(root)
    if _is_soup(markup):
        return _load_string(str(markup), "html")
    if isinstance(markup, bytes | bytearray | memoryview):
        warnings: list[str] = []
        data = bytes(markup)
        text, as_is = _decode(data, warnings)
        loaded = _load_string(text, options.input_format, data if as_is else None)
        loaded.warnings[:0] = warnings
        return loaded
    if isinstance(markup, str):
        return _load_string(str(markup), options.input_format)
    raise InputError(
        "expected the page as str or bytes (or an lxml element / BeautifulSoup), "
        f"not {_describe(markup)}"
    )


def _describe(value: object) -> str:
    if value is None:
        return "None"
    name = type(value).__name__
    if isinstance(value, list | tuple | set | frozenset | dict):
        return f"a {name} (pass one page at a time; Cleaner.clean takes a single page)"
    if hasattr(value, "read"):
        return f"a {name} (read the file first and pass its bytes)"
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


def _is_soup(markup: object) -> bool:
    return type(markup).__module__.startswith("bs4") and hasattr(markup, "decode_contents")


def _load_element(element: Any) -> Loaded:
    if not isinstance(element.tag, str):
        raise InputError("the lxml node given as the page is a comment or processing instruction, not a page")
    tree = element.getroottree()
    root = tree.getroot() if tree is not None else None
    return Loaded(root=root if root is not None else element)


def _load_string(text: str, input_format: str, encoded: bytes | None = None) -> Loaded:
    """``encoded``: ``text`` in UTF-8 when the caller has it (the page's own bytes), so that it is not
    encoded again for the control check and for libxml2."""
    _reject_binary(text)
    if encoded is None:
        encoded = _utf8(text)
    if encoded is None or _has_control(text, encoded):
        text, encoded = _CONTROL.sub(_control_replacement, text), None
    if not _VISIBLE.search(text):
        raise InputError("the page is empty (no characters but whitespace)")
    if input_format == "text" or (input_format == "auto" and not _HTML_SIGNS.search(text, 0, 200_000)):
        return Loaded(text=text)
    return parse_html(text, encoded)


def _utf8(text: str) -> bytes | None:
    """``text`` in UTF-8, or None when it holds a lone surrogate (which UTF-8 cannot hold)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _has_control(text: str, encoded: bytes | None = None) -> bool:
    """Whether ``text`` (in UTF-8: ``encoded``) holds a character of ``_CONTROL``: the same test in C,
    several times faster than the pattern on a page that has none (nearly every page)."""
    data = _utf8(text) if encoded is None else encoded
    if data is None:  # a lone surrogate
        return True
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    # On the str: a string with no character past U+00FF answers at once, and others scan faster than bytes.
    return "\ufffe" in text or "\uffff" in text


def _control_replacement(match: re.Match[str]) -> str:
    # A lone surrogate is a character the caller's decoding could not read: keep it as U+FFFD.
    return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else ""


def _reject_binary(text: str) -> None:
    sample = text[:4096]
    controls = len(_BINARY_SIGN.findall(sample))
    bad = sample.count("\ufffd")
    if controls + bad > 0.1 * len(sample):
        raise InputError("the page looks like binary data, not HTML or text (it is full of control characters)")


# ---------------------------------------------------------------- decoding bytes


def decode(data: bytes, warnings: list[str] | None = None) -> str:
    """Decode page bytes: BOM, then UTF-8 when valid, then the declared charset, then content detection.

    Never fails on a real page: bytes no encoding explains are read as windows-1252, so no character is
    lost. ``warnings`` (when given) receives a note when the page had to be guessed or repaired.
    """
    return _decode(data, warnings if warnings is not None else [])[0]


def _decode(data: bytes, notes: list[str]) -> tuple[str, bool]:
    """:func:`decode`, and whether the text is ``data`` read as UTF-8 (so ``data`` is its UTF-8 encoding)."""
    if not data.strip():
        raise InputError("the page is empty (no bytes but whitespace)")
    _reject_known_formats(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), False
    utf16 = _sniff_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), False
    _reject_control_bytes(data)
    try:
        # Valid UTF-8 with non-ASCII in it is UTF-8, whatever the page declares.
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), False
        except (UnicodeDecodeError, LookupError):
            notes.append(f"the page declares {declared} but is not; its encoding was detected")
    elif declared == "utf-8":
        notes.append("the page declares utf-8 but holds bytes that are not; its encoding was detected")
    return _detect(data, notes), False


def _reject_known_formats(data: bytes) -> None:
    head = data[:4096].lstrip()[:64]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(f"the page is {what}, not HTML or text")
    if head[:4] == b"RIFF" or data[4:8] == b"ftyp":
        raise InputError("the page is a media file (RIFF/MP4), not HTML or text")


def _reject_control_bytes(data: bytes) -> None:
    sample = data[:4096]
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    if controls > 0.1 * len(sample):
        raise InputError("the page looks like binary data, not HTML or text (it is full of control bytes)")


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-range text leaves every other byte NUL."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data, 0, 8192)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_PAGE_ENCODINGS:
        return None
    if codec.name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page that declares UTF-16 inside itself is ASCII-compatible (HTML standard)
    # Pages declaring latin-1 are, by the HTML standard, windows-1252.
    return "cp1252" if codec.name in ("latin-1", "iso8859-1", "ascii") else codec.name


def _mixed(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: a byte that is not UTF-8 is read as windows-1252 (latin-1 where undefined)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start:error.end]
    return "".join(_cp1252_char(byte) for byte in chunk), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error("newsclean-mixed", _mixed)


def _detect(data: bytes, notes: list[str]) -> str:
    """Bytes that are neither valid UTF-8 nor in their declared charset."""
    # Before the UTF-8 test: East Asian double bytes hold many pairs that are well-formed UTF-8 by chance.
    east_asian = _guess_east_asian(data)
    if east_asian:
        return data.decode(east_asian, errors="replace")
    if _mostly_utf8(data):
        notes.append("the page mixes UTF-8 with other bytes; those were read as windows-1252")
        return data.decode("utf-8", errors="newsclean-mixed")
    from bs4.dammit import EncodingDetector

    guessed = _guess_cyrillic(data)
    candidates = ([guessed] if guessed else []) + list(EncodingDetector(data, is_html=True).encodings)
    for encoding in candidates:
        if not encoding or encoding.lower() in ("ascii", "utf-8"):
            continue
        try:
            codec = codecs.lookup(encoding).name
            if codec in _NOT_PAGE_ENCODINGS:
                continue
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError):  # ValueError: a NUL in a declared name
            continue
    notes.append("the page's encoding could not be determined; it was read as windows-1252")
    return data.decode("utf-8", errors="newsclean-mixed")


def _mostly_utf8(data: bytes) -> bool:
    """Whether the non-ASCII bytes are mostly well-formed UTF-8 sequences (judged on the first MB)."""
    text = data[:1_000_000].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = len(_WIDE.findall(text))
    return wide > 0 and 4 * wide >= bad


_WIDE = re.compile("[^\x00-\x7f\ufffd]")


# East Asian multi-byte encodings, each with characters that make up a good share of any text in its
# language: Japanese hiragana; the commonest Chinese characters (simplified, traditional); the commonest
# Korean syllables. Bytes read in the wrong one of these encodings still decode, into characters of the
# same scripts, but hardly ever into these.
_EAST_ASIAN = (
    ("cp932", re.compile("[\u3041-\u3093]")),
    ("euc_jp", re.compile("[\u3041-\u3093]")),
    ("gb18030", re.compile("[的是在了不和有一这中人国们为上个到说对以年会大来]")),
    ("big5", re.compile("[的是在了不和有一這中人國們為上個到說對以年會大來]")),
    ("euc_kr", re.compile("[이다의는에을가하고한지로서들기를있]")),
)
COMMON_SHARE = 0.08  # of the non-ASCII characters: text in the right encoding has more of its common ones


def _guess_east_asian(data: bytes) -> str | None:
    """Shift_JIS, EUC-JP, GBK, Big5 or EUC-KR, whichever reads the bytes as the most text of its language
    (the share of its common characters among the non-ASCII ones), when one reads them well enough."""
    sample = data[:65536]
    best, best_share = None, COMMON_SHARE
    for encoding, common in _EAST_ASIAN:
        try:  # incremental, so that a character cut at the end of the sample is no error
            text = codecs.getincrementaldecoder(encoding)().decode(sample)
        except UnicodeDecodeError:
            continue
        wide = len(_WIDE.findall(text))
        share = len(common.findall(text)) / wide if wide else 0.0
        if share > best_share:
            best, best_share = encoding, share
    return best


_HIGH_WORD = re.compile(rb"[\x80-\xff]{3,}")


def _guess_cyrillic(data: bytes) -> str | None:
    """windows-1251 or KOI8-R for 8-bit text whose words are made of high bytes only (not Latin accents).

    Latin text has an accented letter here and there inside ASCII words; Cyrillic text in an 8-bit
    encoding has whole words of high bytes. Lower-case letters sit at 0xE0-0xFF in windows-1251 and at
    0xC0-0xDF in KOI8-R, and running text is mostly lower case.
    """
    sample = data[:65536]
    high = sum(1 for byte in sample if byte >= 0x80)
    if high < 8:
        return None
    in_words = sum(len(word) for word in _HIGH_WORD.findall(sample))
    if in_words < 0.6 * high:
        return None
    lower_1251 = sum(1 for byte in sample if byte >= 0xE0)
    lower_koi8 = sum(1 for byte in sample if 0xC0 <= byte < 0xE0)
    return "cp1251" if lower_1251 >= lower_koi8 else "koi8-r"


# ---------------------------------------------------------------- parsing HTML


def parse_html(text: str, encoded: bytes | None = None) -> Loaded:
    """Parse with lxml; fall back to the stdlib tokenizer when libxml2 reports that it dropped text.
    ``encoded`` is ``text`` in UTF-8, when the caller has it."""
    declaration = _XML_DECL.match(text)
    if declaration:
        text, encoded = text[declaration.end():], None
    warnings = []
    if text.count("=") > MAX_ATTRIBUTES:
        text, crowded = _CROWDED_TAG.subn(r"\1", text)
        if crowded:
            encoded = None
            warnings.append(f"attributes past the {MAX_ATTRIBUTES:,}th of {crowded} element(s) were dropped "
                            "(not page text; both HTML parsers are quadratic in them)")
    # encoding="utf-8": the page is decoded already, so a <meta charset> inside must not re-decode it.
    # etree's parser, not lxml.html's: its element classes cost a Python-level lookup for every element
    # proxy, and nothing here uses their methods.
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, encoding="utf-8")
    try:
        root = etree.fromstring(text.encode("utf-8") if encoded is None else encoded, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    lost = _lost_text(parser)
    if root is None or lost or root.tag != "html":
        why = lost or "lxml could not parse the page"
        warnings.append(f"{why}; parsed again with html.parser")
        return Loaded(root=parse_with_stdlib(text), warnings=warnings)
    return Loaded(root=root, warnings=warnings)


def _lost_text(parser: Any) -> str | None:
    for entry in parser.error_log:
        message = entry.message.lower()
        if any(sign in message for sign in _LOSS_MESSAGES):
            return f"libxml2 dropped text ({entry.message.strip()})"
    return None


_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen command frame basefont "
    "bgsound image".split()
)
_HEAD_TAGS = frozenset({"title", "meta", "link", "base", "style", "script", "noscript", "template"})
# Elements whose content HTML (and libxml2) read as text, not markup; the second kind decodes &refs;.
_RAW_TEXT = frozenset({"iframe", "noembed", "noframes", "xmp", "plaintext"})
_ESCAPABLE_RAW_TEXT = frozenset({"textarea", "title"})
# Start tags that close an open <p> (HTML standard, "close a p element").
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt listing "
    "plaintext xmp".split()
)
# A start tag closes an open element of the same family, up to a boundary (li in its list, td in its row).
_IMPLIED = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu", "table", "td", "th"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl", "table", "td", "th"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl", "table", "td", "th"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist", "optgroup"})),
    "optgroup": (frozenset({"option", "optgroup"}), frozenset({"select"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "tbody", "thead", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tbody": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "thead": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "tfoot": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
}
_P_BOUNDARY = frozenset({"button", "table", "td", "th", "caption", "template", "object", "marquee", "applet"})
# No implied end tag reaches out of these: what is inside them stays inside them.
_SCOPE = frozenset({"svg", "math", "template", "noscript", "script", "style", "object", "iframe"})
_SEARCH_LIMIT = 64  # how far up the stack an implied end tag looks (bounds the work per tag)


_COMMENT_END = re.compile(r"--!?>")


class _TreeBuilder(StdlibHTMLParser):
    """Builds an lxml tree from the stdlib's tokenizer: no size limit, nesting capped at MAX_DEPTH.

    It closes ``<p>``, ``<li>``, ``<td>`` and the like where the HTML standard implies their end tags (so
    unclosed paragraphs do not nest ever deeper), and, like browsers, stops nesting at MAX_DEPTH: deeper
    elements become siblings of the deepest. Every character of text is kept, in document order.
    """

    def parse_comment(self, i: int, report: int = 1) -> int:
        """Comments end at the first ``-->`` (or ``--!>``), as the HTML standard and libxml2 say; the
        stdlib's tokenizer also ends them at ``-- >``, which minified scripts inside comments contain."""
        rawdata: str = self.rawdata
        for empty in ("<!-->", "<!--->"):
            if rawdata.startswith(empty, i):
                return i + len(empty)
        match = _COMMENT_END.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start()])
        return match.end()

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("html")
        self.head = etree.SubElement(self.root, "head")
        self.body = etree.SubElement(self.root, "body")
        self.in_head = True
        self.stack: list[Any] = [self.body]
        self.head_stack: list[Any] = [self.head]
        self.pending: list[str] = []
        self.open_counts: dict[str, int] = {}

    # -- text

    def handle_data(self, data: str) -> None:
        cdata = getattr(self, "cdata_elem", None)
        if cdata in _ESCAPABLE_RAW_TEXT:
            data = unescape(data)
        if self.in_head and len(self.head_stack) == 1:
            if data.isspace():
                return
            self.in_head = False
        self.pending.append(data)

    def _flush(self) -> None:
        if not self.pending:
            return
        data = "".join(self.pending)
        self.pending = []
        parent = (self.head_stack if self.in_head else self.stack)[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data

    # -- tags

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._flush()
        if tag in ("html", "body", "head"):
            self._structural(tag, attrs)
            return
        if self.in_head and len(self.head_stack) == 1 and tag not in _HEAD_TAGS:
            self.in_head = False  # content: the head has ended, as the HTML standard says
        stack = self.head_stack if self.in_head else self.stack
        if not self.in_head:
            self._close_implied(tag)
        if len(stack) >= MAX_DEPTH and tag not in _VOID:
            # As browsers do: past the nesting limit, the deepest open element is closed and the new one
            # becomes its sibling. Its content still goes inside it (a <script> past the limit stays a
            # script), and since elements are only ever added at the end, text keeps document order.
            self.open_counts[stack.pop().tag] -= 1
        element = _new_child(stack[-1], tag)
        _copy_attributes(element, attrs)
        if tag in _VOID:
            return
        stack.append(element)
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        if tag in _RAW_TEXT or tag in _ESCAPABLE_RAW_TEXT:
            self.set_cdata_mode(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag not in ("html", "body", "head"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self._flush()
        if tag == "head":
            self.in_head = False
            return
        if tag in ("html", "body", "br"):
            if tag == "br":
                etree.SubElement(self.stack[-1], "br")
            return
        stack = self.head_stack if self.in_head else self.stack
        if self.in_head and len(stack) == 1:
            return
        self._pop_to(stack, tag, len(stack))

    def _pop_to(self, stack: list[Any], tag: str, limit: int) -> bool:
        if not self.open_counts.get(tag):
            return False
        for depth in range(len(stack) - 1, max(len(stack) - 1 - limit, 0), -1):
            if stack[depth].tag == tag:
                for element in stack[depth:]:
                    self.open_counts[element.tag] -= 1
                del stack[depth:]
                return True
        return False

    def _close_implied(self, tag: str) -> None:
        if tag in _CLOSES_P and self.open_counts.get("p"):
            self._close_within("p", frozenset({"p"}), _P_BOUNDARY)
        family = _IMPLIED.get(tag)
        if family is not None:
            closes, boundary = family
            for name in closes:
                if self.open_counts.get(name):
                    self._close_within(name, closes, boundary)

    def _close_within(self, name: str, closes: frozenset[str], boundary: frozenset[str]) -> None:
        stack = self.stack
        for depth in range(len(stack) - 1, max(len(stack) - 1 - _SEARCH_LIMIT, 0), -1):
            tag = stack[depth].tag
            if tag == name:
                for element in stack[depth:]:
                    self.open_counts[element.tag] -= 1
                del stack[depth:]
                return
            if tag in boundary or tag in _SCOPE:
                return

    def _structural(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            _copy_attributes(self.root, attrs, keep=True)
        elif tag == "body":
            self.in_head = False
            _copy_attributes(self.body, attrs, keep=True)
        elif tag == "head" and len(self.body) == 0 and not self.body.text:
            self.in_head = True

    def close(self) -> None:
        super().close()
        self._flush()


def _new_child(parent: Any, tag: str) -> Any:
    try:
        return etree.SubElement(parent, tag)
    except ValueError:  # a tag name lxml refuses (e.g. with a colon or quote in it)
        return etree.SubElement(parent, "span")


def _copy_attributes(element: Any, attrs: list[tuple[str, str | None]], keep: bool = False) -> None:
    for name, value in attrs:
        if keep and name in element.attrib:
            continue
        try:
            element.set(name, _CONTROL.sub("", value or ""))
        except ValueError:
            continue  # an attribute name XML cannot hold; its value is not page text


def parse_with_stdlib(text: str) -> Any:
    """An lxml tree built from the stdlib's ``html.parser`` tokens (see :class:`_TreeBuilder`)."""
    builder = _TreeBuilder()
    builder.feed(_CONTROL.sub("", text))
    builder.close()
    return builder.root

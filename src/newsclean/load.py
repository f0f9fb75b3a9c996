"""Load: turn what the caller gave us into either a parsed HTML tree or plain text, losing nothing.

Bytes are decoded (BOM, then the declared charset, then content detection); HTML is parsed once with
lxml. libxml2 silently drops text past its nesting limit and giant text nodes, reporting it only in its
error log: when that log says so, the page is parsed again with the stdlib's parser, which keeps every
character, and a warning is recorded.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser as StdlibHTMLParser
from typing import Any

from lxml import etree, html

from .errors import InputError
from .options import Options

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_HTML_SIGNS = re.compile(
    r"<(?:!doctype|html|head|body|meta|title|p|div|span|br|a|h[1-6]|article|section|main|table|ul|li|img|script)\b",
    re.I,
)
_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
)
# What libxml2's error log says when it dropped text.
_LOSS_MESSAGES = ("excessive depth", "huge text node", "huge input lookup", "xmlsax2characters")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(slots=True)
class Loaded:
    """A page as we read it: a tree (HTML) or a string (text), and what went wrong on the way."""

    root: Any = None  # lxml.html.HtmlElement for HTML input
    text: str | None = None  # the page for text input
    warnings: list[str] = field(default_factory=list)

    @property
    def is_html(self) -> bool:
        return self.root is not None


def load(markup: object, options: Options) -> Loaded:
    """Read ``markup`` (str, bytes, lxml element or BeautifulSoup) as HTML or plain text."""
    if isinstance(markup, etree._Element):
        return Loaded(root=_document_root(markup))
    if _is_soup(markup):
        return _load_string(str(markup), "html")
    if isinstance(markup, bytes | bytearray | memoryview):
        return _load_string(decode(bytes(markup)), options.input_format)
    if isinstance(markup, str):
        return _load_string(markup, options.input_format)
    raise InputError(
        f"expected the page as str or bytes (or an lxml element / BeautifulSoup), not {type(markup).__name__}"
    )


def _is_soup(markup: object) -> bool:
    return type(markup).__module__.startswith("bs4") and hasattr(markup, "decode_contents")


def _document_root(element: Any) -> Any:
    tree = element.getroottree()
    return tree.getroot() if tree is not None else element


def _load_string(text: str, input_format: str) -> Loaded:
    text = text.replace("\x00", "")
    if not text.strip():
        raise InputError("the page is empty (no characters but whitespace)")
    _reject_binary(text)
    if input_format == "text" or (input_format == "auto" and not _HTML_SIGNS.search(text, 0, 200_000)):
        return Loaded(text=text)
    return parse_html(text)


def _reject_binary(text: str) -> None:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    bad = sample.count("\ufffd")
    if (controls + bad) > 0.1 * len(sample):
        raise InputError("the page looks like binary data, not HTML or text")


def decode(data: bytes) -> str:
    """Decode page bytes: BOM, then the declared charset, then UTF-8, then content detection."""
    if not data.strip():
        raise InputError("the page is empty (no bytes but whitespace)")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"the page is {what}, not HTML or text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # a lying declaration: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data, 0, 8192)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages declaring latin-1 are, by the HTML standard, windows-1252.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _detect(data: bytes) -> str:
    from bs4.dammit import UnicodeDammit

    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is not None:
        return str(dammit.unicode_markup)
    return data.decode("utf-8", errors="replace")


def parse_html(text: str) -> Loaded:
    """Parse with lxml; fall back to the stdlib parser when libxml2 reports that it dropped text."""
    text = _XML_DECL.sub("", text, count=1)
    # The text is decoded already: tell libxml2 the bytes are UTF-8, whatever the page's meta tag says.
    parser = html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    lost = _lost_text(parser)
    if root is None or lost:
        why = lost or "lxml could not parse the page"
        return Loaded(root=parse_with_stdlib(text), warnings=[f"{why}; parsed again with html.parser"])
    return Loaded(root=root)


def _lost_text(parser: Any) -> str | None:
    for entry in parser.error_log:
        message = entry.message.lower()
        if any(sign in message for sign in _LOSS_MESSAGES):
            return f"libxml2 dropped text ({entry.message.strip()})"
    return None


_VOID = frozenset(
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "command",
    ]
)


class _TreeBuilder(StdlibHTMLParser):
    """Builds an lxml tree from the stdlib's tokenizer, with no nesting limit and no size limit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = html.Element("html")
        self.stack: list[Any] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            return
        try:
            element = etree.SubElement(self.stack[-1], tag)
        except ValueError:  # a tag name lxml refuses (e.g. with a colon or quote in it)
            element = etree.SubElement(self.stack[-1], "span")
        for name, value in attrs:
            try:
                element.set(name, value or "")
            except ValueError:
                continue  # an attribute name XML cannot hold; its value is not page text
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        parent = self.stack[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data


def parse_with_stdlib(text: str) -> Any:
    builder = _TreeBuilder()
    builder.feed(_strip_control(text))
    builder.close()
    root = builder.root
    if root.find("body") is None:
        body = html.Element("body")
        body.text, root.text = root.text, None
        for child in list(root):
            if child.tag != "head":
                body.append(child)
        root.append(body)
    return root


def _strip_control(text: str) -> str:
    # XML cannot hold these characters; they carry no visible text.
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)

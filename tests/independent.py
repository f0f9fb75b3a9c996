"""The nothing-lost invariant, checked by a parser that is not the one newsclean uses.

DESIGN.md section 1: every non-whitespace character of the text under the page's ``<body>`` (outside
script, style, template, svg and noscript) lands, in order, in exactly one block. The page's text is
read here with the stdlib's ``html.parser`` tokenizer, never with lxml, and compared with the
characters of all blocks, in order. Imported by the property tests, the fuzz harness and the
robustness run over the evaluation pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import unescape
from html.parser import HTMLParser

SKIPPED = frozenset({"script", "style", "template", "svg", "noscript"})
_HEAD_ONLY = frozenset({"title"})
# What HTML (and libxml2) read as text, not markup: raw text, and text with character references.
RAW_TEXT = frozenset({"iframe", "noembed", "noframes", "xmp", "plaintext"})
ESCAPABLE_RAW_TEXT = frozenset({"textarea", "title"})
# Tags that end the head: anything else starts the body, even before a <body> tag (HTML standard).
_HEAD_TAGS = frozenset({"html", "head", "title", "meta", "link", "base", "style", "script", "noscript", "template"})
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen command frame".split()
)
# Characters no parser keeps as text: whitespace, C0 controls, lone surrogates, U+FFFE/U+FFFF, and a BOM; and
# the zero-width characters, which show nothing (a block of them alone is no block).
_NOT_TEXT = re.compile(r"[\s\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff\ufeff\u200b\u200c\u200d\u2060]+")


def visible(text: str) -> str:
    """The characters of ``text`` that count: all but whitespace and control characters."""
    return _NOT_TEXT.sub("", text)


_COMMENT_END = re.compile(r"--!?>")


class _BodyText(HTMLParser):
    def parse_comment(self, i: int, report: int = 1) -> int:
        """Comments end at the first ``-->`` (or ``--!>``), as the HTML standard and libxml2 say; the
        stdlib's tokenizer also ends them at ``-- >``, which minified scripts inside comments contain."""
        rawdata: str = self.rawdata  # type: ignore[attr-defined]
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
        self.seen_body = False  # text before <body> (but not in <title>) is body text all the same
        self.skip = 0
        self.head_only = 0
        self.escapable = False
        self.before_body: list[str] = []
        self.in_body: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" or (tag not in _HEAD_TAGS and not self.skip and not self.head_only):
            self.seen_body = True
        if tag in SKIPPED:
            self.skip += 1
        elif tag in _HEAD_ONLY and not self.seen_body:
            self.head_only += 1
        if tag in RAW_TEXT or tag in ESCAPABLE_RAW_TEXT:
            self.set_cdata_mode(tag)
            self.escapable = tag in ESCAPABLE_RAW_TEXT

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.seen_body = True

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self.skip:
            self.skip -= 1
        elif tag in _HEAD_ONLY and self.head_only:
            self.head_only -= 1

    def handle_data(self, data: str) -> None:
        if self.cdata_elem and self.escapable:  # type: ignore[attr-defined]
            data = unescape(data)
        if self.skip or self.head_only:
            return
        if data.strip() and not self.seen_body:
            self.seen_body = True  # text outside the head starts the body
        (self.in_body if self.seen_body else self.before_body).append(data)


def body_text(markup: str) -> str:
    """The visible characters of the text under ``<body>``, as the stdlib parser reads the page.

    Text outside any ``<body>`` tag counts when the page has none (a fragment), and text after the
    head but before ``<body>`` counts too (HTML puts it in the body).
    """
    reader = _BodyText()
    reader.feed(markup)
    reader.close()
    return visible("".join(reader.before_body + reader.in_body))


def blocks_text(texts: Iterable[str]) -> str:
    return visible("".join(texts))


def first_difference(expected: str, got: str, context: int = 30) -> str | None:
    """None when equal; else where the two character sequences part."""
    if expected == got:
        return None
    limit = min(len(expected), len(got))
    at = next((i for i in range(limit) if expected[i] != got[i]), limit)
    start = max(at - context, 0)
    return (f"at char {at} of {len(expected)} (blocks have {len(got)}): "
            f"page {expected[start:at + context]!r} vs blocks {got[start:at + context]!r}")

"""The tools under test, each behind one signature: page bytes and URL in, article body text out.

Every adapter imports its library when loaded, so a missing peer is skipped with a note. Work a user would
have to do to get plain text (decoding for a str-only API, HTML to text for readability) is inside the call
and so inside the timing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

Extract = Callable[[bytes, str | None], str]

CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
BLOCK_TAGS = ("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    version: str
    extract: Extract


def decode_html(data: bytes) -> str:
    """Bytes to text for an API that takes str: the declared charset, else UTF-8, else cp1252."""
    declared = CHARSET.search(data[:4096])
    encodings = [declared.group(1).decode("ascii", "replace")] if declared else []
    for encoding in [*encodings, "utf-8"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def newsclean_tool() -> Extract:
    import newsclean

    cleaner = newsclean.Cleaner(newsclean.Options())

    def extract(data: bytes, url: str | None) -> str:
        body: str = cleaner.clean(data, url).body
        return body

    return extract


def trafilatura_tool(fast: bool = False) -> Extract:
    import trafilatura

    def extract(data: bytes, url: str | None) -> str:  # comments are not part of an article's body
        return trafilatura.extract(data, url=url, fast=fast, include_comments=False) or ""

    return extract


def readability_tool(decode: bool = False) -> Extract:
    """readability-lxml; with `decode`, given our decoded text instead of bytes (it runs chardet on bytes)."""
    import lxml.html
    from readability import Document

    def extract(data: bytes, url: str | None) -> str:
        summary = Document(decode_html(data) if decode else data, url=url).summary(html_partial=True)
        tree = lxml.html.fromstring(summary)
        for element in tree.iter(*BLOCK_TAGS):  # keep words of adjacent paragraphs apart
            element.tail = "\n" + (element.tail or "")
        return "".join(str(text) for text in tree.itertext())

    return extract


def justext_tool() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")

    def extract(data: bytes, url: str | None) -> str:
        paragraphs = justext.justext(data, stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def boilerpy3_tool() -> Extract:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=False)

    def extract(data: bytes, url: str | None) -> str:
        return str(extractor.get_content(decode_html(data)))

    return extract


def lxml_parse_tool() -> Extract:
    """The floor for any lxml-based extractor: parse the page, return no text."""
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)

    def extract(data: bytes, url: str | None) -> str:
        lxml.html.document_fromstring(data, parser=parser, base_url=url)
        return ""

    return extract


def bs4_parse_tool() -> Extract:
    """BeautifulSoup over lxml, parse only: what bs4 on the hot path would cost."""
    from bs4 import BeautifulSoup

    def extract(data: bytes, url: str | None) -> str:
        BeautifulSoup(data, "lxml")
        return ""

    return extract


@dataclass(frozen=True, slots=True)
class Spec:
    dist: str  # the distribution whose version is reported
    factory: Callable[[], Extract]


SPECS: dict[str, Spec] = {
    "newsclean": Spec("newsclean", newsclean_tool),
    "trafilatura": Spec("trafilatura", trafilatura_tool),
    "trafilatura-fast": Spec("trafilatura", lambda: trafilatura_tool(fast=True)),
    "readability": Spec("readability-lxml", readability_tool),
    "readability-str": Spec("readability-lxml", lambda: readability_tool(decode=True)),
    "justext": Spec("justext", justext_tool),
    "boilerpy3": Spec("boilerpy3", boilerpy3_tool),
    "lxml-parse": Spec("lxml", lxml_parse_tool),
    "bs4-parse": Spec("beautifulsoup4", bs4_parse_tool),
}
DEFAULT_TOOLS = ("newsclean", "trafilatura", "readability", "justext", "boilerpy3", "lxml-parse")


def version_of(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def load_tool(name: str) -> Tool:
    """The named tool, ready to call; raises whatever its import or set-up raises."""
    spec = SPECS[name]
    return Tool(name, version_of(spec.dist), spec.factory())


def load_tools(names: list[str]) -> tuple[list[Tool], list[str]]:
    """The tools that load, and a note for each that does not (missing package, broken set-up)."""
    tools: list[Tool] = []
    notes: list[str] = []
    for name in names:
        if name not in SPECS:
            notes.append(f"{name}: unknown tool (known: {', '.join(SPECS)})")
            continue
        try:
            tools.append(load_tool(name))
        except Exception as exc:  # a peer that cannot load is skipped, not fatal
            notes.append(f"{name}: skipped ({type(exc).__name__}: {exc})")
    return tools, notes


def call(tool: Tool, data: bytes, url: str | None) -> tuple[str, str | None]:
    """The tool's body text and None, or an empty body and the error it raised."""
    try:
        return tool.extract(data, url), None
    except Exception as exc:  # a crash on one page scores as an empty body
        return "", f"{type(exc).__name__}: {exc}"

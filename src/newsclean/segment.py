"""Segment: cut a page into text blocks in reading order, computing every block's features in one pass.

A block is the text of one block-level element that is not inside a nested block-level element, or the
run of text between two nested ones (or two ``<br>``). Features live in parallel lists on
:class:`Segments`; rules and body detection read them and never walk the tree again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree


class Flag:
    """Where a block stands, inherited from its ancestors: bits of a plain int (an IntFlag would cost a
    Python call for every operation, and these are tested for every element and block)."""

    NAV = 1
    HEADER = 2
    FOOTER = 4
    ASIDE = 8
    FORM = 16
    FIGURE = 32
    HIDDEN = 64
    ARTICLE = 128
    MAIN = 256
    BLOCKQUOTE = 512
    LIST = 1024
    TABLE = 2048
    CONTROL = 4096  # button, label, select, option, input text
    HEADING = 8192
    NEGATIVE = 16384  # an ancestor's class/id names boilerplate (comment, sidebar, share, ...)
    POSITIVE = 32768  # an ancestor's class/id names article text (article-body, entry-content, ...)
    FIGCAPTION = 65536
    TIME = 131072
    LINK = 262144  # the block is inside a link


_SKIP = frozenset({"script", "style", "template", "svg", "noscript", "head"})
_INLINE = frozenset(
    [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "input", "ins", "kbd", "mark", "nobr", "picture", "q", "rp", "rt", "ruby", "s", "samp", "small",
        "source", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ]
)
_TAG_FLAGS: dict[str, int] = {
    "nav": Flag.NAV, "header": Flag.HEADER, "footer": Flag.FOOTER, "aside": Flag.ASIDE, "form": Flag.FORM,
    "figure": Flag.FIGURE, "article": Flag.ARTICLE, "main": Flag.MAIN, "blockquote": Flag.BLOCKQUOTE,
    "ul": Flag.LIST, "ol": Flag.LIST, "li": Flag.LIST, "table": Flag.TABLE, "button": Flag.CONTROL,
    "label": Flag.CONTROL, "select": Flag.CONTROL, "option": Flag.CONTROL, "textarea": Flag.CONTROL,
    "figcaption": Flag.FIGCAPTION | Flag.FIGURE, "time": Flag.TIME, "a": Flag.LINK,
    "h1": Flag.HEADING, "h2": Flag.HEADING, "h3": Flag.HEADING, "h4": Flag.HEADING, "h5": Flag.HEADING,
    "h6": Flag.HEADING,
}
_ROLE_FLAGS = {"navigation": Flag.NAV, "banner": Flag.HEADER, "contentinfo": Flag.FOOTER,
               "complementary": Flag.ASIDE, "main": Flag.MAIN, "article": Flag.ARTICLE, "dialog": Flag.ASIDE}
# Class/id words, generic across outlets, that say what a container holds.
# Not after "with-", "has-", "no-" ("content-with-sidebar", "has-ads": layouts holding the article), nor
# as a BEM modifier ("l-outer--nav", "section--ads": a variant of a block named by its other words).
_NEGATIVE = re.compile(
    r"(?:^|[\s_]|(?<!with)(?<!has)(?<!no)(?<!-)-)(?:comments?|sidebar|related|share|sharing|social|promo|newsletter|subscribe|subscription"
    r"|signup|donate|donation|footer|menu|navbar|nav|breadcrumbs?|cookies?|advert|advertisement|ads?|widget"
    r"|popup|modal|banner|recirc|trending|most-?popular|outbrain|taboola|paywall|teaser|masthead)(?:$|[\s_-])",
    re.I,
)
_POSITIVE = re.compile(
    r"(?:^|[\s_-])(?:article|story|entry|post|news|content|main)[-_]?(?:body|content|text|copy)(?:$|[\s_-])"
    r"|articlebody|storybody|(?:^|\s)(?:article|story|entry|body-text|article-text)(?:$|\s)",
    re.I,
)
# Inline elements with these words in their class stand as blocks of their own (a credit inside a caption).
_OWN_BLOCK = re.compile(r"credit|copyright|photographer|caption", re.I)
# Scripts written without spaces between words: Chinese, Japanese kana and kanji.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass(slots=True)
class Segments:
    """Blocks of one page as parallel lists, plus each element's span of block indices."""

    texts: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    elements: list[Any] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    link_chars: list[int] = field(default_factory=list)
    links: list[tuple[tuple[str, str], ...]] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    spans: dict[Any, tuple[int, int]] = field(default_factory=dict)  # element -> [first, end) blocks
    indexed: list[Any] = field(default_factory=list)  # elements with a class, id, rel or itemprop

    def __len__(self) -> int:
        return len(self.texts)

    def add(self, text: str, tag: str, element: Any, flags: int, link_chars: int = 0,
            links: tuple[tuple[str, str], ...] = (), heading: int = 0, source: str = "") -> None:
        self.texts.append(text)
        self.tags.append(tag)
        self.elements.append(element)
        self.flags.append(flags)
        self.words.append(count_words(text))
        self.link_chars.append(link_chars)
        self.links.append(links)
        self.headings.append(heading)
        self.sources.append(source)

    def link_density(self, i: int) -> float:
        chars = len(self.texts[i]) - self.texts[i].count(" ")
        return self.link_chars[i] / chars if chars else 0.0


def count_words(text: str) -> int:
    """Words in a block; in Chinese and Japanese, which do not space words, two characters make one.

    >>> count_words("Rain returns to the valley"), count_words("今回の事件のように、商標権侵害になります。")
    (5, 10)
    """
    words = len(text.split())
    if len(text) > 8 * words:  # long runs without spaces: count the unspaced script's characters
        words += len(_UNSPACED.findall(text)) // 2
    return words


def element_flags(element: Any, inherited: int, class_words: dict[str, int] | None = None) -> int:
    """The element's own landmark flags OR-ed onto its parent's; ``class_words`` caches class/id verdicts
    (pages repeat the same class strings many times)."""
    flags = inherited | _TAG_FLAGS.get(element.tag, 0)
    attrib = element.attrib
    if not attrib:
        return flags
    role = attrib.get("role")
    if role:
        flags |= _ROLE_FLAGS.get(role.strip().lower(), 0)
    names = (attrib.get("class") or "") + " " + (attrib.get("id") or "")
    if len(names) > 1:
        verdict = class_words.get(names) if class_words is not None else None
        if verdict is None:
            verdict = _class_verdict(names, attrib.get("itemprop") == "articleBody")
            if class_words is not None:
                class_words[names] = verdict
        flags |= verdict
        if verdict & Flag.POSITIVE:  # the nearest container's words win (see _class_verdict)
            flags &= ~Flag.NEGATIVE
    if _is_hidden(attrib):
        flags |= Flag.HIDDEN
    return flags


def _class_verdict(names: str, article_body: bool) -> int:
    """A container named for article text (main-content, entry-content) is article text, whatever word an
    outer wrapper carried ("l-outer--nav"); a share bar inside the article body is still a share bar."""
    if _POSITIVE.search(names) or article_body:
        return Flag.POSITIVE
    return Flag.NEGATIVE if _NEGATIVE.search(names) else 0


def _is_hidden(attrib: Any) -> bool:
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    return bool(style) and ("none" in style or "hidden" in style) and bool(
        re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style)
    )


def is_block_level(element: Any) -> bool:
    tag = element.tag
    if tag not in _INLINE:
        return True
    names = element.get("class")
    return bool(names) and tag == "span" and bool(_OWN_BLOCK.search(names))


class _Walker:
    """One pass over the tree: collects text into the pending block, flushes at block boundaries."""

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self.out = Segments()
        self.buffer: list[str] = []
        self.size = 0
        self.pending_flags = 0
        self.has_text = False  # whether the buffer holds any non-space text (the pending block is real)
        self.anchors: list[tuple[int, int, str]] = []
        self.open_anchor: tuple[int, str] | None = None
        self.blocks: list[Any] = []  # stack of open block-level elements
        self.flag_stack: list[int] = [0]
        self.class_words: dict[str, int] = {}

    def text(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)
            self.size += len(text)
            if not text.isspace():
                self.pending_flags |= self.flag_stack[-1]
                self.has_text = True

    def flush(self) -> None:
        if not self.buffer:
            return
        raw = "".join(self.buffer)
        text = " ".join(raw.split())
        if text:
            block = self.blocks[-1]
            anchors = self.anchors + ([(self.open_anchor[0], len(raw), self.open_anchor[1])]
                                      if self.open_anchor else [])
            links = tuple((" ".join(raw[a:b].split()), href) for a, b, href in anchors if raw[a:b].strip())
            link_chars = sum(len(t) - t.count(" ") for t, _ in links)
            tag = block.tag if isinstance(block.tag, str) else "div"
            self.out.add(text, tag, block, self.pending_flags | self.flag_stack[-1], link_chars, links,
                         _HEADING_LEVEL.get(tag, 0), "")
        self.buffer, self.size, self.pending_flags, self.anchors, self.has_text = [], 0, 0, [], False
        if self.open_anchor:
            self.open_anchor = (0, self.open_anchor[1])

    def start(self, element: Any, skipped: bool = False) -> None:
        block = not skipped and is_block_level(element)
        if block:
            self.flush()
            self.blocks.append(element)
        self.flag_stack.append(element_flags(element, self.flag_stack[-1], self.class_words))
        if element.tag == "a":
            self.open_anchor = (self.size, element.get("href") or "")
        self.out.spans[element] = (len(self.out.texts), 0)  # len(texts): no Python-level __len__ call
        attrib = element.attrib
        if attrib and ("class" in attrib or "id" in attrib or "rel" in attrib or "itemprop" in attrib):
            self.out.indexed.append(element)
        if not skipped:
            self.text(element.text)

    def end(self, element: Any) -> None:
        tag = element.tag
        if tag == "br":
            self.flush()
        elif tag == "a" and self.open_anchor:
            self.anchors.append((self.open_anchor[0], self.size, self.open_anchor[1]))
            self.open_anchor = None
        block = element is self.blocks[-1] if self.blocks else False
        if block:
            self.flush()
        spans = self.out.spans
        spans[element] = (spans[element][0], len(self.out.texts) + self.has_text)
        self.flag_stack.pop()
        if block:
            self.blocks.pop()
        self.text(element.tail)


def segment_html(root: Any) -> Segments:
    """Blocks of the text under ``<body>`` (outside script, style, template, svg, noscript)."""
    body = root.find("body") if root.tag == "html" else None
    if body is None:
        body = next(root.iter("body"), root)
    walker = _Walker(root.getroottree())
    walker.blocks.append(body)
    walker.flag_stack.append(0)  # classes on <body> describe the site, not a container
    walker.out.spans[body] = (0, 0)
    walker.text(body.text)
    events = etree.iterwalk(body, events=("start", "end"))
    for event, element in events:
        if element is body:
            continue
        if not isinstance(element.tag, str):  # a comment or processing instruction: only its tail is text
            if event == "end":
                walker.text(element.tail)
            continue
        if event == "start":
            skipped = element.tag in _SKIP
            walker.start(element, skipped)
            if skipped:  # not page text; its tail is
                events.skip_subtree()
        else:
            walker.end(element)
    walker.flush()
    walker.out.spans[body] = (0, len(walker.out))
    _fill_sources(walker.out, walker.tree)
    return walker.out


def _fill_sources(segments: Segments, tree: Any) -> None:
    """Each block's XPath, as ``tree.getpath`` writes it, in linear time.

    ``getpath`` walks every sibling of every ancestor, which is quadratic on wide or deep pages; here each
    parent's children are counted once and paths are built from the parent's path.
    """
    paths: dict[Any, str] = {}
    steps: dict[Any, str] = {}
    for i, element in enumerate(segments.elements):
        path = paths.get(element)
        if path is None:
            path = _path(element, paths, steps)
        segments.sources[i] = path


def _path(element: Any, paths: dict[Any, str], steps: dict[Any, str]) -> str:
    chain = []
    node = element
    while node is not None and node not in paths:
        chain.append(node)
        node = node.getparent()
    prefix = paths[node] if node is not None else ""
    for node in reversed(chain):
        step = steps.get(node)
        if step is None:
            _count_children(node.getparent(), node, steps)
            step = steps[node]
        prefix = paths[node] = prefix + "/" + step
    return prefix


def _count_children(parent: Any, node: Any, steps: dict[Any, str]) -> None:
    if parent is None:
        steps[node] = str(node.tag)
        return
    children = [child for child in parent if isinstance(child.tag, str)]
    totals: dict[str, int] = {}
    for child in children:
        totals[child.tag] = totals.get(child.tag, 0) + 1
    seen: dict[str, int] = {}
    for child in children:
        tag = child.tag
        if totals[tag] == 1:
            steps[child] = tag
        else:
            seen[tag] = seen.get(tag, 0) + 1
            steps[child] = f"{tag}[{seen[tag]}]"


# ---------------------------------------------------------------- plain text

_CLOSING = tuple('.!?:;"”’»)…')


def segment_text(text: str) -> Segments:
    """Blocks of scraped plain text: one per line, except that wrapped paragraphs are joined again.

    A line continues onto the next when it is long, does not end a sentence, and the next line starts
    in lower case; short interface lines ("Continue", "Remind me later.") stay blocks of their own.
    """
    out = Segments()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pending: list[str] = []
    first_line = 0
    for number, raw in enumerate(lines, start=1):
        line = " ".join(raw.split())
        if pending and (not line or not _continues(pending[-1], line)):
            out.add(" ".join(pending), "line", None, 0, source=f"line:{first_line}")
            pending = []
        if line:
            if not pending:
                first_line = number
            pending.append(line)
    if pending:
        out.add(" ".join(pending), "line", None, 0, source=f"line:{first_line}")
    return out


def _continues(line: str, following: str) -> bool:
    return len(line) >= 50 and not line.endswith(_CLOSING) and following[:1].islower()

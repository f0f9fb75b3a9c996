"""Segment: cut a page into text blocks in reading order, computing every block's features in one pass.

A block is the text of one block-level element that is not inside a nested block-level element, or the
run of text between two nested ones (or two ``<br>``). Features live in parallel lists on
:class:`Segments`; rules and body detection read them and never walk the tree again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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


# Characters that show nothing: text of them alone (an editor's empty paragraph, "<p>&#8203;</p>") makes no block.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _invisible(text: str) -> bool:
    """Whether ``text`` (not all whitespace) shows nothing: zero-width characters and spaces only. Only text
    whose first character past the spaces is zero-width is looked at further."""
    return text.lstrip()[0] in _ZERO_WIDTH and not "".join(text.split()).strip(_ZERO_WIDTH)
_SKIP = frozenset({"script", "style", "template", "svg", "noscript", "head"})
_INLINE = frozenset(
    [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "input", "ins", "kbd", "mark", "nobr", "picture", "q", "rp", "rt", "ruby", "s", "samp", "small",
        "source", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ]
)
# Microdata inside a line of text ("Posted by <meta itemprop=url> Paul"): no break, but a space, as
# pages put one between the parts the tags stand between ("2.03.2018<meta ...>von Jane Roe").
_SPACERS = frozenset(["meta", "link"])
_TAG_FLAGS: dict[str, int] = {
    "nav": Flag.NAV, "header": Flag.HEADER, "footer": Flag.FOOTER, "aside": Flag.ASIDE, "form": Flag.FORM,
    "figure": Flag.FIGURE, "article": Flag.ARTICLE, "main": Flag.MAIN, "blockquote": Flag.BLOCKQUOTE,
    "ul": Flag.LIST, "ol": Flag.LIST, "li": Flag.LIST, "table": Flag.TABLE, "button": Flag.CONTROL,
    "label": Flag.CONTROL, "select": Flag.CONTROL, "option": Flag.CONTROL, "textarea": Flag.CONTROL,
    "figcaption": Flag.FIGCAPTION | Flag.FIGURE, "time": Flag.TIME, "a": Flag.LINK,
    "h1": Flag.HEADING, "h2": Flag.HEADING, "h3": Flag.HEADING, "h4": Flag.HEADING, "h5": Flag.HEADING,
    "h6": Flag.HEADING,
}
# Inside an <article>, its own <footer> (its tags, share bar, writer's card) is set apart, not the page's footer.
_ARTICLE_TAG_FLAGS = {**_TAG_FLAGS, "footer": Flag.ASIDE}
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
# Where React and BEM class names join words ("PromoSmall-title", "shareBar"): read apart, as with a dash.
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_POSITIVE = re.compile(
    r"(?:^|[\s_-])(?:article|story|entry|post|news|content|main)[-_]?(?:body|content|text|copy)(?:$|[\s_-])"
    r"|articlebody|storybody|(?:^|\s)(?:article|story|entry|body-text|article-text)(?:$|\s)",
    re.I,
)
# Inline elements with these words in their class stand as blocks of their own (a credit inside a caption).
_OWN_BLOCK = re.compile(
    r"credit|copyright|photographer|caption|(?:photo|image|img|foto|picture)[-_]{0,2}(?:author|autor|desc|source)"
    r"|autor[-_]foto"
    r"|(?:peu|pie)[-_]foto",
    re.I)
# A link styled as a button ("btn btn-subscribe", "header__cta", "subscribe-btn") is a call to action of its
# own: set side by side in a header or footer bar, such links would otherwise make one block of several
# calls ("Support us Subscribe Log in"), which cannot get each one's kind.
_BUTTON_LINK = re.compile(r"(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])", re.I)
# The inline elements a caption sets its credit, or its show/hide button, in (NPR: <b class="credit">).
_MAY_STAND_ALONE = ("span", "b", "i", "em", "strong", "small", "cite")
# Scripts written without spaces between words: Chinese, Japanese kana and kanji, where two characters
# make a word; and Thai, Lao, Khmer and Burmese, which space phrases, not words, and whose words (with
# their vowel and tone marks) run to about five characters.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_SOUTHEAST = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_SOUTHEAST_WORD = 5  # characters
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
#: The marks a sentence (with a closing quote) ends with, in the scripts newsclean reads: the Chinese and
#: Japanese full stops, the Devanagari danda, the Arabic question mark and full stop among them.
SENTENCE_END = tuple('.!?…"”»。！？।؟۔')
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: The attributes rule selectors most often test: elements having one go into ``Segments.indexed``, which
#: the rules' attribute index answers such selectors from (see rules.select.AttributeIndex).
INDEXED_ATTRIBUTES = ("class", "id", "rel", "itemprop", "data-testid")
_INDEXED = frozenset(INDEXED_ATTRIBUTES)
# The attributes that flag an element or index it: the walk lists an element's attribute names once and
# reads only these, since every lxml attribute read costs about as much as that list.
_WATCHED = _INDEXED | {"role", "hidden", "aria-hidden", "style"}
_HIDING = frozenset({"hidden", "aria-hidden", "style"})


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
            links: tuple[tuple[str, str], ...] = (), heading: int = 0, source: str = "",
            words: int | None = None) -> None:
        """Append a block; ``words`` is its :func:`count_words` when the caller has counted already."""
        self.texts.append(text)
        self.tags.append(tag)
        self.elements.append(element)
        self.flags.append(flags)
        self.words.append(count_words(text) if words is None else words)
        self.link_chars.append(link_chars)
        self.links.append(links)
        self.headings.append(heading)
        self.sources.append(source)

    def link_density(self, i: int) -> float:
        chars = len(self.texts[i]) - self.texts[i].count(" ")
        return self.link_chars[i] / chars if chars else 0.0

    def enclosing(self, i: int) -> Iterator[tuple[int, int]]:
        """The block ranges of the elements around block ``i``, innermost first, up to but not including
        ``<body>``: the boxes it stands in. None in plain text, which has no elements."""
        element = self.elements[i]
        if element is None:
            return
        for ancestor in element.iterancestors():
            span = self.spans.get(ancestor)
            if span is None or ancestor.tag in ("body", "html"):
                return
            yield span


def count_words(text: str) -> int:
    """Words in a block; in Chinese and Japanese, which do not space words, two characters make one, and in
    Thai, Lao, Khmer and Burmese five.

    >>> count_words("Rain returns to the valley"), count_words("今回の事件のように、商標権侵害になります。")
    (5, 10)
    """
    return _count_split_words(text, len(text.split()))


def _count_split_words(text: str, words: int) -> int:
    """:func:`count_words` of ``text``, which splits into ``words`` pieces."""
    if len(text) > 8 * words:  # long runs without spaces: count the unspaced script's characters
        words += len(_UNSPACED.findall(text)) // 2 + len(_UNSPACED_SOUTHEAST.findall(text)) // _SOUTHEAST_WORD
    return words


class ClassVerdicts:
    """What class/id strings say about their element (:attr:`Flag.POSITIVE`, :attr:`Flag.NEGATIVE` or
    neither), cached: a page repeats its class strings, and a site (or a CSS framework) its class words.
    A :class:`~newsclean.Cleaner` keeps one across pages; it forgets everything past ``limit`` entries."""

    __slots__ = ("_names", "_words", "limit")

    def __init__(self, limit: int = 100_000) -> None:
        self._names: dict[str, int] = {}
        self._words: dict[str, int] = {}
        self.limit = limit

    def verdict(self, names: str) -> int:
        found = self._names.get(names)
        if found is None:
            if len(self._names) >= self.limit:
                self._names.clear()
            found = self._names[names] = self._of_words(names)
        return found

    def _of_words(self, names: str) -> int:
        # The patterns never match across a space, so the verdict of a string is that of its words.
        verdict = 0
        for word in names.split():
            found = self._words.get(word)
            if found is None:
                if len(self._words) >= self.limit:
                    self._words.clear()
                found = self._words[word] = _word_verdict(word)
            if found & Flag.POSITIVE:  # a name for article text wins over an outer word (see _word_verdict)
                return Flag.POSITIVE
            verdict |= found
        return verdict


def _word_verdict(word: str) -> int:
    """A container named for article text (main-content, entry-content) is article text, whatever word an
    outer wrapper carried ("l-outer--nav"); a share bar inside the article body is still a share bar."""
    word = _CAMEL_HUMP.sub("-", word)
    if _POSITIVE.search(word):
        return Flag.POSITIVE
    return Flag.NEGATIVE if _NEGATIVE.search(word) else 0


def element_flags(element: Any, inherited: int, verdicts: ClassVerdicts | None = None) -> int:
    """The element's own landmark flags OR-ed onto its parent's."""
    landmarks = _ARTICLE_TAG_FLAGS if inherited & Flag.ARTICLE else _TAG_FLAGS
    return _own_flags(element, inherited | landmarks.get(element.tag, 0), verdicts or ClassVerdicts(), [])


def _classed_kind(kind: int, element: Any, flags: int) -> int:
    """What its class makes of an inline element that may stand alone (see _OWN_BLOCK), or of a link that
    may be a button (see _BUTTON_LINK): in bars, and outside the article's containers."""
    names = element.get("class")
    if kind == _CLASSED_INLINE:
        names = names or element.get("id")  # <span id="credit">, where a template names it by id
        return _BLOCK if names and _OWN_BLOCK.search(names) else _INLINE_TAG
    if names and (flags & _BAR or not flags & _TEXT_AREA) and _BUTTON_LINK.search(names):
        return _BUTTON
    return _LINK


def segment_html(root: Any, verdicts: ClassVerdicts | None = None) -> Segments:
    """Blocks of the text under ``<body>`` (outside script, style, template, svg, noscript); ``verdicts``
    carries what class names said on earlier pages."""
    body = root.find("body") if root.tag == "html" else None
    if body is None:
        body = next(root.iter("body"), root)
    out = _walk(body, verdicts or ClassVerdicts())
    _fill_sources(out, body)
    return out


class _Pending:
    """The text gathered for the next block, and the links inside it."""

    __slots__ = ("anchors", "buffer", "flags", "has_text", "open_anchor")

    def __init__(self) -> None:
        # The pieces of text, in order; space before the first text is left out (the block's words are
        # the same), so a buffer without text is empty and there is nothing to flush.
        self.buffer: list[str] = []
        self.flags = 0  # the flags of the elements whose text is in the buffer
        self.has_text = False  # whether the buffer holds any non-space text (the block is real)
        # Links as pieces of the buffer (counting pieces, not characters, costs nothing per piece added).
        self.anchors: list[tuple[int, int, str]] = []  # closed links around some pieces: (first, end, href)
        self.open_anchor: tuple[int, str] | None = None  # a link still open: (first, href)

    def add(self, text: str, flags: int) -> None:
        if not (text.isspace() or _invisible(text)):
            self.buffer.append(text)
            self.flags |= flags
            self.has_text = True
        elif self.has_text:
            self.buffer.append(text)

    def open_link(self, href: str) -> None:
        self.open_anchor = (len(self.buffer), href)

    def close_link(self) -> None:
        if self.open_anchor:
            first, href = self.open_anchor
            if first < len(self.buffer):
                self.anchors.append((first, len(self.buffer), href))
            self.open_anchor = None

    def flush(self, out: Segments, block: Any, flags: int) -> None:
        """Make the buffer a block of ``block`` and start a new one; the walk calls it only when the buffer
        has text (an empty one would give no block)."""
        self._emit(out, block, flags)
        self.buffer, self.flags, self.anchors, self.has_text = [], 0, [], False
        if self.open_anchor:
            self.open_anchor = (0, self.open_anchor[1])

    def _emit(self, out: Segments, block: Any, flags: int) -> None:
        buffer = self.buffer
        words = "".join(buffer).split()
        if words:
            text = " ".join(words)
            anchors = self.anchors
            if self.open_anchor:
                anchors = [*anchors, (self.open_anchor[0], len(buffer), self.open_anchor[1])]
            links, link_chars = _links(buffer, anchors) if anchors else ((), 0)
            tag = block.tag
            if tag.__class__ is not str:
                tag = "div"
            out.add(text, tag, block, self.flags | flags, link_chars, links, _HEADING_LEVEL.get(tag, 0),
                    words=_count_split_words(text, len(words)))


def _links(buffer: list[str], anchors: list[tuple[int, int, str]]) -> tuple[tuple[tuple[str, str], ...], int]:
    """The (text, href) of each link with text in it, and the characters of their text but spaces."""
    links = []
    chars = 0
    for first, end, href in anchors:
        words = "".join(buffer[first:end]).split()
        if words:
            text = " ".join(words)
            links.append((text, href))
            chars += len(text) - len(words) + 1
    return tuple(links), chars


# What the walk does at an element, by tag: any tag not listed is block-level. A button link is a link
# that is a block too (see _BUTTON_LINK).
_BLOCK, _INLINE_TAG, _LINK, _CLASSED_INLINE, _SKIPPED, _NOT_TEXT, _SPACER, _BUTTON = range(8)
_BLOCK_KINDS = (_BLOCK, _BUTTON)
_LINK_KINDS = (_LINK, _BUTTON)
_CLASSED_KINDS = (_CLASSED_INLINE, _LINK)  # what its class may change (see _classed_kind)
# Where button links stand apart: in header, footer and menu bars, and outside the article's containers
# (inside them, a shop's "Zum Angebot" button belongs to its offer's line).
_BAR = Flag.HEADER | Flag.FOOTER | Flag.NAV
_TEXT_AREA = Flag.ARTICLE | Flag.MAIN | Flag.POSITIVE
_NO_SPAN = (_NOT_TEXT, _SPACER)  # no text of their own: a rule selecting a <meta> selects no block
_KINDS: dict[Any, int] = {
    **dict.fromkeys(_INLINE, _INLINE_TAG), **dict.fromkeys(_SKIP, _SKIPPED), "a": _LINK,
    **dict.fromkeys(_SPACERS, _SPACER),
    **dict.fromkeys(_MAY_STAND_ALONE, _CLASSED_INLINE),  # a block when its class says so (see _OWN_BLOCK)
    # A comment, processing instruction or entity is no text, but its tail is.
    etree.Comment: _NOT_TEXT, etree.ProcessingInstruction: _NOT_TEXT, etree.Entity: _NOT_TEXT,
}


def _walk(body: Any, verdicts: ClassVerdicts) -> Segments:
    """One pass over the tree under ``body``: text gathers into the pending block, which becomes a block at
    each block-level boundary. The per-element work is inlined in one loop: it runs for every element of
    the page, so each attribute read and call counts."""
    out = Segments()
    spans, indexed, texts = out.spans, out.indexed, out.texts
    pending = _Pending()
    kinds, tag_flags, article_tag_flags = _KINDS, _TAG_FLAGS, _ARTICLE_TAG_FLAGS
    block = body  # the innermost open block-level element
    flags = 0  # the innermost open element's; classes on <body> describe the site, not a container
    # For each open element: the flags of its parent, its first block, its kind, and the block it is in.
    # <body>'s entry closes its last block at its end (its tail is added then, but never flushed).
    opened: list[tuple[int, int, int, Any]] = [(0, 0, _BLOCK, body)]
    if body.text:
        pending.add(body.text, 0)
    events = etree.iterwalk(body, events=("start", "end"))
    next(events)  # the start of <body>, opened above
    for event, element in events:
        if event == "start":
            tag = element.tag
            kind = kinds.get(tag, _BLOCK)
            if kind in _CLASSED_KINDS:
                kind = _classed_kind(kind, element, flags)
            elif kind == _NOT_TEXT:
                opened.append((flags, 0, kind, block))
                continue
            elif kind == _SPACER:
                pending.add(" ", flags)
            if kind in _BLOCK_KINDS and pending.has_text:
                pending.flush(out, block, flags)
            opened.append((flags, len(texts), kind, block))
            landmarks = article_tag_flags if flags & Flag.ARTICLE else tag_flags
            flags = _own_flags(element, flags | landmarks.get(tag, 0), verdicts, indexed)
            if kind in _BLOCK_KINDS:
                block = element
            if kind in _LINK_KINDS:
                pending.open_link(element.get("href") or "")
            elif kind == _SKIPPED:  # not page text; its tail is
                events.skip_subtree()
                continue
            if text := element.text:  # read once: each read builds a new string from the tree's bytes
                pending.add(text, flags)
            continue
        parent_flags, first, kind, parent_block = opened.pop()
        if kind in _LINK_KINDS:
            pending.close_link()
        if kind in _BLOCK_KINDS:
            if pending.has_text:
                pending.flush(out, element, flags)
            block = parent_block
        if kind not in _NO_SPAN:
            spans[element] = (first, len(texts) + pending.has_text)
        flags = parent_flags
        if tail := element.tail:
            pending.add(tail, flags)
    return out


# A class and no other attribute that counts, as most elements have: its verdict is that of its words, the
# same as that of the class and id names together.
_JUST_CLASS = ["class"]
_CLASS_ONLY = frozenset(_JUST_CLASS)


def _own_flags(element: Any, flags: int, verdicts: ClassVerdicts, indexed: list[Any]) -> int:
    """``flags`` with what the element's attributes add; elements that selectors look for by attribute go
    into ``indexed`` (see :class:`~.rules.select.AttributeIndex`). Of the attributes that count, only
    those the element has are read."""
    attributes = element.keys()
    if attributes == _JUST_CLASS:  # a third of all elements: no set to build
        indexed.append(element)
        return _with_verdict(flags, verdicts.verdict(element.get("class")))
    present = _WATCHED.intersection(attributes)
    if not present:
        return flags
    if not _INDEXED.isdisjoint(present):
        indexed.append(element)
    get = element.get
    if present == _CLASS_ONLY:  # a class among attributes that say nothing (href, src, data-*)
        return _with_verdict(flags, verdicts.verdict(get("class")))
    if "role" in present:
        flags |= _ROLE_FLAGS.get((get("role") or "").strip().lower(), 0)
    if "class" in present or "id" in present:
        names = (get("class") or "") + " " + (get("id") or "")
        if len(names) > 1:
            positive = "itemprop" in present and get("itemprop") == "articleBody"
            flags = _with_verdict(flags, Flag.POSITIVE if positive else verdicts.verdict(names))
    if not _HIDING.isdisjoint(present) and _hides(get, present):
        return flags | Flag.HIDDEN
    return flags


def _with_verdict(flags: int, verdict: int) -> int:
    if verdict & Flag.POSITIVE:  # the nearest container's words win (see _word_verdict)
        return (flags | verdict) & ~Flag.NEGATIVE
    return flags | verdict


def _hides(get: Any, present: frozenset[str]) -> bool:
    """Whether the attributes (``present``, read with ``get``) hide the element."""
    if "hidden" in present or ("aria-hidden" in present and get("aria-hidden") == "true"):
        return True
    style = get("style") if "style" in present else None
    return bool(style and ("none" in style or "hidden" in style) and _HIDING_STYLE.search(style))


def _fill_sources(segments: Segments, body: Any) -> None:
    """Each block's XPath, as ``tree.getpath`` writes it, in linear time.

    ``getpath`` walks every sibling of every ancestor, which is quadratic on wide or deep pages; here each
    parent's children are counted once, and a path is built from its parent's (so ``body``'s, which holds
    every block, once).
    """
    root = body.getroottree().getroot()
    paths = {root: f"/{root.tag}"}
    steps: dict[Any, str] = {}
    sources = segments.sources
    last, path = None, ""
    for i, element in enumerate(segments.elements):
        if element is not last:  # the blocks of one element come together
            last = element
            path = paths.get(element) or _path(element, paths, steps)
        sources[i] = path


def _path(element: Any, paths: dict[Any, str], steps: dict[Any, str]) -> str:
    """The path of ``element``, which ``paths`` lacks but has an ancestor of."""
    chain = [element]
    parent = element.getparent()
    while parent not in paths:
        chain.append(parent)
        parent = parent.getparent()
    path = paths[parent]
    for node in reversed(chain):
        step = steps.get(node)
        if step is None:
            _count_children(parent, steps)
            step = steps[node]
        path = paths[node] = path + "/" + step
        parent = node
    return path


def _count_children(parent: Any, steps: dict[Any, str]) -> None:
    children = []
    totals: dict[str, int] = {}
    for child in parent:
        tag = child.tag
        if tag.__class__ is str:
            totals[tag] = totals.get(tag, 0) + 1
            children.append((child, tag))
    seen: dict[str, int] = {}
    for child, tag in children:
        if totals[tag] == 1:
            steps[child] = tag
        else:
            seen[tag] = number = seen.get(tag, 0) + 1
            steps[child] = f"{tag}[{number}]"


# ---------------------------------------------------------------- plain text

_CLOSING = tuple('.!?:;"”’»)…')


def segment_text(text: str) -> Segments:
    """Blocks of scraped plain text: one per line, except that wrapped paragraphs are joined again.

    A line continues onto the next when it is long, does not end a sentence, and the next line starts
    in lower case and is no byline ("di Marco Ferri"); short interface lines ("Continue", "Remind me
    later.") stay blocks of their own.
    """
    out = Segments()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pending: list[str] = []
    first_line = 0
    for number, raw in enumerate(lines, start=1):
        line = " ".join(raw.split()).strip(_ZERO_WIDTH)
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
    return (len(line) >= 50 and not line.endswith(_CLOSING) and following[:1].islower()
            and not _BYLINE_LINE.match(following))


# A byline whose label is written in lower case ("di Marco Ferri", "by Dana Roe"): a line of its own, also
# under a dek without a full stop, which a wrapped paragraph's last line (which ends its sentence) is not.
_BYLINE_LINE = re.compile(r"^(?!.*[.!?…]$)(?:by|di|von|par|por|door|av|af)\s+[^\W\d_a-z][\w'’.-]*(?:\s+\S+){0,4}$")

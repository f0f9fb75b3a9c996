"""Body detection: score every block, find the article's container, then its best contiguous span.

Both steps are linear: element scores are sums over their block ranges (prefix sums), and the span is a
maximum-sum scan. Blocks that rules already labelled count against the span in plain text (where an
appeal in prose would otherwise extend it) and only lightly in HTML (where a promo box inside the
article must not cut it in two).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .segment import SENTENCE_END, ClassVerdicts, Flag, Segments, element_flags
from .titles import DeclaredTitles

_SENTENCE_END = (*SENTENCE_END, *"’):」』")
# Flags as plain ints: IntFlag arithmetic costs a Python call per operation, and these run per block.
_NAV, _HEADER, _FORM, _FIGURE, _HIDDEN, _NEGATIVE, _POSITIVE, _FIGCAPTION, _LINK = (
    int(f) for f in (Flag.NAV, Flag.HEADER, Flag.FORM, Flag.FIGURE, Flag.HIDDEN, Flag.NEGATIVE, Flag.POSITIVE,
                     Flag.FIGCAPTION, Flag.LINK))
_IN_ARTICLE = int(Flag.ARTICLE | Flag.MAIN | Flag.POSITIVE)
_BOILERPLATE_PLACES = int(Flag.NAV | Flag.FOOTER)
_Run = tuple[int, int]  # blocks start <= i < end
PLAIN_SCORE = -2.0  # a block scoring below this ends the article, even as plain text
_ARTICLE_MARKS = int(Flag.ARTICLE | Flag.POSITIVE)
GROW_UP = 2  # levels above the container that the span may grow into (a lede or list beside the text)
PAGE_WIDE_SHARE = 0.9  # of the page's prose: a boilerplate mark covering this much marks the page, not a box
MARKED_SHARE = 0.4  # of the prose: the least a container marked as the article must hold to be chosen
_SIDE_PLACES = int(Flag.ASIDE | Flag.FORM | Flag.CONTROL)


@dataclass(frozen=True, slots=True)
class BodySpan:
    """The article's blocks are ``start <= i < end``; ``scores`` explain why.

    ``room`` and ``inner`` bound how far :func:`grow` may move the edges (the container's grandparent and
    the container itself); ``flags`` are the blocks' flags as body detection read them."""

    start: int
    end: int
    scores: tuple[float, ...]
    words: int
    room: tuple[int, int] = (0, 0)
    inner: tuple[int, int] = (0, 0)
    flags: tuple[int, ...] = ()

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index < self.end


def body_span(seg: Segments, labelled: Sequence[int], root: Any, article_body: str | None,
              titles: DeclaredTitles | None = None, teaser_heads: Sequence[int] = (),
              breaks: Sequence[int] = ()) -> BodySpan:
    """Score every block, then find the article's core: the best run inside its container, after the
    headline when the page's title names one inside it, and above the teasers when the container is a
    list of them under a "You may also like" heading (``teaser_heads``). ``labelled`` marks blocks rules
    settled already (1: as a caption or photo credit, 2: as anything else), and ``breaks`` those of them
    that articles print between their paragraphs (plain text only: see :func:`_resumed_end`). The core's
    edges grow later (:func:`grow`), once the rules that look at the span's position have had their say."""
    is_html = root is not None
    article_body = " ".join(article_body.split()) if article_body else None
    flags = local_flags(seg)
    scores = tuple(block_score(seg, i, labelled[i], is_html, in_article_body(seg.texts[i], article_body), flags[i])
                   for i in range(len(seg)))
    if root is None:
        start, end = _best_run(scores, 0, len(scores))
        if breaks and end > start:
            start = _resumed_start(seg, labelled, breaks, start)
            end = _resumed_end(seg, labelled, breaks, end)
        return BodySpan(start, end, scores, sum(seg.words[start:end]))
    path = _container(seg, scores, root, flags)
    start, end = _best_run(scores, *path[-1])
    room = path[max(len(path) - 1 - GROW_UP, 0)]
    headline = _headline_inside(seg, titles, start, end)
    if headline is not None:  # teasers before the headline are no part of the article
        start, end = _best_run(scores, headline + 1, end)
        room = (max(room[0], headline + 1), room[1])
    next_story = _next_story(seg, start, end)
    if next_story is not None:  # the story a page loads below the article is no part of it
        start, end = _best_run(scores, start, next_story)
        room = (room[0], min(room[1], next_story))
    inner = path[-1]
    above = _above_teasers(seg, scores, titles, teaser_heads, (start, end))
    if above is not None:
        (start, end), room = above
        inner = room
    return BodySpan(start, end, scores, sum(seg.words[start:end]), room, inner, tuple(flags))


PICTURE_LABEL = 1  # what decide.settled_label makes a caption or photo credit: furniture of an article
PITCH_CLAIM = 3  # what decide.claims makes a block only sign-up, appeal or offer rules matched

# What a promo settled before the span is to an article in plain text (see decide.interrupts_text).
# A read-more label (LINK_BREAK) may have the headlines of the stories it links to under it.
NO_BREAK, BREAK, FORM_BREAK, LINK_BREAK = 0, 1, 2, 3
RESUME_GAP = 4  # blocks: the longest break between an article's paragraphs (an ad label; a related label and items)
LIST_GAP = 19  # lines: a read-more label over six teaser cards of a section, a headline and a writer each
RESUME_WORDS = 8  # the fewest words of the paragraph the text resumes with
FORM_RESUME_WORDS = 25  # after a sign-up's form, whose pitch may be a sentence ("Get the day's big stories ...")
CONTINUED_WORDS = 5  # the fewest words of the sentences that follow it ("IS is banned in Russia.")


def _resumed_end(seg: Segments, labelled: Sequence[int], breaks: Sequence[int], end: int) -> int:
    """In plain text: the article's end past the promos it prints between its paragraphs (an ad label, a
    one-line sign-up, "Read more" with a headline or two), which count against the best run enough to
    end it early when few paragraphs follow. The text resumes after such a break when a paragraph of
    prose follows it, and then no teaser (a headline-like line and an excerpt): a teaser list after the
    article alternates headlines and excerpts, and never resumes the article."""
    while True:
        resumed = _past_break(seg, labelled, breaks, end)
        if resumed == end:
            return end
        first_words = FORM_RESUME_WORDS if FORM_BREAK in breaks[end:resumed] else RESUME_WORDS
        run_end = _prose_run(seg, labelled, resumed, 1, first_words, CONTINUED_WORDS)
        if run_end == resumed or _teaser_at(seg, labelled, run_end):
            return end
        end = run_end


def _resumed_start(seg: Segments, labelled: Sequence[int], breaks: Sequence[int], start: int) -> int:
    """In plain text: the article's start before the promos it prints between its paragraphs. With more
    paragraphs after a "Read more" line or an offer than before it, the best run starts after it and the
    lead paragraph is lost. The text started earlier when paragraphs of prose stand right above such a
    break (the one next to a sign-up line longer than a form's pitch) and no teaser stands above them: a
    teaser list before the article alternates headlines and excerpts."""
    while True:
        top = _break_above(seg, labelled, breaks, start)
        if top == start:
            return start
        first_words = FORM_RESUME_WORDS if FORM_BREAK in breaks[top:start] else RESUME_WORDS
        run_start = _prose_run(seg, labelled, top - 1, -1, first_words, RESUME_WORDS) + 1
        if run_start == top or _teaser_above(seg, labelled, run_start):
            return start
        start = run_start


def _prose_run(seg: Segments, labelled: Sequence[int], i: int, step: int, first_words: int,
               then_words: int) -> int:
    """The first line past the run of prose paragraphs no rule decided that starts at line ``i`` and goes
    down (``step`` 1) or up (-1): its first paragraph of ``first_words`` or more, the others of
    ``then_words``."""
    j, fewest = i, first_words
    while 0 <= j < len(seg) and not labelled[j] and is_prose(seg, j, fewest):
        j += step
        fewest = then_words
    return j


def _break_above(seg: Segments, labelled: Sequence[int], breaks: Sequence[int], i: int) -> int:
    """The first block of the break that ends right above block ``i`` (promos, a sign-up form's lines,
    LIST_GAP at most, with RESUME_GAP headline lines under a read-more label), or ``i`` when none does."""
    j = i
    while j > 0 and i - j < RESUME_GAP and not labelled[j - 1] and _title_line(seg, j - 1):
        j -= 1
    if j < i and not (j > 0 and breaks[j - 1] == LINK_BREAK):
        j = i  # headline lines stand under a read-more label only
    while j > 0 and breaks[j - 1]:
        j -= 1
        if i - j > LIST_GAP:
            return i
    return j if j < i and breaks[j] else i


def _past_break(seg: Segments, labelled: Sequence[int], breaks: Sequence[int], i: int) -> int:
    """The first block after the break starting at ``i``, or ``i`` when no break starts there. A break is
    promos of the kinds articles print between paragraphs (a sign-up form's lines, LIST_GAP at most), and
    the pictures (a caption, its credit) and headline lines among them (RESUME_GAP such lines at most); a
    picture alone is one too; a read-more label may head a list of teaser cards, LIST_GAP lines that end
    no sentence (a section, a headline, a writer per card)."""
    j, gap, others = i, RESUME_GAP, 0
    while j < len(seg) and j - i < LIST_GAP and (breaks[j] or labelled[j] == PICTURE_LABEL or _caption_at(
            seg, labelled, j) or (j > i and not labelled[j] and _list_line(seg, j, gap))):
        if breaks[j] == LINK_BREAK:
            gap = LIST_GAP
        others += not breaks[j]
        j += 1
        if others > gap:
            return i
    return j


def _caption_at(seg: Segments, labelled: Sequence[int], j: int) -> bool:
    """Whether line ``j`` is a caption right above its credit, which rules label after the span."""
    return not labelled[j] and j + 1 < len(seg) and labelled[j + 1] == PICTURE_LABEL


def _list_line(seg: Segments, j: int, gap: int) -> bool:
    """Whether line ``j`` may stand in a break of ``gap`` lines: a headline's, or any that ends no
    sentence under a read-more label."""
    return _title_line(seg, j) or (gap == LIST_GAP and not seg.texts[j].endswith(_SENTENCE_END))


def _teaser_at(seg: Segments, labelled: Sequence[int], i: int) -> bool:
    """Whether a teaser starts at block ``i``: a headline-like line no rule decided, then an excerpt."""
    return (i + 1 < len(seg) and not labelled[i] and _title_line(seg, i)
            and not labelled[i + 1] and is_prose(seg, i + 1, RESUME_WORDS))


def _teaser_above(seg: Segments, labelled: Sequence[int], i: int) -> bool:
    """Whether the paragraphs from block ``i`` are a teaser's excerpt in a list of them: a headline-like
    line no rule decided above them, and another teaser's excerpt above that (an article's headline has
    its menu or the page's top above it)."""
    return (i >= 2 and not labelled[i - 1] and _title_line(seg, i - 1)
            and not labelled[i - 2] and is_prose(seg, i - 2, RESUME_WORDS))


def is_prose(seg: Segments, i: int, fewest_words: int) -> bool:
    """Whether block ``i`` is a paragraph of prose: ``fewest_words`` or more, ending a sentence."""
    return seg.words[i] >= fewest_words and seg.texts[i].endswith(_SENTENCE_END)


def _title_line(seg: Segments, i: int) -> bool:
    return seg.words[i] >= 3 and not seg.texts[i].endswith(_SENTENCE_END)


def _above_teasers(seg: Segments, scores: Sequence[float], titles: DeclaredTitles | None,
                   teaser_heads: Sequence[int], core: tuple[int, int]) -> tuple[_Run, _Run] | None:
    """The best run of prose between the headline and a teaser heading ("You may also like") that opens a
    box running to the core's end, and those bounds: on a page whose article is a paragraph or two, the
    excerpts in the teaser list outweigh it, and the core lands in (or runs on into) the list."""
    if titles is None:
        return None
    for teaser in teaser_heads:
        box = seg.spans.get(seg.elements[teaser].getparent()) or (0, 0)
        if box[0] != teaser or not teaser < core[1] <= box[1]:  # the heading titles a box, not a line in the text
            continue
        headline = next((i for i in range(teaser - 1, -1, -1)
                         if seg.headings[i] and titles.backing(seg.texts[i])), None)
        if headline is None:
            return None
        low, high = _best_run(scores, headline + 1, teaser)
        return ((low, high), (headline + 1, teaser)) if sum(scores[low:high]) >= _PROSE_SCORE else None
    return None


def grow(span: BodySpan, seg: Segments, claimed: Sequence[int]) -> BodySpan:
    """The span grown over the plain text around its core (a lede, a closing line, list items, table cells)
    up to the first block that is no article text or that a rule ``claimed`` (1: a caption or credit, which
    it steps over; 2: anything else)."""
    if span.start == span.end or not span.flags:
        return span
    (low, high), inner, scores, flags = span.room, span.inner, span.scores, span.flags
    before = _Edges(inner, _NOT_PLAIN, h1_ends=True)  # up to the headline, every mark counts
    start = _grow(seg, scores, claimed, flags, span.start, low, -1, before)
    after = _edges_after(seg, flags, span.start, span.end, inner)
    end = _grow(seg, scores, claimed, flags, span.end - 1, high - 1, 1, after) + 1
    while end - 1 > start and seg.headings[end - 1] and not seg.texts[end - 1].endswith("."):  # a subhead leads on
        end -= 1
    start = _past_label_heading(seg, claimed, start, end)
    return BodySpan(start, end, scores, sum(seg.words[start:end]), span.room, inner, flags)


def end_at_mark(span: BodySpan, seg: Segments, marks: Sequence[int]) -> BodySpan:
    """The span ended at the first end mark inside it (``marks``: the blocks an end-mark rule matched, "###",
    "– ENDS –"): what a press release or an agency prints under its mark (notes to editors, "About X") is the
    sender's, not the story's."""
    end = next((i for i in sorted(marks) if span.start < i < span.end), None)
    if end is None:
        return span
    return BodySpan(span.start, end, span.scores, sum(seg.words[span.start:end]), span.room, span.inner, span.flags)


def _past_label_heading(seg: Segments, claimed: Sequence[int], start: int, end: int) -> int:
    """Where the span starts when its first block that no rule claimed (past a dek, a byline, a picture)
    is a one-word heading: that heading labels the text ("Details", "विस्तार"), a subhead would lead on."""
    first = start
    while first < end - 1 and claimed[first]:
        first += 1
    if first < end - 1 and seg.headings[first] and seg.words[first] <= _LABEL_HEADING_WORDS:
        return first + 1
    return start


def _next_story(seg: Segments, start: int, end: int) -> int | None:
    """The first ``<h1>`` in ``start < i < end`` that heads another story than block ``start`` is in: the
    next story, which news sites load below the first one as the reader scrolls. Each story stands in an
    ``<article>`` of its own, or in a wrapper of the same tag and class as the first one's."""
    first = seg.elements[start] if start < end else None
    if first is None:
        return None
    own = _article_of(first)
    for i in range(start + 1, end):
        heading = seg.elements[i]
        if seg.headings[i] != 1 or heading is None:
            continue
        other = _article_of(heading)
        if (own is not None and other is not None and other is not own) or _story_stream(seg, first, heading):
            return i
    return None


STORY_PARAGRAPHS = 3  # paragraphs of prose each story of a stream holds, unlike a page builder's widgets


def _story_stream(seg: Segments, block: Any, heading: Any) -> bool:
    """Whether ``heading`` opens a wrapper of the same tag and class as the one ``block`` stands in, and
    both hold STORY_PARAGRAPHS paragraphs: stories loaded one below the other, not the text widgets a page
    builder sets each part of one article in (each with an <h1> of its own)."""
    wrappers = _sibling_wrappers(block, heading)
    return (wrappers is not None and bool(wrappers[0].get("class"))
            and all(_paragraphs(seg, w) >= STORY_PARAGRAPHS for w in wrappers))


def _paragraphs(seg: Segments, element: Any) -> int:
    first, end = seg.spans.get(element, (0, 0))
    return sum(1 for i in range(first, end) if is_prose(seg, i, _PARAGRAPH_WORDS))


def _article_of(element: Any) -> Any:
    return next(element.iterancestors("article"), None)


def _sibling_wrappers(block: Any, other: Any) -> tuple[Any, Any] | None:
    """The children of the two blocks' nearest common ancestor that hold them (a block may be its own),
    when they are two of one tag and one class."""
    above_other = {id(e) for e in other.iterancestors()}
    item = block
    while item.getparent() is not None and id(item.getparent()) not in above_other:
        item = item.getparent()
    other_item = other
    while other_item.getparent() is not None and other_item.getparent() is not item.getparent():
        other_item = other_item.getparent()
    alike = (item is not other_item and item.tag == other_item.tag
             and item.get("class") == other_item.get("class"))
    return (item, other_item) if alike else None


def _headline_inside(seg: Segments, titles: DeclaredTitles | None, start: int, end: int) -> int | None:
    """The last heading in ``start < i < end`` whose text is the page's title (meta, JSON-LD or <title>)."""
    if titles is None:
        return None
    for i in range(end - 1, start, -1):
        if seg.headings[i] and titles.is_exactly(seg.texts[i]):
            return i
    return None


def local_flags(seg: Segments) -> list[int]:
    """Every block's flags without the boilerplate marks of an element that holds nearly all the page's
    prose: a ``<form>`` around the whole page (ASP.NET) or an ad word in the page wrapper's class says
    nothing about which text is the article. Boxes inside such a wrapper keep their own marks."""
    prose = [w if w >= 10 and seg.link_density(i) <= 0.3 else 0 for i, w in enumerate(seg.words)]
    total = sum(prose)
    flags = list(seg.flags)
    if not total:
        return flags
    share = PAGE_WIDE_SHARE * total
    if sum(p for p, f in zip(prose, flags, strict=True) if f & _FORM) >= share:
        flags = [f & ~_FORM for f in flags]  # forms do not nest: no box inside keeps the mark
    if sum(p for p, f in zip(prose, flags, strict=True) if f & _NEGATIVE) >= share:
        boxes = bytearray(len(flags))
        verdicts = ClassVerdicts()
        for element in seg.indexed:
            span = seg.spans.get(element)
            if (span and span[1] > span[0] and element_flags(element, 0, verdicts) & _NEGATIVE
                    and sum(prose[span[0]:span[1]]) < share):
                boxes[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
        flags = [f if boxes[i] else f & ~_NEGATIVE for i, f in enumerate(flags)]
    return flags


def block_score(seg: Segments, i: int, labelled: int, is_html: bool, in_article_body: bool | None,
                flags: int) -> float:
    """How much block ``i`` looks like article prose: positive for prose, negative for boilerplate. A block
    rules settled (``labelled``, see :func:`body_span`) counts against the span lightly where an article
    holds such blocks: in HTML, and for captions and credits in plain text."""
    words = seg.words[i]
    if labelled:
        return -0.5 if is_html or labelled == PICTURE_LABEL else -3.0 - words / 10
    score = _text_score(seg, i, words, is_html)
    if flags & _BOILERPLATE_PLACES:
        score -= 5 + words / 10
    elif flags & _SIDE_PLACES:
        score -= 3
    if flags & _HEADER and not flags & _IN_ARTICLE:
        score -= 3
    if flags & _NEGATIVE:
        score -= _negative_penalty(words)
    if flags & _POSITIVE and seg.link_density(i) <= 0.5:  # tag and teaser links stay links
        score += 1.5
    if flags & (_HIDDEN | _FIGCAPTION):
        score -= 2
    if in_article_body is not None:
        score += 3 if in_article_body else (-1 if words >= 10 else 0)
    return score


# A list article's entry heading is a sentence of its text: "4. This man, who fenced off his zucchini and
# installed a keypad on the gate."
_NUMBERED_ITEM = regex.compile(r"^\d{1,3}[.)]\s+\p{Lu}")
NUMBERED_ITEM_WORDS = 8


def _text_score(seg: Segments, i: int, words: int, is_html: bool) -> float:
    if words == 0:
        return 0.0
    if seg.link_density(i) > 0.5 and not _sentence_around_link(seg, i):
        return -1.0 - words / 15
    text = seg.texts[i]
    if seg.headings[i] and not (words >= NUMBERED_ITEM_WORDS and _NUMBERED_ITEM.match(text)):
        return -2.0 if seg.headings[i] == 1 else -0.3
    score = min(words, 100) / 8 - 1.5
    if text.endswith(_SENTENCE_END):
        score += 1.0
    if words < 8 and not is_html:  # in text, short lines are interface; in HTML, list items and table cells
        score -= 1.0
    return score


_OPENING_WORDS = 3  # words of its own a sentence opens with before a link, where a link line has a label


def _sentence_around_link(seg: Segments, i: int) -> bool:
    """Whether a block that is mostly link text is a sentence with a long link in it ("The suspect was
    convicted and <a>sentenced to life in federal prison last Thursday</a>.") rather than a link line: it
    opens with words of its own, more than a label's ("Read more", "Archive pick"), and ends a sentence
    outside the link."""
    links, text = seg.links[i], seg.texts[i]
    if not links or not text.endswith(_SENTENCE_END):
        return False
    opening = text.partition(links[0][0])[0]
    last = links[-1][0]
    return len(opening.split()) >= _OPENING_WORDS and not text.endswith(last)


_CONTENT_TAGS = frozenset(["p", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "pre"])
_LINE_WORDS = 8  # words: a paragraph shorter than this outside the container is a line (a sign-off), not text
_NOT_PLAIN = _BOILERPLATE_PLACES | _SIDE_PLACES | _NEGATIVE | _HIDDEN
_BOX_BLOCKS, _BOX_WORDS = 4, 20  # a box the span may cross: this many blocks and words at most
_BOX_SCAN = 12  # blocks: the farthest the paragraph after a box may be, pictures and pitches included
_PROSE_SCORE = 4.0  # a paragraph of thirty-odd words
_LABEL_HEADING_WORDS = 1  # words of a heading that labels the text below it ("Details"), not a subhead
# Or one paragraph of sentences of twenty-odd words: see _prose_past.
_PARAGRAPH_SCORE, _PARAGRAPH_WORDS = 1.5, 15
_SLACK = 2.5  # score: how much link text (one or two link lines) may lie between plain blocks in the span


@dataclass(frozen=True, slots=True)
class _Edges:
    """What ends the article when its core grows: ``inner`` is the container; ``not_plain`` the flags that
    mark a box; ``h1_ends`` whether a top-level heading closes the article."""

    inner: tuple[int, int]
    not_plain: int
    h1_ends: bool


def _edges_after(seg: Segments, flags: Sequence[int], start: int, end: int, inner: tuple[int, int]) -> _Edges:
    """What ends the article below its core ``start <= i < end``: a mark every core block carries (a page
    builder calls each text column a "widget") or an ``<h1>`` the core holds (a builder's subheads) is the
    page's way of marking its text, not a box around other text."""
    shared = _NOT_PLAIN
    for i in range(start, end):
        shared &= flags[i]
    h1_inside = any(seg.headings[i] == 1 for i in range(start, end))
    return _Edges(inner, _NOT_PLAIN & ~shared, h1_ends=not h1_inside)


def _grow(seg: Segments, scores: Sequence[float], claimed: Sequence[int], flags_of: Sequence[int], edge: int,
          limit: int, step: int, edges: _Edges) -> int:
    """The farthest plain block from ``edge`` towards ``limit`` reached without crossing a block that ends
    the article, or more than a line or two of links; returns the index of the new edge block. Outside the
    ``inner`` container only paragraphs of a sentence or more, list items, subheads and table cells count
    as plain: a bare ``<div>`` there is a dek, a byline, a box's title; a short line a sign-off."""
    reached, total, j = edge, 0.0, edge
    inner, not_plain = edges.inner, edges.not_plain
    while j != limit:
        j += step
        flags = flags_of[j]
        if claimed[j] == 1 or (claimed[j] and flags & _FIGURE):  # a caption or credit: step over it
            continue
        if (claimed[j] or flags & not_plain) and inner[0] <= j < inner[1]:
            bound = min(limit, inner[1] - 1) if step > 0 else max(limit, inner[0])
            after = _past_box(seg, scores, claimed, flags_of, j, bound, not_plain, step)
            if after is None and step > 0:
                after = _next_item(seg, scores, claimed, flags_of, reached, j, bound, not_plain)
            if after is None:
                break
            reached, total, j = after, 0.0, after  # an ad or a share bar between two paragraphs
            continue
        if claimed[j]:
            break
        if not inner[0] <= j < inner[1] and (seg.tags[j] not in _CONTENT_TAGS
                                             or (seg.tags[j] == "p" and seg.words[j] < _LINE_WORDS)):
            break
        if flags & not_plain or (seg.headings[j] == 1 and edges.h1_ends):
            break
        if flags & _HEADER and not flags & _IN_ARTICLE:
            break
        score = scores[j]
        if flags & ~not_plain & _NEGATIVE:  # the core's own class word, which says nothing here
            score += _negative_penalty(seg.words[j])
        if not _same_link(seg, j, j - step):
            total += min(score, 0.0)
        if total < -_SLACK:
            break
        if (seg.link_density(j) <= 0.5 and score > PLAIN_SCORE) or _next_label_line(seg, reached, j):
            reached, total = j, 0.0
    return reached


def _same_link(seg: Segments, i: int, other: int) -> bool:
    """Whether blocks ``i`` and ``other`` stand in one link: the title and the address or summary of a link
    card (a place's map, a preview of another post) are one link of the text, not two link lines."""
    if not (seg.flags[i] & _LINK and 0 <= other < len(seg.flags) and seg.flags[other] & _LINK):
        return False
    link = _link_of(seg.elements[i])
    return link is not None and link is _link_of(seg.elements[other])


def _link_of(element: Any) -> Any:
    """The link a block of link text stands in: around its element, or inside it when the block's element
    holds the link (a ``<div>`` around ``<a><strong>title</strong><p>address</p></a>`` starts a block the
    link's first line ends; a picture's link before it holds no text)."""
    if element is None:
        return None
    around = next(element.iterancestors("a"), None)
    return around if around is not None else next((a for a in element.iter("a") if "".join(a.itertext()).strip()), None)


_LABEL_LINE_WORDS = 8  # words: "Kreole: Stella Hoops", "Photos: Anna Berg", "Dress: Label Name"


def _next_label_line(seg: Segments, reached: int, j: int) -> bool:
    """Whether ``j`` is one more "Label: name" line (the name a link) beside the ``reached`` one: a list of
    the products or sources an article ends with, whose last items link out, and not a link line after
    the text."""
    elements = seg.elements
    return (_is_label_line(seg.texts[j], seg.words[j]) and _is_label_line(seg.texts[reached], seg.words[reached])
            and seg.tags[j] == seg.tags[reached] and elements[j] is not None and elements[reached] is not None
            and elements[j].getparent() is elements[reached].getparent())


def _is_label_line(text: str, words: int) -> bool:
    label, colon, name = text.partition(":")
    return bool(colon) and words <= _LABEL_LINE_WORDS and 0 < len(label.split()) <= 3 and bool(name.strip())


def _negative_penalty(words: int) -> float:
    """What a boilerplate class word on its container takes off a block's score."""
    return 1.5 + words / 30


def _past_box(seg: Segments, scores: Sequence[float], claimed: Sequence[int], flags_of: Sequence[int], start: int,
              limit: int, not_plain: int, step: int) -> int | None:
    """The paragraph of prose right past a small box (a few short blocks) that starts at ``start``, going
    down the page (``step`` 1) or up it (-1). A picture's caption and credit, a sign-up, appeal or ad box
    that rules told (an article prints them between its paragraphs, pitch and all), and a gallery (see
    :func:`_gallery`) take no room of the box."""
    words = blocks = 0
    j = start
    farthest = _box_scan_end(start, limit, step)
    while (j - farthest) * step <= 0:
        if claimed[j] in (PICTURE_LABEL, PITCH_CLAIM):
            j += step
            continue
        if not claimed[j] and not flags_of[j] & not_plain and (
                _prose_past(seg, scores, claimed, flags_of, j, limit, not_plain, step)
                or (step < 0 and not blocks and scores[j] > PLAIN_SCORE and seg.link_density(j) <= 0.5)
                or (step > 0 and _subhead_before_prose(seg, scores, claimed, flags_of, j, limit, not_plain))):
            # prose, or the text above an ad label or a picture alone (below one a paywall's offer may go on),
            # or the subhead of the next section (a "More on this" list often closes the section before it)
            return j
        gallery = _gallery(seg, j)
        if gallery is not None:
            j = gallery[1] if step > 0 else gallery[0] - 1
            farthest = _box_scan_end(j, limit, step)
            continue
        words += seg.words[j]
        blocks += 1
        if blocks > _BOX_BLOCKS or words > _BOX_WORDS or seg.headings[j] == 1:
            return None
        j += step
    return None


def _box_scan_end(start: int, limit: int, step: int) -> int:
    return min(limit, start + _BOX_SCAN) if step > 0 else max(limit, start - _BOX_SCAN)


_GALLERY_LEVELS = 4  # elements up from a block: slide, slide list, gallery, its wrapper
_GALLERY_WORDS = 40  # words: a slide's caption at most; a longer block is the article's text
_BLOCKS_PER_PICTURE = 4  # a slide's counter, caption, credit and one more line


def _gallery(seg: Segments, j: int) -> tuple[int, int] | None:
    """The blocks ``[first, end)`` of the largest element around block ``j`` that is a gallery or a picture
    box: it holds pictures and, for each, at most a few blocks, none longer than a caption nor a heading.
    An article's column of short paragraphs holds far more blocks than pictures, so it is never one."""
    found = None
    element = seg.elements[j]
    for _ in range(_GALLERY_LEVELS):
        span = seg.spans.get(element) if element is not None else None
        if span is None:
            break
        first, end = span
        if any(seg.words[i] > _GALLERY_WORDS or seg.headings[i] for i in range(first, end)):
            break
        pictures = sum(1 for _ in element.iter("img"))
        if pictures and end - first <= _BLOCKS_PER_PICTURE * pictures:
            found = span
        element = element.getparent()
    return found


def _next_item(seg: Segments, scores: Sequence[float], claimed: Sequence[int], flags_of: Sequence[int], reached: int,
               start: int, limit: int, not_plain: int) -> int | None:
    """The subhead that opens the next of a run of like items past the box at ``start``: a list article's
    sections, each a subhead, the entry's text and a card (name, address, price, buttons) too big to count
    as a box. The items are sibling elements of one tag and class, each opening with a subhead of one level."""
    here, box = seg.elements[reached], seg.elements[start]
    # The first plain block past the box's blocks and a group's heading over the next entry's (an h2 over h3s).
    j = next((k for k in range(start, min(limit, start + _BOX_SCAN) + 1)
              if not (claimed[k] or flags_of[k] & not_plain
                      or (k < limit and seg.headings[k] > 1 and seg.headings[k + 1] > 1))), None)
    if here is None or box is None or j is None or seg.headings[j] < 2 or seg.elements[j] is None:
        return None
    text = next((k for k in range(j + 1, limit + 1) if claimed[k] != PICTURE_LABEL), limit)  # past a picture
    if claimed[text] or flags_of[text] & not_plain or not _prose_past(
            seg, scores, claimed, flags_of, text, limit, not_plain, 1):
        return None
    item = _like_items(here, seg.elements[j], box)
    return j if item is not None and seg.headings[seg.spans.get(item, (0, 0))[0]] == seg.headings[j] else None


def _like_items(block: Any, other: Any, box: Any) -> Any:
    """The wrapper of ``block`` when ``other`` stands in a sibling wrapper of the same tag and class
    (neither block its own wrapper) and ``box`` (the start of the box after ``block``, the entry's card)
    is in the first one; else None."""
    wrappers = _sibling_wrappers(block, other)
    if wrappers is None:
        return None
    item, other_item = wrappers
    inside = item is not block and other_item is not other and any(e is item for e in box.iterancestors())
    return item if inside else None


def _subhead_before_prose(seg: Segments, scores: Sequence[float], claimed: Sequence[int], flags_of: Sequence[int],
                          j: int, limit: int, not_plain: int) -> bool:
    """Whether block ``j`` is a subhead (not the page's headline) that prose follows."""
    return (j < limit and seg.headings[j] > 1 and not claimed[j + 1] and not flags_of[j + 1] & not_plain
            and _prose_past(seg, scores, claimed, flags_of, j + 1, limit, not_plain, 1))


def _prose_past(seg: Segments, scores: Sequence[float], claimed: Sequence[int], flags_of: Sequence[int], j: int,
                limit: int, not_plain: int, step: int) -> bool:
    """Whether block ``j`` starts the prose past a box: two plain paragraphs (a gallery's buttons, then a
    quotation), one long one, or one paragraph of sentences ("SCROLL TO CONTINUE READING" boxes sit between
    shorter ones). Above a box the dek may stand, a paragraph alone under the headline: there a lone
    paragraph counts only with more prose above it."""
    run = []
    last = min(limit, j + 1) if step > 0 else max(limit, j - 1)
    for i in range(j, last + step, step):
        if claimed[i] or flags_of[i] & not_plain or scores[i] <= 0:
            break
        run.append(scores[i])
    one_paragraph = scores[j] >= _PARAGRAPH_SCORE and is_prose(seg, j, _PARAGRAPH_WORDS)
    if step < 0:  # a lone paragraph above the box counts when more prose stands above it: a dek stands alone
        return (len(run) == 2 and sum(run) >= _PROSE_SCORE) or (one_paragraph and any(
            scores[i] >= _PARAGRAPH_SCORE for i in range(max(limit, j - _BOX_SCAN), j - 1)))
    return sum(run) >= _PROSE_SCORE or one_paragraph


def _container(seg: Segments, scores: Sequence[float], root: Any, flags: Sequence[int]) -> list[tuple[int, int]]:
    """Descend from ``<body>`` into the child holding three quarters of the prose, or else into the child
    holding nearly all the prose marked as article text (<article>, article-body) when that is a fair
    share of the whole (teasers below an article can outweigh it)."""
    prefix, marked = [0.0], [0.0]
    for i, score in enumerate(scores):
        prefix.append(prefix[-1] + max(score, 0.0))
        marked.append(marked[-1] + (max(score, 0.0) if flags[i] & _ARTICLE_MARKS else 0.0))
    spans = seg.spans
    body = root.find("body") if root.tag == "html" else None
    element = body if body is not None and body in spans else root
    current = spans.get(element, (0, len(scores)))
    path = [current]
    while True:
        own = prefix[current[1]] - prefix[current[0]]
        own_marked = marked[current[1]] - marked[current[0]]
        best, best_span, best_sum = None, current, -1.0
        most, most_span, most_marked = None, current, 0.0
        for child in element:
            span = spans.get(child)
            if span and span[1] > span[0]:
                total = prefix[span[1]] - prefix[span[0]]
                if total > best_sum:
                    best, best_span, best_sum = child, span, total
                total = marked[span[1]] - marked[span[0]]
                if total > most_marked:
                    most, most_span, most_marked = child, span, total
        if own <= 0:
            return path
        if best is not None and best_sum >= 0.75 * own:
            element, current = best, best_span
        elif most is not None and most_marked >= 0.9 * own_marked and most_marked >= MARKED_SHARE * own:
            element, current = most, most_span
        else:
            return path
        path.append(current)


def _best_run(scores: Sequence[float], start: int, end: int) -> tuple[int, int]:
    """The maximum-sum contiguous run of ``scores[start:end]`` (Kadane's scan)."""
    best, best_start, best_end = 0.0, start, start
    total, run_start = 0.0, start
    for i in range(start, end):
        if total <= 0:
            total, run_start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_start, best_end = total, run_start, i + 1
    return best_start, best_end


def in_article_body(text: str, article_body: str | None) -> bool | None:
    """Whether the JSON-LD articleBody holds this block's text (None when the page has no articleBody)."""
    if not article_body or len(text) < 40:
        return None
    probe = " ".join(text.split()[:8])
    return probe in article_body

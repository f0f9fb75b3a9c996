"""Pull quotes: short blocks of the body that repeat text another body block holds.

A pull quote restates a sentence (or part of one) of the article in large type; kept in the body, the
sentence would be read twice. Once the labels are resolved, a short block of the body whose words appear,
in order and whole, inside a longer body block is relabelled ``boilerplate`` (kind ``other``, rule
``body/pull-quote``). Words are compared casefolded and without punctuation, so curly and straight quote
marks, dashes and the pull quote's own closing stop do not matter; a speaker's name after a dash
("... — Jane Roe") is left out of the comparison.

Each page's body text is joined into one string once and every candidate is one ``str.find`` over it, so
the cost stays linear in the body's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .body import BodySpan
from .decide import Label
from .segment import Flag, Segments

MIN_WORDS = 6  # words: shorter blocks ("Photo", a subhead like "The plan") repeat phrases by chance
MIN_CHARS = 30  # characters of the compared text: six short words ("It is what it is.") are too common
MAX_WORDS = 60  # words: pull quotes run to two sentences; a longer block is reporting even when repeated
ATTRIBUTION_WORDS = 12  # words: the most of a line naming the speaker beside a pull quote
ATTRIBUTION_LINES = 2  # blocks: a name and a title ("Ana Roe" / "Mayor of Lynton")
SPEAKER_WORDS = 8  # words: the most of a speaker's name and title after a dash ("— Ana Roe, mayor")
MAX_OCCURRENCES = 8  # a sentence found more often than this is a refrain or a template, not a pull quote
PULL_QUOTE = Label("boilerplate", "other", "body/pull-quote")
# Blocks of a list or a table repeat the text on purpose (a summary, a fact box); they stay body.
_LISTED = int(Flag.LIST)
_CELLS = frozenset({"td", "th"})
# A copy set apart from the text (a blockquote, aside or figure) is the decoration when two blocks match.
_SET_APART = int(Flag.ASIDE | Flag.FIGURE | Flag.BLOCKQUOTE)
_BOXES = frozenset({"blockquote", "aside", "figure"})
# A pull quote is a sentence: a line in the text without a closing mark is a subhead, a label or a
# recipe line that shares words with the text ("Tomato salad, 1 cup grapes").
_SENTENCE_END = tuple('.!?…"”’»。！？」』')
_DASHES = ("—", "–", "―")
_WORD = re.compile(r"\w+")
_SEPARATOR = "|"  # between blocks in the joined text: no match runs from one block into the next


class _BodyText:
    """The body blocks' comparable texts, joined into one string to search."""

    def __init__(self, seg: Segments, blocks: list[int]) -> None:
        self.blocks = blocks
        self.texts = {i: _comparable(seg.texts[i]) for i in blocks}
        self.starts: list[int] = []
        position = 0
        for i in blocks:
            self.starts.append(position)
            position += len(self.texts[i]) + len(_SEPARATOR)
        self.joined = _SEPARATOR.join(self.texts[i] for i in blocks)

    def in_longer_block(self, needle: str, longer_than: int) -> bool:
        """Whether a block whose comparable text is longer than ``longer_than`` holds ``needle``.
        Occurrences in blocks no longer (the candidate itself, identical copies) are stepped over."""
        found = self.joined.find(needle)
        for _ in range(MAX_OCCURRENCES):
            if found < 0:
                return False
            holder = self.blocks[bisect_right(self.starts, found) - 1]
            if len(self.texts[holder]) > longer_than:
                return True
            found = self.joined.find(needle, found + 1)
        return False


def label_pull_quotes(seg: Segments, labels: list[Label], span: BodySpan) -> None:
    """Relabel the short body blocks inside ``span`` whose text a longer body block holds; of two identical
    blocks, the one set apart (blockquote, aside, figure) when the other is not.

    The holder is longer than the whole candidate, so no two blocks can each be the other's copy: the
    longest holder stays body, and the text is read once."""
    body = _BodyText(seg, [i for i in range(span.start, span.end) if labels[i].role == "body"])
    copies: dict[str, list[int]] = {}
    for i in body.blocks:
        copies.setdefault(body.texts[i], []).append(i)
    for i in body.blocks:
        needle = _needle(seg, i) if _may_be_pull_quote(seg, i) else None
        if needle is None:
            continue
        text = body.texts[i]
        if body.in_longer_block(needle, len(text)) or _decorative_copy(seg, i, copies[text]):
            labels[i] = PULL_QUOTE
            _label_attribution(seg, labels, i)


def _comparable(text: str) -> str:
    """The words, casefolded and without punctuation, with a space on each side (so a match never starts
    or ends inside a word).

    >>> _comparable("“The river — it gave us everything,” she said.")
    ' the river it gave us everything she said '
    """
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _without_speaker(text: str) -> str:
    """The text without a speaker's name set after a dash at its end.

    >>> _without_speaker("“We stay until the last boat leaves.” — Ana Roe, harbour master")
    '“We stay until the last boat leaves.”'
    >>> _without_speaker("The toll rises to $4 — a third more than last year.")
    'The toll rises to $4 — a third more than last year.'
    """
    cut = max(text.rfind(dash) for dash in _DASHES)
    if cut <= 0:
        return text
    speaker = text[cut + 1:].strip()
    if not speaker[:1].isupper() or len(speaker.split()) > SPEAKER_WORDS or speaker.endswith("."):
        return text
    return text[:cut].rstrip()


def _may_be_pull_quote(seg: Segments, i: int) -> bool:
    """Long enough to be a sentence, short enough to be set in large type, and no subhead, list item,
    table cell or line of a longer paragraph."""
    return (MIN_WORDS <= seg.words[i] <= MAX_WORDS and not seg.headings[i] and not seg.flags[i] & _LISTED
            and seg.tags[i] not in _CELLS and _stands_alone(seg, i))


def _needle(seg: Segments, i: int) -> str | None:
    """The comparable text of the quote in block ``i`` (without a speaker's name after it), or None when it
    is too short or, in the text's own column, does not end like a sentence."""
    quote = _without_speaker(seg.texts[i])
    needle = _comparable(quote)
    if len(needle) - 2 < MIN_CHARS or not (seg.flags[i] & _SET_APART or quote.endswith(_SENTENCE_END)):
        return None
    return needle


def _stands_alone(seg: Segments, i: int) -> bool:
    """Whether the block is no line of a longer text: a line of a paragraph split by ``<br>`` (of an
    embedded post the article goes on to quote) next to a longer line of it is part of that paragraph. A
    short line beside it (an attribution) is allowed."""
    element = seg.elements[i]
    return element is None or not any(
        0 <= j < len(seg) and seg.elements[j] is element and seg.words[j] > ATTRIBUTION_WORDS for j in (i - 1, i + 1))


def _decorative_copy(seg: Segments, i: int, copies: list[int]) -> bool:
    """Whether block ``i`` is set apart while an identical block stands in the text. When both or neither
    are set apart (a refrain, a line the author repeats), nothing tells the copy from the original, so
    both stay."""
    return bool(seg.flags[i] & _SET_APART) and any(not seg.flags[j] & _SET_APART for j in copies if j != i)


def _label_attribution(seg: Segments, labels: list[Label], i: int) -> None:
    """Relabel the speaker's name beside a pull quote (``<cite>`` in a blockquote, a line in an aside): the
    other body blocks of the nearest blockquote, aside or figure holding the quote, if they are one or two
    short lines."""
    box = _box(seg, i)
    if box is None or not _only_attribution(seg, box, i):
        return
    for j in range(*box):
        if labels[j].role == "body":
            labels[j] = PULL_QUOTE


def _only_attribution(seg: Segments, blocks: tuple[int, int], i: int) -> bool:
    """Whether the blocks besides ``i`` are at most two short lines (a name, a title)."""
    others = [j for j in range(*blocks) if j != i]
    return len(others) <= ATTRIBUTION_LINES and all(seg.words[j] <= ATTRIBUTION_WORDS for j in others)


def _box(seg: Segments, i: int, reach: int = 3) -> tuple[int, int] | None:
    """The blocks of the nearest blockquote, aside or figure at most ``reach`` levels above block ``i``."""
    element = seg.elements[i]
    for _ in range(reach):
        if element is None:
            return None
        if element.tag in _BOXES:
            return seg.spans.get(element)
        element = element.getparent()
    return None

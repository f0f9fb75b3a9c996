"""Pull quotes, and the headline printed again: blocks of the body that repeat text the page shows already.

A gallery or a video player set in the text prints the article's headline again as its own title; read
as text, the headline would open a paragraph of the body. A body block whose text is the headline's is
relabelled ``boilerplate`` (kind ``other``, rule ``body/headline-repeat``).

A pull quote restates a sentence (or part of one) of the article in large type; kept in the body, the
sentence would be read twice. Once the labels are resolved, a short block of the body whose words appear,
in order and whole, inside a longer body block is relabelled ``boilerplate`` (kind ``other``, rule
``body/pull-quote``). Words are compared casefolded and without punctuation, so curly and straight quote
marks, dashes, a capital at the start and the pull quote's own closing stop do not matter; a speaker's
name after a dash ("... — Jane Roe") is left out of the comparison.

The body's text is joined into one string once per page. A candidate's longest words are looked up with
``str.find`` in the stretch of it within NEAR blocks; only a block that holds them all is compared with
the candidate word by word. Most candidates repeat nothing and cost a split and a find or two, and no
candidate searches more than 2 * NEAR + 1 blocks, so the check stays linear in the body's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .body import BodySpan
from .decide import Label
from .segment import SENTENCE_END, Flag, Segments

MIN_WORDS = 6  # words: shorter blocks ("Photo", a subhead like "The plan") repeat phrases by chance
MIN_CHARS = 30  # characters of the compared text: six short words ("It is what it is.") are too common
MAX_WORDS = 60  # words: pull quotes run to two sentences; a longer block is reporting even when repeated
ATTRIBUTION_WORDS = 12  # words: the most of a line naming the speaker beside a pull quote
ATTRIBUTION_LINES = 2  # blocks: a name and a title ("Ana Roe" / "Mayor of Lynton")
_SPEAKER_LINE = re.compile(r"^[—–-]\s*[^\W\d_]")  # "— Ana Roe, mayor of Lynton" under a pull quote in text
SPEAKER_WORDS = 8  # words: the most of a speaker's name and title after a dash ("— Ana Roe, mayor")
PROBES = 3  # a candidate's longest words a block must hold before it is compared word by word
# Body blocks before and after a candidate searched for the text it copies: a pull quote is set beside
# that text, and the bound keeps a long page's cost linear (no candidate searches more than 61 blocks).
NEAR = 30
MAX_HOLDERS = 24  # blocks holding a candidate's longest word looked at: a word in more is too common to help
PULL_QUOTE = Label("boilerplate", "other", "body/pull-quote")
HEADLINE_REPEAT = Label("boilerplate", "other", "body/headline-repeat")
# Blocks of a list or a table repeat the text on purpose (a summary, a fact box); they stay body.
_LISTED = int(Flag.LIST)
_CELLS = frozenset({"td", "th"})
# A copy set apart from the text (a blockquote, aside or figure) is the decoration when two blocks match.
_SET_APART = int(Flag.ASIDE | Flag.FIGURE | Flag.BLOCKQUOTE)
_BOXES = frozenset({"blockquote", "aside", "figure"})
# A pull quote is a sentence: a line in the text without a closing mark is a subhead, a label or a
# recipe line that shares words with the text ("Tomato salad, 1 cup grapes").
_SENTENCE_END = (*SENTENCE_END, *"’」』")
_PUNCTUATION = "\"'“”‘’„«»‹›()[].,;:!?…"
_WORD = re.compile(r"\w+")


def label_headline_repeats(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None) -> None:
    """Relabel the body blocks inside ``span`` whose text is the headline's (compared casefolded)."""
    if headline is None:
        return
    title = seg.texts[headline].casefold()
    for i in range(max(span.start, headline + 1), span.end):
        if labels[i].role == "body" and seg.texts[i].casefold() == title:
            labels[i] = HEADLINE_REPEAT


def label_pull_quotes(seg: Segments, labels: list[Label], span: BodySpan) -> None:
    """Relabel the short body blocks inside ``span`` whose text a longer body block holds; of two identical
    blocks, the one set apart (blockquote, aside, figure) when the other is not.

    The holder is longer than the whole candidate, so no two blocks can each be the other's copy: the
    longest holder stays body, and the text is read once."""
    body = _BodyText(seg, [i for i in range(span.start, span.end) if labels[i].role == "body"])
    verdicts: dict[tuple[str, bool], bool] = {}  # a page that repeats a line (an interview's questions) asks once
    for i in body.blocks:
        quote = _quote(seg, i) if _may_be_pull_quote(seg, i) else None
        if quote is None:
            continue
        key = (seg.texts[i], _set_apart(seg, i))
        if key not in verdicts:
            verdicts[key] = _copies_text(seg, body, i, quote)
        if verdicts[key]:
            labels[i] = PULL_QUOTE
            _label_attribution(seg, labels, i)


class _BodyText:
    """The body blocks' texts joined into one string to search, and their comparable forms (made once,
    when a block is first compared)."""

    def __init__(self, seg: Segments, blocks: list[int]) -> None:
        self.seg = seg
        self.blocks = blocks
        self.starts: list[int] = []
        position = 0
        for i in blocks:
            self.starts.append(position)
            position += len(seg.texts[i]) + 1
        self.joined = "\n".join(seg.texts[i] for i in blocks)
        self.position = {block: k for k, block in enumerate(blocks)}
        self._comparable: dict[int, str] = {}

    def comparable(self, i: int) -> str:
        found = self._comparable.get(i)
        if found is None:
            found = self._comparable[i] = _comparable(self.seg.texts[i])
        return found

    def near(self, i: int) -> tuple[int, int]:
        """Where the blocks within NEAR blocks of block ``i`` start and end in the joined text."""
        k, starts = self.position[i], self.starts
        return starts[max(0, k - NEAR)], starts[k + NEAR + 1] - 1 if k + NEAR + 1 < len(starts) else len(self.joined)

    def elsewhere(self, word: str, i: int) -> bool:
        """Whether a body block near block ``i``, other than it, holds ``word``."""
        lo, hi = self.near(i)
        start = self.starts[self.position[i]]
        end = start + len(self.seg.texts[i])
        found = self.joined.find(word, lo, hi)
        if start <= found < end:
            found = self.joined.find(word, end, hi)
        return found >= 0

    def holders(self, probes: list[str], besides: int) -> list[int]:
        """The body blocks near ``besides``, other than it, whose text holds every probe: the first is
        looked up in the joined text (in at most MAX_HOLDERS blocks), the others are tested in each block
        found."""
        out: list[int] = []
        texts, first, rest = self.seg.texts, probes[0], probes[1:]
        lo, hi = self.near(besides)
        found = self.joined.find(first, lo, hi)
        for _ in range(MAX_HOLDERS):
            if found < 0:
                break
            k = bisect_right(self.starts, found) - 1
            block = self.blocks[k]
            if block != besides and all(word in texts[block] for word in rest):
                out.append(block)
            found = self.joined.find(first, self.starts[k + 1], hi) if k + 1 < len(self.starts) else -1
        return out


def _copies_text(seg: Segments, body: _BodyText, i: int, quote: str) -> bool:
    """Whether another body block holds ``quote`` (block ``i``'s text, maybe without a speaker) and is
    longer than block ``i``, or is identical to it and stands in the text while block ``i`` is set apart.
    When both or neither of two identical blocks are set apart (a refrain, a line the author repeats),
    nothing tells the copy from the original, so both stay."""
    tokens = quote.split()
    longest = max(tokens[1:], key=len, default="").strip(_PUNCTUATION)
    if longest.isalnum() and not body.elsewhere(longest, i):
        return False  # most candidates: their longest word is in no other block
    probes = _probes(tokens)
    if not probes or not all(body.elsewhere(word, i) for word in probes[1:]):
        return False  # the next longest words: each must be in another block too
    holders = body.holders(probes, besides=i)
    if not holders:
        return False
    own = body.comparable(i)
    needle = own if quote is seg.texts[i] else _comparable(quote)
    if len(needle) - 2 < MIN_CHARS:
        return False
    for j in holders:
        other = body.comparable(j)
        if needle in other and (
                len(other) > len(own) or (other == own and _set_apart(seg, i) and not _set_apart(seg, j))):
            return True
    return False


def _probes(tokens: list[str]) -> list[str]:
    """The quote's longest words, longest first, as they are written, without the punctuation around them:
    the rarest, most likely. The first word is left out (a pull quote may capitalise it), and so are
    words with punctuation inside ("Taliban’s", "fashion—think"), which a copy may write differently.
    Text without spaces (Chinese, Japanese) gives its longest run of word characters.

    >>> _probes("“If your work is project-based, you can create this five-folder system for each project.”".split())
    ['project', 'create', 'system']
    """
    if len(tokens) < 2:
        return sorted(_WORD.findall(" ".join(tokens)), key=len, reverse=True)[:1]
    probes: list[str] = []
    for token in sorted(tokens[1:], key=len, reverse=True):
        word = token.strip(_PUNCTUATION)
        if word.isalnum():
            probes.append(word)
            if len(probes) == PROBES:
                break
    return probes


def _comparable(text: str) -> str:
    """The words, casefolded and without punctuation, with a space on each side (so a match never starts
    or ends inside a word).

    >>> _comparable("“The river — it gave us everything,” she said.")
    ' the river it gave us everything she said '
    """
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _may_be_pull_quote(seg: Segments, i: int) -> bool:
    """Long enough to be a sentence, short enough to be set in large type, and no subhead, list item,
    table cell or line of a longer paragraph."""
    return (MIN_WORDS <= seg.words[i] <= MAX_WORDS and not seg.headings[i] and not seg.flags[i] & _LISTED
            and seg.tags[i] not in _CELLS and _stands_alone(seg, i))


def _stands_alone(seg: Segments, i: int) -> bool:
    """Whether the block is no line of a longer text: a line of a paragraph split by ``<br>`` (of an
    embedded post the article goes on to quote) next to a longer line of it is part of that paragraph. A
    short line beside it (an attribution) is allowed."""
    element, elements, words = seg.elements[i], seg.elements, seg.words
    if element is None:
        return True
    before = i > 0 and elements[i - 1] is element and words[i - 1] > ATTRIBUTION_WORDS
    after = i + 1 < len(elements) and elements[i + 1] is element and words[i + 1] > ATTRIBUTION_WORDS
    return not (before or after)


def _quote(seg: Segments, i: int) -> str | None:
    """The quote in block ``i`` (without a speaker's name after it), or None when, in the text's own
    column, it does not end like a sentence."""
    quote = _without_speaker(seg.texts[i])
    return quote if _set_apart(seg, i) or quote.endswith(_SENTENCE_END) else None


def _without_speaker(text: str) -> str:
    """The text without a speaker's name set after a dash at its end.

    >>> _without_speaker("“We stay until the last boat leaves.” — Ana Roe, harbour master")
    '“We stay until the last boat leaves.”'
    >>> _without_speaker("The toll rises to $4 — a third more than last year.")
    'The toll rises to $4 — a third more than last year.'
    """
    cut = max(text.rfind("—"), text.rfind("–"), text.rfind("―"))
    if cut <= 0:
        return text
    speaker = text[cut + 1:].strip()
    if not speaker[:1].isupper() or len(speaker.split()) > SPEAKER_WORDS or speaker.endswith("."):
        return text
    return text[:cut].rstrip()


def _set_apart(seg: Segments, i: int) -> bool:
    return bool(seg.flags[i] & _SET_APART)


def _label_attribution(seg: Segments, labels: list[Label], i: int) -> None:
    """Relabel the speaker's name beside a pull quote (``<cite>`` in a blockquote, a line in an aside): the
    other body blocks of the nearest blockquote, aside or figure holding the quote, if they are one or two
    short lines; in plain text, which has no boxes, the short line under the quote that opens with a dash
    ("— Ana Roe, mayor of Lynton")."""
    if seg.elements[i] is None:
        below = i + 1
        if (below < len(labels) and labels[below].role == "body" and seg.words[below] <= ATTRIBUTION_WORDS
                and _SPEAKER_LINE.match(seg.texts[below])):
            labels[below] = PULL_QUOTE
        return
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

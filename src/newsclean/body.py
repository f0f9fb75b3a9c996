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

from .segment import Flag, Segments

_SENTENCE_END = tuple('.!?"”’»)…:。！？」』')
_BOILERPLATE_PLACES = Flag.NAV | Flag.FOOTER
PLAIN_SCORE = -2.0  # a block scoring below this ends the article, even as plain text
_SIDE_PLACES = Flag.ASIDE | Flag.FORM | Flag.CONTROL


@dataclass(frozen=True, slots=True)
class BodySpan:
    """The article's blocks are ``start <= i < end``; ``scores`` explain why."""

    start: int
    end: int
    scores: tuple[float, ...]
    words: int

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index < self.end


def body_span(seg: Segments, labelled: Sequence[bool], root: Any, article_body: str | None) -> BodySpan:
    """Score every block, then find the article's span; ``labelled`` marks blocks rules settled already."""
    is_html = root is not None
    article_body = " ".join(article_body.split()) if article_body else None
    scores = tuple(block_score(seg, i, labelled[i], is_html, in_article_body(seg.texts[i], article_body))
                   for i in range(len(seg)))
    start, end = find_span(seg, scores, root, labelled)
    return BodySpan(start, end, scores, sum(seg.words[start:end]))


def block_score(seg: Segments, i: int, labelled: bool, is_html: bool, in_article_body: bool | None) -> float:
    """How much block ``i`` looks like article prose: positive for prose, negative for boilerplate."""
    words = seg.words[i]
    if labelled:
        return -0.5 if is_html else -3.0 - words / 10
    flags = seg.flags[i]
    score = _text_score(seg, i, words, is_html)
    if flags & _BOILERPLATE_PLACES:
        score -= 5 + words / 10
    elif flags & _SIDE_PLACES:
        score -= 3
    if flags & Flag.HEADER and not flags & (Flag.ARTICLE | Flag.MAIN | Flag.POSITIVE):
        score -= 3
    if flags & Flag.NEGATIVE:
        score -= 1.5 + words / 30
    if flags & Flag.POSITIVE:
        score += 1.5
    if flags & (Flag.HIDDEN | Flag.FIGCAPTION):
        score -= 2
    if in_article_body is not None:
        score += 3 if in_article_body else (-1 if words >= 10 else 0)
    return score


def _text_score(seg: Segments, i: int, words: int, is_html: bool) -> float:
    if words == 0:
        return 0.0
    if seg.link_density(i) > 0.5:
        return -1.0 - words / 15
    if seg.headings[i]:
        return -2.0 if seg.headings[i] == 1 else -0.3
    text = seg.texts[i]
    score = min(words, 100) / 8 - 1.5
    if text.endswith(_SENTENCE_END):
        score += 1.0
    if words < 8 and not is_html:  # in text, short lines are interface; in HTML, list items and table cells
        score -= 1.0
    return score


def find_span(seg: Segments, scores: Sequence[float], root: Any, labelled: Sequence[bool]) -> tuple[int, int]:
    """The article's blocks: the best contiguous run inside the container that holds most prose, grown
    over the plain text around it (short closing lines, list items, table cells) up to the container's
    edges or the first block that is no article text."""
    if root is None:
        return _best_run(scores, 0, len(scores))
    low, high = _container(seg, scores, root)
    start, end = _best_run(scores, low, high)
    if start == end:
        return start, end
    while start > low and _plain(seg, start - 1, scores, labelled):
        start -= 1
    while end < high and _plain(seg, end, scores, labelled):
        end += 1
    return start, end


_NOT_PLAIN = _BOILERPLATE_PLACES | _SIDE_PLACES | Flag.NEGATIVE | Flag.HIDDEN | Flag.FIGURE


def _plain(seg: Segments, i: int, scores: Sequence[float], labelled: Sequence[bool]) -> bool:
    """Whether block ``i`` may stand at the edge of the article: text no rule claimed, outside boxes."""
    flags = seg.flags[i]
    if labelled[i] or flags & _NOT_PLAIN or seg.headings[i] == 1 or seg.link_density(i) > 0.5:
        return False
    if flags & Flag.HEADER and not flags & (Flag.ARTICLE | Flag.MAIN | Flag.POSITIVE):
        return False
    return scores[i] > PLAIN_SCORE


def _container(seg: Segments, scores: Sequence[float], root: Any) -> tuple[int, int]:
    prefix = [0.0]
    for score in scores:
        prefix.append(prefix[-1] + max(score, 0.0))
    spans = seg.spans
    body = root.find("body") if root.tag == "html" else None
    element = body if body is not None and body in spans else root
    current = spans.get(element, (0, len(scores)))
    while True:
        best, best_span, best_sum = None, current, -1.0
        for child in element:
            span = spans.get(child)
            if span and span[1] > span[0]:
                total = prefix[span[1]] - prefix[span[0]]
                if total > best_sum:
                    best, best_span, best_sum = child, span, total
        own = prefix[current[1]] - prefix[current[0]]
        if best is None or best_sum < 0.75 * own or own <= 0:
            return current
        element, current = best, best_span


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

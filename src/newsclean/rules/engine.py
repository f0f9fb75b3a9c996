"""The rule engine: which blocks each rule matches on one page.

Selectors run once per page (not once per block) and become ranges of block indices through the
element spans that segmentation recorded; text patterns run only on the blocks that passed every cheaper
test, each under a time limit.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from ..segment import Segments
from .literals import required_literals
from .model import Condition, Rule
from .select import AttributeIndex, Selector, ValueIndex, contains_xpath


@dataclass(slots=True)
class Hit:
    """A rule that matched a block; ``cut`` is the (start, end) of the text to split off, for split rules."""

    rule: Rule
    cut: tuple[int, int] | None = None


@dataclass(slots=True)
class Page:
    """What the engine needs to know about one page."""

    segments: Segments
    root: Any  # lxml root, or None for text input
    language: str | None
    timeout: float
    span: tuple[int, int] = (0, 0)
    warnings: list[str] = field(default_factory=list)
    _selected: dict[int, bytearray] = field(default_factory=dict)
    _timed_out: set[str] = field(default_factory=set)
    _index: AttributeIndex | None = None
    _value_indexes: dict[tuple[str, str], ValueIndex] = field(default_factory=dict)
    trigger: Trigger | None = None  # the page's rules' text patterns, combined per condition
    _joined: tuple[str, list[int]] | None = None
    _holding: dict[str, set[int]] = field(default_factory=dict)  # literal -> the blocks holding it
    # (literals, min_words, max_words) -> the blocks of that size holding any of the literals
    _containing: dict[tuple[frozenset[str], int | None, int | None], list[int]] = field(default_factory=dict)
    _containing_mask: dict[tuple[frozenset[str], int | None, int | None], bytearray] = field(default_factory=dict)

    def _text_index(self) -> tuple[str, list[int]]:
        """Every block's case-folded text joined by NULs (literals never hold one), and where each starts."""
        if self._joined is None:
            starts, at = [], 0
            for text in (folded := [text.casefold() for text in self.segments.texts]):
                starts.append(at)
                at += len(text) + 1
            self._joined = ("\0".join(folded), starts)
        return self._joined

    def holding(self, literal: str) -> set[int]:
        """The blocks whose folded text holds ``literal``: str.find over the joined page text, which is
        several times faster than a regular expression over each block."""
        found = self._holding.get(literal)
        if found is None:
            joined, starts = self._text_index()
            found = self._holding[literal] = set()
            at = joined.find(literal)
            while at >= 0:
                block = bisect_right(starts, at) - 1
                found.add(block)
                at = joined.find(literal, starts[block + 1]) if block + 1 < len(starts) else -1
        return found

    def containing(self, literals: frozenset[str], cond: Condition) -> list[int]:
        """The blocks of a size ``cond`` accepts whose folded text holds any of ``literals``, in order."""
        key = (literals, cond.min_words, cond.max_words)
        found = self._containing.get(key)
        if found is None:
            words, low = self.segments.words, cond.min_words or 0
            high = cond.max_words if cond.max_words is not None else math.inf
            blocks = set().union(*(self.holding(literal) for literal in literals))
            found = self._containing[key] = sorted(i for i in blocks if low <= words[i] <= high)
        return found

    def may_contain(self, literals: frozenset[str], cond: Condition, i: int) -> bool:
        key = (literals, cond.min_words, cond.max_words)
        mask = self._containing_mask.get(key)
        if mask is None:
            mask = self._containing_mask[key] = bytearray(len(self.segments))
            for index in self.containing(literals, cond):
                mask[index] = 1
        return bool(mask[i])

    def selected(self, xpath: Any) -> bytearray:
        """A mask over blocks: 1 inside any element the XPath matches (evaluated once per page)."""
        key = id(xpath)
        found = self._selected.get(key)
        if found is None:
            found = self._selected[key] = self._blocks_under(xpath)
        return found

    def _blocks_under(self, selector: Any) -> bytearray:
        mask = bytearray(len(self.segments))
        spans = self.segments.spans
        for element in self._elements(selector):
            span = spans.get(element)
            if span and span[1] > span[0]:
                mask[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
        return mask

    def _elements(self, selector: Any) -> list[Any]:
        """The elements a Selector (or a compiled XPath) matches on this page."""
        if self.root is None:
            return []
        if not isinstance(selector, Selector):
            shortcut = contains_xpath(getattr(selector, "path", ""))
            if shortcut is not None:
                return self._values(shortcut.tag, shortcut.attribute).matching(shortcut)
            return self._run_xpath(selector)
        found = []
        if selector.tests:
            if self._index is None:
                self._index = AttributeIndex(self.segments.indexed)
            found = self._index.matching(selector.tests)
        if selector.xpath is not None:
            found += self._run_xpath(selector.xpath)
        return found

    def _values(self, tag: str, attribute: str) -> ValueIndex:
        found = self._value_indexes.get((tag, attribute))
        if found is None:
            elements = list(self.root.getroottree().iter(tag))  # all of the document, as "//tag" sees it
            found = self._value_indexes[(tag, attribute)] = ValueIndex(elements, attribute)
        return found

    def _run_xpath(self, xpath: Any) -> list[Any]:
        try:
            matched = xpath(self.root)
        except Exception:  # an XPath that fails on this page's tree (e.g. a bad function call)
            return []
        return matched if isinstance(matched, list) else []

    def page_matches(self, selector: Any) -> bool:
        return bool(self._elements(selector))


def evaluate(rules: Sequence[Rule], page: Page) -> dict[int, list[Hit]]:
    """Every block's hits for ``rules``, in rule order."""
    hits: dict[int, list[Hit]] = {}
    is_html = page.root is not None
    for rule in rules:
        if rule.needs_markup and not is_html:
            continue
        if rule.if_page is not None and not page.page_matches(rule.if_page):
            continue
        for index, cut in _matches(rule, page):
            hits.setdefault(index, []).append(Hit(rule, cut))
    return hits


def _matches(rule: Rule, page: Page) -> Iterable[tuple[int, tuple[int, int] | None]]:
    for index in _candidates(rule.when, page):
        found = _check(rule, rule.when, index, page)
        if found is None:
            continue
        if rule.unless and any(_check(rule, veto, index, page) is not None for veto in rule.unless):
            continue
        cut = found.span() if rule.split and isinstance(found, regex.Match) else None
        yield index, cut


def _candidates(cond: Condition, page: Page) -> Iterable[int]:
    structural = cond.select if cond.select is not None else cond.xpath
    if structural is not None:
        mask = page.selected(structural)
        return [i for i, inside in enumerate(mask) if inside]
    if cond.patterns is not None:
        literals = cond_literals(cond, page.language)
        if literals is not None:
            return page.containing(literals, cond)
    return range(len(page.segments))


def _check(rule: Rule, cond: Condition, i: int, page: Page) -> Any:
    """None when the block fails the condition; else the text match (or True)."""
    seg = page.segments
    if cond.select is not None and not page.selected(cond.select)[i]:
        return None
    if cond.xpath is not None and not page.selected(cond.xpath)[i]:
        return None
    if cond.within and not seg.flags[i] & cond.within:
        return None
    if cond.tags is not None and seg.tags[i] not in cond.tags:
        return None
    if not _size_ok(cond, seg, i) or not _position_ok(cond.position, i, page.span):
        return None
    if cond.language is not None and page.language is not None and page.language not in cond.language:
        return None
    if cond.patterns is None:
        return True
    literals = cond_literals(cond, page.language)
    if literals is not None and not page.may_contain(literals, cond, i):
        return None
    return _search(rule, cond, seg.texts[i], page)


def _size_ok(cond: Condition, seg: Segments, i: int) -> bool:
    words = seg.words[i]
    if cond.min_words is not None and words < cond.min_words:
        return False
    if cond.max_words is not None and words > cond.max_words:
        return False
    if cond.min_link_density is not None and seg.link_density(i) < cond.min_link_density:
        return False
    return not (cond.max_link_density is not None and seg.link_density(i) > cond.max_link_density)


def _position_ok(position: str | None, i: int, span: tuple[int, int]) -> bool:
    if position is None:
        return True
    start, end = span
    inside = start <= i < end
    return {
        "before_body": i < start,
        "in_body": inside,
        "after_body": i >= end,
        "outside_body": not inside,
    }[position]


def patterns_for(cond: Condition, language: str | None) -> tuple[regex.Pattern[str], ...]:
    """The patterns that apply to a page in ``language``: its own and the "*" ones; all when unknown."""
    patterns = cond.patterns or {}
    if language is None:
        return tuple(p for group in patterns.values() for p in group)
    return patterns.get("*", ()) + patterns.get(language, ())


def cond_literals(cond: Condition, language: str | None) -> frozenset[str] | None:
    """Strings one of which every match of the condition's patterns contains; None when unknown."""
    return _literals_of(patterns_for(cond, language))


@lru_cache(maxsize=8192)
def _literals_of(patterns: tuple[regex.Pattern[str], ...]) -> frozenset[str] | None:
    found: set[str] = set()
    for pattern in patterns:
        required = required_literals(pattern)
        if required is None:
            return None
        found |= required
    return frozenset(found) if found else None


def _search(rule: Rule, cond: Condition, text: str, page: Page) -> regex.Match[str] | None:
    if rule.id in page._timed_out:
        return None
    combined = page.trigger.per_condition.get(id(cond)) if page.trigger is not None else None
    for pattern in (combined,) if combined is not None else patterns_for(cond, page.language):
        try:
            found = pattern.search(text, timeout=page.timeout)
        except TimeoutError:
            page._timed_out.add(rule.id)
            page.warnings.append(f"rule {rule.id}: pattern timed out after {page.timeout}s; skipped on this page")
            return None
        if found:
            return found
    return None


@dataclass(frozen=True, slots=True)
class Trigger:
    """The text patterns of a rule list for one language, compiled once per (rule list, language).

    A block is searched only when it holds one of its condition's required literals (see
    :mod:`.literals`), and then with one search per condition: its patterns combined.
    """

    # id(condition) -> its patterns for the language in one, so a block costs one search per rule
    per_condition: dict[int, regex.Pattern[str]]


def build_trigger(rules: Sequence[Rule], language: str | None) -> Trigger | None:
    """The combined patterns of ``rules``' text conditions for ``language``."""
    per_condition = {}
    for rule in rules:
        for cond in (rule.when, *rule.unless):
            combined = _union(patterns_for(cond, language)) if cond.patterns else None
            if combined is not None:
                per_condition[id(cond)] = combined
    return Trigger(per_condition)


def _union(patterns: tuple[regex.Pattern[str], ...]) -> regex.Pattern[str] | None:
    """Several patterns as one (each keeping its own case sensitivity); None for fewer than two."""
    if len(patterns) < 2:
        return None
    parts = [f"(?{'' if p.flags & regex.IGNORECASE else '-i'}:{p.pattern})" for p in patterns]
    try:
        return regex.compile("|".join(parts), regex.IGNORECASE | regex.UNICODE | regex.VERSION0)
    except regex.error:
        return None

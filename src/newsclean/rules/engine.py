"""The rule engine: which blocks each rule matches on one page.

Selectors run once per page (not once per block) and become ranges of block indices through the
element spans that segmentation recorded; text patterns run only on the blocks that passed every cheaper
test, each under a time limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from ..segment import Segments
from .literals import required_literals
from .model import Condition, Rule
from .select import AttributeIndex, Selector


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
    trigger: Trigger | None = None  # every text pattern of the page's rules, combined
    _triggered: bytearray | None = None  # per block: 0 not yet asked, 1 may match, 2 cannot match
    _trigger_timed_out: bool = False
    _folded: list[str] | None = None
    _containing: dict[frozenset[str], list[int]] = field(default_factory=dict)
    _containing_mask: dict[frozenset[str], bytearray] = field(default_factory=dict)

    def triggered(self, i: int) -> bool:
        """Whether any text pattern can match block ``i`` (one combined search per block, done once and
        only for blocks that passed every cheaper test)."""
        if self.trigger is None or self._trigger_timed_out:
            return True
        if self._triggered is None:
            self._triggered = bytearray(len(self.segments))
        state = self._triggered[i]
        if not state:
            seg = self.segments
            try:
                state = 1 if self.trigger.may_match(seg.texts[i], seg.words[i], self.timeout * 4) else 2
            except TimeoutError:  # the combined pattern is too slow on this page: try every block
                self._trigger_timed_out = True
                return True
            self._triggered[i] = state
        return state == 1

    def folded(self) -> list[str]:
        """Every block's text, case-folded (what literal prefilters are tested against)."""
        if self._folded is None:
            self._folded = [text.casefold() for text in self.segments.texts]
        return self._folded

    def containing(self, literals: frozenset[str]) -> list[int]:
        """The blocks whose folded text holds any of ``literals``, in order (computed once per page)."""
        found = self._containing.get(literals)
        if found is None:
            search = _literal_search(literals)
            found = self._containing[literals] = [i for i, text in enumerate(self.folded()) if search(text)]
        return found

    def may_contain(self, literals: frozenset[str], i: int) -> bool:
        mask = self._containing_mask.get(literals)
        if mask is None:
            mask = self._containing_mask[literals] = bytearray(len(self.segments))
            for index in self.containing(literals):
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
            return self._run_xpath(selector)
        found = []
        if selector.tests:
            if self._index is None:
                self._index = AttributeIndex(self.segments.indexed)
            found = self._index.matching(selector.tests)
        if selector.xpath is not None:
            found += self._run_xpath(selector.xpath)
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
            return page.containing(literals)
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
    if literals is not None:  # the literal prefilter rules out as much as the trigger, far more cheaply
        if not page.may_contain(literals, i):
            return None
    elif cond is rule.when and not page.triggered(i):
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


@lru_cache(maxsize=4096)
def _literal_search(literals: frozenset[str]) -> Callable[[str], re.Match[str] | None]:
    """One stdlib ``re`` search for any of ``literals``: a single C call per block."""
    return re.compile("|".join(re.escape(lit) for lit in sorted(literals, key=len, reverse=True))).search


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


SHORT_BLOCK = 40  # words: most text rules only look at blocks this short


@dataclass(frozen=True, slots=True)
class Trigger:
    """Every text pattern of a rule list, combined so that one call per block rules most blocks out.

    Patterns anchored at the start are combined under a single anchor (tried at one position only);
    the others are searched. Long blocks are tried only against rules that accept long blocks.
    """

    short: tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]
    long: tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]
    # id(condition) -> its patterns for the language in one, so a block costs one search per rule
    per_condition: dict[int, regex.Pattern[str]]

    def may_match(self, text: str, words: int, timeout: float) -> bool:
        anchored, floating = self.short if words <= SHORT_BLOCK else self.long
        if anchored is not None and anchored.match(text, timeout=timeout):
            return True
        return floating is not None and floating.search(text, timeout=timeout) is not None


def build_trigger(rules: Sequence[Rule], language: str | None) -> Trigger | None:
    """The combined trigger of ``rules``' text patterns for ``language``; None if they cannot be combined."""
    short: tuple[list[str], list[str]] = ([], [])
    long: tuple[list[str], list[str]] = ([], [])
    per_condition = {}
    for rule in rules:
        for cond in (rule.when, *rule.unless):
            combined = _union(patterns_for(cond, language)) if cond.patterns else None
            if combined is not None:
                per_condition[id(cond)] = combined
        accepts_long = rule.when.max_words is None or rule.when.max_words > SHORT_BLOCK
        for pattern in patterns_for(rule.when, language) if rule.when.patterns else ():
            for alternative in _top_level_alternatives(pattern.pattern):
                scope = "" if pattern.flags & regex.IGNORECASE else "-i"
                anchored = alternative.startswith("^")
                body = f"(?{scope}:{alternative[1:] if anchored else alternative})"
                for target in (short, long) if accepts_long else (short,):
                    target[0 if anchored else 1].append(body)
    try:
        return Trigger(_combine(short), _combine(long), per_condition)
    except (regex.error, OverflowError):
        return None


def _union(patterns: tuple[regex.Pattern[str], ...]) -> regex.Pattern[str] | None:
    """Several patterns as one (each keeping its own case sensitivity); None for fewer than two."""
    if len(patterns) < 2:
        return None
    parts = [f"(?{'' if p.flags & regex.IGNORECASE else '-i'}:{p.pattern})" for p in patterns]
    try:
        return regex.compile("|".join(parts), regex.IGNORECASE | regex.UNICODE | regex.VERSION0)
    except regex.error:
        return None


def _combine(parts: tuple[list[str], list[str]]) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    flags = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
    return tuple(regex.compile("|".join(p), flags) if p else None for p in parts)  # type: ignore[return-value]


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level ``|`` (outside groups, classes and escapes)."""
    parts, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts

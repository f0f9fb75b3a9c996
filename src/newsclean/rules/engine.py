"""The rule engine: which blocks each rule matches on one page.

Selectors run once per page (not once per block) and become ranges of block indices through the
element spans that segmentation recorded; text patterns run only on the blocks that passed every cheaper
test, each under a time limit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from typing import Any

import regex

from ..segment import Segments
from .literals import (
    ANY_DIGIT,
    Clauses,
    LiteralScan,
    blocks_with_digits,
    join_pieces,
    pieces_holding,
    required_clauses,
    required_literals,
)
from .model import Condition, Rule
from .select import AttributeIndex, NarrowedPart, Selector, ValueIndex, contains_xpath, leading_tag, selector_values


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
    _selected: dict[str | int, bytearray] = field(default_factory=dict)  # by XPath, else id(selector)
    _timed_out: set[str] = field(default_factory=set)
    _index: AttributeIndex | None = None
    _value_indexes: dict[tuple[str, str], ValueIndex] = field(default_factory=dict)
    _tags_present: dict[str, bool] = field(default_factory=dict)
    trigger: Trigger | None = None  # the plans of the page's rules for its language, made once per rule list
    _plans: dict[int, Plan] = field(default_factory=dict)  # id(condition) -> its plan, when there is no trigger
    _inside: dict[int, list[int]] = field(default_factory=dict)  # id(selector) -> the blocks it selects
    _sized: dict[tuple[int | None, int | None], list[int]] = field(default_factory=dict)
    _folded: list[str] | None = None
    _joined: tuple[str, list[int]] | None = None
    # literal -> the blocks holding it: the trigger's literals found on the page, and the others looked for
    _holding: dict[str, set[int]] | None = None
    # (literals, min_words, max_words) -> the blocks of that size holding any of the literals
    _containing: dict[tuple[frozenset[str], int | None, int | None], list[int]] = field(default_factory=dict)
    _containing_mask: dict[tuple[frozenset[str], int | None, int | None], bytearray] = field(default_factory=dict)
    _possible: dict[int, dict[int, frozenset[int]]] = field(default_factory=dict)  # see possible_patterns

    def folded(self) -> list[str]:
        """Every block's case-folded text, which literals are looked for in."""
        if self._folded is None:
            self._folded = [text.casefold() for text in self.segments.texts]
        return self._folded

    def _text_index(self) -> tuple[str, list[int]]:
        """Every block's case-folded text joined by NULs (literals never hold one), and where each starts."""
        if self._joined is None:
            self._joined = join_pieces(self.folded(), "\0")
        return self._joined

    def satisfying(self, found: list[int], plan: Plan) -> list[int]:
        """The blocks of ``found`` that hold, for some clause of ``plan``'s patterns (see
        :func:`required_clauses`), a literal of each of its sets. A block that may match only some of the
        patterns is tested with their clauses alone, and the patterns that fail theirs are not searched on
        it (:meth:`_may_match`)."""
        if plan.pattern_clauses is not None:
            return [i for i in found if self._may_match(plan, i)]
        if plan.clauses is None:
            return found
        folded, clauses = self.folded(), plan.clauses
        return [i for i in found if _satisfies(folded[i], clauses)]

    def _may_match(self, plan: Plan, i: int) -> bool:
        assert plan.pattern_clauses is not None
        possible = self.possible_patterns(plan, i)
        if possible is None:
            return plan.clauses is None or _satisfies(self.folded()[i], plan.clauses)
        text, clauses = self.folded()[i], plan.pattern_clauses
        kept = frozenset(n for n in possible if (own := clauses[n]) is None or _satisfies(text, own))
        if kept != possible:
            self._possible[id(plan)][i] = kept
        return bool(kept)

    def holding_any(self, literals: frozenset[str]) -> set[int]:
        """The blocks whose folded text holds any of ``literals``: for all the trigger's literals at once by
        its scan of the joined page text, for another one by str.find over that text; either is several
        times faster than a regular expression over each block. Set operations in C pick the few
        literals found on the page, as a condition has up to dozens."""
        holding = self._holding_each(literals)
        return set().union(*(holding[literal] for literal in literals & holding.keys()))

    def _holding_each(self, literals: frozenset[str]) -> dict[str, set[int]]:
        """Literal -> the blocks holding it, for every literal looked for so far on this page (``literals``
        among them) that some block holds."""
        if self._holding is None:
            scan = self.trigger.scan if self.trigger is not None else None
            self._holding = scan.blocks_holding(*self._text_index()) if scan is not None else {}
        scanned = self.trigger.scan.literals if self.trigger is not None else frozenset()
        if not literals <= scanned:
            # difference() with a dict looks each literal up; "- dict.keys()" would walk every key instead
            for literal in (literals - scanned).difference(self._holding):
                self._holding[literal] = self._finding(literal)
        return self._holding

    def possible_patterns(self, plan: Plan, i: int) -> frozenset[int] | None:
        """Which of ``plan.patterns`` block ``i`` may match, by the literals it holds; None when that is all
        of them, or the plan has no such choice."""
        if not plan.needing or plan.patterns is None:
            return None
        by_block = self._possible.get(id(plan))
        if by_block is None:
            by_block = self._possible[id(plan)] = self._possible_by_block(plan)
        found = by_block.get(i)
        return None if found is None or len(found) == len(plan.patterns) else found

    def _possible_by_block(self, plan: Plan) -> dict[int, frozenset[int]]:
        literals = plan.literals or frozenset()
        holding = self._holding_each(literals)
        found: dict[int, frozenset[int]] = {}
        for literal in literals & holding.keys():
            patterns = plan.needing[literal]
            for block in holding[literal]:
                found[block] = found[block] | patterns if block in found else patterns
        return found

    def _finding(self, literal: str) -> set[int]:
        joined, starts = self._text_index()
        if literal == ANY_DIGIT:
            return blocks_with_digits(joined, starts)
        return set(pieces_holding(joined, starts, literal))

    def containing(self, literals: frozenset[str], cond: Condition) -> list[int]:
        """The blocks of a size ``cond`` accepts whose folded text holds any of ``literals``, in order."""
        key = (literals, cond.min_words, cond.max_words)
        found = self._containing.get(key)
        if found is None:
            words, low = self.segments.words, cond.min_words or 0
            high = cond.max_words if cond.max_words is not None else math.inf
            found = self._containing[key] = sorted(i for i in self.holding_any(literals) if low <= words[i] <= high)
        return found

    def containing_mask(self, literals: frozenset[str], cond: Condition) -> bytearray:
        """:meth:`containing` as a mask over blocks."""
        key = (literals, cond.min_words, cond.max_words)
        mask = self._containing_mask.get(key)
        if mask is None:
            mask = self._containing_mask[key] = bytearray(len(self.segments))
            for index in self.containing(literals, cond):
                mask[index] = 1
        return mask

    def plan(self, cond: Condition) -> Plan:
        """``cond``'s plan for this page's language: the trigger's, else one made for this page."""
        if self.trigger is not None and self.trigger.language == self.language:
            found = self.trigger.plans.get(id(cond))
            if found is not None:
                return found
        found = self._plans.get(id(cond))
        if found is None:
            found = self._plans[id(cond)] = make_plan(cond, self.language, combine=False)
        return found

    def sized(self, low: int | None, high: int | None) -> list[int]:
        """The blocks of ``low`` to ``high`` words (either bound may be None), in order."""
        found = self._sized.get((low, high))
        if found is None:
            found = self._sized[(low, high)] = _of_size(range(len(self.segments)), self.segments.words, low, high)
        return found

    def inside(self, selector: Any) -> list[int]:
        """The blocks inside any element ``selector`` matches, in order."""
        found = self._inside.get(id(selector))
        if found is None:
            mask = self.selected(selector)
            found = self._inside[id(selector)] = list(compress(range(len(mask)), mask))
        return found

    def selected(self, xpath: Any) -> bytearray:
        """A mask over blocks: 1 inside any element the XPath matches (evaluated once per page, also when
        several rules write the same XPath)."""
        key = getattr(xpath, "path", None) or id(xpath)
        found = self._selected.get(key)
        if found is None:
            found = self._selected[key] = self._blocks_under(xpath)
        return found

    def _blocks_under(self, selector: Any) -> bytearray:
        mask = bytearray(len(self.segments))
        spans = self.segments.spans
        for element in self._elements(selector, in_body=True):
            span = spans.get(element)
            if span and span[1] > span[0]:
                mask[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
        return mask

    def _elements(self, selector: Any, in_body: bool = False) -> list[Any]:
        """The elements a Selector (or a compiled XPath) matches on this page; with ``in_body``, only those
        that segmentation walked (the rest hold no block) need to be found."""
        if self.root is None:
            return []
        if not isinstance(selector, Selector):
            shortcut = contains_xpath(getattr(selector, "path", ""))
            if shortcut is not None:
                return self._values(shortcut.tag, shortcut.attribute).matching(shortcut)
            return self._run_xpath(selector)
        found = self._attribute_index().matching(selector.tests) if selector.tests else []
        if in_body:
            found += self._narrowed(selector.narrowed)
            rest = selector.rest
        else:
            rest = selector.xpath
        if rest is not None:
            found += self._run_xpath(rest)
        return found

    def _attribute_index(self) -> AttributeIndex:
        if self._index is None:
            scan = self.trigger.selector_scan if self.trigger is not None else None
            self._index = AttributeIndex(self.segments.indexed, scan)
        return self._index

    def _narrowed(self, parts: tuple[NarrowedPart, ...]) -> list[Any]:
        """The walked elements that match ``parts``: those the index finds for each part's test, checked."""
        if not parts:
            return []
        index = self._attribute_index()
        return [element for part in parts for element in index.matching((part.test,))
                if self._run_xpath(part.check, element)]

    def _values(self, tag: str, attribute: str) -> ValueIndex:
        found = self._value_indexes.get((tag, attribute))
        if found is None:
            elements = list(self.root.getroottree().iter(tag))  # all of the document, as "//tag" sees it
            found = self._value_indexes[(tag, attribute)] = ValueIndex(elements, attribute)
        return found

    def _run_xpath(self, xpath: Any, node: Any = None) -> list[Any]:
        tag = leading_tag(xpath.path) if node is None else None
        if tag is not None and not self._has_tag(tag):
            return []
        try:
            matched = xpath(self.root if node is None else node)
        except Exception:  # an XPath that fails on this page's tree (e.g. a bad function call)
            return []
        return matched if isinstance(matched, list) else []

    def _has_tag(self, tag: str) -> bool:
        found = self._tags_present.get(tag)
        if found is None:
            found = self._tags_present[tag] = next(self.root.iter(tag), None) is not None
        return found

    def page_matches(self, selector: Any) -> bool:
        return bool(self._elements(selector))


def _satisfies(text: str, clauses: Clauses) -> bool:
    """Whether ``text`` holds, for some clause, a literal of each of its sets (loops, not nested generators:
    this runs for every candidate block of a text rule)."""
    for clause in clauses:
        for option in clause:
            for literal in option:
                if literal in text:
                    break
            else:
                break  # no literal of this set: the clause fails
        else:
            return True
    return False


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


@dataclass(frozen=True, slots=True)
class Plan:
    """A condition's tests as they apply on pages in one language, worked out once per rule list and
    language instead of once per block."""

    cond: Condition
    applies: bool  # False when the condition, or each of its patterns, is for other languages than the page's
    structure: Any  # the selector (or XPath) whose blocks are the candidates, or None
    also_inside: Any  # the XPath of a condition that has a selector too, or None
    literals: frozenset[str] | None  # one of which a block's folded text must hold for the patterns to match
    clauses: Clauses | None  # what else a block holding one of them must hold (see required_clauses), or None
    patterns: tuple[regex.Pattern[str], ...] | None  # the condition's; None when it has no text
    # Whether the match is the one their union finds (the leftmost), rather than the first pattern's that
    # matches: a trigger's plans search the union, compiled on first use, as one search beats one each.
    leftmost: bool = False
    # When a block can match only some of several patterns (it lacks the literals of the others), only those
    # are searched: ``needing`` maps each of ``literals`` to the patterns whose matches may hold it.
    needing: dict[str, frozenset[int]] = field(default_factory=dict)
    # With ``needing``: each pattern's own clauses (None where it has none), tested on such blocks.
    pattern_clauses: tuple[Clauses | None, ...] | None = None


def make_plan(cond: Condition, language: str | None, combine: bool) -> Plan:
    """``cond``'s plan for ``language``; with ``combine``, its match is the one its patterns' union finds."""
    patterns = literals = clauses = None
    if cond.patterns is not None:
        patterns = patterns_for(cond, language)
        literals = _shortest(_literals_of(patterns))  # one of which every match holds
        clauses = _clauses_of(patterns) if literals is not None else None
    # A condition whose patterns all belong to other languages cannot hold: it gets no candidates
    # rather than a search that cannot match on each of them.
    applies = (cond.language is None or language is None or language in cond.language) and patterns != ()
    structure = cond.select if cond.select is not None else cond.xpath
    also_inside = cond.xpath if cond.select is not None else None
    if patterns is None or len(patterns) < 2:
        return Plan(cond, applies, structure, also_inside, literals, clauses, patterns)
    if literals is None:
        return Plan(cond, applies, structure, also_inside, literals, clauses, patterns, combine)
    pattern_clauses = tuple(_clauses_of((pattern,)) for pattern in patterns)
    return Plan(cond, applies, structure, also_inside, literals, clauses, patterns, combine,
                _needing(patterns, literals), pattern_clauses)


def _needing(patterns: tuple[regex.Pattern[str], ...], literals: frozenset[str]) -> dict[str, frozenset[int]]:
    """Each of ``literals`` -> the ``patterns`` a block holding it may match: those requiring a literal that
    holds it (every literal a pattern requires holds one of ``literals``, see :func:`_shortest`)."""
    needing: dict[str, set[int]] = {literal: set() for literal in literals}
    for n, pattern in enumerate(patterns):
        for text in required_literals(pattern) or ():
            for literal in _held_by(text, literals):
                needing[literal].add(n)
    return {literal: frozenset(found) for literal, found in needing.items()}


def _shortest(literals: frozenset[str] | None) -> frozenset[str] | None:
    """``literals`` without those that hold another one: a block holding "subscribe" holds "subscri", so
    searching the page for the longer one cannot add a block."""
    if literals is None:
        return None
    return frozenset(a for a in literals if len(_held_by(a, literals)) == 1)  # a alone


def _held_by(text: str, literals: frozenset[str]) -> set[str]:
    """Those of ``literals`` that ``text`` holds: by looking up each piece of it where it has fewer pieces
    than there are literals (a language's plan has hundreds, which a test of each against each made
    the slowest part of a rule list's first page)."""
    n = len(text)
    if n * (n + 1) // 2 < len(literals):
        return {text[i:j] for i in range(n) for j in range(i + 1, n + 1)} & literals
    return {literal for literal in literals if literal in text}


def _matches(rule: Rule, page: Page) -> Iterator[tuple[int, tuple[int, int] | None]]:
    when = page.plan(rule.when)
    vetoes = [page.plan(cond) for cond in rule.unless]
    for index in _candidates(when, page):
        found: tuple[int, int] | None = None
        if when.patterns is not None:
            found = _search(rule, when, index, page)
            if found is None:
                continue
        if vetoes and any(_holds(rule, veto, index, page) for veto in vetoes):
            continue
        yield index, found if rule.split else None


def _candidates(plan: Plan, page: Page) -> list[int]:
    """The blocks that pass every test of the condition but its text patterns, in order.

    The first list comes from the cheapest source (the selector's blocks, the blocks holding a required
    literal, or the blocks of the right size); the other tests filter it (:func:`_passing`).
    """
    cond, seg = plan.cond, page.segments
    if not plan.applies:
        return []
    if plan.structure is not None:
        if plan.literals is not None and not page.containing(plan.literals, cond):
            return []  # no block holds the text's literals: the selector need not run on this page
        found = _of_size(page.inside(plan.structure), seg.words, cond.min_words, cond.max_words)
        if plan.literals is not None:
            holding = page.containing_mask(plan.literals, cond)
            found = [i for i in found if holding[i]]
    elif plan.literals is not None:
        found = page.containing(plan.literals, cond)
    else:
        found = page.sized(cond.min_words, cond.max_words)
    # The flag, tag and position tests are cheaper than the literal clauses: they filter first.
    return page.satisfying(_passing(plan, page, found), plan)


def _passing(plan: Plan, page: Page, found: list[int]) -> list[int]:
    """The blocks of ``found`` that pass the condition's tests other than its selector, size and text:
    each test filters the whole list in one comprehension."""
    cond, seg = plan.cond, page.segments
    if plan.also_inside is not None:
        mask = page.selected(plan.also_inside)
        found = [i for i in found if mask[i]]
    if cond.within:
        flags, within = seg.flags, cond.within
        found = [i for i in found if flags[i] & within]
    if cond.tags is not None:
        tags, wanted = seg.tags, cond.tags
        found = [i for i in found if tags[i] in wanted]
    if cond.min_link_density is not None or cond.max_link_density is not None:
        found = [i for i in found if _density_ok(cond, seg, i)]
    if cond.position is not None:
        found = [i for i in found if _position_ok(cond.position, i, page.span)]
    return found


def _of_size(blocks: Iterable[int], words: list[int], low: int | None, high: int | None) -> list[int]:
    if low is None and high is None:
        return list(blocks)
    low_bound = low if low is not None else 0
    high_bound = high if high is not None else math.inf
    return [i for i in blocks if low_bound <= words[i] <= high_bound]


def _holds(rule: Rule, plan: Plan, i: int, page: Page) -> bool:
    """Whether block ``i`` passes the condition: one block at a time, for vetoes (few blocks need them)."""
    cond = plan.cond
    if not plan.applies:
        return False
    if plan.structure is not None and not page.selected(plan.structure)[i]:
        return False
    if not _of_size((i,), page.segments.words, cond.min_words, cond.max_words) or not _passing(plan, page, [i]):
        return False
    if plan.patterns is None:
        return True
    if plan.literals is not None and not (page.containing_mask(plan.literals, cond)[i]
                                          and page.satisfying([i], plan)):
        return False
    return _search(rule, plan, i, page) is not None


def _density_ok(cond: Condition, seg: Segments, i: int) -> bool:
    if cond.min_link_density is not None and seg.link_density(i) < cond.min_link_density:
        return False
    return not (cond.max_link_density is not None and seg.link_density(i) > cond.max_link_density)


def _position_ok(position: str | None, i: int, span: tuple[int, int]) -> bool:
    if position is None:
        return True
    start, end = span
    if position == "before_body":  # or the first block: a dek or byline can start the provisional span
        return i <= start
    if position == "after_body":
        return i >= end
    inside = start <= i < end
    return inside if position == "in_body" else not inside


def patterns_for(cond: Condition, language: str | None) -> tuple[regex.Pattern[str], ...]:
    """The patterns that apply to a page in ``language``: its own and the "*" ones; all when unknown."""
    patterns = cond.patterns or {}
    if language is None:
        return tuple(p for group in patterns.values() for p in group)
    return patterns.get("*", ()) + patterns.get(language, ())


@lru_cache(maxsize=8192)
def _clauses_of(patterns: tuple[regex.Pattern[str], ...]) -> Clauses | None:
    """The clauses of all ``patterns`` (a block may match any of them), or None when one has none."""
    clauses: list[tuple[frozenset[str], ...]] = []
    for pattern in patterns:
        found = required_clauses(pattern)
        if found is None:
            return None
        clauses += found
    return tuple(clauses)


@lru_cache(maxsize=8192)
def _literals_of(patterns: tuple[regex.Pattern[str], ...]) -> frozenset[str] | None:
    found: set[str] = set()
    for pattern in patterns:
        required = required_literals(pattern)
        if required is None:
            return None
        found |= required
    return frozenset(found) if found else None


# Pictographs a line may open with ("📌 READ ALSO:", "▶ Watch"): decoration that patterns anchored at the
# start of the text read past.
_DECORATION = regex.compile(r"^[\p{So}\uFE0F\u200D\s]+")


def _search(rule: Rule, plan: Plan, i: int, page: Page) -> tuple[int, int] | None:
    """Where ``plan``'s patterns find block ``i``'s text, also past a leading pictograph: searched as
    planned, or only those patterns whose literals the block holds, with the same result (the others
    cannot match)."""
    text = page.segments.texts[i]
    found = _match_for(rule, plan, i, text, page)
    if found is None and (lead := _DECORATION.match(text)) is not None and lead.end() < len(text):
        found = _match_for(rule, plan, i, text[lead.end():], page)
        return None if found is None else (found[0] + lead.end(), found[1] + lead.end())
    return found


def _match_for(rule: Rule, plan: Plan, i: int, text: str, page: Page) -> tuple[int, int] | None:
    assert plan.patterns is not None
    possible = page.possible_patterns(plan, i)
    patterns = plan.patterns if possible is None else tuple(plan.patterns[n] for n in sorted(possible))
    if not plan.leftmost:
        return _first_match(rule, patterns, text, page)
    union = _union(patterns) if possible is None else None  # a subset is a few patterns: a search each
    return _first_match(rule, (union,), text, page) if union is not None else _leftmost(rule, patterns, text, page)


def _leftmost(rule: Rule, patterns: tuple[regex.Pattern[str], ...], text: str, page: Page) -> tuple[int, int] | None:
    """The match their union would find: the one starting first, of the first pattern where several do."""
    best = None
    for pattern in patterns:
        found = _first_match(rule, (pattern,), text, page)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return best


def _first_match(rule: Rule, patterns: tuple[regex.Pattern[str], ...], text: str, page: Page) -> tuple[int, int] | None:
    if rule.id in page._timed_out:
        return None
    for pattern in patterns:
        try:
            # (text, pos, endpos, concurrent, partial, timeout) by position: keywords cost a quarter of a short search
            found = pattern.search(text, None, None, None, False, page.timeout)
        except TimeoutError:
            page._timed_out.add(rule.id)
            page.warnings.append(f"rule {rule.id}: pattern timed out after {page.timeout}s; skipped on this page")
            return None
        if found:
            return found.span()
    return None


@dataclass(frozen=True, slots=True)
class Trigger:
    """The plans of a rule list's conditions for one language, made once per (rule list, language).

    A block is searched only when it holds one of its condition's required literals (see
    :mod:`.literals`), and then with the patterns it may match (their union, when all). Which blocks hold
    which of the plans' literals is found by one scan per page.
    """

    language: str | None
    plans: dict[int, Plan]  # id(condition) -> its plan
    scan: LiteralScan  # of the plans' literals
    selector_scan: LiteralScan  # of the values the rules' selectors test (see AttributeIndex)


def build_trigger(rules: Sequence[Rule], language: str | None, made: dict[int, Plan] | None = None) -> Trigger:
    """The plans of ``rules``' conditions for ``language``, each finding the match its patterns' union finds.

    ``made`` (id(condition) -> its plan for ``language``) keeps the plans made so far for the language, for
    the triggers of other lists of the same rules: an outlet's list holds the generic rules too, so its
    trigger then plans only the outlet's own conditions. The caller keeps the conditions alive.
    """
    made = {} if made is None else made
    plans = {id(cond): _plan_once(cond, language, made) for rule in rules for cond in (rule.when, *rule.unless)}
    literals = {literal for plan in plans.values() for literal in plan.literals or ()}
    selectors = [cond.select for rule in rules for cond in (rule.when, *rule.unless)]
    values = selector_values([*selectors, *(rule.if_page for rule in rules)])
    return Trigger(language, plans, LiteralScan.of(literals), LiteralScan.of(values))


def _plan_once(cond: Condition, language: str | None, made: dict[int, Plan]) -> Plan:
    found = made.get(id(cond))
    if found is None:
        found = made[id(cond)] = make_plan(cond, language, combine=True)
    return found


@lru_cache(maxsize=4096)
def _union(patterns: tuple[regex.Pattern[str], ...]) -> regex.Pattern[str] | None:
    """Several patterns as one (each keeping its own case sensitivity); None for fewer than two, or when
    they do not compile together (then each is searched)."""
    if len(patterns) < 2:
        return None
    parts = [f"(?{'' if p.flags & regex.IGNORECASE else '-i'}:{p.pattern})" for p in patterns]
    try:
        return regex.compile("|".join(parts), regex.IGNORECASE | regex.UNICODE | regex.VERSION0)
    except regex.error:
        return None

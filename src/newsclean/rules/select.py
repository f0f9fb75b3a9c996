"""CSS selectors, answered from a per-page index instead of a tree scan where the selector is simple.

Most rule selectors are one test on one attribute (``.byline``, ``#comments``, ``[class*=newsletter]``,
``[rel~=author]``, ``address.author``). Such tests are answered from one string holding a line per element
that has a class, id, rel or itemprop: a substring search finds the few candidate lines, and only those
are checked. Anything else is translated to XPath once and run on the tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cssselect
from cssselect import GenericTranslator
from lxml import etree

from ..segment import INDEXED_ATTRIBUTES
from .literals import LiteralScan, join_pieces, pieces_holding

_FIELD = {name: i + 1 for i, name in enumerate(INDEXED_ATTRIBUTES)}  # field 0 is the tag
_TRANSLATOR = GenericTranslator()


@dataclass(frozen=True, slots=True)
class SimpleTest:
    """One test on one indexed attribute: ``tag`` (or None for any), ``op`` ("word", "equals", "contains",
    "prefix", "suffix", "exists") on ``value``."""

    tag: str | None
    attribute: int  # the field in an index line
    op: str
    value: str

    def holds(self, fields: list[str]) -> bool:
        if self.tag is not None and fields[0] != self.tag:
            return False
        got, op = fields[self.attribute], self.op
        if op == "word":
            return self.value in got.split()
        if op == "contains":
            return self.value in got
        if op == "equals":
            return got == self.value
        if op == "prefix":
            return got.startswith(self.value)
        if op == "suffix":
            return got.endswith(self.value)
        return bool(got)  # "exists"


@dataclass(frozen=True, slots=True)
class Selector:
    """A compiled CSS selector group: its simple parts answered from the index, the rest by an XPath."""

    css: str
    tests: tuple[SimpleTest, ...]
    xpath: Any  # the XPath of the parts that are not simple, or None
    # Within the page's body the parts that are not simple split into those one indexed test narrows
    # down, and the rest (an XPath, or None).
    narrowed: tuple[NarrowedPart, ...] = ()
    rest: Any = None


@dataclass(frozen=True, slots=True)
class NarrowedPart:
    """A compound selector (``[class*=paywall]:not(p)``) that holds one test the index answers: only the
    elements passing that test can match, so only they are checked against the whole compound."""

    test: SimpleTest
    check: Any  # the compound as an XPath from ``self::``: non-empty on an element it matches


@lru_cache(maxsize=1024)
def compile_selector(css: str) -> Selector:
    """Compile ``css``; raises cssselect's SelectorError or lxml's XPathError for a bad selector. Kept: rules
    that write the same selector (a title's rule beside its box's, an outlet's copy of a generic one) share
    one Selector, whose matches a page then finds once (see Page.selected)."""
    etree.XPath(_TRANSLATOR.css_to_xpath(css))  # validate the whole group once
    tests, complex_parts, narrowed, rest = [], [], [], []
    for selector in cssselect.parse(css):
        test = _simple_test(selector.parsed_tree)
        if test is not None:
            tests.append(test)
            continue
        complex_parts.append(_TRANSLATOR.selector_to_xpath(selector))
        narrowing = _narrowing_test(_subject(selector.parsed_tree))
        check = _self_path(selector.parsed_tree)
        if narrowing is None or check is None:
            rest.append(complex_parts[-1])
        else:
            narrowed.append(NarrowedPart(narrowing, etree.XPath(f"self::{check}")))
    return Selector(css, tuple(tests), _union_xpath(complex_parts), tuple(narrowed), _union_xpath(rest))


def _subject(tree: Any) -> Any:
    """The compound selector of the elements a selector matches: the last one ("figure .credit" -> ".credit")."""
    while isinstance(tree, cssselect.parser.CombinedSelector):
        tree = tree.subselector
    return tree


def _self_path(tree: Any) -> str | None:
    """The selector as an XPath step from the element itself, its ancestors' compounds as predicates
    ("figure > .credit" -> "*[...class...][parent::figure]"); None for combinators of siblings, or for
    what is no single step."""
    if isinstance(tree, cssselect.parser.CombinedSelector):
        axis = {" ": "ancestor", ">": "parent"}.get(tree.combinator)
        outer, own = _self_path(tree.selector), _self_path(tree.subselector)
        return None if axis is None or outer is None or own is None else f"{own}[{axis}::{outer}]"
    step = _TRANSLATOR.xpath(tree)
    if step.path:
        return None
    return f"{step.element}[{step.condition}]" if step.condition else str(step.element)


def _union_xpath(parts: list[str]) -> Any:
    return etree.XPath(" | ".join(parts)) if parts else None


_OPERATORS = {"=": "equals", "~=": "word", "*=": "contains", "^=": "prefix", "$=": "suffix", "exists": "exists"}


def _simple_test(tree: Any, alone: bool = False) -> SimpleTest | None:
    """The test of a one-test selector (``.a``, ``#a``, ``[attr op value]``, with a tag or not), else None;
    with ``alone``, the test of the node itself, whatever else its compound selector asks."""
    if not isinstance(tree, (cssselect.parser.Class, cssselect.parser.Hash, cssselect.parser.Attrib)):
        return None
    element = _ANY_ELEMENT if alone else tree.selector
    if isinstance(tree, cssselect.parser.Class):
        return _test(element, "class", "word", tree.class_name)
    if isinstance(tree, cssselect.parser.Hash):
        return _test(element, "id", "equals", tree.id)
    if tree.attrib in _FIELD and tree.namespace is None:
        value = getattr(tree.value, "value", tree.value)
        op = _OPERATORS.get(tree.operator)
        return _test(element, tree.attrib, op, str(value or "")) if op else None
    return None


_ANY_ELEMENT = cssselect.parser.Element()


# The tests whose index answer holds every element the XPath answer holds, given a value without
# whitespace: the index compares whitespace-normalised values, the XPath the raw ones ("exists" differs on
# class="").
_NARROWING_OPERATORS = frozenset({"word", "equals", "contains", "prefix", "suffix"})


def _narrowing_test(tree: Any) -> SimpleTest | None:
    """An indexed test that every element matching the compound selector ``tree`` passes, or None."""
    node = tree
    while not isinstance(node, cssselect.parser.Element):
        if isinstance(node, cssselect.parser.CombinedSelector) or not hasattr(node, "selector"):
            return None
        found = _simple_test(node, alone=True)
        if found is not None and found.op in _NARROWING_OPERATORS and not any(c.isspace() for c in found.value):
            return found
        node = node.selector
    return None


def _test(element: Any, attribute: str, op: str, value: str) -> SimpleTest | None:
    if not isinstance(element, cssselect.parser.Element) or element.namespace is not None:
        return None
    if not value and op != "exists":
        return None
    return SimpleTest(element.element.lower() if element.element else None, _FIELD[attribute], op, value)


class AttributeIndex:
    """The indexed attributes of a page's elements: one tab-separated line each, in one string, so a test
    finds its candidates with a substring search in C and checks only those lines.

    A page repeats its lines (about 420 elements, 185 distinct lines): each distinct line is searched and
    checked once, then stands for all its elements. Most tests find nothing (a page holds about 20 of the
    200 values its rules test), so the cost is the searches: the shorter string halves it, and ``scan``,
    the values of all the rule list's selectors, finds those the page holds in one pass per first
    character instead of one ``str.find`` loop per value.
    """

    def __init__(self, elements: list[Any], scan: LiteralScan | None = None) -> None:
        self.elements = elements
        owners: dict[str, list[int]] = {}  # a distinct line -> the elements it is the line of
        for i, element in enumerate(elements):
            owners.setdefault(_index_line(element), []).append(i)
        self.lines = list(owners)
        self.owners = list(owners.values())
        self.text, self.starts = join_pieces(self.lines, "\n")
        self.scan = scan
        self._scanned: dict[str, set[int]] | None = None  # value of ``scan`` -> the lines holding it

    def matching(self, tests: tuple[SimpleTest, ...]) -> list[Any]:
        found: set[int] = set()
        for test in tests:
            for line in self._candidates(test.value):
                if test.holds(self.lines[line].split("\t")):
                    found.update(self.owners[line])
        return [self.elements[i] for i in sorted(found)]

    def _candidates(self, value: str) -> set[int]:
        if not value:
            return set(range(len(self.lines)))
        if self.scan is not None and value in self.scan.literals:
            if self._scanned is None:
                self._scanned = self.scan.blocks_holding(self.text, self.starts)
            return self._scanned.get(value, set())
        return set(pieces_holding(self.text, self.starts, value))


def selector_values(selectors: Iterable[Any]) -> set[str]:
    """The values that the indexed tests of ``selectors`` (Selectors, or XPaths which have none) look for:
    what :class:`AttributeIndex` scans a page for."""
    return {test.value for selector in selectors if isinstance(selector, Selector)
            for test in (*selector.tests, *(part.test for part in selector.narrowed)) if test.value}


def _index_line(element: Any) -> str:
    """The element's tag and indexed attributes, each whitespace-normalised, tab-separated."""
    get, tag = element.get, element.tag
    tag = tag.lower() if isinstance(tag, str) else ""
    # INDEXED_ATTRIBUTES, read one by one: this runs for each indexed element of every page.
    names, ident, rel, prop, test_id = get("class"), get("id"), get("rel"), get("itemprop"), get("data-testid")
    return (f"{tag}\t{' '.join(names.split()) if names else ''}\t{' '.join(ident.split()) if ident else ''}"
            f"\t{' '.join(rel.split()) if rel else ''}\t{' '.join(prop.split()) if prop else ''}"
            f"\t{' '.join(test_id.split()) if test_id else ''}")


# Most pages lack most of the elements a rule's XPath starts from (<form>, <aside>, <byline>), and libxml2
# walks the whole tree to find that out, which lxml's element iterator does several times faster.
_LEADING_STEP = re.compile(r"\s*(?://|descendant-or-self::)([A-Za-z_][\w-]*)")


@lru_cache(maxsize=1024)
def leading_tag(path: str) -> str | None:
    """The tag a page must have for ``path`` to select anything: that of its first step, when it starts
    with one (``//form[...]``, ``descendant-or-self::byline``) and is no union of several paths."""
    first = _LEADING_STEP.match(path)
    return first.group(1) if first and not _has_top_level_union(path) else None


def _has_top_level_union(path: str) -> bool:
    depth, quote = 0, ""
    for char in path:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


# An XPath like //a[contains(@href, '/donate') or ...] makes libxml2 walk the whole tree and build the
# attribute string once per contains() per element. Such XPaths (one tag, a predicate of and/or/not over
# contains() on one attribute) are answered in Python instead: the tag's elements and attribute values are
# collected once per page, a substring search over them finds the candidates, and only those are tested.
_CONTAINS_XPATH = re.compile(r"\s*//([A-Za-z_][\w-]*)\[(.*)\]\s*", re.DOTALL)
_PREDICATE_TOKEN = re.compile(
    r"""\s*(?:(?P<op>and|or)(?![\w.-])|(?P<not>not)\s*\(|(?P<open>\()|(?P<close>\))"""
    r"""|contains\(\s*@(?P<attribute>[A-Za-z_][\w-]*)\s*,\s*(?:'(?P<single>[^']*)'|"(?P<double>[^"]*)")\s*\))""")


@dataclass(frozen=True, slots=True)
class ContainsXPath:
    """``//tag[predicate]`` where the predicate combines ``contains(@attribute, '...')`` tests."""

    tag: str
    attribute: str
    holds: Callable[[str], bool]  # the predicate, given the attribute's value ("" when absent)
    required: frozenset[str] | None  # strings one of which the value contains when the predicate holds


@lru_cache(maxsize=1024)
def contains_xpath(path: str) -> ContainsXPath | None:
    """``path`` as a :class:`ContainsXPath`, or None when it has another form."""
    whole = _CONTAINS_XPATH.fullmatch(path)
    if whole is None:
        return None
    tokens = _tokens(whole.group(2))
    if tokens is None:
        return None
    parser = _PredicateParser(tokens)
    try:
        holds, required = parser.disjunction()
    except (_NotContains, IndexError):
        return None
    if parser.pos != len(tokens) or len(parser.attributes) != 1:
        return None
    return ContainsXPath(whole.group(1), parser.attributes.pop(), holds, required)


def _tokens(predicate: str) -> list[re.Match[str]] | None:
    tokens, pos = [], 0
    while pos < len(predicate.rstrip()):
        token = _PREDICATE_TOKEN.match(predicate, pos)
        if token is None:
            return None
        tokens.append(token)
        pos = token.end()
    return tokens


class _NotContains(Exception):
    """The predicate has a part outside the handled grammar."""


Compiled = tuple[Callable[[str], bool], frozenset[str] | None]


class _PredicateParser:
    """XPath 1.0 precedence: ``or`` binds loosest, then ``and``; ``not(...)`` and parentheses group."""

    def __init__(self, tokens: list[re.Match[str]]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.attributes: set[str] = set()

    def disjunction(self) -> Compiled:
        parts = [self.conjunction()]
        while self._next_is("op", "or"):
            parts.append(self.conjunction())
        if len(parts) == 1:
            return parts[0]
        tests = tuple(test for test, _ in parts)
        needs = [required for _, required in parts if required is not None]
        either = frozenset().union(*needs) if len(needs) == len(parts) else None
        return (lambda value: any(test(value) for test in tests)), either

    def conjunction(self) -> Compiled:
        parts = [self.unary()]
        while self._next_is("op", "and"):
            parts.append(self.unary())
        if len(parts) == 1:
            return parts[0]
        tests = tuple(test for test, _ in parts)
        known = [required for _, required in parts if required is not None]
        return (lambda value: all(test(value) for test in tests)), min(known, key=len, default=None)

    def unary(self) -> Compiled:
        token = self.tokens[self.pos]
        self.pos += 1
        if token["not"] or token["open"]:
            inner, required = self.disjunction()
            if not self._next_is("close"):
                raise _NotContains
            return ((lambda value: not inner(value)), None) if token["not"] else (inner, required)
        if token["attribute"] is None:
            raise _NotContains
        self.attributes.add(token["attribute"])
        literal = token["single"] if token["single"] is not None else token["double"]
        return (lambda value: literal in value), (frozenset({literal}) if literal else None)

    def _next_is(self, group: str, text: str | None = None) -> bool:
        """Consume the next token when it is a ``group`` one (with ``text``, when given)."""
        found = self.tokens[self.pos][group] if self.pos < len(self.tokens) else None
        if found and text in (None, found):
            self.pos += 1
            return True
        return False


class ValueIndex:
    """The elements with one tag and their values of one attribute, joined into one string so a required
    substring finds its candidates with one search in C."""

    def __init__(self, elements: list[Any], attribute: str) -> None:
        self.elements = elements
        self.values = [element.get(attribute) or "" for element in elements]
        self.text, self.starts = join_pieces(self.values, "\n")

    def matching(self, test: ContainsXPath) -> list[Any]:
        values = self.values
        return [self.elements[i] for i in self._candidates(test.required) if test.holds(values[i])]

    def _candidates(self, required: frozenset[str] | None) -> list[int]:
        if required is None or any("\n" in literal for literal in required):
            return list(range(len(self.values)))
        return sorted({line for literal in required for line in pieces_holding(self.text, self.starts, literal)})



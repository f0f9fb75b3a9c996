"""CSS selectors, answered from a per-page index instead of a tree scan where the selector is simple.

Most rule selectors are one test on one attribute (``.byline``, ``#comments``, ``[class*=newsletter]``,
``[rel~=author]``, ``address.author``). Such tests are answered from one string holding a line per element
that has a class, id, rel or itemprop: a substring search finds the few candidate lines, and only those
are checked. Anything else is translated to XPath once and run on the tree.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

import cssselect
from cssselect import GenericTranslator
from lxml import etree

INDEXED_ATTRIBUTES = ("class", "id", "rel", "itemprop")
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
        got = fields[self.attribute]
        if self.op == "word":
            return self.value in got.split()
        return {
            "equals": got == self.value,
            "contains": self.value in got,
            "prefix": got.startswith(self.value),
            "suffix": got.endswith(self.value),
            "exists": bool(got),
        }[self.op]


@dataclass(frozen=True, slots=True)
class Selector:
    """A compiled CSS selector group: its simple parts answered from the index, the rest by an XPath."""

    css: str
    tests: tuple[SimpleTest, ...]
    xpath: Any  # the XPath of the parts that are not simple, or None


def compile_selector(css: str) -> Selector:
    """Compile ``css``; raises cssselect's SelectorError or lxml's XPathError for a bad selector."""
    etree.XPath(_TRANSLATOR.css_to_xpath(css))  # validate the whole group once
    tests, complex_parts = [], []
    for selector in cssselect.parse(css):
        test = _simple_test(selector.parsed_tree)
        if test is None:
            complex_parts.append(_TRANSLATOR.selector_to_xpath(selector))
        else:
            tests.append(test)
    xpath = etree.XPath(" | ".join(complex_parts)) if complex_parts else None
    return Selector(css, tuple(tests), xpath)


_OPERATORS = {"=": "equals", "~=": "word", "*=": "contains", "^=": "prefix", "$=": "suffix", "exists": "exists"}


def _simple_test(tree: Any) -> SimpleTest | None:
    """The test of a one-test selector (``.a``, ``#a``, ``[attr op value]``, with a tag or not), else None."""
    if isinstance(tree, cssselect.parser.Class):
        return _test(tree.selector, "class", "word", tree.class_name)
    if isinstance(tree, cssselect.parser.Hash):
        return _test(tree.selector, "id", "equals", tree.id)
    if isinstance(tree, cssselect.parser.Attrib) and tree.attrib in _FIELD and tree.namespace is None:
        value = getattr(tree.value, "value", tree.value)
        op = _OPERATORS.get(tree.operator)
        return _test(tree.selector, tree.attrib, op, str(value or "")) if op else None
    return None


def _test(element: Any, attribute: str, op: str, value: str) -> SimpleTest | None:
    if not isinstance(element, cssselect.parser.Element) or element.namespace is not None:
        return None
    if not value and op != "exists":
        return None
    return SimpleTest(element.element.lower() if element.element else None, _FIELD[attribute], op, value)


class AttributeIndex:
    """The indexed attributes of a page's elements: one tab-separated line each, in one string, so a test
    finds its candidates with a substring search in C and checks only those lines."""

    def __init__(self, elements: list[Any]) -> None:
        self.elements = elements
        self.lines = []
        for element in elements:
            attrib = element.attrib
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            self.lines.append([tag] + [" ".join((attrib.get(name) or "").split()) for name in INDEXED_ATTRIBUTES])
        joined = ["\t".join(fields) for fields in self.lines]
        self.text = "\n".join(joined)
        self.starts = []
        offset = 0
        for line in joined:
            self.starts.append(offset)
            offset += len(line) + 1

    def matching(self, tests: tuple[SimpleTest, ...]) -> list[Any]:
        found: set[int] = set()
        for test in tests:
            found.update(i for i in self._candidates(test.value) if test.holds(self.lines[i]))
        return [self.elements[i] for i in sorted(found)]

    def _candidates(self, value: str) -> set[int]:
        if not value:
            return set(range(len(self.lines)))
        lines: set[int] = set()
        text, start = self.text, 0
        while (at := text.find(value, start)) >= 0:
            lines.add(bisect_right(self.starts, at) - 1)
            start = at + 1
        return lines

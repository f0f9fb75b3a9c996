"""CSS selectors, answered from a per-page index instead of a tree scan where the selector is simple.

Most rule selectors are one test on one attribute (``.byline``, ``#comments``, ``[class*=newsletter]``,
``[rel~=author]``, ``address.author``). Such a selector becomes a regular expression over one line per
element that has a class, id, rel or itemprop ("tag\\tclass\\tid\\trel\\titemprop"), so a page answers all of
them with a few scans of one string in C. Anything else is translated to XPath once and run on the tree.
"""

from __future__ import annotations

import re
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
class Selector:
    """A compiled CSS selector group: an index pattern when every part is simple, else an XPath."""

    css: str
    pattern: re.Pattern[str] | None
    xpath: Any


def compile_selector(css: str) -> Selector:
    """Compile ``css``; raises cssselect's SelectorError or lxml's XPathError for a bad selector."""
    xpath = etree.XPath(_TRANSLATOR.css_to_xpath(css))
    parts = [_simple_part(s.parsed_tree) for s in cssselect.parse(css)]
    if all(parts):
        return Selector(css, re.compile("|".join(f"(?:{p})" for p in parts), re.M), None)
    return Selector(css, None, xpath)


def _simple_part(tree: Any) -> str | None:
    """A regex over an element's index line for a one-test selector, or None when it is not that simple."""
    if isinstance(tree, cssselect.parser.Class):
        return _line(tree.selector, "class", _word(tree.class_name))
    if isinstance(tree, cssselect.parser.Hash):
        return _line(tree.selector, "id", re.escape(tree.id))
    if isinstance(tree, cssselect.parser.Attrib) and tree.attrib in _FIELD and tree.namespace is None:
        value = tree.value.value if hasattr(tree.value, "value") else tree.value
        test = _attribute_test(tree.operator, value)
        return _line(tree.selector, tree.attrib, test) if test is not None else None
    return None


def _attribute_test(operator: str, value: str | None) -> str | None:
    if operator == "exists":
        return r"[^\t\n]+"
    if value is None:
        return None
    escaped = re.escape(value)
    return {
        "=": escaped,
        "~=": _word(value),
        "*=": rf"[^\t\n]*{escaped}[^\t\n]*",
        "^=": rf"{escaped}[^\t\n]*",
        "$=": rf"[^\t\n]*{escaped}",
    }.get(operator)


def _word(value: str) -> str:
    return rf"(?:[^\t\n]*\s)?{re.escape(value)}(?:\s[^\t\n]*)?"


def _line(element: Any, attribute: str, test: str) -> str | None:
    """The whole-line pattern: the tag (or any), then the attribute's field holding ``test``."""
    if not isinstance(element, cssselect.parser.Element) or element.namespace is not None:
        return None
    tag = re.escape(element.element.lower()) if element.element else r"[^\t\n]*"
    fields = [r"[^\t\n]*"] * len(INDEXED_ATTRIBUTES)
    fields[_FIELD[attribute] - 1] = test
    return "^" + tag + "".join(rf"\t{f}" for f in fields) + "$"


class AttributeIndex:
    """One line per element with an indexed attribute, and the elements in the same order."""

    def __init__(self, elements: list[Any]) -> None:
        self.elements = elements
        lines = []
        for element in elements:
            attrib = element.attrib
            values = (" ".join((attrib.get(name) or "").split()) for name in INDEXED_ATTRIBUTES)
            tag = element.tag if isinstance(element.tag, str) else ""
            lines.append(tag.lower() + "\t" + "\t".join(values))
        self.text = "\n".join(lines)
        self.starts = []
        offset = 0
        for line in lines:
            self.starts.append(offset)
            offset += len(line) + 1

    def matching(self, pattern: re.Pattern[str]) -> list[Any]:
        return [self.elements[bisect_right(self.starts, m.start()) - 1] for m in pattern.finditer(self.text)]

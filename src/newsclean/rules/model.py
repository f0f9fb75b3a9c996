"""Compiled rules: what a TOML rule becomes once its selectors and patterns are compiled."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

STRENGTHS = {"weak": 1, "normal": 2, "strong": 3}
POSITIONS = frozenset({"before_body", "in_body", "after_body", "outside_body"})
SPREADS = frozenset({"box", "following"})


@dataclass(frozen=True, slots=True)
class Condition:
    """The tests a block must pass; every given test must hold."""

    select: Any = None  # compiled XPath from a CSS selector
    xpath: Any = None  # compiled XPath
    within: int = 0  # Flag mask: the block must be inside any of these landmarks
    tags: frozenset[str] | None = None
    patterns: dict[str, tuple[regex.Pattern[str], ...]] | None = None  # language ("*" = any) -> patterns
    min_words: int | None = None
    max_words: int | None = None
    min_link_density: float | None = None
    max_link_density: float | None = None
    position: str | None = None
    language: frozenset[str] | None = None

    @property
    def needs_markup(self) -> bool:
        return bool(self.select is not None or self.xpath is not None or self.within or self.tags)

    @property
    def needs_span(self) -> bool:
        return self.position is not None


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: conditions, and the label (role, kind) it gives with a strength."""

    id: str
    role: str
    kind: str | None
    strength: int
    when: Condition
    unless: tuple[Condition, ...] = ()  # any of these holding vetoes the rule
    if_page: Any = None
    split: bool = False
    spread: str | None = None
    ends_text: bool = False  # the article's text ends at a block this rule matches (an end mark)
    outlet: bool = False
    description: str = ""

    @property
    def needs_markup(self) -> bool:
        return self.when.needs_markup or self.if_page is not None

    @property
    def needs_span(self) -> bool:
        return self.when.needs_span or any(c.needs_span for c in self.unless)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A file's rules: the generic set of a role family, or one outlet's."""

    id: str  # "generic/promo", "outlet/themoscowtimes.com", or a user set's name
    path: str
    rules: tuple[Rule, ...]
    outlet: str | None = None
    domains: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    description: str = ""
    meta: dict[str, Any] = field(default_factory=dict)  # extra, format-specific (e.g. FiveFilters tests)

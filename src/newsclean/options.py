"""The one options object that configures a :class:`~newsclean.Cleaner`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

InputFormat = Literal["auto", "html", "text"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How to clean pages. Frozen and hashable, so a :class:`~newsclean.Cleaner` can be cached and pickled.

    - ``input_format``: ``"auto"`` detects HTML vs plain text; ``"html"`` / ``"text"`` force one.
    - ``outlet_rules``: apply outlet rule sets (chosen by the URL's domain or recognised from the page).
    - ``generic_rules``: apply the generic rule sets shipped with newsclean.
    - ``rule_paths``: extra rule files or folders (TOML, or FiveFilters ``.txt`` site configs); later sets
      override earlier ones rule by rule id.
    - ``language``: the page's language code ("en", "de", ...) when known; else read from the page.
    - ``regex_timeout``: seconds a single rule pattern may run on one block before it is abandoned.
    """

    input_format: InputFormat = "auto"
    outlet_rules: bool = True
    generic_rules: bool = True
    rule_paths: tuple[str, ...] = ()
    language: str | None = None
    regex_timeout: float = 0.05

    def __post_init__(self) -> None:
        if self.input_format not in ("auto", "html", "text"):
            raise ValueError(f"input_format must be 'auto', 'html' or 'text', not {self.input_format!r}")
        if isinstance(self.rule_paths, str):
            raise TypeError("rule_paths must be a sequence of paths, not a single string")
        object.__setattr__(self, "rule_paths", tuple(str(p) for p in self.rule_paths))
        if self.regex_timeout <= 0:
            raise ValueError("regex_timeout must be positive")

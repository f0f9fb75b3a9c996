"""The exceptions newsclean raises on purpose."""

from __future__ import annotations


class InputError(ValueError):
    """The markup given to :func:`newsclean.clean` is not a page we can read (None, a number, empty, binary)."""


class RuleError(ValueError):
    """A rule file is malformed; the message names the file, the rule and the problem."""

    def __init__(self, file: str, rule: str | None, problem: str, line: int | None = None) -> None:
        self.file = file
        self.rule = rule
        self.problem = problem
        self.line = line
        where = file + (f":{line}" if line else "")
        super().__init__(f"{where}: rule {rule!r}: {problem}" if rule else f"{where}: {problem}")

"""Check rule files without running them: every problem, each with its file, rule id and line.

The loader stops at a file's first problem; a person fixing a file wants all of them at once. This module
walks the same checks rule by rule (and key by key for the set's own keys), keeps going after a failure,
and points each problem at the line of the key it names. Nothing in a file is executed: TOML is parsed by
``tomllib``, selectors and patterns are only compiled.

>>> source = 'outlet = "example.com"\\n[[rule]]\\nid = "x"\\nrole = "promo"\\nkind = "nope"\\nselect = ".x"'
>>> problems = validate_source(source, "example.toml")
>>> print(problems[0])
example.toml:5: rule 'x': kind 'nope' is not allowed for role 'promo'; ...
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import RuleError
from . import loader
from .ftr import is_site_config_name, read_site_config

_TOML_LINE = re.compile(r"\(at line (\d+)")
_QUOTED_KEY = re.compile(r"'([a-z_]+)'|\[([^\]]*)\]")
# words of a loader message -> the key it is about, when the message does not quote the key
_HINTS = (("regular expression", "text"), ("kind ", "kind"), ("role ", "role"), ("strength", "strength"),
          ("position", "position"), ("spread", "spread"), ("split", "split"), ("ends_text", "ends_text"),
          ("needs an 'id'", "id"))


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (``error``) or doubtful (``warning``) in a rule file."""

    file: str
    rule: str | None
    line: int | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        prefix = "warning: " if self.severity == "warning" else ""
        about = f" rule {self.rule!r}:" if self.rule else ""
        return f"{where}:{about} {prefix}{_short(self.message)}"


def _short(message: str) -> str:
    """Long lists of allowed values are cut in the one-line form (the full text stays in ``message``)."""
    return re.sub(r"; (allowed|known): .*$", "; ...", message) if len(message) > 160 else message


def validate_path(path: str | Path) -> list[Problem]:
    """Problems of a rule file, or of every rule file in a folder (TOML and site configs)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix == ".toml" or is_site_config_name(p))
        if not files:
            return [Problem(str(path), None, None, "no rule files (*.toml or <host>.txt) in this folder")]
        return [problem for file in files for problem in validate_file(file)]
    if not path.is_file():
        return [Problem(str(path), None, None, "no such file or folder")]
    return validate_file(path)


def validate_file(path: Path) -> list[Problem]:
    if path.suffix == ".txt":
        return _validate_site_config(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem(str(path), None, None, f"cannot read the file: {exc}")]
    return validate_source(source, str(path))


def validate_source(source: str, path: str) -> list[Problem]:
    """Problems of one TOML rule file's text."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        return [Problem(path, None, int(found.group(1)) if found else None, f"not valid TOML: {exc}")]
    lines = source.splitlines()
    problems = list(_set_problems(data, path, lines))
    outlet = data.get("outlet") if isinstance(data.get("outlet"), str) else None
    set_id = f"outlet/{outlet}" if outlet else str(data.get("set") or Path(path).stem)
    problems.extend(_rule_problems(data.get("rule", []), source, path, set_id, outlet is not None))
    problems.extend(_warnings(data, path, lines))
    return problems


def _set_problems(data: dict[str, Any], path: str, lines: list[str]) -> Iterator[Problem]:
    unknown = sorted(set(data) - loader.SET_KEYS)
    for key in unknown:
        yield Problem(path, None, _key_line(lines, key, 0, len(lines)),
                      f"unknown key {key!r}; allowed: {sorted(loader.SET_KEYS)}")
    if data.get("schema", 1) != 1:
        yield Problem(path, None, _key_line(lines, "schema", 0, len(lines)),
                      f"schema {data.get('schema')!r} is not supported (this newsclean reads schema 1)")
    ctx = loader._Context(path, "")
    checks: list[tuple[str, Callable[..., object]]] = [
        (k, loader._optional_str) for k in ("outlet", "set", "description")]
    checks += [(k, loader._str_list) for k in ("domains", "site_names", "disable")]
    for key, check in checks:
        try:
            check(ctx, data, key)
        except RuleError as exc:
            yield Problem(path, None, _key_line(lines, key, 0, len(lines)), exc.problem)
    if "rule" in data and not isinstance(data["rule"], list):
        yield Problem(path, None, _key_line(lines, "rule", 0, len(lines)), "'rule' must be [[rule]] tables")


def _rule_problems(raw_rules: Any, source: str, path: str, set_id: str, outlet: bool) -> Iterator[Problem]:
    if not isinstance(raw_rules, list):
        return
    ctx = loader._Context(path, source)
    lines = source.splitlines()
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_rules):
        ctx.index, ctx.rule = index, None
        start, end = _rule_block(ctx.rule_lines, index, len(lines))
        try:
            rule = loader._compile_rule(ctx, raw, set_id, outlet)
        except RuleError as exc:
            line = _problem_line(lines, exc.problem, start, end) or exc.line
            yield Problem(path, exc.rule, line, exc.problem)
            continue
        name = rule.id.rsplit("/", 1)[-1]
        if name in seen:
            yield Problem(path, name, start + 1, f"the id is used twice (first at line {seen[name]})")
        seen.setdefault(name, start + 1)


def _rule_block(rule_lines: list[int], index: int, total: int) -> tuple[int, int]:
    """The 0-based [start, end) lines of the index-th ``[[rule]]``."""
    if index >= len(rule_lines):
        return 0, total
    start = rule_lines[index] - 1
    end = rule_lines[index + 1] - 1 if index + 1 < len(rule_lines) else total
    return start, end


def _problem_line(lines: list[str], problem: str, start: int, end: int) -> int | None:
    """The line of the first key the problem names, inside the rule's block."""
    for found in _QUOTED_KEY.finditer(problem):
        names = [found.group(1)] if found.group(1) else re.findall(r"'([a-z_]+)'", found.group(2) or "")
        for name in names:
            line = _key_line(lines, name, start, end)
            if line:
                return line
    for hint, key in _HINTS:
        line = _key_line(lines, key, start, end) if hint in problem else None
        if line:
            return line
    return start + 1 if start or lines else None


def _key_line(lines: list[str], key: str, start: int, end: int) -> int | None:
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}\s*=|\[\s*rule\.{re.escape(key)}\s*\])")
    for number in range(start, min(end, len(lines))):
        if pattern.match(lines[number]):
            return number + 1
    return None


def _warnings(data: dict[str, Any], path: str, lines: list[str]) -> Iterator[Problem]:
    disable = data.get("disable", [])
    if isinstance(disable, str):
        disable = [disable]
    known = _generic_rule_ids()
    for glob in disable if isinstance(disable, list) else []:
        if isinstance(glob, str) and not any(fnmatch.fnmatchcase(rule_id, glob) for rule_id in known):
            yield Problem(path, None, _key_line(lines, "disable", 0, len(lines)),
                          f"disable {glob!r} matches no generic rule (ids: 'generic/promo/read-more')",
                          "warning")
    if data.get("outlet") and not data.get("domains") and not data.get("site_names"):
        yield Problem(path, None, None, "an outlet set without 'domains' or 'site_names' is never picked",
                      "warning")


def _generic_rule_ids() -> frozenset[str]:
    return frozenset(rule.id for rule_set in loader.builtin_rule_sets("generic") for rule in rule_set.rules)


def _validate_site_config(path: Path) -> list[Problem]:
    try:
        rule_set = read_site_config(path)
    except RuleError as exc:
        return [Problem(exc.file, None, exc.line, exc.problem)]
    return [Problem(str(path), None, u.line, f"{u.directive or 'line'}: {u.reason}; ignored", "warning")
            for u in rule_set.meta.get("unsupported", [])]

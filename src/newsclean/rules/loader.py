"""Load rule sets from TOML: validate every key (unknown keys are errors), compile selectors and patterns once.

Loading never executes anything from the file: TOML is parsed by ``tomllib``, CSS is translated to XPath
by cssselect, and patterns are compiled by ``regex``. Every problem raises :class:`~newsclean.RuleError`
naming the file, the rule and the line.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import reduce
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import regex
from cssselect import SelectorError
from lxml import etree

from ..errors import RuleError
from ..language import rule_language
from ..model import KINDS, Role
from ..segment import Flag
from .ftr import is_site_config_name, read_site_config
from .limits import MAX_FILE_BYTES, XPATH_LITERAL, file_problem, xpath_problem
from .model import POSITIONS, SPREADS, STRENGTHS, Condition, Rule, RuleSet
from .select import Selector, compile_selector

SET_KEYS = frozenset({"schema", "set", "outlet", "domains", "site_names", "disable", "description", "rule"})
CONDITION_KEYS = frozenset({"select", "xpath", "within", "tag", "text", "case_sensitive", "language",
                            "min_words", "max_words", "min_link_density", "max_link_density", "position"})
RULE_KEYS = CONDITION_KEYS | {"id", "role", "kind", "strength", "if_page", "unless", "split", "spread",
                              "ends_text", "description"}
LANDMARKS: dict[str, int] = {
    "nav": Flag.NAV, "header": Flag.HEADER, "footer": Flag.FOOTER, "aside": Flag.ASIDE, "form": Flag.FORM,
    "figure": Flag.FIGURE, "figcaption": Flag.FIGCAPTION, "hidden": Flag.HIDDEN, "article": Flag.ARTICLE,
    "main": Flag.MAIN, "blockquote": Flag.BLOCKQUOTE, "list": Flag.LIST, "table": Flag.TABLE,
    "control": Flag.CONTROL, "heading": Flag.HEADING, "time": Flag.TIME, "link": Flag.LINK,
    "boilerplate-container": Flag.NEGATIVE, "article-container": Flag.POSITIVE,
}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# Bounds that keep a hostile rule file from costing minutes or gigabytes before it is even used.
MAX_NESTING = 32  # arrays / inline tables inside each other (tomllib recurses)
MAX_KEY_PARTS = 32  # parts of one dotted key (tomllib is quadratic in them)
MAX_PATTERN_CHARS = 10_000
MAX_REPEAT = 100_000  # product of nested {n,m} bounds in one pattern (regex expands them when compiling)
_LANG = re.compile(r"^(\*|[a-z]{2,3})$")


class _Context:
    """Where we are in a file, so every error can say so."""

    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.rule_lines = [i + 1 for i, line in enumerate(source.splitlines())
                           if line.strip().startswith("[[rule]]")]
        self.rule: str | None = None
        self.index = -1

    def fail(self, problem: str) -> RuleError:
        line = self.rule_lines[self.index] if 0 <= self.index < len(self.rule_lines) else None
        return RuleError(self.path, self.rule, problem, line)


def load_rule_file(path: str | Path, *, default_set: str | None = None) -> RuleSet:
    """Read one TOML rule file. ``default_set`` names the set when the file has neither ``set`` nor ``outlet``."""
    path = Path(path)
    problem = file_problem(path)
    if problem:
        raise RuleError(str(path), None, problem)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), None, f"cannot read the file: {exc}") from exc
    return parse_rule_source(source, str(path), default_set=default_set or path.stem)


def parse_rule_source(source: str, path: str, *, default_set: str, prefix: str = "") -> RuleSet:
    ctx = _Context(path, source)
    _check_shape(source, path)
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(path, None, f"not valid TOML: {exc}") from exc
    except RecursionError:
        raise RuleError(path, None, "nested too deeply to read") from None
    unknown = set(data) - SET_KEYS
    if unknown:
        raise ctx.fail(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(SET_KEYS)}")
    if data.get("schema", 1) != 1:
        raise ctx.fail(f"schema {data.get('schema')!r} is not supported (this newsclean reads schema 1)")
    outlet = _optional_str(ctx, data, "outlet")
    set_name = _optional_str(ctx, data, "set") or default_set
    set_id = f"outlet/{outlet}" if outlet else f"{prefix}{set_name}"
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise ctx.fail("'rule' must be an array of tables ([[rule]])")
    rules = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        ctx.index, ctx.rule = index, None
        rule = _compile_rule(ctx, raw, set_id, outlet is not None)
        if rule.id in seen:
            raise ctx.fail("a rule with this id already exists in the file")
        seen.add(rule.id)
        rules.append(rule)
    ctx.index, ctx.rule = -1, None
    return RuleSet(
        id=set_id, path=path, rules=tuple(rules), outlet=outlet,
        domains=tuple(d.lower().lstrip(".") for d in _str_list(ctx, data, "domains")),
        site_names=tuple(_str_list(ctx, data, "site_names")),
        disable=tuple(_str_list(ctx, data, "disable")),
        description=_optional_str(ctx, data, "description") or "",
    )


def _check_shape(source: str, path: str) -> None:
    """Reject what would make tomllib recurse too deep or run in quadratic time, before parsing."""
    if len(source) > MAX_FILE_BYTES:
        raise RuleError(path, None, f"the rule source is {len(source):,} characters; at most {MAX_FILE_BYTES:,}")
    depth = dots = 0
    quote = ""
    line = 1
    i = 0
    while i < len(source):
        ch = source[i]
        if quote:
            if ch == "\\" and quote in ('"', '"""'):
                i += 2
                continue
            if source.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
            line += ch == "\n"
            i += 1
            continue
        if ch in "\"'":
            quote = ch * 3 if source.startswith(ch * 3, i) else ch
            i += len(quote)
            continue
        if ch == "#":
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
            continue
        if ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise RuleError(path, None, f"arrays or tables nested more than {MAX_NESTING} deep", line)
        elif ch in "]}":
            depth = max(depth - 1, 0)
        elif ch == "\n":
            line, dots = line + 1, 0
        elif ch == "." and not (source[i - 1:i].isdigit() and source[i + 1:i + 2].isdigit()):
            dots += 1  # a dot between key parts (not inside a number)
            if dots > MAX_KEY_PARTS:
                raise RuleError(path, None, f"a dotted key of more than {MAX_KEY_PARTS} parts", line)
        i += 1


def _compile_rule(ctx: _Context, raw: Any, set_id: str, outlet: bool) -> Rule:
    if not isinstance(raw, dict):
        raise ctx.fail("a rule must be a table")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise ctx.fail("every rule needs an 'id' of lower-case letters, digits, '.', '_' or '-'")
    ctx.rule = rule_id
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise ctx.fail(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}")
    role, kind = _role_and_kind(ctx, raw)
    strength = raw.get("strength", "normal")
    if strength not in STRENGTHS:
        raise ctx.fail(f"strength must be one of {sorted(STRENGTHS)}, not {strength!r}")
    when = _condition(ctx, raw)
    unless = raw.get("unless")
    if unless is not None:
        tables = unless if isinstance(unless, list) else [unless]
        if not tables or not all(isinstance(t, dict) for t in tables):
            raise ctx.fail("'unless' must be a table of conditions, or a list of such tables")
        for table in tables:
            bad = set(table) - CONDITION_KEYS
            if bad:
                raise ctx.fail(f"unknown key(s) in 'unless': {sorted(bad)}; allowed: {sorted(CONDITION_KEYS)}")
    spread = raw.get("spread")
    if spread is not None and spread not in SPREADS:
        raise ctx.fail(f"spread must be one of {sorted(SPREADS)}, not {spread!r}")
    split = raw.get("split", False)
    if not isinstance(split, bool):
        raise ctx.fail("split must be true or false")
    if split and not when.patterns:
        raise ctx.fail("split = true needs a 'text' pattern: its match is the part cut off")
    ends_text = raw.get("ends_text", False)
    if not isinstance(ends_text, bool):
        raise ctx.fail("ends_text must be true or false")
    if _is_empty(when) and not raw.get("if_page"):
        raise ctx.fail("the rule has no condition, so it would label every block")
    return Rule(
        id=f"{set_id}/{rule_id}", role=role, kind=kind, strength=STRENGTHS[strength], when=when,
        unless=_vetoes(ctx, unless) if unless else (),
        if_page=_css(ctx, raw["if_page"], "if_page") if "if_page" in raw else None,
        split=split, spread=spread, ends_text=ends_text, outlet=outlet, description=str(raw.get("description", "")),
    )


def _vetoes(ctx: _Context, unless: dict[str, Any] | list[dict[str, Any]]) -> tuple[Condition, ...]:
    """``unless`` holds when any of its conditions does. A table gives one condition per key
    (``case_sensitive`` goes with ``text``); a list of tables gives one condition per table, which holds
    when all of its keys do (``[{ position = "after_body", text = '^By ' }]``)."""
    if isinstance(unless, list):
        return tuple(_condition(ctx, table) for table in unless)
    keys = [k for k in unless if k != "case_sensitive"]
    return tuple(_condition(ctx, {k: unless[k], **({"case_sensitive": unless["case_sensitive"]}
                                                   if k == "text" and "case_sensitive" in unless else {})})
                 for k in keys)


def _is_empty(condition: Condition) -> bool:
    return condition == Condition()


def _role_and_kind(ctx: _Context, raw: dict[str, Any]) -> tuple[str, str | None]:
    role = raw.get("role")
    try:
        role_enum = Role(str(role))
    except ValueError:
        raise ctx.fail(f"role {role!r} is not one of {[r.value for r in Role]}") from None
    kind = raw.get("kind")
    allowed = KINDS.get(role_enum, frozenset())
    if kind is not None and kind not in allowed:
        raise ctx.fail(f"kind {kind!r} is not allowed for role {role!r}; allowed: {sorted(allowed) or 'none'}")
    return role_enum.value, kind


def _condition(ctx: _Context, raw: dict[str, Any]) -> Condition:
    return Condition(
        select=_css(ctx, raw["select"], "select") if "select" in raw else None,
        xpath=_xpath(ctx, raw["xpath"]) if "xpath" in raw else None,
        within=_within(ctx, raw.get("within")),
        tags=frozenset(t.lower() for t in _str_list(ctx, raw, "tag")) or None,
        patterns=_patterns(ctx, raw.get("text"), bool(raw.get("case_sensitive", False))),
        min_words=_number(ctx, raw, "min_words", int),
        max_words=_number(ctx, raw, "max_words", int),
        min_link_density=_number(ctx, raw, "min_link_density", float),
        max_link_density=_number(ctx, raw, "max_link_density", float),
        position=_position(ctx, raw.get("position")),
        language=frozenset(rule_language(code) for code in _str_list(ctx, raw, "language")) or None,
    )


def _css(ctx: _Context, value: Any, key: str) -> Selector:
    if not isinstance(value, str) or not value.strip():
        raise ctx.fail(f"'{key}' must be a CSS selector string")
    try:
        return compile_selector(value)
    except (SelectorError, etree.XPathError, ValueError) as exc:
        raise ctx.fail(f"'{key}' is not a CSS selector cssselect understands: {value!r} ({exc})") from None


_XPATH_NAME = re.compile(r"(?<![\w@$:-])([A-Za-z_][\w-]*)(?![\w-]*\s*(?:\(|::))")


def _probe(expression: str) -> Any:
    """A small page in which every element the XPath names exists, nested, with every attribute it names,
    so that its predicates (and the functions in them) are evaluated at least once."""
    names = sorted({n for n in _XPATH_NAME.findall(XPATH_LITERAL.sub("''", expression))
                    if n not in ("and", "or", "div", "mod")} | {"div", "p"})[:50]
    root = etree.Element("html")
    node = etree.SubElement(root, "body")
    for name in names:
        try:
            node = etree.SubElement(node, name)
        except ValueError:
            continue
    for element in root.iter():
        for name in names:
            try:
                element.set(name, "probe")
            except ValueError:
                continue
        element.text = "probe"
    return root


def _xpath(ctx: _Context, value: Any) -> Any:
    if not isinstance(value, str):
        raise ctx.fail("'xpath' must be a string")
    problem = xpath_problem(value)
    if problem:
        raise ctx.fail(f"'xpath' {value[:200]!r}: {problem}")
    try:
        compiled = etree.XPath(value)
        compiled(_probe(value))  # unknown functions, variables and prefixes fail here, not on a page
    except (etree.XPathError, RecursionError) as exc:
        raise ctx.fail(f"'xpath' is not a valid XPath: {value!r} ({exc})") from None
    return compiled


def _within(ctx: _Context, value: Any) -> int:
    names = [value] if isinstance(value, str) else value or []
    if not isinstance(names, list):
        raise ctx.fail("'within' must be a landmark name or a list of them")
    unknown = [n for n in names if n not in LANDMARKS]
    if unknown:
        raise ctx.fail(f"'within' has unknown landmark(s) {unknown}; known: {sorted(LANDMARKS)}")
    return reduce(lambda mask, name: mask | LANDMARKS[name], names, 0)


def _patterns(ctx: _Context, value: Any, case_sensitive: bool) -> dict[str, tuple[regex.Pattern[str], ...]] | None:
    if value is None:
        return None
    by_language = value if isinstance(value, dict) else {"*": value}
    flags = regex.UNICODE | regex.VERSION0 | (0 if case_sensitive else regex.IGNORECASE)
    compiled: dict[str, tuple[regex.Pattern[str], ...]] = {}
    for language, patterns in by_language.items():
        if not _LANG.match(language):
            raise ctx.fail(f"'text' key {language!r} is not a language code (like 'en') or '*'")
        items = [patterns] if isinstance(patterns, str) else patterns
        if not isinstance(items, list) or not all(isinstance(p, str) for p in items):
            raise ctx.fail("'text' must be a pattern, a list of patterns, or a table of them by language")
        if language == "el":
            items = [_accents_optional(p) for p in items]
        # Pages in Serbian are read as Croatian (rule_language): phrases filed as "sr" join the "hr" ones.
        filed = rule_language(language)
        compiled[filed] = compiled.get(filed, ()) + tuple(_regex(ctx, p, flags) for p in items)
    return compiled


# Greek written in capitals drops its accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" for "Διαβάστε επίσης"): Greek patterns match
# their accented vowels with or without the accent.
_GREEK_ACCENTS = {"ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω", "ΐ": "ϊ", "ΰ": "ϋ"}


def _accents_optional(pattern: str) -> str:
    """``pattern`` with each accented Greek vowel matching its bare form too: "ά" becomes "[άα]", and inside
    a character class the bare vowel joins the class."""
    out, in_class, escaped = [], False, False
    for i, char in enumerate(pattern):
        bare = _GREEK_ACCENTS.get(char)
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif bare is not None:
            out.append(char + bare if in_class else f"[{char}{bare}]")
        else:
            out.append(char)
            if char == "[" and not in_class:
                in_class = True
            elif char == "]" and in_class and pattern[i - 1] != "[":
                in_class = False
    return "".join(out)


def _regex(ctx: _Context, pattern: str, flags: int) -> regex.Pattern[str]:
    if len(pattern) > MAX_PATTERN_CHARS:
        raise ctx.fail(f"a pattern of {len(pattern):,} characters; at most {MAX_PATTERN_CHARS:,}")
    cost = repeat_cost(pattern)
    if cost > MAX_REPEAT:
        raise ctx.fail(f"pattern {pattern[:80]!r}: its nested {{n,m}} repeats multiply to {cost:,} "
                       f"(at most {MAX_REPEAT:,}); compiling it would take minutes")
    try:
        return regex.compile(pattern, flags)
    except (regex.error, RecursionError, OverflowError, MemoryError) as exc:
        raise ctx.fail(f"bad regular expression {pattern[:200]!r}: {exc or type(exc).__name__}") from None


_BOUND = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def repeat_cost(pattern: str) -> int:
    """The largest product of nested ``{n,m}`` bounds in a pattern (what ``regex`` expands on compiling)."""
    stack = [1]  # per open group: the largest cost of anything inside it so far
    i, last = 0, 1  # last: the cost of the atom just read (a quantifier multiplies it)
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i, last = i + 2, 1
        elif ch == "[":
            i, last = _class_end(pattern, i), 1
        elif ch == "(":
            stack.append(1)
            i, last = i + 1, 1
        elif ch == ")" and len(stack) > 1:
            last = stack.pop()
            i += 1
        elif ch == "{" and (bound := _BOUND.match(pattern, i)):
            high = max(int(bound.group(1) or 0), int(bound.group(2) or 0))
            last *= max(high, 1)
            i = bound.end()
        else:
            i, last = i + 1, 1
        stack[-1] = max(stack[-1], last)
    return max(stack)


def _class_end(pattern: str, start: int) -> int:
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _position(ctx: _Context, value: Any) -> str | None:
    if value is not None and value not in POSITIONS:
        raise ctx.fail(f"position must be one of {sorted(POSITIONS)}, not {value!r}")
    return value if isinstance(value, str) else None


def _number(ctx: _Context, raw: dict[str, Any], key: str, kind: type) -> Any:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ctx.fail(f"'{key}' must be a non-negative number")
    return kind(value)


def _optional_str(ctx: _Context, raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise ctx.fail(f"'{key}' must be a string")
    return value


def _str_list(ctx: _Context, raw: dict[str, Any], key: str) -> list[str]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ctx.fail(f"'{key}' must be a string or a list of strings")
    return value


# ---------------------------------------------------------------- finding rule sets


def builtin_rule_sets(kind: str) -> Iterator[RuleSet]:
    """The rule sets shipped in the package: ``kind`` is "generic" or "outlets"."""
    folder = resources.files("newsclean.rules").joinpath(kind)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            source = entry.read_text(encoding="utf-8")
            prefix = "generic/" if kind == "generic" else ""
            yield parse_rule_source(source, f"newsclean/rules/{kind}/{entry.name}",
                                    default_set=entry.name.removesuffix(".toml"), prefix=prefix)


def load_rule_sets(paths: Iterable[str | Path]) -> list[RuleSet]:
    """Rule sets from files or folders, in the given order.

    A folder gives every ``*.toml`` file and every site config (``<host>.txt``) inside it, sorted by path;
    ``.txt`` files are read as FiveFilters / wallabag site configs (:mod:`newsclean.rules.ftr`).
    """
    sets: list[RuleSet] = []
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if not p.is_dir() and (p.suffix == ".toml" or is_site_config_name(p)))
            sets.extend(load_path(p) for p in files)
        elif path.is_file():
            sets.append(load_path(path))
        else:
            raise RuleError(str(path), None, "no such file or folder")
    return sets


def load_path(path: Path) -> RuleSet:
    """One rule file: a FiveFilters site config when it ends in ``.txt``, else TOML."""
    return read_site_config(path) if path.suffix == ".txt" else load_rule_file(path)


# ---------------------------------------------------------------- rule packs and precedence

ENTRY_POINT_GROUP = "newsclean.rules"


def entry_point_rule_sets() -> list[RuleSet]:
    """Rule sets of installed packs: entry points in the group ``newsclean.rules``, sorted by name.

    An entry point's value names a package (``mypack``) or a folder inside one (``mypack:rules``); every
    rule file in that folder is loaded as from ``rule_paths``. A pack that cannot be found raises
    :class:`~newsclean.RuleError` naming the entry point.
    """
    sets: list[RuleSet] = []
    for point in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
        origin = f"entry point {point.name} = {point.value}"
        try:
            folder = resources.files(point.module).joinpath(point.attr or "")
        except (ImportError, TypeError) as exc:
            raise RuleError(origin, None, f"cannot find the rule pack: {exc}") from exc
        with resources.as_file(folder) as local:
            sets.extend(replace(s, meta={**s.meta, "origin": origin}) for s in load_rule_sets([local]))
    return sets


def gather_rule_sets(*, generic: bool, outlets: bool, paths: Iterable[str | Path],
                     packs: bool = True) -> tuple[list[RuleSet], list[RuleSet]]:
    """The generic and outlet rule sets a Cleaner uses, in precedence order (later wins).

    1. the built-in generic sets (when ``generic``), then the built-in outlet sets (when ``outlets``);
    2. installed rule packs (entry point group ``newsclean.rules``), sorted by entry point name;
    3. ``paths`` (``Options.rule_paths``), in the given order, files in a folder sorted by path.

    Generic rules with the same id replace earlier ones. Outlet sets for the same outlet merge into one
    (see :func:`merge_outlet_sets`).
    """
    generic_sets = list(builtin_rule_sets("generic")) if generic else []
    outlet_sets = list(builtin_rule_sets("outlets")) if outlets else []
    user = (entry_point_rule_sets() if packs else []) + load_rule_sets(paths)
    for rule_set in user:
        (outlet_sets if rule_set.outlet else generic_sets).append(rule_set)
    return generic_sets, merge_outlet_sets(outlet_sets)


def merge_outlet_sets(sets: Iterable[RuleSet]) -> list[RuleSet]:
    """One set per outlet: a later set for the same outlet replaces rules with its ids, switches off the
    earlier outlet rules its ``disable`` globs match, adds its other rules, domains and site names."""
    merged: dict[str, RuleSet] = {}
    for rule_set in sets:
        key = rule_set.outlet or rule_set.id
        earlier = merged.get(key)
        merged[key] = rule_set if earlier is None else _merge_pair(earlier, rule_set)
    return list(merged.values())


def _merge_pair(earlier: RuleSet, later: RuleSet) -> RuleSet:
    replaced = {r.id for r in later.rules}
    kept = tuple(r for r in earlier.rules
                 if r.id not in replaced and not any(fnmatch.fnmatchcase(r.id, g) for g in later.disable))
    sources = [*earlier.meta.get("sources", [earlier.path]), later.path]
    return replace(
        earlier, rules=kept + later.rules, domains=_union(earlier.domains, later.domains),
        site_names=_union(earlier.site_names, later.site_names),
        disable=_union(earlier.disable, later.disable),
        meta={**earlier.meta, **later.meta, "sources": sources},
    )


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(first + second))

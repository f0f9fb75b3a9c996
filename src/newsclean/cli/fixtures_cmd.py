"""``newsclean fixtures snapshot PAGE --url URL -o DIR`` and ``newsclean fixtures check DIR``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .. import fixtures
from ..errors import InputError, RuleError
from ..options import Options

# table columns: the expected file's fields, shortened
_COLUMNS = (("is_article", "art"), ("title", "title"), ("authors", "auth"), ("published", "date"),
            ("body_first", "first"), ("body_last", "last"), ("body_includes", "incl"),
            ("body_excludes", "excl"), ("blocks", "blocks"))


_RULES_HELP = "extra rule file or folder (as Options.rule_paths)"


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("fixtures", help="draft fixture files from a page, or check fixtures")
    actions = p.add_subparsers(dest="fixtures_command", metavar="ACTION", required=True)
    snap = actions.add_parser("snapshot", help="save a page (scripts stripped) with a draft expected file")
    snap.add_argument("page", help="the saved page (HTML or text)")
    snap.add_argument("--url", required=True, help="the page's address (picks the outlet and the folder)")
    snap.add_argument("-o", "--output", required=True, metavar="DIR",
                      help="the fixtures folder; files go to DIR/<outlet>/<slug>.*")
    snap.add_argument("--slug", help="the fixture's name (default: from the URL)")
    snap.add_argument("--rules", action="append", default=[], metavar="PATH", help=_RULES_HELP)
    snap.add_argument("--force", action="store_true", help="overwrite an existing fixture")
    snap.set_defaults(func=run_snapshot)
    check = actions.add_parser("check", help="run fixtures and print pass/fail per field")
    check.add_argument("folder", metavar="DIR", help="a fixtures folder, one outlet's folder, or one page")
    check.add_argument("--rules", action="append", default=[], metavar="PATH", help=_RULES_HELP)
    check.add_argument("--no-stale", action="store_true", help="skip the stale-rule report")
    check.set_defaults(func=run_check)


def run_snapshot(args: argparse.Namespace) -> int:
    page = Path(args.page)
    try:
        data = page.read_bytes()
    except OSError as exc:
        print(f"newsclean: cannot read {page}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    is_text = page.suffix == ".txt"
    folder = Path(args.output) / fixtures.outlet_folder(args.url)
    slug = args.slug or fixtures.slug_for(args.url, page)
    target = folder / (slug + (".txt" if is_text else ".html"))
    if target.exists() and not args.force:
        print(f"newsclean: {target} exists (use --force to overwrite)", file=sys.stderr)
        return 2
    try:
        checker = fixtures.Checker(Options(rule_paths=tuple(args.rules)))
        saved = data if is_text else fixtures.strip_scripts(data)
        article = checker.cleaner.clean(saved, args.url)
        generic = checker.generic.clean(saved)
    except RuleError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 1
    draft = fixtures.draft_expected(article, args.url, "text" if is_text else "html", generic)
    folder.mkdir(parents=True, exist_ok=True)
    target.write_bytes(saved)
    expected = folder / (slug + fixtures.EXPECTED_SUFFIX)
    expected.write_text(json.dumps(draft, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target}\nwrote {expected}  <- a draft from the current output: review every field")
    return 0


def run_check(args: argparse.Namespace) -> int:
    try:
        found = fixtures.find_fixtures(args.folder)
        checker = fixtures.Checker(Options(rule_paths=tuple(args.rules)))
    except (fixtures.FixtureError, RuleError) as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    if not found:
        print(f"newsclean: no fixtures (<slug>.html + .expected.json) under {args.folder}", file=sys.stderr)
        return 2
    results = [(fixture, checker.check(fixture)) for fixture in found]
    print(render_table(results))
    failures = [(f, c) for f, checks in results for c in checks if not c.ok]
    for fixture, check in failures:
        print(f"FAIL {fixture.id} [{check.mode}] {check.field}: {check.detail}")
    if not args.no_stale:
        print(render_stale(fixtures.stale_rules(found, checker)))
    passed = sum(all(c.ok for c in checks) for _, checks in results)
    print(f"\n{passed} of {len(results)} fixtures pass")
    return 0 if passed == len(results) else 1


def render_table(results: list[tuple[Any, list[Any]]]) -> str:
    """One row per fixture and mode; a column per field: ok, FAIL, or - when the file does not give it."""
    width = max(len(f.id) for f, _ in results) + 10
    lines = [f"{'fixture':{width}s} " + " ".join(f"{short:>6s}" for _, short in _COLUMNS)]
    for fixture, checks in results:
        for mode in ("outlet", "generic"):
            by_field = {c.field: c for c in checks if c.mode == mode}
            if not by_field:
                continue
            cells = [_cell(by_field.get(name)) for name, _ in _COLUMNS]
            lines.append(f"{fixture.id + ' (' + mode + ')':{width}s} " + " ".join(f"{c:>6s}" for c in cells))
    return "\n".join(lines)


def _cell(check: Any) -> str:
    if check is None:
        return "-"
    return "ok" if check.ok else "FAIL"


def render_stale(stale: dict[str, list[str]]) -> str:
    if not stale:
        return "\nstale rules: none (every outlet rule matches something on its outlet's fixtures)"
    lines = ["\nstale rules (match nothing on any fixture of their outlet):"]
    lines += [f"  {rule_id}" for rules in stale.values() for rule_id in rules]
    return "\n".join(lines)

"""``newsclean rules list`` and ``newsclean rules validate PATH``: the sets found, and problems in files."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import RuleError
from ..rules.loader import gather_rule_sets
from ..rules.validate import validate_path


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("rules", help="list the rule sets in use, or validate rule files")
    actions = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show every rule set found and where it came from")
    listing.add_argument("--rules", action="append", default=[], metavar="PATH",
                         help="also load this rule file or folder (as Options.rule_paths)")
    listing.add_argument("-v", "--verbose", action="store_true", help="list every rule id too")
    listing.set_defaults(func=run_list)
    check = actions.add_parser("validate", help="check rule files (TOML or site configs), run nothing")
    check.add_argument("paths", nargs="+", metavar="PATH", help="a rule file or a folder of them")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.set_defaults(func=run_validate)


def origin(rule_set: Any) -> str:
    """Where a set came from: built in, an installed pack, or a path."""
    found = rule_set.meta.get("origin")
    if found:
        return str(found)
    if rule_set.path.startswith("newsclean/rules/"):
        return "built in"
    return "path"


def run_list(args: argparse.Namespace) -> int:
    try:
        generic, outlets = gather_rule_sets(generic=True, outlets=True, paths=args.rules)
    except RuleError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    print("Precedence: later sets win (built in < installed packs < --rules paths, in order).")
    for title, sets in (("generic", generic), ("outlets", outlets)):
        print(f"\n{title} ({len(sets)} sets)")
        for rule_set in sets:
            extra = f"  domains: {', '.join(rule_set.domains)}" if rule_set.domains else ""
            print(f"  {rule_set.id:34s} {len(rule_set.rules):3d} rules  [{origin(rule_set)}] "
                  f"{' + '.join(rule_set.meta.get('sources', [rule_set.path]))}{extra}")
            if args.verbose:
                for rule in rule_set.rules:
                    print(f"      {rule.id}  ->  {rule.role}{'/' + rule.kind if rule.kind else ''}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    errors = warnings = 0
    for path in args.paths:
        for problem in validate_path(path):
            print(problem)
            errors += problem.severity == "error"
            warnings += problem.severity == "warning"
    print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors or (args.strict and warnings) else 0

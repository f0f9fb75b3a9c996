"""``newsclean explain PAGE [--url URL] -o page.html``: the page's blocks coloured by role, rules on hover."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..cleaner import Cleaner
from ..errors import InputError, RuleError
from ..explain import render_html
from ..options import Options
from .clean_cmd import read_input


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("explain", help="write an HTML view of a page's blocks, coloured by role")
    p.add_argument("page", help="an HTML or text file, or - for standard input")
    p.add_argument("--url", help="the page's address (picks the outlet's rules)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument("--no-outlet-rules", action="store_true", help="apply the generic rules only")
    p.add_argument("--rules", action="append", default=[], metavar="PATH", help="extra rule file or folder")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        data = read_input(args.page)
    except OSError as exc:
        print(f"newsclean: cannot read {args.page}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        options = Options(outlet_rules=not args.no_outlet_rules, rule_paths=tuple(args.rules))
        article = Cleaner(options).clean(data, url=args.url)
    except RuleError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 1
    Path(args.output).write_text(render_html(article, source=args.url or args.page), encoding="utf-8")
    removed = sum(1 for b in article.blocks if b.role != "body")
    print(f"wrote {args.output}: {len(article.blocks)} blocks, {removed} kept out of the body")
    return 0

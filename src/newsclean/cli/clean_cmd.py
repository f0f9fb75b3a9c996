"""``newsclean clean PAGE``: clean one page and print the labelled result."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError, RuleError
from ..model import Article


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("clean", help="clean one page and print its labelled blocks")
    p.add_argument("page", help="an HTML or text file, or - for standard input")
    p.add_argument("--url", help="the page's address (picks the outlet's rules)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--input-format", choices=("auto", "html", "text"), default="auto")
    p.add_argument("--no-outlet-rules", action="store_true", help="apply the generic rules only")
    p.add_argument("--rules", action="append", default=[], metavar="PATH", help="extra rule file or folder")
    p.set_defaults(func=run)


def read_input(page: str) -> bytes:
    if page == "-":
        return sys.stdin.buffer.read()
    path = Path(page)
    if path.suffix == ".gz":
        import gzip

        return gzip.decompress(path.read_bytes())
    return path.read_bytes()


def render_text(article: Article) -> str:
    lines = [f"# title: {article.title}", f"# authors: {', '.join(article.authors)}",
             f"# published: {article.published}", f"# outlet: {article.outlet}", ""]
    for block in article.blocks:
        label = block.role + (f"/{block.kind}" if block.kind else "")
        lines.append(f"[{label} <- {block.rule}] {block.text}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from ..cleaner import Cleaner
    from ..options import Options

    try:
        data = read_input(args.page)
    except OSError as exc:
        print(f"newsclean: cannot read {args.page}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        options = Options(input_format=args.input_format, outlet_rules=not args.no_outlet_rules,
                          rule_paths=tuple(args.rules))
        article = Cleaner(options).clean(data, url=args.url)
    except (InputError, RuleError) as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(render_text(article))
    return 0

"""``newsclean clean PAGE``: clean one page and print it as labelled blocks, JSON, text, Markdown or HTML."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import render
from ..cleaner import Cleaner
from ..errors import InputError, RuleError
from ..model import Article
from ._common import (
    EXIT_CODES_HELP,
    EXIT_FAILED_PAGES,
    EXIT_OK,
    add_cleaning_options,
    fail,
    options_from,
    roles_list,
    write_stdout,
)


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "clean", help="clean one page and print its labelled blocks (or JSON, text, Markdown, HTML)",
        description="Clean one page. 'blocks' lists every block with its role and the rule that decided it; "
                    "'json' is the whole result (docs/schema/article-v1.schema.json); 'text', 'markdown' and "
                    "'html' render the blocks of --roles (default: body).",
        epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("page", help="an HTML or text file (.gz too), or - for standard input")
    p.add_argument("--url", help="the page's address (picks the outlet's rules, resolves links)")
    p.add_argument("-f", "--format", choices=tuple(FORMATS), default="blocks",
                   help="output format (default: blocks)")
    p.add_argument("--roles", type=roles_list, metavar="ROLE,...",
                   help="only blocks of these roles (default: all for blocks and json, body for the others)")
    add_cleaning_options(p)
    p.set_defaults(func=run)


def read_input(page: str) -> bytes:
    """The page's bytes: from standard input for ``-``, un-gzipped for ``.gz``."""
    if page == "-":
        return sys.stdin.buffer.read()
    data = Path(page).read_bytes()
    return gzip.decompress(data) if page.lower().endswith(".gz") else data


def render_blocks(article: Article, roles: tuple[str, ...] | None = None) -> str:
    """A header of what was read, then one line per block: ``[role/kind <- rule] text``."""
    lines = [f"# title: {article.title}", f"# authors: {', '.join(article.authors)}",
             f"# published: {article.published}", f"# outlet: {article.outlet}", ""]
    for block in article.blocks:
        if roles is None or block.role in roles:
            label = block.role + (f"/{block.kind}" if block.kind else "")
            lines.append(f"[{label} <- {block.rule}] {block.text}")
    return "\n".join(lines)


def render_json(article: Article, roles: tuple[str, ...] | None = None) -> str:
    """The article as indented JSON; with ``roles``, only their blocks are listed."""
    data = article.to_dict()
    if roles is not None:
        data["blocks"] = [block for block in data["blocks"] if block["role"] in roles]
    return json.dumps(data, ensure_ascii=False, indent=1)


#: The output formats, each a function of the article and the roles asked for (None: the default).
FORMATS: dict[str, Callable[[Article, tuple[str, ...] | None], str]] = {
    "blocks": render_blocks,
    "json": render_json,
    "text": render.to_text,
    "markdown": render.to_markdown,
    "html": render.to_html,
}


def run(args: argparse.Namespace) -> int:
    try:
        data = read_input(args.page)
    except OSError as exc:
        return fail(f"cannot read {args.page}: {exc.strerror or exc}")
    except (EOFError, gzip.BadGzipFile) as exc:
        return fail(f"cannot read {args.page}: not a complete gzip file ({exc})")
    try:
        cleaner = Cleaner(options_from(args))
    except (RuleError, ValueError, TypeError) as exc:
        return fail(exc)
    try:
        article = cleaner.clean(data, url=args.url)
    except InputError as exc:
        return fail(f"{args.page}: {exc}", EXIT_FAILED_PAGES)
    write_stdout(FORMATS[args.format](article, args.roles))
    return EXIT_OK

"""The ``newsclean`` command: a dispatcher over subcommands, each in a module of this package.

A subcommand module exposes ``add_parser(subparsers)``, which registers its parser and sets
``func=run`` (``run(args) -> int``, the exit code) as the parser's default.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .._version import __version__
from . import batch_cmd, clean_cmd, explain_cmd, fixtures_cmd, rules_cmd
from ._common import quiet_stdout

#: Subcommand modules, in the order ``newsclean --help`` lists them.
SUBCOMMANDS = (
    clean_cmd,
    batch_cmd,
    rules_cmd,
    fixtures_cmd,
    explain_cmd,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclean", description="Label every block of a news page.")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.func(args)
    except BrokenPipeError:  # the reader closed the pipe (``| head``): not an error of ours
        quiet_stdout()
        return EXIT_OK
    return code

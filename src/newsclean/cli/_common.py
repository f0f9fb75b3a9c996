"""What the ``clean`` and ``batch`` commands share: exit codes, cleaning options, messages."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..model import Role
from ..options import Options

#: Exit codes: all done; done, but some pages could not be cleaned; nothing done (bad call or input).
EXIT_OK, EXIT_FAILED_PAGES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

EXIT_CODES_HELP = """exit codes:
  0    every page was cleaned
  1    some pages could not be cleaned (batch: error records were written for them)
  2    nothing was done: bad options, a missing or unreadable input, a malformed rule file
  130  interrupted (batch: run the same command again to resume)"""


def add_cleaning_options(parser: argparse.ArgumentParser) -> None:
    """The options that build a :class:`~newsclean.Options`."""
    group = parser.add_argument_group("cleaning")
    group.add_argument("--input-format", choices=("auto", "html", "text"), default="auto",
                       help="what the pages are (default: detect)")
    group.add_argument("--no-outlet-rules", action="store_true", help="apply the generic rules only")
    group.add_argument("--no-generic-rules", action="store_true",
                       help="leave out the generic rules shipped with newsclean (test a rule pack alone)")
    group.add_argument("--rules", action="append", default=[], metavar="PATH",
                       help="an extra rule file or folder (repeatable)")
    group.add_argument("--language", metavar="CODE", help="the pages' language, when known (en, de, ...)")


def options_from(args: argparse.Namespace) -> Options:
    """The :class:`~newsclean.Options` the command line asks for."""
    return Options(input_format=args.input_format, outlet_rules=not args.no_outlet_rules,
                   generic_rules=not args.no_generic_rules, rule_paths=tuple(args.rules), language=args.language)


def roles_list(value: str) -> tuple[str, ...]:
    """Parse ``--roles body,byline``; an unknown role is a usage error naming the known ones."""
    roles = tuple(part.strip() for part in value.split(",") if part.strip())
    known = [str(role) for role in Role]
    unknown = [role for role in roles if role not in known]
    if unknown or not roles:
        raise argparse.ArgumentTypeError(f"unknown role {', '.join(map(repr, unknown)) or repr(value)}; "
                                         f"roles are {', '.join(known)}")
    return roles


def job_count(value: str) -> int:
    """Parse ``-j N``: a count of processes, 0 meaning one per CPU."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return number


def fail(message: Any, code: int = EXIT_USAGE) -> int:
    """Print ``newsclean: message`` on standard error and return ``code``."""
    print(f"newsclean: {message}", file=sys.stderr)
    return code


def write_stdout(text: str) -> bool:
    """Print ``text``; False (and no traceback at exit) when the reader has closed the pipe (``| head``)."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()
        return False
    return True


def quiet_stdout() -> None:
    """Point standard output at /dev/null, so Python's final flush does not fail on a closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)

"""``newsclean batch INPUT... -o OUT.jsonl``: clean folders, JSONL files and WARC archives into JSONL.

One JSON record per page, in input order: the article (``key`` first, then ``Article.to_dict()``) or an
error record (``key``, ``error``, ``message``) for a page that could not be cleaned. Running the same
command again appends only the pages whose key is not in the output yet.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from .._optional import MissingExtraError
from ..batch import Page, PageError, RecordFields, record_line, run_pages
from ..cleaner import Cleaner
from ..errors import RuleError
from ..model import Article
from ..options import Options
from ..sources import SourceError, check_sources, count_pages, read_sources
from ._common import (
    EXIT_CODES_HELP,
    EXIT_FAILED_PAGES,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    add_cleaning_options,
    fail,
    job_count,
    options_from,
    quiet_stdout,
)
from ._progress import Progress

DESCRIPTION = """Clean many pages into one JSONL file, one record per page, in input order.

INPUT is a folder (its .html/.htm/.xhtml/.txt files, .gz too, sorted, subfolders included), a JSONL file
(.jsonl/.ndjson, .gz too) of records with an "html" (or "text") field, an optional "url" and an optional
"id", or a WARC file (.warc/.warc.gz: its HTML responses; needs pip install 'newsclean[warc]').

A page that cannot be cleaned gets an error record and the run goes on. Re-running onto the same OUT
skips the pages already in it (matched by key: file path, record id or file:line, WARC-Record-ID), so a
stopped run resumes; --overwrite starts over."""


class OutputError(Exception):
    """The output file cannot be written, or holds something other than batch records."""


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("batch", help="clean folders, JSONL or WARC files into a JSONL file",
                              description=DESCRIPTION, epilog=EXIT_CODES_HELP,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a folder, a .jsonl file or a .warc(.gz) file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl",
                   help="where to write the records (- for standard output, which cannot resume)")
    p.add_argument("-j", "--jobs", type=job_count, default=1, metavar="N",
                   help="processes to clean on (default: 1; 0: one per CPU)")
    p.add_argument("--overwrite", action="store_true", help="start OUT afresh instead of resuming")
    p.add_argument("--field", action="append", default=[], metavar="NAME=FIELD",
                   help="JSONL field to read NAME (html, text, url, id) from, e.g. --field html=content")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", action="store_true", default=None,
                     help="show the progress bar even when standard error is not a terminal")
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    add_cleaning_options(p)
    p.set_defaults(func=run)


def parse_fields(specs: list[str]) -> RecordFields:
    """``--field html=content`` options as :class:`RecordFields`."""
    names: dict[str, str] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        if not sep or not value or name not in RecordFields.__dataclass_fields__:
            raise SourceError(f"--field {spec}: expected NAME=FIELD with NAME one of html, text, url, id")
        names[name] = value
    return RecordFields(**names)


# -- the output file ---------------------------------------------------------------------------------

_KEY_PREFIX = b'{"key": '
_decoder = json.JSONDecoder()


def _key_of(line: bytes) -> str | None:
    """The ``key`` of a record line (read from the line's start when it is there, as we write it)."""
    text = line.decode("utf-8")
    if line.startswith(_KEY_PREFIX):
        key, _ = _decoder.raw_decode(text, len(_KEY_PREFIX))
    else:
        data = json.loads(text)
        key = data.get("key") if isinstance(data, dict) else None
    return key if isinstance(key, str) else None


def done_keys(path: Path) -> tuple[set[str], bool]:
    """The keys already in ``path``, and whether a truncated last line (a killed run) was cut off."""
    keys: set[str] = set()
    complete = 0
    with path.open("rb+") as stream:
        for number, line in enumerate(stream, 1):
            if not line.endswith(b"\n"):
                stream.truncate(complete)
                return keys, True
            complete += len(line)
            try:
                key = _key_of(line) if line.strip() else ""
            except ValueError:
                key = None
            if key is None:
                raise OutputError(f"{path}:{number} is not a newsclean batch record; "
                                  "use --overwrite to replace the file, or choose another -o")
            keys.add(key)
    return keys, False


def open_output(name: str, overwrite: bool) -> tuple[TextIO, set[str]]:
    """The output stream (appending, to resume) and the keys it already holds."""
    if name == "-":
        return sys.stdout, set()
    path = Path(name)
    keys: set[str] = set()
    try:
        if path.is_file() and not overwrite:
            keys, cut = done_keys(path)
            if cut:
                fail(f"{name}: removed a truncated last record (left by a killed run)")
        return path.open("w" if overwrite else "a", encoding="utf-8", newline="\n"), keys
    except OSError as exc:
        raise OutputError(f"cannot write {name}: {exc.strerror or exc}") from exc


# -- the run -----------------------------------------------------------------------------------------


def _finish(page: Page, result: Article | PageError) -> tuple[str, bool]:
    """Run in the worker: the record line, and whether it is an error record."""
    return record_line(page, result), isinstance(result, PageError)


@dataclass
class Tally:
    """What a run did: pages cleaned, errors among them, pages skipped as already done, elapsed time."""

    pages: int = 0
    errors: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)

    def summary(self, output: str) -> str:
        elapsed = time.monotonic() - self.started
        rate = self.pages / elapsed if elapsed > 0 else 0.0
        skipped = f", {self.skipped} already in {output}" if self.skipped else ""
        return (f"newsclean: {self.pages} pages, {self.errors} errors{skipped}; "
                f"{elapsed:.1f} s, {rate:.1f} pages/s")


def _todo(pages: Iterator[Page], done: set[str], tally: Tally) -> Iterator[Page]:
    for page in pages:
        if page.key in done:
            tally.skipped += 1
        else:
            yield page


@dataclass
class Setup:
    """Everything checked and opened before the first page is cleaned."""

    options: Options
    cleaner: Cleaner
    fields: RecordFields
    out: TextIO
    done: set[str]


def _progress(args: argparse.Namespace, done: set[str]) -> Progress:
    enabled = False if args.quiet else (sys.stderr.isatty() if args.progress is None else args.progress)
    total = count_pages(args.inputs) if enabled else None
    total = max(total - len(done), 0) if total is not None else None
    return Progress(sys.stderr, total, enabled=enabled)


def _write_all(args: argparse.Namespace, setup: Setup, tally: Tally) -> None:
    progress = _progress(args, setup.done)
    pages = _todo(read_sources(args.inputs, setup.fields), setup.done, tally)
    processes = args.jobs or os.cpu_count() or 1
    try:
        for line, is_error in run_pages(pages, _finish, processes=processes, cleaner=setup.cleaner,
                                        options=setup.options):
            setup.out.write(line + "\n")
            setup.out.flush()
            tally.pages += 1
            tally.errors += is_error
            progress.advance(error=is_error)
    finally:
        progress.close()


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C, so a stopped run leaves whole records behind and a summary."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _prepare(args: argparse.Namespace) -> Setup:
    """Check everything that can be checked before the first page; raises what :func:`run` reports."""
    fields = parse_fields(args.field)
    check_sources(args.inputs)
    if args.output != "-" and any(os.path.abspath(args.output) == os.path.abspath(i) for i in args.inputs):
        raise OutputError(f"{args.output} is also an input")
    options = options_from(args)
    cleaner = Cleaner(options)
    out, done = open_output(args.output, args.overwrite)
    return Setup(options, cleaner, fields, out, done)


def run(args: argparse.Namespace) -> int:
    try:
        setup = _prepare(args)
    except (SourceError, OutputError, MissingExtraError, RuleError, ValueError, TypeError) as exc:
        return fail(exc, EXIT_USAGE)
    tally = Tally()
    try:
        with _sigterm_interrupts():
            _write_all(args, setup, tally)
    except KeyboardInterrupt:
        code = fail(f"interrupted after {tally.pages} pages; run the same command again to resume",
                    EXIT_INTERRUPTED)
    except BrokenPipeError:
        quiet_stdout()
        code = fail(f"standard output was closed after {tally.pages} pages", EXIT_INTERRUPTED)
    except BrokenProcessPool:
        code = fail(f"a worker process died (out of memory?) after {tally.pages} pages; "
                    "run the same command again to resume", EXIT_FAILED_PAGES)
    else:
        code = EXIT_FAILED_PAGES if tally.errors else EXIT_OK
    finally:
        if setup.out is not sys.stdout:
            setup.out.close()
    if not args.quiet:
        print(tally.summary(args.output), file=sys.stderr)
    return code

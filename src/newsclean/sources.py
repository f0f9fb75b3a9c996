"""Read pages for a batch run: folders of files, JSONL records, WARC archives.

Each reader yields :class:`~newsclean.batch.Page` s with a stable key (a file's path, a record's ``id`` or
``path:line``, a WARC record's id), so a run can be resumed. What cannot be read becomes a page with a
``problem`` (an error record in the output), never an exception that stops the run; only a source that
cannot be opened at all is refused up front, by :func:`check_sources`.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ._optional import require
from .batch import DEFAULT_FIELDS, Page, RecordFields, record_page

__all__ = ["SourceError", "check_sources", "count_pages", "read_folder", "read_jsonl", "read_sources",
           "read_warc"]

#: File names a folder is searched for, and the single files read as one page.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


class SourceError(Exception):
    """An input that cannot be used at all: missing, unreadable, or of an unknown kind."""


def _name(path: str) -> str:
    return path.lower().removesuffix(".gz")


def kind_of(path: str) -> str:
    """``folder``, ``jsonl``, ``warc`` or ``page``, by what the path is and how its name ends."""
    if os.path.isdir(path):
        return "folder"
    lowered = path.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if lowered.endswith(suffixes):
            return kind
    if _name(path).endswith(PAGE_SUFFIXES):
        return "page"
    raise SourceError(f"{path}: not a folder, .jsonl, .warc(.gz) or .html/.txt(.gz) file; "
                      "cannot tell how to read it")


def check_sources(paths: Sequence[str]) -> None:
    """Refuse, before any work, inputs that are missing, unreadable or of an unknown kind."""
    for path in paths:
        if not os.path.exists(path):
            raise SourceError(f"{path}: no such file or folder")
        kind = kind_of(path)
        if not os.access(path, os.R_OK | (os.X_OK if kind == "folder" else 0)):
            raise SourceError(f"{path}: permission denied")
        if kind == "warc":
            require("warcio.archiveiterator", "warc")
            _check_warc_start(path)


def _check_warc_start(path: str) -> None:
    """Refuse a ``.warc`` file that does not start with a WARC (or ARC) record."""
    with open(path, "rb") as stream:
        start = stream.read(64)
    if start.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as stream:
                start = stream.read(64)
        except (OSError, EOFError, zlib.error):
            start = b""
    if not start.startswith((b"WARC/", b"filedesc://")):
        raise SourceError(f"{path}: not a WARC file (it does not start with a WARC record)")


def _page_files(folder: str) -> Iterator[str]:
    """The page files under ``folder``, in sorted order, subfolders included."""
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs.sort()
        for name in sorted(files):
            if _name(name).endswith(PAGE_SUFFIXES):
                yield os.path.join(root, name)


def _file_page(path: str) -> Page:
    """A page read from ``path`` by the worker; ``.txt`` files are plain text."""
    return Page(path, path=path, input_format="text" if _name(path).endswith(".txt") else None)


def read_folder(folder: str) -> Iterator[Page]:
    """One page per ``.html``/``.htm``/``.xhtml``/``.txt`` file (optionally ``.gz``), keyed by its path."""
    return (_file_page(path) for path in _page_files(folder))


def _open(path: str) -> io.BufferedIOBase:
    """The file's bytes, un-gzipped for ``.gz``."""
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _jsonl_page(line: bytes, key: str, fields: RecordFields) -> Page:
    """A page from one line of JSON; a line that is no JSON object becomes a page with a problem."""
    try:
        data = json.loads(line.strip())
    except ValueError as exc:
        detail = f"{exc.msg} (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else str(exc)
        return Page(key, problem=f"not a valid JSON line: {detail}")
    if not isinstance(data, dict):
        return Page(key, problem=f"the line is a JSON {type(data).__name__}, not an object")
    return record_page(data, key, fields)


def read_jsonl(path: str, fields: RecordFields = DEFAULT_FIELDS) -> Iterator[Page]:
    """One page per non-blank line; keyed by the record's ``id`` field, else by ``path:line``."""
    number = 0
    try:
        with _open(path) as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield _jsonl_page(line, f"{path}:{number}", fields)
    except (OSError, EOFError) as exc:
        yield Page(f"{path}:{number + 1}", problem=f"{path}: unreadable after line {number}: {exc}")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _warc_markup(record: Any, content_type: str) -> str | bytes:
    """The payload, decoded by the HTTP charset when that works; else bytes, for the cleaner to detect."""
    data: bytes = record.content_stream().read()
    charset = _charset(content_type)
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return data


def _warc_page(record: Any) -> Page | None:
    """A page for an HTML response (status 2xx) or resource record; None for anything else."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    if headers is not None:
        status = headers.get_statuscode() or ""
        content_type = headers.get_header("Content-Type") or ""
        if not status.startswith("2"):
            return None
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type and "html" not in content_type.lower():
        return None
    key = record.rec_headers.get_header("WARC-Record-ID") or ""
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    return Page(key, _warc_markup(record, content_type), url)


def read_warc(path: str) -> Iterator[Page]:
    """One page per HTML response record (status 2xx), keyed by its ``WARC-Record-ID``; needs ``warcio``."""
    archive = require("warcio.archiveiterator", "warc")
    count = 0
    try:
        with open(path, "rb") as stream:
            for record in archive.ArchiveIterator(stream, arc2warc=True):
                page = _warc_page(record)
                if page is not None:
                    count += 1
                    yield page if page.key else Page(f"{path}#{count}", page.markup, page.url)
    except Exception as exc:  # warcio raises ArchiveLoadFailed, OSError, zlib errors, ValueError
        yield Page(f"{path}#damaged", problem=f"{path}: damaged after {count} pages: {_short(exc)}")


def _short(exc: BaseException, limit: int = 200) -> str:
    """The exception's message, cut to ``limit`` characters (warcio quotes whole binary lines)."""
    text = str(exc)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def read_sources(paths: Iterable[str], fields: RecordFields = DEFAULT_FIELDS) -> Iterator[Page]:
    """The pages of every input in turn (see :func:`kind_of` for how each is read)."""
    for path in map(os.path.normpath, paths):
        kind = kind_of(path)
        if kind == "folder":
            yield from read_folder(path)
        elif kind == "jsonl":
            yield from read_jsonl(path, fields)
        elif kind == "warc":
            yield from read_warc(path)
        else:
            yield _file_page(path)


def _count_lines(path: str) -> int:
    with _open(path) as stream:
        return sum(1 for line in stream if line.strip())


def count_pages(paths: Iterable[str]) -> int | None:
    """How many pages :func:`read_sources` will yield, or None when that is unknown (WARC) or unreadable."""
    total = 0
    try:
        for path in paths:
            kind = kind_of(path)
            if kind == "warc":
                return None
            if kind == "folder":
                total += sum(1 for _ in _page_files(path))
            else:
                total += _count_lines(path) if kind == "jsonl" else 1
    except (OSError, EOFError):
        return None
    return total


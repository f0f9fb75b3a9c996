"""Clean many pages, on several processes, yielding the results in input order.

>>> import newsclean
>>> pages = ["<p>" + "The council voted to keep the library open on Sundays. " * 3 + "</p>",
...          ("<p>" + "Snow closed the pass for a second day. " * 3 + "</p>", "https://example.org/snow")]
>>> [article.url for article in newsclean.clean_many(pages, processes=1)]
[None, 'https://example.org/snow']

An item is markup (``str`` or ``bytes``), a ``(markup, url)`` pair, a mapping with ``html`` (or ``text``),
``url`` and optionally ``id`` fields, or a :class:`Page`. Workers receive the :class:`~newsclean.Cleaner`
once each (it pickles as its options) and the pages in chunks; the pool never runs more than a few chunks
ahead of the consumer, so an endless iterable is fine.
"""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
import multiprocessing
import os
import signal
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar, overload

from .cleaner import Cleaner
from .errors import InputError
from .model import SCHEMA_VERSION, Article
from .options import InputFormat, Options

__all__ = ["Page", "PageCleaner", "PageError", "RecordFields", "clean_many", "record", "record_page",
           "run_pages", "to_page"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RecordFields:
    """The field names of an input record (JSONL line, dict, DataFrame row) that newsclean reads."""

    html: str = "html"
    text: str = "text"
    url: str = "url"
    id: str = "id"


#: The field names used when none are given.
DEFAULT_FIELDS = RecordFields()


@dataclass(frozen=True, slots=True)
class Page:
    """One page to clean, named by ``key`` (unique and stable across runs: it is what resuming matches).

    ``markup`` is the page itself, or None when ``path`` names the file holding it (read, and un-gzipped
    for ``.gz``, by the worker). ``input_format`` is a hint ("text" for a ``.txt`` file or a ``text``
    field) used when the options leave the format to detection. ``problem`` says why the page could not be
    read (a broken JSONL line): such a page becomes an error result without being cleaned.
    """

    key: str
    markup: Any = None
    url: str | None = None
    path: str | None = None
    input_format: InputFormat | None = None
    problem: str | None = None

    def load(self) -> Any:
        """The markup, read from ``path`` when it was not given."""
        if self.path is None:
            return self.markup
        data = Path(self.path).read_bytes()
        if not self.path.lower().endswith(".gz"):
            return data
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"not a readable gzip file ({exc})") from exc


@dataclass(frozen=True, slots=True)
class PageError:
    """A page that could not be cleaned: its key and URL, the exception's type name and message."""

    key: str
    url: str | None
    error: str
    message: str

    @classmethod
    def of(cls, page: Page, exc: BaseException) -> PageError:
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return cls(page.key, page.url, type(exc).__name__, message or type(exc).__name__)

    def to_dict(self) -> dict[str, Any]:
        """The error record written in place of the page's result."""
        return {"key": self.key, "schema_version": SCHEMA_VERSION, "url": self.url,
                "error": self.error, "message": self.message}


def to_page(item: Any, index: int, fields: RecordFields = DEFAULT_FIELDS) -> Page:
    """Normalise an item of :func:`clean_many`'s iterable; ``index`` is its key when it names none."""
    if isinstance(item, Page):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        return Page(str(index), item[0], item[1])
    if isinstance(item, Mapping):
        return record_page(item, str(index), fields)
    return Page(str(index), item)


def record_page(data: Mapping[str, Any], default_key: str, fields: RecordFields = DEFAULT_FIELDS) -> Page:
    """A page from a record with an html (or text) field, an optional url and an optional id (its key)."""
    ident = data.get(fields.id)
    key = str(ident) if isinstance(ident, (str, int)) and not isinstance(ident, bool) else default_key
    url = data.get(fields.url)
    url = url if isinstance(url, str) and url else None
    fmt: InputFormat | None = None
    if data.get(fields.html) is not None:
        markup = data[fields.html]
    elif data.get(fields.text) is not None:
        markup, fmt = data[fields.text], "text"
    else:
        return Page(key, url=url, problem=f"the record has no {fields.html!r} or {fields.text!r} field")
    if not isinstance(markup, (str, bytes)):
        return Page(key, url=url, problem=f"the record's page is not a string but {type(markup).__name__}")
    return Page(key, markup, url, input_format=fmt)


def record(page: Page, result: Article | PageError) -> dict[str, Any]:
    """The JSON record of a page's result: ``{"key": ..., **article.to_dict()}``, or the error record."""
    if isinstance(result, PageError):
        return result.to_dict()
    return {"key": page.key, **result.to_dict()}


def record_line(page: Page, result: Article | PageError) -> str:
    """:func:`record` as one line of JSON (no trailing newline)."""
    return json.dumps(record(page, result), ensure_ascii=False)


def _result(page: Page, result: Article | PageError) -> Article | PageError:
    return result


class PageCleaner:
    """Cleans :class:`Page` s: text pages with a text cleaner (when the format is left to detection).

    With ``catch``, a page that fails gives a :class:`PageError` instead of raising.
    """

    def __init__(self, cleaner: Cleaner, *, catch: bool = True) -> None:
        self.cleaner = cleaner
        self.catch = catch
        self._text_cleaner: Cleaner | None = None

    def _cleaner_for(self, page: Page) -> Cleaner:
        if page.input_format != "text" or self.cleaner.options.input_format != "auto":
            return self.cleaner
        if self._text_cleaner is None:
            self._text_cleaner = Cleaner(dataclasses.replace(self.cleaner.options, input_format="text"))
        return self._text_cleaner

    def __call__(self, page: Page) -> Article | PageError:
        try:
            if page.problem is not None:
                raise InputError(page.problem)
            return self._cleaner_for(page).clean(page.load(), page.url)
        except Exception as exc:
            if not self.catch:
                raise
            return PageError.of(page, exc)


class _Worker(Generic[T]):
    """What runs in each process: clean a page, then ``finish(page, result)`` (JSON encoding, say)."""

    def __init__(self, clean: PageCleaner, finish: Callable[[Page, Article | PageError], T]) -> None:
        self.clean = clean
        self.finish = finish

    def __call__(self, page: Page) -> T:
        return self.finish(page, self.clean(page))


_worker: _Worker[Any] | None = None


def _init_worker(worker: _Worker[Any]) -> None:
    """Pool initializer: keep the worker; leave Ctrl-C to the parent, which stops the pool."""
    global _worker  # noqa: PLW0603 - per-process state is what a pool initializer is for
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = worker
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """End this worker when the parent is gone (killed with SIGKILL, say): an orphaned pool worker would
    otherwise wait on its queue forever."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _work(chunk: list[Page]) -> tuple[list[Any], Exception | None]:
    """The chunk's results, up to the first exception (when not catching), which comes back with them."""
    assert _worker is not None, "the pool initializer did not run"
    results = []
    for page in chunk:
        try:
            results.append(_worker(page))
        except Exception as exc:
            return results, exc
    return results, None


def _chunks(pages: Iterable[Page], size: int) -> Iterator[list[Page]]:
    iterator = iter(pages)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def run_pages(pages: Iterable[Page], finish: Callable[[Page, Article | PageError], T], *,
              processes: int = 1, cleaner: Cleaner | None = None, options: Options | None = None,
              catch: bool = True, chunksize: int = 4) -> Iterator[T]:
    """``finish(page, result)`` for each page, in input order; ``finish`` runs in the worker process.

    ``finish`` must be a module-level function (it is pickled). With ``catch``, a page that fails gives a
    :class:`PageError` result; without, its exception propagates and the run stops.
    """
    if processes < 1:
        raise ValueError(f"processes must be at least 1, not {processes}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    worker = _Worker(PageCleaner(cleaner or Cleaner(options or Options()), catch=catch), finish)
    if processes == 1:
        return map(worker, pages)
    return _run_pool(pages, worker, processes, chunksize)


def _run_pool(pages: Iterable[Page], worker: _Worker[T], processes: int, chunksize: int) -> Iterator[T]:
    """Chunks of pages on a process pool, at most a few chunks per process ahead of the consumer.

    A ``ProcessPoolExecutor`` rather than ``Pool.imap``: a worker that dies (out of memory, a crash in a
    C library) raises ``BrokenProcessPool`` here instead of hanging the run, and the bounded window keeps
    a huge input from being read into memory ahead of the workers.
    """
    context = multiprocessing.get_context()
    with ProcessPoolExecutor(processes, context, initializer=_init_worker, initargs=(worker,)) as pool:
        pending: deque[Future[tuple[list[T], Exception | None]]] = deque()
        try:
            for chunk in _chunks(pages, chunksize):
                pending.append(pool.submit(_work, chunk))
                if len(pending) >= processes * 3:
                    yield from _unpack(pending.popleft())
            while pending:
                yield from _unpack(pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _unpack(future: Future[tuple[list[T], Exception | None]]) -> Iterator[T]:
    """A chunk's results, then its page's exception, as if the pages had been cleaned here one by one."""
    results, exc = future.result()
    yield from results
    if exc is not None:
        raise exc


@overload
def clean_many(items: Iterable[Any], processes: int | None = ..., options: Options | None = ..., *,
               return_errors: Literal[False] = ..., chunksize: int = ...) -> Iterator[Article]: ...


@overload
def clean_many(items: Iterable[Any], processes: int | None = ..., options: Options | None = ..., *,
               return_errors: Literal[True], chunksize: int = ...) -> Iterator[Article | PageError]: ...


def clean_many(items: Iterable[Any], processes: int | None = 1, options: Options | None = None, *,
               return_errors: bool = False, chunksize: int = 4,
               ) -> Iterator[Article] | Iterator[Article | PageError]:
    """Clean every item on ``processes`` processes (None: one per CPU), yielding articles in input order.

    A page that fails raises its exception (:class:`~newsclean.InputError` for a page that is not one),
    which ends the iteration; with ``return_errors=True`` it yields a :class:`PageError` in its place and
    goes on. Items are markup, ``(markup, url)`` pairs, mappings with ``html`` or ``text``, ``url`` and
    ``id``, or :class:`Page` s. Markup crosses process boundaries, so with ``processes > 1`` it must be
    ``str`` or ``bytes`` (parsed trees only with ``processes=1``).
    """
    count = processes if processes is not None else os.cpu_count() or 1
    pages = (to_page(item, index) for index, item in enumerate(items))
    results = run_pages(pages, _result, processes=count, options=options, catch=return_errors,
                        chunksize=chunksize)
    if return_errors:
        return results
    return (result for result in results if isinstance(result, Article))

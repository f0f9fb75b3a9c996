"""Clean a ``dask.bag`` of records on any Dask scheduler (``pip install 'newsclean[dask]'``).

>>> import dask.bag as db
>>> from newsclean.contrib.dask import clean_bag
>>> page = ("<html><body><h1>Rain Returns to the Valley</h1><p>By Ana Ruiz</p><p>"
...         + "The river rose overnight, and farmers moved their herds uphill. " * 4 + "</p></body></html>")
>>> bag = db.from_sequence([{"id": "a1", "url": "https://example.org/rain", "html": page}], npartitions=1)
>>> [(r["key"], r["authors"], r["error"]) for r in clean_bag(bag).compute(scheduler="synchronous")]
[('a1', ['Ana Ruiz'], None)]

Records are dicts with ``html`` (or ``text``), ``url`` and ``id`` fields (names set by ``fields``), or
plain markup strings. Each becomes a flat dict: ``key`` (the id, else the position in its partition),
``url``, the named values (see :data:`newsclean.contrib.VALUES`) and ``error`` (None, or why the page
could not be cleaned: a bad page never fails the job). The :class:`~newsclean.Cleaner` is shipped to the
workers as its options and built once per partition.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._optional import require
from ..batch import DEFAULT_FIELDS, PageCleaner, RecordFields, record, to_page
from ..cleaner import Cleaner
from ..options import Options
from . import DEFAULT_VALUES, check_values, flat_record

__all__ = ["clean_bag", "clean_partition"]


def clean_partition(items: Iterable[Any], cleaner: Cleaner, fields: RecordFields = DEFAULT_FIELDS,
                    values: tuple[str, ...] | None = DEFAULT_VALUES) -> list[dict[str, Any]]:
    """The cleaned records of one partition (flat with ``values``; the full batch record with None)."""
    clean = PageCleaner(cleaner)
    out = []
    for index, item in enumerate(items):
        page = to_page(item, index, fields)
        result = clean(page)
        out.append(record(page, result) if values is None else flat_record(page, result, values))
    return out


def clean_bag(bag: Any, options: Options | None = None, *, fields: RecordFields = DEFAULT_FIELDS,
              values: Iterable[str] | None = DEFAULT_VALUES) -> Any:
    """A bag of cleaned records, one per record of ``bag``, in the same partitions.

    ``values=None`` gives the full record that ``newsclean batch`` writes (``key`` plus the article as in
    the JSON schema, or an error record); else flat dicts, ready for ``bag.to_dataframe()``.
    """
    require("dask.bag", "dask")
    names = check_values(values) if values is not None else None
    cleaner = Cleaner(options or Options())
    return bag.map_partitions(clean_partition, cleaner, fields, names)


"""Clean an HTML column of a Spark DataFrame with a pandas UDF (``pip install 'newsclean[spark]'``).

::

    from newsclean.contrib.spark import clean_column

    cleaned = df.withColumn("clean", clean_column("html", "url")).select("url", "clean.*")

The new column is a struct of the named values (see :data:`newsclean.contrib.VALUES`; lists of blocks and
``article`` come as JSON strings) and ``error`` (null, or why the page could not be cleaned: a bad page
never fails the job). Executors build one :class:`~newsclean.Cleaner` per Python worker process (the
options travel with the UDF; :func:`newsclean.clean` keeps the cleaner).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .._optional import require
from ..cleaner import Cleaner, clean
from ..errors import InputError
from ..options import Options
from . import DEFAULT_VALUES, VALUES, check_values

__all__ = ["clean_column", "clean_udf", "spark_schema"]

#: Spark SQL types of the values that are not strings (the lists of blocks and ``article`` become JSON).
_TYPES = {"authors": "array<string>", "warnings": "array<string>", "is_article": "boolean"}
_JSON = {"bylines", "captions", "photo_credits", "promos", "blocks", "article"}


def spark_schema(values: Iterable[str]) -> str:
    """The DDL of the struct the UDF returns: each value's type, then ``error string``.

    >>> spark_schema(["title", "authors"])
    'title string, authors array<string>, error string'
    """
    return ", ".join(f"{name} {_TYPES.get(name, 'string')}" for name in (*values, "error"))


def _value(article: Any, name: str) -> Any:
    value = VALUES[name](article)
    return json.dumps(value, ensure_ascii=False) if name in _JSON else value


def _row(markup: Any, url: Any, options: Options, names: tuple[str, ...]) -> dict[str, Any]:
    """One row of the struct: the values, or nulls and the error."""
    try:
        if not isinstance(markup, (str, bytes, bytearray)):
            kind = "null" if markup is None or isinstance(markup, float) else type(markup).__name__  # NaN
            raise InputError(f"the page is {kind}, not a string")
        article = clean(bytes(markup) if isinstance(markup, bytearray) else markup,
                        url if isinstance(url, str) else None, options=options)
    except Exception as exc:  # a bad page must not fail the Spark job
        return {**dict.fromkeys(names), "error": f"{type(exc).__name__}: {exc}"}
    return {**{name: _value(article, name) for name in names}, "error": None}


def clean_udf(options: Options | None = None, values: Iterable[str] = DEFAULT_VALUES) -> Any:
    """A pandas UDF of (html[, url]) columns returning the struct of :func:`spark_schema`."""
    functions = require("pyspark.sql.functions", "spark")
    pandas = require("pandas", "spark")
    names = check_values(values)
    options = options or Options()
    Cleaner(options)  # a malformed rule file fails here, on the driver, not in every task

    # A lambda: Spark reads a scalar pandas UDF's kind from its annotations, and these have none to read.
    udf = lambda *columns: _frame(pandas, options, names, *columns)  # noqa: E731
    return functions.pandas_udf(udf, spark_schema(names))


def _frame(pandas: Any, options: Options, names: tuple[str, ...], html: Any, url: Any = None) -> Any:
    """The rows of one Arrow batch as a pandas DataFrame (runs on the executors)."""
    urls = url if url is not None else [None] * len(html)
    rows = [_row(markup, address, options, names) for markup, address in zip(html, urls, strict=True)]
    return pandas.DataFrame(rows, columns=[*names, "error"])


def clean_column(html: Any, url: Any = None, options: Options | None = None,
                 values: Iterable[str] = DEFAULT_VALUES) -> Any:
    """A struct column cleaning the ``html`` column (name or Column), using the ``url`` column if given."""
    udf = clean_udf(options, values)
    return udf(html) if url is None else udf(html, url)

"""Integrations with scraping and data tools (each needs its optional extra).

- :mod:`newsclean.contrib.scrapy`: ``NewsCleanPipeline``, an item pipeline
  (``pip install 'newsclean[scrapy]'``).
- :mod:`newsclean.contrib.dask`: ``clean_bag``, a ``dask.bag`` of records to cleaned records
  (``newsclean[dask]``).
- :mod:`newsclean.contrib.spark`: ``clean_column``, a pandas UDF over an HTML column (``newsclean[spark]``).

They share the *values* one can take from a cleaned page, named as in :data:`VALUES`: ``title``,
``body``, ``authors``, ... , ``markdown`` / ``html`` / ``text`` (renderings of the body), ``blocks`` and
``article`` (the whole result as in the JSON schema).

>>> import newsclean
>>> article = newsclean.clean("<html><body><h1>Rain Returns to the Valley</h1><p>By Ana Ruiz</p><p>"
...     + "The river rose overnight, and farmers moved their herds uphill. " * 4 + "</p></body></html>")
>>> flat_values(article, ("title", "authors"))
{'title': 'Rain Returns to the Valley', 'authors': ['Ana Ruiz']}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .. import render
from ..batch import Page, PageError
from ..model import Article, Block

__all__ = ["DEFAULT_VALUES", "VALUES", "check_values", "flat_record", "flat_values"]


def _blocks(blocks: Iterable[Block]) -> list[dict[str, Any]]:
    return [block.to_dict() for block in blocks]


#: What can be taken from a cleaned page, by name.
VALUES: dict[str, Callable[[Article], Any]] = {
    "title": lambda a: a.title,
    "body": lambda a: a.body,
    "authors": lambda a: list(a.authors),
    "published": lambda a: a.published,
    "language": lambda a: a.language,
    "is_article": lambda a: a.is_article,
    "canonical_url": lambda a: a.canonical_url,
    "outlet": lambda a: a.outlet,
    "warnings": lambda a: list(a.warnings),
    "text": render.to_text,
    "markdown": render.to_markdown,
    "html": lambda a: render.to_html(a, document=False),
    "bylines": lambda a: _blocks(a.bylines),
    "captions": lambda a: _blocks(a.captions),
    "photo_credits": lambda a: _blocks(a.photo_credits),
    "promos": lambda a: _blocks(a.promos),
    "blocks": lambda a: _blocks(a.blocks),
    "article": lambda a: a.to_dict(),
}

#: The values taken when none are named.
DEFAULT_VALUES = ("title", "authors", "published", "language", "is_article", "body")


def check_values(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` as a tuple, or a ``ValueError`` naming the unknown ones and the known ones."""
    names = tuple(names)
    unknown = [name for name in names if name not in VALUES]
    if unknown:
        raise ValueError(f"unknown value {', '.join(map(repr, unknown))}; known: {', '.join(VALUES)}")
    return names


def flat_values(article: Article | None, names: Iterable[str]) -> dict[str, Any]:
    """``{name: value}`` for each name; all None when there is no article (the page failed)."""
    return {name: (VALUES[name](article) if article is not None else None) for name in names}


def flat_record(page: Page, result: Article | PageError, names: Iterable[str],
                extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``key``, ``url``, the named values and ``error`` (None, or ``"Type: message"``) of one page."""
    if isinstance(result, PageError):
        values, error = flat_values(None, names), f"{result.error}: {result.message}"
    else:
        values, error = flat_values(result, names), None
    return {**(extra or {}), "key": page.key, "url": page.url, **values, "error": error}

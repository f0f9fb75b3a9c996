"""A Scrapy item pipeline that cleans an item's HTML into the fields you name (``newsclean[scrapy]``).

Enable it and say which values go into which item fields::

    ITEM_PIPELINES = {"newsclean.contrib.scrapy.NewsCleanPipeline": 300}
    NEWSCLEAN_FIELDS = {"title": "title", "text": "body", "authors": "authors", "body_md": "markdown"}

Settings (all optional):

- ``NEWSCLEAN_HTML_FIELD`` (``"html"``): the item field holding the page; items without it pass untouched.
- ``NEWSCLEAN_URL_FIELD`` (``"url"``): the item field holding the page's address.
- ``NEWSCLEAN_FIELDS``: item field -> value (see :data:`newsclean.contrib.VALUES`); by default the
  values of :data:`newsclean.contrib.DEFAULT_VALUES` under their own names.
- ``NEWSCLEAN_OPTIONS`` (``{}``): keyword arguments of :class:`newsclean.Options`.
- ``NEWSCLEAN_KEEP_HTML`` (``True``): False removes the HTML field once the item is cleaned.
- ``NEWSCLEAN_ERROR_FIELD`` (None): an item field that receives the error of a page that cannot be
  cleaned (such items are kept, and counted in the stats as ``newsclean/errors``).
- ``NEWSCLEAN_DROP_FAILED`` (``False``): True drops such items instead.

With ``scrapy.Item`` classes, every target field must be declared on the item.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._optional import require
from ..cleaner import Cleaner
from ..errors import InputError
from ..options import Options
from . import DEFAULT_VALUES, VALUES, check_values

__all__ = ["NewsCleanPipeline", "PipelineSettings"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineSettings:
    """The pipeline's settings (see the module's documentation for each)."""

    html_field: str = "html"
    url_field: str = "url"
    fields: Mapping[str, str] = field(default_factory=lambda: {name: name for name in DEFAULT_VALUES})
    options: Options = field(default_factory=Options)
    keep_html: bool = True
    error_field: str | None = None
    drop_failed: bool = False

    def __post_init__(self) -> None:
        check_values(self.fields.values())

    @classmethod
    def from_settings(cls, settings: Any) -> PipelineSettings:
        """Read ``NEWSCLEAN_*`` from Scrapy settings; a bad value stops the crawl at start-up."""
        default = cls()
        fields = settings.getdict("NEWSCLEAN_FIELDS") or dict(default.fields)
        return cls(
            html_field=settings.get("NEWSCLEAN_HTML_FIELD", default.html_field),
            url_field=settings.get("NEWSCLEAN_URL_FIELD", default.url_field),
            fields={str(target): str(value) for target, value in fields.items()},
            options=Options(**settings.getdict("NEWSCLEAN_OPTIONS")),
            keep_html=settings.getbool("NEWSCLEAN_KEEP_HTML", default.keep_html),
            error_field=settings.get("NEWSCLEAN_ERROR_FIELD") or None,
            drop_failed=settings.getbool("NEWSCLEAN_DROP_FAILED", default.drop_failed),
        )


class NewsCleanPipeline:
    """Cleans ``item[html_field]`` and stores the values named in ``fields`` on the item."""

    def __init__(self, settings: PipelineSettings | None = None, stats: Any = None) -> None:
        self.settings = settings or PipelineSettings()
        self.cleaner = Cleaner(self.settings.options)
        self.stats = stats
        require("scrapy", "scrapy")
        self._adapter = require("itemadapter", "scrapy").ItemAdapter

    @classmethod
    def from_crawler(cls, crawler: Any) -> NewsCleanPipeline:
        """Build from the crawler's settings (Scrapy calls this)."""
        return cls(PipelineSettings.from_settings(crawler.settings), getattr(crawler, "stats", None))

    def _count(self, name: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"newsclean/{name}")

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean the item's page into its fields; see the module's documentation for failures."""
        adapter = self._adapter(item)
        markup = adapter.get(self.settings.html_field)
        if markup is None:
            self._count("skipped")
            return item
        url = adapter.get(self.settings.url_field)
        try:
            article = self.cleaner.clean(markup, url if isinstance(url, str) else None)
        except InputError as exc:
            return self._failed(item, adapter, url, exc)
        for target, value in self.settings.fields.items():
            adapter[target] = VALUES[value](article)
        if not self.settings.keep_html:
            del adapter[self.settings.html_field]
        self._count("cleaned")
        return item

    def _failed(self, item: Any, adapter: Any, url: Any, exc: InputError) -> Any:
        self._count("errors")
        logger.warning("newsclean could not clean %s: %s", url or "an item", exc)
        if self.settings.drop_failed:
            raise require("scrapy.exceptions", "scrapy").DropItem(f"newsclean: {exc}")
        if self.settings.error_field:
            adapter[self.settings.error_field] = str(exc)
        return item

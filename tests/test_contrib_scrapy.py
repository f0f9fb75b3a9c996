"""NewsCleanPipeline, driven by Scrapy's own helpers: settings, stats, item types, failures, a real crawl."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from _pipeline_pages import article_page

scrapy = pytest.importorskip("scrapy")
from scrapy.exceptions import DropItem  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from newsclean.contrib.scrapy import NewsCleanPipeline  # noqa: E402

URL = "https://valleypost.example/news/bridge"


def pipeline(**settings: Any) -> tuple[NewsCleanPipeline, Any]:
    crawler = get_crawler(scrapy.Spider, settings)
    return NewsCleanPipeline.from_crawler(crawler), crawler.stats


def test_default_fields_are_filled_from_the_html_and_url() -> None:
    cleaner, stats = pipeline()
    item = cleaner.process_item({"url": URL, "html": article_page()})
    assert item["title"] == "Council Votes to Repair the Old Bridge"
    assert item["authors"] == ["Ana Ruiz"] and item["is_article"] is True
    assert item["body"].startswith("The council met") and "html" in item
    assert stats.get_value("newsclean/cleaned") == 1


def test_fields_html_field_and_options_come_from_settings() -> None:
    cleaner, _ = pipeline(NEWSCLEAN_HTML_FIELD="page", NEWSCLEAN_URL_FIELD="link",
                          NEWSCLEAN_FIELDS={"headline": "title", "text_md": "markdown", "raw": "article"},
                          NEWSCLEAN_OPTIONS={"input_format": "text"}, NEWSCLEAN_KEEP_HTML=False)
    item = cleaner.process_item({"link": URL, "page": "Bridge Repaired\n\n" + "The bridge reopened. " * 9})
    assert set(item) == {"link", "headline", "text_md", "raw"}
    assert item["raw"]["url"] == URL and item["raw"]["blocks"][0]["source"] == "line:1"


def test_items_without_html_pass_untouched() -> None:
    cleaner, stats = pipeline()
    assert cleaner.process_item({"url": URL}) == {"url": URL}
    assert stats.get_value("newsclean/skipped") == 1


def test_a_page_that_cannot_be_cleaned_is_kept_with_its_error_or_dropped() -> None:
    keep, stats = pipeline(NEWSCLEAN_ERROR_FIELD="clean_error")
    item = keep.process_item({"url": URL, "html": "   "})
    assert "empty" in item["clean_error"] and "title" not in item
    assert stats.get_value("newsclean/errors") == 1
    drop, _ = pipeline(NEWSCLEAN_DROP_FAILED=True)
    with pytest.raises(DropItem, match="newsclean: "):
        drop.process_item({"url": URL, "html": b""})


def test_scrapy_items_and_dataclass_items_work() -> None:
    class Story(scrapy.Item):
        url = scrapy.Field()
        html = scrapy.Field()
        title = scrapy.Field()

    @dataclass
    class Page:
        url: str
        html: str
        title: str | None = None
        extra: dict[str, Any] = field(default_factory=dict)

    cleaner, _ = pipeline(NEWSCLEAN_FIELDS={"title": "title"})
    assert cleaner.process_item(Story(url=URL, html=article_page()))["title"].startswith("Council")
    assert cleaner.process_item(Page(URL, article_page())).title.startswith("Council")


def test_an_unknown_value_stops_the_crawl_at_start() -> None:
    with pytest.raises(ValueError, match="unknown value 'bodyy'"):
        pipeline(NEWSCLEAN_FIELDS={"body": "bodyy"})


SPIDER = '''
import scrapy

class Pages(scrapy.Spider):
    name = "pages"
    start_urls = {urls!r}
    custom_settings = {{
        "ITEM_PIPELINES": {{"newsclean.contrib.scrapy.NewsCleanPipeline": 300}},
        "NEWSCLEAN_FIELDS": {{"title": "title", "authors": "authors"}},
        "NEWSCLEAN_KEEP_HTML": False,
        "FEEDS": {{{feed!r}: {{"format": "jsonlines"}}}},
        "LOG_LEVEL": "WARNING",
    }}

    def parse(self, response):
        yield {{"url": response.url, "html": response.text}}
'''


def test_a_real_crawl_of_local_pages_writes_cleaned_items(tmp_path: Path) -> None:
    pages = []
    for n in range(2):
        path = tmp_path / f"story-{n}.html"
        path.write_text(article_page(n, title=f"Bridge Story Number {n}"), encoding="utf-8")
        pages.append(path.as_uri())
    feed = tmp_path / "items.jsonl"
    spider = tmp_path / "spider.py"
    spider.write_text(SPIDER.format(urls=pages, feed=str(feed)))
    subprocess.run([sys.executable, "-m", "scrapy", "runspider", str(spider)], check=True, cwd=tmp_path,
                   capture_output=True, timeout=120)
    items = sorted((json.loads(line) for line in feed.read_text().splitlines()), key=lambda i: i["url"])
    assert [(i["title"], i["authors"], "html" in i) for i in items] == [
        ("Bridge Story Number 0", ["Ana Ruiz"], False), ("Bridge Story Number 1", ["Ana Ruiz"], False)]

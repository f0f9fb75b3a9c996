"""Page metadata from the head: meta tags, the canonical link and JSON-LD, read with one XPath."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

_META_XPATH = etree.XPath(
    "//meta[@content] | //link[@rel and @href] | //script[@type='application/ld+json'] | //title"
    " | /html[@lang] | //time[@datetime]"
)
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "webpage", "report",
                  "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle"})


@dataclass(slots=True)
class PageMeta:
    """What the page says about itself outside its visible text."""

    title: str | None = None  # <title>
    og_title: str | None = None
    ld_headline: str | None = None
    description: str | None = None
    site_name: str | None = None
    canonical: str | None = None
    lang: str | None = None
    authors: list[str] = field(default_factory=list)  # meta/JSON-LD, people and organisations alike
    published: str | None = None
    time_datetimes: list[str] = field(default_factory=list)
    article_body: str | None = None
    og_type: str | None = None
    ld_types: set[str] = field(default_factory=set)


def read_meta(root: Any) -> PageMeta:
    meta = PageMeta()
    for element in _META_XPATH(root):
        tag = element.tag
        if tag == "meta":
            _read_meta_tag(meta, element)
        elif tag == "link":
            if "canonical" in element.get("rel", "").lower().split() and not meta.canonical:
                meta.canonical = element.get("href", "").strip() or None
        elif tag == "script":
            _read_json_ld(meta, element.text or "")
        elif tag == "title":
            meta.title = meta.title or _clean(element.text_content())
        elif tag == "html":
            meta.lang = (element.get("lang") or "").strip() or None
        elif tag == "time":
            meta.time_datetimes.append(element.get("datetime", "").strip())
    return meta


_NAME_KEYS = {
    "og:title": "og_title",
    "twitter:title": "og_title",
    "og:site_name": "site_name",
    "og:description": "description",
    "description": "description",
    "og:type": "og_type",
}
_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "byl", "cxenseparse:author", "citation_author")
_DATE_KEYS = ("article:published_time", "datepublished", "pubdate", "publishdate", "parsely-pub-date",
              "sailthru.date", "dc.date.issued", "dc.date", "date", "og:published_time",
              "article.published", "publish-date", "cxenseparse:recs:publishtime")


def _read_meta_tag(meta: PageMeta, element: Any) -> None:
    key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
    content = _clean(element.get("content"))
    if not key or not content:
        return
    attr = _NAME_KEYS.get(key)
    if attr and getattr(meta, attr) is None:
        setattr(meta, attr, content)
    elif key in _AUTHOR_KEYS and not content.startswith("http"):
        meta.authors.append(content)
    elif key in _DATE_KEYS and meta.published is None:
        meta.published = content


def _read_json_ld(meta: PageMeta, text: str) -> None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # broken, or nested deeper than the json module can read
        return
    for item in _ld_items(data):
        types = {t.lower() for t in _as_list(item.get("@type")) if isinstance(t, str)}
        meta.ld_types |= types
        if types & _ARTICLE_TYPES and ("headline" in item or "articleBody" in item):
            _read_ld_article(meta, item)


def _read_ld_article(meta: PageMeta, item: dict[str, Any]) -> None:
    if isinstance(item.get("headline"), str) and not meta.ld_headline:
        meta.ld_headline = _clean(item["headline"])
    if isinstance(item.get("datePublished"), str) and not meta.published:
        meta.published = item["datePublished"].strip()
    if isinstance(item.get("articleBody"), str) and not meta.article_body:
        meta.article_body = item["articleBody"]
    for author in _as_list(item.get("author")) + _as_list(item.get("creator")):
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            meta.authors.append(_clean(name) or "")


def _ld_items(data: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object in a document, through lists and @graph, breadth first, bounded."""
    found: list[dict[str, Any]] = []
    queue = [data]
    while queue and len(found) < 200:
        item = queue.pop(0)
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                queue.extend(graph)
            main = item.get("mainEntity")
            if isinstance(main, dict):
                queue.append(main)
    return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(text.split()) or None

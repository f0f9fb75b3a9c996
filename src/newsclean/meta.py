"""Page metadata from the head: meta tags, the canonical link and JSON-LD, read with one XPath."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

# The elements read, by tag: lxml's tag-filtered iteration is one pass in C, where an XPath union walks
# the tree once per "//" step. Dates in itemprop attributes can be on any element: they are found from the
# attribute, as a predicate on every element (//*[@itemprop=...]) costs libxml2 more than the rest.
_META_TAGS = ("meta", "link", "script", "title", "time")
_ITEMPROP_DATES = etree.XPath("//@itemprop[.='datePublished' or .='dateCreated']/..")
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "webpage", "report",
    "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle",
})
# Where a publication date comes from, most trusted first (lower is better).
LD_DATE, META_DATE, ITEMPROP_DATE, TIME_DATE, MODIFIED_DATE = range(5)


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
    authors: list[str] = field(default_factory=list)  # article-level: JSON-LD, article:author, parsely, ...
    page_authors: list[str] = field(default_factory=list)  # <meta name=author>: often the site's owner
    organisations: list[str] = field(default_factory=list)  # JSON-LD authors typed as an organisation
    copyright: str | None = None
    published: str | None = None  # the most trusted declared publication date
    dates: list[tuple[int, str]] = field(default_factory=list)  # (source rank, value), in page order
    time_datetimes: list[str] = field(default_factory=list)
    article_body: str | None = None
    og_type: str | None = None
    ld_types: set[str] = field(default_factory=set)

    def declared_authors(self) -> list[str]:
        """Article-level author values, else the page-level ones, without the owner named in the copyright
        line, as the site or as an organisation that wrote the article (a company's press release)."""
        owners = self.owners()
        values = self.authors or self.page_authors
        return [v for v in values if not (owners and v.casefold() in owners)]

    def owners(self) -> str:
        """The site's and its owners' names (copyright holder, site name, declared organisations), caseless
        and space-joined: a name found in it is no person."""
        return " ".join(filter(None, (self.copyright, self.site_name, *self.organisations))).casefold()

    def best_date(self) -> str | None:
        """The declared date from the most trusted source (the first of its rank in the page)."""
        ranked = sorted(((rank, i, value) for i, (rank, value) in enumerate(self.dates) if value))
        return ranked[0][2] if ranked else None


def read_meta(root: Any) -> PageMeta:
    meta = PageMeta()
    document = root.getroottree().getroot()
    if document.tag == "html":
        meta.lang = (document.get("lang") or "").strip() or None
    for element in document.iter(_META_TAGS):
        _read_element(meta, element)
    found: list[Any] = _ITEMPROP_DATES(root)  # type: ignore[assignment]
    for element in found:  # in document order, which decides between two of them
        if element.tag != "meta":  # a meta tag's itemprop is one of its keys
            value = element.get("datetime") or element.get("content") or "".join(element.itertext())
            meta.dates.append((ITEMPROP_DATE, _clean(value) or ""))
    meta.dates.extend((TIME_DATE, value) for value in meta.time_datetimes[:1])
    meta.published = meta.best_date()
    return meta


def _read_element(meta: PageMeta, element: Any) -> None:
    tag = element.tag
    if tag == "meta":
        _read_meta_tag(meta, element)
    elif tag == "link":
        if "canonical" in element.get("rel", "").lower().split() and not meta.canonical:
            meta.canonical = element.get("href", "").strip() or None
    elif tag == "script":
        if element.get("type") == "application/ld+json":
            _read_json_ld(meta, element.text or "")
    elif tag == "title":
        meta.title = meta.title or _clean("".join(element.itertext()))
    elif datetime := element.get("datetime"):  # <time>
        meta.time_datetimes.append(datetime.strip())


_NAME_KEYS = {
    "og:title": "og_title",
    "twitter:title": "og_title",
    "og:site_name": "site_name",
    "og:description": "description",
    "description": "description",
    "og:type": "og_type",
}
_AUTHOR_KEYS = frozenset({
    "article:author", "parsely-author", "sailthru.author", "byl", "cxenseparse:author", "citation_author",
    "article_author", "byline",
})

_DATE_KEYS = frozenset({
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "datecreated", "pubdate", "pdate", "publishdate", "publish_date", "publish-date",
    "published_at", "published", "pub_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "date", "article.published",
    "article_date_original", "iso-8601-publish-date", "cxenseparse:recs:publishtime", "citation_publication_date",
    "citation_date", "gsa_publish_date", "release_date", "original-publish-date", "datetime",
})
_MODIFIED_KEYS = frozenset({"article:modified_time", "og:updated_time", "datemodified", "og:article:modified_time",
                            "article_date_updated", "last-modified"})


def _read_meta_tag(meta: PageMeta, element: Any) -> None:
    key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
    content = _clean(element.get("content") or element.get("value"))
    if not key or not content:
        return
    attr = _NAME_KEYS.get(key)
    if attr and getattr(meta, attr) is None:
        setattr(meta, attr, content)
    elif key in _AUTHOR_KEYS and not content.startswith("http"):
        meta.authors.append(content)
    elif key in ("author", "dc.creator", "dcterms.creator") and not content.startswith("http"):
        meta.page_authors.append(content)
    elif key in ("copyright", "dc.rights", "dcterms.rights"):
        meta.copyright = meta.copyright or content
    elif key in _DATE_KEYS:
        meta.dates.append((META_DATE, content))
    elif key in _MODIFIED_KEYS:
        meta.dates.append((MODIFIED_DATE, content))
    elif key == "parsely-page":
        _read_parsely(meta, content)


def _read_parsely(meta: PageMeta, content: str) -> None:
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):  # broken, or nested deeper than the json module can read
        return
    if isinstance(data, dict):
        if isinstance(data.get("pub_date"), str):
            meta.dates.append((META_DATE, data["pub_date"]))
        author = data.get("author") or data.get("authors")
        meta.authors.extend(a for a in _as_list(author) if isinstance(a, str) and not a.startswith("http"))


def _read_json_ld(meta: PageMeta, text: str) -> None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # broken, or nested deeper than the json module can read
        return
    for item in _ld_items(data):
        types = {t.lower() for t in _as_list(item.get("@type")) if isinstance(t, str)}
        meta.ld_types |= types
        if types & _ARTICLE_TYPES and ("headline" in item or "articleBody" in item or "datePublished" in item):
            _read_ld_article(meta, item)


def _read_ld_article(meta: PageMeta, item: dict[str, Any]) -> None:
    if isinstance(item.get("headline"), str) and not meta.ld_headline:
        meta.ld_headline = _ld_text(item["headline"])
    for key, rank in (("datePublished", LD_DATE), ("dateCreated", LD_DATE), ("dateModified", MODIFIED_DATE)):
        if isinstance(item.get(key), str):
            meta.dates.append((rank, item[key].strip()))
    if isinstance(item.get("articleBody"), str) and not meta.article_body:
        meta.article_body = item["articleBody"]
    for author in _as_list(item.get("author")) + _as_list(item.get("creator")):
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            named = meta.organisations if _organisation(author) else meta.authors
            named.append(_ld_text(name) or "")


_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})


def _organisation(author: object) -> bool:
    """Whether a JSON-LD author is typed as an organisation, not a person."""
    types = _as_list(author.get("@type")) if isinstance(author, dict) else []
    return any(isinstance(t, str) and t.lower() in _ORGANISATION_TYPES for t in types)


def _ld_text(text: str) -> str | None:
    """A JSON-LD string as text: pages often write their JSON with HTML escapes ("O&#039;Donnell"), which
    the script element's raw text keeps."""
    return _clean(html.unescape(text) if "&" in text else text)


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

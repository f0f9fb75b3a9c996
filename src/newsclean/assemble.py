"""Assemble: build the frozen :class:`~newsclean.Article` once, at the end."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urljoin

from .authors import merge_authors, parse_authors
from .body import BodySpan
from .decide import Decision, Label, best_hit
from .meta import PageMeta
from .model import Article, Block, Role
from .rules.engine import Page
from .rules.model import RuleSet

MIN_ARTICLE_WORDS = 120  # a body shorter than this needs the page to say it is an article
MIN_DECLARED_ARTICLE_WORDS = 40


def article(page: Page, decision: Decision, meta: PageMeta, *,
            url: str | None, outlet: RuleSet | None, rule_sets: tuple[str, ...]) -> Article:
    span, headline = decision.span, decision.headline
    blocks = tuple(_blocks(page, decision, url))
    bylines = [b.text for b in blocks if b.role is Role.BYLINE]
    visible = [name for text in bylines for name in parse_authors(text)]
    title = page.segments.texts[headline] if headline is not None else _meta_title(meta)
    is_article = _is_article(blocks, span, meta)
    return Article(
        blocks=blocks if is_article or span.words >= MIN_DECLARED_ARTICLE_WORDS else _demote_body(blocks),
        title=title,
        authors=merge_authors(visible, meta.authors if page.root is not None else []),
        published=normalise_date(meta.published or next((d for d in meta.time_datetimes if d), None)),
        canonical_url=meta.canonical,
        language=page.language,
        outlet=outlet.id if outlet else None,
        is_article=is_article,
        warnings=tuple(page.warnings),
        rule_sets=rule_sets,
        url=url,
    )


def _blocks(page: Page, decision: Decision, url: str | None) -> Iterator[Block]:
    seg, hits, span = page.segments, decision.hits, decision.span
    for i, label in enumerate(decision.labels):
        text = seg.texts[i]
        links = tuple((t, _absolute(url, h)) for t, h in seg.links[i])
        cut = best_hit(hits.get(i, ()), seg.words[i], i in span, split=True)
        pieces = _cut(text, cut.cut) if cut and cut.cut else [(text, None)]
        for piece, cut_off in pieces:
            chosen = Label(cut.rule.role, cut.rule.kind, cut.rule.id) if cut_off and cut else label
            yield Block(piece, Role(chosen.role), chosen.kind, chosen.rule, seg.tags[i], seg.sources[i],
                        links, seg.headings[i])


def _absolute(url: str | None, href: str) -> str:
    if not url or not href or href.startswith(("https://", "http://")):
        return href
    return urljoin(url, href)


def _cut(text: str, cut: tuple[int, int]) -> list[tuple[str, bool | None]]:
    start, end = cut
    parts = [(text[:start].strip(), None), (text[start:end].strip(), True), (text[end:].strip(), None)]
    return [(p, flag) for p, flag in parts if p]


def _is_article(blocks: Sequence[Block], span: BodySpan, meta: PageMeta) -> bool:
    if span.words >= MIN_ARTICLE_WORDS:
        return True
    declared = meta.og_type == "article" or bool(meta.ld_types & {"newsarticle", "article", "blogposting",
                                                                  "reportagenewsarticle"})
    paywalled = any(b.role is Role.PROMO and b.kind == "subscription" for b in blocks[span.end:span.end + 8])
    return declared and span.words >= MIN_DECLARED_ARTICLE_WORDS and not paywalled


def _demote_body(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A page that is no article and has no prose of its own gets no invented body."""
    return tuple(Block(b.text, Role.BOILERPLATE, "other", "body/not-article", b.tag, b.source, b.links, b.heading)
                 if b.role is Role.BODY else b for b in blocks)


def _meta_title(meta: PageMeta) -> str | None:
    return meta.ld_headline or meta.og_title or meta.title


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date(-time) as the page states it (with its offset), from ISO or RFC 2822 text."""
    if not value:
        return None
    value = value.strip()
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        parsed = dt.datetime.fromisoformat(iso)
    except ValueError:
        parsed = _rfc2822(value)
    if parsed is None:
        return None
    return parsed.isoformat() if len(value) > 10 else parsed.date().isoformat()


def _rfc2822(value: str) -> Any:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None

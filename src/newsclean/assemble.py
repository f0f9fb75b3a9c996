"""Assemble: build the frozen :class:`~newsclean.Article` once, at the end."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from urllib.parse import urljoin

import regex

from .authors import is_person_name, merge_authors, parse_authors
from .body import BodySpan
from .dates import date_in_url, normalise_date, parse_date
from .decide import Decision, Label, best_hit
from .meta import PageMeta
from .model import Article, Block, Role
from .rules.engine import Page
from .rules.model import RuleSet
from .segment import Flag

MIN_ARTICLE_WORDS = 120  # a body shorter than this needs the page to say it is an article
MIN_DECLARED_ARTICLE_WORDS = 40


def article(page: Page, decision: Decision, meta: PageMeta, *,
            url: str | None, outlet: RuleSet | None, rule_sets: tuple[str, ...]) -> Article:
    span = decision.span
    placed = list(_blocks(page, decision, url))
    blocks = tuple(block for _, block in placed)
    is_article = _is_article(blocks, span, meta)
    return Article(
        blocks=blocks if is_article or span.words >= MIN_DECLARED_ARTICLE_WORDS else _demote_body(blocks),
        title=_title(page, decision, meta),
        authors=merge_authors(_visible_authors(page, decision, placed),
                              meta.declared_authors() if page.root is not None else []),
        published=_published(page, placed, meta, url),
        canonical_url=meta.canonical,
        language=page.language,
        outlet=outlet.id if outlet else None,
        is_article=is_article,
        warnings=tuple(page.warnings),
        rule_sets=rule_sets,
        url=url,
    )


def _blocks(page: Page, decision: Decision, url: str | None) -> Iterator[tuple[int, Block]]:
    seg, hits, span = page.segments, decision.hits, decision.span
    for i, label in enumerate(decision.labels):
        text = seg.texts[i]
        links = tuple((t, _absolute(url, h)) for t, h in seg.links[i])
        cut = best_hit(hits.get(i, ()), seg.words[i], i in span, split=True)
        pieces = _cut(text, cut.cut) if cut and cut.cut else [(text, None)]
        for piece, cut_off in pieces:
            chosen = Label(cut.rule.role, cut.rule.kind, cut.rule.id) if cut_off and cut else label
            yield i, Block(piece, Role(chosen.role), chosen.kind, chosen.rule, seg.tags[i], seg.sources[i],
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


# ---------------------------------------------------------------- title

# " | Site", " - Site", " — Site", " : Section : Site", "_Section_Site", "：Site" after a headline.
_TITLE_SEPARATOR = regex.compile(r"\s+[|\-–—•·:»]{1,2}\s+|\s*[｜|_：]\s*|\s+－\s+")


def _title(page: Page, decision: Decision, meta: PageMeta) -> str | None:
    """The headline: an h1 the page's declared titles confirm, else the declared title without the
    site's name, else the headline block, else the first h1 that is not the site's name."""
    seg = page.segments
    declared = [t for t in (meta.ld_headline, meta.og_title, meta.title) if t]
    h1s = [i for i in range(len(seg)) if seg.headings[i] == 1 and seg.texts[i]]
    if decision.headline is not None:
        h1s.insert(0, decision.headline)
    for i in h1s:
        if any(_confirms(seg.texts[i], title) for title in declared):
            return seg.texts[i]
    if meta.ld_headline or meta.og_title:
        return _strip_site(meta.ld_headline or meta.og_title or "", meta)
    if decision.headline is not None and not _is_site_name(seg.texts[decision.headline], meta):
        return seg.texts[decision.headline]
    for i in h1s:
        if not seg.flags[i] & (Flag.NAV | Flag.HEADER | Flag.FOOTER) and not _is_site_name(seg.texts[i], meta):
            return seg.texts[i]
    return _strip_site(meta.title, meta) if meta.title else None


def _confirms(h1: str, title: str) -> bool:
    """Whether a declared title is the h1, or the h1 with the site's name (and section) around it."""
    a, b = _fold(h1), _fold(title)
    if not a or len(a) < 4:
        return False
    if a == b:
        return True
    if b.startswith(a):
        return bool(_TITLE_SEPARATOR.match(b[len(a):]))
    if b.endswith(a):
        return _ends_with_separator(b[: -len(a)])
    return False


def _ends_with_separator(text: str) -> bool:
    return bool(regex.search(r"(?:[|\-–—•·:»｜_：－])\s*$", text))


def _strip_site(title: str, meta: PageMeta) -> str:
    """'Headline | Site' -> 'Headline': the longest part of a declared title, when it is cut by separators."""
    parts = [p for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    site = _fold(meta.site_name)
    kept = [p for p in parts if _fold(p) != site]
    best = max(kept or parts, key=len)
    return best.strip() if len(best) >= 0.4 * len(title) else title


def _is_site_name(text: str, meta: PageMeta) -> bool:
    folded = _fold(text)
    if folded and folded == _fold(meta.site_name):
        return True
    if "logo" in folded.split():
        return True
    title = meta.title or ""
    parts = [_fold(p) for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    return len(parts) >= 2 and folded in parts and folded != max(parts, key=len)


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


# ---------------------------------------------------------------- authors

NEAR_HEADLINE = 6  # blocks: a byline this close before the headline may still be the article's
AFTER_BODY = 12  # blocks: a byline this close after the body may be the article's (sign-off bylines)
CLUSTER_GAP = 6  # blocks: byline pieces this close together are one byline


def _visible_authors(page: Page, decision: Decision, placed: Sequence[tuple[int, Block]]) -> list[str]:
    """Names in the article's own byline: the first cluster of byline blocks from just before the
    headline on; bylines of teasers far below the article are left out."""
    span = decision.span
    anchor = decision.headline if decision.headline is not None else span.start
    bylines = [(i, b.text, b.rule) for i, b in placed if b.role is Role.BYLINE]
    zone = [(i, t, r) for i, t, r in bylines if anchor - NEAR_HEADLINE <= i < span.end + AFTER_BODY]
    if not zone and decision.headline is None:
        zone = bylines[:3]
    names: list[str] = []
    last = None
    for i, text, rule in zone:
        if last is not None and i - last > CLUSTER_GAP and names:
            break
        found = parse_authors(text)
        if not found and not names and _lone_name(text, rule):
            return _lone_name(text, rule)
        if found:
            names.extend(found)
            last = i
        elif last is None:
            continue
    return names


def _lone_name(text: str, rule: str) -> list[str]:
    """A single capitalised word that author markup names ("Paul"): a name, if nothing better is found."""
    word = text.strip(" .,:")
    plausible = regex.fullmatch(r"\p{Lu}\p{Ll}{2,20}", word) and is_person_name(f"{word} Roe")
    return [word] if rule.endswith("/author-markup") and plausible else []


# ---------------------------------------------------------------- published


def _published(page: Page, placed: Sequence[tuple[int, Block]], meta: PageMeta, url: str | None) -> str | None:
    """The declared date (JSON-LD, meta, itemprop, <time>), else the first visible date line, else a date
    in the page's address."""
    declared = next((d for d in (normalise_date(v) for _, v in sorted(meta.dates, key=lambda d: d[0])) if d),
                    None)
    if declared:
        return declared
    month_first = page.language in (None, "en")
    for _, block in placed:
        if block.role is Role.METADATA and block.kind == "date":
            found = parse_date(block.text, month_first=month_first)
            if found:
                return found
    return date_in_url(url) or date_in_url(meta.canonical)

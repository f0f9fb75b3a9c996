"""Assemble: build the frozen :class:`~newsclean.Article` once, at the end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from urllib.parse import urljoin, urlsplit

import regex

from .authors import caseless_name, lone_name, merge_author_groups, opening_reporters, parse_authors
from .body import BodySpan
from .bylines import OTHER_STORY_BYLINE, SIGN_OFF_GREETING, TEASER_CARD_BYLINE
from .dates import date_in_url, normalise_date, parse_date
from .decide import HEADLINE_PIECES, Decision, Label, best_hit
from .meta import MODIFIED_DATE, PageMeta
from .model import Article, Block, Role
from .rules.engine import Page
from .rules.model import RuleSet
from .segment import SENTENCE_END, count_words
from .titles import DeclaredTitles, strip_site, without_kicker

MIN_ARTICLE_WORDS = 120  # a body shorter than this needs the page to say it is an article
MIN_DECLARED_ARTICLE_WORDS = 40
MIN_LISTING_ARTICLE_WORDS = 300  # a page declared a site's page (a section front) needs a long text to be an article
MIN_MAIN_TEXT_WORDS = 12  # a body paragraph this long, ending a sentence, is main text of a non-article
# An error page's title: its message ("Sorry, the address you typed does not exist") is no text of its own.
_ERROR_PAGE = regex.compile(
    r"(?<!\d)404(?!\d)|\b(?:page|article|content) (?:not found|(?:does not|doesn['’]t) exist)\b"
    r"|\bp[áa]gina no encontrada\b|\bpágina não encontrada\b|\bpage (?:introuvable|non trouvée)\b"
    r"|\bseite nicht gefunden\b|\bpagina non trovata\b|\bpagina niet gevonden\b"
    r"|\bsidan (?:kunde inte hittas|hittades inte)\b|\bsiden (?:blev ikke fundet|finnes ikke)\b"
    r"|\bstrona nie (?:została znaleziona|istnieje)\b|\bstránka (?:nebyla nalezena|neexistuje)\b"
    r"|\bsivua ei löytynyt\b|\bстраница не найдена\b|\bсторінку не знайдено\b|\bsayfa bulunamadı\b"
    r"|ページが見つかりません|页面不存在|找不到(?:该)?页面|페이지를 찾을 수 없습니다",
    regex.I,
)
_SENTENCE_END = (*SENTENCE_END, ":")


def article(page: Page, decision: Decision, meta: PageMeta, *,
            url: str | None, outlet: RuleSet | None, rule_sets: tuple[str, ...]) -> Article:
    span = decision.span
    placed = list(_blocks(page, decision, url))
    blocks = tuple(block for _, block in placed)
    declared = _declared(meta, signed=page.root is None and _signed(placed, decision))
    paywalled = _paywalled(blocks, span)
    listing = _declared_listing(meta)
    is_article = _is_article(span, declared, paywalled, listing=listing) and not _teaser_list(blocks)
    teasers_only = _teasers_only(blocks, decision, is_article, stub=declared and paywalled)
    title = _title(page, decision, meta, placed)
    keeps_text = is_article or (not listing and _has_main_text(blocks)
                                and not _ERROR_PAGE.search(title or meta.title or ""))
    return Article(
        blocks=blocks if keeps_text else _demote_body(blocks),
        title=title,
        authors=merge_author_groups([] if teasers_only else _visible_authors(decision, placed, is_article),
                                    meta.declared_authors() if page.root is not None else [], page.language,
                                    meta.owners()),
        published=_published(page, placed, meta, url, decision),
        canonical_url=meta.canonical,
        language=page.language,
        outlet=outlet.id if outlet else None,
        is_article=is_article,
        warnings=tuple(page.warnings),
        rule_sets=rule_sets,
        url=url,
    )


_ROLES = {role.value: role for role in Role}  # Role(value) is a slow lookup, and labels hold plain strings


def _blocks(page: Page, decision: Decision, url: str | None) -> Iterator[tuple[int, Block]]:
    seg, hits, span = page.segments, decision.hits, decision.span
    origin = _origin(url)
    absolute: dict[str, str] = {}  # href -> absolute URL: menus and teasers repeat their links
    for i, label in enumerate(decision.labels):
        text = seg.texts[i]
        links = seg.links[i]
        if links:
            links = tuple((t, absolute.get(h) or absolute.setdefault(h, _absolute(url, h, origin))) for t, h in links)
        found = hits.get(i)
        cut = best_hit(found, seg.words[i], i in span, split=True) if found else None
        pieces = _cut(text, cut.cut) if cut and cut.cut else [(text, None)]
        for piece, cut_off in pieces:
            chosen = Label(cut.rule.role, cut.rule.kind, cut.rule.id) if cut_off and cut else label
            yield i, Block(piece, _ROLES.get(chosen.role) or Role(chosen.role), chosen.kind, chosen.rule, seg.tags[i],
                           seg.sources[i], links, seg.headings[i])


def _origin(url: str | None) -> str | None:
    """``scheme://host`` of a page's http(s) URL, which a root-relative link is simply appended to."""
    try:
        parts = urlsplit(url) if url else None
    except ValueError:
        return None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def _absolute(url: str | None, href: str, origin: str | None = None) -> str:
    if not url or not href or href.startswith(("https://", "http://")):
        return href
    if origin and href[0] == "/" and _joins_as_is(href):
        return origin + href  # what urljoin gives, without its parsing
    try:
        return urljoin(url, href)
    except ValueError:  # a malformed URL ("//[::1", a bad IPv6 literal): keep the link as the page wrote it
        return href


def _joins_as_is(href: str) -> bool:
    """Whether urljoin keeps a root-relative ``href`` as it is: it removes dot segments, doubled slashes,
    tabs and newlines, and an empty query, fragment or parameter ("/tags/?", "/page#", "/p;")."""
    return ("//" not in href and "/." not in href and "?#" not in href and ";" not in href
            and not href.endswith(("?", "#")) and href.isprintable())


def _cut(text: str, cut: tuple[int, int]) -> list[tuple[str, bool | None]]:
    start, end = cut
    parts = [(text[:start].strip(), None), (text[start:end].strip(), True), (text[end:].strip(), None)]
    return [(p, flag) for p, flag in parts if p]


def _declared(meta: PageMeta, *, signed: bool) -> bool:
    """Whether the page says it is an article: its metadata, or in plain text, which has none, a byline or
    date line under the headline (``signed``)."""
    return signed or meta.og_type == "article" or bool(meta.ld_types & _ARTICLE_TYPES)


_ARTICLE_TYPES = frozenset({"newsarticle", "article", "blogposting", "reportagenewsarticle"})
_LISTING_TYPES = frozenset({"webpage", "collectionpage", "itemlist", "searchresultspage"})


def _declared_listing(meta: PageMeta) -> bool:
    """Whether the page says it is one of the site's own pages, not an article: og:type "website" and a
    schema.org page type with no article type (a section front's lead teaser runs to a paragraph)."""
    return (meta.og_type == "website" and bool(meta.ld_types & _LISTING_TYPES)
            and not meta.ld_types & _ARTICLE_TYPES)


def _is_article(span: BodySpan, declared: bool, paywalled: bool, *, listing: bool) -> bool:
    """Whether the page is an article: a long body (longer on a page declared a ``listing``), or a shorter
    one on a page ``declared`` an article and not cut short by a paywall."""
    if listing:
        return span.words >= MIN_LISTING_ARTICLE_WORDS
    if span.words >= MIN_ARTICLE_WORDS:
        return True
    return declared and span.words >= MIN_DECLARED_ARTICLE_WORDS and not paywalled


def _teasers_only(blocks: Sequence[Block], decision: Decision, is_article: bool, *, stub: bool) -> bool:
    """Whether the page's bylines are all its teasers': a page that is no article and has no headline (a
    front page), or shows several bylines (a topic or author page). A short post signs once, and a paywall
    ``stub`` is an article cut short, signed by its writer."""
    if is_article:
        return False
    return decision.headline is None or (not stub and sum(map(_any_byline, blocks)) >= TEASER_BYLINES)


_TEASER_BYLINE_RULES = frozenset({TEASER_CARD_BYLINE.rule, OTHER_STORY_BYLINE.rule})


def _any_byline(block: Block) -> bool:
    """A byline, the page's own or a teaser's (bylines.label_teaser_card_bylines, label_other_story_bylines)."""
    return _is_byline(block) or block.rule in _TEASER_BYLINE_RULES


def _paywalled(blocks: Sequence[Block], span: BodySpan) -> bool:
    """Whether a paywall's offer closes the text: the page is a stub of an article."""
    return any(_is_paywall(b) for b in blocks[span.end:span.end + 8])


def _signed(placed: Sequence[tuple[int, Block]], decision: Decision) -> bool:
    """Whether a byline or a date line stands between the headline and the body."""
    if decision.headline is None:
        return False
    return any(decision.headline < i < decision.span.start and (block.role is Role.BYLINE or (
        block.role is Role.METADATA and block.kind == "date")) for i, block in placed)


def _is_paywall(block: Block) -> bool:
    """A paywall's offer ("Subscribe to continue reading"), by the rules named for it (``paywall-offer``,
    an outlet's ``paywall``), unlike a plug after a whole short story ("Subscribe today for $1")."""
    return block.role is Role.PROMO and block.kind == "subscription" and block.rule.rsplit("/", 1)[-1].startswith(
        "paywall")


def _has_main_text(blocks: Sequence[Block]) -> bool:
    """Whether a page that is no article still has prose of its own: a body paragraph of a sentence or two
    (a one-paragraph post), not only headlines, link lists and teasers. On a list of teasers (two or more
    excerpts under linked headings) the excerpts are none; a blog post's title links to the post itself."""
    excerpts = [i for i, b in enumerate(blocks) if b.text.endswith(_SENTENCE_END) and _under_linked_heading(blocks, i)]
    teasers = set(excerpts) if len(excerpts) >= 2 else set()
    return any(b.role is Role.BODY and count_words(b.text) >= MIN_MAIN_TEXT_WORDS and b.text.endswith(_SENTENCE_END)
               and i not in teasers for i, b in enumerate(blocks))


TEASER_HEADING_REACH = 2  # blocks between a teaser's linked heading and its excerpt (a label, a date)
TEASER_LIST = 3  # excerpts under linked headings that make the body a list of teasers (a topic page)


def _teaser_list(blocks: Sequence[Block]) -> bool:
    """Whether the body is a list of teasers: three or more of its paragraphs, and two thirds of them,
    are excerpts under linked headings (a topic or section page, whatever its length)."""
    body = [i for i, b in enumerate(blocks) if b.role is Role.BODY]
    excerpts = [i for i in body if _under_linked_heading(blocks, i)]
    return len(excerpts) >= TEASER_LIST and 3 * len(excerpts) >= 2 * len(body)


def _under_linked_heading(blocks: Sequence[Block], i: int) -> bool:
    """Whether the nearest heading above block ``i`` (TEASER_HEADING_REACH blocks up at most) is a link:
    block ``i`` is a teaser's excerpt."""
    for heading in blocks[max(i - TEASER_HEADING_REACH, 0):i][::-1]:
        if heading.heading:
            linked = sum(len(text) for text, _ in heading.links)
            return linked >= 0.9 * len(heading.text)
    return False


def _demote_body(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A page that is no article and has no prose of its own gets no invented body."""
    return tuple(Block(b.text, Role.BOILERPLATE, "other", "body/not-article", b.tag, b.source, b.links, b.heading)
                 if b.role is Role.BODY else b for b in blocks)


# ---------------------------------------------------------------- title

def _title(page: Page, decision: Decision, meta: PageMeta, placed: Sequence[tuple[int, Block]]) -> str | None:
    """The headline as the page shows it: the headline block's text (its pieces joined, without the kicker
    its markup sets in front or a rule cut off, without the site's name after it), else the declared
    title (JSON-LD, og:title, <title>) without the site's name. Which heading is the headline was
    settled with the declared titles as evidence (decide.pick_headline)."""
    declared = decision.titles
    if decision.headline is not None:
        text = _headline_text(page, decision.headline, placed, declared)
        if len(text) >= 6 and not declared.is_site_name(text):
            return declared.strip_site_suffix(text)
    first = meta.ld_headline or meta.og_title or meta.title
    return strip_site(first, meta.site_name) if first else None


def _headline_text(page: Page, headline: int, placed: Sequence[tuple[int, Block]], declared: DeclaredTitles) -> str:
    seg = page.segments
    source = seg.sources[headline]
    pieces = [b.text for i, b in placed if headline <= i < headline + HEADLINE_PIECES
              and b.role is Role.HEADLINE and seg.sources[i] == source]
    text = " ".join(pieces)
    element = seg.elements[headline]
    return without_kicker(element, text, declared) if element is not None and page.root is not None else text


# ---------------------------------------------------------------- authors

TEASER_BYLINES = 3  # byline blocks on a page that is no article: a list of teasers, each with its byline
NEAR_HEADLINE = 6  # blocks: a byline this close before the headline may still be the article's
AFTER_BODY = 12  # blocks: a byline this close after the body may be the article's (sign-off bylines)
NO_HEADLINE_REACH = 15  # blocks: without a headline, bylines this far before the body may be the article's
CLUSTER_GAP = 6  # blocks: byline pieces this close together are one byline


def _visible_authors(decision: Decision, placed: Sequence[tuple[int, Block]], is_article: bool) -> list[list[str]]:
    """Names in the article's own byline, a list for each byline block: the first cluster of byline blocks
    from just before the headline on; bylines of teasers far below the article are left out. Without a
    headline, the first bylines of an article page are its own (see _teasers_only for other pages)."""
    span = decision.span
    anchor = decision.headline if decision.headline is not None else span.start - NO_HEADLINE_REACH
    bylines = [(i, b.text, b.rule) for i, b in placed if b.role is Role.BYLINE and b.rule != SIGN_OFF_GREETING.rule]
    # The next story a page loads below the article (its own <h1>) signs its own text.
    next_story = next((i for i, b in placed if i >= span.end and b.tag == "h1"), span.end + AFTER_BODY)
    zone = [(i, t, r) for i, t, r in bylines
            if anchor - NEAR_HEADLINE <= i < min(span.end + AFTER_BODY, next_story)]
    if not zone and decision.headline is None and is_article:
        zone = bylines[:3]
    groups: list[list[str]] = []
    last = None
    for n, (i, text, rule) in enumerate(zone):
        if last is not None and i - last > CLUSTER_GAP and groups:
            break
        found = parse_authors(text)
        if not found and not groups and (lone := _lone_name(text, rule)):
            return [lone + _more_marked_names(zone[n + 1:], i)]
        if found:
            groups.append(found)
            last = i
    if not groups and is_article:  # a reporter line opening the text, maybe under a caption the text took in
        opening = [b.text for i, b in placed if i >= span.start and b.role is Role.BODY][:OPENING_BLOCKS]
        groups = [found for text in opening if (found := opening_reporters(text))][:1]
    return groups


OPENING_BLOCKS = 3  # body blocks where a reporter line opening the text is looked for


def _more_marked_names(rest: list[tuple[int, str, str]], last: int) -> list[str]:
    """The names in a script without capitals that author markup gives one to a block after a first such
    name, in the same cluster (two writers' cards: "سلمى الحداد", then "يوسف بن عاشور"); lines between them,
    a job title, are skipped. A single capitalised word there is rather the site's name ("Paul", "Scifly")."""
    names: list[str] = []
    for i, text, rule in rest:
        if i - last > CLUSTER_GAP:
            break
        if rule.endswith("/author-markup") and not parse_authors(text) and (name := caseless_name(text)):
            names.append(name)
            last = i
    return names


def _lone_name(text: str, rule: str) -> list[str]:
    """A single capitalised word that author markup names ("Paul", "Posted by Paul"), or a name in a
    script without capitals ("سارة حداد", "山田 花子") that it names or, in plain text, that stands alone
    under the headline: a name, if nothing better is found."""
    if rule.endswith("/author-markup"):
        name = lone_name(text) or caseless_name(text)
    elif rule.endswith(("/bare-name-in-byline-area", "/name-line")):  # the latter: plain text's "山田 花子"
        name = caseless_name(text)
    else:
        name = None
    return [name] if name else []


# ---------------------------------------------------------------- published


def _published(page: Page, placed: Sequence[tuple[int, Block]], meta: PageMeta, url: str | None,
               decision: Decision) -> str | None:
    """The declared date (JSON-LD, meta, itemprop, <time>), else a visible date (:func:`_visible_date`);
    a page that declares only when it was modified gets its visible date first, as the publication day
    is earlier."""
    ranked = sorted(meta.dates, key=lambda d: d[0])
    declared = [d for d in (normalise_date(value) for _, value in ranked) if d]
    if declared and any(rank != MODIFIED_DATE for rank, _ in ranked):
        return _in_local_time(declared[0], declared[1:])
    visible = _visible_date(page, placed, url, meta, decision)  # only a modified date declared: a later day
    return visible or (declared[0] if declared else None)


def _visible_date(page: Page, placed: Sequence[tuple[int, Block]], url: str | None, meta: PageMeta,
                  decision: Decision) -> str | None:
    """A visible date line by the headline (date lines first, then bylines, then any short line), else any
    date line, else a date in the page's address."""
    month_first = page.language in (None, "en")
    span = decision.span
    anchor = decision.headline if decision.headline is not None else span.start
    near = [(i, b) for i, b in placed if anchor - DATE_REACH <= i <= max(anchor, span.start) + DATE_REACH
            and len(b.text.split()) <= 24]
    for wanted in (_is_date_line, _is_byline, _is_short):
        for i, block in near:
            # Below the text, a short line's date is a comment's or a review's, not the page's.
            found = wanted(block) and (wanted is not _is_short or i < span.end) and parse_date(
                block.text, month_first=month_first, language=page.language)
            if found:
                return found
    for _, block in placed:
        found = _is_date_line(block) and parse_date(block.text, month_first=month_first, language=page.language)
        if found:
            return found
    limit = span.end if span.end > span.start else len(page.segments)
    for _, block in sorted(((i, b) for i, b in placed if i < limit and _is_short(b)),
                           key=lambda item: abs(item[0] - anchor)):
        found = parse_date(block.text, month_first=month_first, language=page.language)
        if found:
            return found
    return date_in_url(url) or date_in_url(meta.canonical)


DATE_REACH = 8  # blocks around the headline where a visible date line is looked for


def _in_local_time(chosen: str, others: Sequence[str]) -> str:
    """The chosen date as the page states it in its own time zone: JSON-LD often gives the instant in UTC
    ("2025-03-26T16:00:00Z") where the meta tags give it in local time ("2025-03-27T05:00:00+13:00"), and
    the day a reader sees, the one wanted, is the local one."""
    if not chosen.endswith("+00:00"):
        return chosen
    instant = dt.datetime.fromisoformat(chosen)
    for other in others:
        if len(other) > 10 and not other.endswith("+00:00"):
            local = dt.datetime.fromisoformat(other)
            if local.tzinfo is not None and local == instant:
                return other
    return chosen


def _is_date_line(block: Block) -> bool:
    return block.role is Role.METADATA and block.kind == "date"


def _is_byline(block: Block) -> bool:
    return block.role is Role.BYLINE


def _is_short(block: Block) -> bool:
    return block.role is not Role.BODY and len(block.text.split()) <= 12

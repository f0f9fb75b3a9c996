"""The pipeline: load -> segment -> rules -> body detection -> decide -> assemble."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from . import assemble
from .body import BodySpan, body_span, end_at_mark, grow
from .bylines import (
    label_byline_boxes,
    label_byline_signatures,
    label_closing_bio,
    label_declared_bylines,
    label_other_story_bylines,
    label_teaser_card_bylines,
    label_text_bylines,
    label_writer_addresses,
)
from .captions import label_picture_box_captions
from .decide import (
    Decision,
    claims,
    complete_promo_boxes,
    complete_related_cards,
    drop_page_wide_matches,
    drop_repeated_metadata,
    fill_promo_gaps,
    interrupts_text,
    label_dek,
    label_text_captions,
    label_text_related_items,
    label_titled_lists,
    pick_headline,
    resolve,
    settled_hit,
    settled_label,
    spread_following,
    spread_over_boxes,
)
from .errors import InputError
from .language import page_language
from .load import load
from .meta import PageMeta, read_meta
from .model import Article, Role
from .options import Options
from .repeats import label_headline_repeats, label_pull_quotes
from .rules.engine import Hit, Page, Plan, Trigger, build_trigger, evaluate
from .rules.loader import gather_rule_sets
from .rules.model import Rule, RuleSet
from .segment import ClassVerdicts, Segments, segment_html, segment_text
from .titles import DeclaredTitles


class Cleaner:
    """Cleans pages with one set of :class:`Options`; rule sets are loaded and compiled once.

    >>> cleaner = Cleaner(Options(outlet_rules=False))
    >>> cleaner.clean("Sign up for our free weekly newsletter").blocks[0].kind
    'newsletter'
    """

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        # Precedence (later wins): built-in sets, installed rule packs, rule_paths; see gather_rule_sets.
        generic, outlets = gather_rule_sets(generic=self.options.generic_rules,
                                            outlets=self.options.outlet_rules, paths=self.options.rule_paths)
        self.generic_sets = tuple(generic)
        self.outlet_sets = tuple(outlets)
        self._generic_rules = _RuleList.of(_merge(generic))
        self._by_domain = {d: s for s in outlets for d in s.domains}
        self._by_site_name = {n.casefold(): s for s in outlets for n in s.site_names}
        self._with_outlet: dict[str, _RuleList] = {}
        self._triggers: dict[tuple[str | None, str | None], Trigger] = {}
        self._plans: dict[str | None, dict[int, Plan]] = {}  # language -> id(condition) -> its plan
        self._class_verdicts = ClassVerdicts()  # pages of one site repeat their class names

    def __reduce__(self) -> tuple[Any, tuple[Options]]:
        # A Cleaner travels to worker processes as its options; the rules compile again there.
        return (Cleaner, (self.options,))

    def __repr__(self) -> str:
        return f"Cleaner({self.options!r})"

    def clean(self, markup: object, url: str | None = None) -> Article:
        """Label every block of ``markup`` (HTML or plain text); ``url`` picks the outlet's rules."""
        if url is not None and not isinstance(url, str):
            raise InputError(f"url must be a str or None, not {type(url).__name__}")
        loaded = load(markup, self.options)
        if loaded.is_html:
            segments, meta = segment_html(loaded.root, self._class_verdicts), read_meta(loaded.root)
        else:
            segments, meta = segment_text(loaded.text or ""), PageMeta()
        outlet = self.outlet_for(url, meta) if self.options.outlet_rules else None
        language = page_language(self.options.language, meta.lang, _sample(segments))
        rules = self._rules(outlet)
        page = Page(segments, loaded.root, language, self.options.regex_timeout, warnings=loaded.warnings,
                    trigger=self._trigger(outlet, rules.rules, language))
        decision = self._decide(page, meta, rules)
        return assemble.article(page, decision, meta, url=url, outlet=outlet,
                                rule_sets=self._set_ids(outlet))

    def outlet_for(self, url: str | None, meta: PageMeta) -> RuleSet | None:
        """The outlet rule set for a page: by the URL's domain, else its canonical link or og:site_name."""
        for address in (url, meta.canonical):
            found = self._by_host(_hostname(address)) if address else None
            if found:
                return found
        return self._by_site_name.get((meta.site_name or "").casefold())

    def _by_host(self, host: str) -> RuleSet | None:
        parts = host.lower().split(".")
        for i in range(len(parts) - 1):
            found = self._by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def _rules(self, outlet: RuleSet | None) -> _RuleList:
        if outlet is None:
            return self._generic_rules
        rules = self._with_outlet.get(outlet.id)
        if rules is None:
            rules = self._with_outlet[outlet.id] = _RuleList.of(_rules_with_outlet(self._generic_rules.rules, outlet))
        return rules

    def _trigger(self, outlet: RuleSet | None, rules: tuple[Rule, ...], language: str | None) -> Trigger:
        key = (outlet.id if outlet else None, language)
        if key not in self._triggers:
            self._triggers[key] = build_trigger(rules, language, self._plans.setdefault(language, {}))
        return self._triggers[key]

    def _set_ids(self, outlet: RuleSet | None) -> tuple[str, ...]:
        return tuple(s.id for s in self.generic_sets) + ((outlet.id,) if outlet else ())

    def _decide(self, page: Page, meta: PageMeta, rules: _RuleList) -> Decision:
        seg = page.segments
        hits = evaluate(rules.before_span, page)
        drop_page_wide_matches(page, hits)
        drop_repeated_metadata(seg, hits, page.language)
        spread_over_boxes(seg, hits)
        titles = DeclaredTitles.of(meta)
        span = _body_span(page, hits, meta, titles)
        page.span = (span.start, span.end)
        _add_in_rule_order(hits, evaluate(rules.after_span, page), rules.position)
        span = grow(span, seg, claims(seg, hits))
        span = end_at_mark(span, seg, [i for i, found in hits.items() if any(h.rule.ends_text for h in found)])
        labels = resolve(seg, hits, span)
        spread_following(seg, labels, span)
        complete_promo_boxes(seg, labels, span)
        fill_promo_gaps(seg, labels, span)
        complete_related_cards(seg, labels, span)
        label_titled_lists(seg, labels, span)
        headline = pick_headline(seg, labels, span, titles, page.root)
        label_declared_bylines(seg, labels, span, headline, meta.declared_authors())
        label_byline_signatures(seg, labels, span, headline)
        label_closing_bio(seg, labels, hits, span, headline, meta.declared_authors())
        label_byline_boxes(seg, labels, span, headline)
        label_teaser_card_bylines(seg, labels, headline)
        label_writer_addresses(seg, labels, span, headline)
        label_dek(seg, labels, span, headline)
        if page.root is None:
            label_text_bylines(seg, labels, span, headline)
            label_text_captions(seg, labels, hits, span)
            label_text_related_items(seg, labels)
        else:
            label_picture_box_captions(seg, labels, hits, span)
        label_other_story_bylines(seg, labels, span, headline)
        label_pull_quotes(seg, labels, span)
        label_headline_repeats(seg, labels, span, headline)
        return Decision(labels, span, headline, hits, titles)


def _body_span(page: Page, hits: dict[int, list[Hit]], meta: PageMeta, titles: DeclaredTitles) -> BodySpan:
    seg = page.segments
    settled = [settled_hit(hits[i], seg.words[i]) if i in hits else None for i in range(len(seg))]
    labelled = [settled_label(hit) for hit in settled]
    teaser_heads = [i for i, found in sorted(hits.items())
                    if seg.headings[i] and labelled[i] and any(_related(hit) for hit in found)]
    breaks = [] if page.root is not None else [interrupts_text(settled[i], seg.words[i]) for i in range(len(seg))]
    return body_span(seg, labelled, page.root, meta.article_body, titles, teaser_heads, breaks)


@dataclass(frozen=True, slots=True)
class _RuleList:
    """A page's rules, split once per rule list (not per page) into those evaluated before the body span
    is known and those that wait for it."""

    rules: tuple[Rule, ...]
    before_span: tuple[Rule, ...]
    after_span: tuple[Rule, ...]
    position: dict[int, int]  # id(rule) -> its place in ``rules``

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> _RuleList:
        return cls(rules, tuple(r for r in rules if not r.needs_span), tuple(r for r in rules if r.needs_span),
                   {id(rule): n for n, rule in enumerate(rules)})


def _add_in_rule_order(hits: dict[int, list[Hit]], more: dict[int, list[Hit]], position: dict[int, int]) -> None:
    """Add the hits of the rules that waited for the span, keeping each block's hits in rule order
    (``position``: id(rule) -> its place): of two equally strong rules, the one listed first wins,
    whichever was evaluated first."""
    for index, found in more.items():
        merged = hits.setdefault(index, [])
        merged.extend(found)
        merged.sort(key=lambda hit: position[id(hit.rule)])


def _related(hit: Hit) -> bool:
    return hit.rule.role == Role.PROMO and hit.rule.kind == "related"


def _hostname(address: str) -> str:
    try:
        return urlsplit(address).hostname or ""
    except ValueError:  # "http://[broken" (a bad IPv6 literal) and the like, from the page or the caller
        return ""


def _sample(segments: Segments) -> str:
    longest = sorted(range(len(segments)), key=lambda i: -segments.words[i])[:12]
    return " ".join(segments.texts[i] for i in sorted(longest))


def _merge(sets: Iterable[RuleSet]) -> tuple[Rule, ...]:
    """All rules of the sets in order; a later rule with the same id replaces an earlier one."""
    rules: dict[str, Rule] = {}
    for rule_set in sets:
        for rule in rule_set.rules:
            rules.pop(rule.id, None)
            rules[rule.id] = rule
    return tuple(rules.values())


def _rules_with_outlet(generic: tuple[Rule, ...], outlet: RuleSet) -> tuple[Rule, ...]:
    kept = tuple(r for r in generic if not any(fnmatch.fnmatchcase(r.id, p) for p in outlet.disable))
    return outlet.rules + kept


_DEFAULT: dict[Options, Cleaner] = {}


def clean(markup: object, url: str | None = None, *, options: Options | None = None) -> Article:
    """Clean one page with a cached :class:`Cleaner` for ``options`` (built on first use).

    ``markup`` is HTML (str or bytes in any encoding, an lxml element, a BeautifulSoup object) or plain
    text; ``url`` picks the outlet's rules and resolves links. Raises :class:`~newsclean.InputError` for
    input that is no page.
    """
    options = options or Options()
    cleaner = _DEFAULT.get(options)
    if cleaner is None:
        if len(_DEFAULT) >= 16:
            _DEFAULT.clear()
        cleaner = _DEFAULT[options] = Cleaner(options)
    return cleaner.clean(markup, url)

"""Class and id names mark containers as article text or boilerplate; the verdicts are cached per word."""

from __future__ import annotations

import itertools

from lxml import html

import newsclean
from newsclean import Options
from newsclean.segment import _CAMEL_HUMP, _NEGATIVE, _POSITIVE, ClassVerdicts, Flag, segment_html

WORDS = ["nav", "l-outer--nav", "with-sidebar", "has-ads", "no-share", "piano-promo", "most-popular", "mostpopular",
         "article-body", "story_text", "main-content", "entry", "articlebody", "body-text", "content", "post",
         "share-bar", "ads", "col-6", "Related", "SIDEBAR", "cookie_notice", "x-footer-y", "newsletter--inline",
         "PromoSmall-title", "shareBar", "ArticlePage-articleBody", "navItem", "PageHeader"]


def whole_string_verdict(names: str) -> int:
    names = _CAMEL_HUMP.sub("-", names)
    if _POSITIVE.search(names):
        return Flag.POSITIVE
    return Flag.NEGATIVE if _NEGATIVE.search(names) else 0


def test_a_string_gets_the_verdict_of_the_patterns_on_the_whole_string() -> None:
    """The cache judges word by word; that is only right because no pattern matches across a space."""
    verdicts = ClassVerdicts()
    for first, second in itertools.product(WORDS, repeat=2):
        for names in (f"{first} {second}", f"{first}\t{second} ", f" {first}"):
            assert verdicts.verdict(names) == whole_string_verdict(names), names


def test_words_joined_in_camel_case_are_read_apart() -> None:
    """"PromoSmall-description" (a teaser card) and "shareBar" name boilerplate as "promo-small" would;
    "ArticlePage-articleBody" still names article text."""
    verdicts = ClassVerdicts()
    assert verdicts.verdict("PromoSmall-description") == Flag.NEGATIVE
    assert verdicts.verdict("c-shareBar") == Flag.NEGATIVE
    assert verdicts.verdict("ArticlePage-articleBody") == Flag.POSITIVE
    assert verdicts.verdict("PromotionalText") == 0  # "Promo" runs on into a longer word: no hump after it


def test_the_cache_forgets_past_its_limit_and_still_answers() -> None:
    verdicts = ClassVerdicts(limit=3)
    answers = [verdicts.verdict(f"{word} extra{i}") for i, word in enumerate(WORDS)]
    assert answers == [whole_string_verdict(f"{word} extra{i}") for i, word in enumerate(WORDS)]
    assert len(verdicts._names) <= 3 and len(verdicts._words) <= 3


def test_itemprop_article_body_counts_even_after_the_same_class_was_seen() -> None:
    """itemprop="articleBody" marks article text whatever its class says, on every element that has it."""
    page = html.fromstring(
        "<html><body><div class='box'><p>Teaser text of another story.</p></div>"
        "<div class='box' itemprop='articleBody'><p>The story's own first paragraph.</p></div></body></html>"
    )
    segments = segment_html(page)
    assert [bool(flags & Flag.POSITIVE) for flags in segments.flags] == [False, True]


def test_a_cleaner_reuses_verdicts_across_pages_without_changing_results() -> None:
    page = ("<html><body><nav class='site-nav'><a href='/'>Home</a></nav><article><div class='article-body'>"
            "<p>Officials said the new bridge over the river would open to traffic in the spring.</p>"
            "<p>Residents welcomed the plan, which had been delayed twice by funding disputes.</p>"
            "</div></article></body></html>")
    cleaner = newsclean.Cleaner(Options(outlet_rules=False))
    first, second = cleaner.clean(page), cleaner.clean(page)
    assert first == second
    assert first == newsclean.Cleaner(Options(outlet_rules=False)).clean(page)

"""The rule engine: which blocks a rule matches, and the shortcuts that must not change that."""

from __future__ import annotations

import lxml.html
import regex

from newsclean.rules.engine import Page, Plan, build_trigger, evaluate, make_plan
from newsclean.rules.literals import ANY_DIGIT
from newsclean.rules.model import Condition, Rule
from newsclean.rules.select import compile_selector
from newsclean.segment import segment_html, segment_text

FLAGS = regex.UNICODE | regex.VERSION0 | regex.IGNORECASE


def patterns(**by_language: str) -> dict[str, tuple[regex.Pattern[str], ...]]:
    return {language: (regex.compile(text, FLAGS),) for language, text in by_language.items()}


def rule(when: Condition, *unless: Condition) -> Rule:
    return Rule(id="test/rule", role="promo", kind=None, strength=2, when=when, unless=unless)


def matched(rules: list[Rule], texts: list[str], language: str | None, trigger: bool = True) -> dict[int, list[str]]:
    page = Page(segment_text("\n\n".join(texts)), None, language, 1.0,
                trigger=build_trigger(rules, language) if trigger else None)
    return {i: [hit.rule.id for hit in hits] for i, hits in evaluate(rules, page).items()}


def test_a_condition_with_patterns_only_in_other_languages_never_holds() -> None:
    german_only = Condition(patterns=patterns(de="newsletter"))
    assert not make_plan(german_only, "en", combine=False).applies
    texts = ["Our newsletter", "Other text"]
    assert matched([rule(german_only)], texts, "en") == {}
    assert matched([rule(german_only)], texts, "de") == {0: ["test/rule"]}
    vetoed_in_german = rule(Condition(patterns=patterns(en="newsletter")), german_only)
    assert matched([vetoed_in_german], texts, "en") == {0: ["test/rule"]}


def test_the_trigger_scan_gives_the_hits_of_a_find_per_literal() -> None:
    rules = [Rule(id=f"test/{i}", role="promo", kind=None, strength=2, when=Condition(patterns=patterns(**{"*": text})))
             for i, text in enumerate([r"\bnews(?:letter)?s?\b", r"sign up", r"letters? to", r"absent words"])]
    texts = ["Sign up for our newsletters", "Letters to the editor", "News", "Newsletter sign-up",
             "sign upnewsletter"]
    with_scan = matched(rules, texts, "en")
    assert with_scan == matched(rules, texts, "en", trigger=False)
    assert with_scan == {0: ["test/0", "test/1"], 1: ["test/2"], 2: ["test/0"], 3: ["test/0"], 4: ["test/1"]}


def test_a_pattern_that_needs_a_digit_is_searched_only_in_blocks_with_one() -> None:
    dated = rule(Condition(patterns=patterns(**{"*": r"^\d{1,2}[./]\d{1,2}[./]\d{4}$|^updated \d+ \w+ ago$"})))
    assert make_plan(dated.when, "en", combine=False).literals == {ANY_DIGIT, "updated "}
    texts = ["12.03.2024", "Updated 5 hours ago", "Updated recently", "No date here", "３.３.２０２４"]
    assert matched([dated], texts, "en") == matched([dated], texts, "en", trigger=False) == {
        0: ["test/rule"], 1: ["test/rule"], 4: ["test/rule"]}


def cuts(patterns_in_order: list[str], texts: list[str], trigger: bool = True) -> dict[int, tuple[int, int] | None]:
    """The cut a split rule makes in each block, its patterns given in order."""
    split = Rule(id="test/split", role="promo", kind=None, strength=2, split=True, when=Condition(
        patterns={"*": tuple(regex.compile(text, FLAGS) for text in patterns_in_order)}))
    page = Page(segment_text("\n\n".join(texts)), None, "en", 1.0,
                trigger=build_trigger([split], "en") if trigger else None)
    return {i: hits[0].cut for i, hits in evaluate([split], page).items()}


def test_searching_only_the_patterns_whose_literals_a_block_holds_finds_what_their_union_finds() -> None:
    # Three patterns, and blocks holding the literals of some: the union's match is the leftmost, and of
    # two starting at one place the first pattern's; searching each pattern the block may match must agree.
    texts = ["Our newsletter: subscribe now", "newsletter signup today", "Please donate today",
             "subscribe now to the newsletter"]
    order = [r"subscribe now", r"newsletter", r"newsletter sign\w*", r"donate today"]
    assert cuts(order, texts) == {0: (4, 14), 1: (0, 10), 2: (7, 19), 3: (0, 13)}
    reordered = [r"newsletter sign\w*", r"subscribe now", r"donate today", r"newsletter"]
    assert cuts(reordered, texts) == {0: (4, 14), 1: (0, 17), 2: (7, 19), 3: (0, 13)}


def test_without_a_union_the_first_pattern_in_order_that_matches_wins() -> None:
    # No trigger: the patterns are searched in turn, so a later match of an earlier pattern wins.
    texts = ["Our newsletter: subscribe now", "Please donate today"]
    assert cuts([r"subscribe now", r"newsletter", r"donate today"], texts, trigger=False) == {
        0: (16, 29), 1: (7, 19)}


def test_a_pattern_whose_other_literals_a_block_lacks_is_not_searched_and_the_rest_still_match() -> None:
    # The first two patterns need "newsletter", the first also "weekly newsletter:". A block holding
    # "newsletter" alone may match only the second: the first is dropped from its search, and the
    # second must still match (with the union's leftmost cut where both may).
    order = [r"weekly newsletter:", r"newsletter", r"donate"]
    split = Rule(id="test/split", role="promo", kind=None, strength=2, split=True, when=Condition(
        patterns={"*": tuple(regex.compile(text, FLAGS) for text in order)}))
    texts = ["Our newsletter, daily", "The weekly newsletter: free", "weekly newsletter, no colon", "Please donate"]
    page = Page(segment_text("\n\n".join(texts)), None, "en", 1.0, trigger=build_trigger([split], "en"))
    found = {i: hits[0].cut for i, hits in evaluate([split], page).items()}
    assert found == {0: (4, 14), 1: (4, 22), 2: (7, 17), 3: (7, 13)}
    plan = page.plan(split.when)
    assert [page.possible_patterns(plan, i) for i in range(4)] == [frozenset(n) for n in ({1}, {0, 1}, {1}, {2})]


def test_an_outlet_list_reuses_the_plans_of_the_generic_rules_it_holds() -> None:
    generic = [rule(Condition(patterns=patterns(en="newsletter"))), rule(Condition(patterns=patterns(en="donate")))]
    outlet = [rule(Condition(patterns=patterns(en="subscribe"))), *generic]
    made: dict[int, Plan] = {}
    first = build_trigger(generic, "en", made)
    second = build_trigger(outlet, "en", made)
    assert all(second.plans[key] is plan for key, plan in first.plans.items())
    assert len(second.plans) == 3


def test_the_literals_a_text_holds_are_found_alike_by_its_pieces_and_by_a_search_each() -> None:
    from newsclean.rules.engine import _held_by

    many = frozenset(["a", "ab", "abc", "news", "newsletter", "letter", "sub", "subscri", "xyz", "e", "et"] +
                     [f"w{n}" for n in range(200)])  # more literals than a short text has pieces
    few = frozenset(["news", "letter", "zzz"])
    for text in ["newsletter", "abc", "subscribe", "w12", "e"]:
        assert _held_by(text, many) == {literal for literal in many if literal in text}
        assert _held_by(text, few) == {literal for literal in few if literal in text}


def test_a_selector_whose_rule_needs_words_no_block_holds_is_not_run() -> None:
    boxed = rule(Condition(select=compile_selector(".promo-box"), patterns=patterns(en=r"\bsign up\b")))
    root = lxml.html.fromstring("<html><body><div class='promo-box'><p>Our weekly letter</p></div>"
                                "<p>The harbour board met on Monday.</p></body></html>")
    page = Page(segment_html(root), root, "en", 1.0, trigger=build_trigger([boxed], "en"))
    assert evaluate([boxed], page) == {}
    assert not page._selected  # the page holds no "sign up": the box's selector was never run
    root = lxml.html.fromstring("<html><body><div class='promo-box'><p>Sign up for our weekly letter</p></div>"
                                "<p>Sign up here, the board said on Monday.</p></body></html>")
    page = Page(segment_html(root), root, "en", 1.0, trigger=build_trigger([boxed], "en"))
    assert {i: [hit.rule.id for hit in hits] for i, hits in evaluate([boxed], page).items()} == {0: ["test/rule"]}

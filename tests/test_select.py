"""Selectors and XPaths answered from per-page indexes must select exactly what lxml selects."""

from __future__ import annotations

from pathlib import Path

import pytest
from cssselect import GenericTranslator
from lxml import etree, html

import newsclean
from newsclean.rules.literals import LiteralScan
from newsclean.rules.select import (
    AttributeIndex,
    ValueIndex,
    compile_selector,
    contains_xpath,
    leading_tag,
    selector_values,
)

PAGE = html.fromstring("""<html><head><a href="/donate">head link</a></head><body>
<a href="https://x.org/subscribe?x=1">s</a><a>no href</a><a href="">empty</a>
<p><a href="/plans/newsletter">p</a><A HREF="/checkout">upper</A><a href="/offers/mail">m</a></p>
<a href="a\nb/abo/">newline</a><span href="/subscribe">not a link</span></body></html>""")

CONTAINS_XPATHS = [
    "//a[contains(@href, '/subscribe')]",
    "//a[contains(@href, '/donate') or contains(@href, 'checkout')]",
    "//a[(contains(@href, '/subscribe') or contains(@href, '/plans') or contains(@href, '/offers')"
    " or contains(@href, 'checkout')) and not(contains(@href, 'newsletter')) and not(contains(@href, 'mail'))]",
    "//a[not(contains(@href, 'x'))]",
    "//a[contains(@href, '')]",
    '//a[contains(@href, "b/abo") and contains(@href, "a")]',
    "//span[contains(@href, 'sub') or contains(@href, 'zzz') and contains(@href, 'yyy')]",
]


@pytest.mark.parametrize("path", CONTAINS_XPATHS)
def test_contains_xpaths_select_what_lxml_selects(path: str) -> None:
    shortcut = contains_xpath(path)
    assert shortcut is not None
    index = ValueIndex(list(PAGE.getroottree().iter(shortcut.tag)), shortcut.attribute)
    assert index.matching(shortcut) == etree.XPath(path)(PAGE)


@pytest.mark.parametrize("path", [
    "//a[contains(@href, 'a')][1]",
    "//a[contains(@href, 'a') or @title]",
    "//a[contains(@href, 'a') or contains(@title, 'b')]",
    "//a[contains(@href, 'a')]/span",
    "//a[contains(@href, 'a') or]",
    "//a[(contains(@href, 'a')]",
    "//a[starts-with(@href, 'a')]",
    "//div//a[contains(@href, 'a')]",
])
def test_other_xpaths_are_left_to_lxml(path: str) -> None:
    assert contains_xpath(path) is None


INDEXED_PAGE = html.fromstring("""<html><body>
<div class="story  byline\tx"><p id="comments" class="author-name">a</p></div>
<span rel="author nofollow" itemprop="author">b</span><address class="author">c</address>
<div class="authorship" id="main-comments"><p class="byline-author">d</p></div>
<div data-testid="article-byline"><span data-testid="byline-name">e</span></div></body></html>""")
INDEXED = ("class", "id", "rel", "itemprop", "data-testid")


SIMPLE_SELECTORS = [
    ".byline", "#comments", "[class*=author]", "[rel~=author]", "address.author", "[itemprop=author]",
    "[class^=story]", "[class$=x]", "[id]", "[id*=comments], .byline, p.author-name", "[data-testid*=byline]",
    "span[data-testid^=byline]", "[data-testid=article-byline]", "[class*=thor]", "[class*=or-na]",
]
# What a rule list's trigger gives the index: the values of all its selectors, scanned for at once (values
# inside others, "thor" in "author", and prefixes of others, "author" of "author-name", among them).
SCAN = LiteralScan.of(selector_values([compile_selector(css) for css in SIMPLE_SELECTORS]))


@pytest.mark.parametrize("css", SIMPLE_SELECTORS)
def test_simple_selectors_select_what_lxml_selects(css: str) -> None:
    selector = compile_selector(css)
    assert selector.xpath is None
    elements = [e for e in INDEXED_PAGE.iter() if any(e.get(name) for name in INDEXED)]
    expected = etree.XPath(GenericTranslator().css_to_xpath(css))(INDEXED_PAGE)
    assert AttributeIndex(elements).matching(selector.tests) == expected
    assert AttributeIndex(elements, SCAN).matching(selector.tests) == expected


@pytest.mark.parametrize("css", [
    "[class*=author]:not(p)", "address.author:not([id])", "p:first-child.author-name", "div.story:not(.x)",
    "[rel~=author]:not(a)", "[class*=author]:not(p):not(address):not(span)",
    # with combinators of ancestors: the compound the elements match is narrowed, its ancestors checked
    "div > p.author-name", "div [class*=author]", "div.authorship p.byline-author", "body > span[itemprop=author]",
    "body [class*=author]:not(p)", "div.story > .author-name",
])
def test_narrowed_compound_selectors_select_what_lxml_selects(css: str) -> None:
    selector = compile_selector(css)
    assert selector.narrowed and selector.rest is None and not selector.tests
    elements = [e for e in INDEXED_PAGE.iter() if any(e.get(name) for name in INDEXED)]
    index = AttributeIndex(elements)
    found = [e for part in selector.narrowed for e in index.matching((part.test,)) if part.check(e)]
    assert found == etree.XPath(GenericTranslator().css_to_xpath(css))(INDEXED_PAGE)


@pytest.mark.parametrize("css", ["div + p.author-name", "div ~ address.author", "p:not(.byline)", "[id]:not(p)",
                                 "[class*='a b']:not(p)"])
def test_compound_selectors_without_a_safe_indexed_test_stay_xpaths(css: str) -> None:
    selector = compile_selector(css)
    assert not selector.narrowed and selector.rest is not None


REPEATING_PAGE = html.fromstring("""<html><body><ul class="list">
<li class="item"><a class="item-link" rel="author">a</a></li><li class="item"><a class="item-link">b</a></li>
<li class="item other"><a class="item-link" rel="author">c</a></li><li class="item"><a class="item-link">d</a></li>
</ul><p class="item">e</p><li class="item">f</li></body></html>""")


@pytest.mark.parametrize("css", [
    ".item", "li.item", "[class*=item]", "[rel~=author]", "[class$=link], .other", "a[class]",
])
def test_elements_sharing_a_line_are_all_selected(css: str) -> None:
    elements = [e for e in REPEATING_PAGE.iter() if e.get("class") or e.get("rel")]
    index = AttributeIndex(elements)
    assert len(index.lines) < len(elements)  # the repeated lines are searched once
    expected = etree.XPath(GenericTranslator().css_to_xpath(css))(REPEATING_PAGE)
    assert expected and index.matching(compile_selector(css).tests) == expected


@pytest.mark.parametrize(("path", "tag"), [
    ("//form[.//input[@type='email']][not(.//textarea)]", "form"),
    ("descendant-or-self::byline", "byline"),
    ("//li[.//h2//a]/ancestor::ul", "li"),
    ("//a[@title='a | b']", "a"),
    ("//a | //form", None),
    ("(//h2|//h3)[.//a]/ancestor::li", None),
    ("descendant-or-self::byline | descendant-or-self::*[@data-testid]", None),
    ("//*[@id]", None),
    ("/html/body/div", None),
])
def test_the_tag_an_xpath_needs_on_the_page(path: str, tag: str | None) -> None:
    assert leading_tag(path) == tag


def test_an_xpath_rule_matches_only_when_its_first_tag_is_on_the_page(tmp_path: Path) -> None:
    rules = tmp_path / "forms.toml"
    rules.write_text('''description = "test"
[[rule]]
id = "signup-form"
role = "promo"
kind = "newsletter"
xpath = "//form[.//input[@type='email']]"
''', encoding="utf-8")
    options = newsclean.Options(rule_paths=(str(rules),), generic_rules=False, outlet_rules=False)
    story = "<p>The county council voted on Tuesday to reopen the old river ferry after a long campaign.</p>" * 3
    with_form = f"<html><body><article>{story}</article><form><p>Get the letter</p><input type='email'></form>"
    without = f"<html><body><article>{story}</article><div><p>Get the letter</p></div>"
    kinds = [{b.text: b.kind for b in newsclean.clean(page, options=options).blocks}["Get the letter"]
             for page in (with_form, without)]
    assert kinds == ["newsletter", "other"]

"""The API contract of DESIGN.md section 1: inputs, options, results, errors."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest
from bs4 import BeautifulSoup
from lxml import html

import newsclean

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour Ferry Returns After Storm Repairs | The Coastal Ledger</title>
<meta property="og:title" content="Harbour Ferry Returns After Storm Repairs">
<meta property="article:published_time" content="2024-03-05T08:30:00-05:00">
<link rel="canonical" href="https://www.coastalledger.example/news/ferry-returns"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Harbour Ferry Returns After Storm Repairs</h1>
<p class="byline">By Maren Holt and Theo Quist</p>
<figure><img src="f.jpg">
<figcaption>The ferry leaves the north pier on Monday. (AP Photo/Lina Park)</figcaption></figure>
<p>The harbour ferry carried its first passengers in six weeks on Monday, after crews replaced a cracked
rudder and rebuilt the landing ramp that the February storm had torn from its hinges.</p>
<p>Commuters lined the north pier before dawn, and several said the detour by road had added an hour to
each trip. The operator said the timetable would return to normal by the end of the week.</p>
<p>Repairs cost the county about $1.2 million, most of it covered by an emergency grant approved in March,
according to figures the harbour board released at its Tuesday meeting.</p>
<div class="box-7"><p>Sign up for our free morning newsletter</p><form><input type="email"></form></div>
</article><footer><p>© 2024 The Coastal Ledger</p></footer></body></html>"""


def test_clean_labels_every_block_and_fills_the_fields() -> None:
    article = newsclean.clean(PAGE, url="https://www.coastalledger.example/news/ferry-returns")
    roles = {b.text: (b.role, b.kind) for b in article.blocks}
    assert article.title == "Harbour Ferry Returns After Storm Repairs"
    assert article.authors == ("Maren Holt", "Theo Quist")
    assert article.published == "2024-03-05T08:30:00-05:00"
    assert article.canonical_url == "https://www.coastalledger.example/news/ferry-returns"
    assert article.language == "en"
    assert roles["(AP Photo/Lina Park)"] == ("photo_credit", None)
    assert roles["The ferry leaves the north pier on Monday."] == ("caption", None)
    assert roles["Sign up for our free morning newsletter"] == ("promo", "newsletter")
    assert article.body.startswith("The harbour ferry carried")
    assert article.body.endswith("at its Tuesday meeting.")
    assert "newsletter" not in article.body


def test_every_block_names_its_rule_and_source() -> None:
    article = newsclean.clean(PAGE)
    assert all(b.rule and b.source.startswith("/html/body") for b in article.blocks)
    body_rules = {b.rule for b in article.blocks if b.role == "body"}
    assert body_rules == {"body/score"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252"])
def test_bytes_in_any_encoding(encoding: str) -> None:
    page = PAGE.replace('<meta charset="utf-8">', f'<meta charset="{encoding}">').replace("$", "€")
    data = page.encode(encoding)
    if encoding == "utf-16":
        data = page.replace(f'<meta charset="{encoding}">', "").encode("utf-16")  # with a BOM
    article = newsclean.clean(data)
    assert "€1.2 million" in article.body


def test_lxml_and_soup_inputs_give_the_same_result_and_are_not_mutated() -> None:
    tree = html.document_fromstring(PAGE)
    before = html.tostring(tree)
    soup = BeautifulSoup(PAGE, "html.parser")
    soup_before = str(soup)
    expected = newsclean.clean(PAGE).body
    assert newsclean.clean(tree).body == expected
    assert newsclean.clean(soup).body == expected
    assert html.tostring(tree) == before
    assert str(soup) == soup_before


def test_results_are_frozen_and_serialise_with_a_schema_version() -> None:
    article = newsclean.clean(PAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.blocks[0].role = newsclean.Role.BODY  # type: ignore[misc]
    data = json.loads(json.dumps(article.to_dict()))
    assert data["schema_version"] == newsclean.SCHEMA_VERSION
    assert data["newsclean_version"] == newsclean.__version__
    assert "generic/promo" in data["rule_sets"]
    assert len(data["blocks"]) == len(article.blocks)


def test_options_are_frozen_hashable_and_checked() -> None:
    options = newsclean.Options(language="de")
    assert hash(options) == hash(copy.copy(options))
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.language = "en"  # type: ignore[misc]
    with pytest.raises(ValueError, match="input_format"):
        newsclean.Options(input_format="pdf")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rule_paths"):
        newsclean.Options(rule_paths="rules/")


def test_cleaner_pickles_as_its_options() -> None:
    cleaner = newsclean.Cleaner(newsclean.Options(outlet_rules=False))
    clone = pickle.loads(pickle.dumps(cleaner))
    assert clone.options == cleaner.options
    assert clone.clean(PAGE).body == cleaner.clean(PAGE).body


def test_input_format_overrides_detection() -> None:
    text = "<p> is how HTML marks a paragraph, the tutorial said on its first page of examples."
    assert newsclean.clean(text, options=newsclean.Options(input_format="text")).blocks[0].tag == "line"


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        (None, "not None"),
        (42, "not an int"),
        (["<p>x</p>"], "not a list"),
        ("", "empty"),
        ("   \n\t ", "empty"),
        (b"", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_bad_input_raises_input_error(markup: object, message: str) -> None:
    with pytest.raises(newsclean.InputError, match=message):
        newsclean.clean(markup)


def test_input_error_is_a_value_error() -> None:
    assert issubclass(newsclean.InputError, ValueError)


def test_public_api_is_small_and_typed() -> None:
    assert set(newsclean.__all__) >= {"clean", "Cleaner", "Options", "Article", "Block", "Role", "InputError"}


@pytest.mark.parametrize("base", ["https://news.example.com/world/story.html?page=2#top",
                                  "http://user:pw@Example.org:8080/a/b/", "https://example.net"])
def test_links_resolve_as_urljoin_resolves_them(base: str) -> None:
    """Root-relative links skip urljoin where it would keep them as they are; every case must agree."""
    from urllib.parse import urljoin

    hrefs = ["/p", "/p ", "/p?x=1#y", "/a;b/c;d?e", "/%20x", "/a/b/../c", "/a/./b", "/a//b", "/a\nb", "/\u00e9t\u00e9",
             "/ab\x7f", "/?q", "/#f", "/..", "/.hidden", "/a b", "/p#", "/p?", "/p?#x", "/p#a#b", "/p;", "/#",
             "relative/path", "../up", "//cdn.example.com/x", "https://other.example/y", "mailto:desk@example.com"]
    page = "<html><body><article>" + "".join(
        f'<p>Paragraph {i} of the report links to <a href="{href}">a source</a> for its figures.</p>'
        for i, href in enumerate(hrefs)) + "</article></body></html>"
    article = newsclean.clean(page, url=base)
    got = [href for block in article.blocks for _, href in block.links]
    assert got == [urljoin(base, href) for href in hrefs]

"""libxml2's limits: pages built to hit each one; the text is kept (fallback and warning), never lost.

libxml2 drops text silently past 256 levels of nesting (2,048 with huge_tree) and in text nodes,
attributes and comments past 10 MB (without huge_tree), saying so only in its error log.
"""

from __future__ import annotations

from typing import Any

import pytest
from lxml import etree, html

import newsclean
from independent import blocks_text, body_text, visible
from newsclean.load import MAX_DEPTH, _lost_text, load, parse_html, parse_with_stdlib
from newsclean.options import Options
from newsclean.segment import segment_html

HTML = Options(input_format="html")
MB = 1_000_000


def nested(depth: int, tag: str = "div", word: str = "x") -> str:
    return ("<html><body>" + f"<{tag}>{word}" * depth + "END" + f"</{tag}>" * depth
            + "<p>after</p></body></html>")


def tree_depth(root: Any) -> int:
    deepest = depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def tree_text(root: Any) -> str:
    """The text under <body>, outside the elements the invariant leaves out."""
    skipped = " or ".join(f"ancestor::{tag}" for tag in ("script", "style", "template", "svg", "noscript"))
    return visible("".join(root.xpath(f"//body//text()[not({skipped})]")))


def test_lxml_itself_drops_text_past_its_depth_limit() -> None:
    """The limit is real: without a check, a deep page loses its deepest text."""
    page = nested(300)
    parser = html.HTMLParser(huge_tree=False)
    root = html.document_fromstring(page.encode(), parser=parser)
    assert "END" not in root.text_content()
    assert _lost_text(parser) is not None  # ... and our check reads it from the error log


@pytest.mark.parametrize("depth", [255, 300, 1000, 2000])
def test_depth_within_huge_tree_is_parsed_by_lxml(depth: int) -> None:
    loaded = load(nested(depth), HTML)
    assert loaded.warnings == []
    assert tree_text(loaded.root) == body_text(nested(depth))


@pytest.mark.parametrize("depth", [2100, 3000, 10_000])
def test_depth_past_huge_tree_falls_back_and_warns(depth: int) -> None:
    page = nested(depth)
    loaded = load(page, HTML)
    assert any("libxml2 dropped text" in w and "html.parser" in w for w in loaded.warnings)
    assert tree_text(loaded.root) == body_text(page)
    assert tree_depth(loaded.root) <= MAX_DEPTH + 2


def test_depth_past_huge_tree_end_to_end() -> None:
    page = nested(2500, "span")
    article = newsclean.clean(page, options=HTML)
    assert blocks_text(b.text for b in article.blocks) == body_text(page)
    assert any("libxml2 dropped text" in w for w in article.warnings)


def test_ten_thousand_deep_end_to_end_no_recursion_error() -> None:
    page = nested(10_000, "div", "")
    article = newsclean.clean(page, options=HTML)
    assert blocks_text(b.text for b in article.blocks) == body_text(page)


def test_giant_text_node_without_huge_tree_is_detected() -> None:
    page = "<html><body><p>" + "a" * (11 * MB) + "</p><p>after</p></body></html>"
    parser = html.HTMLParser(huge_tree=False)
    try:
        root = html.document_fromstring(page.encode(), parser=parser)
        kept = len(root.text_content())
    except etree.ParserError:
        kept = 0
    assert kept < 11 * MB
    assert _lost_text(parser) is not None


@pytest.mark.parametrize("what", ["text node", "attribute", "comment", "script"])
def test_giant_nodes_are_kept(what: str) -> None:
    big = "a" * (11 * MB)
    inner = {
        "text node": f"<p>{big}</p>",
        "attribute": f"<p title='{big}'>short</p>",
        "comment": f"<!-- {big} -->",
        "script": f"<script>{big}</script>",
    }[what]
    page = f"<html><body><p>before</p>{inner}<p>after</p></body></html>"
    loaded = load(page, HTML)
    text = tree_text(loaded.root)
    assert text.startswith("before") and text.endswith("after")
    assert len(text) == len(body_text(page))


def test_fallback_keeps_html_and_body_attributes() -> None:
    root = parse_with_stdlib("<html lang='de'><head><title>T</title></head><body class='x'><p>Hallo</p></body></html>")
    assert root.get("lang") == "de" and root.find("body").get("class") == "x"
    assert root.find("head/title").text == "T"


def test_fallback_closes_implied_end_tags() -> None:
    root = parse_with_stdlib("<body>" + "<p>para" * 5000 + "<ul>" + "<li>item" * 3000 + "</ul>")
    assert tree_depth(root) < 10
    assert len(root.findall(".//p")) == 5000 and len(root.findall(".//li")) == 3000


def test_fallback_table_cells_and_definition_lists() -> None:
    root = parse_with_stdlib("<table><tr><td>a<td>b<tr><td>c</table><dl><dt>t<dd>d<dt>u<dd>e</dl>")
    assert [td.text for td in root.iter("td")] == ["a", "b", "c"]
    assert [e.text for e in root.iter("dt", "dd")] == ["t", "d", "u", "e"]


def test_fallback_keeps_text_order_past_max_depth() -> None:
    page = "<body>" + "".join(f"<div>{i} " for i in range(2000)) + "</div>" * 2000 + "tail</body>"
    root = parse_with_stdlib(page)
    assert tree_depth(root) <= MAX_DEPTH + 2
    assert visible("".join(root.find("body").itertext())) == body_text(page)


def test_fallback_with_strange_names() -> None:
    page = "<body><p a:b='1' \"q\"=2 x=\x01>one</p><foo:bar>two</foo:bar><a\u00e9>three</a\u00e9></body>"
    root = parse_with_stdlib(page)
    assert visible("".join(root.find("body").itertext())) == "onetwothree"


def test_parse_html_on_something_lxml_cannot_parse() -> None:
    loaded = parse_html("<!-- only a comment -->")
    assert loaded.root is not None and loaded.root.tag == "html"


TOKENIZER_CASES = [
    "<body>a<!-- x -- > y -->b</body>",  # minified JS in a comment: '-- >' does not end it
    "<body>a<!-->b<!--->c</body>",
    "<body>a<!-- x --!> b</body>",
    "<body><p>a</p><iframe>x &amp; <b>y</b></iframe><xmp><i>z</i></xmp><p>w</p></body>",
    "<body><textarea>t &amp; <b>u</b></textarea><noembed><p>v</p></noembed></body>",
    "<html><head><noscript><img src=x></noscript><title>Head title</title></head><body>text</body></html>",
    "<script>document.write('<div>')</script><div>before head</div><head><title>T</title></head><p>x</p>",
]


@pytest.mark.parametrize("page", TOKENIZER_CASES)
def test_lxml_fallback_and_independent_count_agree(page: str) -> None:
    """Where the stdlib's 3.11 tokenizer differs from the HTML standard (and libxml2), both the fallback
    builder and the invariant's counter follow the standard."""
    expected = body_text(page)
    assert tree_text(load(page, HTML).root) == expected
    assert visible("".join(segment_html(parse_with_stdlib(page)).texts)) == expected


def test_an_element_with_fifty_thousand_attributes() -> None:
    """libxml2 and html.parser are quadratic in one element's attribute count (200,000 took minutes):
    attributes past MAX_ATTRIBUTES are dropped before parsing, with a warning; text is no attribute."""
    attrs = " ".join(f"data-a{i}='{i}'" for i in range(50_000))
    page = f"<html><body><p>before</p><div {attrs} class='x'>inside</div><p>after</p></body></html>"
    loaded = load(page, HTML)
    assert tree_text(loaded.root) == "beforeinsideafter"
    assert any("attributes past" in w for w in loaded.warnings)
    assert len(loaded.root.find("body/div").attrib) == 1000

"""Text, Markdown and HTML renderings keep the body's structure: subheads, lists, quotes, tables, links."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

import newsclean
from _pipeline_pages import article_page
from newsclean.model import Article, Block, Role
from newsclean.render import to_html, to_markdown, to_text


def block(text: str, source: str, tag: str | None = None, *, role: Role = Role.BODY, heading: int = 0,
          links: tuple[tuple[str, str], ...] = ()) -> Block:
    """A block whose tag defaults to the last step of its XPath."""
    tag = tag or source.rsplit("/", 1)[-1].split("[", maxsplit=1)[0]
    return Block(text, role, None, "body/score", tag, source, links, heading)


def article(*blocks: Block) -> Article:
    return Article(blocks=blocks, title="A Title", language="en")


A = "/html/body/article"
NESTED_LIST = article(
    block("one", f"{A}/ul/li[1]"),
    block("two", f"{A}/ul/li[2]"),
    block("two a", f"{A}/ul/li[2]/ul/li[1]"),
    block("two b", f"{A}/ul/li[2]/ul/li[2]"),
    block("three", f"{A}/ul/li[3]"),
)
TABLE = article(
    block("Stage", f"{A}/table/tr[1]/th[1]"), block("Cost", f"{A}/table/tr[1]/th[2]"),
    block("Deck", f"{A}/table/tr[2]/td[1]"), block("1.2m", f"{A}/table/tr[2]/td[2]"),
)


def test_subheads_keep_their_level() -> None:
    page = article(block("Floods", f"{A}/h2", heading=2), block("Rain fell.", f"{A}/p"),
                   block("Aftermath", f"{A}/h3", heading=3))
    assert to_markdown(page) == "## Floods\n\nRain fell.\n\n### Aftermath"
    assert "<h2>Floods</h2>\n<p>Rain fell.</p>\n<h3>Aftermath</h3>" in to_html(page)


def test_consecutive_items_of_one_list_make_one_list_and_nesting_is_kept() -> None:
    assert to_markdown(NESTED_LIST) == "- one\n- two\n    - two a\n    - two b\n- three"
    assert to_text(NESTED_LIST) == "- one\n- two\n  - two a\n  - two b\n- three"
    tree = lxml_html.fromstring(to_html(NESTED_LIST, document=False))
    assert [li.text for li in tree.xpath("./ul/li")] == ["one", "two", "three"]
    assert tree.xpath("./ul/li[2]/ul/li/text()") == ["two a", "two b"]


def test_ordered_lists_are_numbered_per_level() -> None:
    page = article(block("first", f"{A}/ol/li[1]"), block("second", f"{A}/ol/li[2]"),
                   block("sub", f"{A}/ol/li[2]/ol/li[1]"), block("third", f"{A}/ol/li[3]"))
    assert to_markdown(page) == "1. first\n2. second\n    1. sub\n3. third"
    assert to_html(page, document=False).count("<ol>") == 2


def test_two_lists_apart_stay_apart() -> None:
    page = article(block("a", f"{A}/ul[1]/li"), block("between", f"{A}/p"), block("b", f"{A}/ul[2]/li"))
    assert to_markdown(page) == "- a\n\nbetween\n\n- b"
    assert to_html(page, document=False).count("<ul>") == 2


def test_a_quotation_of_several_paragraphs_is_one_quote() -> None:
    page = article(block("We will rebuild.", f"{A}/blockquote/p[1]"),
                   block("Every stone of it.", f"{A}/blockquote/p[2]"), block("After.", f"{A}/p"))
    assert to_markdown(page) == "> We will rebuild.\n>\n> Every stone of it.\n\nAfter."
    assert "<blockquote><p>We will rebuild.</p><p>Every stone of it.</p></blockquote>" in to_html(page)


def test_tables_keep_rows_and_header_cells() -> None:
    assert to_markdown(TABLE) == "| Stage | Cost |\n| --- | --- |\n| Deck | 1.2m |"
    assert to_text(TABLE) == "Stage\tCost\nDeck\t1.2m"
    tree = lxml_html.fromstring(to_html(TABLE, document=False))
    assert tree.xpath("//tr[1]/th/text()") == ["Stage", "Cost"]
    assert tree.xpath("//tr[2]/td/text()") == ["Deck", "1.2m"]


def test_a_layout_table_of_one_cell_per_row_renders_as_paragraphs() -> None:
    page = article(block("First paragraph.", "/html/body/table/tr[1]/td"),
                   block("Second paragraph.", "/html/body/table/tr[2]/td"))
    assert to_markdown(page) == "First paragraph.\n\nSecond paragraph."
    assert "<table>" not in to_html(page)


def test_links_keep_their_targets() -> None:
    page = article(block("Read the report and the report summary.", f"{A}/p",
                         links=(("report", "https://example.org/r"), ("report summary", "/summary"))))
    assert to_markdown(page) == ("Read the [report](https://example.org/r) and the "
                                 "[report summary](/summary).")
    assert ('<a href="https://example.org/r">report</a> and the <a href="/summary">report summary</a>'
            in to_html(page))


def test_script_links_and_anchors_not_in_the_text_are_left_plain() -> None:
    page = article(block("Click here now.", f"{A}/p",
                         links=(("here", "javascript:steal()"), ("missing", "https://example.org"))))
    assert to_markdown(page) == "Click here now."
    assert "<p>Click here now.</p>" in to_html(page)


@pytest.mark.parametrize(("text", "markdown"), [
    ("# not a heading", "\\# not a heading"),
    ("- not an item", "\\- not an item"),
    ("2019. A year", "2019\\. A year"),
    ("a *star* and [brackets] and a_b", "a \\*star\\* and \\[brackets\\] and a\\_b"),
    ("<script>", "\\<script\\>"),
], ids=["hash", "dash", "number-dot", "emphasis-and-brackets", "angle-brackets"])
def test_markdown_escapes_what_would_change_meaning(text: str, markdown: str) -> None:
    assert to_markdown(article(block(text, f"{A}/p"))) == markdown


def test_html_escapes_text_and_titles() -> None:
    page = Article(blocks=(block("Fish & <chips>", f"{A}/p"),), title="Q&A <live>")
    out = to_html(page)
    assert "<p>Fish &amp; &lt;chips&gt;</p>" in out
    assert "<title>Q&amp;A &lt;live&gt;</title>" in out
    assert '<meta charset="utf-8">' in out


def test_only_the_chosen_roles_are_rendered() -> None:
    page = article(block("Headline", f"{A}/h1", role=Role.HEADLINE, heading=1),
                   block("By Ana Ruiz", f"{A}/p[1]", role=Role.BYLINE), block("Body text.", f"{A}/p[2]"))
    assert to_markdown(page) == "Body text."
    assert to_markdown(page, roles=("headline", "body")) == "# Headline\n\nBody text."
    assert to_text(page, roles=("byline",)) == "By Ana Ruiz"


def test_text_input_blocks_are_paragraphs() -> None:
    page = article(block("First line.", "line:1", "line"), block("Second line.", "line:3", "line"))
    assert to_text(page) == page.body == "First line.\n\nSecond line."
    assert to_html(page, document=False) == "<article>\n<p>First line.</p>\n<p>Second line.</p>\n</article>"


def test_a_cleaned_page_renders_its_subhead_list_quote_and_link() -> None:
    cleaned = newsclean.clean(article_page(), url="https://valleypost.example/news/bridge")
    markdown = to_markdown(cleaned)
    assert "## What happens next" in markdown
    assert "- Closing the bridge to lorries in June.\n- Replacing the deck in the autumn." in markdown
    assert "> We owe it to the people" in markdown
    assert "[engineering report](https://valleypost.example/report.pdf)" in markdown
    assert "| Stage | Cost |\n| --- | --- |\n| Deck | 1.2 million |" in markdown
    assert "Home" not in markdown

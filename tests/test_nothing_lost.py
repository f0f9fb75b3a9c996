"""Nothing is lost: every non-whitespace character of the text under <body> (outside script, style,
template, svg, noscript) lands, in order, in exactly one block. Counted by the stdlib's html.parser, an
independent parser, on every fixture page and on generated pages."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SKIPPED = {"script", "style", "template", "svg", "noscript", "head", "title", "math"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class BodyText(HTMLParser):
    """The text of a page as a browser's DOM holds it under <body>, minus the elements that are not text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping: list[str] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED and tag not in VOID:
            self.skipping.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(data)


def visible_chars(page: str) -> str:
    parser = BodyText()
    parser.feed(page)
    parser.close()
    return "".join("".join(parser.chunks).split())


def block_chars(article: newsclean.Article) -> str:
    return "".join("".join(b.text for b in article.blocks).split())


HTML_PAGES = sorted(FIXTURES.rglob("*.html"))


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_pages_lose_no_text(page: Path) -> None:
    markup = page.read_text(encoding="utf-8")
    assert block_chars(newsclean.clean(markup)) == visible_chars(markup)


WORDS = st.sampled_from(["Council", "voted", "on", "Tuesday", "Donate", "now", "By Ana Ruiz", "Photo: AP",
                         "&amp;", "é", "Подпишитесь", "  ", "\n", "Read more", "1.2", "—"])
TAGS = st.sampled_from(["p", "div", "span", "a", "li", "h2", "figcaption", "em", "section", "button", "td"])


@st.composite
def pages(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 6 and draw(st.booleans()):
            tag = draw(TAGS)
            parts.append(f"<{tag}>{draw(pages(depth + 1))}</{tag}>")
        else:
            parts.append(" ".join(draw(st.lists(WORDS, min_size=1, max_size=6))))
        if draw(st.integers(0, 5)) == 0:
            parts.append(draw(st.sampled_from(["<br>", "<script>var x = '<p>';</script>", "<style>p{}</style>",
                                               "<img src=x>", "<!-- a comment -->"])))
    return "".join(parts)


@settings(max_examples=150, deadline=None)
@given(pages())
def test_generated_pages_lose_no_text(fragment: str) -> None:
    markup = f"<html><body><article>{fragment}</article><p>Filler text so the page is never empty.</p></body></html>"
    assert block_chars(newsclean.clean(markup)) == visible_chars(markup)

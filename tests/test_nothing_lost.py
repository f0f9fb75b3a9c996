"""Nothing is lost on any fixture page: every non-whitespace character of the text under <body> (outside
script, style, template, svg, noscript) lands, in order, in exactly one block, counted by the stdlib's
html.parser (tests/independent.py). Generated pages are covered by test_properties.py."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from independent import blocks_text, body_text, first_difference

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HTML_PAGES = sorted(FIXTURES.rglob("*.html"))


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_pages_lose_no_text(page: Path) -> None:
    markup = page.read_text(encoding="utf-8")
    article = newsclean.clean(markup)
    assert first_difference(body_text(markup), blocks_text(b.text for b in article.blocks)) is None

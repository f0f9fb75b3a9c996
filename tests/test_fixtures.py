"""Every fixture page in fixtures/ against its expected.json (schema: docs/fixtures.md).

One test per page, mode and field, so one miss never hides another. Modes: "outlet" passes the page's URL
with the default options; "generic" passes no URL and Options(outlet_rules=False), and runs only for
expected files with "generic_too" (the default). Known misses are listed in KNOWN_FAILURES and run as
strict xfails, so fixing one is noticed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIELDS = ("title", "authors", "published", "is_article", "body_first", "body_last", "body_includes",
          "body_excludes", "blocks")

# "outlet/slug mode field" of misses we know about, one a line; remove a line when its miss is fixed
# (regenerate with: python tests/known_failures.py).
KNOWN_FAILURES = frozenset(
    line.strip() for line in (Path(__file__).parent / "fixtures_known_failures.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)


def _cases() -> list[Any]:
    cases = []
    for path in sorted(FIXTURES.rglob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        page_id = f"{path.parent.name}/{path.name.removesuffix('.expected.json')}"
        modes = ["outlet"] + (["generic"] if expected.get("generic_too", True) else [])
        for mode in modes:
            for field in FIELDS:
                if field in expected:
                    case_id = f"{page_id} {mode} {field}"
                    marks = [pytest.mark.xfail(strict=True)] if case_id in KNOWN_FAILURES else []
                    cases.append(pytest.param(str(path), mode, field, id=case_id, marks=marks))
    return cases


@cache
def _cleaned(expected_path: str, mode: str) -> newsclean.Article:
    path = Path(expected_path)
    expected = json.loads(path.read_text(encoding="utf-8"))
    page = next(p for p in path.parent.glob(path.name.removesuffix(".expected.json") + ".*")
                if not p.name.endswith(".expected.json"))
    options = newsclean.Options(input_format=expected.get("input_format", "auto"),
                                outlet_rules=mode == "outlet")
    return newsclean.clean(page.read_bytes(), expected["url"] if mode == "outlet" else None, options=options)


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def role_of(block: dict[str, Any], article: newsclean.Article) -> tuple[str | None, str | None]:
    """The role of the block holding this text, found as the evaluation's score.py finds it (exact text,
    its ``occurrence``-th copy when it stands twice, else the tightest block holding it)."""
    return fixtures.role_of(block["text"], article, block.get("occurrence", 0))


@pytest.mark.parametrize(("expected_path", "mode", "field"), _cases())
def test_fixture(expected_path: str, mode: str, field: str) -> None:
    expected = json.loads(Path(expected_path).read_text(encoding="utf-8"))
    article = _cleaned(expected_path, mode)
    want = expected[field]
    body = norm(article.body)
    if field == "title":
        assert norm(article.title) == norm(want)
    elif field == "authors":
        assert list(article.authors) == want
    elif field == "published":
        assert (article.published or "").startswith(want)
    elif field == "is_article":
        assert article.is_article is want
    elif field == "body_first":
        assert body.startswith(norm(want)), body[:200]
    elif field == "body_last":
        assert body.endswith(norm(want)), body[-200:]
    elif field == "body_includes":
        assert [s for s in want if norm(s) not in body] == []
    elif field == "body_excludes":
        assert [s for s in want if norm(s) in body] == []
    elif field == "blocks":
        misses = [(b["text"][:60], b["role"], b.get("kind"), role_of(b, article))
                  for b in want if not matches(role_of(b, article), b["role"], b.get("kind"))]
        assert misses == []


def matches(got: tuple[str | None, str | None], role: str, kind: str | None) -> bool:
    """As score.py and ``newsclean fixtures check`` compare: a label without a kind takes any kind, and
    kinds count only for the roles that have them (an author's contact line is an author_bio whatever its
    kind)."""
    got_role, got_kind = got
    return got_role == role and (kind is None or role not in ("promo", "metadata", "boilerplate") or got_kind == kind)

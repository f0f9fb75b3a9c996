"""Fixture loading and checking, ``fixtures snapshot`` / ``check``, stale rules, the pytest helper."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import Options, clean
from newsclean.cli import main
from newsclean.fixtures import Checker, FixtureError, check_article, find_fixtures, load_expected, role_of
from newsclean.testing import fixture_tests, stale_rules_test

ROOT = Path(__file__).resolve().parent.parent

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Ferry Fares Frozen</title>
<script>window.tracker = 1;</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Ferry Fares Frozen for Another Year", "datePublished": "2024-05-02T08:00:00Z"}</script>
</head><body onload="track()">
<h1>Ferry Fares Frozen for Another Year</h1>
<p class="who">By Lena Park</p>
<p>The island ferry will keep its fares unchanged for another year, the operator said on Thursday morning.</p>
<p>Commuters had feared a rise of up to a fifth after fuel costs climbed sharply during the winter months.</p>
<p>The operator said a state grant would cover the gap until the new electric boats arrive next spring.</p>
<div class="pitch">Keep the Courier reporting: become a member today</div>
</body></html>"""
URL = "https://www.courier.example/news/2024/05/02/ferry-fares-frozen"
RULES = """outlet = "courier.example"
domains = ["courier.example"]

[[rule]]
id = "pitch"
role = "promo"
kind = "donation"
select = ".pitch"

[[rule]]
id = "never"
role = "promo"
kind = "ad"
select = ".no-such-box"
"""


@pytest.fixture()
def pack(tmp_path: Path) -> Path:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "courier.example.toml").write_text(RULES, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    return tmp_path


def _snapshot(pack: Path) -> Path:
    code = main(["fixtures", "snapshot", str(pack / "page.html"), "--url", URL, "-o", str(pack / "fixtures"),
                 "--rules", str(pack / "rules")])
    assert code == 0
    return pack / "fixtures" / "courier.example"


def test_snapshot_saves_the_page_without_scripts_and_a_draft(pack: Path) -> None:
    folder = _snapshot(pack)
    saved = (folder / "ferry-fares-frozen.html").read_text(encoding="utf-8")
    assert "window.tracker" not in saved and "onload" not in saved
    assert "application/ld+json" in saved  # data, not code: kept for the metadata
    draft = load_expected(folder / "ferry-fares-frozen.expected.json")
    assert draft["url"] == URL and draft["authors"] == ["Lena Park"] and draft["published"] == "2024-05-02"
    pitch = {"text": "Keep the Courier reporting: become a member today", "role": "promo", "kind": "donation"}
    assert pitch in draft["blocks"]


def test_snapshot_refuses_to_overwrite(pack: Path) -> None:
    _snapshot(pack)
    again = ["fixtures", "snapshot", str(pack / "page.html"), "--url", URL, "-o", str(pack / "fixtures")]
    assert main(again) == 2


def test_check_prints_a_table_and_the_stale_rules(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _snapshot(pack)
    capsys.readouterr()
    assert main(["fixtures", "check", str(folder), "--rules", str(pack / "rules")]) == 0
    out = capsys.readouterr().out
    assert "courier.example/ferry-fares-frozen (outlet)" in out
    stale = out.split("stale rules")[1]
    assert "outlet/courier.example/never" in stale and "outlet/courier.example/pitch" not in stale


def test_check_fails_and_names_the_field(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _snapshot(pack)
    expected = folder / "ferry-fares-frozen.expected.json"
    data = json.loads(expected.read_text(encoding="utf-8"))
    data["authors"] = ["Someone Else"]
    expected.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["fixtures", "check", str(folder), "--rules", str(pack / "rules"), "--no-stale"]) == 1
    out = capsys.readouterr().out
    assert "FAIL courier.example/ferry-fares-frozen [outlet] authors: got ['Lena Park']" in out


def test_expected_files_are_checked_when_they_load(tmp_path: Path) -> None:
    bad = tmp_path / "x.expected.json"
    bad.write_text('{"url": "https://x.example/", "autors": ["A"]}', encoding="utf-8")
    with pytest.raises(FixtureError, match="unknown key 'autors'"):
        load_expected(bad)
    bad.write_text('{"url": "https://x.example/", "blocks": [{"text": "x"}]}', encoding="utf-8")
    with pytest.raises(FixtureError, match=r"blocks\[0\] needs 'text' and 'role'"):
        load_expected(bad)


def test_role_of_prefers_the_same_text_then_the_tightest_block() -> None:
    article = clean("<h1>Harbour News Today</h1><p>Read more: Harbour</p>"
                    "<p>Read more: Harbour works begin</p>")
    assert role_of("Read more: Harbour", article)[0] == role_of("Read more: Harbour", article, 0)[0]
    assert role_of("works begin", article) == role_of("Read more: Harbour works begin", article)
    assert role_of("nowhere on the page", article) == (None, None)


def test_check_article_gives_one_result_per_field_given() -> None:
    article = clean(PAGE.encode())
    checks = check_article(article, {"authors": ["Lena Park"], "body_excludes": ["become a member"],
                                     "published": "2024-05"})
    assert [(c.field, c.ok) for c in checks] == [("authors", True), ("published", True),
                                                 ("body_excludes", True)]


def test_pytest_helper_is_one_line_per_pack(pack: Path) -> None:
    folder = _snapshot(pack)
    test = fixture_tests(folder.parent, rule_paths=[pack / "rules"])
    marks = {m.name: m for m in getattr(test, "pytestmark", [])}
    assert marks["parametrize"].kwargs["ids"] == ["courier.example/ferry-fares-frozen"]
    (fixture,) = marks["parametrize"].args[1]
    test(fixture)  # passes
    with pytest.raises(AssertionError, match=r"stale|never"):
        stale_rules_test(folder.parent, rule_paths=[pack / "rules"])()


def test_shipped_outlet_rules_are_not_stale() -> None:
    stale_rules_test(ROOT / "fixtures")()


def test_a_checker_builds_a_cleaner_once_per_input_format(monkeypatch: pytest.MonkeyPatch) -> None:
    """Building a Cleaner loads and compiles every rule file: a checker of many fixtures that name their
    input format (the stale-rules test runs all shipped ones) builds one per format, not one per page."""
    import newsclean.fixtures as fixtures_module

    built: list[Options] = []
    real = fixtures_module.Cleaner

    def counting(options: Options) -> object:
        built.append(options)
        return real(options)

    monkeypatch.setattr(fixtures_module, "Cleaner", counting)
    checker = Checker()
    for fixture in find_fixtures(ROOT / "fixtures")[:12]:
        checker.clean(fixture)
        checker.clean(fixture, "generic")
    assert len(built) <= 2 + 4  # the two of the checker, and one per (mode, format) named


def test_every_shipped_fixture_loads() -> None:
    found = find_fixtures(ROOT / "fixtures")
    assert len({f.outlet for f in found}) >= 20
    assert all(f.id.count("/") == 1 for f in found)


def test_generic_mode_runs_without_url_and_outlet_rules(pack: Path) -> None:
    folder = _snapshot(pack)
    (fixture,) = find_fixtures(folder)
    checker = Checker(Options(rule_paths=(str(pack / "rules"),)))
    generic = checker.clean(fixture, "generic")
    assert generic.outlet is None
    assert checker.clean(fixture).outlet == "outlet/courier.example"

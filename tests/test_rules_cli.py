"""``newsclean rules list`` / ``rules validate``, rule packs from entry points, and the precedence of sets."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import pytest

from newsclean import Cleaner, Options
from newsclean.cli import main
from newsclean.rules import loader
from newsclean.rules.validate import validate_path

BROKEN = """\
outlet = "example.com"
domains = ["example.com"]
colour = "red"

[[rule]]
id = "box"
role = "promo"
kind = "donations"
select = ".box"

[[rule]]
id = "menu"
role = "boilerplate"
select = "div[["

[[rule]]
id = "pattern"
role = "byline"
text = '''(unclosed'''

[[rule]]
id = "Bad Id"
role = "caption"
select = "figcaption"

[[rule]]
id = "where"
role = "boilerplate"
within = "sidebar"

[[rule]]
id = "fine"
role = "caption"
select = "figcaption"
"""

PAGE = """<html><body><h1>Harbour Reopens After Storm Repairs</h1>
<div class="kicker">Harbour news</div>
<p>The harbour reopened on Monday after three weeks of repairs to the sea wall and the fuel jetty.</p>
<p>Fishing boats that had sheltered up the coast began returning on the morning tide, skippers said.</p>
<p>The council said a second phase of work on the breakwater would begin in the spring next year.</p>
<div class="appeal">Keep the Gazette going: give what you can</div>
</body></html>"""


@pytest.fixture()
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "example.com.toml"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def test_validate_reports_every_problem_with_file_rule_and_line(broken: Path) -> None:
    problems = [(p.rule, p.line, p.message.split(";")[0]) for p in validate_path(broken)]
    assert (None, 3, "unknown key 'colour'") in problems
    assert ("box", 8, "kind 'donations' is not allowed for role 'promo'") in problems
    assert any(rule == "menu" and line == 14 and "CSS selector" in msg for rule, line, msg in problems)
    assert any(rule == "pattern" and line == 19 and "regular expression" in m for rule, line, m in problems)
    assert any(rule is None and line == 22 and "'id'" in msg for rule, line, msg in problems)
    assert any(rule == "where" and line == 29 and "landmark" in msg for rule, line, msg in problems)
    assert not any(rule == "fine" for rule, _, _ in problems)


def test_validate_command_prints_problems_and_fails(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:8: rule 'box': kind 'donations'" in out
    assert f"{broken}:19: rule 'pattern': bad regular expression '(unclosed'" in out


def test_validate_reads_bad_toml_and_points_at_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('outlet = "x.com"\n[[rule]]\nid = "a"\nrole = promo\n', encoding="utf-8")
    (problem,) = validate_path(path)
    assert problem.line == 4 and "not valid TOML" in problem.message


def test_validate_warns_about_disable_globs_that_match_nothing(tmp_path: Path) -> None:
    path = tmp_path / "x.com.toml"
    path.write_text('outlet = "x.com"\ndomains = ["x.com"]\ndisable = ["generic/promo/no-such-rule"]\n',
                    encoding="utf-8")
    (problem,) = validate_path(path)
    assert problem.severity == "warning" and problem.line == 3


def test_shipped_rule_files_are_valid() -> None:
    folder = Path(loader.__file__).parent
    assert [str(p) for p in validate_path(folder) if p.severity == "error"] == []


def test_rules_list_shows_sets_and_where_they_came_from(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mine.toml").write_text(
        'outlet = "themoscowtimes.com"\n[[rule]]\nid = "byline"\nrole = "byline"\nselect = ".by"\n',
        encoding="utf-8")
    assert main(["rules", "list", "--rules", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "generic/promo" in out and "[built in]" in out
    assert "outlet/themoscowtimes.com" in out and str(tmp_path / "mine.toml") in out


def test_a_later_outlet_set_replaces_rules_by_id_and_can_disable_others(tmp_path: Path) -> None:
    path = tmp_path / "mt.toml"
    path.write_text('outlet = "themoscowtimes.com"\ndisable = ["outlet/themoscowtimes.com/read-more"]\n'
                    '[[rule]]\nid = "byline"\nrole = "byline"\nselect = ".custom-byline"\n', encoding="utf-8")
    cleaner = Cleaner(Options(rule_paths=(str(path),)))
    (merged,) = [s for s in cleaner.outlet_sets if s.outlet == "themoscowtimes.com"]
    ids = [r.id for r in merged.rules]
    assert "outlet/themoscowtimes.com/support-modal" in ids  # kept from the built-in set
    assert "outlet/themoscowtimes.com/read-more" not in ids  # disabled by the later set
    (byline,) = [r for r in merged.rules if r.id == "outlet/themoscowtimes.com/byline"]
    assert byline.when.max_words is None  # the replacement, not the built-in rule (max_words = 20)
    assert merged.meta["sources"][-1] == str(path)


def _pack(tmp_path: Path, name: str) -> Path:
    package = tmp_path / name
    (package / "rules").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "rules" / "gazette.example.toml").write_text(
        'outlet = "gazette.example"\ndomains = ["gazette.example"]\n'
        '[[rule]]\nid = "appeal"\nrole = "promo"\nkind = "donation"\nselect = ".appeal"\n'
        '[[rule]]\nid = "kicker"\nrole = "metadata"\nkind = "section"\nselect = ".kicker"\n',
        encoding="utf-8")
    return package


def test_rule_packs_load_from_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _pack(tmp_path, "gazette_rules")
    monkeypatch.syspath_prepend(str(tmp_path))
    point = metadata.EntryPoint(name="gazette", value="gazette_rules:rules", group=loader.ENTRY_POINT_GROUP)
    monkeypatch.setattr(metadata, "entry_points", lambda group: [point] if group == point.group else [])
    article = Cleaner(Options()).clean(PAGE, url="https://gazette.example/harbour")
    kinds = {b.text: (str(b.role), b.kind) for b in article.blocks}
    assert kinds["Keep the Gazette going: give what you can"] == ("promo", "donation")
    assert kinds["Harbour news"] == ("metadata", "section")
    assert main(["rules", "list"]) == 0
    assert "entry point gazette = gazette_rules:rules" in capsys.readouterr().out
    sys.modules.pop("gazette_rules", None)


def test_rule_paths_come_after_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pack(tmp_path, "gazette_rules2")
    monkeypatch.syspath_prepend(str(tmp_path))
    point = metadata.EntryPoint(name="gazette", value="gazette_rules2:rules", group=loader.ENTRY_POINT_GROUP)
    monkeypatch.setattr(metadata, "entry_points", lambda group: [point] if group == point.group else [])
    override = tmp_path / "override.toml"
    override.write_text('outlet = "gazette.example"\n[[rule]]\nid = "kicker"\nrole = "metadata"\n'
                        'kind = "tags"\nselect = ".kicker"\n', encoding="utf-8")
    article = Cleaner(Options(rule_paths=(str(override),))).clean(PAGE, url="https://gazette.example/h")
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["Harbour news"] == "tags"
    sys.modules.pop("gazette_rules2", None)


def test_a_missing_pack_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    point = metadata.EntryPoint(name="ghost", value="no_such_pack_xyz", group=loader.ENTRY_POINT_GROUP)
    monkeypatch.setattr(metadata, "entry_points", lambda group: [point] if group == point.group else [])
    with pytest.raises(ValueError, match="entry point ghost"):
        loader.entry_point_rule_sets()

"""Rule files are data: loading one never executes anything, and a malformed or hostile file is a RuleError."""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import Options, RuleError
from newsclean.rules.loader import load_rule_file, load_rule_sets, parse_rule_source

GOOD_RULE = '[[rule]]\nid = "x"\nrole = "promo"\nkind = "other"\ntext = "^Sign up$"\n'


def _load(source: str) -> None:
    parse_rule_source(source, "user.toml", default_set="user")


MALFORMED = [
    pytest.param("[[rule]\nid = 'x'", "not valid TOML", id="broken TOML"),
    pytest.param("rule = 'x'", "array of tables", id="rule is no table"),
    pytest.param("colour = 'red'", "unknown key", id="unknown top-level key"),
    pytest.param(GOOD_RULE + "colour = 'red'\n", "unknown key", id="unknown rule key"),
    pytest.param(GOOD_RULE.replace('"promo"', '"villain"'), "role", id="unknown role"),
    pytest.param(GOOD_RULE.replace('"other"', '"spam"'), "kind", id="kind not of the role"),
    pytest.param(GOOD_RULE.replace('"x"', '"Bad Id!"'), "id", id="bad id"),
    pytest.param(GOOD_RULE.replace('"^Sign up$"', '"(unclosed"'), "regular expression", id="bad regex"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'select = "div[[["'), "CSS selector", id="bad CSS"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'xpath = "//div[@"'), "XPath", id="bad XPath"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'xpath = "//div[foo()]"'), "XPath",
                 id="XPath with an unknown function"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'xpath = "//div[@id = $target]"'), "XPath",
                 id="XPath with a variable"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', "xpath = \"//p[re:test(., 'x')]\""), "XPath",
                 id="XPath with an extension prefix"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'xpath = "//*[count(//*//*) > 1]"'), "quadratic",
                 id="XPath that rescans the page per node"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'max_words = -3'), "non-negative", id="negative size"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'max_words = "many"'), "number", id="size as text"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'within = "castle"'), "landmark", id="unknown landmark"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'position = "sideways"'), "position", id="bad position"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'text = 42'), "pattern", id="pattern not a string"),
    pytest.param(GOOD_RULE.replace('text = "^Sign up$"', 'min_words = 1'), "", id="no condition but size ok"),
    pytest.param('[[rule]]\nid = "x"\nrole = "promo"\n', "no condition", id="rule without condition"),
    pytest.param(GOOD_RULE + GOOD_RULE, "already exists", id="duplicate id"),
    pytest.param("schema = 99\n" + GOOD_RULE, "schema", id="future schema"),
    pytest.param("domains = 5\n" + GOOD_RULE, "domains", id="domains not strings"),
]


@pytest.mark.parametrize(("source", "said"), MALFORMED)
def test_malformed_files_are_rule_errors(source: str, said: str) -> None:
    if not said:
        _load(source)  # a valid file: only checks that the case list holds no false alarm
        return
    with pytest.raises(RuleError, match="(?i)" + said) as info:
        _load(source)
    assert "user.toml" in str(info.value)


HOSTILE = [
    pytest.param("x = " + "[" * 100_000 + "]" * 100_000, "nested", id="arrays nested 100,000 deep"),
    pytest.param("x = " + "{a = " * 5_000 + "1" + "}" * 5_000, "nested", id="inline tables nested 5,000 deep"),
    pytest.param("a" + ".a" * 20_000 + " = 1", "dotted key", id="a 20,000-part dotted key"),
    pytest.param(GOOD_RULE.replace("^Sign up$", "(?:(?:(?:a{100}){100}){100}){100}"), "repeats",
                 id="regex with nested repeats"),
    pytest.param(GOOD_RULE.replace("^Sign up$", "x" * 20_000), "characters", id="a 20,000-character regex"),
    pytest.param(GOOD_RULE.replace("^Sign up$", "(a|" * 2_000 + ")" * 2_000), "regular expression",
                 id="regex with 2,000 nested groups"),
    pytest.param("x = '" + "a" * 2_100_000 + "'", "at most", id="a 2 MB string"),
]


@pytest.mark.parametrize(("source", "said"), HOSTILE)
def test_hostile_files_are_rule_errors_not_crashes_or_hangs(source: str, said: str) -> None:
    with pytest.raises(RuleError, match="(?i)" + said):
        _load(source)


def test_loading_never_executes_code(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    payload = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    path = tmp_path / "evil.toml"
    path.write_text(
        f'set = "evil"\ndescription = "{payload}"\n\n[[rule]]\nid = "evil"\nrole = "promo"\nkind = "other"\n'
        f'description = "{payload}"\ntext = \'\'\'(?i){payload.replace("(", "[(]").replace(")", "[)]")}\'\'\'\n',
        encoding="utf-8",
    )
    newsclean.clean("<p>warm up: the built-in rules are read once</p>")
    before = set(sys.modules)
    article = newsclean.clean(f"<p>{payload}</p>", options=Options(rule_paths=(str(path),)))
    assert not marker.exists()
    assert set(sys.modules) == before  # no module was imported to read the file
    assert article.blocks[0].rule == "evil/evil"  # the 'code' was only ever a string to match


def test_a_pickle_or_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_bytes(pickle.dumps({"rule": [os.system]}))
    with pytest.raises(RuleError):
        load_rule_file(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_devices_pipes_and_folders_named_toml_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.toml")
    (tmp_path / "folder.toml").mkdir()
    for name in ("zero.toml", "pipe.toml"):
        with pytest.raises(RuleError, match="regular file"):
            load_rule_file(tmp_path / name)
    with pytest.raises(RuleError, match="regular file"):
        load_rule_sets([tmp_path])


def test_a_big_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as out:
        out.seek(50_000_000)
        out.write(b"\n")
    with pytest.raises(RuleError, match="at most"):
        load_rule_file(path)


def test_missing_path_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="no such file"):
        newsclean.Cleaner(Options(rule_paths=("/no/such/rules.toml",)))


def test_numbers_with_dots_are_no_dotted_keys() -> None:
    _load(GOOD_RULE.replace('text = "^Sign up$"', "min_link_density = 0.5\nmax_link_density = 0.75")
          + "# a comment with many dots . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .\n")


def test_site_configs_refuse_quadratic_xpaths_and_odd_files(tmp_path: Path) -> None:
    from newsclean.rules.ftr import read_site_config

    path = tmp_path / "example.com.txt"
    path.write_text("body: //article\nstrip: //table[//a[contains(@href, 'twitter.com')]]\n", encoding="utf-8")
    rule_set = read_site_config(path)
    assert len(rule_set.rules) >= 1
    assert any("refused" in u.reason for u in rule_set.meta["unsupported"])
    (tmp_path / "zero.com.txt").symlink_to("/dev/zero")
    with pytest.raises(RuleError, match="regular file"):
        read_site_config(tmp_path / "zero.com.txt")

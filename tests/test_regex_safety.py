"""Every rule pattern runs under a time limit; one that times out is reported once, with its rule id."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import Options
from newsclean.rules.loader import MAX_REPEAT, builtin_rule_sets, repeat_cost

CATASTROPHIC = r"(a|aa)+$"  # exponential backtracking on 'aaaa...b'
SLOW_TEXT = "a" * 60 + "b"


def _rule_file(tmp_path: Path, pattern: str, rule_id: str = "slow-pattern") -> Path:
    path = tmp_path / "user.toml"
    path.write_text(
        f'set = "user"\n\n[[rule]]\nid = "{rule_id}"\nrole = "promo"\nkind = "other"\n'
        f"text = '''{pattern}'''\n",
        encoding="utf-8",
    )
    return path


def _page(*paragraphs: str) -> str:
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def test_a_pattern_that_times_out_is_reported_once_with_its_rule_id(tmp_path: Path) -> None:
    options = Options(rule_paths=(str(_rule_file(tmp_path, CATASTROPHIC)),), regex_timeout=0.02)
    article = newsclean.clean(_page(SLOW_TEXT, SLOW_TEXT, "The river rose overnight.", SLOW_TEXT), options=options)
    timeouts = [w for w in article.warnings if "timed out" in w]
    assert len(timeouts) == 1
    assert "user/slow-pattern" in timeouts[0]
    assert len(article.blocks) == 4  # the page went on without the rule
    assert not any(b.rule == "user/slow-pattern" for b in article.blocks)


def test_the_page_goes_on_and_other_rules_still_apply(tmp_path: Path) -> None:
    options = Options(rule_paths=(str(_rule_file(tmp_path, CATASTROPHIC)),), regex_timeout=0.02)
    article = newsclean.clean(_page(SLOW_TEXT, "Sign up for our free weekly newsletter"), options=options)
    assert article.blocks[1].kind == "newsletter"


def test_each_page_reports_its_own_timeout(tmp_path: Path) -> None:
    cleaner = newsclean.Cleaner(Options(rule_paths=(str(_rule_file(tmp_path, CATASTROPHIC)),),
                                        regex_timeout=0.02))
    for _ in range(2):
        article = cleaner.clean(_page(SLOW_TEXT))
        assert sum("timed out" in w for w in article.warnings) == 1


def test_a_fast_pattern_does_not_warn(tmp_path: Path) -> None:
    options = Options(rule_paths=(str(_rule_file(tmp_path, r"^a+b$")),), regex_timeout=0.5)
    article = newsclean.clean(_page(SLOW_TEXT), options=options)
    assert article.warnings == ()
    assert article.blocks[0].rule == "user/slow-pattern"


@pytest.mark.parametrize("timeout", [0, -1.0])
def test_regex_timeout_must_be_positive(timeout: float) -> None:
    with pytest.raises(ValueError, match="regex_timeout"):
        Options(regex_timeout=timeout)


def _builtin_patterns() -> list[tuple[str, str]]:
    found = []
    for kind in ("generic", "outlets"):
        for rule_set in builtin_rule_sets(kind):
            for rule in rule_set.rules:
                for condition in (rule.when, *rule.unless):
                    for group in (condition.patterns or {}).values() if condition else ():
                        found.extend((rule.id, p.pattern) for p in group)
    return found


def test_builtin_patterns_are_within_the_compile_bounds() -> None:
    patterns = _builtin_patterns()
    assert patterns
    for rule_id, pattern in patterns:
        assert repeat_cost(pattern) <= MAX_REPEAT, rule_id


ADVERSARIAL_BLOCKS = [
    "By " * 3000,
    "Photo: " + "A B / " * 2000,
    "a" * 200_000,
    ", ".join(["Ana Ruiz"] * 3000),
    "(" * 5000 + ")" * 5000,
    "Reuters " * 5000 + "contributed",
    "\u0414" * 100_000,
    "1, 2, 3. " * 5000,
]


def test_builtin_rules_on_adversarial_text_finish() -> None:
    """Long blocks made of the words the built-in rules look for: a result, maybe with timeout notes."""
    article = newsclean.clean(_page(*ADVERSARIAL_BLOCKS), options=Options(regex_timeout=0.05))
    assert len(article.blocks) == len(ADVERSARIAL_BLOCKS)
    notes = [w for w in article.warnings if "timed out" in w]
    assert len(notes) == len(set(notes))  # each rule at most once

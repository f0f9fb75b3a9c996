"""Rule files are data: a bad one is rejected with the file, the rule, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import Article
from newsclean.rules.loader import builtin_rule_sets, load_rule_file

GOOD = '''
outlet = "coastalledger.example"
domains = ["coastalledger.example"]
disable = ["generic/byline/*"]

[[rule]]
id = "ferry-box"
role = "promo"
kind = "related"
select = ".ferry-box"

[[rule]]
id = "staff-line"
role = "byline"
text = '^Ledger staff$'
'''


def write(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_outlet_file_loads_with_full_rule_ids(tmp_path: Path) -> None:
    rule_set = load_rule_file(write(tmp_path, GOOD))
    assert rule_set.id == "outlet/coastalledger.example"
    assert [r.id for r in rule_set.rules] == ["outlet/coastalledger.example/ferry-box",
                                              "outlet/coastalledger.example/staff-line"]
    assert all(r.outlet for r in rule_set.rules)


@pytest.mark.parametrize(
    ("snippet", "problem"),
    [
        ('[[rule]]\nid = "a"\nrole = "promo"\ncolour = "red"\ntext = "x"', "unknown key(s) ['colour']"),
        ('[[rule]]\nid = "a"\nrole = "advert"\ntext = "x"', "role 'advert' is not one of"),
        ('[[rule]]\nid = "a"\nrole = "promo"\nkind = "banner"\ntext = "x"', "kind 'banner' is not allowed"),
        ('[[rule]]\nid = "a"\nrole = "promo"\ntext = "(unclosed"', "bad regular expression"),
        ('[[rule]]\nid = "a"\nrole = "promo"\nselect = "div[[["', "not a CSS selector"),
        ('[[rule]]\nid = "a"\nrole = "promo"\nxpath = "//div[@"', "not a valid XPath"),
        ('[[rule]]\nid = "a"\nrole = "promo"\nwithin = "sidebar"', "unknown landmark"),
        ('[[rule]]\nid = "a"\nrole = "promo"', "no condition"),
        ('[[rule]]\nid = "A b"\nrole = "promo"\ntext = "x"', "needs an 'id'"),
        ('[[rule]]\nid = "a"\nrole = "promo"\nstrength = "huge"\ntext = "x"', "strength must be"),
        ('[[rule]]\nid = "a"\nrole = "caption"\nsplit = true\nwithin = "figure"', "split = true needs"),
        ('[[rule]]\nid = "a"\nrole = "boilerplate"\nends_text = "yes"\ntext = "x"', "ends_text must be"),
        ('[[rule]]\nid = "a"\nrole = "promo"\ntext = "x"\n[[rule]]\nid = "a"\nrole = "promo"\ntext = "y"',
         "already exists"),
        ('colour = "red"', "unknown key(s) ['colour']"),
        ("this is = not toml [", "not valid TOML"),
    ],
)
def test_bad_rules_get_errors_naming_file_rule_and_problem(tmp_path: Path, snippet: str, problem: str) -> None:
    path = write(tmp_path, snippet)
    with pytest.raises(newsclean.RuleError) as caught:
        load_rule_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert problem in message
    if "[[rule]]" in snippet and "already" not in problem:
        assert "rule 'a'" in message or "rule 'A b'" in message or "needs an 'id'" in message
        assert caught.value.line is not None


def test_loading_never_executes_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    hostile = (f'[[rule]]\nid = "a"\nrole = "promo"\n'
               f'xpath = "//*[__import__(\'os\').system(\'touch {marker}\')]"\n')
    with pytest.raises(newsclean.RuleError):
        load_rule_file(write(tmp_path, hostile))
    assert not marker.exists()


def ledger_article(rules: str, tmp_path: Path, *, head: str = "", tail: str = "", after: str = "") -> Article:
    """A Coastal Ledger story cleaned with ``rules`` as the user's rule file: ``head`` before its text, ``tail``
    after it inside the article, ``after`` after the article."""
    write(tmp_path, rules, "coastalledger.toml")
    cleaner = newsclean.Cleaner(newsclean.Options(rule_paths=(str(tmp_path),)))
    page = (f"<html><body><article><h1>Ferry Timetable Changes</h1>{head}"
            + "<p>The ferry will leave at seven from Monday, the harbour board said in a short statement.</p>" * 3
            + f"{tail}</article>{after}</body></html>")
    return cleaner.clean(page, url="https://news.coastalledger.example/ferry")


def test_user_rule_paths_override_and_disable(tmp_path: Path) -> None:
    article = ledger_article(GOOD, tmp_path, head="<p>Ledger staff</p><p>By Ana Lund</p>",
                             tail="<div class='ferry-box'><p>More ferry coverage from the archive</p></div>")
    roles = {b.text: (b.role, b.rule) for b in article.blocks}
    assert article.outlet == "outlet/coastalledger.example"
    assert roles["Ledger staff"] == ("byline", "outlet/coastalledger.example/staff-line")
    assert roles["More ferry coverage from the archive"][1] == "outlet/coastalledger.example/ferry-box"
    assert roles["By Ana Lund"][0] != "byline"  # the outlet disabled generic/byline/*


END_MARK_RULES = '''
outlet = "coastalledger.example"
domains = ["coastalledger.example"]

[[rule]]
id = "end-of-story"
role = "boilerplate"
kind = "other"
strength = "strong"
ends_text = true
text = '^\\* \\* \\*$'
'''


def test_an_outlet_rule_with_ends_text_ends_the_article_at_its_mark(tmp_path: Path) -> None:
    # what the outlet prints under its mark reads like the story's text: only the mark tells them apart
    tail = ("<p>* * *</p><p>Harbour master Ines Varga said the Harbour Press Cooperative would review the new"
            " timetable in the spring, after the first full season of crossings.</p>")
    plain = ledger_article(END_MARK_RULES.replace("ends_text = true\n", ""), tmp_path, tail=tail)
    marked = ledger_article(END_MARK_RULES, tmp_path, tail=tail)
    assert "Harbour Press Cooperative" in plain.body
    assert "Harbour Press Cooperative" not in marked.body
    assert marked.body.endswith("said in a short statement.")


def test_missing_rule_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(newsclean.RuleError, match="no such file or folder"):
        newsclean.Cleaner(newsclean.Options(rule_paths=(str(tmp_path / "nope"),)))


@pytest.mark.parametrize("kind", ["generic", "outlets"])
def test_shipped_rule_sets_load(kind: str) -> None:
    sets = list(builtin_rule_sets(kind))
    assert sets and all(s.rules for s in sets)


def test_outlet_is_recognised_from_the_page_without_a_url() -> None:
    page = ('<html><head><meta property="og:site_name" content="The Moscow Times"></head><body>'
            "<p>Support The Moscow Times!</p><h1>Ferry Service Resumes on the Volga</h1>"
            + "<p>The river ferry resumed service on Monday after a two-week halt, officials said.</p>" * 3
            + "</body></html>")
    assert newsclean.clean(page).outlet == "outlet/themoscowtimes.com"
    assert newsclean.clean(page, options=newsclean.Options(outlet_rules=False)).outlet is None


def test_outlet_domains_match_subdomains_only_on_label_boundaries() -> None:
    cleaner = newsclean.Cleaner()
    text = "Support The Moscow Times!\n\nSome text of the article goes here, long enough to count."
    assert cleaner.clean(text, url="https://www.themoscowtimes.com/x").outlet == "outlet/themoscowtimes.com"
    assert cleaner.clean(text, url="https://notthemoscowtimes.com/x").outlet is None


TIE = '''
outlet = "coastalledger.example"
domains = ["coastalledger.example"]

[[rule]]
id = "archive-after-text"
role = "promo"
kind = "related"
position = "after_body"
text = '^From the archive'

[[rule]]
id = "archive-line"
role = "promo"
kind = "newsletter"
text = '^From the archive'
'''


def test_of_two_equal_rules_the_one_listed_first_wins_though_it_waits_for_the_span(tmp_path: Path) -> None:
    article = ledger_article(TIE, tmp_path, after="<div><p>From the archive: the old ferry</p></div>")
    roles = {b.text: b.rule for b in article.blocks}
    assert roles["From the archive: the old ferry"] == "outlet/coastalledger.example/archive-after-text"


def test_phrases_filed_under_serbian_apply_to_pages_read_as_croatian(tmp_path: Path) -> None:
    """Pages in Serbian, Bosnian or Croatian are read as one language ("hr"): a rule file's "sr" and "bs"
    phrases join the "hr" ones instead of never applying, and so does a condition's language list."""
    rule_set = load_rule_file(write(tmp_path, '[[rule]]\nid = "ad"\nrole = "promo"\nkind = "ad"\nlanguage = ["sr"]\n'
                                              "[rule.text]\nhr = '^oglas$'\nsr = '^nastavak ispod oglasa$'\n"
                                              "bs = '^reklama$'\n"))
    condition = rule_set.rules[0].when
    assert condition.patterns is not None and sorted(condition.patterns) == ["hr"]
    assert len(condition.patterns["hr"]) == 3 and condition.language == frozenset({"hr"})

"""Required literals: every match of a pattern contains one of them, case-folded; None when unknown."""

from __future__ import annotations

import regex

from newsclean.rules.engine import make_plan
from newsclean.rules.literals import ANY_DIGIT, LiteralScan, blocks_with_digits, required_clauses, required_literals
from newsclean.rules.model import Condition

FLAGS = regex.UNICODE | regex.VERSION0 | regex.IGNORECASE


def lits(pattern: str, flags: int = FLAGS) -> frozenset[str] | None:
    return required_literals(regex.compile(pattern, flags))


def test_alternation_and_groups() -> None:
    assert lits(r"\b(?:newsletters?|e-?mails?|subscri\w*)\b") == {"newsletter", "mail", "subscri"}
    assert lits(r"^(?i:by)\s+\p{Lu}") == {"by"}
    assert lits(r"Photo(?:graph)?\s*:") == {"photo"}


def test_optional_parts_are_not_required() -> None:
    assert lits(r"^(?:\d+\s+)?comments?") == {"comment"}
    assert lits(r"(?:foo)*bar|(?:baz){0,2}qux") == {"bar", "qux"}


def test_unknown_constructs_give_none() -> None:
    for pattern in [r"\p{Lu}\w+", r"(a)\1", r"(?P<x>a)(?P=x)", r"(?:cat){e<=1}", r"x|.*", r"(?=abc)",
                    r"[[:alpha:]]+"]:
        assert lits(pattern) is None, pattern
    assert lits("a b", FLAGS | regex.VERBOSE) is None


def test_code_point_escapes_are_their_characters() -> None:
    # ZWNJ inside Persian words, the Devanagari nukta: written as escapes, they are literal characters
    assert lits(r"کوکی\u200cها") == {"کوکی\u200cها"}
    assert lits(r"\x41b|\U00000043d") == {"ab", "cd"}


def test_case_folding() -> None:
    assert lits("Straße", regex.UNICODE | regex.VERSION0) == {"strasse"}
    assert lits("ФОТО") == {"фото"}


def test_a_plan_searches_only_the_literals_no_other_one_holds() -> None:
    cond = Condition(patterns={"*": (regex.compile(r"\b(?:subscri\w*|subscribe now|e-?mails?|mail)\b", FLAGS),)})
    assert make_plan(cond, "en", combine=False).literals == {"subscri", "mail"}


def blocks_by_find(texts: list[str], literal: str) -> set[int]:
    return {i for i, text in enumerate(texts) if literal in text}


def test_a_scan_finds_the_blocks_str_find_finds() -> None:
    # Overlapping literals, literals that are prefixes, suffixes or inside others, repeats in one block,
    # a literal at a block's start and end, and literals found nowhere.
    literals = ["sub", "subscribe", "subscriber", "scribe", "be", "e", "ribes", "news", "newsletter",
                "letter", "s l", "©", "foto:", "absent", "tt"]
    texts = ["subscribe", "", "subscribers to the newsletter", "e", "news letters", "© foto: x",
             "bebe ribes", "letterset", "subscri", "scrib"]
    joined = "\0".join(texts)
    starts = [sum(len(text) + 1 for text in texts[:i]) for i in range(len(texts))]
    found = LiteralScan.of(literals).blocks_holding(joined, starts)
    for literal in literals:
        assert found.get(literal, set()) == blocks_by_find(texts, literal), literal
    assert "absent" not in found
    assert LiteralScan.of([]).blocks_holding(joined, starts) == {}


def test_literals_in_other_scripts_are_found_with_the_latin_ones() -> None:
    # Literals that start beyond ASCII are scanned only on pages that hold their first character; the
    # result must not show it.
    literals = ["sub", "広告", "δια", "цены", "ab広", "ad", "— foto", "©"]
    texts = ["広告 sub", "διαφήμιση", "nothing", "цены ab広", "ad — foto ©"]
    starts = [sum(len(text) + 1 for text in texts[:i]) for i in range(len(texts))]
    found = LiteralScan.of(literals).blocks_holding("\0".join(texts), starts)
    for literal in literals:
        assert found.get(literal, set()) == blocks_by_find(texts, literal), literal
    latin_only = ["sub here", "ad"]
    starts = [0, len(latin_only[0]) + 1]
    assert LiteralScan.of(literals).blocks_holding("\0".join(latin_only), starts) == {"sub": {0}, "ad": {1}}


def test_a_scan_of_every_substring() -> None:
    text = "abcabcab"
    literals = {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}
    texts = ["abc", "cab", "bca", "ab", "c"]
    starts = [sum(len(text) + 1 for text in texts[:i]) for i in range(len(texts))]
    found = LiteralScan.of(literals).blocks_holding("\0".join(texts), starts)
    for literal in literals:
        assert found.get(literal, set()) == blocks_by_find(texts, literal), literal


def test_a_digit_is_required_only_where_no_literal_is() -> None:
    assert lits(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$") == {ANY_DIGIT}
    assert lits(r"^(?:updated:?\s*)?\d+") == {ANY_DIGIT}
    assert lits(r"\d+ min read") == {" min read"}
    months = "|".join(f"month{n}" for n in range(150))  # a date pattern's month names in many languages
    assert lits(rf"^\d{{1,2}}\.? (?:{months}) \d{{4}}$") == {ANY_DIGIT}
    assert lits(r"^\d{1,2}\.? (?:jan|feb|mar) \d{4}$") == {"jan", "feb", "mar"}
    assert lits(r"\d{4}|published") == {ANY_DIGIT, "published"}
    assert lits(r"\d?\s*photo") == {"photo"}
    assert lits(r"[\d.]+|\d*x") is None
    assert lits("a\0b") is None  # a NUL would read as "any digit"


def test_the_digit_blocks_are_those_the_regex_module_finds_a_digit_in() -> None:
    texts = ["no digits", "page 2", "", "٣ مارس", "ｐａｇｅ ３", "x²", "end 9", "12"]
    starts = [sum(len(text) + 1 for text in texts[:i]) for i in range(len(texts))]
    found = blocks_with_digits("\0".join(text.casefold() for text in texts), starts)
    assert found == {i for i, text in enumerate(texts) if regex.search(r"\d", text, FLAGS)} == {1, 3, 4, 6, 7}


def test_case_folding_keeps_every_digit() -> None:
    digits = regex.findall(r"\d", "".join(map(chr, range(0x110000))), FLAGS)
    assert digits and all(digit.casefold() == digit for digit in digits)


def clauses(pattern: str) -> list[list[set[str]]] | None:
    found = required_clauses(regex.compile(pattern, FLAGS))
    return None if found is None else [[set(option) for option in clause] for clause in found]


def test_clauses_hold_every_set_a_branch_requires() -> None:
    # "Name / AP": the scan looks for the agency, the clause also wants the slash.
    assert clauses(r"^[\p{L} .-]{2,60}\s?/\s?(?:Reuters|AP|AFP)\.?$") == [[{"/"}, {"reuters", "ap", "afp"}]]
    assert clauses(r"\bthis (?:article|story) is more than \d+ years\b") == [
        [{"this "}, {"article", "story"}, {" is more than "}, {" years"}]]
    assert clauses(r"newsletter|sign (?:up|in) now") == [[{"newsletter"}], [{"sign "}, {"up", "in"}, {" now"}]]
    # A lookahead's words, an optional part's and a digit are not required of a match.
    assert clauses(r"\bfoo(?!bar)(?:qux)?baz\d") == [[{"foo"}, {"baz"}]]


def test_a_class_listing_a_few_characters_is_a_set_in_a_clause_but_never_scanned_for() -> None:
    pattern = r"[(（](?:AP|Photo)\b[^()（）]{0,100}[)）]\s*$"
    assert clauses(pattern) == [[{"ap", "photo"}, {"(", "（"}, {")", "）"}]]
    assert lits(pattern) == {"ap", "photo"}
    # An optional class, or one inside a group, is not required; ranges, escapes and negations say nothing.
    assert clauses(r"^cite[șş]te (?:mai mult|\s*[.!]?)$") == [[{"cite"}, {"te "}, {"ș", "ş"}]]
    assert clauses(r"[a-z]bar[\]]x[^y]") == [[{"bar"}, {"x"}]]


def test_a_branch_with_nothing_required_gives_no_clauses() -> None:
    assert clauses(r"newsletter|\d+") is None  # a digit is left out of a clause
    assert clauses(r"(?x) newsletter") is None


CLAUSE_CASES = [
    (r"^[\p{L} .-]{2,60}\s?/\s?(?:Reuters|AP|AFP)\.?$",
     ["Jane Roe / AP", "Jane Roe/Reuters", "AP photo", "Roe / staff"]),
    (r"[(（](?:AP|Photo)\b[^()（）]{0,100}[)）]\s*$",
     ["A storm (AP Photo/Jo Li)", "（Photo：共同）", "AP (file)", "(Photo"]),
    (r"\bplease (?:consider )?(?:donat(?:e|ing)|giv(?:e|ing))\b|every (?:dollar|gift)",
     ["Please consider donating", "EVERY GIFT counts", "please give", "every day", "a gift please"]),
]


def test_a_text_the_pattern_matches_always_satisfies_a_clause() -> None:
    for pattern, texts in CLAUSE_CASES:
        compiled = regex.compile(pattern, FLAGS)
        found = required_clauses(compiled)
        assert found is not None, pattern
        for text in texts:
            folded = text.casefold()
            holds = any(all(any(literal in folded for literal in option) for option in clause) for clause in found)
            if compiled.search(text):
                assert holds, (pattern, text)
        assert any(not any(all(any(lit in t.casefold() for lit in o) for o in c) for c in found) for t in texts)


def test_no_generic_rule_makes_the_page_scan_look_for_a_space_or_a_common_syllable() -> None:
    """A pattern whose only required literal is a space (a name's words apart by " ") or a syllable of
    common words ("lite", "ppi") makes the scan of every page stop at each of them: clean() got 15% slower
    once. Rules must spell such a gap as \\s, and list the words themselves."""
    import newsclean
    from newsclean.rules.engine import build_trigger

    cleaner = newsclean.Cleaner(newsclean.Options())
    rules = tuple(rule for rule_set in cleaner.generic_sets for rule in rule_set.rules)
    for language in (None, "en", "de", "fr", "es", "ja"):
        trigger = build_trigger(rules, language)
        assert trigger is not None
        scanned = trigger.scan.literals
        assert not [literal for literal in scanned if not literal.strip()], language
        # "ko" (of "Ko-fi"), "pa", "tt" and "hina" (agencies after a slash: "pa" is in "page", "hina" in
        # "China") and " a " (between words) are in most pages' text: 2% more calls per page once. So is
        # the full stop of a numeric date ("14.03.2024"), which made the date-line rule run on every block.
        assert not scanned & {"lite", "ppi", "inp", "ko", "pa", "tt", "hina", " a ", "."}, language

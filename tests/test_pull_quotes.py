"""Pull quotes, case by case: small pages of our own around one repeated (or not repeated) line.

``PULL_QUOTES`` are lines that repeat the article's text and must leave the body as ``boilerplate`` /
``other`` (rule ``body/pull-quote``) while the sentence they copy stays; ``STAY_BODY`` are lines that
repeat words of the text, or quote someone, and are the article's own text.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import newsclean
from newsclean.model import Article

PARAGRAPHS = (
    "The harbour board voted on Monday to rebuild the north pier, which has been closed to the public since "
    "a storm cracked its deck in January and left the fishing fleet tied up three deep along the quay.",
    "“We will not let the pier fall into the sea while we argue about who pays for it,” said Ana Roe, the "
    "harbour master, after the vote. “The fleet cannot wait for another winter.”",
    "Engineers estimate that the work will cost about two million pounds, and that the new deck can open "
    "in stages from next spring, starting with the berths nearest the fish market.",
    "The board will ask the county for half of the money, and has already set aside the rest from the "
    "mooring fees it raised last year, which were the first increase in more than a decade.",
)
LEDE, QUOTE, COST, MONEY = PARAGRAPHS


def page(*parts: str, lang: str = "en") -> str:
    """An article page: a menu, the headline, the given parts of the article column, a footer."""
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>North pier to be rebuilt'
            '</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            f"<article><h1>North pier to be rebuilt</h1><div class='entry-content'>{''.join(parts)}</div>"
            "</article><footer><p>© The Harbour Times</p></footer></body></html>")


def p(text: str) -> str:
    return f"<p>{text}</p>"


@dataclass(frozen=True)
class Case:
    id: str  # reads as a sentence in the test report
    markup: str
    lines: tuple[str, ...]  # the blocks the case is about
    body_keeps: tuple[str, ...] = ()  # text that must stay in the body
    input_format: str = "auto"


PULL_QUOTES = [
    Case("a WordPress pullquote figure repeating part of a quoted sentence",
         page(p(LEDE), p(QUOTE), "<figure class='wp-block-pullquote'><blockquote><p>“We will not let the pier "
              "fall into the sea.”</p></blockquote></figure>", p(COST), p(MONEY)),
         lines=("“We will not let the pier fall into the sea.”",), body_keeps=(QUOTE,)),
    Case("an aside repeating a whole sentence of a paragraph",
         page(p(LEDE), p(COST), "<aside class='pull-quote'>The board will ask the county for half of the money, "
              "and has already set aside the rest from the mooring fees it raised last year.</aside>",
              p(QUOTE), p(MONEY)),
         lines=("The board will ask the county for half of the money, and has already set aside the rest from the "
                "mooring fees it raised last year.",), body_keeps=(MONEY,)),
    Case("a pull quote placed before the sentence it repeats",
         page(p(LEDE), "<blockquote class='pull-quote'><p>The fleet cannot wait for another winter.</p>"
              "</blockquote>", p(COST), p(QUOTE), p(MONEY)),
         lines=("The fleet cannot wait for another winter.",), body_keeps=(QUOTE,)),
    Case("a plain paragraph in the article column copying a sentence",
         page(p(LEDE), p(COST), p("Engineers estimate that the work will cost about two million pounds."),
              p(QUOTE), p(MONEY)),
         lines=("Engineers estimate that the work will cost about two million pounds.",), body_keeps=(COST,)),
    Case("straight quotes, a dash and a capital at the start still match",
         page(p(LEDE), p(QUOTE), "<aside class='pullquote'>\"Let the pier fall into the sea - while we argue about "
              "who pays\"</aside>", p(COST), p(MONEY)),
         lines=("\"Let the pier fall into the sea - while we argue about who pays\"",), body_keeps=(QUOTE,)),
    Case("a speaker's name after a dash is no part of the comparison",
         page(p(LEDE), p(QUOTE), "<div class='quote-box'>“The fleet cannot wait for another winter.” — Ana Roe, "
              "harbour master</div>", p(COST), p(MONEY)),
         lines=("“The fleet cannot wait for another winter.” — Ana Roe, harbour master",), body_keeps=(QUOTE,)),
    Case("the cite under a pull quote leaves the body with it",
         page(p(LEDE), p(QUOTE), "<blockquote class='wp-block-pullquote'><p>“The fleet cannot wait for another "
              "winter.”</p><cite>Ana Roe, harbour master</cite></blockquote>", p(COST), p(MONEY)),
         lines=("“The fleet cannot wait for another winter.”", "Ana Roe, harbour master"), body_keeps=(QUOTE,)),
    Case("of two identical blocks, the copy set apart in an aside is the pull quote",
         page(p(LEDE), p(COST), p("Nobody on the board voted against the plan on Monday night."),
              "<aside class='pullquote'><p>Nobody on the board voted against the plan on Monday night.</p></aside>",
              p(QUOTE), p(MONEY)),
         lines=("Nobody on the board voted against the plan on Monday night.",),
         body_keeps=("Nobody on the board voted against the plan on Monday night.",)),
    Case("in scraped text, a line repeating part of a paragraph",
         "\n\n".join(("North pier to be rebuilt", LEDE, QUOTE, "The fleet cannot wait for another winter.", COST,
                      MONEY)),
         lines=("The fleet cannot wait for another winter.",), body_keeps=(QUOTE,), input_format="text"),
]

STAY_BODY = [
    Case("a subhead repeating a phrase of the text",
         page(p(LEDE), "<h2>Rebuild the north pier which has been closed</h2>",
              p(QUOTE), p(COST), p(MONEY)),
         lines=("Rebuild the north pier which has been closed",)),
    Case("a short line repeating two words",
         page(p(LEDE), p("The pier."), p(QUOTE), p(COST), p(MONEY)), lines=("The pier.",)),
    Case("a one-word repeat",
         page(p(LEDE), p("Engineers"), p(QUOTE), p(COST), p(MONEY)), lines=("Engineers",)),
    Case("a quotation shorter than six words",
         page(p(LEDE), "<blockquote><p>“Who pays for it?”</p></blockquote>", p(QUOTE), p(COST), p(MONEY)),
         lines=("“Who pays for it?”",)),
    Case("a list item repeating a sentence",
         page(p(LEDE), p(QUOTE), p(COST), p(MONEY), p("What happens next:"),
              "<ul><li>The board will ask the county for half of the money.</li>"
              "<li>Work starts with the berths nearest the fish market.</li></ul>"),
         lines=("The board will ask the county for half of the money.",)),
    Case("a table cell repeating a sentence",
         page(p(LEDE), p(QUOTE), p(COST), p(MONEY), "<table><tr><th>Stage</th><td>starting with the berths "
              "nearest the fish market.</td></tr></table>"),
         lines=("starting with the berths nearest the fish market.",)),
    Case("an in-text quotation that repeats nothing",
         page(p(LEDE), p("In her letter to the board, the harbour master wrote:"),
              "<blockquote><p>The north pier has carried the town's boats for a hundred and twenty years, and it "
              "deserves better than a fence and a warning sign.</p></blockquote>", p(QUOTE), p(COST), p(MONEY)),
         lines=("The north pier has carried the town's boats for a hundred and twenty years, and it deserves better "
                "than a fence and a warning sign.",)),
    Case("a line in the column without a closing mark (a label, a recipe line)",
         page(p(LEDE), p(QUOTE), p(COST), p("the new deck can open in stages from next spring"), p(MONEY)),
         lines=("the new deck can open in stages from next spring",)),
    Case("a paragraph the author repeats, neither copy set apart",
         page(p(LEDE), p("Nobody on the board voted against the plan on Monday night."), p(QUOTE), p(COST),
              p("Nobody on the board voted against the plan on Monday night."), p(MONEY)),
         lines=("Nobody on the board voted against the plan on Monday night.",)),
    Case("a line of an embedded post split by <br> that the article goes on to quote",
         page(p(LEDE), "<blockquote class='embedded-post'><p>Storm damage on the north pier is worse than we "
              "feared after the survey this week, and the deck will stay closed until the board decides.<br>"
              "The fleet cannot wait for another winter.</p></blockquote>", p(QUOTE), p(COST), p(MONEY)),
         lines=("The fleet cannot wait for another winter.",)),
]


def _clean(case: Case) -> Article:
    return newsclean.clean(case.markup, options=newsclean.Options(input_format=case.input_format))


def _blocks(article: Article, text: str) -> list[newsclean.Block]:
    found = [b for b in article.blocks if b.text == text]
    assert found, f"no block reads {text!r}"
    return found


@pytest.mark.parametrize("case", PULL_QUOTES, ids=lambda c: c.id)
def test_pull_quote_leaves_the_body(case: Case) -> None:
    article = _clean(case)
    for line in case.lines:
        copy = _blocks(article, line)[-1]
        assert (copy.role, copy.kind, copy.rule) == ("boilerplate", "other", "body/pull-quote")
    for text in case.body_keeps:
        assert text in article.body, f"the text the pull quote repeats left the body: {text!r}"


@pytest.mark.parametrize("case", STAY_BODY, ids=lambda c: c.id)
def test_repeated_words_stay_body(case: Case) -> None:
    article = _clean(case)
    for line in case.lines:
        assert all(b.role == "body" for b in _blocks(article, line)), f"not body: {line!r}"


def test_in_plain_text_the_speaker_line_under_a_pull_quote_goes_with_it() -> None:
    pull = "“We will not let the pier fall into the sea while we argue about who pays for it.”"
    speaker = "— Ana Roe, harbour master"
    text = "\n\n".join(["North Pier to Be Rebuilt After Winter Storm", "By Jane Doe", LEDE, QUOTE, pull, speaker,
                       COST, MONEY]) + "\n"
    roles = {b.text: (str(b.role), b.rule) for b in newsclean.clean(text).blocks}
    assert roles[pull] == roles[speaker] == ("boilerplate", "body/pull-quote")
    assert roles[QUOTE] == ("body", "body/score")

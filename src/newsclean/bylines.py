"""Bylines the page declares: a lone line under the headline that names exactly the article's declared
author (JSON-LD ``author``, ``article:author``) is the byline, though no rule knew its markup.

Outlets print the author in boxes without an author class ("s-data", "meta", a bare ``<div>``), and
desks and wire services ("The Associated Press", "BWW News Desk") are no person's name for the name
rules. The page's metadata says who wrote the article; a line between the headline and the text that
says the same, and nothing more, is the byline, also when the body span took it in with the first
paragraph. Lines a rule labelled keep their label, and lines in
lists, menus, footers, asides and figures (teaser cards, a photographer who is also the author) are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .body import BodySpan
from .decide import Label
from .segment import Flag, Segments

DECLARED_BYLINE = Label("byline", None, "generic/byline/declared-author")
MAX_WORDS = 10  # words: a byline naming two or three people with a "By" before them
_SET_APART = int(Flag.LIST | Flag.NAV | Flag.FOOTER | Flag.ASIDE | Flag.FIGURE | Flag.HEADING)
# "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af" and a colon before the name.
_BY = re.compile(r"^(?:by|von|par|por|di|door|av|af)\b\s*:?\s*", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s'’.&-]")


def label_declared_bylines(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None,
                           declared: Sequence[str]) -> None:
    """Relabel the undecided lines between the headline and the body's first paragraph that name the
    declared authors."""
    names = _declared_forms(declared)
    if headline is None or not names:
        return
    for i in range(headline + 1, _first_paragraph(seg, span)):
        if _undecided(labels[i]) and _may_be_byline(seg, i) and _comparable(_BY.sub("", seg.texts[i])) in names:
            labels[i] = DECLARED_BYLINE


def _first_paragraph(seg: Segments, span: BodySpan) -> int:
    """The first block of the span longer than a byline: the short lines before it may be the byline."""
    return next((i for i in range(span.start, span.end) if seg.words[i] > MAX_WORDS), span.end)


def _declared_forms(declared: Sequence[str]) -> set[str]:
    """Each declared author, and all of them as one line ("A and B", "A, B", "A & B")."""
    names = [name for name in (_comparable(value) for value in declared) if name]
    forms = set(names)
    if len(names) > 1:
        forms |= {joiner.join(names) for joiner in (" and ", ", ", " & ")}
        forms.add(", ".join(names[:-1]) + " and " + names[-1])
    return forms


def _undecided(label: Label) -> bool:
    """A line no rule labelled: the default label outside the body (boilerplate) or inside it."""
    return label.rule == "body/score" or (label.rule == "body/outside" and label.kind == "other")


def _may_be_byline(seg: Segments, i: int) -> bool:
    return 0 < seg.words[i] <= MAX_WORDS and not seg.flags[i] & _SET_APART


def _comparable(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())

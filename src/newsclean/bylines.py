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

from .authors import without_label
from .body import BodySpan
from .decide import BODY_DEFAULT, OUTSIDE_DEFAULT, Label
from .segment import Flag, Segments

DECLARED_BYLINE = Label("byline", None, "generic/byline/declared-author")
MAX_WORDS = 10  # words: a byline naming two or three people with a "By" before them
# A line no rule labelled: the default label inside the body or (not in a menu or footer) outside it.
_UNDECIDED = (BODY_DEFAULT, OUTSIDE_DEFAULT)
_SET_APART = int(Flag.LIST | Flag.NAV | Flag.FOOTER | Flag.ASIDE | Flag.FIGURE | Flag.HEADING)
_PUNCTUATION = re.compile(r"[^\w\s'’.&-]")


def label_declared_bylines(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None,
                           declared: Sequence[str]) -> None:
    """Relabel the undecided lines between the headline and the body's first paragraph that name the
    declared authors."""
    names = _declared_forms(declared)
    if headline is None or not names:
        return
    for i in range(headline + 1, _first_paragraph(seg, span)):
        if labels[i] in _UNDECIDED and _may_be_byline(seg, i) and _names_declared(seg.texts[i], names):
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


def _names_declared(text: str, names: set[str]) -> bool:
    """Whether the line, with or without its "By" label, is one of the declared forms (a name may start
    with a word the label cut takes, "De la Cruz")."""
    return _comparable(text) in names or _comparable(without_label(text)) in names


def _may_be_byline(seg: Segments, i: int) -> bool:
    return 0 < seg.words[i] <= MAX_WORDS and not seg.flags[i] & _SET_APART


def _comparable(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())

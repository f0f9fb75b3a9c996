"""Author names from byline text: "By A and B, Reuters" -> ("A", "B"); "Von A und B"; "Par A"; "Por A y B"."""

from __future__ import annotations

import regex

# Agencies and desks are credited in bylines but are not people.
AGENCIES = frozenset({
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse", "dpa", "tass",
    "ria novosti", "interfax", "efe", "ansa", "epa", "getty images", "bloomberg", "bloomberg news", "xinhua",
    "kyodo", "upi", "press association", "ukrinform", "unian", "staff", "wire services", "staff and agencies",
    "agencies",
})
_AGENCY_WORDS = frozenset(
    {"reuters", "ap", "afp", "dpa", "tass", "efe", "ansa", "epa", "upi", "xinhua", "kyodo", "interfax",
     "bloomberg", "staff", "agencies", "agency", "wires", "desk", "team", "editors", "newsroom", "ria",
     "рбк", "тасс", "интерфакс", "риа", "редакция"}
)
_ROLE_WORDS = frozenset(
    [
        "writer", "reporter", "correspondent", "editor", "columnist", "contributor", "photographer", "producer",
        "journalist", "staff", "senior", "chief", "political", "business", "sports", "deputy", "managing",
        "associate", "special", "contributing", "analyst", "host", "opinion", "guest", "for", "updated",
        "published", "redakteur", "korrespondent", "autor", "autorin", "journaliste", "rédacteur", "redactor",
        "corresponsal", "periodista", "корреспондент", "редактор", "обозреватель",
    ]
)
_PARTICLES = frozenset([
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin", "al",
    "el", "ibn", "ter", "y",
])
_PREFIX = regex.compile(
    r"^\s*(?:(?:written|words|story|text|reporting|report|posted|interview)\s+by|by|from|von|par|por|di|"
    r"de|door|av|af|autor(?:in)?|auteur|autore|текст|автор(?:ы)?|від|автори?|by:)\s*:?\s+",
    regex.I,
)
_CUT = regex.compile(r"\s+(?:[|•·—–]|-\s|/\s)|\s+\(|\s+(?:on|am|le|el|il)\s+\d|\s+\d{1,2}[:.]\d{2}")
_SPLIT = regex.compile(r"\s*(?:,|;|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\bта\b|\bi\b)\s*", regex.I)
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$")


def parse_authors(text: str) -> list[str]:
    """People named in one byline block, in order; agencies, titles and dates are left out."""
    text = _PREFIX.sub("", text, count=1)
    text = _CUT.split(text, maxsplit=1)[0]
    names = []
    for part in _SPLIT.split(text):
        name = part.strip(" .:;,")
        if is_person_name(name):
            names.append(name)
    return names


def is_person_name(name: str) -> bool:
    """Two to five words, capitalised (particles aside), and not an agency, a title or a date."""
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60:
        return False
    if name.casefold() in AGENCIES or any(w.casefold() in _AGENCY_WORDS for w in words):
        return False
    if any(w.casefold() in _ROLE_WORDS for w in words) or any(ch.isdigit() for ch in name):
        return False
    capitalised = [w for w in words if w.casefold() not in _PARTICLES]
    return len(capitalised) >= 2 and all(_NAME_WORD.match(w) for w in capitalised)


def merge_authors(visible: list[str], declared: list[str]) -> tuple[str, ...]:
    """Names from the visible bylines, else the page's declared authors (meta tags, JSON-LD) that are people."""
    chosen = visible or [n for raw in declared for n in parse_authors(raw)]
    unique: dict[str, str] = {}
    for name in chosen:
        unique.setdefault(name.casefold(), name)
    return tuple(unique.values())

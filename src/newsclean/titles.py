"""Titles: how far the titles a page declares (JSON-LD headline, og:title, <title>) back a visible
heading, how a site's name is cut off a title, and the kicker set inside a headline.

Declared titles are often variants of the visible headline: the site's name added (" | Outlet",
"Outlet - "), a section in front ("Politics: "), a shorter search-friendly <title>, a social og:title,
a JSON-LD headline cut at 110 characters. So they are evidence for a heading, not the title itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex
from lxml import etree

from .meta import PageMeta

# How strongly the declared titles back a heading (higher is stronger).
BY_HEADLINE = 3  # the JSON-LD headline or og:title: written as the article's headline
BY_TITLE = 2  # the <title>: often a shorter search-friendly variant
LOOSELY = 1  # one starts with the other, spacing and punctuation aside (a cut or a subtitle added)
UNBACKED = 0
LOOSE_MIN_CHARS = 15  # letters and digits a loose match must share: fewer prove nothing

# " | Site", " - Site", " — Site", " : Section : Site", "_Section_Site", "：Site" around a headline.
SEPARATOR = regex.compile(r"\s+[|\-–—•·:»]{1,2}\s+|\s*[｜|_：]\s*|\s+－\s+")
_SEPARATOR_END = regex.compile(r"(?:[|\-–—•·:»｜_：－])\s*$")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "…": "..."})
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


def fold(text: str | None) -> str:
    """Whitespace-normalised, case-folded, with typographic quotes and ellipses made plain."""
    return " ".join((text or "").split()).casefold().translate(_QUOTES)


@dataclass(frozen=True, slots=True)
class DeclaredTitles:
    """The titles a page declares, folded once per page."""

    headlines: tuple[str, ...]  # JSON-LD headline, og:title
    title: str  # <title>
    site: str  # og:site_name
    title_parts: tuple[str, ...]  # the <title> cut at its separators
    longest: int  # characters of the longest declared title
    compacts: tuple[str, ...]  # every declared title in letters and digits only, for loose matches

    @classmethod
    def of(cls, meta: PageMeta) -> DeclaredTitles:
        parts = tuple(fold(p) for p in SEPARATOR.split(meta.title or "") if p.strip())
        headlines = tuple(fold(t) for t in (meta.ld_headline, meta.og_title) if t)
        title = fold(meta.title)
        declared = tuple(t for t in (*headlines, title) if t)
        return cls(headlines, title, fold(meta.site_name), parts, max(map(len, declared), default=0),
                   tuple(_compact(t) for t in declared))

    def backing(self, text: str, *, loose: bool = True) -> int:
        """How strongly the declared titles back ``text`` as the headline (BY_HEADLINE ... UNBACKED);
        ``loose=False`` skips the LOOSELY test."""
        heading = fold(text)
        if len(heading) < 4:
            return UNBACKED
        if any(_affixed(heading, declared) for declared in self.headlines):
            return BY_HEADLINE
        if self.title and _affixed(heading, self.title):
            return BY_TITLE
        if not loose:
            return UNBACKED
        compact = _compact(heading)
        if any(_shares_start(compact, declared) for declared in self.compacts):
            return LOOSELY
        return UNBACKED

    def is_site_name(self, text: str) -> bool:
        """The site's name (og:site_name), a logo, or the part of <title> around the headline: its last
        part, or a first part less than half as long as the rest ('Site - Headline')."""
        folded = fold(text)
        return self._names_site(folded) or self._title_affix(folded)

    def strip_site_suffix(self, text: str) -> str:
        """'Headline | Site' -> 'Headline', only when the last part is the site's name. A heading that is
        the whole <title> keeps its last part unless og:site_name names it: that part is then no affix."""
        parts = SEPARATOR.split(text)
        if len(parts) < 2:
            return text
        last = fold(parts[-1])
        if self._names_site(last) or (fold(text) != self.title and self._title_affix(last)):
            return text[: len(text) - len(parts[-1])].rstrip(" |-–—•·:»｜_：－")
        return text

    def names(self, text: str) -> bool:
        """Whether a declared headline (JSON-LD, og:title) is exactly this text."""
        return fold(text) in self.headlines

    def is_exactly(self, text: str) -> bool:
        """Whether a declared title (JSON-LD, og:title, <title>) is exactly this text, nothing around it."""
        folded = fold(text)
        return folded in self.headlines or folded == self.title

    def _names_site(self, folded: str) -> bool:
        return bool(folded) and (folded == self.site or "logo" in folded.split())

    def _title_affix(self, folded: str) -> bool:
        parts = self.title_parts
        if len(parts) < 2:
            return False
        rest = sum(len(p) for p in parts[1:])
        return (folded == parts[-1] and not self._headline_last()) or (folded == parts[0] and 2 * len(parts[0]) < rest)

    def _headline_last(self) -> bool:
        """Whether <title> puts the headline last ('Site - Section - Headline'): its first part is the
        site's name, or its last part is a declared headline."""
        return self._names_site(self.title_parts[0]) or self.title_parts[-1] in self.headlines


# What may stand before a headline in a declared title ('Site | Section | Headline'), against the
# headline's length: much more is a headline before a suffix that happens to be a heading too (a blog
# platform's 'Headline | by Writer | Publication', whose page heads the story with the publication's name).
AFFIX_SHARE = 3


def _affixed(heading: str, declared: str) -> bool:
    """Whether a declared title is the heading, the heading with the site's name (and section) around
    it, or the heading without a kicker glued in front ('Kicker: Headline')."""
    if heading == declared:
        return True
    if declared.startswith(heading):
        return bool(SEPARATOR.match(declared[len(heading):]))
    if declared.endswith(heading):
        before = declared[: -len(heading)]
        return bool(_SEPARATOR_END.search(before)) and len(before) <= AFFIX_SHARE * len(heading)
    if heading.endswith(declared) and len(declared) >= LOOSE_MIN_CHARS:
        return bool(_SEPARATOR_END.search(heading[: -len(declared)]))
    return False


def _compact(text: str) -> str:
    return _NOT_ALNUM.sub("", text)


def _shares_start(a: str, b: str) -> bool:
    """One starts with the other, and what they share is long enough to mean something."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= LOOSE_MIN_CHARS and long.startswith(short)


def strip_site(title: str, site_name: str | None) -> str:
    """'Headline | Site' -> 'Headline': the longest part of a declared title, when it is cut by separators."""
    parts = [p for p in SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    site = fold(site_name)
    kept = [p for p in parts if fold(p) != site]
    best = max(kept or parts, key=len)
    return best.strip() if len(best) >= 0.4 * len(title) else title


# ---------------------------------------------------------------- kickers

# Class words of a kicker (a topic or series label set inside the headline element, 'Genetik: ...').
_KICKER_CLASS = regex.compile(r"kicker|eyebrow|overline|topline|roofline|dachzeile|spitzmarke|headline-?intro"
                              r"|headlineemphasis|(?:^|\s)category(?:$|\s)", regex.I)
# Class words of text kept for screen readers only: the ': ' between a kicker and the headline.
_SCREEN_READER = regex.compile(r"sr-only|visually-?hidden|screen-?reader|aural|offscreen", regex.I)
KICKER_WORDS = 6  # the most words a kicker has
KICKER_REACH = 8  # elements of a heading searched for a kicker: it stands at the start
SEPARATOR_CHARS = ": |-–—•·»"


def without_kicker(heading: Any, text: str, declared: DeclaredTitles) -> str:
    """The heading's text without the kicker set in front of the headline in an element of its own: one
    whose class names a kicker, one followed by a separator kept for screen readers only, or a first
    child the declared headline leaves out ('Windkraft in Bayern' over 'Warum ein Dorf ...') or sets
    before a colon ('Windkraft in Bayern: Warum ein Dorf ...')."""
    kicker = _kicker(heading)
    if kicker is not None:
        return _cut_label(text, kicker)
    first = next((child for child in heading.iterchildren() if isinstance(child.tag, str)), None)
    if first is None:
        return text
    rest = _cut_label(text, first)
    if rest == text:
        return text
    label = text[:-len(rest)].rstrip(SEPARATOR_CHARS + " ")
    return rest if declared.names(rest) or declared.names(f"{label}: {rest}") else text


# The text as the page shows it: an icon's <svg><title> ("SPIEGEL Plus") is no part of a kicker.
_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::svg) and not(ancestor::script)]")


def _cut_label(text: str, kicker: Any) -> str:
    shown = _SHOWN_TEXT(kicker)
    pieces = shown if isinstance(shown, list) else []
    label = " ".join("".join(str(t) for t in pieces).split())
    if not label or len(label.split()) > KICKER_WORDS or not text.startswith(label):
        return text
    rest = text[len(label):].lstrip(SEPARATOR_CHARS)
    return rest if len(rest.split()) >= 2 else text


def _kicker(heading: Any) -> Any:
    for count, element in enumerate(heading.iterdescendants()):
        if count >= KICKER_REACH:
            break
        if not isinstance(element.tag, str):
            continue
        if _KICKER_CLASS.search(element.get("class") or ""):
            return element
        if _is_hidden_separator(element.getnext()):
            return element
    return None


def _is_hidden_separator(element: Any) -> bool:
    """An element kept for screen readers only that holds nothing but a separator (': ')."""
    return (element is not None and isinstance(element.tag, str)
            and bool(_SCREEN_READER.search(element.get("class") or ""))
            and not "".join(element.itertext()).strip(SEPARATOR_CHARS))


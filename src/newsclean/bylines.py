"""Bylines the page declares: a lone line under the headline that names exactly the article's declared
author (JSON-LD ``author``, ``article:author``) is the byline, though no rule knew its markup; so is such
a line right after the text, the signature some outlets print there instead, which may add where and as
what the author wrote in brackets ("Jane Roe (Lyon, special correspondent)"). A byline's small box lends
its label to the writer's job title or desk beside it, and a lone e-mail address at the end of the text
that holds a byline's surname is the writer's contact line.

Outlets print the author in boxes without an author class ("s-data", "meta", a bare ``<div>``), and
desks and wire services ("The Associated Press", "BWW News Desk") are no person's name for the name
rules. The page's metadata says who wrote the article; a line between the headline and the text that
says the same, and nothing more (or the writer's job title after the name), is the byline, also when
the body span took it in with the first paragraph, and also when it is a link a header's menu would
hold. Lines a rule labelled keep their label, and lines in lists, menus, footers, asides and figures
(teaser cards, a photographer who is also the author) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, combinations
from typing import Any

from .authors import PUNCTUATION, is_agency, is_job_title, is_name_line, is_position_line, parse_authors, without_label
from .body import BodySpan
from .decide import BODY_DEFAULT, OUTSIDE_NAVIGATION, PLAIN_DEFAULTS, Label
from .rules.engine import Hit
from .segment import Flag, Segments

DECLARED_BYLINE = Label("byline", None, "generic/byline/declared-author")
NAME_LINE_BYLINE = Label("byline", None, "generic/byline/name-line")
BOX_BYLINE = Label("byline", None, "generic/byline/byline-box")
SIGNATURE_BYLINE = Label("byline", None, "generic/byline/signature")
# The greeting a signature signs off with, on a line of its own: part of the byline, but it names no one.
SIGN_OFF_GREETING = Label("byline", None, "generic/byline/sign-off-greeting")
AUTHOR_CARD = Label("author_bio", None, "generic/byline/author-card")
CLOSING_BIO = Label("author_bio", None, "generic/byline/closing-bio")
PHOTOGRAPHER_LINE = Label("photo_credit", None, "generic/byline/photographer")
WRITER_ADDRESS = Label("author_bio", "contact", "generic/byline/writer-address")
OTHER_STORY_BYLINE = Label("boilerplate", "other", "generic/byline/other-story")
TEASER_CARD_BYLINE = Label("promo", "related", "generic/byline/teaser-card")
TEASER_WORDS = 3  # the fewest words of a teaser's headline: "Read more" and "Más" are buttons
CARD_BLOCKS = 4  # the most blocks a teaser card holds: kicker, headline, excerpt, byline and time
HEADER_LINES = 8  # lines after the headline that may hold the byline in plain text
SIGNATURE_LINES = 3  # lines after the body that may hold the author's signature
MAX_WORDS = 10  # words: a byline naming two or three people with a "By" before them
# Under the headline a link naming the declared author is the byline, though a header's short link lines
# are navigation by default (a writer's name linking to the writer's page, with a picture beside it).
_PLAIN_IN_HEADER = (*PLAIN_DEFAULTS, OUTSIDE_NAVIGATION)
_SET_APART = int(Flag.LIST | Flag.NAV | Flag.FOOTER | Flag.ASIDE | Flag.FIGURE | Flag.HEADING)
# Writers' cards under the headline are often a list (ul.people-list): an item that is a declared name alone,
# linked (to the writer's page), is a byline there.
_SET_APART_BUT_LIST = _SET_APART & ~int(Flag.LIST)
LINKED_NAME = 0.9  # link density of a name that is a link
# A writer's card after the text often stands in an aside or the article's own footer.
_SET_APART_BUT_BOXES = _SET_APART & ~int(Flag.ASIDE | Flag.FOOTER)
# A desk that signs beside or under the writer's name: "BBC News, Cornwall", "CBS News", "Fox News Digital".
_DESK = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,3}News(?:\s+(?:Desk|Digital|Staff))?(?:,\s+[A-Z][\w .'’-]{1,40})?$")
_ADDRESS = re.compile(r"^([\w.+-]+)@[\w-]+(?:\.[\w-]+)+$")
# A labelled handle: "Twitter: @jroeCT", "Twitter @jroe", "Follow the author @jroe", News Corp's "Continue the
# conversation @jroe"
_LABELLED_HANDLE = re.compile(r"^(?:twitter|x|instagram|threads|bluesky|mastodon|continue the conversation"
                              r"|follow the author)\s*:?\s*@(\w{1,30})$", re.I)
_FOLLOW = re.compile(r"^(?:you can )?follow\s", re.I)
# A prompt to follow someone by name, not "us" or "@Outlet"
_FOLLOW_SOMEONE = re.compile(r"^(?:[Yy]ou can )?[Ff]ollow\s+(?!(?:us|Us|US)\b)[^\W\d_]")
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")  # "(Lyon, special correspondent)" after a signature
_POST_TAIL = re.compile(r",\s*[^,\d]{2,40}$")  # "Gerd Roe, Schriftführer": the writer's post after the name
# A blog's sign-off: the writer's first name alone or after a greeting ("Camille", "Onward, Maren", "eure Jule").
_FIRST_NAME_SIGN_OFF = re.compile(r"^(?:[^,.!?]{1,30}[,!]\s*)?(?:\w+\s+)?(\w{3,})[.!]?$")


def label_declared_bylines(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None,
                           declared: Sequence[str]) -> None:
    """Relabel the undecided lines that name the declared authors: those between the headline and the
    body's first paragraph, and the signature among the body's last line and the few after it. Between
    the headline and the text, a line naming two people or more and nothing else is the byline too."""
    if headline is None:
        return
    names = _declared_forms(declared)
    for i in _header_lines(seg, span, headline):
        if labels[i] not in _PLAIN_IN_HEADER:
            continue
        text, placed = seg.texts[i], _may_be_byline(seg, i)
        if names and ((placed and _names_declared_with_title(text, names))
                      or ((placed or _byline_list_item(seg, i)) and _names_declared(text, names))):
            labels[i] = DECLARED_BYLINE
        elif placed and _names_people(text):
            labels[i] = NAME_LINE_BYLINE
    if names:
        _label_signature(seg, labels, span, headline, names, DECLARED_BYLINE)


def label_closing_bio(seg: Segments, labels: list[Label], hits: dict[int, list[Hit]], span: BodySpan,
                      headline: int | None, declared: Sequence[str]) -> None:
    """The text's last paragraph when it presents the writer by the name the page declares or the byline
    gives ("Marta Quill is a professor of health policy at ... She served as ..."): a bio a rule read by its
    wording but, longer than a line, did not take out of the text on its wording alone."""
    last = span.end - 1
    if headline is None or last < span.start or labels[last] != BODY_DEFAULT:
        return
    if not any(hit.rule.role == "author_bio" and hit.cut is None for hit in hits.get(last, ())):
        return
    text = seg.texts[last]
    if any(name and text.startswith(name) for name in (*declared, *_header_names(seg, labels, span, headline))):
        labels[last] = CLOSING_BIO


def _byline_list_item(seg: Segments, i: int) -> bool:
    """Whether line ``i``, short enough for a byline, is a list item that links (a writer's card linking the
    writer's page, ``ul.people-list``; a name in a teaser list is no link of its own) or its list's only item
    (``ul.creator__list``), and set apart from the text by nothing else."""
    return (0 < seg.words[i] <= MAX_WORDS and not seg.flags[i] & _SET_APART_BUT_LIST
            and (seg.link_density(i) >= LINKED_NAME or _only_item(seg.elements[i])))


def _only_item(element: Any) -> bool:
    """Whether ``element`` is a list item alone in its list."""
    parent = None if element is None else element.getparent()
    return parent is not None and element.tag == "li" and len(parent) == 1


def _names_people(text: str) -> bool:
    """Whether a line under the headline names two people or more and nothing else ("Priya Natarajan, Owen
    Kastner"): the writers, where the page declares only its outlet. One name alone there may be anyone's."""
    return len(parse_authors(text)) >= 2 and is_name_line(text)


def _label_signature(seg: Segments, labels: list[Label], span: BodySpan, headline: int, names: set[str],
                     label: Label) -> None:
    """The signature line (see _signature_lines) that signs with ``names`` (the forms of
    :func:`_declared_forms`), where and as what the author wrote in brackets or not ("Claire Dubois
    (Vierzon, envoyée spéciale)")."""
    first_names = _first_names(names)
    for i in _signature_lines(seg, labels, span, headline):
        if _signs_with(_BRACKETED_TAIL.sub("", seg.texts[i]), names, first_names):
            labels[i] = label
            if _greeting_above(seg, labels, i):  # "Alles Liebe,<br>eure Jule": one sign-off, set on two lines
                labels[i - 1] = SIGN_OFF_GREETING


def _signs_with(text: str, names: set[str], first_names: set[str]) -> bool:
    """Whether a line at the text's end signs with the writer's name, a post after it ("Gerd Roe,
    Schriftführer") or, as blogs sign off, the first name alone or after a greeting ("Onward, Maren")."""
    if _names_declared(text, names) or _names_declared(_POST_TAIL.sub("", text), names) or _cosigned(text, names):
        return True
    sign_off = _FIRST_NAME_SIGN_OFF.match(text)
    return sign_off is not None and sign_off[1].casefold() in first_names


GREETING_WORDS = 6  # "Alles Liebe,", "Ściskam ciepło,", "Beijos e até a próxima,"


def _greeting_above(seg: Segments, labels: list[Label], i: int) -> bool:
    """Whether the line above signature ``i`` is the greeting it signs off with: a few words and a comma."""
    above = i - 1
    return (above >= 0 and labels[above] in PLAIN_DEFAULTS and 0 < seg.words[above] <= GREETING_WORDS
            and seg.texts[above].endswith(","))


def _first_names(names: set[str]) -> set[str]:
    """The first names of the single names among ``names`` (the forms of :func:`_declared_forms`)."""
    return {form.split()[0] for form in names if 2 <= len(form.split()) <= 3 and " and " not in form}


def label_byline_signatures(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None) -> None:
    """The signature line (see _signature_lines) that names only people the byline above the text names:
    the writers' signature, in any form ("Ирина Волкова, Екатеринбург; Андрей Смирнов", a city after a
    name and a semicolon between two). Pages that declare their authors get theirs from
    label_declared_bylines; this reads the visible byline. A blog that prints its byline under the post
    ("Posted by Ruth Pemberton at 3:04 PM") signs above it as blogs do ("Happy digging," / "Ruth")."""
    if headline is None:
        return
    if under := _declared_forms(_names_under_text(seg, labels, span)):
        _label_signature(seg, labels, span, headline, under, SIGNATURE_BYLINE)
    signed = {i: found for i in _signature_lines(seg, labels, span, headline)
              if (found := parse_authors(seg.texts[i]))}
    if not signed:  # most pages: the byline's names need not be parsed
        return
    names = {name.casefold() for name in _header_names(seg, labels, span, headline)}
    for i, found in signed.items():
        if all(name.casefold() in names for name in found):
            labels[i] = SIGNATURE_BYLINE


def _signature_lines(seg: Segments, labels: list[Label], span: BodySpan, headline: int) -> list[int]:
    """The undecided short lines among the body's last line and the few after it, where a signature stands;
    not in a quotation: an embedded post's attribution ("— Jane Roe (@jroe) 19. November 2018") signs the
    post, whoever wrote the article."""
    return [i for i in _end_lines(seg, span, headline, last=1)
            if labels[i] in PLAIN_DEFAULTS and _may_be_byline(seg, i) and not seg.flags[i] & Flag.BLOCKQUOTE]


def label_writer_addresses(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None) -> None:
    """A lone e-mail address or handle at the end of the text ("jane.roe@example.com", "Twitter: @jroeCT") is
    the writer's contact line when it holds the surname of someone the byline names; other addresses there
    (or a tweet's attribution under its embed) may be those of the people the article reports on. So is a
    prompt there to follow the writer ("Follow Jane Roe on Twitter at ..."), which the social rules took for
    the outlet's; and one right under the writer's contact line or the writer's name in a card after the
    text ("Jill Morrow" / "Follow Jill on Twitter @JillMorrow")."""
    if headline is None:
        return
    contacts: dict[int, str] = {}  # line -> where the writer's surname is looked for
    for i in _end_lines(seg, span, headline, last=CONTACT_LINES):
        text = seg.texts[i]
        if labels[i] in PLAIN_DEFAULTS and (found := _ADDRESS.match(text) or _LABELLED_HANDLE.match(text)):
            contacts[i] = found[1].casefold()
        elif labels[i].kind == "social" and _FOLLOW.match(text):
            contacts[i] = text.casefold()
    for i in range(max(span.end, headline + 1), min(span.end + WRITER_CARD_LINES, len(seg))):
        if labels[i].kind == "social" and _FOLLOW_SOMEONE.match(seg.texts[i]) and _writer_above(seg, labels, i):
            labels[i] = WRITER_ADDRESS
            contacts.pop(i, None)
    if not contacts:  # most pages: the byline's names need not be parsed
        return
    surnames = _byline_surnames(seg, labels, span, headline)
    for i, text in contacts.items():
        if any(name in text for name in surnames):
            labels[i] = WRITER_ADDRESS


# The body's last lines where the writer's address may stand: a credit line, a list of links ("ALSO:") and
# an update log can follow it; it must hold a byline's surname.
CONTACT_LINES = 10
WRITER_CARD_LINES = 8  # lines after the body where the writer's card may stand (a credit line and notices above it)


def _writer_above(seg: Segments, labels: list[Label], i: int) -> bool:
    """Whether the line above ``i`` is the writer's contact line, or a byline naming a person whose given
    name or surname line ``i`` holds."""
    above = labels[i - 1]
    if above.role == "author_bio" and above.kind == "contact":
        return True
    text = seg.texts[i].casefold()
    return above.role == "byline" and any(
        len(word) > 2 and word.casefold() in text for name in parse_authors(seg.texts[i - 1]) for word in name.split())


def _byline_surnames(seg: Segments, labels: list[Label], span: BodySpan, headline: int) -> set[str]:
    """The casefolded surnames (three letters or more) of the people the bylines above the text name."""
    last_words = (name.split()[-1].casefold() for name in _header_names(seg, labels, span, headline)
                  if name.strip())
    return {word for word in last_words if len(word) > 2}


def _names_under_text(seg: Segments, labels: list[Label], span: BodySpan) -> list[str]:
    """The people the bylines right under the text name (a blog post's footer)."""
    return [name for i in range(span.end, min(span.end + SIGNATURE_LINES, len(seg))) if labels[i].role == "byline"
            for name in parse_authors(seg.texts[i])]


def _header_names(seg: Segments, labels: list[Label], span: BodySpan, headline: int) -> list[str]:
    """The people the bylines between the headline and the text name."""
    return [name for i in _header_lines(seg, span, headline) if labels[i].role == "byline"
            for name in parse_authors(seg.texts[i])]


BYLINE_BOX_BLOCKS = 3  # blocks of a byline's box: the name, and a job title or desk beside it


def label_byline_boxes(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None) -> None:
    """A byline split over the blocks of a small box above the text ("By Jane Roe" / "Senior Reporter",
    "By Jane Roe" / "BBC News, Cornwall", "Jane Roe" / "Reuters"): the writer's job title, desk or wire beside
    the byline, which no rule decided (or the credit rules took for a picture's), is the byline's too. Other
    lines in such boxes are dates, follow buttons and reading times. A writer's card in or after the text
    ("Jane Roe" / "Redakteur in der Wirtschaft.") presents the writer: its position line is the author's
    bio. Plain text has no boxes: its blocks have no element."""
    if headline is None:
        return
    header = _header_lines(seg, span, headline)
    for i in range(headline + 1, len(seg)):
        if labels[i].role != "byline":
            continue
        if i in header and _label_photographer(seg, labels, i):
            continue
        for j in _box_beside(seg, i):
            text = seg.texts[j]
            if i in header and _wire_beside(seg, labels, j):
                labels[j] = BOX_BYLINE
            if labels[j] not in PLAIN_DEFAULTS:
                continue
            if i in header and not seg.flags[j] & _SET_APART and (is_job_title(text) or _DESK.match(text)):
                labels[j] = BOX_BYLINE
            elif i >= header.stop and not seg.flags[j] & _SET_APART_BUT_BOXES and is_position_line(text):
                labels[j] = AUTHOR_CARD


# What a byline list says a name contributed when it is the pictures ("Tiago Lameiras" / "fotografia"): the
# photographer's credit, no author's.
_PICTURE_WORK = re.compile(r"^(?:fotografia|fotografias|fotos?|imagem|imagens|imágenes|infografia|infografía|ilustração"
                           r"|ilustración|photos?|photography|pictures|illustrations?|graphics|bilder|fotografie)$")


def _label_photographer(seg: Segments, labels: list[Label], i: int) -> bool:
    """Label byline ``i`` and its role beside it a photographer's credit when the role names pictures."""
    roles = [j for j in _box_beside(seg, i) if j != i and _PICTURE_WORK.match(seg.texts[j])]
    if not roles:
        return False
    for j in (i, *roles):
        labels[j] = PHOTOGRAPHER_LINE
    return True


def _wire_beside(seg: Segments, labels: list[Label], j: int) -> bool:
    """Whether block ``j`` in a byline's box is an agency's name alone that the credit rules took for a
    picture's ("Marta Kvalheim" / "Reuters"): out of a figure, it names the wire the writer filed for."""
    return (labels[j].role == "photo_credit" and not seg.flags[j] & (Flag.FIGURE | Flag.FIGCAPTION)
            and is_agency(seg.texts[j]))


def label_teaser_card_bylines(seg: Segments, labels: list[Label], headline: int | None) -> None:
    """A byline below the headline in a small card with a related story's linked headline ("Te
    recomendamos": a headline, "Por Jane Roe", "Hace 2 horas") is that story's, set in the article's
    column or after it: the card's, not the article's."""
    start = headline + 1 if headline is not None else 0
    for i in range(start, len(seg)):
        if labels[i].role == "byline" and _in_teaser_card(seg, labels, i):
            labels[i] = TEASER_CARD_BYLINE


def _in_teaser_card(seg: Segments, labels: list[Label], i: int) -> bool:
    """Whether block ``i`` shares an element of CARD_BLOCKS blocks at most with a related story's headline.
    The block's own element counts: a byline in a span after the card's link is text of the card itself
    (<li><a><h3>headline</h3></a><span>By X</span></li>)."""
    own = seg.spans.get(seg.elements[i]) if seg.elements[i] is not None else None
    for first, end in _growing(chain((own,) if own else (), seg.enclosing(i))):
        if end - first > CARD_BLOCKS:
            return False
        if any(j != i and _teaser_headline(seg, labels, j) for j in range(first, end)):
            return True
    return False


def _teaser_headline(seg: Segments, labels: list[Label], j: int) -> bool:
    """A related story's headline: not a "Read more" button that opens the writer's bio."""
    return (labels[j].role == "promo" and labels[j].kind == "related" and seg.words[j] >= TEASER_WORDS
            and not seg.flags[j] & Flag.CONTROL)


def _growing(spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans that hold more blocks than the one inside them: wrappers around the same blocks (a card's
    "byline-date-icon" around its "byline" around its "byline__content") make no level of their own."""
    previous = None
    for span in spans:
        if span != previous:
            yield span
        previous = span


def _box_beside(seg: Segments, i: int) -> range:
    """The blocks of the small box (BYLINE_BOX_BLOCKS at most) that holds byline ``i``, or none: the byline's
    element when it holds more blocks (a card whose name is a bare link: ``<div><a>Name</a><div>Post</div>``),
    else its parent."""
    element = seg.elements[i]
    if element is None:
        return range(0)
    own = seg.spans.get(element)
    box = own if own is not None and own[1] - own[0] > 1 else seg.spans.get(element.getparent())
    return range(*box) if box is not None and box[1] - box[0] <= BYLINE_BOX_BLOCKS else range(0)


def _header_lines(seg: Segments, span: BodySpan, headline: int) -> range:
    """The lines between the headline and the body's first paragraph, where the byline stands."""
    return range(headline + 1, _first_paragraph(seg, span))


def _end_lines(seg: Segments, span: BodySpan, headline: int, last: int) -> range:
    """The body's ``last`` lines and the SIGNATURE_LINES after it, where a signature or contact line stands
    (never above the headline)."""
    return range(max(span.end - last, headline + 1), min(span.end + SIGNATURE_LINES, len(seg)))


def _first_paragraph(seg: Segments, span: BodySpan) -> int:
    """The first block of the span longer than a byline: the short lines before it may be the byline."""
    return next((i for i in range(span.start, span.end) if seg.words[i] > MAX_WORDS), span.end)


def _declared_forms(declared: Sequence[str]) -> set[str]:
    """Each declared author, and all of them as one line ("A and B", "A, B", "A & B", "A - B"), as
    :func:`_comparable` reads lines: a comma is a space there."""
    names = [name for name in (_comparable(value) for value in declared) if name]
    forms = set(names)
    # Any two or more in the declared order: a page may declare its outlet beside the writers.
    for group in (g for size in range(2, min(len(names), 4) + 1) for g in combinations(names, size)):
        forms |= {joiner.join(group) for joiner in (" and ", " ", " & ", " - ")}
        forms.add(" ".join(group[:-1]) + " and " + group[-1])
    return forms


def _cosigned(text: str, names: set[str]) -> bool:
    """Whether a line of names and nothing else signs with a declared writer and others ("Ngọc Lan - Hoàng
    Phương"): metadata often declares the first writer alone."""
    found = parse_authors(text)
    return len(found) >= 2 and any(_comparable(name) in names for name in found) and is_name_line(text)


def _names_declared(text: str, names: set[str]) -> bool:
    """Whether the line, with or without its "By" label, is one of the declared forms (a name may start
    with a word the label cut takes, "De la Cruz")."""
    return any(form in names for form in (_comparable(text), _comparable(without_label(text)),
                                          _without_initials(_comparable(text))))


def _names_declared_with_title(text: str, names: set[str]) -> bool:
    """Whether the line is a declared author's name and the writer's job title after it, in one line
    ("Linnea Bergqvist Reporter", "Jane Roe Senior Writer")."""
    words = text.split()
    return any(_names_declared(" ".join(words[:cut]), names) and is_job_title(" ".join(words[cut:]))
               for cut in range(2, len(words)))


def _may_be_byline(seg: Segments, i: int) -> bool:
    return 0 < seg.words[i] <= MAX_WORDS and not seg.flags[i] & _SET_APART


def _comparable(text: str) -> str:
    return " ".join(PUNCTUATION.sub(" ", text.casefold()).split())


def _without_initials(comparable: str) -> str:
    """A comparable line without a middle initial: the byline's "Thomas J. O'Rourke" is the declared "Thomas
    O'Rourke" (only the second word of three or more may be one)."""
    words = comparable.split()
    return " ".join(words[:1] + words[2:]) if len(words) >= 3 and len(words[1].rstrip(".")) == 1 else comparable


def label_text_bylines(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None) -> None:
    """In plain text, which marks no author and declares none: a line under the headline that is nothing
    but people's names ("Jane Roe", "Jane Roe and John Roe", "Jane Roe, Senior Writer") is the byline, and
    so is a job title or wire service on the line after it ("Contributing Writer", "Associated Press"),
    and the writers' signature at the text's end ("Claire Dubois (Vierzon, envoyée spéciale)")."""
    if headline is None:
        return
    first = _first_paragraph(seg, span)
    if first - headline <= HEADER_LINES * 2:  # farther above the text, the title-like line is a menu's
        _label_name_lines(seg, labels, range(headline + 1, min(first, headline + 1 + HEADER_LINES)))
    own = _declared_forms(_header_names(seg, labels, span, headline))
    _label_signature(seg, labels, span, headline, own, NAME_LINE_BYLINE)


def _label_name_lines(seg: Segments, labels: list[Label], lines: range) -> None:
    previous_is_name = False
    for i in lines:
        if labels[i] not in PLAIN_DEFAULTS or not 0 < seg.words[i] <= MAX_WORDS:
            previous_is_name = labels[i].role == "byline"
        elif is_name_line(seg.texts[i]) or (previous_is_name and _beside_name(seg.texts[i])):
            labels[i] = NAME_LINE_BYLINE
            previous_is_name = True
        else:
            previous_is_name = False


def _beside_name(text: str) -> bool:
    """A line that goes with the byline above it: the writer's job title or the wire service."""
    return is_job_title(text) or is_agency(text)


def label_other_story_bylines(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None) -> None:
    """Bylines after the body that name others than the article's own byline under the headline, two or
    more (three people or more when it has none), belong to the stories after the article: a list of
    teasers in text, which shows no markup, or the next articles of a page that scrolls on. The article's
    own writer may sign again at its end."""
    if headline is None:
        return
    own = {name.casefold() for i in range(headline, span.start + 1) if labels[i].role == "byline"
           for name in parse_authors(seg.texts[i])}
    others: dict[int, set[str]] = {}  # a byline after the body -> the people it names
    for i in range(span.end, len(labels)):
        if labels[i].role == "byline":
            names = {name.casefold() for name in parse_authors(seg.texts[i])}
            if names and not names & own:
                others[i] = names
    people = set().union(*others.values())
    if len(others) >= 2 and (own or len(people) >= 3):
        for i in others:
            labels[i] = OTHER_STORY_BYLINE

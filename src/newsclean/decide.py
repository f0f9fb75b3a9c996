"""Decide: resolve every block's evidence against the provisional body span into one label.

Outlet evidence outranks generic evidence. Strong evidence counts anywhere; normal evidence inside the
article span only for short blocks (so "donate" in a long paragraph of reporting keeps it in the body);
weak evidence only outside the span. Blocks no rule decided are body inside the span, boilerplate outside.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .authors import is_name_line
from .body import BREAK, FORM_BREAK, LINK_BREAK, NO_BREAK, PICTURE_LABEL, PITCH_CLAIM, RESUME_WORDS, BodySpan, is_prose
from .dates import parse_date
from .rules.engine import Hit, Page
from .rules.model import STRENGTHS
from .segment import SENTENCE_END, Flag, Segments
from .titles import BY_TITLE, UNBACKED, DeclaredTitles

LINK_LINE_WORDS = 7  # words: a link this long inside the span is a headline of another story
LINK_LINE_DENSITY = 0.8  # share of the text in links
SHORT_IN_BODY = 25  # words: a block this short inside the span can be labelled by normal evidence
BOX_WORDS = 450  # words: the most a promo box that a rule spreads over may hold
REPEATED_METADATA = 3  # dated lines in a row: a list in the text, not the page's date line
PROSE_WORDS = 10  # words: a block at least this long, with few links, counts as prose
WIDE_SHARE = 0.4  # an element holding this share of the page's prose (and BOX_PROSE words) holds the article
BOX_PROSE = 250  # words of prose: more than any promo box holds
_NAV, _HEADER, _FOOTER, _POSITIVE = (int(f) for f in (Flag.NAV, Flag.HEADER, Flag.FOOTER, Flag.POSITIVE))
_HIDDEN = int(Flag.HIDDEN)
_ARTICLE = int(Flag.ARTICLE)
_PAGE_FRAME = _NAV | _HEADER | _FOOTER
_AMONG_ITEMS = _PAGE_FRAME | int(Flag.LIST)
_SIDE_BOX = int(Flag.ASIDE | Flag.FORM)
_ARTICLE_LIKE = int(Flag.ARTICLE | Flag.MAIN | Flag.POSITIVE)
STRONG = STRENGTHS["strong"]
NORMAL = STRENGTHS["normal"]


@dataclass(slots=True)
class Decision:
    """Every block's label, the body span they were resolved against, and the evidence behind them."""

    labels: list[Label]
    span: BodySpan
    headline: int | None
    hits: dict[int, list[Hit]]
    titles: DeclaredTitles  # what the page declares as its title, the evidence for the headline


@dataclass(frozen=True, slots=True)  # shared constants (repeats.PULL_QUOTE, _default's) stand in many label lists
class Label:
    role: str
    kind: str | None
    rule: str
    spread: str | None = None


def _undecided(label: Label) -> bool:
    """Whether no rule decided the block: its label is a default one of body detection ("body/...")."""
    return label.rule.startswith("body/")


def acceptable(hit: Hit, words: int, in_span: bool) -> bool:
    rule = hit.rule
    if rule.outlet or rule.strength >= STRONG or not in_span:
        return True
    return rule.strength >= NORMAL and words <= SHORT_IN_BODY


# Roles a line's own wording gives: of equally strong rules, theirs win. A box named "credit" (credit-markup)
# holds the story's credit line ("With information from ACN") and the rights notice ("Tutti i diritti
# riservati") as often as a picture's credit, so the markup rule need not repeat their wording as vetoes.
_WORDED_ROLES = frozenset({"credit_line", "disclaimer"})


def _rank(hit: Hit) -> tuple[int, int, int]:
    return (1 if hit.rule.outlet else 0, hit.rule.strength, hit.rule.role in _WORDED_ROLES)


def best_hit(hits: Sequence[Hit], words: int, in_span: bool, *, split: bool) -> Hit | None:
    best: Hit | None = None
    for hit in hits:
        if (hit.cut is not None) != split or not acceptable(hit, words, in_span):
            continue
        if best is None or _rank(hit) > _rank(best) or (_rank(hit) == _rank(best) and _holds_cut(hit, best)):
            best = hit
    return best


def _holds_cut(hit: Hit, other: Hit) -> bool:
    """Whether ``hit`` cuts off, for the same role, a longer piece that holds ``other``'s: of two credit
    rules that both match a caption's end, "Foto: Jane Roe (EFE)" is the credit, not "(EFE)" alone."""
    if hit.cut is None or other.cut is None or hit.rule.role != other.rule.role:
        return False
    return hit.cut != other.cut and hit.cut[0] <= other.cut[0] and other.cut[1] <= hit.cut[1]


FURNITURE = frozenset({"caption", "photo_credit"})  # roles of blocks inside the article that are not its text


def claims(seg: Segments, hits: dict[int, list[Hit]]) -> list[int]:
    """Per block: 0 when no rule matched it, 1 when only caption or credit rules did (furniture inside an
    article, which the span may grow past), PITCH_CLAIM when only sign-up, appeal, offer or ad rules did (a
    box an article may print between paragraphs), 2 otherwise."""
    out = [0] * len(seg)
    for i, found in hits.items():
        if all(h.rule.role in FURNITURE for h in found):
            out[i] = PICTURE_LABEL
        elif all(h.rule.role == "promo" and h.rule.kind in _BOXED_KINDS for h in found):
            out[i] = PITCH_CLAIM
        else:
            out[i] = 2
    return out


def settled_hit(hits: Sequence[Hit], words: int) -> Hit | None:
    """The hit that settles the block before the span is known (it would be accepted even inside it)."""
    return best_hit(hits, words, True, split=False)


def _pitch(kind: str | None, words: int) -> bool:
    """Whether a donation appeal of ``words`` is a pitch of its own, not a letter's opening ("Dear readers,")."""
    return kind == "donation" and words >= PITCH_WORDS


def settled_label(hit: Hit | None) -> int:
    """What a :func:`settled_hit` makes its block: 0 nothing, 1 furniture of an article (a caption or photo
    credit), 2 anything else."""
    if hit is None:
        return 0
    return PICTURE_LABEL if hit.rule.role in FURNITURE else 2


BREAK_WORDS = 40  # the longest promo an article prints between its paragraphs (an ad label, a sign-up line)
PITCH_WORDS = 12  # an appeal of this many words is a pitch of its own ("... Become a member for $5 a month.")
# Not social: "Follow X on Instagram" closes an article.
BREAK_KINDS = frozenset({"ad", "related", "newsletter", "subscription", "donation"})


def interrupts_text(hit: Hit | None, words: int) -> int:
    """Whether a :func:`settled_hit` makes its block a promo of the kinds that articles print between
    their paragraphs (BREAK; LINK_BREAK for a read-more label). A promo that spreads over the blocks
    after it is none (an appeal's letter), but for a sign-up line (FORM_BREAK): the text resumes after its
    form only with a paragraph longer than a form's pitch (see body.FORM_RESUME_WORDS); and an appeal of
    PITCH_WORDS or more is a pitch of its own, whose spread stops at the next paragraph of prose."""
    if hit is None or hit.rule.role != "promo" or hit.rule.kind not in BREAK_KINDS or words > BREAK_WORDS:
        return NO_BREAK
    if hit.rule.spread != "following":
        return LINK_BREAK if hit.rule.kind == "related" else BREAK
    if _pitch(hit.rule.kind, words):
        return BREAK
    return FORM_BREAK if hit.rule.kind == "newsletter" else NO_BREAK


def drop_page_wide_matches(page: Page, hits: dict[int, list[Hit]]) -> None:
    """Forget a generic markup rule's hits inside an element that holds the article and most of the
    page's prose.

    ``[class*=cookie]`` on ``<body>``, or ``[class*=paywall]`` on the article's own wrapper, names the page
    or the article, not a box on it: a consent banner or paywall box never holds most of the reading.
    Outlet rules are trusted as written, and so are comment sections: readers' comments under a short
    article can outweigh it, inside the article's wrapper, and are still comments.
    """
    seg = page.segments
    prose = [w if w >= PROSE_WORDS and seg.link_density(i) <= 0.3 else 0 for i, w in enumerate(seg.words)]
    total = sum(prose)
    if total < PROSE_WORDS * 4 or page.root is None:
        return
    rules = {id(h.rule): h.rule for found in hits.values() for h in found
             if not h.rule.outlet and h.rule.kind != "comments"
             and (h.rule.when.select is not None or h.rule.when.xpath is not None)}
    for rule in rules.values():
        xpath = rule.when.select if rule.when.select is not None else rule.when.xpath
        wide = [span for span in _runs(page.selected(xpath))
                if sum(prose[span[0]:span[1]]) >= max(WIDE_SHARE * total, min(BOX_PROSE, total / 2))
                and _marks_article(seg, span)]
        if wide:
            for start, end in _matched_spans(page, xpath, wide):
                for j in range(start, end):
                    if j in hits:
                        hits[j] = [h for h in hits[j] if h.rule is not rule]
    for j in [j for j, found in hits.items() if not found]:
        del hits[j]


def drop_repeated_metadata(seg: Segments, hits: dict[int, list[Hit]], language: str | None) -> None:
    """Forget generic date evidence on runs of three or more consecutive blocks: a page states its date
    once, so dated lines in a row are a schedule or a timeline in the text ("Oct. 3 -- Phoenix, AZ"). A
    reading time or tags beside the published and updated lines make no timeline, and neither does the
    date in a second calendar (see :func:`_one_date_block`)."""
    run: list[int] = []
    for i in [*sorted(hits), -2]:
        if i >= 0 and any(_is_date(h) for h in hits[i]) and (not run or run[-1] == i - 1):
            run.append(i)
            continue
        if len(run) >= REPEATED_METADATA and not _one_date_block([seg.texts[j] for j in run], language):
            for j in run:
                hits[j] = [h for h in hits[j] if not _is_date(h)]
                if not hits[j]:
                    del hits[j]
        run = [i] if i >= 0 and any(_is_date(h) for h in hits[i]) else []


def _one_date_block(lines: list[str], language: str | None) -> bool:
    """Whether dated lines in a row are one article's dates: published and updated (at most two days) and
    at most one line whose day cannot be read, such as the same day in the Hijri calendar ('نشر في
    12/10/2020', 'الاثنين 25 صفر 1442 هـ', 'آخر تحديث: 12/10/2020 - 18:33'). A timeline's lines name three
    days or more, or no year ('Oct. 3 -- Phoenix')."""
    days = [parse_date(line, language=language) for line in lines]
    unread = sum(day is None for day in days)
    return unread <= 1 and len({day[:10] for day in days if day is not None}) <= 2


def _is_date(hit: Hit) -> bool:
    rule = hit.rule
    return rule.role == "metadata" and rule.kind == "date" and not rule.outlet and hit.cut is None


def _marks_article(seg: Segments, span: tuple[int, int]) -> bool:
    """Whether the blocks hold a headline (h1) or text in a container named for article text."""
    return any(seg.headings[j] == 1 or (seg.flags[j] & _POSITIVE and seg.words[j] >= PROSE_WORDS)
               for j in range(*span))


def _runs(mask: Sequence[int]) -> list[tuple[int, int]]:
    """The runs of consecutive blocks a selector's mask holds."""
    runs: list[tuple[int, int]] = []
    for i, inside in enumerate(mask):
        if not inside:
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _matched_spans(page: Page, selector: Any, wide: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the matched elements that hold most of a wide run (matched again only for such rules)."""
    spans = page.segments.spans
    out = []
    for element in page._elements(selector):
        span = spans.get(element)
        if span and any(start <= span[0] and span[1] <= end and span[1] - span[0] >= (end - start) // 2
                        for start, end in wide):
            out.append(span)
    return out


def spread_over_boxes(seg: Segments, hits: dict[int, list[Hit]]) -> None:
    """For rules with ``spread = "box"``: give their label to the other blocks of the box they matched in."""
    prefix = _word_prefix(seg)
    for index in sorted(hits):
        for hit in hits[index]:
            if hit.rule.spread == "box" and hit.cut is None and settled_hit([hit], seg.words[index]) is not None:
                box = _box(seg, index, prefix)
                for j in range(*box):
                    if j != index and not hits.get(j):
                        hits[j] = [Hit(hit.rule)]


def _box(seg: Segments, index: int, prefix: list[int], most_words: int = BOX_WORDS,
         outside: int | None = None) -> tuple[int, int]:
    """The largest ancestor of the block that holds at most ``most_words`` words and no article text: no
    headline, and no block under an article container (a positive class) or, given ``outside`` (the body's
    first block), not that block, as a box set in the article's column is under its container too."""
    best = (index, index + 1)
    for span in seg.enclosing(index):
        if prefix[span[1]] - prefix[span[0]] > most_words or _holds_article(seg, span, outside):
            break
        best = span
    return best


def _holds_article(seg: Segments, span: tuple[int, int], outside: int | None) -> bool:
    if outside is not None:
        return span[0] <= outside < span[1] or any(seg.headings[j] == 1 for j in range(*span))
    return any(seg.flags[j] & _POSITIVE or seg.headings[j] == 1 for j in range(*span))


PROMO_BOX_SHARE = 1 / 3  # of a box's words: what its promos of one kind must hold for the rest to go with them
PROMO_BOX_LOW_SHARE = 1 / 4  # of its words, enough when the promos are half of its blocks
# Promos that come in boxes, and that an article prints between its paragraphs, box and all: its own
# pitches, and a shop's price box.
_BOXED_KINDS = frozenset({"newsletter", "donation", "subscription", "ad"})


def complete_promo_boxes(seg: Segments, labels: list[Label], span: BodySpan) -> None:
    """A sign-up or appeal box is a promo as a whole when the blocks rules labelled a promo of one kind hold
    enough of it (see _promo_box): its heading ("Before you go"), fine print ("We'll never share your
    address") and buttons, which no rule knows, go with them, out of the body. The box is the largest
    container around a promo of at most BOX_PROSE words that holds neither the headline nor the
    body's first block, so an article with a sign-up line in its column is never one. Outside the body,
    only boxes outside the page's menus, header and footer are completed, and not
    their links: around a "Subscribe" or "Donate" link there, the other blocks are the menu's items, and
    a sidebar's sign-up line stands among teasers of other stories."""
    promos = [i for i, label in enumerate(labels) if _boxed_promo(label)]
    if not promos:
        return
    prefix = _word_prefix(seg)
    first = span.start if span.end > span.start else -1
    done: set[tuple[int, int]] = set()
    for i in promos:
        label = labels[i]
        box = _box(seg, i, prefix, BOX_PROSE, outside=first)
        if box[1] - box[0] < 2 or box in done:
            continue
        done.add(box)
        if _promo_box(seg, labels, box, label.kind, prefix[box[1]] - prefix[box[0]]):
            outside_too = not any(seg.flags[j] & _PAGE_FRAME for j in range(*box))
            boxed = [j for j in promos if box[0] <= j < box[1]]
            for j in range(*box):
                if (_undecided(labels[j]) and (j in span or (outside_too and not _linked(seg, j)))
                        and not _boxed_apart(seg, labels, j)):
                    closest = labels[_closest_promo(seg, j, boxed)]
                    labels[j] = Label(closest.role, closest.kind, closest.rule)


GAP_WORDS = 25  # the longest line of an offer between its pitch and its button ("Plus, get a tote FREE.")
GAP_BOX_BLOCKS = 8  # the most blocks of the container the three share: an offer's box, not a page column


def fill_promo_gaps(seg: Segments, labels: list[Label], span: BodySpan) -> None:
    """A short unlinked line outside the body between two promos of one boxed kind, all three in the line's
    own small container, is that promo's too: an offer's perk between its pitch and its button, also in
    the header's subscription box that :func:`complete_promo_boxes` leaves alone (around a promo there,
    the other blocks are usually a menu's items, which this shape excludes)."""
    for j in range(1, len(labels) - 1):
        before, after = labels[j - 1], labels[j + 1]
        if (_undecided(labels[j]) and j not in span and _boxed_promo(before) and _boxed_promo(after)
                and before.kind == after.kind and seg.words[j] <= GAP_WORDS and not _linked(seg, j)
                and _shared_box(seg, j)):
            labels[j] = Label(before.role, before.kind, before.rule)


def _shared_box(seg: Segments, j: int) -> bool:
    """Whether the innermost container of block ``j`` is small and holds the blocks on either side too."""
    box = next(seg.enclosing(j), None)
    return box is not None and box[0] < j < box[1] - 1 and box[1] - box[0] <= GAP_BOX_BLOCKS


def _boxed_promo(label: Label) -> bool:
    return label.role == "promo" and label.kind in _BOXED_KINDS and not _undecided(label)


def _boxed_apart(seg: Segments, labels: list[Label], j: int) -> bool:
    """Whether block ``j`` stands in a box of its own inside the promo box, with blocks rules labelled
    something else and no boxed promo (a channel prompt stacked over a donation appeal in an article's
    footer), or with links alone (a list of tags under its heading)."""
    for first, end in seg.enclosing(j):
        others = [k for k in range(first, end) if k != j]
        decided = [labels[k] for k in others if not _undecided(labels[k])]
        if decided:
            return not any(_boxed_promo(other) for other in decided)
        if others and all(_linked(seg, k) for k in others):
            return True
    return False


def _closest_promo(seg: Segments, j: int, promos: list[int]) -> int:
    """Of the promos in a box, the one block ``j`` shares the smallest container with, the nearer on a tie:
    a sidebar can stack a newsletter box over a subscription offer, and the offer's heading is the offer's."""
    for first, end in seg.enclosing(j):
        inside = [i for i in promos if first <= i < end]
        if inside:
            return min(inside, key=lambda i: abs(i - j))
    return min(promos, key=lambda i: abs(i - j))


def _promo_box(seg: Segments, labels: list[Label], box: tuple[int, int], kind: str | None, words: int) -> bool:
    """Whether the promos of ``kind`` in ``box`` hold a third of its words, or a quarter of its words in
    half of its blocks (a sign-up's name, pitch and button around one line of prose)."""
    promos = [j for j in range(*box) if labels[j].role == "promo" and labels[j].kind == kind]
    share = sum(seg.words[j] for j in promos) / words if words else 0.0
    return share >= PROMO_BOX_SHARE or (share >= PROMO_BOX_LOW_SHARE and 2 * len(promos) >= box[1] - box[0])


LINKED = 0.5  # link density: a block at least half link text is a link (a teaser, a menu item)


def _linked(seg: Segments, i: int) -> bool:
    return seg.link_density(i) >= LINKED


def _word_prefix(seg: Segments) -> list[int]:
    """The words of the blocks before each block (and of all of them, last)."""
    prefix = [0]
    for words in seg.words:
        prefix.append(prefix[-1] + words)
    return prefix


def resolve(seg: Segments, hits: dict[int, list[Hit]], span: BodySpan) -> list[Label]:
    labels = []
    for i in range(len(seg)):
        found = hits.get(i)
        # An aside or form set in the article's column is no paragraph of its text: an appeal there needs no
        # more evidence than after the article.
        hit = best_hit(found, seg.words[i], i in span and not seg.flags[i] & _SIDE_BOX, split=False) if found else None
        if hit is not None:
            rule = hit.rule
            labels.append(Label(rule.role, rule.kind, rule.id, rule.spread))
        else:
            labels.append(_default(seg, i, span))
    return labels


# The labels of blocks no rule decided: shared instances (a Label is frozen), since building a dataclass
# for each block of each page costs more than choosing its label.
_LOW_SCORE = Label("boilerplate", "other", "body/low-score")
_LINK_LINE = Label("promo", "related", "body/link-line")
BODY_DEFAULT = Label("body", None, "body/score")
OUTSIDE_NAVIGATION = Label("boilerplate", "navigation", "body/outside")
_OUTSIDE_FOOTER = Label("boilerplate", "footer", "body/outside")
OUTSIDE_DEFAULT = Label("boilerplate", "other", "body/outside")
# A line no rule labelled and body detection left plain: the default inside the body or (not in a menu or
# footer) outside it; of the labels _undecided knows, the ones a later pass may still relabel.
PLAIN_DEFAULTS = (BODY_DEFAULT, OUTSIDE_DEFAULT)


def _default(seg: Segments, i: int, span: BodySpan) -> Label:
    if i in span:
        if span.scores[i] <= -4:
            return _LOW_SCORE
        if seg.words[i] >= LINK_LINE_WORDS and seg.link_density(i) > LINK_LINE_DENSITY:
            return _LINK_LINE  # a headline linking to another story
        return BODY_DEFAULT
    flags = seg.flags[i]
    if flags & _NAV or (seg.link_density(i) > 0.5 and seg.words[i] <= 6 and flags & _HEADER):
        return OUTSIDE_NAVIGATION
    if flags & _FOOTER:
        return _OUTSIDE_FOOTER
    return OUTSIDE_DEFAULT


# In plain text, which has no box to end a spread, a sign-up form's lines: its pitch, the e-mail prompt,
# the button, the fine print and the thank-you; what comes later is the page's next part.
TEXT_SIGNUP_LINES = 6


def spread_following(seg: Segments, labels: list[Label], span: BodySpan, limit: int = 60) -> None:
    """For rules with ``spread = "following"``: label the undecided blocks after the match, outside the
    span and (in HTML) inside the same box, until a block decided otherwise; in plain text, a sign-up's
    spread reaches TEXT_SIGNUP_LINES lines at most, and any stops where :func:`_text_spread_ends`. A match
    in a menu, header, footer or list spreads nowhere: the blocks after it are the other items."""
    i = 0
    while i < len(labels):
        label = labels[i]
        if label.spread != "following" or i in span or seg.flags[i] & _AMONG_ITEMS:
            i += 1
            continue
        reach = TEXT_SIGNUP_LINES if seg.elements[i] is None and label.kind == "newsletter" else limit
        pitch = _pitch(label.kind, seg.words[i])
        end = min(len(labels), i + 1 + reach, _box_end(seg, i))
        j = i + 1
        while j < end and j not in span:
            other = labels[j]
            if seg.elements[j] is None and _text_spread_ends(seg, labels, j, pitch):
                break
            if seg.flags[j] & _AMONG_ITEMS and _linked(seg, j):
                break  # a list of links after a sign-up line: teasers of other stories, or a menu
            if _form_button(seg, label, other, j):  # the form's button, its last line
                labels[j] = Label(label.role, label.kind, label.rule, None)
                j += 1
                break
            if _undecided(other):
                labels[j] = Label(label.role, label.kind, label.rule, None)
            elif (other.role, other.kind) != (label.role, label.kind):
                break
            j += 1
        i = j


FORM_BUTTON_WORDS = 2  # "Subscribe", "Sign up": a sign-up form's button


def _form_button(seg: Segments, label: Label, other: Label, j: int) -> bool:
    """Whether block ``j``, which a rule called a subscription offer ("Subscribe"), is the button of the
    newsletter sign-up form spreading over it; the form ends there."""
    return (label.kind == "newsletter" and other.role == "promo" and other.kind == "subscription"
            and seg.words[j] <= FORM_BUTTON_WORDS)


def _text_spread_ends(seg: Segments, labels: list[Label], j: int, pitch: bool) -> bool:
    """Whether a spread in plain text, which has no boxes to end it, stops at line ``j``: a menu, the
    writer's card (no form has a line that is a person's name), the article's headline, or, after a pitch
    (whose form follows it, not prose), the article's next paragraph (as the text resumes with, RESUME_WORDS)."""
    return (_menu_lines_from(seg, labels, j) or is_name_line(seg.texts[j]) or _headline_over_byline(seg, labels, j)
            or (pitch and is_prose(seg, j, RESUME_WORDS)))


def _headline_over_byline(seg: Segments, labels: list[Label], j: int) -> bool:
    """Whether text line ``j`` is a headline-like line right above a byline: the article's headline."""
    below = j + 1
    return (below < len(labels) and _headline_like_line(seg.texts[j], seg.words[j])
            and (labels[below].role == "byline" or is_name_line(seg.texts[below])))


LIST_REACH = 30  # blocks after a list's title where its links may stand
_TITLE_WORDS = 8  # the longest list title ("More on this story", "Ti potrebbero interessare anche")
# The titles whose label the links listed under them share: teasers under "More on this story", topics
# under "Related Topics".
_LIST_TITLES = frozenset({("promo", "related"), ("metadata", "tags")})


def label_titled_lists(seg: Segments, labels: list[Label], span: BodySpan) -> None:
    """The links listed under a read-more or topics title after the article ("More on this story", "Most
    read", "Related Topics"): those that no rule decided, from the title to the end of its box, up to the
    next heading that is no link, get the title's label. The title is short and no link itself, and
    stands outside the page's menus and footer, where "Most popular" is one item among others; a topics
    title set as the first item of the list it names ("<ul class=tags><li>TAGS</li><li><a>...") heads that
    list's links, outside a menu."""
    for i, label in enumerate(labels):
        if not _titles_a_list(label) or seg.words[i] > _TITLE_WORDS or _linked(seg, i):
            continue
        heads_list = label.kind == "tags" and _heads_its_list(seg, i) and not seg.flags[i] & _NAV
        if not heads_list:
            if seg.flags[i] & _AMONG_ITEMS:
                continue
            if i in span:
                _label_closing_list(seg, labels, i, span.end)
                continue
        _label_links_under(seg, labels, i, span, heads_list)


def _titles_a_list(label: Label) -> bool:
    return (label.role, label.kind) in _LIST_TITLES and not _undecided(label)


def _heads_its_list(seg: Segments, i: int) -> bool:
    """Whether block ``i`` is the first item of a list."""
    element = seg.elements[i]
    return element is not None and element.tag == "li" and element.getprevious() is None


def _label_links_under(seg: Segments, labels: list[Label], title: int, span: BodySpan, heads_list: bool) -> None:
    """The undecided links after list title ``title`` get its label, to the end of its box (of the list,
    when the title is the list's first item), up to the next heading that is no link; a title after the
    article reaches LIST_REACH blocks at most and never into the body."""
    label = labels[title]
    end = _box_end(seg, title) if heads_list else min(_box_end(seg, title), title + 1 + LIST_REACH)
    for j in range(title + 1, end):
        linked = _linked(seg, j)
        if (j in span and not heads_list) or (not linked and (seg.headings[j] or _titles_a_list(labels[j]))):
            break  # the next heading, or the next list's title in the same box ("Tags", then "Related links")
        if linked and _undecided(labels[j]):
            labels[j] = Label(label.role, label.kind, label.rule)


CARD_BLOCKS = 4  # blocks of a related story's card set in the text: label, headline, excerpt, byline


def complete_related_cards(seg: Segments, labels: list[Label], span: BodySpan) -> None:
    """A related story's card set aside in the text (``<aside>``: "Related" / its headline / an excerpt):
    the excerpt under the linked headline is the teaser's, not the article's. Only small asides whose other
    blocks no rule decided are completed: a box of several teasers or one holding a pull quote is left."""
    for i in range(span.start, span.end):
        if (labels[i].role, labels[i].kind) != ("promo", "related") or not seg.flags[i] & Flag.ASIDE:
            continue
        card = _aside_around(seg, i)
        if card is None or card[1] - card[0] > CARD_BLOCKS:
            continue
        others = [j for j in range(*card) if j != i]
        if others and all(_undecided(labels[j]) for j in others):
            for j in others:
                labels[j] = Label(labels[i].role, labels[i].kind, labels[i].rule)


def _aside_around(seg: Segments, i: int) -> tuple[int, int] | None:
    """The blocks of the nearest ``<aside>`` around block ``i``."""
    element = seg.elements[i]
    if element is None:
        return None
    aside = element if element.tag == "aside" else next(element.iterancestors("aside"), None)
    return seg.spans.get(aside) if aside is not None else None


CLOSING_ITEM_WORDS = 20  # the longest item of a list that closes an article's text (a video's title)


def _label_closing_list(seg: Segments, labels: list[Label], title: int, end: int) -> None:
    """A read-more title inside the body's span whose lines, to the span's end, are all short items that no
    rule decided and that end no sentence (a playlist of "most watched" videos set under the text): the
    items are the title's, not the article's. Where the text goes on below, the links right under the
    title are its items ("Mehr zum Thema" and two links between two sections)."""
    items = range(title + 1, end)
    if not (items and all(_undecided(labels[j]) and not seg.headings[j] and seg.words[j] <= CLOSING_ITEM_WORDS
                          and not seg.texts[j].endswith(SENTENCE_END) for j in items)):
        items = range(title + 1, next((j for j in items if not _linked(seg, j) or not _undecided(labels[j])), end))
    for j in items:
        labels[j] = Label(labels[title].role, labels[title].kind, labels[title].rule)


MENU_LINES = 3  # undecided short lines in a row: in plain text, a menu's items
_MENU_ITEM_WORDS = 4


def _menu_lines_from(seg: Segments, labels: list[Label], j: int) -> bool:
    """Whether plain text (which has no boxes to end a spread) runs into a menu at line ``j``: several
    short lines in a row that no rule decided. A sign-up or donation form has a line or two of its own
    ("Continue") between the lines rules know ("Monthly", "Remind me later")."""
    lines = range(j, min(j + MENU_LINES, len(labels)))
    return len(lines) == MENU_LINES and all(
        _undecided(labels[k]) and seg.words[k] <= _MENU_ITEM_WORDS
        and not seg.texts[k].endswith(SENTENCE_END) for k in lines)


def _box_end(seg: Segments, i: int) -> int:
    """Where the box holding block ``i`` ends: its element's parent's last block (no limit for text)."""
    element = seg.elements[i]
    parent = element.getparent() if element is not None else None
    span = seg.spans.get(parent) if parent is not None else None
    return span[1] if span else len(seg)


def pick_headline(seg: Segments, labels: list[Label], span: BodySpan, declared: DeclaredTitles,
                  root: Any) -> int | None:
    """The headline block: one a rule chose, else (HTML) the best-ranked heading (see _headline_rank), else
    (text) the first title-like line before the body."""
    for i, label in enumerate(labels):
        if label.role == "headline":
            return i
    if root is None:
        return _text_headline(seg, labels, span)
    candidates = _headline_candidates(seg, labels, span, declared)
    if not candidates:
        return None
    in_article = any(seg.flags[c.blocks[0]] & _ARTICLE for c in candidates)
    best = max(candidates, key=lambda c: _headline_rank(seg, c, span, in_article))
    first, end = best.blocks
    for i in range(first, end):
        labels[i] = Label("headline", None, best.rule)
    return first


HEADLINE_WORDS = 40  # the most words of a headline
HEADLINE_PIECES = 4  # blocks a heading split by <br> (or cut by a split rule) may stand as
H2_REACH = 8  # blocks: an h2 no declared title backs is the headline only this close before the body


@dataclass(slots=True)
class _Candidate:
    blocks: tuple[int, int]  # [first, end) blocks of the heading element
    level: int  # 1 for h1, 2 for h2, ..., 0 for a block that is no heading
    backing: int  # how strongly the declared titles back its text (titles.BY_HEADLINE ... UNBACKED)
    masthead: bool  # in the page's own header, outside the article

    @property
    def rule(self) -> str:
        if self.level == 0:
            return "generic/headline/meta-title"  # no heading: only a declared title made it a candidate
        return "generic/headline/h1" if self.level == 1 else "generic/headline/heading"


def _headline_candidates(seg: Segments, labels: list[Label], span: BodySpan,
                         declared: DeclaredTitles) -> list[_Candidate]:
    """Headings no outlet rule decided, and blocks a declared title names, outside menus, footers and
    hidden boxes: up to the body's end when a declared title backs them, else before the body. A heading
    split by <br> is one candidate."""
    found: list[_Candidate] = []
    last = span.end if span.end > span.start else len(seg)
    i = 0
    while i < last:
        first, end = _heading_blocks(seg, i)
        i = max(end, i + 1)
        rule = labels[first].rule
        settled = not _undecided(labels[first])
        if settled and (not seg.headings[first] or rule.startswith("outlet/")):
            continue
        if _shows_content(seg.flags[first]):
            candidate = _candidate(seg, (first, end), span, declared, settled)
            if candidate is not None:
                found.append(candidate)
    return found


def _candidate(seg: Segments, blocks: tuple[int, int], span: BodySpan, declared: DeclaredTitles,
               settled: bool) -> _Candidate | None:
    """The heading (or block) as a headline candidate, or None when it cannot be the headline: too long,
    the site's name, a lone word, or neither backed by a declared title nor placed like a headline. A
    heading a generic rule labelled (``settled``) qualifies only when a declared title names it: a class
    word on a wrapper ("content-header--social-icons") can label the whole article header."""
    first, end = blocks
    words = sum(seg.words[first:end])
    level = seg.headings[first]
    if words > HEADLINE_WORDS or (level == 0 and len(seg.texts[first]) > declared.longest):
        return None  # too long for a headline, or (no heading) for any declared title to name it
    text = " ".join(seg.texts[first:end]) if end - first > 1 else seg.texts[first]
    backing = declared.backing(text, loose=level > 0)
    masthead = _in_masthead(seg.flags[first])
    if (level == 0 and (backing == UNBACKED or masthead)) or declared.is_site_name(text):
        return None  # a block that is no heading must be named by a declared title, and not be a menu entry
    if settled and backing < BY_TITLE:
        return None
    if words < 2 and (level != 1 or backing < BY_TITLE or declared.is_exactly(text)):
        return None  # one word is a headline only as the h1, beside the site's name in a declared title
    if backing == UNBACKED and (first > span.start or not _may_stand_alone(seg, first, level, span)):
        return None
    return _Candidate(blocks, level, backing, masthead)


def _heading_blocks(seg: Segments, i: int) -> tuple[int, int]:
    """The blocks of the heading that block ``i`` belongs to (one block unless <br> split it)."""
    if not seg.headings[i]:
        return i, i + 1
    element = seg.elements[i]
    blocks = seg.spans.get(element) if element is not None else None
    if blocks is None or blocks[0] != i or not 1 <= blocks[1] - i <= HEADLINE_PIECES:
        return i, i + 1
    return blocks


def _may_stand_alone(seg: Segments, i: int, level: int, span: BodySpan) -> bool:
    """Whether a heading no declared title backs may still be the headline: an h1, or an h2 in the
    article's container just before its text (pages that keep the h1 for the site's name)."""
    if level == 1:
        return True
    return level == 2 and bool(seg.flags[i] & _ARTICLE_LIKE) and span.start - i <= H2_REACH


def _headline_rank(seg: Segments, c: _Candidate, span: BodySpan, in_article: bool) -> tuple[int, ...]:
    """Backing by the declared titles first, then h1 over h2, then inside the article, then nearest the
    body. When a candidate stands in an <article>, a copy in the page's masthead counts as unbacked:
    sticky bars repeat the declared title there over the article's own display headline."""
    first = c.blocks[0]
    level = 7 - c.level if c.level else 0
    inside = 1 if seg.flags[first] & _ARTICLE_LIKE else 0
    before = 1 if first < span.start else 0
    backing = 0 if c.masthead and in_article else c.backing
    return (backing, level, inside, before, -abs(span.start - first))


def _shows_content(flags: int) -> bool:
    """Not in a menu, footer or hidden box."""
    return not flags & (_NAV | _FOOTER | _HIDDEN)


def _in_masthead(flags: int) -> bool:
    """In a page header outside the article."""
    return bool(flags & _HEADER) and not flags & _ARTICLE_LIKE


TEXT_CAPTION_WORDS = 40  # the longest caption above its credit in plain text; a longer line is a paragraph
_LINE_ABOVE_CREDIT = Label("caption", None, "generic/credit/line-above-credit")
_LINE_UNDER_CAPTION_LABEL = Label("caption", None, "generic/credit/line-under-caption-label")
CAPTION_LABEL_WORDS = 3  # a caption this short with no full stop is a label ("Image caption") or the start of one
# A credit labelled so ("Image copyright", "Image source, X") opens a picture's lines: its caption follows
# under "Image caption", and the line above it is the article's.
_CAPTION_AFTER = regex.compile(r"^(?i:image|photo|picture) (?i:copyright|source)\b")


def label_text_captions(seg: Segments, labels: list[Label], hits: dict[int, list[Hit]], span: BodySpan) -> None:
    """In plain text, which has no figures to mark a caption: the line right above a photo credit
    ("Goran Tomasevic / Reuters", "(Credit: Getty Images)") that no rule decided and that is no longer than
    a caption describes the picture the credit is for, unless the credit opens with its label ("Image
    copyright"); the line under a caption's label ("Image caption", which an accessible page prints for
    screen readers: see CAPTION_LABEL_WORDS) is the caption."""
    for i in range(1, len(labels)):
        above = i - 1
        if (_undecided(labels[above]) and 0 < seg.words[above] <= TEXT_CAPTION_WORDS
                and _credit_line(seg, labels, hits, span, i) and not _CAPTION_AFTER.match(seg.texts[i])):
            labels[above] = _LINE_ABOVE_CREDIT
        elif (_undecided(labels[i]) and 0 < seg.words[i] <= TEXT_CAPTION_WORDS and labels[above].role == "caption"
              and seg.words[above] <= CAPTION_LABEL_WORDS and not seg.texts[above].endswith(SENTENCE_END)):
            labels[i] = _LINE_UNDER_CAPTION_LABEL


def _credit_line(seg: Segments, labels: list[Label], hits: dict[int, list[Hit]], span: BodySpan, i: int) -> bool:
    """Whether block ``i`` is a photo credit: so labelled, or all of it the piece a split rule cuts off."""
    if labels[i].role == "photo_credit":
        return True
    cut = best_hit(hits.get(i, ()), seg.words[i], i in span, split=True)
    if cut is None or cut.cut is None or cut.rule.role != "photo_credit":
        return False
    text, (start, end) = seg.texts[i], cut.cut
    return not text[:start].strip() and not text[end:].strip()


RELATED_LABEL_WORDS = 5  # the longest bare label heading a list of links ("Read more", "More on this story")
RELATED_ITEMS = 6  # the most headline lines such a label heads in plain text
RELATED_ITEM_WORDS = 4  # the fewest words of such a headline line
_RELATED_ITEM = Label("promo", "related", "generic/promo/related-after-label")
OPENING_QUOTES = "'\"‘“«„"  # a headline may open with a quotation: "'We had nowhere else to go': ..."


CARD_LINES = 2  # short lines in a row between a teaser card's headlines: its section and its writer
CARD_LINE_WORDS = 3
CARD_HEADLINES = 3  # the fewest headlines of a list of cards: a related link and a subhead under its section


def label_text_related_items(seg: Segments, labels: list[Label]) -> None:
    """In plain text, where a list of links shows no markup: the title-like lines of RELATED_ITEM_WORDS or
    more right under a bare related label ("Read more", "Mehr zum Thema", "RELATED COVERAGE") that no rule
    decided are the headlines of the stories it links to, inside the article or after it (shorter lines
    there are section names and labels: "About the author", "Climate Change News"). Teaser cards print a
    section and a writer around each headline ("culture" / headline / "Jane Roe"): with CARD_HEADLINES
    headlines or more, those lines between them and the writer under the last belong to the list too."""
    for i in range(len(labels) - 1):
        label = labels[i]
        if label.role != "promo" or label.kind != "related" or label is _RELATED_ITEM:
            continue
        if seg.words[i] > RELATED_LABEL_WORDS or seg.texts[i].endswith(_NO_TITLE_END):
            continue
        for j in _teaser_lines(seg, labels, i + 1):
            labels[j] = _RELATED_ITEM


def _teaser_lines(seg: Segments, labels: list[Label], start: int) -> range:
    """The lines from ``start`` that hold teaser headlines (RELATED_ITEMS at most) and, when CARD_HEADLINES
    or more do, the card lines between them and a writer's name under the last; an empty range when none."""
    headlines, cards, end, j = 0, 0, start, start
    leading = None  # the headlines right under the label, before any card line
    while j < len(labels) and headlines < RELATED_ITEMS and _undecided(labels[j]):
        if seg.words[j] >= RELATED_ITEM_WORDS and _title_like_line(seg.texts[j].lstrip(OPENING_QUOTES),
                                                                    seg.words[j]):
            headlines, cards, end = headlines + 1, 0, j + 1
        elif _card_line(seg, j) and cards < CARD_LINES:
            cards += 1
            leading = headlines if leading is None else leading
        else:
            break
        j += 1
    if headlines < CARD_HEADLINES:
        return range(start, start + (headlines if leading is None else leading))
    writer = end < len(labels) and _undecided(labels[end]) and is_name_line(seg.texts[end])
    return range(start, end + writer)


def _card_line(seg: Segments, j: int) -> bool:
    """A teaser card's section or writer line: a few words that end no sentence, or a person's name."""
    text = seg.texts[j]
    return (seg.words[j] <= CARD_LINE_WORDS and not text.endswith(SENTENCE_END)) or is_name_line(text)


DEK_WORDS = (8, 60)  # the shortest and longest standfirst
DEK_REACH = 2  # blocks under the headline where the standfirst may stand
DEK_ANCESTORS = 3  # in HTML, the standfirst shares an ancestor this near the headline (its header)
STANDFIRST = Label("dek", None, "generic/headline/standfirst")


def label_dek(seg: Segments, labels: list[Label], span: BodySpan, headline: int | None) -> None:
    """The block right under the headline (or under a kicker, byline or date line a rule labelled) is the
    standfirst when it is a sentence or two that the body span left out and no rule claimed; in HTML it
    must also stand in the headline's header (near it in the tree). Markup rules name the standfirsts
    whose class says so; this finds those of any class, and those of plain text."""
    _label_dek_lines(seg, labels)
    if headline is None:
        return
    _label_dek_above_byline(seg, labels, span, headline)
    _label_heading_dek(seg, labels, span, headline)
    for i in range(headline + 1, min(headline + 1 + DEK_REACH, span.start, len(labels))):
        if labels[i] == OUTSIDE_DEFAULT:
            if (_dek_like(seg, i) and _near_in_tree(seg.elements[headline], seg.elements[i])
                    and not _text_caption(seg, labels, i)):
                labels[i] = STANDFIRST
                _label_dek_items(seg, labels, i, span.start)
            return


_WRITER_LINES = {"byline", "metadata"}  # the lines under a standfirst that an article's text starts below


def _label_heading_dek(seg: Segments, labels: list[Label], span: BodySpan, headline: int) -> None:
    """A heading right under the headline that is a sentence ("Mit sechs Siegen holt unsere C1 den Titel.",
    a CMS printing the teaser as an h2) is the standfirst, also where the body span took it in: a subhead
    names a section and ends in no full stop."""
    first = headline + 1
    if (first == span.start and first < len(labels) and labels[first] == BODY_DEFAULT
            and seg.flags[first] & Flag.HEADING and seg.texts[first].endswith(".") and _dek_like(seg, first)
            and _near_in_tree(seg.elements[headline], seg.elements[first])):
        labels[first] = STANDFIRST


def _label_dek_above_byline(seg: Segments, labels: list[Label], span: BodySpan, headline: int) -> None:
    """A sentence or two between the headline and the byline (or date line) is the standfirst also where
    the body span took it in: an article's text starts under its byline. A paragraph above the lead picture
    alone stays body (news pages open their text that way)."""
    first = span.start
    if not headline < first <= headline + DEK_REACH or labels[first] != BODY_DEFAULT:
        return
    if any(labels[i] in PLAIN_DEFAULTS for i in range(headline + 1, first)) or not _dek_like(seg, first):
        return
    following = first + 1
    while following < len(labels) and labels[following] not in PLAIN_DEFAULTS:
        following += 1
    between = {labels[i].role for i in range(first + 1, following)}
    if following < len(labels) and labels[following] == BODY_DEFAULT and between & _WRITER_LINES \
            and _near_in_tree(seg.elements[headline], seg.elements[first]):
        labels[first] = STANDFIRST


def _label_dek_lines(seg: Segments, labels: list[Label]) -> None:
    """A standfirst split into lines by <br> (a Korean sub-title's two summary lines) is one standfirst: its
    lines after the first, which the body span may have taken in, get its label."""
    for i, label in enumerate(labels):
        if label.role != "dek" or (element := seg.elements[i]) is None:
            continue
        j = i + 1
        while j < len(labels) and seg.elements[j] is element and labels[j] in PLAIN_DEFAULTS:
            labels[j] = label
            j += 1


def _label_dek_items(seg: Segments, labels: list[Label], first: int, end: int) -> None:
    """When the standfirst is the first item of a list (a tabloid's summary bullets under the headline),
    the list's other items that the span left out are the standfirst too."""
    element = seg.elements[first]
    if element is None or seg.tags[first] != "li":
        return
    parent = element.getparent()
    for j in range(first + 1, end):
        item = seg.elements[j]
        if (item is None or seg.tags[j] != "li" or item.getparent() is not parent or labels[j] != OUTSIDE_DEFAULT
                or not _dek_like(seg, j)):
            return
        labels[j] = STANDFIRST


def _text_caption(seg: Segments, labels: list[Label], i: int) -> bool:
    """Whether plain-text line ``i`` stands right above a photo credit: the caption of a picture (see
    label_text_captions). In HTML a credit under the dek is the lead picture's, which may have no caption."""
    return seg.elements[i] is None and i + 1 < len(labels) and labels[i + 1].role == "photo_credit"


def _dek_like(seg: Segments, i: int) -> bool:
    text = seg.texts[i]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]  # not "- 12 mar 2024 -"
    return (DEK_WORDS[0] <= len(words) <= DEK_WORDS[1] and not text.endswith(":")
            and not _linked(seg, i) and not _name_list(text, words))


def _name_list(text: str, words: list[str]) -> bool:
    """A list of names ("A. Roe, J. Doe, K. Poe, ..."): three commas or more, nearly every word capitalised."""
    capitalised = sum(1 for w in words if w[:1].isupper())
    return text.count(",") >= 3 and capitalised >= 0.8 * len(words)


def _near_in_tree(headline: Any, block: Any) -> bool:
    """Whether ``block`` lies under the headline's ancestor ``DEK_ANCESTORS`` levels up (always, in plain
    text)."""
    if headline is None or block is None:
        return True
    header = headline
    for _ in range(DEK_ANCESTORS):
        parent = header.getparent()
        if parent is None:
            break
        header = parent
    return any(element is header for element in block.iterancestors())


TEXT_HEADLINE_REACH = 20  # lines above the body where a text page's headline stands (bylines, dates, captions between)
FIRST_HEADLINE_REACH = 10  # lines: a scraped article's first headline-like line stands this close above its text
TEXT_HEADLINE_WORDS = 5  # the fewest words of a headline found that way: shorter lines there are menus and labels
TITLE_MAX_WORDS = 30  # the most words of a title line
_CLOCK = regex.compile(r"\b\d{1,2}[:.]\d{2}\b")  # "8:59 pm", "18.54 GMT": a date line, never a headline
_WEB_ADDRESS = regex.compile(r"https?://|\bwww\.")  # a line with a link's address is no headline
_INNER_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?]\s+\p{Lu}")  # "...the crisis. It is": a dek, not "U.S. Is"
_NO_TITLE_END = (".", ",", ";", "。", "،", "؛")
TEASER_RUN = 3  # headline-like lines in a row: a list of other stories' headlines


def _text_headline(seg: Segments, labels: list[Label], span: BodySpan) -> int | None:
    """In plain text (which declares no title): the first headline-like line outside a list of teaser
    headlines and not over a menu (that is the site's name) when it stands near the body (a scraped
    article: a dek without a full stop may follow it); on a whole page given as text, whose menus and
    teasers fill the lines above the article, the one nearest above the byline, or above the body when
    no byline is near (between the headline and the text stand the byline, dates and captions, which a
    headline-like line below the byline is); else the first title-like line."""
    end = min(span.start, len(labels))
    like = [_undecided(labels[i]) and _headline_like_line(seg.texts[i], seg.words[i]) for i in range(end)]
    first = next((i for i in range(end) if like[i] and not _in_teaser_run(like, i)
                  and not _menu_lines_from(seg, labels, i + 1)), None)
    if first is None or first < end - FIRST_HEADLINE_REACH:
        first = _nearest_headline(seg, labels, like)
    if first is None:
        first = next((i for i in range(end) if _undecided(labels[i])
                      and _title_like_line(seg.texts[i], seg.words[i])), None)
    if first is not None:
        labels[first] = Label("headline", None, "generic/headline/title-line")
    return first


def _in_teaser_run(like: list[bool], i: int) -> bool:
    """Whether line ``i`` stands in a run of TEASER_RUN or more headline-like lines."""
    start, end = i, i + 1
    while start > 0 and like[start - 1]:
        start -= 1
    while end < len(like) and like[end]:
        end += 1
    return end - start >= TEASER_RUN


def _nearest_headline(seg: Segments, labels: list[Label], like: list[bool]) -> int | None:
    """The headline-like line (``like``, for the lines above the body) nearest above the byline near the
    body, else nearest above the body."""
    end = len(like)
    byline = next((i for i in _lines_above(end) if labels[i].role == "byline"
                   or (_undecided(labels[i]) and is_name_line(seg.texts[i]))), None)
    for top in ([] if byline is None else [byline]) + [end]:
        found = next((i for i in _lines_above(top) if like[i]), None)
        if found is not None:
            return _above_dek(seg, like, found)
    return None


def _above_dek(seg: Segments, like: list[bool], i: int) -> int:
    """The headline when line ``i`` is the dek under it (a dek need not end in a full stop): the line
    right above, when it is headline-like and the line above that is not (a list of teaser headlines
    ends right above a headline that has no dek) or repeats it (a scrape that caught the headline
    twice)."""
    up, above = i - 1, i - 2
    if up < 0 or not like[up]:
        return i
    return up if above < 0 or not like[above] or seg.texts[above] == seg.texts[up] else i


def _lines_above(end: int) -> range:
    """The TEXT_HEADLINE_REACH lines above line ``end``, nearest first."""
    return range(end - 1, max(end - TEXT_HEADLINE_REACH, 0) - 1, -1)


def _title_like_line(text: str, words: int) -> bool:
    """Three to thirty words, no full stop at the end, and a capital first letter, or a letter of a script
    without case (Japanese, Arabic, Hebrew)."""
    first = text[:1]
    return (3 <= words <= TITLE_MAX_WORDS and not text.endswith(_NO_TITLE_END)
            and (first.isupper() or (first.isalpha() and not first.islower())))


def _headline_like_line(text: str, words: int) -> bool:
    """A title-like line of a headline's length that is no date line, counter ("Image 1 of / 13"), dek of
    several sentences, byline ("Steve Roe, National Political Writer") or link; it may open with a number ("7
    questions ahead of the debate"), and a headline in title case may hold sentences ("A Company Promised
    Faster Help. Callers Are Waiting Longer.")."""
    if not TEXT_HEADLINE_WORDS <= words <= TITLE_MAX_WORDS:
        return False
    title_case = _title_case(text)
    numbered = text[:1].isdigit() and not text.endswith(_NO_TITLE_END)
    if not (numbered or title_case or _title_like_line(text, words)):
        return False
    numbers = sum(1 for word in text.split() if not any(c.isalpha() for c in word))
    return (numbers * 4 <= words and not _CLOCK.search(text) and not _WEB_ADDRESS.search(text)
            and (title_case or not _INNER_SENTENCE_END.search(text)) and not is_name_line(text))


TITLE_CASE_WORDS = 4  # the fewest words of four letters or more a line in title case holds


def _title_case(text: str) -> bool:
    """Whether every word of four letters or more is capitalised, as English headlines are written."""
    long_words = [word for word in text.split() if sum(c.isalpha() for c in word) >= 4]
    return len(long_words) >= TITLE_CASE_WORDS and all(word.lstrip(OPENING_QUOTES)[:1].isupper()
                                                        for word in long_words)

"""Captions in picture boxes: the text set beside an image outside any figure or caption markup.

Many pages print a picture as a box of their own, ``<div><img><p>caption</p><p>credit</p></div>``, with no
``<figure>``, no ``<figcaption>`` and a class name that says nothing (``embed-image``, ``story__image``).
Rules find the credit there by its words ("Photo: Reuters", "(PTI Photo)"), but the caption has no words of
its own to find. So once the labels are resolved, a short block that no rule decided is the picture's
caption when it stands in a small box that opens with an image and that box holds a photo credit after it
(a caption comes before its credit; a line under the credit is a kicker or a section's name, unless the
credit is the first line under the image: table layouts print the caption under it): a block
labelled so, or a credit a rule cuts off the block's own end ("... on Monday. (HT Photo)"). Where the credit
is the figure's own caption (``<figure><img><figcaption>Jane Roe / Getty Images</figcaption></figure>``), a
sentence right under the figure in the same box is the picture's description: BuzzFeed-like templates
print the credit first.

The box is the block's element, its parent or its grandparent, whichever first holds an image before the
block; it must hold at most BOX_BLOCKS blocks (caption, credit, a gallery's "1 / 12" counter), so that the
column of the article text, which holds images too, is never taken for a picture's box.
"""

from __future__ import annotations

import re
from typing import Any

from .body import BodySpan
from .decide import BODY_DEFAULT, OPENING_QUOTES, PLAIN_DEFAULTS, STANDFIRST, TEXT_CAPTION_WORDS, Label, best_hit
from .rules.engine import Hit
from .segment import SENTENCE_END, Flag, Segments

BOX_BLOCKS = 4  # blocks: a caption, its credit, a gallery's counter and one more line at most
BOX_LEVELS = 3  # the block's element, its parent, its grandparent
ALT_CAPTION_WORDS = 3  # the fewest words of a line taken for a caption by its image's alt text
LONE_CAPTION_LEVELS = 4  # levels above a line's wrapper where the box it shares with an image alone may be
_IMAGES = frozenset({"img", "picture"})
PICTURE_BOX_CAPTION = Label("caption", None, "generic/credit/picture-box")
SMALL_PRINT_CREDIT = Label("photo_credit", None, "generic/credit/small-print-credit")
# How a credit line in small print under a picture opens ("© Helena Marques", "Source: City Public Works").
_CREDIT_OPENING = re.compile(r"^(?:©|\(c\)|(?:source|photo|foto|credit|image|bild|quelle|fonte|fuente|crédit)s?\s*:)",
                             re.I)


def label_picture_box_captions(seg: Segments, labels: list[Label], hits: dict[int, list[Hit]],
                               span: BodySpan) -> None:
    """Relabel as captions the undecided short blocks of picture boxes that hold a credit (see the module).
    The search starts from the credits, which are few, and looks at the blocks up to them in their box.
    Then the captions no credit points to: a line repeating the alt text of the image right before it (from
    the headline down), a lone line under an image in its box, and a blog editor's small print."""
    credits = sorted({j for j, label in enumerate(labels) if label.role == "photo_credit"}
                     | {j for j in hits if _credit_cut(seg, hits, span, j)})
    for j in credits:
        for i in range(j, max(j - BOX_BLOCKS, -1), -1):
            if _caption_beside(seg, labels, i, j):
                labels[i] = PICTURE_BOX_CAPTION
        if _description_under(seg, labels, j):
            labels[j + 1] = PICTURE_BOX_CAPTION
    alts = _image_alts(seg)
    headline = next((i for i in range(span.start) if labels[i].role == "headline"), span.start)
    for i in range(headline + 1, span.start):
        if labels[i] in (*PLAIN_DEFAULTS, STANDFIRST) and _repeats_image_alt(seg, i, alts):
            labels[i] = PICTURE_BOX_CAPTION
    for i in range(span.start, span.end):
        if labels[i] != BODY_DEFAULT:
            continue
        if _repeats_image_alt(seg, i, alts) or _lone_caption(seg, i):
            labels[i] = PICTURE_BOX_CAPTION
        elif _small_print_under_image(seg, i):
            labels[i] = SMALL_PRINT_CREDIT if _CREDIT_OPENING.match(seg.texts[i]) else PICTURE_BOX_CAPTION


def _lone_caption(seg: Segments, i: int) -> bool:
    """Whether block ``i`` is a short line set under an image in a wrapper of its own, as the only text of
    their box (``<div class="image"><img><div class="image__source"><p>...</p></div></div>``): a picture's
    caption even with no credit to find it by. A paragraph that opens with an image, or that stands right
    beside it (``<div><img><p>...</p></div>``), is text. (Only in the body span: outside it, such boxes are
    a site's logo and motto, a search box or an avatar.)"""
    element = seg.elements[i]
    if not 0 < seg.words[i] <= TEXT_CAPTION_WORDS or seg.flags[i] & _NO_DESCRIPTION or element is None:
        return False
    if seg.texts[i][0] in OPENING_QUOTES or _opens_with_image(element):  # a quote under a portrait: a testimonial
        return False
    wrapper = element.getparent()  # a paragraph set right beside the image, in the image's own box, is text
    box = wrapper.getparent() if wrapper is not None else None
    for _ in range(LONE_CAPTION_LEVELS):
        if box is None or seg.spans.get(box) != (i, i + 1):
            return False
        if _image_before(box, element):
            return True
        box = box.getparent()
    return False


def _image_alts(seg: Segments) -> frozenset[tuple[str, ...]]:
    """The words of every image's alt text on the page, read once: a line that says none of them needs no
    look at the elements around it."""
    element = next((e for e in seg.elements if e is not None), None)
    if element is None:
        return frozenset()
    return frozenset(_words(alt) for image in element.getroottree().iter("img") if (alt := image.get("alt")))


def _repeats_image_alt(seg: Segments, i: int, alts: frozenset[tuple[str, ...]]) -> bool:
    """Whether block ``i`` says what the image right before it says in its alt text (``alts``: the page's,
    see :func:`_image_alts`): the picture's (or a video poster's) caption, whatever its markup (a video
    player's footer). A name in capitals under its logo ("The Current Daily") is no caption: the line must
    hold a word in lower case."""
    element, text = seg.elements[i], seg.texts[i]
    if (element is None or not ALT_CAPTION_WORDS <= seg.words[i] <= TEXT_CAPTION_WORDS
            or _words(text) not in alts or seg.flags[i] & _NO_DESCRIPTION
            or not any(word[:1].islower() for word in text.split())):
        return False
    node = element
    for _ in range(BOX_LEVELS):
        before = _previous_element(node)
        if before is not None:
            images = list(before.iter(*_IMAGES))
            return bool(images) and _words(images[-1].get("alt") or "") == _words(text)
        node = node.getparent()
        if node is None:
            return False
    return False


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().split())


def _previous_element(node: Any) -> Any:
    """The element before ``node`` among its siblings, comments and processing instructions skipped."""
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before



def _small_print_under_image(seg: Segments, i: int) -> bool:
    """Whether block ``i`` is a short line in small print set right under an image, in the element after the
    image's own (a blog editor's captions: ``<div class="separator"><a><img></a></div><div><span
    style="font-size: x-small">...</span></div>``; a credit line in small print may stand between)."""
    element = seg.elements[i]
    if element is None or not 0 < seg.words[i] <= TEXT_CAPTION_WORDS or not _small_print(element):
        return False
    before = _previous_element(element)
    while before is not None and _small_print(before):
        before = _previous_element(before)
    return before is not None and next(before.iter(*_IMAGES), None) is not None


_SMALL_PRINT = re.compile(r"font-size\s*:\s*(?:x{0,2}-small|smaller)\b", re.I)
SMALL_PRINT_DEPTH = 3  # an element and the inline elements its text sits in (div > span > i)


def _small_print(element: Any) -> bool:
    """Whether ``element``, or an inline element around its text, sets its type in small print."""
    node = element
    for _ in range(SMALL_PRINT_DEPTH):
        if _SMALL_PRINT.search(node.get("style") or ""):
            return True
        children = [child for child in node if isinstance(child.tag, str)]
        if len(children) != 1 or (node.text and node.text.strip()):
            return False
        node = children[0]
    return False


# A line under a figure that is a heading or a link is a teaser card's title, not the picture's description.
_NO_DESCRIPTION = Flag.FIGURE | Flag.HEADING | Flag.LINK


def _description_under(seg: Segments, labels: list[Label], credit: int) -> bool:
    """Whether the block after ``credit`` is a sentence describing the picture in the credit's box: the credit
    is a figure's only text (see the module), or the first line of a picture box (table layouts of the 2000s
    print the credit right under the image, then the caption)."""
    after = credit + 1
    return (after < len(seg) and labels[credit].role == "photo_credit"
            and (_figure_holds_only(seg, credit) or _opens_picture_box(seg, credit))
            and not seg.flags[after] & _NO_DESCRIPTION and seg.texts[after].endswith(SENTENCE_END)
            and _caption_beside(seg, labels, after, credit) and not _under_box_title(seg, credit))


def _under_box_title(seg: Segments, credit: int) -> bool:
    """Whether the picture box of ``credit`` stands under a heading of its own small box: an info box ("Zur
    Person", "About the author"), whose text under the portrait is the box's text, not the picture's."""
    title = credit - 1
    if title < 0 or not seg.flags[title] & Flag.HEADING or seg.elements[credit] is None:
        return False
    heading = seg.elements[title]
    for box in seg.elements[credit].iterancestors():
        blocks = seg.spans.get(box)
        if blocks is None or blocks[1] - blocks[0] > BOX_BLOCKS + 1:
            return False
        if heading in box.iterdescendants():
            return True
    return False


def _opens_picture_box(seg: Segments, j: int) -> bool:
    """Whether block ``j`` is the first text of a small box that opens with an image."""
    blocks = _picture_box_blocks(seg, j)
    return blocks is not None and blocks.start == j


def _figure_holds_only(seg: Segments, j: int) -> bool:
    """Whether block ``j`` is the only text of the figure it stands in: a credit with no caption beside it."""
    element = seg.elements[j]
    if element is None or not seg.flags[j] & Flag.FIGURE:
        return False
    figure = next(element.iterancestors("figure"), element)
    return seg.spans.get(figure) == (j, j + 1)


def _caption_beside(seg: Segments, labels: list[Label], i: int, credit: int) -> bool:
    """Whether block ``i``, which no rule decided, is short and shares a picture box with the credit."""
    return (labels[i].rule.startswith("body/") and 0 < seg.words[i] <= TEXT_CAPTION_WORDS
            and (blocks := _picture_box_blocks(seg, i)) is not None and credit in blocks)


def _picture_box_blocks(seg: Segments, i: int) -> range | None:
    """The blocks of the small box around block ``i`` that opens with an image, or None."""
    element = seg.elements[i]
    box = element
    for _ in range(BOX_LEVELS):
        if box is None:
            return None
        if _image_before(box, element):
            blocks = range(*seg.spans.get(box, (i, i + 1)))
            return blocks if len(blocks) <= BOX_BLOCKS else None
        box = box.getparent()
    return None


def _image_before(box: Any, element: Any) -> bool:
    """Whether an image stands in ``box`` before any text and before ``element``'s text."""
    for node in box.iter():
        if node is element:
            return _opens_with_image(node) and not (node.text and node.text.strip())
        if isinstance(node.tag, str) and node.tag in _IMAGES:
            return True
        if (node.text and node.text.strip()) or (node is not box and node.tail and node.tail.strip()):
            return False
    return False


def _opens_with_image(element: Any) -> bool:
    """Whether ``element``'s first child is an image with no text before it (``<p><img>caption</p>``), also
    one linked to its larger version (``<div><a href="big.jpg"><img></a>caption</div>``)."""
    first = next(iter(element), None)
    if first is not None and first.tag == "a" and not (first.text and first.text.strip()):
        first = next(iter(first), None)
    return first is not None and isinstance(first.tag, str) and first.tag in _IMAGES


def _credit_cut(seg: Segments, hits: dict[int, list[Hit]], span: BodySpan, j: int) -> bool:
    """Whether a rule cuts a photo credit off the end of block ``j``."""
    cut = best_hit(hits.get(j, ()), seg.words[j], j in span, split=True)
    return cut is not None and cut.cut is not None and cut.rule.role == "photo_credit"

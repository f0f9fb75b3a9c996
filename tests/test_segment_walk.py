"""The walk reads only the attributes an element has and counts links in pieces of text: the features it
gives must be those the attributes and text say."""

from __future__ import annotations

from lxml import html

from newsclean.segment import ClassVerdicts, Flag, element_flags, segment_html


def test_links_across_pieces_and_line_breaks() -> None:
    page = html.fromstring(
        "<html><body><p>Read <a href='/a'>the <b>full</b>  story</a> and <a href='/e'> </a>more"
        "<a href='/b'>first<br>second</a></p></body></html>"
    )
    segments = segment_html(page)
    assert segments.texts == ["Read the full story and morefirst", "second"]
    assert segments.links == [(("the full story", "/a"), ("first", "/b")), (("second", "/b"),)]
    assert segments.link_chars == [len("thefullstory") + len("first"), len("second")]
    assert segments.words == [6, 1]


def test_attributes_flag_the_walked_elements_as_element_flags_does() -> None:
    page = html.fromstring(
        "<html><body><div role='navigation'><p>Menu</p></div><div hidden><p>A</p></div>"
        "<div aria-hidden='true'><p>B</p></div><div aria-hidden='false'><p>C</p></div>"
        "<div style='display: none'><p>D</p></div><div style='color: none'><p>E</p></div>"
        "<div class='sidebar' itemprop='articleBody'><p>F</p></div><div id='comments'><p>G</p></div>"
        "<div data-x='1'><p>H</p></div></body></html>"
    )
    segments = segment_html(page)
    verdicts = ClassVerdicts()
    for block, flags in zip(segments.elements, segments.flags, strict=True):
        parent = block.getparent()
        assert flags == element_flags(block, element_flags(parent, 0, verdicts), verdicts)
    hidden = [bool(flags & Flag.HIDDEN) for flags in segments.flags]
    assert hidden == [False, True, True, False, True, False, False, False, False]
    assert segments.flags[0] & Flag.NAV
    assert segments.flags[6] & Flag.POSITIVE and not segments.flags[6] & Flag.NEGATIVE
    assert segments.flags[7] & Flag.NEGATIVE
    assert [element.get("class") or element.get("id") for element in segments.indexed] == [
        "sidebar", "comments"]

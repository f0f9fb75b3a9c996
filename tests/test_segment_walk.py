"""The walk reads only the attributes an element has and counts links in pieces of text: the features it
gives must be those the attributes and text say."""

from __future__ import annotations

from lxml import html
from lxml.builder import E

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


def test_sources_are_the_paths_lxml_gives() -> None:
    page = html.fromstring(
        "<html><head><title>T</title></head><body><div><p>One</p><!-- note --><script>x()</script><p>Two"
        "<br>three</p><span class='credit'>Photo</span><ul><li>a</li><li>b<div>c</div></li></ul></div>"
        "<div><section>Only</section><p>Last</p></div> tail</body></html>"
    )
    segments = segment_html(page)
    tree = page.getroottree()
    assert segments.texts == ["One", "Two", "three", "Photo", "a", "b", "c", "Only", "Last", "tail"]
    assert segments.sources == [tree.getpath(element) for element in segments.elements]


def test_sources_of_a_body_below_the_root() -> None:
    page = E.div(E.p("x"), E.div(E.p("y"), E.body(E.p("one"), E.p("two"))))  # as no HTML parser nests it
    segments = segment_html(page)
    assert segments.sources == ["/div/div/body/p[1]", "/div/div/body/p[2]"]


def test_space_before_a_block_and_empty_links_change_no_block() -> None:
    page = html.fromstring(
        "<html><body>\n <div> <a href='/icon'> </a>\n<p> <a href='/x'> Lead</a> and <a href='/e'></a>"
        " more </p> <a href='/y'>Next</a></div></body></html>"
    )
    segments = segment_html(page)
    assert segments.texts == ["Lead and more", "Next"]
    assert segments.links == [(("Lead", "/x"),), (("Next", "/y"),)]
    assert segments.link_chars == [4, 4]
    div = page.find(".//div")
    assert segments.spans[div] == (0, 2) and segments.spans[page.find(".//p")] == (0, 1)


def test_microdata_meta_inside_a_line_is_a_space_not_a_break() -> None:
    """A blog's "Posted by <meta itemprop=url> Paul <meta itemprop=url> at 4:44 PM" is one line, as the page
    shows it; a date and a name that a <meta> alone parts get a space between them; and a <meta> holds no
    text, so it spans no block (a rule selecting [itemprop=description] on it selects nothing)."""
    page = html.fromstring(
        "<html><body><div class='post-footer'>Posted by <span itemprop='author'><meta itemprop='url' content='/p'>"
        "<a href='/p'>Paul</a></span> at<meta itemprop='url' content='/x'> 4:44 PM</div>"
        "<p>2.03.2018<meta itemprop='description' content='A dek'>von Jane Roe</p></body></html>"
    )
    segments = segment_html(page)
    assert segments.texts == ["Posted by Paul at 4:44 PM", "2.03.2018 von Jane Roe"]
    assert all(meta not in segments.spans for meta in page.iter("meta"))


def test_button_links_in_bars_and_outside_the_article_are_blocks_of_their_own() -> None:
    """Calls to action side by side in a header bar ("Support us", "Subscribe", "Log in") each get a block,
    with their link; inside the article a shop's button stays on its offer's line."""
    page = html.fromstring(
        "<html><body><header><div class='top'><a class='btn btn-support' href='/support'>Support us</a> "
        "<a class='btn btn--subscribe' href='/subscribe'>Subscribe</a> <a href='/login'>Log in</a></div></header>"
        "<div class='promo'>Read more from <a class='read-more-btn' href='/more'>our archive</a> today</div>"
        "<article><ul><li>Amazon 229 € <a class='offer__cta' href='/amazon'>See offer</a></li></ul></article>"
        "</body></html>"
    )
    segments = segment_html(page)
    assert segments.texts == ["Support us", "Subscribe", "Log in", "Read more from", "our archive", "today",
                              "Amazon 229 € See offer"]
    assert segments.links[1] == (("Subscribe", "/subscribe"),) and segments.link_chars[1] == len("Subscribe")
    assert segments.links[4] == (("our archive", "/more"),)

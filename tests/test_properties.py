"""Invariants as hypothesis properties over generated HTML and text.

- Nothing is lost (DESIGN.md section 1): the visible characters under <body>, outside script, style,
  template, svg and noscript, as the stdlib's html.parser reads them, are the characters of the blocks,
  in order.
- Determinism: the same input gives an identical article.
- No crash: any str or bytes gives an Article or an InputError, nothing else.

The generated HTML stays in the part of the language where html.parser and libxml2 agree on what the
text is (iframes hold words only, skipped elements are closed); the fuzz harness (fuzz/) runs the same
checks at scale.
"""

from __future__ import annotations

import contextlib
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from independent import blocks_text, body_text, first_difference, visible
from newsclean import InputError, Options
from newsclean.load import parse_with_stdlib
from newsclean.segment import segment_html

# A quick run by default (CI); NEWSCLEAN_PROPERTY_EXAMPLES=2000 for a long one (docs/reliability.md).
EXAMPLES = int(os.environ.get("NEWSCLEAN_PROPERTY_EXAMPLES", "40"))
HTML = Options(input_format="html")
TEXT = Options(input_format="text")
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DEEP = settings(max_examples=max(EXAMPLES // 5, 4), deadline=None, suppress_health_check=[HealthCheck.too_slow])
SECOND = newsclean.Cleaner(HTML)  # a Cleaner of its own: no state shared with clean()'s cached one

BLOCK_TAGS = ("p", "div", "section", "article", "aside", "nav", "footer", "header", "figure", "figcaption",
              "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "table", "tr", "td", "form", "button", "label",
              "main", "details", "summary", "pre", "dl", "dt", "dd", "address", "math", "center", "object")
INLINE_TAGS = ("span", "a", "b", "i", "em", "strong", "small", "time", "sub", "sup", "code", "q", "cite",
               "font", "mark", "abbr", "s", "u")
SKIPPED = ("script", "style", "template", "svg", "noscript")
VOID = ("<br>", "<hr>", "<img src='x' alt='alt text'>", "<input value='v'>", "<wbr>", "<!-- a comment -->")
ATTRIBUTES = ("", " class='promo'", " hidden", " style='display:none'", " id='article-body'",
              " class='caption'", " href='/donate'", " class='byline'", " role='navigation'",
              " aria-hidden='true'", " itemprop='articleBody'", " class='credit'")
PHRASES = ("By Ana Ruiz", "Photo: AP", "Sign up for our newsletter", "Donate", "Reuters", "Getty Images",
           "Support our journalism", "Фото: ТАСС", "Von Anna Schmidt", "Read more", "5 > 3", "&amp;", "&lt;",
           "&#169;", "&nbsp;", "&eacute;", "&#x1F600;", "\u00a0", "\u200b", "ﬁ", "\n")

# Words: any printable text but markup characters (those come from the phrases, escaped or harmless).
words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<&"),
    min_size=0, max_size=30,
)
text_piece = st.one_of(words, st.sampled_from(PHRASES))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tags = st.sampled_from(BLOCK_TAGS + INLINE_TAGS)
    closed = st.booleans().map(lambda b: b or True)  # most elements are closed; see unclosed below
    return st.builds(
        lambda tag, attrs, inner, close: f"<{tag}{attrs}>{inner}{f'</{tag}>' if close else ''}",
        tags, st.sampled_from(ATTRIBUTES), children, st.one_of(closed, st.just(False)),
    )


def _skipped(tag: str, inner: str) -> str:
    return f"<{tag}>{inner}<p>not page text</p></{tag}>"


fragment = st.recursive(
    st.one_of(text_piece, st.sampled_from(VOID),
              st.builds(_skipped, st.sampled_from(SKIPPED), words),
              st.builds(lambda w: f"<iframe>{w}</iframe>", st.from_regex(r"[A-Za-z ]{0,20}", fullmatch=True))),
    lambda children: st.one_of(
        _element(st.lists(children, max_size=5).map("".join)),
        st.lists(children, min_size=2, max_size=5).map("".join),
    ),
    max_leaves=60,
)
heads = st.sampled_from((
    "", "<title>Rain returns</title>", "<meta charset='windows-1251'>",
    "<meta property='og:title' content='Rain returns'><meta name='author' content='Ana Ruiz'>",
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Rain\"}</script>",
))
pages = st.builds(
    lambda head, body, lang: f"<!DOCTYPE html><html{lang}><head>{head}</head><body>{body}</body></html>",
    heads, fragment, st.sampled_from(("", " lang='en'", " lang='ru'")),
)


def _check_nothing_lost(page: str, article: newsclean.Article) -> None:
    wrong = first_difference(body_text(page), blocks_text(b.text for b in article.blocks))
    assert wrong is None, wrong


@FAST
@given(pages)
def test_nothing_is_lost_html(page: str) -> None:
    _check_nothing_lost(page, newsclean.clean(page, options=HTML))


@FAST
@given(pages)
def test_nothing_is_lost_through_bytes(page: str) -> None:
    _check_nothing_lost(page, newsclean.clean(page.encode("utf-8"), options=HTML))


@DEEP
@given(pages, st.integers(min_value=300, max_value=2600), st.sampled_from(("div", "span", "section")))
def test_nothing_is_lost_on_deep_pages(page: str, depth: int, tag: str) -> None:
    deep = page.replace("</body>", f"<{tag}>x" * depth + "deepest" + f"</{tag}>" * depth + "</body>")
    _check_nothing_lost(deep, newsclean.clean(deep, options=HTML))


@FAST
@given(pages)
def test_fallback_parser_keeps_all_text(page: str) -> None:
    segments = segment_html(parse_with_stdlib(page))
    wrong = first_difference(body_text(page), visible("".join(segments.texts)))
    assert wrong is None, wrong


@FAST
@given(st.lists(st.one_of(words, st.sampled_from(PHRASES), st.just("")), min_size=1, max_size=30))
def test_nothing_is_lost_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        article = newsclean.clean(text, options=TEXT)
    except InputError:
        assert not visible(text)
        return
    assert blocks_text(b.text for b in article.blocks) == visible(text)


@FAST
@given(pages)
def test_deterministic(page: str) -> None:
    first = newsclean.clean(page, options=HTML).to_dict()
    assert newsclean.clean(page, options=HTML).to_dict() == first
    assert SECOND.clean(page).to_dict() == first


@FAST
@given(st.one_of(st.text(max_size=300), pages, st.text(alphabet="<>/=\"' &#;abpdiv!-", max_size=200)))
def test_no_crash_on_any_str(markup: str) -> None:
    with contextlib.suppress(InputError):
        newsclean.clean(markup)


@FAST
@given(st.one_of(st.binary(max_size=400), pages.map(lambda p: p.encode("utf-8")),
                 pages.map(lambda p: p.encode("utf-16")), pages.map(lambda p: p.encode("cp1251", "replace"))))
def test_no_crash_on_any_bytes(markup: bytes) -> None:
    with contextlib.suppress(InputError):
        newsclean.clean(markup)

"""Random news-like pages for fuzzing, in the subset of HTML on which html.parser and libxml2 agree.

Both parsers must read the same text from a generated page, so the nothing-lost invariant can be
checked against the independent parser: iframes hold plain words only and are always closed, and
script, style, template, svg and noscript are always closed. Everything else may be left unclosed,
nested anywhere, hidden, or decorated with the class names and attributes the rules look at.
"""

from __future__ import annotations

import random

TAGS = (
    "p div span b i a li ul ol h1 h2 h3 section article aside nav footer header figure figcaption blockquote "
    "table tbody tr td th form label button select option em strong small time math mi pre code dl dt dd main "
    "details summary font center q sub sup iframe object video audio canvas picture cite address hgroup "
    "mark abbr s u bdi"
).split()
SKIPPED = ("script", "style", "template", "svg", "noscript")
WORDS = (
    "The council met on Tuesday.", "hello", "Donate", "By Ana Ruiz", "By Ana Ruiz and Tom Lee, Reuters",
    "Photo: AP", "Sign up for our newsletter", "x", "é", "Привет, мир", "日本語のテキスト", "&amp;", "&lt;", "&#169;",
    "&nbsp;", "&eacute;", "&#x1F600;", "  ", "\n", "\t", "1.", "Reuters", "—", "5 > 3", "&quot;",
    "Support our journalism",
    "Getty Images", "(AP Photo/John Doe)", "Subscribe now", "Read more", "Von Anna Schmidt", "Par Jean Dupont",
    "Фото: ТАСС", "Reporting by Ana Ruiz; Editing by Tom Lee", "is an organisation banned in Russia",
    "Dear readers, we need your help.", "  \u00a0 ", "\u200b", "\u2028", "ﬁ", "ﷺ", "a" * 300,
)
ATTRS = (
    "", " class='promo'", " hidden", " style='display:none'", " id='article-body'", " class='caption'",
    " href='/donate'", " class='newsletter signup'", " role='navigation'", " aria-hidden='true'",
    " class='byline'", " itemprop='articleBody'", " class='credit'", " data-x='1'", " lang='de'",
    " class=\"a\" id=\"b\" title='" + "t" * 50 + "'",
)
FILLERS = ("<br>", "<hr>", "<img src=x alt='alt text'>", "<input value=v>", "<!-- comment -->", "<wbr>",
           "<br/>", "<meta name=x content=y>", "<link rel=x href=y>")
HEADS = (
    "<title>Rain returns</title>",
    "<meta property='og:title' content='Rain returns'><meta name='author' content='Ana Ruiz'>",
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Rain\", "
    "\"author\": {\"name\": \"Ana Ruiz\"}, \"datePublished\": \"2024-05-01T10:00:00+02:00\"}</script>",
    "<link rel='canonical' href='https://www.themoscowtimes.com/2024/05/01/rain'>",
    "<meta charset='windows-1251'>",
    "",
)


def _words(rng: random.Random) -> str:
    return rng.choice(WORDS) + rng.choice((" ", "", "\n"))


def body(rng: random.Random, depth: int = 0, budget: list[int] | None = None) -> str:
    budget = budget if budget is not None else [60]
    out = []
    for _ in range(rng.randint(0, 6)):
        budget[0] -= 1
        if budget[0] <= 0:
            break
        roll = rng.random()
        if roll < 0.35 or depth > 12:
            out.append(_words(rng))
        elif roll < 0.45:
            tag = rng.choice(SKIPPED)
            out.append(f"<{tag}>{_words(rng)}<p>not page text</p></{tag}>")
        elif roll < 0.52:
            out.append(rng.choice(FILLERS))
        else:
            tag = rng.choice(TAGS)
            attrs = rng.choice(ATTRS)
            inner = rng.choice(("hello", "Donate now", "x y")) if tag == "iframe" else body(rng, depth + 1, budget)
            close = f"</{tag}>" if rng.random() < 0.9 or tag == "iframe" else ""
            out.append(f"<{tag}{attrs}>{inner}{close}")
    return "".join(out)


def page(rng: random.Random) -> str:
    head = "".join(rng.choice(HEADS) for _ in range(rng.randint(0, 3)))
    lang = rng.choice(("", " lang='en'", " lang='ru'", " lang='de-DE'"))
    content = body(rng)
    if rng.random() < 0.005:  # a stretch of deep nesting, past libxml2's limits
        n = rng.randint(300, 2600)
        tag = rng.choice(("div", "span", "b", "section"))
        content += f"<{tag}>x" * n + "deep" + f"</{tag}>" * n
    return f"<!DOCTYPE html><html{lang}><head>{head}</head><body>{content}</body></html>"

"""Body detection, case by case: small pages of our own, each showing one class of error that was fixed.

Every case names what must be in ``article.body`` and what must not. ``BODY_CASES`` are the development
examples, ``BUGS_CAUGHT`` the classes of error found on real pages (rebuilt here with invented text),
``KNOWN_FAILURES`` the ones still open (strict xfail, so fixing one is noticed).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import newsclean


@dataclass(frozen=True)
class Case:
    id: str  # reads as a sentence in the test report
    html: str
    body_has: tuple[str, ...] = ()
    body_lacks: tuple[str, ...] = ()
    is_article: bool | None = None


PARAGRAPHS = (
    "The county council voted on Tuesday to reopen the old river ferry, closed since a flood tore away its "
    "landing stage three winters ago, after residents on both banks petitioned for its return.",
    "Supporters said the crossing would cut the trip to the market town from forty minutes to ten, and that "
    "the bridge upstream had become dangerous for cyclists since the lorry traffic doubled.",
    "The ferry will run from April to October at first, the council said, with a second boat to follow if "
    "the first season carries more than twenty thousand passengers.",
    "Work on the new landing stages is to begin in January, and the contractor expects to finish before the "
    "spring floods, which have come earlier in each of the last four years.",
)
NAV = ('<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
       '<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>')
FOOTER = '<footer><p><a href="/about">About us</a> | <a href="/privacy">Privacy</a> | © The Valley Post</p></footer>'


def page(article: str, *, head: str = "", body_attrs: str = "", before: str = "", after: str = "") -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry to return</title>{head}'
            f"</head><body{body_attrs}>{NAV}{before}{article}{after}{FOOTER}</body></html>")


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


STORY = f"<article><h1>River ferry to return next spring</h1>{paragraphs(*PARAGRAPHS)}</article>"
COMMENTS = (
    '<section class="comments"><h3>Comments</h3>'
    + "".join(
        f'<div class="comment"><p class="who">Reader {n} said:</p><p>{t}</p></div>'
        for n, t in enumerate((
            "I have lived by the river for thirty years and I remember when the ferry ran every half hour, "
            "even in winter, and nobody thought of it as a luxury. It was simply how you got to work.",
            "The council should publish the running costs before anyone celebrates. Last time the subsidy "
            "grew every year and in the end that is what closed the crossing, not the flood at all.",
            "Ten minutes instead of forty would change my week completely. I will buy a season ticket on "
            "the first day they go on sale, and I suspect half of my street will do the same thing.",
            "Please make sure the new boat takes bicycles and pushchairs. The old one had a narrow ramp and "
            "you had to wait for the crew to lift everything aboard, which held up every single crossing.",
            "I hope they keep the old timetable board at the landing. My grandfather painted it by hand and "
            "it would be a shame to see it thrown away when the new landing stages are finally built.",
        ), start=1)
    )
    + "</section>"
)

BODY_CASES = [
    Case("a plain article in an article element is the body",
         page(STORY), body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("Home", "Privacy"), is_article=True),
    Case("a short post of one paragraph keeps its text as the body",
         page("<div class='post'><h2>Chapter 12 is online</h2><p>Chapter twelve is now online. As always, the "
              "pictures can only be seen by members who have logged in.</p></div>"),
         body_has=("Chapter twelve is now online.",)),
]

BUGS_CAUGHT = [
    Case("a lede sentence that is mostly one long link, above a teaser box in the text, stays in the body",
         page("<article><h1>River ferry to return next spring</h1><div class='story-text' itemprop='articleBody'>"
              "<p>A ferry that last "
              "crossed the river three years ago is to run again from April, the county council said.</p><p>The "
              "ferry closed and <a href='/news/flood-tore-away-ferry-landing-stage'>lost its landing stage in the "
              "flood of three winters ago</a>.</p><div class='embedded story'><ul><li class='flag'><h3><span></span><a "
              "href='/news/bridge'>Bridge repairs on the old north road to start "
              f"in May</a></h3></li></ul></div>{paragraphs(*PARAGRAPHS)}</div></article>"),
         body_has=("The ferry closed and lost its landing stage", PARAGRAPHS[0]),
         body_lacks=("Bridge repairs on the old north road",)),
    Case("a link line with a short label before its long link is no sentence of the body",
         page("<article><h1>River ferry to return next spring</h1><div class='story-text'>"
              f"{paragraphs(*PARAGRAPHS)}<p>Archive pick <a href='/news/ferry-history'>How the river ferry carried "
              "the town through a hundred years of floods</a>.</p></div></article>"),
         body_has=(PARAGRAPHS[-1],), body_lacks=("How the river ferry carried the town",)),
    Case("a consent class on the page wrapper names the page, not a cookie box inside it",
         page(f'<div class="page consent-given">{STORY}</div>'),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), is_article=True),
    Case("a paywall class on the article's wrapper keeps the article text in the body",
         page(f'<div class="article-wrap paywall-metered">{STORY}</div>'),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), is_article=True),
    Case("a comment thread longer than the article is still no body",
         page(f'<main><article><h1>Ferry to return</h1><div class="entry-content">{paragraphs(*PARAGRAPHS[:2])}'
              f"</div></article>{COMMENTS}</main>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[1]), body_lacks=("season ticket", "Reader 1 said")),
    Case("Japanese paragraphs, written without spaces, count as words and make a body",
         page("<article><h1>渡し船が来春に復活</h1>" + paragraphs(
             "川の渡し船が、三年前の洪水で桟橋を流されて以来初めて、来年の春に運航を再開することが決まった。",
             "町議会は火曜日、両岸の住民から集まった署名を受けて、渡し船の復活を全会一致で可決した。",
             "支持者によると、市場のある町までの移動時間は四十分から十分に短くなるという。",
             "運航は当面四月から十月までとし、利用者が二万人を超えれば二隻目の船を導入する予定だ。",
         ) + "</article>"),
         body_has=("川の渡し船が", "二隻目の船を導入する予定だ。")),
]

TABLE = ("<table><tr><th>Crossing</th><th>Minutes</th><th>Fare</th></tr>"
         "<tr><td>Ferry</td><td>10</td><td>£2</td></tr><tr><td>Bridge</td><td>40</td><td>free</td></tr>"
         "<tr><td>Bus</td><td>55</td><td>£3</td></tr><tr><td>Taxi</td><td>25</td><td>£18</td></tr></table>")
RECIPE = ("<article><h1>Almond biscuits</h1><div class='entry-content'>"
          "<p>Preparation: 25 minutes</p><p>Ingredients:</p><p>300 g flour</p><p>200 g sugar</p><p>1 egg</p>"
          "<p>100 g ground almonds</p><p>Method:</p><ol>"
          "<li>Put all the ingredients in a bowl and knead them into a smooth dough with the hook.</li>"
          "<li>Roll the dough out on a floured board and cut out whatever shapes you like best.</li>"
          "<li>Bake in the middle of the oven for fifteen minutes, until the edges turn golden.</li></ol>"
          "<p>Enjoy!</p><p>x Mira</p></div>"
          "<div class='share'><h3>Share this:</h3><a href='/s/fb'>Facebook</a> <a href='/s/x'>X</a></div>"
          "</article>")

BUGS_CAUGHT += [
    Case("a table of short cells between paragraphs stays in the body",
         page(f"<article><h1>Ferry to return</h1>{paragraphs(*PARAGRAPHS[:2])}{TABLE}"
              f"{paragraphs(*PARAGRAPHS[2:])}</article>"),
         body_has=(PARAGRAPHS[0], "Bridge", PARAGRAPHS[-1])),
    Case("short lines at both ends of a recipe (ingredients, sign-off) are body, the share bar is not",
         page(RECIPE), body_has=("300 g flour", "200 g sugar", "Enjoy!", "x Mira"),
         body_lacks=("Share this", "Facebook")),
    Case("a layout wrapper with a nav modifier in its class does not make the article boilerplate",
         page(f'<div class="l-outer l-outer--nav"><main><div class="main-content"><h1>Ferry to return</h1>'
              f"{paragraphs(PARAGRAPHS[0])}{TABLE}{paragraphs(*PARAGRAPHS[1:])}</div></main></div>"),
         body_has=(PARAGRAPHS[0], "Taxi", PARAGRAPHS[-1])),
]

TEASERS = "".join(
    f'<li><h5><a href="/story/{n}">{title}</a></h5><div class="meta">By Staff Writer</div><div>{summary}</div></li>'
    for n, (title, summary) in enumerate((
        ("Council delays vote on parking charges",
         "The council put off its decision on town-centre parking charges until the spring, after traders "
         "asked for more time to study the plans and a survey of shoppers returned fewer answers than hoped."),
        ("New library opens its doors in the old mill",
         "Readers queued along the canal on Saturday morning as the new library opened in the restored mill, "
         "with a children's floor, a local history room and a café run by volunteers from the nearby school."),
        ("Hospital car park to close for resurfacing",
         "Patients and visitors are asked to use the park-and-ride service for three weeks from Monday while "
         "the hospital's main car park is resurfaced and its lighting replaced with brighter, cheaper lamps."),
        ("Orchard saved after villagers raise funds",
         "The last traditional orchard in the parish will be kept as a community space after villagers raised "
         "enough money in six weeks to buy it from the estate, which had planned to sell it for new housing."),
        ("Bus route returns after two-year gap",
         "The number twelve bus is back on the road after two years, linking the hill villages with the "
         "market town twice an hour, though the company warned the route would be reviewed after one year."),
    ), start=1)
)
LINK_LINES = "".join(
    f"<p>{n}) {item}</p><p><a href='https://shop.example/{n}'>https://shop.example/{n}</a></p>"
    for n, item in enumerate(("Wooden toy boat with sails", "Board game about river trade",
                              "Tin ferry model, hand painted", "Jigsaw of the old landing stage",
                              "Picture book about the ferryman"), start=1)
)

BUGS_CAUGHT += [
    Case("a list of teasers with summaries below the article, outweighing it, stays out of the body",
         page(f"<main><article><h1>Ferry to return</h1><div class='article-body'>{paragraphs(*PARAGRAPHS)}"
              f"</div></article></main><div class='below'><h4>More from the Post</h4><ul>{TEASERS}</ul></div>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("parking charges", "orchard")),
    Case("link-only lines between the items of a gift list do not end the article",
         page(f"<article><h1>Gifts for ferry fans</h1><div class='entry-content'>{paragraphs(*PARAGRAPHS[:2])}"
              f"{LINK_LINES}</div></article>"),
         body_has=(PARAGRAPHS[0], "1) Wooden toy boat", "5) Picture book about the ferryman")),
    Case("tag links at the end of the article body are not body",
         page(f"<article><h1>Ferry to return</h1><div class='article-body'>{paragraphs(*PARAGRAPHS)}"
              "<div class='tags'><a href='/t/ferries'>Ferries</a></div><div class='tags'>"
              "<a href='/t/council'>County council</a></div><div class='tags'><a href='/t/river'>River</a>"
              "</div></div></article>"),
         body_has=(PARAGRAPHS[-1],), body_lacks=("County council",)),
]

SHORT = (
    "Two crew members were hurt when a barge struck the old railway bridge on Sunday night, the coastguard said.",
    "The barge was carrying gravel downstream and lost steering in the strong current near the weir, officials said.",
    "Both crew members were taken to hospital with minor injuries and were expected to be released on Monday.",
    "Engineers will inspect the bridge before trains run again, and the line is closed until further notice.",
    "The river authority said it would review the speed limit for commercial traffic on that stretch of water.",
)
WIRE = "<article><h1>Barge strikes rail bridge</h1>" + paragraphs(*SHORT) + "</article>"

BUGS_CAUGHT += [
    Case("a form around the whole page (ASP.NET) does not make the article a form",
         page(f'<form id="aspnetForm" method="post">{WIRE}<div class="sidebar"><p>Most read</p></div></form>'),
         body_has=(SHORT[0], SHORT[-1])),
    Case("a layout class naming a sidebar beside the content is no sidebar",
         page(f'<div class="content-with-sidebar-wrp">{WIRE}</div>'
              '<div class="sidebar"><p>Most read: council delays vote on parking</p></div>'),
         body_has=(SHORT[0], SHORT[-1]), body_lacks=("Most read",)),
    Case("an ad word on the page wrapper is ignored, but a teaser box inside it still is no body",
         page(f'<div class="page ad-slots"><main>{WIRE}<div class="teaser-box"><ul>{TEASERS}</ul></div></main>'
              "</div>"),
         body_has=(SHORT[0], SHORT[-1]), body_lacks=("parking charges",)),
]

BUGS_CAUGHT += [
    Case("a lede outside the text container, between headline and text, is body",
         page("<article><h1>Barge strikes rail bridge</h1><p class='lede'>The line between the two river towns is "
              "closed after a gravel barge hit the bridge.</p><figure><img src='b.jpg'><figcaption>The bridge on "
              f"Monday morning.</figcaption></figure><div class='text'>{paragraphs(*SHORT)}</div></article>"),
         body_has=("The line between the two river towns", SHORT[-1]), body_lacks=("The bridge on Monday",)),
]

BUGS_CAUGHT += [
    Case("headlines of other stories linked between the paragraphs are not body",
         page(f"<article><h1>Ferry to return</h1>{paragraphs(*PARAGRAPHS[:2])}<ul>"
              "<li><a href='/a'>Council delays vote on town-centre parking charges until spring</a></li>"
              "<li><a href='/b'>New library opens its doors in the restored mill by the canal</a></li></ul>"
              f"{paragraphs(*PARAGRAPHS[2:])}</article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("parking charges", "restored mill")),
]

BUGS_CAUGHT += [
    Case("a photo credit line between the lede and the text does not cut the lede off",
         page("<main><article><h1>Barge strikes rail bridge</h1><p>The line between the two river towns is closed "
              "after a gravel barge hit the bridge on Sunday night.</p><div class='credit'>© Picture desk/Agency"
              f"</div><div class='article-text'>{paragraphs(*SHORT)}</div></article></main>"),
         body_has=("The line between the two river towns", SHORT[-1]), body_lacks=("Picture desk",)),
    Case("the article does not end on the heading of the related-posts box after it",
         page(f"<article><div class='entry-content'>{paragraphs(*PARAGRAPHS)}<div class='credit'>Photo credit: "
              "Picture desk</div><h3>Similar posts</h3></div><div class='yarpp'><a href='/p/1'>Bridge repairs</a>"
              "</div></article>"),
         body_has=(PARAGRAPHS[-1],), body_lacks=("Similar posts",)),
]

BUGS_CAUGHT += [
    Case("sections of a review with a BEM modifier naming ads ('section--ads') are still the article",
         page("<article><h1>Grill review</h1>" + "".join(
             f"<section class='review__section review__section--ads'><h2>Part {n}</h2>{paragraphs(text)}"
             "<dl class='pros'><dt>Pros</dt><dd>Even heat</dd><dd>Low price</dd></dl></section>"
             for n, text in enumerate(SHORT, start=1)) + "</article>"),
         body_has=(SHORT[0], SHORT[2], SHORT[-1])),
]

SIDEBAR = ("<aside><h3>From our partners</h3>" + paragraphs(
    "Readers in the valley can now order fresh bread from six village bakeries through one shared website, "
    "with delivery on Tuesdays and Fridays to every parish between the river and the hills.",
    "The county's walking festival returns in May with forty guided routes, from a short stroll along the "
    "canal to a full day on the ridge, and booking opens to members of the ramblers' club first.",
    "The choir that sings in the old wool hall every winter is looking for tenors and basses, and promises "
    "that nobody needs to read music to join; rehearsals are on Thursday evenings from seven.",
    "Allotment holders on the east side of town will vote next month on whether to allow beehives on the "
    "plots, after two years of arguments about swarms, stings and the honey sold at the gate.",
) + "</aside>")
MORE = (
    "The ferry company said it had already found a skipper, a retired fisherman who worked the river for "
    "thirty years, and that two deckhands would be hired from the villages on either bank in the new year.",
    "Tickets will cost two pounds for a single crossing, with a season ticket for commuters and free travel "
    "for children under twelve, the council said, adding that bicycles would travel free at all times.",
    "Residents who petitioned for the crossing said they would hold a small celebration on the landing stage "
    "on the first morning, with the brass band from the school and tea served from the old ticket hut.",
)

BUGS_CAUGHT += [
    Case("the metered second half of an article, in a paywall-classed wrapper, is still body",
         page(f"<article><h1>Ferry to return</h1><div class='article-body'>{paragraphs(*PARAGRAPHS[:1])}"
              f"<div class='paywall-content'>{paragraphs(*PARAGRAPHS[1:], *SHORT, *MORE)}</div></div></article>",
              after=SIDEBAR + COMMENTS),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[2], MORE[-1]), body_lacks=("walking festival", "season ticket on")),
]

BREAKING = "".join(
    f"<li><a href='/s/{n}'>{title}</a> {summary}</li>" for n, (title, summary) in enumerate((
        ("Council delays vote on parking charges", "VALLEY TOWN: The council put off its decision on "
         "town-centre parking charges until the spring, after traders asked for more time to study the plans."),
        ("New library opens in the old mill", "MILL END: Readers queued along the canal on Saturday as the "
         "new library opened in the restored mill, with a children's floor and a local history room."),
        ("Orchard saved by villagers", "UPPER FIELD: The last traditional orchard in the parish will be kept "
         "as a community space after villagers raised enough money in six weeks to buy it."),
    ), start=1))

BUGS_CAUGHT += [
    Case("teasers with summaries before the headline, in the same container, are not the article",
         page(f"<div class='post-content'><div>Breaking News</div><ul>{BREAKING}</ul>"
              f"<h2>Barge strikes rail bridge</h2><div>By Staff</div>{paragraphs(*SHORT[:3])}</div>",
              head='<meta property="og:title" content="Barge strikes rail bridge">'),
         body_has=(SHORT[0], SHORT[2]), body_lacks=("parking charges", "orchard")),
]

BUGS_CAUGHT += [
    Case("a list of tour dates at the end of an article is body, not the page's date line",
         page(f"<article><h1>Band announces river tour</h1><p class='date'>March 3, 2024</p>"
              f"{paragraphs(*PARAGRAPHS[:3])}<p>The dates are:</p>"
              "<p>Oct. 3 -- Riverside Hall, Millbrook</p><p>Oct. 9 -- The Old Mill, Upper Field</p>"
              "<p>Oct. 10 -- Harbour Pavilion, Port Ellis</p><p>Oct. 14 -- Town Square, Valley Town</p>"
              "</article>"),
         body_has=(PARAGRAPHS[0], "Oct. 3 -- Riverside Hall", "Oct. 14 -- Town Square"),
         body_lacks=("March 3, 2024",)),
]

BUGS_CAUGHT += [
    Case("a small ad box between the last two paragraphs does not cut the last one off",
         page(f"<article><h1>Ferry to return</h1><div class='article-body'>{paragraphs(*PARAGRAPHS[:3])}"
              "<aside class='ad-slot'><div>Advertisement</div><div>Thanks for watching!</div>"
              "<button>Visit website</button></aside>"
              f"{paragraphs(PARAGRAPHS[3])}</div></article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[3]), body_lacks=("Visit website",)),
    Case("the last item of a closing 'Label: name' list stays body when its name is a link",
         page(f"<article><h1>Three looks for the ferry season</h1>{paragraphs(*PARAGRAPHS[:3])}"
              "<div class='entry'><p>Dress: <a href='https://shop.example/dress'>Linen Studio</a></p>"
              "<p>Hat: Marlow</p><p>Sandals: <a href='https://shop.example/sandals'>Coast Walkers</a></p></div>"
              "</article><div><p>Next: <a href='/autumn'>Autumn coats</a></p></div>"),
         body_has=(PARAGRAPHS[0], "Hat: Marlow", "Sandals: Coast Walkers"), body_lacks=("Autumn coats",)),
    Case("a short declared story followed by a subscription plug is an article, not a paywall stub",
         page(f"<article><h1>River ferry to return next spring</h1>{paragraphs(*PARAGRAPHS[:2])}</article>"
              "<div><p>Support local journalism. <a href='/subscribe'>Subscribe today for $1 a month.</a></p></div>",
              head='<meta property="og:type" content="article">'),
         body_has=(PARAGRAPHS[0],), is_article=True),
    Case("a short declared story cut off by 'To read the full story, subscribe' is a paywall stub",
         page(f"<article><h1>River ferry to return next spring</h1>{paragraphs(*PARAGRAPHS[:2])}</article>"
              "<div><p>To Read the Full Story</p><p><a href='/subscribe'>Subscribe</a></p></div>",
              head='<meta property="og:type" content="article">'),
         is_article=False),
    Case("a pull quote repeating a sentence of the article is not body",
         page(f"<article><h1>Ferry to return</h1>{paragraphs(*PARAGRAPHS[:2])}"
              "<blockquote class='pullquote'><p>“The ferry will run from April to October at first, the council "
              f"said”</p></blockquote>{paragraphs(*PARAGRAPHS[2:])}</article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("“The ferry will run",)),
]

LONG_PARAGRAPHS = (
    "Each of the three landing stages will get a floating pontoon that rises and falls with the river, so that "
    "the ferry can berth at any level of water, and a covered shelter for passengers waiting in the rain or the "
    "summer heat, the engineers told the council in their report on the design.",
    "The council expects the whole project to cost a little under two million pounds, most of it from the "
    "regional transport fund, and it has asked the two parishes on the banks to pay for the shelters and the "
    "lighting of the paths that lead down to the water on either side.",
)
SHORT_AFTER_AD = ("Riders must still tap a card when they board, the council said, so that it can count the "
                  "passengers of each crossing.")
BUGS_CAUGHT += [
    Case("a 'scroll to continue reading' ad box followed by a shorter paragraph does not end the article",
         page(f"<article><h1>Ferry to return</h1><div class='article-body'>{paragraphs(*PARAGRAPHS[:3])}"
              "<div class='ads-in-article'><div>ADVERTISEMENT</div><p>SCROLL TO CONTINUE READING</p></div>"
              f"{paragraphs(SHORT_AFTER_AD)}<p>Fares: free until May</p><p>Tickets: on board</p>"
              f"{paragraphs(PARAGRAPHS[3])}</div></article>"),
         body_has=(SHORT_AFTER_AD, "Fares: free until May", PARAGRAPHS[3]), body_lacks=("SCROLL TO CONTINUE",)),
    Case("the paragraphs above a read-also link are not cut off when a table parts them from the text's core",
         page(f"<main><h1>Ferry to return</h1><div class='text'>{paragraphs(*PARAGRAPHS[:2])}"
              "<p class='read-also'>Read also: <a href='/bridge'>Bridge to close for repairs</a></p>"
              f"<h2>Three landing stages</h2>{paragraphs(PARAGRAPHS[2])}<table>"
              + "".join(f"<tr><td>{zone}</td><td>{colour}</td><td>{n}</td></tr>"
                        for n, (zone, colour) in enumerate(zip(("North", "South", "West", "East"),
                                                               ("Yellow", "Green", "Blue", "Red"), strict=True), 2))
              + "</table>" + paragraphs(*LONG_PARAGRAPHS) + "</div></main>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[1], "Yellow"), body_lacks=("Bridge to close for repairs",)),
    Case("a shop's price box between the pros and cons and the verdict does not end a review",
         page(f"<article><h1>Ferry to return</h1><div class='review'>{paragraphs(*PARAGRAPHS[:3])}"
              "<div class='pricebox'><div><span>Advertisement</span> <span>Ferry pass – best prices</span></div>"
              "<ul><li><span>Harbour Shop</span> <span>29,00 €</span> <a href='/go'>Buy now</a></li>"
              "<li><span>Quay Store</span> <span>31,50 €</span> <a href='/go2'>Buy now</a></li></ul></div>"
              f"<h2>Verdict</h2>{paragraphs(PARAGRAPHS[3])}</div></article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[3]), body_lacks=("Buy now", "best prices")),
    Case("a one-word heading that labels the text below a summary ('Details') does not start the body",
         page(f"<article><header><h1>Ferry to return</h1><p class='standfirst'>{PARAGRAPHS[0]}</p>"
              "<div class='byline'>By Maren Holt</div><div class='share'><a href='/s'>Share</a></div></header>"
              "<figure><img src='f.jpg'><figcaption>The old landing stage. Photo: Dana Brenner</figcaption></figure>"
              f"<div class='text'><h2>Details</h2>{paragraphs(*PARAGRAPHS[1:])}</div></article>"),
         body_has=(PARAGRAPHS[1], PARAGRAPHS[3]), body_lacks=("Details", PARAGRAPHS[0])),
    Case("a topic page listing teasers, each a linked headline, an excerpt and a byline, is no article",
         page("<main><h1>Topic: Ferries</h1>" + "".join(
             f"<article class='post'><h2><a href='/s{n}'>Ferry story number {n} goes to the council</a></h2>"
             f"<p>{text}</p><p class='byline'>by Maren Holt</p></article>"
             for n, text in enumerate(LONG_PARAGRAPHS + PARAGRAPHS)) + "</main>",
              head='<meta property="og:type" content="website">'),
         is_article=False),
    Case("the text goes on past a 'More on this' list between two sections, at the next section's subhead",
         page("<article><h1>Ferry to return next spring</h1>" + paragraphs(*PARAGRAPHS[:2]) +
              "<aside class='inline-teaser'><p>More on this</p><ul><li><a href='/a'>Ferry fares: what the "
              "council plans to charge</a></li><li><a href='/b'>Landing stages: the work explained step by "
              "step</a></li></ul></aside><h2>Farmers hope for a shorter way to market</h2>" +
              paragraphs(*PARAGRAPHS[2:]) + "<p>Tell us what you think</p><p>Do you use the ferry? Write to us "
              "at letters@valleypost.example.</p></article>"),
         body_has=("Farmers hope for a shorter way to market", PARAGRAPHS[3]),
         body_lacks=("Ferry fares: what the council plans to charge", "Do you use the ferry?")),
    Case("a list article goes on past each entry's card (name, address, price, buttons) and a read-more line or a "
         "group's heading after it, the entries being sibling sections that each open with a numbered subhead",
         page("<article><h1>Six river inns worth the detour</h1><div class='listicle'>" + "".join(
             f"<section class='listicle-item'><h3>{n}. The {name}</h3><p>{text}</p>"
             f"<aside class='place-card'><p>The {name}</p><ul><li>Address: {n} Quay Lane, Ferrybridge</li>"
             f"<li>Price: Doubles from £{90 + n}</li></ul><div><a href='/go/{n}'>Book now</a> "
             f"<a href='/go/{n}'>Check price at Roomcrest</a></div></aside></section>"
             + ("<p><strong>Read more:</strong> <a href='/guides/river-pubs'>The best riverside pubs for a long "
                "Sunday lunch</a></p><h2>Best on a budget</h2>" if n == 3 else "")
             for n, (name, text) in enumerate(zip(("Ferryman", "Old Mill", "Heron", "Lock Keeper", "Weir House",
                                                  "Boathouse"), PARAGRAPHS + PARAGRAPHS[:2], strict=True), start=1))
              + "</div></article>"),
         body_has=("1. The Ferryman", PARAGRAPHS[0], "6. The Boathouse", PARAGRAPHS[1]),
         body_lacks=("Check price at Roomcrest",)),
    Case("the next story, loaded below the article in a sibling <article> with its own h1, is no part of it",
         page("<main><div class='feed'>" + STORY + "<div class='next-label'>Next article</div><article><h1>Bridge "
              "repairs to close the high street for a month</h1><p class='byline'>By Lena Marsh</p>" + paragraphs(
                  "The council said on Wednesday that repairs to the old stone bridge would close the high street to "
                  "traffic for four weeks from the start of March, with buses diverted through the industrial estate.",
                  "Shopkeepers on the street said they feared a quiet month, and asked the council to waive their "
                  "business rates for the weeks the road is shut, a request the council said it would consider.")
              + "</article></div></main>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("Bridge repairs", "The council said on Wednesday")),
    Case("the next story of a stream (a sibling wrapper of the same class, with its own h1) is no part of the "
         "article, even without <article> elements",
         page("<div class='stream'><div class='story'><h1>River ferry to return next spring</h1>"
              + paragraphs(*PARAGRAPHS) + "</div><div class='story'><h1>Bridge repairs to close the high street for "
              "a month</h1>" + paragraphs(
                  "The council said on Wednesday that repairs to the old stone bridge would close the high street to "
                  "traffic for four weeks from the start of March, with buses diverted through the industrial estate.",
                  "Shopkeepers on the street said they feared a quiet month, and asked the council to waive their "
                  "business rates for the weeks the road is shut, a request the council said it would consider.",
                  "The bridge was last repaired eleven years ago, when a lorry struck its parapet, and engineers say "
                  "the stonework under the road has been crumbling faster since the floods of the last two winters.")
              + "</div></div>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("Bridge repairs", "The council said on Wednesday")),
    Case("a gallery's '1 / 3' counter (split in spans) between the paragraphs is no text, and the paragraphs on "
         "both sides of the gallery are",
         page("<article><h1>River ferry to return next spring</h1><p class='byline'>By Lena Marsh</p>"
              f"{paragraphs(*PARAGRAPHS[:2])}<div class='slideshow'><figure><img src='f1.jpg'><figcaption>The old "
              "landing stage at low tide on Tuesday morning.</figcaption></figure><div class='overlay'><div "
              "class='overlay-title'>The ferry landing through the years</div><div class='count'><span>1"
              "</span><span> / </span><span>3</span></div><div class='close'>Back to Gallery</div></div></div>"
              f"{paragraphs(*PARAGRAPHS[2:])}</article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("1 / 3",)),
    Case("the headline printed again as a gallery's title between the paragraphs is no text",
         page("<article><h1>River ferry to return next spring</h1><p class='byline'>By Lena Marsh</p>"
              f"{paragraphs(*PARAGRAPHS[:2])}<div class='slideshow'><figure><img src='f1.jpg'><figcaption>The old "
              "landing stage at low tide on Tuesday morning.</figcaption></figure><div class='overlay'><div "
              "class='overlay-title'>River ferry to return next spring</div><div class='close'>Back to Gallery"
              f"</div></div></div>{paragraphs(*PARAGRAPHS[2:])}</article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("next spring",)),
    Case("a gallery of five slides (counter, caption, credit each, and its buttons) between the paragraphs does "
         "not end the article: the section after it is text",
         page("<article><h1>River ferry to return next spring</h1>" + paragraphs(*PARAGRAPHS[:2])
              + "<div class='c-gallery'><div class='c-gallery__header'>Gallery: the ferry through the years</div>"
              + "".join(f"<div class='c-gallery__slide'><img src='f{n}.jpg'><span class='c-gallery__counter'>{n} / 5"
                        f"</span><p>The landing stage in {1950 + 10 * n}</p><p>© Valley Archive</p></div>"
                        for n in range(1, 6))
              + "<div class='c-gallery__nav'><button>Back</button><button>Next</button></div></div>"
              + "<h2>Money from the county</h2>" + paragraphs(*PARAGRAPHS[2:]) + "</article>"),
         body_has=(PARAGRAPHS[0], "Money from the county", PARAGRAPHS[-1]),
         body_lacks=("The landing stage in 1960", "© Valley Archive", "3 / 5")),
    Case("a short last paragraph (one sentence of under twenty words) after a gallery is still the article's end",
         page("<article><h1>River ferry to return next spring</h1>" + paragraphs(*PARAGRAPHS)
              + "<div class='carousel'>" + "".join(
                  f"<div class='slide'><img src='g{n}.jpg'><div><span>{n} / 2</span><p>Volunteers paint the old "
                  f"ferry's hull on Saturday.</p><p>Photo: Anna Berg</p></div></div>" for n in (1, 2))
              + "<button>‹</button><button>›</button></div><p>The first crossing is planned for the first Saturday "
              "in April, weather and the river permitting, the council said.</p></article>"),
         body_has=(PARAGRAPHS[0], "The first crossing is planned for the first Saturday in April"),
         body_lacks=("Volunteers paint",)),
    Case("a table of contents between the opening paragraphs and the first section is no text, and the "
         "paragraphs above it are the article's start",
         page("<article><h1>River ferry to return next spring</h1><div class='entry-content'>"
              + paragraphs(*PARAGRAPHS[:2]) + "<div id='ez-toc-container' class='ez-toc-v2'><p class='ez-toc-title'>"
              "Contents</p><ul class='ez-toc-list'><li><a href='#timetable'>The timetable</a></li><li><a "
              "href='#fares'>Fares and passes</a></li><li><a href='#works'>Works on the landing stages</a></li>"
              "<li><a href='#history'>A short history of the crossing</a></li><li><a href='#faq'>Questions and "
              "answers</a></li></ul></div><h2 id='timetable'>The timetable</h2>" + paragraphs(*PARAGRAPHS[2:])
              + "</div></article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[-1]), body_lacks=("Fares and passes", "Contents")),
]

BUGS_CAUGHT += [
    Case("an error page's apology is no text of its own, in any language its title says 'not found' in",
         page("<main><h1>Página no encontrada</h1><p>Lo sentimos, la dirección que has escrito no existe o el "
              "contenido ha sido retirado de nuestra web.</p><form><input name='q'></form></main>",
              head="<title>Página no encontrada | El Valle</title>"),
         body_lacks=("Lo sentimos",), is_article=False),
]

KNOWN_FAILURES: list[Case] = [
    Case("text inside page-builder widgets, with h1 subheads, is the article (the widget word marks boxes)",
         page("<div class='builder-section'><h1>Ear candy</h1>" + "".join(
             f"<div class='builder-widget builder-widget-text-editor'><h1>Part {n}</h1><p>{text}</p>"
             "<p>Earring: Moon Studio</p><p>Cuff: Moon Studio</p></div>"
             for n, text in enumerate(SHORT, start=1)) + "</div>"),
         body_has=(SHORT[0], SHORT[-1], "Cuff: Moon Studio")),
]


def _check(case: Case) -> None:
    article = newsclean.clean(case.html)
    for text in case.body_has:
        assert text in article.body, f"missing from the body: {text!r}"
    for text in case.body_lacks:
        assert text not in article.body, f"in the body but should not be: {text!r}"
    if case.is_article is not None:
        assert article.is_article is case.is_article


BUGS_CAUGHT += [  # session of 2026-11-29 (seventh)
    Case("a section front that declares itself the site's page (og:type website, a schema.org WebPage) is no "
         "article, though its lead teaser runs to a paragraph (its cards' headlines sit under a link overlay)",
         page("<main><h1>Local news</h1>" + "".join(
             f"<div class='teaser'><a class='overlay' href='/s{n}'></a><h2><span>Council</span><span>Ferry story "
             f"number {n}</span></h2><p>{text} <span>more</span></p><div class='meta'>23.10.19 21:47</div></div>"
             for n, text in enumerate((" ".join(PARAGRAPHS), PARAGRAPHS[3]))) + "</main>",
              head='<meta property="og:type" content="website"><script type="application/ld+json">{"@context": '
                   '"https://schema.org", "@type": "WebPage", "name": "Local news"}</script>'),
         body_lacks=(PARAGRAPHS[0], PARAGRAPHS[3]), is_article=False),
    Case("a press release's text ends at its end mark ('###'): the sender's 'About X' paragraph under it is no "
         "body",
         page("<article><h1>River ferry to return next spring</h1>" + paragraphs(*PARAGRAPHS) + "<p>###</p><p>About "
              "the Valley Council: the council serves forty thousand residents in eleven villages along the river "
              "and runs the ferry, the library and the leisure centre.</p></article>"),
         body_has=(PARAGRAPHS[0], PARAGRAPHS[3]), body_lacks=("About the Valley Council", "###")),
]

BUGS_CAUGHT += [  # session of 2026-11-29 (eighth)
    Case("a link card between paragraphs (a place's name and address in one link) is one link line: the text "
         "goes on past it and a short numbered subhead",
         page("<article><h1>River ferry to return next spring</h1>" + paragraphs(*PARAGRAPHS[:2])
              + "<div class='card'><a href='/place/88'><strong>Riverside car park</strong><p>Mill Lane, Hollowford"
                "</p></a></div><p>2. The new timetable</p><p>Boats leave every twenty minutes from seven.</p>"
                "</article>"),
         body_has=(PARAGRAPHS[1], "2. The new timetable", "Boats leave every twenty minutes from seven.")),
    Case("an editor's empty paragraphs (a zero-width space alone) are no blocks of the body",
         page("<article><h1>River ferry to return next spring</h1>" + paragraphs(*PARAGRAPHS)
              + "<p>&#8203;</p><p>&#xFEFF;</p></article>"),
         body_has=(PARAGRAPHS[3],), body_lacks=("\u200b", "\ufeff")),
]

@pytest.mark.parametrize("case", BODY_CASES + BUGS_CAUGHT, ids=lambda c: c.id)
def test_body(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in KNOWN_FAILURES], ids=lambda c: c.id
)
def test_known_body_failure(case: Case) -> None:
    _check(case)

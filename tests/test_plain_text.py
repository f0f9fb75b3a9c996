"""Plain text is split into lines; wrapped paragraphs are joined; short interface lines stay apart."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.segment import segment_text

WRAPPED = """Council Approves New Bridge Over the Narrow River

The city council voted on Tuesday to build a second bridge over the narrow
river, ending a debate that had split the eastern districts for nearly ten
years and delayed two earlier plans.

Once
Monthly
Continue
"""


def test_wrapped_lines_are_joined_and_short_lines_kept() -> None:
    texts = segment_text(WRAPPED).texts
    assert texts[0] == "Council Approves New Bridge Over the Narrow River"
    assert texts[1].startswith("The city council voted") and texts[1].endswith("two earlier plans.")
    assert texts[2:] == ["Once", "Monthly", "Continue"]


def test_text_blocks_point_at_their_lines() -> None:
    article = newsclean.clean(WRAPPED)
    assert [b.source for b in article.blocks] == ["line:1", "line:3", "line:7", "line:8", "line:9"]
    assert all(b.tag == "line" for b in article.blocks)


BODY = "\n\n".join([
    "The county opened its third cooling centre on Monday as the heat wave entered a second week, with"
    " afternoon temperatures expected to stay above 38 degrees until at least Friday.",
    "Officials said the centres had taken in more than 400 people since they opened, most of them older"
    " residents who live alone or in flats without air conditioning.",
    "Libraries and two community pools will also stay open late this week, and buses to the centres are"
    " free for anyone who shows a county library card.",
])


def _roles(text: str) -> dict[str, str]:
    article = newsclean.clean(text, options=newsclean.Options(outlet_rules=False))
    return {block.text: block.rule for block in article.blocks}


def test_a_bare_name_and_job_title_under_the_headline_are_the_byline() -> None:
    text = f"County Opens Third Cooling Centre as Heat Wave Lingers\n\nAda Quist\nStaff Writer\n\n{BODY}\n"
    article = newsclean.clean(text)
    assert [b.text for b in article.bylines] == ["Ada Quist", "Staff Writer"]
    assert article.authors == ("Ada Quist",)


def test_a_dek_that_starts_with_a_name_is_no_byline() -> None:
    rules = _roles(f"County Opens Third Cooling Centre\n\nAda Quist on why the old library stays open\n\n{BODY}\n")
    assert rules["Ada Quist on why the old library stays open"] != "generic/byline/name-line"


def test_teaser_bylines_after_the_body_are_not_the_articles() -> None:
    teasers = "More from the county\n\nA Pool Reopens\nBy Tom Eck\n\nThe Bus Fare Vote\nBy Lia Moor\n"
    text = f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{BODY}\n\n{teasers}"
    article = newsclean.clean(text)
    assert article.authors == ("Ada Quist",)
    assert [b.text for b in article.bylines] == ["By Ada Quist"]
    assert _roles(text)["By Tom Eck"] == "generic/byline/other-story"


def test_the_writer_signing_again_at_the_end_keeps_the_byline() -> None:
    text = f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{BODY}\n\nBy Ada Quist\n\nBy Tom Eck\n"
    article = newsclean.clean(text)
    assert [b.text for b in article.bylines][:2] == ["By Ada Quist", "By Ada Quist"]


def test_a_sign_up_call_does_not_spread_over_the_menu_after_it() -> None:
    footer = "Sign up for our newsletters\n\nAbout Us\n\nAdvertise with Us\n\nCareers at the Courier\n\nSite Index\n"
    rules = _roles(f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{BODY}\n\n{footer}")
    assert rules["Sign up for our newsletters"] == "generic/promo/newsletter-signup"
    assert rules["Advertise with Us"] == rules["Careers at the Courier"] == "body/outside"


def test_a_donation_form_keeps_its_own_lines() -> None:
    form = ("Support our newsroom today.\n\nYour gift keeps local reporting free for everyone.\n\nOnce\nMonthly\n"
            "Continue\n\nNot ready to give today?\nRemind me later.\n")
    rules = _roles(f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{BODY}\n\n{form}")
    assert rules["Continue"].startswith("generic/promo/")


def test_a_funding_disclosure_under_the_text_is_a_disclaimer() -> None:
    note = ("Disclosure: The Lindgren Foundation has been a financial supporter of the Courier. Financial"
            " supporters play no role in our journalism.")
    rules = _roles(f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{BODY}\n\n{note}\n")
    assert rules[note] == "generic/disclaimer/funding-disclosure"


def test_a_german_donation_form_stays_one_appeal() -> None:
    appeal = ("Eine Bitte in eigener Sache:\n\nWenn Ihnen unsere Berichterstattung etwas wert ist, unterstützen Sie"
              " uns bitte, schon ab 5 Euro im Monat.\n\nEinmalig\nMonatlich\nJährlich\nWeiter\n\nGerade nicht?\n")
    article = newsclean.clean(f"Stadt öffnet drittes Kühlzentrum\n\n{BODY}\n\n{appeal}",
                              options=newsclean.Options(outlet_rules=False, language="de"))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert {kinds[line] for line in ("Eine Bitte in eigener Sache:", "Einmalig", "Monatlich", "Gerade nicht?")} == {
        ("promo", "donation")}
    assert kinds[appeal.split("\n\n")[1]] == ("promo", "donation")


def test_a_short_text_article_under_a_byline_is_an_article() -> None:
    short = BODY.split("\n\n")[0] + "\n\n" + BODY.split("\n\n")[1]  # about 55 words
    assert newsclean.clean(f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{short}\n").is_article
    assert not newsclean.clean(f"County Opens Third Cooling Centre\n\n{short}\n").is_article


def test_a_wire_file_photo_caption_in_the_text_is_a_caption() -> None:
    caption = "FILE PHOTO: Volunteers hand out water at a cooling centre in the county seat, July 3, 2023."
    rules = _roles(f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{caption}\n\n{BODY}\n")
    assert rules[caption] == "generic/credit/caption-phrases"


def test_a_title_case_line_under_the_headline_is_no_byline() -> None:
    for line in ("Relief For Families In Heat", "Cooling Centres Open Across County"):
        rules = _roles(f"County Opens Third Cooling Centre\n\n{line}\n\n{BODY}\n")
        assert rules[line] != "generic/byline/name-line", line


def test_a_metered_paywall_in_text_is_a_subscription_offer() -> None:
    wall = ("You’ve reached your free article limit.\n\nSpecial offer: 3 months for $10.\n\n"
            "Are you already a subscriber?\n")
    article = newsclean.clean(f"County Opens Third Cooling Centre\n\nBy Ada Quist\n\n{BODY}\n\n{wall}")
    assert {(b.role, b.kind) for b in article.blocks if b.text in wall} == {("promo", "subscription")}


def test_a_sign_up_spreads_over_its_form_lines_but_not_over_the_teasers_after_it() -> None:
    form = ["Sign up for our free weekly newsletter", "Get the week's council and school news every Friday.",
            "We will never share your address with anyone."]
    teasers = ["Heat Wave Closes Two Schools Early", "Pool Hours Extended Through Labor Day",
               "Cooling Centre Volunteers Sought", "Power Use Sets New Record for June",
               "Libraries Add Evening Hours", "Bus Fares Waived for Heat Relief", "Water Main Breaks on Elm Street"]
    text = ("County Opens Third Cooling Centre as Heat Wave Lingers\n\n" + BODY + "\n\n" + "\n".join(form)
            + "\n\n" + "\n\n".join(teasers) + "\n")
    article = newsclean.clean(text, options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert all(kinds[line] == ("promo", "newsletter") for line in form)
    assert kinds["Water Main Breaks on Elm Street"] != ("promo", "newsletter")


def test_the_line_above_a_photo_credit_is_its_caption() -> None:
    caption_with_credit = "The county's health officer at a cooling centre (Credit: Getty Images)"
    paragraphs = BODY.split("\n\n")
    text = (f"County Opens Third Cooling Centre as Heat Wave Lingers\n\n{paragraphs[0]}\n\n"
            "Volunteers hand out water at the library on Monday\nMara Lind / Reuters\n\n"
            f"{paragraphs[1]}\n\nThe county's public health officer\n(Credit: Getty Images)\n\n{paragraphs[2]}\n\n"
            f"{caption_with_credit}\n")
    rules = _roles(text)
    assert rules["Volunteers hand out water at the library on Monday"] == "generic/credit/line-above-credit"
    assert rules["The county's public health officer"] == "generic/credit/line-above-credit"
    assert rules[paragraphs[0]] == "body/score"
    assert rules["The county's health officer at a cooling centre"] == "generic/credit/caption-ending-in-credit"


def test_a_paragraph_above_a_photo_credit_stays_body() -> None:
    long_paragraph = " ".join([BODY.split("\n\n")[0]] * 2)
    text = f"County Opens Third Cooling Centre\n\n{long_paragraph}\nMara Lind / Reuters\n\n{BODY}\n"
    assert _roles(text)[long_paragraph] == "body/score"


MENU = "\n".join(["Skip to content", "Home", "News", "Local", "Sport", "Business", "Opinion", "Weather", "Events",
                  "Obituaries", "Jobs", "Sign in", "Most read"])
TEASERS = ["Library Board Picks a Site for the New Branch", "Road Works Close Mill Lane Until Friday",
           "School Buses to Run on Winter Timetable"]


def _headline(text: str) -> str | None:
    return newsclean.clean(text, options=newsclean.Options(outlet_rules=False)).title


def test_a_whole_page_as_text_has_its_headline_above_the_byline_not_among_the_teasers_above() -> None:
    page = (f"{MENU}\n\n" + "\n".join(TEASERS) + "\n\nCounty Opens Third Cooling Centre as Heat Wave Lingers\n\n"
            f"By Ada Quist\nUpdated 8:59 pm, July 9, 2024\n\n{BODY}\n")
    assert _headline(page) == "County Opens Third Cooling Centre as Heat Wave Lingers"


def test_on_a_whole_page_a_caption_under_the_byline_is_no_headline() -> None:
    caption = "Volunteers hand out water at the new centre on Monday afternoon"
    page = (f"{MENU}\n\n" + "\n".join(TEASERS) + "\n\nLocal\nCounty Opens Third Cooling Centre as Heat Wave Lingers\n"
            f"Ada Quist\nStaff Writer\n\n{caption}\nPhoto: Theo Marsh/AP\n\n{BODY}\n")
    article = newsclean.clean(page, options=newsclean.Options(outlet_rules=False))
    roles = {block.text: block.role for block in article.blocks}
    assert article.title == "County Opens Third Cooling Centre as Heat Wave Lingers"
    assert (roles[caption], roles["Ada Quist"], roles["Staff Writer"]) == ("caption", "byline", "byline")


def test_on_a_whole_page_date_lines_and_counters_above_the_text_are_no_headline() -> None:
    for line in ("Published 8:59 pm Monday July 8 and updated later", "Image 1 of / 13 in the gallery"):
        page = (f"{MENU}\n\n" + "\n".join(TEASERS) + "\n\nLocal\nCounty Opens Third Cooling Centre as Heat Wave "
                f"Lingers\nBy Ada Quist\n{line}\n\n{BODY}\n")
        assert _headline(page) == "County Opens Third Cooling Centre as Heat Wave Lingers", line


def test_a_line_under_the_headline_and_above_a_credit_is_its_caption_not_the_dek() -> None:
    caption = "Volunteers hand out bottles of water at the new cooling centre on Monday."
    credit = "(AP Photo/Theo Marsh)"
    rules = _roles(f"County Opens Third Cooling Centre as Heat Wave Lingers\n\n{caption}\n{credit}\n\n{BODY}\n")
    assert (rules[caption], rules[credit]) == ("generic/credit/line-above-credit",
                                               "generic/credit/agency-photo-parenthesis")


CASELESS = {  # (headline, byline line, first paragraph, second paragraph) in scripts without capitals
    "ja": ("市議会、川の渡し船を来春に再開へ", "2024年3月4日",
           "市議会は月曜日、三年前の洪水で桟橋が流されて以来運休している川の渡し船を来年春に再開することを決めた。"
           "両岸の住民が二千人以上の署名を集めていた。",
           "推進派は、町の中心部までの所要時間が四十分から十分に短縮されると説明している。上流の橋は自転車にとって"
           "危険になっているという。"),
    "ar": ("المجلس البلدي يقرر إعادة تشغيل العبارة القديمة في الربيع", "بقلم سارة حداد",
           "قرر المجلس البلدي يوم الاثنين إعادة تشغيل العبارة القديمة عبر النهر في الربيع المقبل، بعد أن توقفت ثلاث"
           " سنوات بسبب فيضان دمر رصيفها، وذلك بطلب من سكان الضفتين.",
           "ويقول مؤيدو المشروع إن الرحلة إلى وسط البلدة ستقصر من أربعين دقيقة إلى عشر دقائق، وإن الجسر في أعلى"
           " النهر أصبح خطيرا على راكبي الدراجات."),
    "he": ("מועצת העיר מחליטה להפעיל מחדש את המעבורת הישנה באביב", "מאת נועה לוי",
           "מועצת העיר החליטה ביום שני להפעיל מחדש את המעבורת הישנה על הנהר באביב הבא, לאחר שלוש שנים שבהן"
           " עמדה מושבתת בגלל שיטפון שהרס את המזח שלה.",
           "תומכי התוכנית אומרים כי הנסיעה למרכז העיירה תתקצר מארבעים דקות לעשר, וכי הגשר במעלה הנהר הפך"
           " למסוכן לרוכבי אופניים."),
}


@pytest.mark.parametrize("lang", sorted(CASELESS))
def test_a_headline_in_a_script_without_capitals_is_found(lang: str) -> None:
    headline, line, *paragraphs = CASELESS[lang]
    text = "\n\n".join(["Home", headline, line, *paragraphs]) + "\n"
    assert _headline(text) == headline


# Promos that articles print between their paragraphs: with a short article, the paragraphs after such a
# break used to fall outside the body.
HEAD = "County Opens Third Cooling Centre as Heat Wave Lingers\n\nBy Ada Quist\n\n"
FIRST, SECOND, THIRD = BODY.split("\n\n")


@pytest.mark.parametrize("brk", [
    "Advertisement",
    "Read more\nPool Hours Extended Through Labor Day at Two Sites",
    "RELATED COVERAGE\nPool Hours Extended Through Labor Day\nLibraries Add Evening Hours for the Summer",
    "Subscribe for $1 a week",
], ids=["ad-label", "read-more-and-headline", "related-label-and-headlines", "subscription-offer"])
def test_the_text_resumes_after_a_promo_between_its_paragraphs(brk: str) -> None:
    article = newsclean.clean(f"{HEAD}{FIRST}\n\n{brk}\n\n{THIRD}\n", options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert kinds[THIRD] == ("body", None)
    assert all(kinds[line][0] == "promo" for line in brk.split("\n"))


def test_a_teaser_list_after_the_text_does_not_resume_it() -> None:
    teasers = ("Read more\nPool Hours Extended Through Labor Day\n\nThe county will keep two pools open late"
               " into September after a summer of record crowds, officials said.\n\n"
               "Libraries Add Evening Hours\n\nThree branches will stay open until nine on weeknights for"
               " residents looking for a cool place to read.\n")
    article = newsclean.clean(f"{HEAD}{BODY}\n\n{teasers}", options=newsclean.Options(outlet_rules=False))
    assert article.body.endswith(THIRD)
    assert "Pool Hours Extended" not in article.body and "record crowds" not in article.body


def test_a_follow_prompt_or_a_sign_up_form_ends_the_text() -> None:
    for after in ("Follow the Courier on Instagram and Facebook.\n\nListen to our morning show live at eight on"
                  " weekdays, or catch up on it whenever you like.",
                  "Sign up for our free weekly newsletter\nGet the week's council votes, school news and the best"
                  " of the weekend's games, picked by our editors."):
        article = newsclean.clean(f"{HEAD}{BODY}\n\n{after}\n", options=newsclean.Options(outlet_rules=False))
        assert article.body.endswith(THIRD), after


def test_the_headlines_under_a_read_more_label_are_related_links() -> None:
    text = f"{HEAD}{BODY}\n\nMore on this story\nPool Hours Extended Through Labor Day\nLibraries Add Evening Hours\n"
    article = newsclean.clean(text, options=newsclean.Options(outlet_rules=False))
    kinds = {b.text: (b.role, b.kind) for b in article.blocks}
    assert kinds["Pool Hours Extended Through Labor Day"] == ("promo", "related")
    assert kinds["Libraries Add Evening Hours"] == ("promo", "related")


def test_a_byline_with_the_place_the_writer_filed_from() -> None:
    headline = "County Opens Third Cooling Centre as Heat Wave Lingers"
    article = newsclean.clean(f"{headline}\n\nAda Quist in Brussels\n\n{BODY}\n")
    assert [b.text for b in article.bylines] == ["Ada Quist in Brussels"]
    assert article.authors == ("Ada Quist",)


def test_a_wire_service_under_the_byline_belongs_to_it() -> None:
    article = newsclean.clean(f"{HEAD.replace('By Ada Quist', 'By ADA QUIST')}Associated Press\n\n{BODY}\n")
    assert [b.text for b in article.bylines] == ["By ADA QUIST", "Associated Press"]


def test_the_site_name_over_a_menu_is_no_headline() -> None:
    text = (f"Garden Notes from the Hollow\n\nHome\nAbout\nRecipes\nContact\n\n"
            f"Why I finally gave up on growing tomatoes in pots\n\nPosted on March 3, 2025 by Ada Quist\n\n{BODY}\n")
    assert newsclean.clean(text).title == "Why I finally gave up on growing tomatoes in pots"


def test_a_picture_between_paragraphs_keeps_the_text_around_it_and_labels_its_lines() -> None:
    picture = ("Image copyright\nGetty Images\nImage caption\n"
               "The county's newest cooling centre opened in the old library")
    text = f"{HEAD}{FIRST}\n\n{picture}\n\n{SECOND}\n\n{picture.replace('newest', 'second')}\n\n{THIRD}\n"
    article = newsclean.clean(text, options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: block.role for block in article.blocks}
    assert [kinds[p] for p in (FIRST, SECOND, THIRD)] == ["body", "body", "body"]
    assert [kinds[line] for line in picture.split("\n")] == ["photo_credit", "photo_credit", "caption", "caption"]


def test_a_sign_up_form_keeps_its_messages_but_not_the_writers_card_after_it() -> None:
    form = ("Sign up for Courier news!\n\nYou are now subscribed.\n\n"
            "We are having some technical difficulties. Try again later.\n")
    card = "Ada Quist\n\nAda Quist is a Reader in Politics at the University of Eastmarch and writes on housing.\n"
    article = newsclean.clean(f"{HEAD}{BODY}\n\n{form}\n{card}", options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert {kinds[line] for line in form.split("\n") if line} == {("promo", "newsletter")}
    assert kinds["Ada Quist"] != ("promo", "newsletter")
    assert kinds[card.split("\n\n")[1].strip()] != ("promo", "newsletter")


def test_the_text_resumes_after_a_sign_up_form_only_with_a_paragraph_longer_than_a_pitch() -> None:
    form = ("Thanks for reading the Courier! Subscribe for free to receive new posts and support my work.\n\n"
            "Type your email…\nSubscribe\n")
    longer = THIRD + " The county said it would publish the centres' opening hours on its website every morning."
    article = newsclean.clean(f"{HEAD}{FIRST}\n\n{form}\n{longer}\n", options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert kinds[longer] == ("body", None)
    assert kinds["Type your email…"] == ("promo", "newsletter")


def test_a_byline_with_its_label_in_lower_case_is_no_wrapped_line_of_the_dek() -> None:
    dek = "La strada è chiusa da martedì sera e i sindaci chiedono un collegamento provvisorio"
    text = f"Frana sulla statale, isolati due paesi\n{dek}\ndi Marco Ferri\n{BODY}\n"
    texts = segment_text(text).texts
    assert dek in texts and "di Marco Ferri" in texts
    assert segment_text("The book about the harbour that the council published in spring was written\n"
                        "by Ada Quist and two colleagues.\n").texts[0].endswith("two colleagues.")


HEADLINE = "County Opens Third Cooling Centre as Heat Wave Lingers"
BYLINE_AND_DATE = "By Ada Quist\nUpdated 8:59 pm, July 9, 2024"


def _whole_page(header: str) -> str:
    """A whole page given as text: the menu and teasers, then the article's header and its text."""
    return f"{MENU}\n\n" + "\n".join(TEASERS) + f"\n\n{header}\n\n{BODY}\n"


def test_a_headline_that_opens_with_a_number_is_found_on_a_whole_page() -> None:
    headline = "7 questions the council must answer before the bridge vote"
    assert _headline(_whole_page(f"{headline}\n{BYLINE_AND_DATE}")) == headline


def test_a_line_with_a_web_address_is_no_headline() -> None:
    ticker = "Breaking News\nHarbour Ferry Service Resumes After Storm https://www.example.com/news/ferry-resumes"
    assert _headline(_whole_page(f"{ticker}\n{HEADLINE}\nAda Quist, Staff Writer\n{BYLINE_AND_DATE[13:]}")) == HEADLINE


def test_a_headline_caught_twice_stays_the_headline_above_its_dek() -> None:
    dek = "Officials say the centres have taken in more than 400 people since they opened last week"
    page = _whole_page(f"{HEADLINE}\n{HEADLINE}\n{dek}\n{BYLINE_AND_DATE}")
    article = newsclean.clean(page, options=newsclean.Options(outlet_rules=False))
    assert article.title == HEADLINE
    assert {block.text: block.role for block in article.blocks}[dek] == "dek"


def test_a_sign_up_link_above_the_headline_does_not_spread_over_it() -> None:
    page = _whole_page(f"Courier Newsletters\nWork for Us\n{HEADLINE}\n{BYLINE_AND_DATE}")
    article = newsclean.clean(page, options=newsclean.Options(outlet_rules=False))
    roles = {block.text: (block.role, block.kind) for block in article.blocks}
    assert roles["Courier Newsletters"] == ("promo", "newsletter")
    assert (article.title, roles[HEADLINE]) == (HEADLINE, ("headline", None))


def test_share_buttons_named_for_screen_readers_are_share_prompts_not_the_headline() -> None:
    buttons = ["Click to share on Facebook (Opens in new window)", "Click to print (Opens in new window)",
               "Click to email this to a friend (Opens in new window)",
               "Submit to Stumbleupon (Opens in new window)"]
    page = _whole_page(f"{HEADLINE}\nShare this:\n" + "\n".join(buttons) + f"\n{BYLINE_AND_DATE}")
    article = newsclean.clean(page, options=newsclean.Options(outlet_rules=False))
    roles = {block.text: (block.role, block.kind) for block in article.blocks}
    assert article.title == HEADLINE
    assert {roles[button] for button in buttons} == {("promo", "social")}


def test_teaser_cards_under_a_read_more_label_are_related_with_their_section_and_writer_lines() -> None:
    cards = ["Most Popular", "politics", "Library Board Picks a Site for the New Branch", "Mara Lindgren",
             "weather", "School Buses to Run on Winter Timetable", "Theo Marsh", "sport",
             "Road Works Close Mill Lane Until Friday", "Jonas Berg"]
    article = newsclean.clean(f"{HEAD}{BODY}\n\n" + "\n".join(cards) + "\n",
                              options=newsclean.Options(outlet_rules=False))
    kinds = {b.text: (b.role, b.kind) for b in article.blocks}
    assert {kinds[line] for line in cards} == {("promo", "related")}
    assert article.body.endswith(THIRD)


def test_a_subhead_after_a_read_more_label_and_its_one_headline_is_no_teaser() -> None:
    lines = ["Read more", "Library Board Picks a Site for the New Branch", "Background", "What the council decided"]
    text = f"{HEAD}{FIRST}\n\n{SECOND}\n\n" + "\n".join(lines) + f"\n\n{THIRD}\n"
    kinds = {b.text: (b.role, b.kind) for b in newsclean.clean(text).blocks}
    assert kinds[lines[1]] == ("promo", "related")
    assert kinds["Background"] != ("promo", "related") and kinds[lines[3]] != ("promo", "related")


@pytest.mark.parametrize("brk", [
    "Read more\nPool Hours Extended Through Labor Day at Two Sites",
    "Subscribe for $1 a week",
    "Sign up for our daily newsletter",
], ids=["read-more-and-headline", "subscription-offer", "sign-up-line"])
def test_the_lead_paragraph_above_a_promo_stays_body_when_more_text_follows(brk: str) -> None:
    article = newsclean.clean(f"{HEAD}{FIRST}\n\n{brk}\n\n{SECOND}\n\n{THIRD}\n",
                              options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert [kinds[p] for p in (FIRST, SECOND, THIRD)] == [("body", None)] * 3
    assert article.title == HEADLINE


def test_a_teaser_list_above_a_promo_does_not_start_the_text() -> None:
    teasers = ("Pool Hours Extended Through Labor Day\n\nThe county will keep two pools open late into"
               " September after a summer of record crowds, officials said.\n\nLibraries Add Evening Hours\n\n"
               "Three branches will stay open until nine on weeknights for residents looking for a cool place.\n")
    article = newsclean.clean(f"{MENU}\n\n{teasers}\nAdvertisement\n\n{BODY}\n",
                              options=newsclean.Options(outlet_rules=False))
    assert article.body.startswith(FIRST)


def test_a_headline_in_title_case_may_hold_two_sentences() -> None:
    headline = "A Private Ambulance Firm Promised Faster Help. Rural Callers Are Waiting Longer."
    page = _whole_page(f"{headline}\nBy Ada Quist and Theo Marsh\nJune 3, 2025")
    article = newsclean.clean(page, options=newsclean.Options(outlet_rules=False))
    assert (article.title, article.authors) == (headline, ("Ada Quist", "Theo Marsh"))


def test_the_text_resumes_after_a_sign_up_form_of_five_lines_and_past_a_picture() -> None:
    form = ["Sign up to our free newsletter", "Get the latest news sent straight to your inbox", "Enter your email",
            "Subscribe", "We only use your email address to send you the newsletters you choose. You can "
            "unsubscribe at any time."]
    longer = SECOND + " The county said the buses would run every twenty minutes until the heat breaks."
    picture = "Volunteers hand out water at the new centre on Monday afternoon\nImage: PA"
    text = f"{HEAD}{FIRST}\n\n" + "\n".join(form) + f"\n\n{longer}\n\n{picture}\n\n{THIRD}\n"
    article = newsclean.clean(text, options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert [kinds[p] for p in (FIRST, longer, THIRD)] == [("body", None)] * 3
    assert {kinds[line][0] for line in form} == {"promo"}
    assert kinds["Image: PA"] == ("photo_credit", None)


def test_an_app_prompt_that_promises_news_alerts_is_no_newsletter_sign_up() -> None:
    prompt = "Download our app to get breaking news alerts and watch our newscasts live."
    kinds = {b.text: (b.role, b.kind) for b in newsclean.clean(f"{HEAD}{BODY}\n\n{prompt}\n").blocks}
    assert kinds[prompt] == ("promo", "app")


def test_a_one_line_membership_pitch_between_paragraphs_takes_no_paragraph_with_it() -> None:
    pitch = "Courier members keep our local reporting free for everyone. Become a member for $5 a month."
    fourth = "The heat is expected to ease on Saturday, when a band of storms should bring cooler air from the coast."
    text = (f"{HEAD}{FIRST}\n\n{SECOND}\n\n{pitch}\n\n{THIRD}\n\nRead also: Pool Hours Extended Through Labor Day"
            f"\n\n{fourth}\n")
    article = newsclean.clean(text, options=newsclean.Options(outlet_rules=False))
    kinds = {block.text: (block.role, block.kind) for block in article.blocks}
    assert kinds[pitch] == ("promo", "donation")
    assert [kinds[p] for p in (FIRST, SECOND, THIRD, fourth)] == [("body", None)] * 4


def test_the_button_of_a_sign_up_form_is_part_of_the_sign_up_and_ends_it() -> None:
    form = ["Sign up to our free newsletter", "Enter your email", "Subscribe"]
    tagline = "The First Stop For County News"
    text = f"{HEAD}{BODY}\n\n" + "\n".join(form) + f"\n{tagline}\n"
    article = newsclean.clean(text, options=newsclean.Options(outlet_rules=False))
    kinds = {b.text: (b.role, b.kind) for b in article.blocks}
    assert [kinds[line] for line in form] == [("promo", "newsletter")] * 3
    assert kinds[tagline] != ("promo", "newsletter")

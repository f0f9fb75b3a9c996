"""The FiveFilters / wallabag site-config reader, on site configs written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import Cleaner, Options, RuleError
from newsclean.rules.ftr import guess_role, parse_site_config, read_site_config
from newsclean.rules.loader import load_rule_sets

SITE_CONFIG = """\
# example.org: a made-up outlet
title: //h1[@class='story-title']
author: //span[@class='byline-name']
author: //meta[@name='author']/@content
date: //time[@class='published']
body: //div[@class='story-body']
strip: //div[contains(@class, 'newsletter-box')]
strip: //aside[@class='related-links']
strip: //div[@class='photo-credit']
strip: //aside
strip_id_or_class: donate-banner
strip_image_src: /pixel.gif
find_string: <br /><br />
replace_string: </p><p>
http_header(user-agent): Mozilla/5.0
strip: //div[[broken
test_url: https://example.org/2024/01/story
test_contains: The river rose
"""

PAGE = """<html><body>
<nav><a href="/">Home</a></nav>
<h1 class="story-title">River Rises in Example Town</h1>
<p><span class="byline-name">By Ana Ruiz</span></p>
<time class="published">January 4, 2024</time>
<div class="story-body">
<p>The river rose overnight, and farmers moved their herds uphill before dawn on Thursday morning.</p>
<div class="photo-credit">Photo by Tomas Lind</div>
<p>Volunteers filled sandbags at the fire station while the water kept climbing past the old mill.</p>
<div class="newsletter-box">Get the Example Daily in your inbox every morning</div>
<p>Officials said the bridge would stay closed until engineers could inspect it after the flood.</p>
<aside class="related-links"><a href="/a">More flood coverage from the valley</a></aside>
<p>Schools in the lower town will open late on Friday so buses can take the long way round.</p>
</div>
<div class="donate-banner-wrap">Support local news with a gift today</div>
</body></html>"""


@pytest.fixture()
def config_dir(tmp_path: Path) -> Path:
    (tmp_path / "example.org.txt").write_text(SITE_CONFIG, encoding="utf-8")
    (tmp_path / "README.md").write_text("not a rule file", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("public domain", encoding="utf-8")
    return tmp_path


def test_directives_become_outlet_rules() -> None:
    rule_set = parse_site_config(SITE_CONFIG, "example.org.txt", "example.org")
    assert rule_set.id == "outlet/example.org"
    assert rule_set.domains == ("example.org",)
    roles = {r.id.rsplit("/", 1)[-1]: (r.role, r.kind) for r in rule_set.rules}
    assert roles["ftr-title-2"] == ("headline", None)
    assert roles["ftr-author-3"] == ("byline", None)
    assert roles["ftr-date-5"] == ("metadata", "date")
    assert roles["ftr-body-6"] == ("boilerplate", "other")
    assert roles["ftr-strip-7"] == ("promo", "newsletter")
    assert roles["ftr-strip-8"] == ("promo", "related")
    assert roles["ftr-strip-9"] == ("photo_credit", None)
    assert roles["ftr-strip-id-or-class-11"] == ("promo", "donation")
    assert "ftr-strip-10" not in roles  # a bare //aside: boilerplate outside the span anyway


def test_unsupported_lines_are_reported_with_their_line() -> None:
    rule_set = parse_site_config(SITE_CONFIG, "example.org.txt", "example.org")
    unsupported = {(u.line, u.directive) for u in rule_set.meta["unsupported"]}
    assert (4, "author") in unsupported  # an attribute: metadata, no block to label
    assert (13, "find_string") in unsupported
    assert (14, "replace_string") in unsupported
    assert (15, "http_header(user-agent)") in unsupported
    assert (16, "strip") in unsupported  # the XPath does not compile
    assert not any(u.line == 12 for u in rule_set.meta["unsupported"])  # strip_image_src: no text, read


def test_tests_are_kept() -> None:
    rule_set = parse_site_config(SITE_CONFIG, "example.org.txt", "example.org")
    assert rule_set.meta["tests"] == [{"url": "https://example.org/2024/01/story",
                                       "contains": ["The river rose"]}]


def test_folder_loads_site_configs_and_skips_other_files(config_dir: Path) -> None:
    sets = load_rule_sets([config_dir])
    assert [s.id for s in sets] == ["outlet/example.org"]


def test_leading_dot_names_every_subdomain(tmp_path: Path) -> None:
    path = tmp_path / ".example.net.txt"
    path.write_text("title: //h1\n", encoding="utf-8")
    assert read_site_config(path).domains == ("example.net",)


def test_a_txt_file_not_named_after_a_host_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("title: //h1\n", encoding="utf-8")
    with pytest.raises(RuleError, match="named after its host"):
        load_rule_sets([path])


def test_cleaner_applies_a_site_config_by_domain(config_dir: Path) -> None:
    cleaner = Cleaner(Options(rule_paths=(str(config_dir),)))
    article = cleaner.clean(PAGE, url="https://www.example.org/2024/01/story")
    roles = {b.text: (str(b.role), b.kind, b.rule) for b in article.blocks}
    assert roles["River Rises in Example Town"][0] == "headline"
    assert roles["By Ana Ruiz"][:2] == ("byline", None)
    assert roles["Get the Example Daily in your inbox every morning"][:2] == ("promo", "newsletter")
    assert roles["More flood coverage from the valley"][:2] == ("promo", "related")
    assert roles["Photo by Tomas Lind"][:2] == ("photo_credit", None)
    assert article.authors == ("Ana Ruiz",)
    assert "Schools in the lower town" in article.body
    assert article.outlet == "outlet/example.org"


def test_body_container_keeps_text_outside_it_out_of_the_article(config_dir: Path) -> None:
    cleaner = Cleaner(Options(rule_paths=(str(config_dir),)))
    article = cleaner.clean(PAGE, url="https://example.org/x")
    assert "Support local news" not in article.body


@pytest.mark.parametrize(("selector", "expected"), [
    ("//div[@id='newsletter-signup']", ("promo", "newsletter")),
    ("//section[contains(@class, 'support-us')]", ("promo", "donation")),
    ("//div[@class='paywall-offer']", ("promo", "subscription")),
    ("//ul[@class='read-more-links']", ("promo", "related")),
    ("//div[@class='share-buttons']", ("promo", "social")),
    ("//div[@class='ad-slot']", ("promo", "ad")),
    ("//figure//span[@class='image-credit']", ("photo_credit", None)),
    ("//div[@class='wp-caption-text']", ("caption", None)),
    ("//div[@id='disqus_thread']", ("boilerplate", "comments")),
    ("//div[@class='header-wrapper']", ("boilerplate", "other")),  # 'head' is no 'ad'
], ids=lambda v: v if isinstance(v, str) else "/".join(x for x in v if x))
def test_strip_selectors_are_guessed_from_their_words(selector: str,
                                                      expected: tuple[str, str | None]) -> None:
    assert guess_role(selector) == expected

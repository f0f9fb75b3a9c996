"""Bad input raises one InputError that says what is wrong; damaged but real pages give a result."""

from __future__ import annotations

import gzip
import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import html as lxml_html

import newsclean
from newsclean import InputError, Options
from newsclean.load import decode

ARTICLE = (
    "<html><head><title>Rain returns</title></head><body><h1>Rain Returns to the Valley</h1>"
    "<p>By Ana Ruiz</p>"
    "<p>The river rose overnight, and farmers moved their herds uphill before dawn on Tuesday.</p>"
    "<p>Officials said the water would fall again by the weekend, but warned of more storms.</p>"
    "</body></html>"
)


def _words(article: newsclean.Article) -> str:
    return " ".join(b.text for b in article.blocks)


# ---------------------------------------------------------------- not a page at all

NOT_A_PAGE = [
    pytest.param(None, "None", id="None"),
    pytest.param(42, "an int", id="an int"),
    pytest.param(3.5, "a float", id="a float"),
    pytest.param(True, "a bool", id="a bool"),
    pytest.param(["<p>a</p>", "<p>b</p>"], "one page at a time", id="a list of pages"),
    pytest.param(("<p>a</p>",), "one page at a time", id="a tuple"),
    pytest.param({"html": "<p>a</p>"}, "a dict", id="a dict"),
    pytest.param(io.BytesIO(b"<p>a</p>"), "read the file first", id="an open file"),
    pytest.param(Path("page.html"), "PosixPath", id="a path instead of the page"),
    pytest.param(object(), "an object", id="an object"),
]


@pytest.mark.parametrize(("value", "said"), NOT_A_PAGE)
def test_what_is_no_page_is_named(value: object, said: str) -> None:
    with pytest.raises(InputError, match="expected the page as str or bytes") as info:
        newsclean.clean(value)
    assert said.lower() in str(info.value).lower() or said in type(value).__name__


def test_input_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        newsclean.clean(None)


EMPTY = [
    pytest.param("", id="empty str"),
    pytest.param(b"", id="empty bytes"),
    pytest.param("   \n\t  \r\n", id="whitespace str"),
    pytest.param(b" \n\t\r ", id="whitespace bytes"),
    pytest.param(b"\xef\xbb\xbf", id="a UTF-8 BOM only"),
    pytest.param("\ufeff  \n", id="a BOM and whitespace"),
    pytest.param("\ufeff".encode("utf-16"), id="UTF-16 BOM and a BOM"),
    pytest.param(bytearray(b"  "), id="whitespace bytearray"),
]


@pytest.mark.parametrize("value", EMPTY)
def test_empty_markup(value: object) -> None:
    with pytest.raises(InputError, match="empty"):
        newsclean.clean(value)


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("page.html", ARTICLE)
    return out.getvalue()


BINARY = [
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF", id="PDF"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG", id="PNG"),
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "JPEG", id="JPEG"),
    pytest.param(b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF", id="GIF"),
    pytest.param(b"RIFF\x24\x00\x00\x00WEBPVP8 ", "media", id="WebP"),
    pytest.param(b"\x00\x00\x00\x18ftypmp42" + bytes(32), "media", id="MP4"),
    pytest.param(gzip.compress(ARTICLE.encode()), "gzip", id="gzipped page"),
    pytest.param(_zip(), "ZIP", id="ZIP archive"),
    pytest.param(b"\x7fELF\x02\x01\x01" + bytes(64), "executable", id="ELF executable"),
    pytest.param(b"  \n%PDF-1.4\n", "PDF", id="PDF after whitespace"),
    pytest.param(bytes(range(256)) * 16, "binary", id="every byte value"),
    pytest.param(bytes(4096), "binary", id="NUL bytes"),
    pytest.param("\x00\x00\x00", "binary", id="NUL characters only"),
    pytest.param(bytes([7, 1, 2, 3, 4, 5, 6, 14, 15, 16]) * 300, "binary", id="control bytes"),
    pytest.param("\x01\x02\x03\x04\x05" * 400, "binary", id="control characters as str"),
    pytest.param(b"\xff\xfe\xfd\xfc" * 1024, "", id="high bytes"),
]


@pytest.mark.parametrize(("value", "said"), BINARY)
def test_binary_data_is_rejected_and_named(value: object, said: str) -> None:
    try:
        article = newsclean.clean(value)
    except InputError as exc:
        assert said.lower() in str(exc).lower()
        assert "not HTML or text" in str(exc)
    else:  # high bytes decode as windows-1252 letters: text, not junk; but never a crash
        assert said == "" and article.blocks


# ---------------------------------------------------------------- damaged but real pages

CYRILLIC = "<html><head><meta charset='{cs}'></head><body><p>{text}</p></body></html>"
RUSSIAN = "Москва, 1 мая. Фото: ТАСС"


def test_truncated_page_gives_a_result() -> None:
    for cut in (len(ARTICLE) // 3, len(ARTICLE) // 2, len(ARTICLE) - 20):
        article = newsclean.clean(ARTICLE[:cut])
        assert article.blocks


def test_truncated_inside_a_tag_or_entity() -> None:
    for tail in ("<p cla", "<p class='x", "&am", "&#x41", "<!-- never closed", "<script>var a = 1;", "</",
                 "<![CDATA[ x"):
        article = newsclean.clean(ARTICLE.replace("</body></html>", "") + tail)
        assert "farmers moved their herds" in _words(article)


def test_truncated_utf8_sequence() -> None:
    data = (ARTICLE.replace("Ana Ruiz", "Ana Ruíz") + "<p>Привет").encode()[:-1]
    assert "Ruíz" in _words(newsclean.clean(data))


def test_lying_charset_declaration_utf8_bytes() -> None:
    data = CYRILLIC.format(cs="windows-1251", text=RUSSIAN).encode("utf-8")
    assert RUSSIAN in _words(newsclean.clean(data))


def test_lying_charset_declaration_cp1251_bytes_declared_utf8() -> None:
    data = CYRILLIC.format(cs="utf-8", text=RUSSIAN).encode("cp1251")
    article = newsclean.clean(data)
    assert RUSSIAN in _words(article)
    assert any("declares utf-8" in w for w in article.warnings)


def test_true_charset_declaration() -> None:
    for codec in ("cp1251", "koi8-r", "iso-8859-5"):
        data = CYRILLIC.format(cs=codec, text=RUSSIAN).encode(codec)
        assert RUSSIAN in _words(newsclean.clean(data)), codec


# Pages in a legacy East Asian encoding that declare none: read by which encoding makes text of its language.
JAPANESE = "港の朝市が三年ぶりに再開した。市は来月から毎週日曜日に開くと発表し、漁師たちは新しい屋台を準備している。"
EAST_ASIAN = [
    ("shift_jis", JAPANESE),
    ("euc-jp", JAPANESE),
    ("gbk", "港口的早市在三年后重新开放。市政府表示，从下个月起每个星期日都会开市，渔民们正在准备新的摊位。"),
    ("big5", "港口的早市在三年後重新開放。市政府表示，從下個月起每個星期日都會開市，漁民們正在準備新的攤位。"),
    ("euc-kr", "항구의 아침 시장이 삼 년 만에 다시 열렸다. 시는 다음 달부터 매주 일요일에 시장을 연다고 밝혔고 "
               "어부들은 새 가판대를 준비하고 있다."),
]


@pytest.mark.parametrize(("codec", "text"), EAST_ASIAN, ids=[codec for codec, _ in EAST_ASIAN])
def test_undeclared_east_asian_encoding(codec: str, text: str) -> None:
    data = f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>".encode(codec)
    assert text in _words(newsclean.clean(data))


def test_undeclared_cyrillic_encodings() -> None:
    for codec in ("cp1251", "koi8-r"):
        data = f"<html><body><p>{RUSSIAN}. Сегодня в городе открылся новый рынок.</p></body></html>".encode(codec)
        assert RUSSIAN in _words(newsclean.clean(data)), codec


def test_declared_charset_unknown_or_not_an_encoding() -> None:
    for name in ("no-such-charset", "unicode_escape", "rot13", "base64", "idna", "utf-16", "x-user-defined"):
        data = CYRILLIC.format(cs=name, text="Caf\\u00e9 é").encode("utf-8")
        assert "Caf\\u00e9 é" in _words(newsclean.clean(data)), name


def test_str_with_a_charset_declaration_is_not_decoded_again() -> None:
    page = CYRILLIC.format(cs="windows-1251", text=RUSSIAN)
    assert RUSSIAN in _words(newsclean.clean(page))


def test_mixed_utf8_and_windows_1252() -> None:
    data = "<html><body><p>Grüße aus Köln – ".encode() + b"caf\xe9 \x93quoted\x94</p></body></html>"
    article = newsclean.clean(data)
    assert "Grüße aus Köln – café “quoted”" in _words(article)
    assert any("mixes UTF-8" in w for w in article.warnings)


def test_utf16_with_and_without_bom() -> None:
    for codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        data = ARTICLE.replace("Ana Ruiz", "Ана Руис").encode(codec)
        assert "Ана Руис" in _words(newsclean.clean(data)), codec


def test_utf8_bom() -> None:
    assert newsclean.clean(b"\xef\xbb\xbf" + ARTICLE.encode()).title == "Rain Returns to the Valley"


def test_nul_bytes_and_control_characters_inside_a_page() -> None:
    for junk in ("\x00", "\x01", "\x0b", "\x1f", "\ufffe", "\uffff"):
        page = ARTICLE.replace("farmers", f"farm{junk}ers").replace("Officials", f"Offi{junk * 3}cials")
        words = _words(newsclean.clean(page))
        assert "farmers" in words and "Officials" in words, repr(junk)
        words = _words(newsclean.clean(page.encode("utf-8")))
        assert "farmers" in words, repr(junk)


def test_lone_surrogates_become_replacement_characters() -> None:
    page = ARTICLE.replace("farmers", "farm\udcffers")
    assert "farm\ufffders" in _words(newsclean.clean(page))


def test_undecidable_bytes_lose_no_character() -> None:
    data = b"<html><body><p>" + bytes(range(0x80, 0x100)) + b" end</p></body></html>"
    article = newsclean.clean(data)
    text = _words(article).replace(" ", "")
    assert len(re.sub(r"\s", "", text)) >= 0x80 - 2 and text.endswith("end")


def test_decode_never_raises_on_text_like_bytes() -> None:
    for data in (b"<p>\xc3</p>", b"<p>\xed\xa0\x80</p>", b"<p>\xf4\x90\x80\x80</p>", b"<p>\xc0\xaf</p>",
                 b"<meta charset=utf-8><p>\xff\xfe</p>"):
        assert decode(data)


def test_xml_declaration_and_xhtml() -> None:
    page = "<?xml version='1.0' encoding='iso-8859-1'?>" + ARTICLE.replace("<html>", "<html xmlns='http://www.w3.org/1999/xhtml'>")
    assert "farmers moved" in _words(newsclean.clean(page.encode("utf-8")))


def test_text_that_only_looks_like_binary_is_text() -> None:
    text = "Line one\x1b[0m coloured\nLine two\n" * 20
    assert newsclean.clean(text).blocks


def test_lxml_element_tree_and_soup_are_pages() -> None:
    root = lxml_html.document_fromstring(ARTICLE)
    assert newsclean.clean(root).title == "Rain Returns to the Valley"
    assert newsclean.clean(root.getroottree()).title == "Rain Returns to the Valley"
    assert newsclean.clean(root.find("body")).title == "Rain Returns to the Valley"
    bs4 = pytest.importorskip("bs4")
    assert newsclean.clean(bs4.BeautifulSoup(ARTICLE, "html.parser")).title == "Rain Returns to the Valley"


def test_input_format_forces() -> None:
    assert newsclean.clean("<p>a</p>", options=Options(input_format="text")).blocks[0].text == "<p>a</p>"
    assert newsclean.clean("just words", options=Options(input_format="html")).blocks[0].text == "just words"


def test_only_markup_no_text_is_an_empty_article_not_an_error() -> None:
    article = newsclean.clean("<html><head><title>t</title></head><body><div></div></body></html>")
    assert article.blocks == () and article.body == ""


def test_json_in_the_head_nested_past_the_json_modules_limit() -> None:
    deep = "[" * 100_000
    for head in (f"<script type='application/ld+json'>{deep}</script>",
                 f"<meta name='parsely-page' content='{deep}'>"):
        article = newsclean.clean(ARTICLE.replace("<title>", head + "<title>"))
        assert "farmers moved their herds" in _words(article)


def test_malformed_urls_in_the_page_and_the_argument() -> None:
    page = ARTICLE.replace("<title>", "<link rel='canonical' href='http://[broken'><title>").replace(
        "farmers", "<a href='//[::1'>farmers</a>")
    for url in (None, "http://[bad", "https://example.com:99999/x", ""):
        assert "farmers" in _words(newsclean.clean(page, url=url))
    with pytest.raises(InputError, match="url must be a str"):
        newsclean.clean(page, url=b"https://example.com")  # type: ignore[arg-type]


def test_a_nul_inside_a_declared_charset_name() -> None:
    """Found by fuzzing: bs4's detector passed on 'w\\x00{a...indows-1251' and codecs.lookup raised ValueError."""
    data = (b"<html><head><meta charset='w\x00{a\x15J\xaa\xec\xe3indows-1251'></head>"
            b"<body><p>Von Anna \xe9</p></body></html>")
    assert "Von Anna" in _words(newsclean.clean(data))


def test_the_fast_control_check_agrees_with_the_pattern() -> None:
    """load's C-speed test for characters XML cannot hold gives the pattern's answer for every character
    that matters: the C0 range, surrogates, U+FFFE/U+FFFF and their neighbours, and multibyte text."""
    from newsclean.load import _CONTROL, _has_control

    points = [*range(0x0, 0x800), *range(0xD700, 0xE100), *range(0xFFF0, 0x10000), 0x10000, 0x10FFFF]
    for point in points:
        text = f"a{chr(point)}b"
        assert _has_control(text) == bool(_CONTROL.search(text)), hex(point)

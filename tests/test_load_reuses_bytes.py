"""load hands a UTF-8 page's own bytes to libxml2 instead of encoding its text again; the tree must be
the one the text gives whenever load changes the text first (XML declaration, control characters, BOM)."""

from __future__ import annotations

import pytest
from lxml import etree

from newsclean.load import _has_control, load
from newsclean.options import Options

BODY = "<html><body><p>Caf\u00e9 au lait \u201cnow\u201d</p></body></html>"


@pytest.mark.parametrize("page", [
    BODY,
    "<?xml version='1.0' encoding='iso-8859-1'?>" + BODY,
    "  <?XML version='1.0'?>\n" + BODY,
    BODY.replace("lait", "la\x01it"),
    BODY.replace("lait", "la\ufffeit"),
    "\ufeff" + BODY,
])
def test_bytes_and_text_give_the_same_tree(page: str) -> None:
    from_bytes = load(page.encode("utf-8"), Options())
    from_text = load(page, Options())
    assert etree.tostring(from_bytes.root) == etree.tostring(from_text.root)
    assert from_bytes.warnings == from_text.warnings


def test_the_control_check_reads_the_given_bytes() -> None:
    text = "a\ufffeb"
    assert _has_control(text, text.encode("utf-8")) and _has_control("a\x02b", b"a\x02b")
    assert not _has_control("ab", b"ab")


def test_a_page_of_only_spaces_and_byte_order_marks_is_empty() -> None:
    from newsclean.errors import InputError

    for page in ("\ufeff \u3000\n", "\ufeff"):
        with pytest.raises(InputError, match="empty"):
            load(page, Options())
    assert load("\ufeff x", Options()).text == "\ufeff x"

"""Plain text is split into lines; wrapped paragraphs are joined; short interface lines stay apart."""

from __future__ import annotations

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

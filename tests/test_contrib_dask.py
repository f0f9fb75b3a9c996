"""clean_bag on Dask's synchronous scheduler: records in, cleaned records out, bad pages as errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _pipeline_pages import article_page, write_jsonl
from newsclean import Options
from newsclean.batch import RecordFields

db = pytest.importorskip("dask.bag")
from newsclean.contrib.dask import clean_bag  # noqa: E402

URL = "https://valleypost.example/news/{}"


def compute(bag: object) -> list[dict[str, object]]:
    return list(bag.compute(scheduler="synchronous"))  # type: ignore[attr-defined]


def test_records_become_flat_cleaned_records_in_order() -> None:
    items = [{"id": f"r{n}", "url": URL.format(n), "html": article_page(n, title=f"Bridge Story {n}")}
             for n in range(5)]
    out = compute(clean_bag(db.from_sequence(items, npartitions=2)))
    assert [(r["key"], r["url"], r["title"], r["authors"], r["error"]) for r in out] == [
        (f"r{n}", URL.format(n), f"Bridge Story {n}", ["Ana Ruiz"], None) for n in range(5)]
    assert set(out[0]) == {"key", "url", "title", "authors", "published", "language", "is_article", "body", "error"}


def test_a_bad_page_becomes_an_error_and_the_job_goes_on() -> None:
    out = compute(clean_bag(db.from_sequence([article_page(), "", {"url": "x"}], npartitions=1),
                            values=("title",)))
    assert [r["title"] is not None for r in out] == [True, False, False]
    assert str(out[1]["error"]).startswith("InputError: ") and "no 'html' or 'text' field" in str(out[2]["error"])


def test_full_records_are_those_newsclean_batch_writes() -> None:
    (record,) = compute(clean_bag(db.from_sequence([{"id": "a", "html": article_page()}]), values=None))
    assert record["key"] == "a" and record["schema_version"] == 1 and record["blocks"]


def test_options_and_field_names_are_used(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "pages.jsonl", [{"doc": "d1", "raw": "Bridge Repaired\n\n" + "It reopened. " * 9}])
    bag = db.read_text(str(source)).map(json.loads)
    out = compute(clean_bag(bag, Options(input_format="text"), fields=RecordFields(html="raw", id="doc"),
                            values=("blocks",)))
    assert out[0]["key"] == "d1" and out[0]["blocks"][0]["source"] == "line:1"  # type: ignore[index]


def test_an_unknown_value_is_refused_before_the_job_runs() -> None:
    with pytest.raises(ValueError, match="unknown value 'bodyy'"):
        clean_bag(db.from_sequence([article_page()]), values=("bodyy",))

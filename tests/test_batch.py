"""clean_many: results in input order, on one or several processes, with errors raised or returned."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator

import pytest

import newsclean
from _pipeline_pages import article_page
from newsclean import Article, Cleaner, InputError, Options
from newsclean.batch import Page, PageError, clean_many, to_page

URL = "https://valleypost.example/news/{}"


def pages(count: int) -> list[tuple[str, str]]:
    return [(article_page(n, title=f"Bridge Story Number {n}"), URL.format(n)) for n in range(count)]


def test_results_come_in_input_order_and_equal_one_by_one_cleaning() -> None:
    items = pages(12)
    expected = [newsclean.clean(markup, url).to_dict() for markup, url in items]
    for processes in (1, 2):
        got = [article.to_dict() for article in clean_many(items, processes=processes, chunksize=2)]
        assert got == expected


def test_items_may_be_markup_pairs_records_or_pages() -> None:
    markup = article_page(1)
    items = [markup, markup.encode(), (markup, URL.format(2)),
             {"html": markup, "url": URL.format(3), "id": "r3"}, Page("p4", markup, URL.format(4))]
    urls = [article.url for article in clean_many(items, processes=2)]
    assert urls == [None, None, URL.format(2), URL.format(3), URL.format(4)]


def test_a_text_record_is_cleaned_as_plain_text() -> None:
    text = "Council Votes to Repair the Old Bridge\n\nBy Ana Ruiz\n\n" + "The council met on Tuesday. " * 9
    (article,) = clean_many([{"text": text}])
    assert all(block.source.startswith("line:") for block in article.blocks)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_bad_page_raises_by_default_after_the_pages_before_it(processes: int) -> None:
    results = clean_many([article_page(), "", article_page()], processes=processes)
    assert isinstance(next(results), Article)
    with pytest.raises(InputError, match="empty"):
        next(results)


def test_with_return_errors_a_bad_page_gives_an_error_in_its_place() -> None:
    items = [article_page(), "   ", {"url": "https://x.example/"}, article_page()]
    results = list(clean_many(items, processes=2, return_errors=True))
    assert [type(result) for result in results] == [Article, PageError, PageError, Article]
    empty, no_html = results[1], results[2]
    assert isinstance(empty, PageError) and (empty.key, empty.error) == ("1", "InputError")
    assert isinstance(no_html, PageError) and "no 'html' or 'text' field" in no_html.message
    assert no_html.to_dict() == {"key": "2", "schema_version": 1, "url": "https://x.example/",
                                 "error": "InputError", "message": no_html.message}


def test_options_reach_the_workers() -> None:
    options = Options(input_format="text")
    (article,) = clean_many([article_page()], processes=2, options=options)
    assert article.blocks[0].source == "line:1"


def test_the_pool_reads_only_a_few_chunks_ahead_of_the_consumer() -> None:
    taken = itertools.count()

    def endless() -> Iterator[str]:
        page = article_page()
        while True:
            next(taken)
            yield page

    results = clean_many(endless(), processes=2, chunksize=2)
    assert len(list(itertools.islice(results, 5))) == 5
    results.close()  # type: ignore[attr-defined]
    assert next(taken) < 40


def test_bad_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="processes"):
        list(clean_many([article_page()], processes=0))
    with pytest.raises(ValueError, match="chunksize"):
        list(clean_many([article_page()], processes=2, chunksize=0))


def test_a_cleaner_pickles_as_its_options() -> None:
    options = Options(outlet_rules=False, language="en")
    copy = pickle.loads(pickle.dumps(Cleaner(options)))
    assert isinstance(copy, Cleaner) and copy.options == options


def test_record_keys_come_from_the_id_field_else_the_position() -> None:
    assert to_page({"id": 7, "html": "<p>x</p>"}, 0).key == "7"
    assert to_page({"id": True, "html": "<p>x</p>"}, 3).key == "3"
    assert to_page({"html": 5}, 4).problem == "the record's page is not a string but int"

"""clean_column on a local[1] Spark session: a pandas UDF over an HTML column.

Starting Spark takes half a minute or more on a small machine: set NEWSCLEAN_SKIP_SLOW=1 to skip this module.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from _pipeline_pages import article_page
from newsclean import Options

if os.environ.get("NEWSCLEAN_SKIP_SLOW") == "1":
    pytest.skip("NEWSCLEAN_SKIP_SLOW=1: Spark start-up is slow", allow_module_level=True)
if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)
pyspark_sql = pytest.importorskip("pyspark.sql")
pytest.importorskip("pyarrow")
from newsclean.contrib.spark import clean_column, spark_schema  # noqa: E402

URL = "https://valleypost.example/news/bridge"
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors' Python must have newsclean
    session = (pyspark_sql.SparkSession.builder.master("local[1]").appName("newsclean-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if previous is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = previous


def test_an_html_column_becomes_a_struct_of_values_with_nulls_and_an_error_for_bad_pages(spark: Any) -> None:
    rows = [("a", article_page(), URL), ("b", "   ", None), ("c", None, None)]
    frame = spark.createDataFrame(rows, "id string, html string, url string")
    values = ("title", "authors", "is_article", "blocks")
    cleaned = frame.withColumn("clean", clean_column("html", "url", values=values)).select("id", "clean.*")
    assert cleaned.schema.simpleString() == "struct<id:string,title:string,authors:array<string>," \
                                            "is_article:boolean,blocks:string,error:string>"
    got = {row["id"]: row.asDict() for row in cleaned.collect()}
    assert (got["a"]["title"], got["a"]["authors"], got["a"]["is_article"], got["a"]["error"]) == (
        "Council Votes to Repair the Old Bridge", ["Ana Ruiz"], True, None)
    assert json.loads(got["a"]["blocks"])[0]["role"] == "boilerplate"
    assert got["b"]["title"] is None and got["b"]["error"].startswith("InputError: ")
    assert got["c"]["error"] == "InputError: the page is null, not a string"


def test_options_travel_to_the_executors(spark: Any) -> None:
    frame = spark.createDataFrame([("Bridge Repaired\n\n" + "It reopened. " * 9,)], "page string")
    (row,) = frame.select(clean_column(frame.page, options=Options(input_format="text"),
                                       values=("blocks",)).alias("c")).collect()
    assert json.loads(row["c"]["blocks"])[0]["source"] == "line:1"


def test_the_schema_names_each_value_with_its_type() -> None:
    assert spark_schema(("body", "warnings")) == "body string, warnings array<string>, error string"

"""The examples in docs/integrations/ run: each page's Python blocks before its "On a cluster" section."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs" / "integrations"
NEEDS = {"python-batch.md": None, "dask.md": "dask.bag", "spark.md": "pyspark"}


def example(page: Path) -> str:
    """The page's ```python blocks up to the cluster section, as one script."""
    text = page.read_text(encoding="utf-8").split("\n## On a cluster")[0]
    return "\n".join(re.findall(r"^```python\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL))


def test_every_integration_page_has_an_example_here() -> None:
    assert {p.name for p in DOCS.glob("*.md")} == {*NEEDS, "scrapy.md"}  # scrapy: see test_contrib_scrapy


@pytest.mark.parametrize("name", sorted(NEEDS))
def test_the_example_runs(name: str, tmp_path: Path) -> None:
    if NEEDS[name]:
        pytest.importorskip(NEEDS[name])
    if name == "spark.md" and os.environ.get("NEWSCLEAN_SKIP_SLOW") == "1":
        pytest.skip("NEWSCLEAN_SKIP_SLOW=1: Spark start-up is slow")
    script = example(DOCS / name)
    assert script.strip()
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Rain Returns to the Valley" in done.stdout

"""The benchmark's body F1 and its paired bootstrap (bench/metric.py), on small invented pages."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def metric() -> ModuleType:
    path = Path(__file__).parent.parent / "bench" / "metric.py"
    spec = importlib.util.spec_from_file_location("bench_metric", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


TRUTHS = [f"The council met on day {i} and voted to repair the old stone bridge before the winter floods came."
          for i in range(40)]


def test_a_tool_against_itself_differs_by_nothing(metric: ModuleType) -> None:
    result = metric.paired_bootstrap(TRUTHS, TRUTHS, TRUTHS, resamples=200)
    assert result.difference == result.low == result.high == 0.0 and result.ahead == 0.0


def test_a_tool_that_adds_boilerplate_to_every_page_is_behind_on_every_resample(metric: ModuleType) -> None:
    noisy = [t + " Subscribe to our newsletter for the latest updates every single morning." for t in TRUTHS]
    result = metric.paired_bootstrap(TRUTHS, TRUTHS, noisy, resamples=200)
    assert result.difference > 0 and result.low > 0 and result.ahead == 1.0
    assert result.difference == pytest.approx(1.0 - metric.body_f1(zip(TRUTHS, noisy, strict=True)).f1)


def test_one_lucky_page_leaves_the_interval_across_zero(metric: ModuleType) -> None:
    """Two tools that differ on one page of forty: the difference is real on the set, but a resample often
    leaves that page out, so the interval reaches zero and the tool is not ahead on every resample."""
    second = [*TRUTHS[:-1], "Nothing to do with the story at all."]
    result = metric.paired_bootstrap(TRUTHS, TRUTHS, second, resamples=500)
    assert result.difference > 0 and result.low == 0.0 and result.ahead < 1.0

"""Body F1 as article-extraction-benchmark publishes it (MIT): word 4-gram shingles, averaged P and R.

Per page, true/false positives and negatives are counted over shingle multisets and normalised by their
sum; precision and recall are averaged over the pages where they are defined, and F1 is taken from the
averages. A page whose shingles match exactly scores 1 on both.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"\w+")
Shingle = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BodyScore:
    f1: float
    precision: float
    recall: float
    n: int


def shingles(text: str, n: int = 4) -> Counter[Shingle]:
    """Word n-grams of the text with their counts; a text shorter than n words is one shingle."""
    words = WORD.findall(text)
    if not words:
        return Counter()
    if len(words) < n:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def page_scores(truth: str, prediction: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where it is undefined (nothing predicted / nothing expected)."""
    want, got = shingles(truth), shingles(prediction)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    if fp == fn == 0:
        return (1.0 if tp else None), (1.0 if tp else None)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def body_f1(pairs: Iterable[tuple[str, str]]) -> BodyScore:
    """The benchmark's figures over (truth, prediction) pairs."""
    precisions: list[float] = []
    recalls: list[float] = []
    n = 0
    for truth, prediction in pairs:
        n += 1
        precision, recall = page_scores(truth, prediction)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p, r = mean(precisions), mean(recalls)
    return BodyScore(2 * p * r / (p + r) if p + r else 0.0, p, r, n)


@dataclass(frozen=True, slots=True)
class Bootstrap:
    """The F1 difference of two tools over the same pages, with its paired-bootstrap spread."""

    difference: float  # F1 of the first tool minus F1 of the second, on the pages as they are
    low: float  # 2.5th percentile of the difference over resamples
    high: float  # 97.5th percentile
    ahead: float  # share of resamples in which the first tool's F1 is the higher
    resamples: int


def paired_bootstrap(truths: list[str], first: list[str], second: list[str], resamples: int = 2000,
                     seed: int = 0) -> Bootstrap:
    """Resample pages with replacement, the same pages for both tools, and recompute both F1s each time:
    how much of the difference could be which pages happened to be in the set."""
    firsts = [page_scores(t, p) for t, p in zip(truths, first, strict=True)]
    seconds = [page_scores(t, p) for t, p in zip(truths, second, strict=True)]
    pages = range(len(truths))
    rng = random.Random(seed)
    differences = []
    for _ in range(resamples):
        sample = rng.choices(pages, k=len(truths))
        differences.append(_f1_of(firsts, sample) - _f1_of(seconds, sample))
    differences.sort()
    everything = list(pages)
    return Bootstrap(
        difference=_f1_of(firsts, everything) - _f1_of(seconds, everything),
        low=differences[int(0.025 * resamples)],
        high=differences[min(resamples - 1, int(0.975 * resamples))],
        ahead=sum(d > 0 for d in differences) / resamples,
        resamples=resamples,
    )


def _f1_of(scores: list[tuple[float | None, float | None]], sample: Iterable[int]) -> float:
    precisions, recalls = [], []
    for i in sample:
        precision, recall = scores[i]
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p, r = mean(precisions), mean(recalls)
    return 2 * p * r / (p + r) if p + r else 0.0

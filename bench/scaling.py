"""Time per page against page size: synthetic pages of growing size, real pages with their body repeated,
and the real pages slowest per KB.

    python bench/scaling.py --pages ../shared/eval/aeb/html --truth ../shared/eval/aeb/ground-truth.json
    python bench/scaling.py --pages ../shared/eval/aeb/html --tools newsclean --factors 1,10 --sample 3

A linear pipeline shows a flat ms/KB column and a 10x page costing about 10x the time. Every time is
the fastest of --repeat calls on the same page (the least disturbed one), by CPU time unless --clock wall.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pages import Page, load_pages
from peers import SPECS, Tool, call, load_tools

DEFAULT_FACTORS = (1, 2, 4, 8, 10, 16, 32)
BODY_OPEN = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
BODY_CLOSE = re.compile(rb"</body\s*>", re.IGNORECASE)
VOCABULARY = (
    "the council said river water farmers city report week people year new government plan after "
    "before officials market school police health local state minister election court price energy "
    "workers residents road housing budget rain storm village hospital data study research company"
)
WORDS = tuple(VOCABULARY.split())
UNITS_PER_FACTOR = 4  # sections in the 1x synthetic page: about 12 KB, a 1,500-word article


@dataclass(frozen=True, slots=True)
class Point:
    factor: int
    kb: float
    ms: float

    @property
    def ms_per_kb(self) -> float:
        return self.ms / self.kb if self.kb else 0.0


@dataclass(frozen=True, slots=True)
class PageCost:
    name: str
    kb: float
    ms: float

    @property
    def ms_per_kb(self) -> float:
        return self.ms / self.kb if self.kb else 0.0


# ---------------------------------------------------------------- pages of growing size


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return "<p>" + " ".join(sentence(rng) for _ in range(rng.randint(2, 5))) + "</p>"


def unit(i: int) -> str:
    """One article section: a subheading, paragraphs with a link, a figure, and a promo box."""
    rng = random.Random(i)
    paragraphs = "".join(paragraph(rng) for _ in range(6))
    return (
        f"<h2>{sentence(rng)}</h2>{paragraphs}"
        f'<p>{sentence(rng)} <a href="/news/{i}">{sentence(rng)}</a></p>'
        f'<figure><img src="/img/{i}.jpg" alt="">'
        f"<figcaption>{sentence(rng)} Photo: Agency</figcaption></figure>"
        f'<div class="newsletter-promo"><p>Sign up for our daily newsletter.</p>'
        f'<form action="/subscribe"><input name="email"></form></div>'
    )


def synthetic_page(units: int) -> bytes:
    """A news page whose article holds `units` sections, inside the usual header, nav, aside and footer."""
    nav = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>' for w in WORDS[:12])
    related = "".join(f'<li><a href="/story/{i}">{sentence(random.Random(-i))}</a></li>' for i in range(1, 6))
    article = "".join(unit(i) for i in range(units))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River rises in the valley</title>'
        "</head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header>"
        '<main><article><h1>River rises in the valley</h1><p class="byline">By Ana Ruiz</p>'
        f"{article}</article>"
        f"<aside><h3>Related</h3><ul>{related}</ul></aside></main>"
        "<footer><p>© 2024 The Valley Courier. All rights reserved.</p></footer></body></html>"
    ).encode()


def repeat_body(page: Page, times: int) -> bytes:
    """The page with the content of its <body> repeated; the whole page repeated when there is no body tag."""
    opened, closed = BODY_OPEN.search(page.data), None
    if opened:
        closed = max(BODY_CLOSE.finditer(page.data, opened.end()), key=lambda m: m.start(), default=None)
    if not opened or not closed:
        return page.data * times
    head, inner, tail = (
        page.data[: opened.end()],
        page.data[opened.end() : closed.start()],
        page.data[closed.start() :],
    )
    return head + inner * times + tail


# ---------------------------------------------------------------- timing


TIMERS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


@dataclass(frozen=True, slots=True)
class Stopwatch:
    repeat: int  # calls per page; the fastest counts
    timer: Callable[[], float]

    def ms(self, tool: Tool, data: bytes, url: str | None) -> float:
        best = math.inf
        for _ in range(self.repeat):
            start = self.timer()
            call(tool, data, url)
            best = min(best, self.timer() - start)
        return best * 1000


def synthetic_curve(tool: Tool, factors: list[int], watch: Stopwatch) -> list[Point]:
    points = []
    for factor in factors:
        data = synthetic_page(factor * UNITS_PER_FACTOR)
        points.append(Point(factor, len(data) / 1024, watch.ms(tool, data, None)))
    return points


def real_curve(tool: Tool, sample: list[Page], factors: list[int], watch: Stopwatch) -> list[Point]:
    """Per factor, the mean size and mean time over the sample pages with their body repeated."""
    points = []
    for factor in factors:
        kb = ms = 0.0
        for page in sample:
            data = repeat_body(page, factor)
            kb += len(data) / 1024
            ms += watch.ms(tool, data, page.url)
        points.append(Point(factor, kb / len(sample), ms / len(sample)))
    return points


def page_costs(tool: Tool, pages: list[Page], watch: Stopwatch) -> list[PageCost]:
    return [PageCost(p.name, p.kb, watch.ms(tool, p.data, p.url)) for p in pages]


def median_sized(pages: list[Page], n: int) -> list[Page]:
    """The n pages nearest the median size."""
    middle = statistics.median(p.kb for p in pages)
    return sorted(pages, key=lambda p: abs(p.kb - middle))[:n]


# ---------------------------------------------------------------- report


def time_at(points: list[Point], kb: float) -> float | None:
    """The time for a page of `kb`, interpolated between the two measured pages around it."""
    for a, b in itertools.pairwise(points):
        if a.kb <= kb <= b.kb:
            return a.ms + (b.ms - a.ms) * (kb - a.kb) / (b.kb - a.kb)
    return None


def tenfold(points: list[Point]) -> float | None:
    """The time for a page 10x the size of the smallest, as a multiple of the smallest's time."""
    first = points[0]
    ms = time_at(points, 10 * first.kb)
    return ms / first.ms if ms is not None and first.ms else None


def exponent(points: list[Point]) -> float | None:
    """k in time ~ size^k between the smallest and the largest page: 1 is linear."""
    first, last = points[0], points[-1]
    if last.kb <= first.kb or not first.ms:
        return None
    return math.log(last.ms / first.ms) / math.log(last.kb / first.kb)


def print_curve(title: str, points: list[Point]) -> None:
    print(f"\n{title}\n  factor        KB    ms/page    ms/KB  time/1x")
    base = points[0].ms or 1.0
    for p in points:
        print(f"  {p.factor:>5}x {p.kb:>9.1f} {p.ms:>10.2f} {p.ms_per_kb:>8.4f} {p.ms / base:>8.2f}")
    by_factor = {p.factor: p for p in points}
    if 1 in by_factor and 10 in by_factor:
        one, ten = by_factor[1], by_factor[10]
        print(f"  10x the content: {ten.kb / one.kb:.1f}x the bytes, {ten.ms / one.ms:.1f}x the time (target: 12x)")
    tenfold_ms = tenfold(points)
    if tenfold_ms is not None:
        print(f"  10x the bytes of the smallest page (interpolated): {tenfold_ms:.1f}x the time")
    k = exponent(points)
    if k is not None:
        print(f"  time grows as size^{k:.2f} from {points[0].factor}x to {points[-1].factor}x (1.00 = linear)")


def print_slowest(costs: list[PageCost], n: int) -> float:
    median = statistics.median(c.ms_per_kb for c in costs)
    print(f"\n  slowest pages per KB (median {median:.4f} ms/KB over {len(costs)} pages; none should be 20x)")
    print("    x median    ms/KB       KB        ms  page")
    for c in sorted(costs, key=lambda c: c.ms_per_kb, reverse=True)[:n]:
        ratio = c.ms_per_kb / median if median else 0.0
        print(f"    {ratio:>8.1f} {c.ms_per_kb:>8.4f} {c.kb:>8.1f} {c.ms:>9.2f}  {c.name}")
    return median


# ---------------------------------------------------------------- main


def run_tool(tool: Tool, pages: list[Page], args: argparse.Namespace) -> dict[str, Any]:
    print(f"\n== {tool.name} {tool.version}")
    warm_up = pages[0] if pages else Page("synthetic", synthetic_page(1))
    call(tool, warm_up.data, warm_up.url)
    figures: dict[str, Any] = {"version": tool.version}
    watch = Stopwatch(args.repeat, TIMERS[args.clock])
    synthetic = synthetic_curve(tool, args.factors, watch)
    print_curve("synthetic pages (sections of paragraphs, a figure and a promo, repeated)", synthetic)
    figures["synthetic"] = [asdict(p) for p in synthetic]
    if pages:
        sample = median_sized(pages, args.sample)
        real = real_curve(tool, sample, args.factors, watch)
        print_curve(f"real pages with their body repeated (mean of the {len(sample)} nearest the median size)", real)
        costs = page_costs(tool, pages, watch)
        figures["real"] = [asdict(p) for p in real]
        figures["median_ms_per_kb"] = print_slowest(costs, args.slowest)
        figures["pages"] = [asdict(c) for c in costs]
    return figures


def factor_list(text: str) -> list[int]:
    factors = sorted({int(f) for f in text.split(",") if f.strip()})
    if not factors or factors[0] < 1:
        raise argparse.ArgumentTypeError("factors are whole numbers from 1")
    return factors


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--pages", type=Path, help="folder of .html / .html.gz pages (real-page runs)")
    ap.add_argument("--truth", type=Path, help="AEB ground-truth.json, for the pages' URLs")
    ap.add_argument("--tools", default="newsclean,trafilatura", help=f"comma-separated, of: {', '.join(SPECS)}")
    ap.add_argument("--factors", type=factor_list, default=list(DEFAULT_FACTORS), help="size multiples")
    ap.add_argument("--sample", type=int, default=8, help="real pages repeated per factor (default 8)")
    ap.add_argument("--limit", type=int, help="the first N real pages only")
    ap.add_argument("--repeat", type=int, default=3, help="calls per page; the fastest counts (default 3)")
    ap.add_argument("--clock", choices=list(TIMERS), default="cpu", help="time calls by (default cpu)")
    ap.add_argument("--slowest", type=int, default=10, help="how many of the slowest pages per KB to list")
    ap.add_argument("--json", type=Path, help="write every figure to this file")
    args = ap.parse_args(argv)
    if args.pages is not None and not args.pages.is_dir():
        ap.error(f"--pages: no such folder: {args.pages}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pages = load_pages(args.pages, args.truth, args.limit) if args.pages else []
    tools, notes = load_tools([t.strip() for t in args.tools.split(",") if t.strip()])
    for note in notes:
        print(f"note: {note}")
    results = {tool.name: run_tool(tool, pages, args) for tool in tools}
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where a tool's time goes: cProfile over the pages, the top functions by own time and by cumulative time.

    python bench/hotspots.py --pages ../shared/eval/aeb/html --truth ../shared/eval/aeb/ground-truth.json
    python bench/hotspots.py --pages ../shared/eval/aeb/html --tool trafilatura --top 15 --out prof.pstats

cProfile adds a cost per Python call, so times are inflated, most for code making many small calls: read
the ranking, not the milliseconds (bench.py gives those). --out keeps the stats for snakeviz/pstats.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

from pages import Page, load_pages
from peers import SPECS, Tool, call, load_tool


def profile(tool: Tool, pages: list[Page]) -> pstats.Stats:
    call(tool, pages[0].data, pages[0].url)  # set-up and first-call caches stay out of the profile
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        call(tool, page.data, page.url)
    profiler.disable()
    return pstats.Stats(profiler)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--pages", type=Path, required=True, help="folder of .html / .html.gz pages")
    ap.add_argument("--truth", type=Path, help="AEB ground-truth.json, for the pages' URLs")
    ap.add_argument("--tool", default="newsclean", choices=list(SPECS))
    ap.add_argument("--limit", type=int, help="the first N pages only")
    ap.add_argument("--top", type=int, default=25, help="functions listed per ranking (default 25)")
    ap.add_argument("--out", type=Path, help="write the raw stats here (pstats format)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pages = load_pages(args.pages, args.truth, args.limit)
    if not pages:
        print(f"no pages in {args.pages}")
        return 0
    stats = profile(load_tool(args.tool), pages)
    print(f"{args.tool} over {len(pages)} pages")
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    if args.out:
        stats.dump_stats(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CPU time of this checkout's newsclean against an earlier commit's, in one process.

    python bench/ab.py --base 8985845 --pages ../shared/eval/aeb/html --truth ../shared/eval/aeb/ground-truth.json

The machine's speed drifts between runs by more than most changes gain, so two versions are timed in
the same process, in alternating rounds over the same pages: the base commit's ``src/newsclean`` is
exported with ``git archive`` and imported under another package name (with its own rule files), beside
the checkout's. Prints each version's best and median ms per page, and their ratios.
"""

from __future__ import annotations

import argparse
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

from pages import Page, load_pages

ROOT = Path(__file__).resolve().parent.parent
BASE_PACKAGE = "newsclean_base"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the git revision to compare with (a commit, tag or branch)")
    parser.add_argument("--pages", required=True, type=Path, help="folder of .html / .html.gz pages")
    parser.add_argument("--truth", type=Path, help="AEB ground-truth.json: the pages' URLs")
    parser.add_argument("--rounds", type=int, default=8, help="timed passes per version (default 8)")
    parser.add_argument("--limit", type=int, help="the first N pages only")
    args = parser.parse_args()
    pages = load_pages(args.pages, args.truth, args.limit)
    with tempfile.TemporaryDirectory() as folder:
        base = import_revision(args.base, Path(folder))
        current = importlib.import_module("newsclean")
        times = compare({args.base: base.Cleaner(), "checkout": current.Cleaner()}, pages, args.rounds)
    report(times)


def import_revision(revision: str, folder: Path) -> Any:
    """The revision's newsclean, imported as ``newsclean_base``: its package and rule files from git, with
    the one place that names the package (the rule files' lookup) renamed."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src/newsclean"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(folder, filter="data")
        else:  # git's archive of the project's own files
            tar.extractall(folder)
    package = folder / BASE_PACKAGE
    (folder / "src" / "newsclean").rename(package)
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if '"newsclean.' in text:
            source.write_text(text.replace('"newsclean.', f'"{BASE_PACKAGE}.'), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module(BASE_PACKAGE)


def compare(cleaners: dict[str, Any], pages: list[Page], rounds: int) -> dict[str, list[float]]:
    """ms of CPU per page for each cleaner, one figure a round; the order alternates from round to round."""
    for cleaner in cleaners.values():  # a warm-up pass: compiled rules, caches
        for page in pages:
            cleaner.clean(page.data, page.url)
    times: dict[str, list[float]] = {name: [] for name in cleaners}
    order = list(cleaners)
    for round_number in range(rounds):
        for name in order if round_number % 2 == 0 else reversed(order):
            start = time.process_time()
            for page in pages:
                cleaners[name].clean(page.data, page.url)
            times[name].append((time.process_time() - start) / len(pages) * 1000)
    return times


def report(times: dict[str, list[float]]) -> None:
    for name, figures in times.items():
        print(f"{name:>12}: best {min(figures):6.2f}  median {statistics.median(figures):6.2f} ms/page")
    base, checkout = times.values()
    print(f"checkout/base: {min(checkout) / min(base):.3f} (best), "
          f"{statistics.median(checkout) / statistics.median(base):.3f} (median)")


if __name__ == "__main__":
    main()

"""Speed, peak memory and body F1 of newsclean and its peers over the same pages, in one process.

    python bench/bench.py --pages ../shared/eval/aeb/html --truth ../shared/eval/aeb/ground-truth.json
    python bench/bench.py --pages ../shared/eval/aeb/html --limit 10 --rounds 1      # a quick report

Every tool gets the page's bytes and URL. Calls are interleaved: page by page, each tool in turn, the
order rotated from page to page and round to round, so drift of the machine (heat, other load, caches)
spreads over all tools alike. Peak memory comes from one child process per tool (see docs/benchmark.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from metric import BodyScore, Bootstrap, body_f1, paired_bootstrap
from pages import Page, load_pages
from peers import DEFAULT_TOOLS, SPECS, Tool, call, load_tool, load_tools

MEMORY_TIMEOUT = 900  # seconds one tool's memory child may take
BUSY = 1.15  # wall over CPU time above which other processes took a noticeable share of the core


@dataclass(slots=True)
class Memory:
    """Resident set sizes of a child that loaded the pages, then the tool, then cleaned every page once."""

    pages_mb: float  # after loading the pages: the interpreter and the data, the same for every tool
    imported_mb: float  # after importing and setting up the tool
    peak_mb: float  # the high-water mark after cleaning every page

    @property
    def added_mb(self) -> float:
        return self.peak_mb - self.pages_mb


@dataclass(slots=True)
class Result:
    name: str
    version: str
    pages: int
    clock: str = "cpu"  # which of the two the rates use
    cpu: list[float] = field(default_factory=list)  # seconds of CPU time in the tool's calls, per round
    wall: list[float] = field(default_factory=list)  # seconds of wall time in the tool's calls, per round
    outputs: list[str] = field(default_factory=list)  # body per page, from the first round
    errors: list[str] = field(default_factory=list)
    memory: Memory | None = None
    memory_note: str | None = None
    score: BodyScore | None = None

    @property
    def seconds(self) -> list[float]:
        return self.cpu if self.clock == "cpu" else self.wall

    def rates(self) -> list[float]:
        return [self.pages / s if s else 0.0 for s in self.seconds]

    @property
    def median_rate(self) -> float:
        return statistics.median(self.rates()) if self.seconds else 0.0

    @property
    def busy(self) -> float:
        """Wall time over CPU time: about 1 on a quiet machine, more when other processes took the CPU."""
        return sum(self.wall) / sum(self.cpu) if sum(self.cpu) else 0.0

    @property
    def spread(self) -> float:
        """Half the range of the per-round rates, as a fraction of the median."""
        rates, median = self.rates(), self.median_rate
        return (max(rates) - min(rates)) / 2 / median if median else 0.0


# ---------------------------------------------------------------- timing


def rotated(tools: list[Tool], k: int) -> list[Tool]:
    k %= len(tools)
    return tools[k:] + tools[:k]


def warm_up(tools: list[Tool], pages: list[Page]) -> None:
    """One untimed call per tool, so lazy set-up (rule compilation, imports inside calls) is not timed."""
    for tool in tools:
        call(tool, pages[0].data, pages[0].url)


def timed_call(tool: Tool, page: Page) -> tuple[float, float, str, str | None]:
    """CPU seconds, wall seconds, body and error (or None) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    body, error = call(tool, page.data, page.url)
    return time.process_time() - cpu, time.perf_counter() - wall, body, error


def time_rounds(tools: list[Tool], pages: list[Page], rounds: int, clock: str) -> dict[str, Result]:
    results = {t.name: Result(t.name, t.version, len(pages), clock, outputs=[""] * len(pages)) for t in tools}
    for r in range(rounds):
        for result in results.values():
            result.cpu.append(0.0)
            result.wall.append(0.0)
        for i, page in enumerate(pages):
            for tool in rotated(tools, r + i):
                result = results[tool.name]
                cpu, wall, body, error = timed_call(tool, page)
                result.cpu[r] += cpu
                result.wall[r] += wall
                if r == 0:
                    result.outputs[i] = body
                    if error:
                        result.errors.append(f"{page.name}: {error}")
    return results


def bootstraps(results: dict[str, Result], pages: list[Page]) -> dict[str, Bootstrap]:
    """newsclean's F1 minus each peer's, with a paired bootstrap over the pages that have a truth."""
    ours = results.get("newsclean")
    judged = [i for i, page in enumerate(pages) if page.truth is not None]
    if ours is None or not judged:
        return {}
    truths = [pages[i].truth or "" for i in judged]
    return {name: paired_bootstrap(truths, [ours.outputs[i] for i in judged], [r.outputs[i] for i in judged])
            for name, r in results.items() if name != "newsclean" and any(r.outputs)}  # parse-only: no text


def bootstrap_lines(found: dict[str, Bootstrap]) -> list[str]:
    return [f"F1 newsclean - {name}: {b.difference:+.4f} (95% of {b.resamples} paired resamples of the pages: "
            f"{b.low:+.4f} to {b.high:+.4f}; newsclean ahead in {b.ahead:.1%})" for name, b in found.items()]


def score(result: Result, pages: list[Page]) -> BodyScore | None:
    pairs = [(p.truth, body) for p, body in zip(pages, result.outputs, strict=True) if p.truth is not None]
    return body_f1(pairs) if pairs else None


# ---------------------------------------------------------------- memory


def rss_mb() -> float:
    """This process's peak resident set size so far, in MB.

    On Linux VmHWM, the high-water mark of this program's own memory; ru_maxrss would start at the RSS of
    the parent that forked it. Elsewhere ru_maxrss (KB on Linux and BSD, bytes on macOS).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # POSIX only; Windows has neither this nor /proc

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def memory_child(args: argparse.Namespace) -> int:
    """Run in a fresh interpreter: load pages, load one tool, clean each page once, print the RSS marks."""
    pages = load_pages(args.pages, args.truth, args.limit)
    pages_mb = rss_mb()
    tool = load_tool(args.memory_child)
    imported_mb = rss_mb()
    for page in pages:
        call(tool, page.data, page.url)
    print(json.dumps(asdict(Memory(pages_mb, imported_mb, rss_mb()))))
    return 0


def child_command(name: str, args: argparse.Namespace) -> list[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--memory-child", name]
    command += ["--pages", str(args.pages)]
    if args.truth:
        command += ["--truth", str(args.truth)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    return command


def measure_memory(result: Result, args: argparse.Namespace) -> None:
    try:
        command = child_command(result.name, args)
        done = subprocess.run(command, capture_output=True, text=True, timeout=MEMORY_TIMEOUT, check=True)
        result.memory = Memory(**json.loads(done.stdout.strip().splitlines()[-1]))
    except (subprocess.SubprocessError, ValueError, IndexError) as exc:
        result.memory_note = f"memory not measured ({type(exc).__name__})"


# ---------------------------------------------------------------- report


def ratio(result: Result, base: Result | None) -> float | None:
    """The result's pages/s over the base tool's, when the base ran."""
    if base is None or not base.median_rate:
        return None
    return result.median_rate / base.median_rate


def ratio_cell(result: Result, base: Result | None) -> str:
    value = ratio(result, base)
    return "-" if value is None else f"{value:.2f}"


def memory_cells(result: Result) -> list[str]:
    if result.memory is None:
        return ["-", "-"]
    return [f"{result.memory.peak_mb:.0f}", f"{result.memory.added_mb:.0f}"]


def score_cells(result: Result) -> list[str]:
    s = result.score
    if s is None or result.name.endswith("-parse"):
        return ["-", "-", "-"]
    return [f"{s.f1:.3f}", f"{s.precision:.3f}", f"{s.recall:.3f}"]


HEADER = ["tool", "version", "pages/s", "±", "ms/page", "/newsclean", "/trafilatura", "peak MB", "+MB",
          "F1", "P", "R", "errors"]  # fmt: skip


def row(result: Result, results: dict[str, Result]) -> list[str]:
    rate = result.median_rate
    return [
        result.name, result.version, f"{rate:.1f}", f"{result.spread:.0%}",
        f"{1000 / rate:.1f}" if rate else "-",
        ratio_cell(result, results.get("newsclean")), ratio_cell(result, results.get("trafilatura")),
        *memory_cells(result), *score_cells(result), str(len(result.errors)),
    ]  # fmt: skip


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell(c, w, i) for i, (c, w) in enumerate(zip(r, widths, strict=True))) for r in rows)


def cell(text: str, width: int, column: int) -> str:
    return text.ljust(width) if column < 2 else text.rjust(width)


def machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "processor": cpu_model(), "load_average": os.getloadavg()}  # fmt: skip


def cpu_model() -> str:
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return platform.processor()
    names = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    return names[0] if names else platform.processor()


def headline(pages: list[Page], rounds: int) -> str:
    info = machine()
    kb = sum(p.kb for p in pages) / len(pages)
    load = ", ".join(f"{x:.1f}" for x in info["load_average"])
    return (
        f"{len(pages)} pages (mean {kb:.0f} KB), {rounds} round(s), interleaved; "
        f"Python {info['python']}, {info['cpus']} CPUs, {info['processor']}; load average {load}"
    )


def footnote(results: dict[str, Result], clock: str) -> str:
    busy = statistics.median(r.busy for r in results.values())
    verdict = "a quiet machine" if busy < BUSY else "a busy machine: trust CPU-clock pages/s and the ratios"
    return (f"pages/s by {clock} time: median over rounds, ± half the range; /tool: pages/s relative to that "
            "tool's; peak MB: child's max RSS; +MB: above the RSS with the pages loaded.\n"
            f"wall/CPU time in the calls: {busy:.2f} ({verdict})")  # fmt: skip


def print_report(results: dict[str, Result], pages: list[Page], args: argparse.Namespace) -> None:
    print(headline(pages, args.rounds))
    print(table([HEADER] + [row(r, results) for r in results.values()]))
    print(footnote(results, args.clock))
    for line in bootstrap_lines(bootstraps(results, pages)):
        print(line)
    for result in results.values():
        for line in ([result.memory_note] if result.memory_note else []) + result.errors[:3]:
            print(f"  {result.name}: {line}")


def figures(r: Result, results: dict[str, Result]) -> dict[str, Any]:
    return {
        "version": r.version, "clock": r.clock, "pages_per_s": r.median_rate, "spread": r.spread,
        "rounds": r.rates(), "cpu_seconds": r.cpu, "wall_seconds": r.wall,
        "vs_newsclean": ratio(r, results.get("newsclean")),
        "vs_trafilatura": ratio(r, results.get("trafilatura")),
        "memory": asdict(r.memory) if r.memory else None, "score": asdict(r.score) if r.score else None,
        "errors": r.errors,
    }  # fmt: skip


def write_json(path: Path, results: dict[str, Result], pages: list[Page], args: argparse.Namespace) -> None:
    tools = {r.name: figures(r, results) for r in results.values()}
    differences = {name: asdict(b) for name, b in bootstraps(results, pages).items()}
    data = {"machine": machine(), "pages": len(pages), "rounds": args.rounds, "tools": tools,
            "f1_difference_vs_newsclean": differences}
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")


# ---------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--pages", type=Path, required=True, help="folder of .html / .html.gz pages")
    ap.add_argument("--truth", type=Path, help="AEB ground-truth.json: URLs for the pages, and body F1")
    known = ", ".join(SPECS)
    ap.add_argument("--tools", default=",".join(DEFAULT_TOOLS), help=f"comma-separated, of: {known}")
    ap.add_argument("--limit", type=int, help="the first N pages only")
    ap.add_argument("--rounds", type=int, default=5, help="timed passes over all pages (default 5)")
    ap.add_argument("--clock", choices=["cpu", "wall"], default="cpu", help="time pages/s by (default cpu)")
    ap.add_argument("--no-memory", action="store_true", help="skip the per-tool memory children")
    ap.add_argument("--json", type=Path, help="write every figure to this file")
    ap.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    if not args.pages.is_dir():
        ap.error(f"--pages: no such folder: {args.pages}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.memory_child:
        return memory_child(args)
    pages = load_pages(args.pages, args.truth, args.limit)
    tools, notes = load_tools([t.strip() for t in args.tools.split(",") if t.strip()])
    for note in notes:
        print(f"note: {note}")
    if not pages or not tools:
        print("nothing to run: no pages found" if not pages else "nothing to run: no tool loaded")
        return 0
    warm_up(tools, pages)
    results = time_rounds(tools, pages, args.rounds, args.clock)
    for result in results.values():
        result.score = score(result, pages)
        if not args.no_memory:
            measure_memory(result, args)
    print_report(results, pages, args)
    if args.json:
        write_json(args.json, results, pages, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Hostile pages: time and peak memory of ``newsclean.clean`` on pages built to hurt it.

Each page runs in a child process of its own, so its peak memory (max RSS) is its own and a hang
cannot stop the run: a child over ``--limit`` seconds is killed and reported as a hang. The table gives
page size, wall and CPU seconds, CPU seconds per MB, peak RSS, blocks and warnings; the check column
says whether the nothing-lost invariant held (counted by the stdlib's html.parser, see
tests/independent.py). A benchmark, not a test: figures depend on the machine.

    python bench/hostile.py                 # every case
    python bench/hostile.py deep-10k 50mb   # some cases
    python bench/hostile.py --list
    python bench/hostile.py --json bench/out/hostile.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = ("<p>The council met on Tuesday to discuss the budget, and <a href='/members'>members</a> said "
             "they would vote next week on the plan to repair the bridge.</p>\n")


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>Hostile</title>{head}</head><body>{body}</body></html>"


def fifty_mb() -> str:
    return _page("<article>" + PARAGRAPH * (50_000_000 // len(PARAGRAPH)) + "</article>")


def deep(depth: int, tag: str = "div") -> Callable[[], str]:
    return lambda: _page(f"<{tag}>x " * depth + "deepest" + f"</{tag}>" * depth)


def million_elements() -> str:
    return _page("<p>" + "<span>x</span>" * 1_000_000 + "</p>")


def many_blocks(count: int) -> Callable[[], str]:
    return lambda: _page("<div>word</div>" * count)


def text_node(size: int) -> Callable[[], str]:
    return lambda: _page("<p>" + ("word " * (size // 5)) + "</p>")


def one_word(size: int) -> Callable[[], str]:
    return lambda: _page("<p>" + "a" * size + "</p>")


def giant_attribute() -> str:
    return _page(f"<p title='{'a' * 20_000_000}' class='{'b ' * 1_000_000}'>short text</p>" + PARAGRAPH * 20)


def many_attributes() -> str:
    attrs = " ".join(f"data-a{i}='{i}'" for i in range(200_000))
    return _page(f"<div {attrs}>text</div>" + PARAGRAPH * 20)


def many_iframes() -> str:
    return _page("<iframe src='/ad'>fallback text</iframe>" * 100_000 + PARAGRAPH * 20)


def many_templates() -> str:
    return _page("<template><p>hidden template text</p><div>more</div></template>" * 100_000 + PARAGRAPH * 20)


def many_brs() -> str:
    return _page("<p>" + "line<br>" * 500_000 + "</p>")


def unclosed_paragraphs() -> str:
    return _page("<p>paragraph text " * 200_000)


def deep_json_ld() -> str:
    head = "<script type='application/ld+json'>" + "[" * 1_000_000 + "]" * 1_000_000 + "</script>"
    return _page(PARAGRAPH * 20, head)


def many_links() -> str:
    return _page("<nav>" + "<a href='/section'>Section</a> " * 300_000 + "</nav>" + PARAGRAPH * 20)


def huge_comment() -> str:
    return _page("<!--" + "c" * 20_000_000 + "-->" + PARAGRAPH * 20)


def deep_table() -> str:
    return _page("<table><tr><td>" * 3000 + "cell" + "</td></tr></table>" * 3000)


def plain_text_50mb() -> str:
    return ("A line of scraped text that goes on for a while without any markup in it at all.\n" * 600_000)


CASES: dict[str, Callable[[], str]] = {
    "deep-300": deep(300),
    "deep-2500": deep(2500),
    "deep-10k": deep(10_000),
    "deep-10k-inline": deep(10_000, "span"),
    "deep-100k": deep(100_000),
    "deep-table-3000": deep_table,
    "million-tiny-elements": million_elements,
    "200k-blocks": many_blocks(200_000),
    "text-node-5mb": text_node(5_000_000),
    "text-node-12mb": text_node(12_000_000),
    "one-word-12mb": one_word(12_000_000),
    "giant-attributes": giant_attribute,
    "200k-attributes": many_attributes,
    "100k-iframes": many_iframes,
    "100k-templates": many_templates,
    "500k-br": many_brs,
    "200k-unclosed-p": unclosed_paragraphs,
    "deep-json-ld": deep_json_ld,
    "300k-links": many_links,
    "20mb-comment": huge_comment,
    "plain-text-50mb": plain_text_50mb,
    "50mb": fifty_mb,
}


def child(name: str) -> None:
    """Build one page, clean it, print one JSON line of figures."""
    sys.path.insert(0, str(ROOT / "tests"))
    import newsclean
    from independent import blocks_text, body_text, visible

    page = CASES[name]()
    newsclean.clean("<p>warm up</p>")
    before = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter()
    article = newsclean.clean(page)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_SELF)
    got = blocks_text(b.text for b in article.blocks)
    expected = visible(page) if not page.lstrip().startswith("<") else body_text(page)
    print(json.dumps({
        "case": name, "mb": round(len(page.encode()) / 1e6, 1), "wall_s": round(wall, 2),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
        "blocks": len(article.blocks), "nothing_lost": got == expected,
        "warnings": [w[:90] for w in article.warnings],
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--limit", type=float, default=900,
                        help="CPU seconds before a case counts as a hang (wall time: 4 times that)")
    parser.add_argument("--json", help="write all figures to this file")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    if args.list:
        print("\n".join(CASES))
        return
    results = []
    print(f"{'case':24} {'MB':>6} {'wall s':>7} {'cpu s':>7} {'s/MB':>6} {'peak MB':>8} {'blocks':>8}  lost?  warnings")
    for name in args.cases or CASES:
        result = _measured(name, args.limit)
        results.append(result)
        if "error" in result:
            print(f"{name:24} ERROR {result['error']}", flush=True)
            continue
        per_mb = float(result["cpu_s"]) / max(float(result["mb"]), 0.1)  # type: ignore[arg-type]
        print(f"{name:24} {result['mb']:>6} {result['wall_s']:>7} {result['cpu_s']:>7} {per_mb:>6.2f} "
              f"{result['peak_rss_mb']:>8} {result['blocks']:>8}  {'no' if result['nothing_lost'] else 'LOST'}"
              f"   {'; '.join(result['warnings'])[:80]}", flush=True)  # type: ignore[arg-type]
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


def _measured(name: str, limit: float) -> dict[str, object]:
    """Run one case in a child; its own peak RSS comes from wait4's rusage."""
    start = time.perf_counter()
    def cpu_limit() -> None:  # counted in CPU time, so a busy machine does not make a hang out of a slow run
        resource.setrlimit(resource.RLIMIT_CPU, (int(limit), int(limit) + 5))

    proc = subprocess.Popen([sys.executable, __file__, "--child", name], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=cpu_limit)  # noqa: PLW1509
    deadline = start + 4 * limit
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return {"case": name, "error": f"hang: killed after {limit:.0f} s"}
        time.sleep(0.2)
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code in (-9, -24):  # SIGKILL / SIGXCPU from the CPU limit
        return {"case": name, "error": f"hang: over {limit:.0f} CPU seconds"}
    if code != 0:
        return {"case": name, "error": (err.strip().splitlines() or ["?"])[-1][:200]}
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = usage.ru_maxrss // 1024
    result["total_s"] = round(time.perf_counter() - start, 1)
    return result


if __name__ == "__main__":
    main()

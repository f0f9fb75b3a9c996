"""Robustness run over a folder of real pages: no crash, the nothing-lost invariant on each, time and memory.

Every ``*.html``, ``*.htm`` and ``*.html.gz`` / ``*.gz`` file under the folder goes through
``newsclean.clean`` as bytes. For each page the visible text under <body> is read with the stdlib's
html.parser (tests/independent.py) and compared with the characters of all blocks, in order. Where the
two parsers read the markup differently (both follow the HTML standard's raw-text elements, <iframe>,
<textarea>, <xmp> and the like), a failure says whether newsclean's own html.parser fallback agrees
with the count on that page, to tell a parser disagreement from lost text.

    python bench/robustness.py ../shared/eval/            # every page under the folder
    python bench/robustness.py PAGES --json bench/out/robustness.json --slowest 15
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import newsclean  # noqa: E402
from independent import blocks_text, body_text, first_difference, visible  # noqa: E402
from newsclean.load import decode, parse_with_stdlib  # noqa: E402
from newsclean.segment import segment_html  # noqa: E402


def pages(folder: Path) -> list[Path]:
    found = [p for p in folder.rglob("*") if p.is_file() and p.name.endswith((".html", ".htm", ".gz"))]
    return sorted(found)


def read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def check(path: Path) -> dict[str, object]:
    data = read(path)
    result: dict[str, object] = {"page": str(path), "kb": round(len(data) / 1024, 1)}
    start, cpu = time.perf_counter(), time.process_time()
    try:
        article = newsclean.clean(data)
    except newsclean.InputError as exc:
        result.update(outcome="input-error", error=str(exc))
        return result
    except Exception:
        result.update(outcome="crash", error=traceback.format_exc(limit=6))
        return result
    finally:
        # CPU seconds rank the pages (a busy machine stretches wall time, not CPU time)
        result["seconds"] = time.process_time() - cpu
        result["wall_seconds"] = time.perf_counter() - start
    result["blocks"] = len(article.blocks)
    result["warnings"] = list(article.warnings)
    got = blocks_text(b.text for b in article.blocks)
    markup = decode(data)
    wrong = first_difference(body_text(markup), got)
    if wrong is None:
        result["outcome"] = "ok"
        return result
    # Diagnosis: does newsclean's own html.parser fallback, on the same page, agree with the count?
    # If it does, lxml read this markup differently from html.parser; if not, the pipeline lost text.
    fallback = visible("".join(segment_html(parse_with_stdlib(markup)).texts))
    result["fallback_agrees"] = first_difference(body_text(markup), fallback) is None
    result["outcome"] = "invariant-failed"
    result["difference"] = wrong
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--slowest", type=int, default=10)
    args = parser.parse_args()
    newsclean.clean("<p>warm up</p>")
    results = []
    started = time.perf_counter()
    files = pages(args.folder)
    for n, path in enumerate(files, 1):
        result = check(path)
        results.append(result)
        if result["outcome"] not in ("ok",):
            detail = result.get("difference") or result.get("error", "")
            print(f"[{n}/{len(files)}] {result['outcome']}: {path} {detail}"[:400], flush=True)
    total = time.perf_counter() - started
    outcomes: dict[str, int] = {}
    for result in results:
        outcomes[str(result["outcome"])] = outcomes.get(str(result["outcome"]), 0) + 1
    seconds = sorted((float(r["seconds"]), r) for r in results)  # type: ignore[arg-type]
    print(f"\n{len(results)} pages in {total:.1f} s ({len(results) / total:.1f} pages/s); outcomes: {outcomes}")
    cpu_total = sum(secs for secs, _ in seconds)
    print(f"clean() CPU time: {cpu_total:.1f} s in all, median {seconds[len(seconds) // 2][0] * 1000:.0f} ms, "
          f"mean {cpu_total / len(seconds) * 1000:.0f} ms; peak RSS of the run {rss_mb():.0f} MB")
    fallbacks = sum(any("html.parser" in w for w in r.get("warnings", [])) for r in results)  # type: ignore[attr-defined]
    print(f"fallback parser used on {fallbacks} pages")
    print(f"slowest {args.slowest} (CPU time of clean()):")
    for secs, result in seconds[::-1][:args.slowest]:
        print(f"  {secs * 1000:8.0f} ms  {result['kb']:>8} KB  {result.get('blocks', '-'):>5} blocks  {result['page']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"outcomes": outcomes, "seconds": total, "peak_rss_mb": rss_mb(),
                                         "pages": results}, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()

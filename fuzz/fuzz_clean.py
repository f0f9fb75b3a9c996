"""Fuzz ``newsclean.clean``: no exception but InputError, no hang, nothing lost, same output twice.

Each input is used twice: as raw page bytes (any bytes at all: crash and hang check), and as the seed
of a generated news-like page (fuzz/pages.py) on which the nothing-lost invariant is checked against
the stdlib's html.parser, and determinism by cleaning it again.

    # coverage-guided, with atheris (pip install -e '.[fuzz]'):
    python fuzz/fuzz_clean.py -atheris -runs=100000 -timeout=20 -rss_limit_mb=4096 fuzz/corpus-work fuzz/corpus
    # without atheris: seeded random inputs (mutated corpus pages and generated pages)
    python fuzz/fuzz_clean.py -random -runs=100000 -seed=1

Every crash, invariant failure or input slower than -slow CPU seconds (default 30) is written to
fuzz/findings/ and the run stops (atheris) or goes on counting (random mode); the last line
is a summary with the number of inputs tried.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import pages  # noqa: E402

from independent import blocks_text, body_text, first_difference  # noqa: E402

FINDINGS = HERE / "findings"


class Failure(Exception):
    """An invariant failed (not an exception from newsclean itself)."""


def _arg(name: str, default: str) -> str:
    for arg in sys.argv:
        if arg.startswith(f"-{name}="):
            return arg.split("=", 1)[1]
    return default


SLOW = float(_arg("slow", "30"))


def _save(kind: str, data: bytes, note: str) -> None:
    FINDINGS.mkdir(exist_ok=True)
    name = f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}"
    (FINDINGS / name).write_bytes(data)
    (FINDINGS / f"{name}.txt").write_text(note, encoding="utf-8")


def check_raw(clean, data: bytes) -> None:
    import newsclean

    with contextlib.suppress(newsclean.InputError):
        clean(data)


def check_page(clean, markup: str, twice: bool = True) -> None:
    import newsclean

    options = newsclean.Options(input_format="html")
    first = clean(markup, options=options)
    wrong = first_difference(body_text(markup), blocks_text(b.text for b in first.blocks))
    if wrong:
        raise Failure(f"text lost or changed: {wrong}")
    if not twice:
        return
    again = clean(markup, options=options)
    if again.to_dict() != first.to_dict():
        raise Failure("not deterministic: a second clean of the same page differs")


def one_input(data: bytes) -> None:
    import newsclean

    clean = newsclean.clean
    check_raw(clean, data)
    rng = random.Random(data)
    check_page(clean, pages.page(rng), twice=rng.random() < 0.25)


def _timed(data: bytes, stats: dict[str, int]) -> None:
    start = time.process_time()  # CPU time: a busy machine does not make a slow input of a fast one
    try:
        one_input(data)
    except Exception as exc:
        kind = "invariant" if isinstance(exc, Failure) else "crash"
        stats[kind] += 1
        import traceback

        _save(kind, data, traceback.format_exc())
        raise
    finally:
        elapsed = time.process_time() - start
        if elapsed > SLOW:
            stats["slow"] += 1
            _save("slow", data, f"{elapsed:.1f} CPU s")


def _mutate(rng: random.Random, seeds: list[bytes]) -> bytes:
    if seeds and rng.random() < 0.7:
        base = bytearray(rng.choice(seeds))
    else:
        base = bytearray(rng.randbytes(rng.randint(0, 400)))
    for _ in range(rng.randint(0, 8)):
        op = rng.random()
        pos = rng.randint(0, len(base))
        if op < 0.3:
            base[pos:pos] = rng.randbytes(rng.randint(1, 8))
        elif op < 0.5 and base:
            del base[pos:pos + rng.randint(1, 16)]
        elif op < 0.7:
            base[pos:pos] = rng.choice((b"<", b">", b"</", b"&", b"&#", b"\x00", b"\xff", b"\xc3", b"<p>", b"<div>",
                                        b"<script>", b"<!--", b"]]>", b"<![CDATA[", b"<meta charset=koi8-r>",
                                        b"<iframe>", b"<textarea>", b"<plaintext>", b"\xef\xbb\xbf", b"<svg>"))
        elif base:
            base = base[:pos] if rng.random() < 0.5 else base[pos:]  # truncate
    return bytes(base)


def run_random(runs: int, seed: int) -> None:
    corpus = HERE / "corpus"
    seeds = [p.read_bytes() for p in sorted(corpus.iterdir())] if corpus.is_dir() else []
    rng = random.Random(seed)
    # Each iteration puts two inputs through clean: the raw bytes and the page generated from them.
    stats = {"iterations": 0, "inputs": 0, "crash": 0, "invariant": 0, "slow": 0}
    started = time.time()
    slowest = 0.0
    for n in range(runs):
        data = _mutate(rng, seeds)
        t = time.process_time()
        with contextlib.suppress(Exception):
            _timed(data, stats)
        slowest = max(slowest, time.process_time() - t)
        stats["iterations"] += 1
        stats["inputs"] += 2
        if n % 2000 == 0:
            print(f"[{time.time() - started:7.0f}s] {stats} slowest={slowest:.2f}s", flush=True)
    print(f"done: {stats} slowest={slowest:.2f}s in {time.time() - started:.0f}s", flush=True)


def run_atheris() -> None:
    import atheris

    with atheris.instrument_imports(include=["newsclean"]):
        import newsclean  # noqa: F401

    stats = {"inputs": 0, "crash": 0, "invariant": 0, "slow": 0}

    def test_one(data: bytes) -> None:
        _timed(data, stats)

    argv = [a for a in sys.argv if a not in ("-atheris",) and not a.startswith("-slow=")]
    atheris.Setup(argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if "-atheris" in sys.argv:
        run_atheris()
    else:
        run_random(int(_arg("runs", "100000")), int(_arg("seed", "1")))

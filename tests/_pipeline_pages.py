"""Pages written for the pipeline tests (our own invented text), and helpers to lay them out as inputs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

PARAGRAPH = ("The council met on Tuesday evening to decide the future of the river crossing, and after three "
             "hours of debate the members agreed to repair the old bridge rather than build a new one. ")


def article_page(n: int = 0, title: str = "Council Votes to Repair the Old Bridge") -> str:
    """A news page with a headline, byline, subhead, list, quotation, table and links, plus site chrome."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Valley Post</title>
<meta property="og:site_name" content="Valley Post"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>{title}</h1>
<p class="byline">By Ana Ruiz</p>
<p>{PARAGRAPH * 2}Page {n} of the series.</p>
<p>{PARAGRAPH}The full <a href="https://valleypost.example/report.pdf">engineering report</a> is online.</p>
<h2>What happens next</h2>
<p>{PARAGRAPH}Work is planned in three stages over the next two summers.</p>
<ul><li>Closing the bridge to lorries in June.</li><li>Replacing the deck in the autumn.</li>
<li>Reopening to all traffic next spring.</li></ul>
<blockquote><p>We owe it to the people who cross this river every single day to get this right.</p>
</blockquote>
<p>{PARAGRAPH}The cost was set out in a table presented to the members at the meeting.</p>
<table><tr><th>Stage</th><th>Cost</th></tr><tr><td>Deck</td><td>1.2 million</td></tr>
<tr><td>Railings</td><td>0.3 million</td></tr></table>
<p>{PARAGRAPH}Residents can comment on the plans until the end of next month at the town hall.</p>
</article>
<footer><p>Copyright Valley Post. All rights reserved.</p></footer>
</body></html>"""


def write_folder(folder: Path, count: int) -> list[Path]:
    """``count`` pages as page-NNN.html files (every third one gzipped), in sorted order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        if n % 3 == 2:
            path = folder / f"page-{n:03d}.html.gz"
            path.write_bytes(gzip.compress(article_page(n).encode()))
        else:
            path = folder / f"page-{n:03d}.html"
            path.write_text(article_page(n), encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(path: Path, lines: list[object]) -> Path:
    """One JSON value per line; a ``str`` is written as it is (to make broken lines)."""
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")
    return path


def records(path: Path) -> list[dict[str, object]]:
    """The JSON records of a JSONL output file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

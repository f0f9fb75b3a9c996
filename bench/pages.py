"""Pages for the benchmarks: a folder of .html / .html.gz files, with URLs and bodies from a truth file."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Page:
    """One page as a crawler hands it over: raw bytes and the URL it came from."""

    name: str
    data: bytes
    url: str | None = None
    truth: str | None = None  # the expected article body, when a truth file gives one

    @property
    def kb(self) -> float:
        return len(self.data) / 1024


def page_name(path: Path) -> str | None:
    """The page's key in the truth file: its file name less the suffix, or None for a file to skip."""
    for suffix in SUFFIXES:
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    return None


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def load_truth(path: Path | None) -> dict[str, dict[str, str]]:
    """AEB's ground-truth.json: {key: {"articleBody": ..., "url": ...}}; empty without a path."""
    if path is None:
        return {}
    loaded: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def load_pages(folder: Path, truth_path: Path | None = None, limit: int | None = None) -> list[Page]:
    """The folder's pages in name order (the first `limit` of them), with URL and body from the truth file."""
    truth = load_truth(truth_path)
    pages: list[Page] = []
    for path in sorted(folder.iterdir()):
        name = page_name(path)
        if name is None or not path.is_file():
            continue
        entry = truth.get(name, {})
        pages.append(Page(name, read_bytes(path), entry.get("url"), entry.get("articleBody")))
        if limit is not None and len(pages) >= limit:
            break
    return pages

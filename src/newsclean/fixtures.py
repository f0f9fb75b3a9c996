"""Fixture pages and their expected results: loading, checking, drafting, and finding stale rules.

A fixture is ``<root>/<outlet>/<slug>.html`` (or ``.txt``) with ``<slug>.expected.json`` beside it. The
test suite, ``newsclean fixtures check`` and :func:`newsclean.testing.fixture_tests` all use this module, so
a fixture means the same thing everywhere. The expected file's keys (``docs/fixtures.md``):

- ``url`` (the page's address), ``input_format`` ("html" / "text" / "auto"), ``is_article``, ``title``;
- ``authors`` (the exact tuple), ``published`` (a prefix of the ISO date: "2024-09-12" matches any time);
- ``body_first`` / ``body_last``: the body starts / ends with these; ``body_includes`` / ``body_excludes``:
  strings that must / must not be in the body (whole words: "Teilen" is not in "Anteilen");
- ``blocks``: ``{text, role, kind}``; a text is found as the evaluation's ``role_of`` finds it (the block
  with the same text, else the tightest block holding it, else the largest block inside it);
- ``generic_too`` (default true): every check also holds with no URL and ``Options(outlet_rules=False)``.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from lxml import etree, html

from .cleaner import Cleaner
from .load import load
from .meta import PageMeta
from .model import Article, Block
from .options import Options
from .rules.engine import Page, evaluate
from .rules.model import Rule
from .segment import segment_html, segment_text

PAGE_SUFFIXES = (".html", ".htm", ".txt")
EXPECTED_SUFFIX = ".expected.json"
FIELDS = ("is_article", "title", "authors", "published", "body_first", "body_last", "body_includes",
          "body_excludes", "blocks")
_TYPES: dict[str, Any] = {
    "url": str, "input_format": str, "is_article": bool, "title": str, "authors": list, "published": str,
    "body_first": str, "body_last": str, "body_includes": list, "body_excludes": list, "generic_too": bool,
    "blocks": list,
}


class FixtureError(ValueError):
    """An expected file that does not follow the schema; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Fixture:
    """One fixture page and what is expected of it."""

    outlet: str
    slug: str
    page: Path
    expected: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.outlet}/{self.slug}"

    @property
    def url(self) -> str | None:
        url = self.expected.get("url")
        return url if isinstance(url, str) else None

    def markup(self) -> bytes:
        return self.page.read_bytes()


@dataclass(frozen=True, slots=True)
class Check:
    """The result of one field's check: ``mode`` is "outlet" (with the URL) or "generic" (no outlet rules)."""

    field: str
    ok: bool
    detail: str = ""
    mode: str = "outlet"


# ---------------------------------------------------------------- loading


def find_fixtures(root: str | Path) -> list[Fixture]:
    """Every fixture under ``root`` (a fixtures folder of outlet folders, one outlet folder, or one page)."""
    root = Path(root)
    if root.is_file():
        return [_fixture(root)]
    pages = sorted(p for p in root.rglob("*") if p.suffix in PAGE_SUFFIXES and _expected_path(p).is_file())
    return [_fixture(p) for p in pages]


def _expected_path(page: Path) -> Path:
    return page.with_name(page.stem + EXPECTED_SUFFIX)


def _fixture(page: Path) -> Fixture:
    return Fixture(page.parent.name, page.stem, page, load_expected(_expected_path(page)))


def load_expected(path: Path) -> dict[str, Any]:
    """Read and check one expected file; raise :class:`FixtureError` naming the file and the key."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FixtureError(f"{path}: cannot read it as JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise FixtureError(f"{path}: must hold a JSON object")
    if not isinstance(data.get("url"), str):
        raise FixtureError(f"{path}: 'url' (the page's address) is required")
    for key, value in data.items():
        if key not in _TYPES:
            raise FixtureError(f"{path}: unknown key {key!r}; allowed: {sorted(_TYPES)}")
        if value is not None and not isinstance(value, _TYPES[key]):
            raise FixtureError(f"{path}: {key!r} must be a {_TYPES[key].__name__}")
    for key in ("authors", "body_includes", "body_excludes"):
        if not all(isinstance(v, str) for v in data.get(key) or []):
            raise FixtureError(f"{path}: {key!r} must be a list of strings")
    for number, block in enumerate(data.get("blocks") or []):
        if not isinstance(block, dict) or not isinstance(block.get("text"), str) or "role" not in block:
            raise FixtureError(f"{path}: blocks[{number}] needs 'text' and 'role'")
        unknown = sorted(set(block) - {"text", "role", "kind", "occurrence"})
        if unknown:
            raise FixtureError(f"{path}: blocks[{number}] has unknown keys {unknown}")
    return data


# ---------------------------------------------------------------- checking


def norm(text: str | None) -> str:
    """NFKC, whitespace collapsed: how texts are compared (as the evaluation's score.py does)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()


def folded(text: str | None) -> str:
    return norm(text).casefold()


def contains(haystack: str, needle: str) -> bool:
    """``needle`` in ``haystack`` (both folded), not inside a longer word."""
    haystack, needle = folded(haystack), folded(needle)
    start = 0
    while (i := haystack.find(needle, start)) >= 0:
        before = haystack[i - 1] if i else " "
        end = i + len(needle)
        after = haystack[end] if end < len(haystack) else " "
        glued = (needle[:1].isalnum() and before.isalnum()) or (needle[-1:].isalnum() and after.isalnum())
        if not glued:
            return True
        start = i + 1
    return not needle


def role_of(text: str, article: Article, occurrence: int = 0) -> tuple[str | None, str | None]:
    """Role and kind of the block that best covers ``text`` (the evaluation's rule, see the module doc)."""
    blocks = [(folded(b.text), str(b.role), b.kind) for b in article.blocks]
    wanted = folded(text)
    same = [(role, kind) for btext, role, kind in blocks if btext == wanted]
    if same:
        return same[min(occurrence, len(same) - 1)]
    best: tuple[str | None, str | None] = (None, None)
    best_fit = 0.0
    for btext, role, kind in blocks:
        if not btext:
            continue
        if wanted in btext:
            fit = len(wanted) / len(btext)
        elif btext in wanted and len(btext) >= 0.5 * len(wanted):
            fit = len(btext) / len(wanted)
        else:
            continue
        if fit > best_fit:
            best, best_fit = (role, kind), fit
    return best


def check_article(article: Article, expected: dict[str, Any], mode: str = "outlet") -> list[Check]:
    """One :class:`Check` per field the expected file gives."""
    checks = []
    for name in FIELDS:
        if expected.get(name) is not None:
            ok, detail = _CHECKS[name](article, expected[name])
            checks.append(Check(name, ok, detail, mode))
    return checks


def _is_article(article: Article, want: bool) -> tuple[bool, str]:
    return article.is_article == want, f"got {article.is_article}"


def _title(article: Article, want: str) -> tuple[bool, str]:
    return folded(article.title) == folded(want), f"got {article.title!r}"


def _authors(article: Article, want: list[str]) -> tuple[bool, str]:
    return [norm(a) for a in article.authors] == [norm(a) for a in want], f"got {list(article.authors)}"


def _published(article: Article, want: str) -> tuple[bool, str]:
    return (article.published or "").startswith(want), f"got {article.published!r}"


def _body_first(article: Article, want: str) -> tuple[bool, str]:
    body = folded(article.body)
    return body.startswith(folded(want)), f"body starts {norm(article.body)[:70]!r}"


def _body_last(article: Article, want: str) -> tuple[bool, str]:
    body = folded(article.body)
    return body.endswith(folded(want)), f"body ends {norm(article.body)[-70:]!r}"


def _body_includes(article: Article, want: list[str]) -> tuple[bool, str]:
    missing = [s for s in want if folded(s) not in folded(article.body)]
    return not missing, f"missing {missing}" if missing else ""


def _body_excludes(article: Article, want: list[str]) -> tuple[bool, str]:
    kept = [s for s in want if contains(article.body, s)]
    return not kept, f"in the body: {kept}" if kept else ""


def _blocks(article: Article, want: list[dict[str, Any]]) -> tuple[bool, str]:
    wrong = []
    for block in want:
        role, kind = role_of(block["text"], article, block.get("occurrence", 0))
        if role != block["role"] or (block.get("kind") is not None and kind != block["kind"]):
            wanted = block["role"] + (f"/{block['kind']}" if block.get("kind") else "")
            got = f"{role}/{kind}" if kind else str(role)
            wrong.append(f"{norm(block['text'])[:50]!r}: want {wanted}, got {got}")
    return not wrong, "; ".join(wrong) + (f" ({len(wrong)} of {len(want)} blocks)" if wrong else "")


_CHECKS: dict[str, Any] = {
    "is_article": _is_article, "title": _title, "authors": _authors, "published": _published,
    "body_first": _body_first, "body_last": _body_last, "body_includes": _body_includes,
    "body_excludes": _body_excludes, "blocks": _blocks,
}


_INPUT_FORMATS: dict[str, Literal["html", "text"]] = {"html": "html", "text": "text"}


class Checker:
    """Runs fixtures with one set of options: the outlet run with the URL, and the generic run."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.cleaner = Cleaner(self.options)
        self.generic = Cleaner(dataclasses.replace(self.options, outlet_rules=False))
        # (mode, input format) -> its cleaner: building one loads and compiles every rule file
        self._by_format: dict[tuple[str, str], Cleaner] = {}

    def clean(self, fixture: Fixture, mode: str = "outlet") -> Article:
        return self._cleaner(mode, fixture.expected.get("input_format")).clean(
            fixture.markup(), fixture.url if mode == "outlet" else None)

    def _cleaner(self, mode: str, fmt: str | None) -> Cleaner:
        cleaner = self.cleaner if mode == "outlet" else self.generic
        wanted = _INPUT_FORMATS.get(fmt or "")
        if wanted is None or wanted == self.options.input_format:
            return cleaner
        key = (mode, wanted)
        if key not in self._by_format:
            self._by_format[key] = Cleaner(dataclasses.replace(cleaner.options, input_format=wanted))
        return self._by_format[key]

    def check(self, fixture: Fixture) -> list[Check]:
        checks = check_article(self.clean(fixture), fixture.expected)
        if fixture.expected.get("generic_too", True):
            checks += check_article(self.clean(fixture, "generic"), fixture.expected, "generic")
        return checks


# ---------------------------------------------------------------- stale rules


def stale_rules(fixtures: Iterable[Fixture], checker: Checker) -> dict[str, list[str]]:
    """Outlet rules that match no block on any of their outlet's fixtures, by outlet set id.

    A rule counts as matching when its conditions hold for some block, wherever the body span falls
    (``position`` is ignored), whether or not its evidence won. Outlet sets with fixtures only.
    """
    matched: dict[str, set[str]] = {}
    rules_of: dict[str, tuple[Rule, ...]] = {}
    for fixture in fixtures:
        article = checker.clean(fixture)
        outlet = checker.cleaner.outlet_for(fixture.url, PageMeta()) if fixture.url else None
        if outlet is None:
            continue
        rules_of[outlet.id] = outlet.rules
        matched.setdefault(outlet.id, set()).update(_matching_rules(outlet.rules, fixture, checker, article))
    return {set_id: [r.id for r in rules if r.id not in matched[set_id]] for set_id, rules in rules_of.items()
            if any(r.id not in matched[set_id] for r in rules)}


def _matching_rules(rules: Sequence[Rule], fixture: Fixture, checker: Checker, article: Article) -> set[str]:
    loaded = load(fixture.markup(), checker.options)
    segments = segment_html(loaded.root) if loaded.is_html else segment_text(loaded.text or "")
    page = Page(segments, loaded.root, article.language, checker.options.regex_timeout)
    found: set[str] = set()
    for rule in rules:
        loose = dataclasses.replace(rule, when=dataclasses.replace(rule.when, position=None), unless=())
        if evaluate([loose], page):
            found.add(rule.id)
    return found


# ---------------------------------------------------------------- drafting


def draft_expected(article: Article, url: str | None, input_format: str,
                   generic: Article | None) -> dict[str, Any]:
    """A draft expected file from the current result, for a person to review and correct."""
    body = [b.text for b in article.blocks if b.role == "body"]
    notable = [b for b in article.blocks if b.role not in ("body", "boilerplate")]
    draft: dict[str, Any] = {
        "url": url, "input_format": input_format, "is_article": article.is_article, "title": article.title,
        "authors": list(article.authors), "published": (article.published or "")[:10] or None,
        "body_first": _first_words(body[0]) if body else None,
        "body_last": _last_words(body[-1]) if body else None,
        "body_includes": [b for b in body[1:-1] if len(b.split()) <= 12][:3],
        "body_excludes": [_first_words(b.text) for b in notable if b.role in ("promo", "photo_credit")][:6],
        "generic_too": True,
        "blocks": [_block_entry(b) for b in notable],
    }
    draft = {k: v for k, v in draft.items() if v is not None}
    if generic is not None:
        draft["generic_too"] = all(c.ok for c in check_article(generic, draft))
    return draft


def _block_entry(block: Block) -> dict[str, str]:
    entry = {"text": block.text, "role": str(block.role)}
    if block.kind:
        entry["kind"] = block.kind
    return entry


def _first_words(text: str, count: int = 10) -> str:
    return " ".join(text.split()[:count])


def _last_words(text: str, count: int = 10) -> str:
    return " ".join(text.split()[-count:])


def slug_for(url: str | None, page: Path) -> str:
    """A fixture name from the URL's last path segment (or the page's file name)."""
    path = urlsplit(url).path if url else ""
    last = next((part for part in reversed(path.split("/")) if part), "") or page.stem
    last = re.sub(r"\.(?:html?|php|aspx?)$", "", last.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", last).strip("-")[:60]
    return slug or "page"


def outlet_folder(url: str | None) -> str:
    """The outlet folder name for a URL: its host without ``www.``."""
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or "unknown"


def strip_scripts(markup: bytes) -> bytes:
    """The page without scripts (JSON-LD data is kept) and without event-handler attributes."""
    root: Any = html.fromstring(markup, parser=html.HTMLParser(huge_tree=True))
    for script in list(root.iter("script")):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            script.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str):
            for name in [n for n in element.attrib if str(n).lower().startswith("on")]:
                del element.attrib[name]
    doctype: str = root.getroottree().docinfo.doctype or "<!DOCTYPE html>"
    return bytes(etree.tostring(root, method="html", encoding="utf-8", doctype=doctype))

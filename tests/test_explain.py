"""``newsclean explain``: the page's blocks coloured by role, the rule on hover, a legend, a summary."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newsclean import clean
from newsclean.cli import main
from newsclean.explain import COLOURS, render_html

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures" / "cnn.com" / "harbor-pilot-shortage.html"
URL = "https://www.cnn.com/2024/03/14/business/harbor-pilot-shortage/index.html"


def test_every_block_is_shown_with_its_role_and_rule() -> None:
    article = clean(PAGE.read_bytes(), URL)
    page = render_html(article, source=URL)
    shown = re.findall(r'data-role="([^"]+)" data-rule="([^"]+)"', page)
    assert shown == [(str(b.role), b.rule) for b in article.blocks]
    assert 'title="promo/ad&#10;rule: outlet/cnn.com/ad-feedback' in page.replace("\n", "&#10;")


def test_legend_and_removed_summary() -> None:
    article = clean(PAGE.read_bytes(), URL)
    page = render_html(article)
    assert "<h2>Legend</h2>" in page and "<h2>Removed from the body</h2>" in page
    removed = sum(1 for b in article.blocks if b.role != "body")
    assert f"in {removed} blocks" in page
    assert "outlet/cnn.com/paid-partner ×" in page
    assert set(re.findall(r"</span> (\w+)</td>", page)) <= set(COLOURS)


def test_page_text_is_escaped() -> None:
    article = clean("<h1>Tags &lt;script&gt;alert(1)&lt;/script&gt; in a headline</h1>"
                    "<p>" + "Plain reporting about markup in headlines and why it matters. " * 5 + "</p>")
    page = render_html(article)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_command_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.html"
    assert main(["explain", str(PAGE), "--url", URL, "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "kept out of the body" in capsys.readouterr().out


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    out, shot = tmp_path / "page.html", tmp_path / "page.png"
    main(["explain", str(PAGE), "--url", URL, "-o", str(out)])
    assert CHROMIUM is not None
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    f"--user-data-dir={tmp_path / 'profile'}",
                    "--window-size=1200,900", f"--screenshot={shot}", out.as_uri()],
                   check=True, capture_output=True, timeout=90)
    assert shot.stat().st_size > 10_000

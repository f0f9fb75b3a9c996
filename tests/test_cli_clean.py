"""``newsclean clean``: formats, roles, standard input, and exit codes for what cannot be done."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from _pipeline_pages import article_page
from newsclean.cli import main

URL = "https://valleypost.example/news/bridge"
Capture = pytest.CaptureFixture[str]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.html"
    path.write_text(article_page(), encoding="utf-8")
    return path


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = main(["clean", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_blocks_is_the_default_and_names_each_role_and_rule(page: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, str(page), "--url", URL)
    assert code == 0
    assert "[headline <- generic/headline/h1] Council Votes to Repair the Old Bridge" in out
    assert "# authors: Ana Ruiz" in out


def test_json_is_the_whole_result(page: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, str(page), "--url", URL, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["schema_version"] == 1 and data["url"] == URL
    assert data["authors"] == ["Ana Ruiz"]


def test_roles_filter_the_blocks(page: Path, capsys: Capture) -> None:
    _, out, _ = run(capsys, str(page), "-f", "json", "--roles", "byline,headline")
    assert {block["role"] for block in json.loads(out)["blocks"]} == {"byline", "headline"}
    _, out, _ = run(capsys, str(page), "-f", "text", "--roles", "byline")
    assert out == "By Ana Ruiz\n"


@pytest.mark.parametrize(("fmt", "expected"), [
    ("text", "- Closing the bridge to lorries in June.\n"),
    ("markdown", "## What happens next\n"),
    ("html", "<li>Closing the bridge to lorries in June.</li>"),
])
def test_text_markdown_and_html_render_the_body(page: Path, capsys: Capture, fmt: str, expected: str) -> None:
    code, out, _ = run(capsys, str(page), "-f", fmt)
    assert code == 0 and expected in out and "Copyright" not in out


def test_a_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(article_page().encode())))
    code, out, _ = run(capsys, "-", "-f", "text", "--roles", "headline")
    assert (code, out) == (0, "Council Votes to Repair the Old Bridge\n")


def test_a_gzipped_page_is_read(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "bridge.html.gz"
    path.write_bytes(gzip.compress(article_page().encode()))
    code, out, _ = run(capsys, str(path), "-f", "text", "--roles", "byline")
    assert (code, out) == (0, "By Ana Ruiz\n")


def test_a_missing_file_is_a_usage_error(tmp_path: Path, capsys: Capture) -> None:
    code, out, err = run(capsys, str(tmp_path / "nope.html"))
    assert (code, out) == (2, "")
    assert err == f"newsclean: cannot read {tmp_path / 'nope.html'}: No such file or directory\n"


def test_an_empty_page_cannot_be_cleaned(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "empty.html"
    path.write_text("  \n")
    code, out, err = run(capsys, str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"newsclean: {path}: ") and "empty" in err


def test_an_unknown_role_is_a_usage_error_naming_the_known_ones(page: Path, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["clean", str(page), "--roles", "body,bodyy"])
    assert stop.value.code == 2
    assert "unknown role 'bodyy'; roles are headline, dek, byline" in capsys.readouterr().err


def test_a_missing_rule_file_is_a_usage_error(page: Path, tmp_path: Path, capsys: Capture) -> None:
    code, _, err = run(capsys, str(page), "--rules", str(tmp_path / "missing.toml"))
    assert code == 2 and "missing.toml" in err


def test_the_command_runs_as_a_module_and_survives_a_closed_pipe(tmp_path: Path) -> None:
    page = tmp_path / "long.html"
    more = "<p>The works will be paid for from the reserve fund, the treasurer said.</p>" * 2000
    page.write_text(article_page().replace("</article>", more + "</article>"), encoding="utf-8")
    command = [sys.executable, "-m", "newsclean", "clean", str(page), "-f", "json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()
        err = proc.stderr.read()
    assert b"Traceback" not in err


def test_rule_sets_can_be_left_out(page: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, str(page), "-f", "json", "--no-generic-rules", "--no-outlet-rules")
    assert (code, json.loads(out)["rule_sets"]) == (0, [])

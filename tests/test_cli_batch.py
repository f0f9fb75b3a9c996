"""``newsclean batch``: inputs, order, error records, resume, progress on terminals only, exit codes."""

from __future__ import annotations

import gzip
import io
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _pipeline_pages import article_page, records, write_folder, write_jsonl
from newsclean.cli import main

Capture = pytest.CaptureFixture[str]
BATCH = [sys.executable, "-m", "newsclean", "batch"]


def batch(capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = main(["batch", *args])
    out, err = capsys.readouterr()
    return code, out, err


def keys(path: Path) -> list[str]:
    return [str(record["key"]) for record in records(path)]


# -- inputs ------------------------------------------------------------------------------------------


def test_a_folder_gives_one_record_per_page_file_in_sorted_order(tmp_path: Path, capsys: Capture) -> None:
    pages = write_folder(tmp_path / "pages", 5)
    (tmp_path / "pages" / "notes.md").write_text("not a page")
    (tmp_path / "pages" / "sub").mkdir()
    (tmp_path / "pages" / "sub" / "story.txt").write_text("Bridge Repaired\n\n" + "The bridge reopened. " * 9)
    out = tmp_path / "out.jsonl"
    code, stdout, err = batch(capsys, str(tmp_path / "pages"), "-o", str(out), "-j", "2")
    assert (code, stdout) == (0, "")
    assert keys(out) == [str(p) for p in pages] + [str(tmp_path / "pages" / "sub" / "story.txt")]
    assert all(r["authors"] == ["Ana Ruiz"] for r in records(out)[:5])
    assert records(out)[5]["blocks"][0]["source"] == "line:1"
    assert "newsclean: 6 pages, 0 errors;" in err and "pages/s" in err


def test_jsonl_records_are_keyed_by_id_or_line(tmp_path: Path, capsys: Capture) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "url": "https://valleypost.example/a", "html": article_page()},
        {"url": "https://valleypost.example/b", "html": article_page()},
    ])
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(source), "-o", str(out))[0] == 0
    assert keys(out) == ["a", f"{source}:2"]
    assert [r["url"] for r in records(out)] == ["https://valleypost.example/a", "https://valleypost.example/b"]


def test_field_names_can_be_changed(tmp_path: Path, capsys: Capture) -> None:
    record = {"doc": "d1", "link": "https://v.example/1", "raw": article_page()}
    source = write_jsonl(tmp_path / "in.jsonl", [record])
    out = tmp_path / "out.jsonl"
    args = ["--field", "html=raw", "--field", "url=link", "--field", "id=doc"]
    assert batch(capsys, str(source), "-o", str(out), *args)[0] == 0
    (cleaned,) = records(out)
    assert (cleaned["key"], cleaned["url"], cleaned["title"]) == ("d1", "https://v.example/1",
                                                               "Council Votes to Repair the Old Bridge")


def test_a_broken_jsonl_line_becomes_an_error_record_and_the_run_goes_on(tmp_path: Path,
                                                                         capsys: Capture) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"html": article_page()}, '{"html": "<p>cut off', ["not", "an", "object"], {"title": "no page"},
        {"html": "   "}, {"html": article_page()},
    ])
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(source), "-o", str(out), "-j", "2")
    assert code == 1
    got = records(out)
    assert [r.get("error") for r in got] == [None, *["InputError"] * 4, None]
    assert got[1] == {"key": f"{source}:2", "schema_version": 1, "url": None, "error": "InputError",
                      "message": "not a valid JSON line: Unterminated string starting at (column 10)"}
    assert got[2]["message"] == "the line is a JSON list, not an object"
    assert got[3]["message"] == "the record has no 'html' or 'text' field"
    assert "newsclean: 6 pages, 4 errors;" in err


def test_an_unreadable_page_file_becomes_an_error_record(tmp_path: Path, capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 2)
    (tmp_path / "pages" / "page-005.html.gz").write_bytes(b"\x1f\x8b\x08 this is not gzip")
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(tmp_path / "pages"), "-o", str(out))[0] == 1
    bad = records(out)[-1]
    assert bad["key"] == str(tmp_path / "pages" / "page-005.html.gz") and bad["error"] == "InputError"
    assert bad["message"].startswith("not a readable gzip file")


def write_warc(path: Path) -> list[str]:
    """A gzipped WARC: two HTML responses (one Latin-1), a request, an image, a redirect; their ids."""
    warcwriter = pytest.importorskip("warcio.warcwriter")
    status_and_headers = pytest.importorskip("warcio.statusandheaders").StatusAndHeaders

    ids = []
    # Fixed record ids and dates: the same bytes on every run, so a test damaging them damages the same place.
    fixed = ({"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>", "WARC-Date": "2024-05-01T12:00:00Z"}
             for n in range(1, 100))
    with path.open("wb") as stream:
        writer = warcwriter.WARCWriter(stream, gzip=True)

        def response(url: str, status: str, content_type: str, body: bytes) -> None:
            headers = status_and_headers(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=headers, warc_headers_dict=next(fixed))
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))

        page = article_page().encode()
        response("https://valleypost.example/a", "200 OK", "text/html; charset=utf-8", page)
        writer.write_record(writer.create_warc_record("https://valleypost.example/a", "request",
                                                      payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"),
                                                      warc_headers_dict=next(fixed)))
        response("https://valleypost.example/logo.png", "200 OK", "image/png", b"\x89PNG....")
        response("https://valleypost.example/old", "301 Moved", "text/html", b"<a href=/a>moved</a>")
        latin = article_page(title="Caf\u00e9 Owners Back the Bridge Plan").encode("latin-1")
        response("https://valleypost.example/b", "200 OK", "text/html; charset=iso-8859-1", latin)
    return [ids[0], ids[3]]


def test_a_warc_gives_its_html_responses_keyed_by_record_id(tmp_path: Path, capsys: Capture) -> None:
    warc = tmp_path / "crawl.warc.gz"
    ids = write_warc(warc)
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(warc), "-o", str(out), "-j", "2")[0] == 0
    got = records(out)
    assert keys(out) == ids
    assert [r["url"] for r in got] == ["https://valleypost.example/a", "https://valleypost.example/b"]
    assert got[1]["title"] == "Caf\u00e9 Owners Back the Bridge Plan"


def test_a_damaged_warc_ends_with_an_error_record(tmp_path: Path, capsys: Capture) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    data = warc.read_bytes()
    middle = len(data) // 2
    warc.write_bytes(data[:middle] + b"\0" * 200 + data[middle + 200 :])
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(warc), "-o", str(out))[0] == 1
    last = records(out)[-1]
    assert last["key"] == f"{warc}#damaged" and f"{warc}: damaged after 1 pages: " in last["message"]
    assert len(last["message"].partition("damaged after 1 pages: ")[2]) <= 200  # binary junk is cut short


def test_a_warc_without_warcio_names_the_extra_to_install(tmp_path: Path, capsys: Capture,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)  # as if it were not installed
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\n")
    code, _, err = batch(capsys, str(tmp_path / "crawl.warc"), "-o", str(tmp_path / "out.jsonl"))
    assert (code, err) == (2, "newsclean: this needs warcio, which is not installed: pip install 'newsclean[warc]'\n")


def test_a_file_named_warc_that_is_none_is_refused(tmp_path: Path, capsys: Capture) -> None:
    pytest.importorskip("warcio")
    fake = tmp_path / "crawl.warc"
    fake.write_text("this is not a WARC file\n")
    code, _, err = batch(capsys, str(fake), "-o", str(tmp_path / "out.jsonl"))
    assert (code, err) == (2, f"newsclean: {fake}: not a WARC file (it does not start with a WARC record)\n")


# -- output and resume -------------------------------------------------------------------------------


def test_results_do_not_depend_on_the_number_of_processes(tmp_path: Path, capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 9)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch(capsys, str(tmp_path / "pages"), "-o", str(one), "-j", "1")
    batch(capsys, str(tmp_path / "pages"), "-o", str(two), "-j", "2")
    assert one.read_bytes() == two.read_bytes()


def test_dash_writes_records_to_standard_output(tmp_path: Path, capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 2)
    code, out, _ = batch(capsys, str(tmp_path / "pages"), "-o", "-")
    assert code == 0 and len(out.splitlines()) == 2 and out.startswith('{"key": ')


def test_a_rerun_skips_what_is_written_and_cuts_a_truncated_last_line(tmp_path: Path,
                                                                      capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 6)
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    batch(capsys, str(tmp_path / "pages"), "-o", str(full))
    lines = full.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:3]) + lines[3][:25])  # as a killed run leaves it
    code, _, err = batch(capsys, str(tmp_path / "pages"), "-o", str(out))
    assert code == 0
    assert out.read_bytes() == full.read_bytes()
    assert "removed a truncated last record" in err and "3 pages, 0 errors, 3 already in" in err


def test_overwrite_starts_again(tmp_path: Path, capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 2)
    out = tmp_path / "out.jsonl"
    batch(capsys, str(tmp_path / "pages"), "-o", str(out))
    _, _, err = batch(capsys, str(tmp_path / "pages"), "-o", str(out), "--overwrite")
    assert len(records(out)) == 2 and "2 pages, 0 errors;" in err


def test_a_batch_killed_midway_resumes_and_ends_with_every_page_once(tmp_path: Path) -> None:
    pages = write_folder(tmp_path / "pages", 150)
    out = tmp_path / "out.jsonl"
    command = [*BATCH, str(tmp_path / "pages"), "-o", str(out), "-j", "2"]
    with subprocess.Popen(command, stderr=subprocess.DEVNULL) as proc:
        deadline = time.monotonic() + 60
        while (not out.exists() or out.read_bytes().count(b"\n") < 10) and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    written = out.read_bytes().count(b"\n")
    assert 10 <= written < 150, "the run should have been killed midway"
    assert _processes_mentioning(str(tmp_path), wait=5) == [], "pool workers outlived their killed parent"
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert keys(out) == [str(p) for p in pages]
    assert f"{150 - written} pages, 0 errors, {written} already in" in done.stderr


def _processes_mentioning(text: str, wait: float) -> list[int]:
    """PIDs whose command line mentions ``text`` (Linux /proc; empty elsewhere), after up to ``wait`` s."""
    deadline = time.monotonic() + wait
    while True:
        found = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if text.encode() in cmdline.read_bytes():
                    found.append(int(cmdline.parent.name))
            except OSError:
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def test_sigterm_stops_the_run_with_whole_records(tmp_path: Path) -> None:
    write_folder(tmp_path / "pages", 150)
    out = tmp_path / "out.jsonl"
    with subprocess.Popen([*BATCH, str(tmp_path / "pages"), "-o", str(out), "-j", "2"],
                          stderr=subprocess.PIPE, text=True) as proc:
        while not out.exists() or out.read_bytes().count(b"\n") < 5:
            time.sleep(0.05)
        proc.terminate()
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "interrupted after" in err and "run the same command again" in err
    assert out.read_bytes().endswith(b"\n") and all(r["key"] for r in records(out))


# -- progress ----------------------------------------------------------------------------------------


def test_no_progress_bar_when_standard_error_is_piped(tmp_path: Path) -> None:
    write_folder(tmp_path / "pages", 4)
    done = subprocess.run([*BATCH, str(tmp_path / "pages"), "-o", str(tmp_path / "out.jsonl")],
                          capture_output=True, text=True, check=True)
    assert "\r" not in done.stderr and "%" not in done.stderr and "ETA" not in done.stderr
    assert done.stderr.startswith("newsclean: 4 pages, 0 errors;")


def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    write_folder(tmp_path / "pages", 4)
    primary, secondary = pty.openpty()
    with subprocess.Popen([*BATCH, str(tmp_path / "pages"), "-o", str(tmp_path / "out.jsonl")],
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary) as proc:
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            shown += chunk
        proc.wait(timeout=60)
    os.close(primary)
    assert b"\r100% [" in shown and b"4/4 pages" in shown
    assert b"newsclean: 4 pages, 0 errors;" in shown


def test_the_bar_can_be_forced_or_silenced(tmp_path: Path, capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 2)
    _, _, err = batch(capsys, str(tmp_path / "pages"), "-o", str(tmp_path / "a.jsonl"), "--progress")
    assert "\r100% [" in err
    _, _, err = batch(capsys, str(tmp_path / "pages"), "-o", str(tmp_path / "b.jsonl"), "--quiet")
    assert err == ""


# -- what cannot be done -----------------------------------------------------------------------------


def test_a_missing_input_is_a_usage_error_and_writes_nothing(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(tmp_path / "nope"), "-o", str(out))
    assert (code, err) == (2, f"newsclean: {tmp_path / 'nope'}: no such file or folder\n")
    assert not out.exists()


def test_an_input_of_unknown_kind_is_refused(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    code, _, err = batch(capsys, str(tmp_path / "data.csv"), "-o", str(tmp_path / "out.jsonl"))
    assert code == 2 and "cannot tell how to read it" in err


def test_an_unreadable_jsonl_file_ends_with_an_error_record(tmp_path: Path, capsys: Capture) -> None:
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(gzip.compress(b'{"html": "<p>x</p>"}\n' * 50)[:-30])
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(source), "-o", str(out))[0] == 1
    assert "unreadable after line" in str(records(out)[-1]["message"])


def test_an_output_that_is_not_ours_is_not_appended_to(tmp_path: Path, capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 1)
    out = tmp_path / "notes.jsonl"
    out.write_text('{"something": "else"}\n')
    code, _, err = batch(capsys, str(tmp_path / "pages"), "-o", str(out))
    assert code == 2 and "is not a newsclean batch record" in err and "--overwrite" in err
    assert out.read_text() == '{"something": "else"}\n'


def test_an_output_in_a_missing_folder_is_a_usage_error(tmp_path: Path, capsys: Capture) -> None:
    write_folder(tmp_path / "pages", 1)
    code, _, err = batch(capsys, str(tmp_path / "pages"), "-o", str(tmp_path / "no" / "out.jsonl"))
    assert code == 2 and "cannot write" in err and "No such file or directory" in err


def test_the_output_cannot_be_an_input(tmp_path: Path, capsys: Capture) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"html": article_page()}])
    code, _, err = batch(capsys, str(source), "-o", str(source))
    assert code == 2 and "is also an input" in err


@pytest.mark.parametrize("args", [["-j", "-1"], ["-j", "two"], ["--field", "body=x"], ["--field", "html"]],
                         ids=["negative-jobs", "jobs-not-a-number", "unknown-field", "field-without-name"])
def test_bad_options_are_usage_errors(tmp_path: Path, capsys: Capture, args: list[str]) -> None:
    write_folder(tmp_path / "pages", 1)
    try:
        code = main(["batch", str(tmp_path / "pages"), "-o", str(tmp_path / "out.jsonl"), *args])
    except SystemExit as stop:  # argparse's own errors
        code = int(str(stop.code))
    assert code == 2
    assert capsys.readouterr().err.strip()

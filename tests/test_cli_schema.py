"""The published JSON Schemas (docs/schema/) match what the library and the commands really write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from _pipeline_pages import article_page, records, write_jsonl
from newsclean import Cleaner, Options, clean
from newsclean.cli import main
from newsclean.cli.clean_cmd import read_input, render_json
from newsclean.model import KINDS, Role

jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schema"
FIXTURE_PAGES = sorted(p for p in (ROOT / "fixtures").rglob("*") if p.suffix in {".html", ".txt"})


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return data


def validator(name: str) -> Any:
    """A validator for one schema, with the other schemas resolvable by their ids."""
    resources = [(schema["$id"], referencing.Resource.from_contents(schema))
                 for schema in map(load, ("article-v1.schema.json", "batch-record-v1.schema.json"))]
    registry = referencing.Registry().with_resources(resources)
    return jsonschema.Draft202012Validator(load(name), registry=registry)


ARTICLE = validator("article-v1.schema.json")
RECORD = validator("batch-record-v1.schema.json")


def errors(checker: Any, data: Any) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}" for error in checker.iter_errors(data)]


@pytest.mark.parametrize("name", ["article-v1.schema.json", "batch-record-v1.schema.json"])
def test_the_schemas_are_valid_json_schema(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(load(name))


def test_roles_and_kinds_are_those_of_the_model() -> None:
    block = load("article-v1.schema.json")["$defs"]["block"]
    assert block["properties"]["role"]["enum"] == [str(role) for role in Role]
    by_role = {rule["if"]["properties"]["role"].get("const"): rule["then"]["properties"]["kind"].get("enum")
               for rule in block["allOf"]}
    assert {role: set(kinds) - {None} for role, kinds in by_role.items() if role} == {
        str(role): set(kinds) for role, kinds in KINDS.items()}


def test_the_json_the_cli_prints_follows_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(FIXTURE_PAGES[0]), "--format", "json"]) == 0
    assert errors(ARTICLE, json.loads(capsys.readouterr().out)) == []


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(Options())  # one for all pages: building one compiles every rule file (the CLI's own run is above)


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=[f"{p.parent.name}/{p.name}" for p in FIXTURE_PAGES])
def test_the_json_of_every_fixture_page_follows_the_schema(page: Path, cleaner: Cleaner) -> None:
    assert errors(ARTICLE, json.loads(render_json(cleaner.clean(read_input(str(page)))))) == []


@pytest.mark.parametrize("markup", [
    article_page(),
    "Bridge Repaired\n\nBy Ana Ruiz\n\n" + "The bridge reopened to traffic on Monday morning. " * 8,
    "<html><body><ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li></ul></body></html>",
], ids=["article", "plain-text", "not-an-article"])
def test_to_dict_follows_the_schema(markup: str) -> None:
    assert errors(ARTICLE, clean(markup, url="https://valleypost.example/x").to_dict()) == []


def test_batch_records_and_error_records_follow_the_schema(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "html": article_page()}, "{broken", {"html": ""}])
    main(["batch", str(source), "-o", str(tmp_path / "out.jsonl")])
    got = records(tmp_path / "out.jsonl")
    assert [bool(r.get("error")) for r in got] == [False, True, True]
    assert [errors(RECORD, r) for r in got] == [[], [], []]


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.pop("body"), "'body' is a required property"),
    (lambda d: d.update(extra=1), "extra"),
    (lambda d: d["blocks"][0].update(role="body", kind="newsletter"), "['blocks', 0, 'kind']: None was expected"),
    (lambda d: d["blocks"][0].update(source="p[1]"), "p[1]"),
], ids=["missing-field", "unknown-field", "kind-of-another-role", "bad-source"])
def test_the_schema_rejects_what_the_model_never_writes(change: Any, where: str) -> None:
    data = clean(article_page()).to_dict()
    change(data)
    assert any(where in message for message in errors(ARTICLE, data))

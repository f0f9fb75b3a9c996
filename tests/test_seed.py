"""The seed page (a scraped Moscow Times article as plain text) must come out exactly right, with the
outlet's rules and with the generic rules alone. The seed lives in ../shared/seed/ beside the checkout
(CI has it); the test is skipped where it is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
CASES = sorted(SEED.glob("*.expected.json")) if SEED.is_dir() else []
MODES = {"generic": (False, False), "outlet": (True, True)}


@pytest.mark.skipif(not CASES, reason="../shared/seed/ is not beside this checkout")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("expected_path", CASES, ids=lambda p: p.name.split(".")[0])
def test_seed_block_roles_are_exact(expected_path: Path, mode: str) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    text = (SEED / expected["source"]).read_text(encoding="utf-8")
    outlet_rules, with_url = MODES[mode]
    options = newsclean.Options(outlet_rules=outlet_rules)
    article = newsclean.clean(text, expected["url"] if with_url else None, options=options)
    got = [(b.text, str(b.role), b.kind) for b in article.blocks]
    want = [(b["text"], b["role"], b.get("kind")) for b in expected["blocks"]]
    assert got == want

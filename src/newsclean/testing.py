"""A pytest helper so a rule pack's test suite is one line.

.. code-block:: python

    # tests/test_fixtures.py of a rule pack
    from newsclean.testing import fixture_tests

    test_fixture = fixture_tests("fixtures", rule_paths=["rules"])

Each fixture becomes one test case named ``<outlet>/<slug>``; a failing case lists every field that failed,
in both modes (with the outlet's rules, and generic rules alone when the file says ``generic_too``).
Relative paths are taken from the directory pytest runs in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from .fixtures import Checker, Fixture, find_fixtures, stale_rules
from .options import Options


def fixture_tests(root: str | Path, *, rule_paths: Sequence[str | Path] = (),
                  options: Options | None = None) -> Callable[[Fixture], None]:
    """A test function parametrised over every fixture under ``root``."""
    found = find_fixtures(root)
    base = options or Options()
    settings = dataclasses.replace(base, rule_paths=(*base.rule_paths, *(str(p) for p in rule_paths)))
    checker: list[Checker] = []

    @pytest.mark.parametrize("fixture", found, ids=[f.id for f in found])
    def test_fixture(fixture: Fixture) -> None:
        if not checker:
            checker.append(Checker(settings))
        failed = [c for c in checker[0].check(fixture) if not c.ok]
        lines = [f"  [{c.mode}] {c.field}: {c.detail}" for c in failed]
        assert not failed, f"{fixture.id}:\n" + "\n".join(lines)

    return test_fixture


def stale_rules_test(root: str | Path, *, rule_paths: Sequence[str | Path] = ()) -> Callable[[], None]:
    """A test that fails when an outlet rule matches nothing on any fixture of its outlet."""

    def test_no_stale_rules() -> None:
        checker = Checker(Options(rule_paths=tuple(str(p) for p in rule_paths)))
        stale = stale_rules(find_fixtures(root), checker)
        assert not stale, "rules matching nothing on their outlet's fixtures: " + _listing(stale)

    return test_no_stale_rules


def _listing(stale: dict[str, Any]) -> str:
    return ", ".join(rule for rules in stale.values() for rule in rules)

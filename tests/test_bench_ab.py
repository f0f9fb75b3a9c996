"""bench/ab.py imports a commit's newsclean beside the checkout's, with that commit's own rule files."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

import newsclean

BENCH = Path(__file__).parent.parent / "bench"
PAGE = ("<html><body><h1>Harbour board to dredge the channel</h1><p>The harbour board agreed on Monday to dredge "
        "the western channel before the autumn storms, after two trawlers ran aground there.</p>"
        "<p>Sign up for our free weekly newsletter</p></body></html>")


def _in_git_checkout() -> bool:
    if shutil.which("git") is None:
        return False
    found = subprocess.run(["git", "-C", str(BENCH), "rev-parse", "HEAD"], check=False, capture_output=True)
    return found.returncode == 0


@pytest.fixture(scope="module")
def ab() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # ab.py imports its sibling pages.py
    try:
        import ab as module
    finally:
        sys.path.remove(str(BENCH))
    return module


@pytest.mark.skipif(not _in_git_checkout(), reason="needs git and the project's repository")
def test_the_base_revision_is_its_own_package_with_its_own_rules(ab: ModuleType, tmp_path: Path) -> None:
    base = ab.import_revision("HEAD", tmp_path)
    assert base.__name__ == "newsclean_base" and base is not newsclean
    assert Path(base.__file__).is_relative_to(tmp_path)
    loader = importlib.import_module("newsclean_base.rules.loader")  # reads the commit's rule files
    assert '"newsclean_base.rules"' in Path(loader.__file__).read_text(encoding="utf-8")
    assert Path(str(resources.files("newsclean_base.rules"))).is_relative_to(tmp_path)
    options = newsclean.Options(outlet_rules=False)
    got = base.Cleaner(base.Options(outlet_rules=False)).clean(PAGE).to_dict()
    want = newsclean.Cleaner(options).clean(PAGE).to_dict()
    assert got["blocks"] == want["blocks"]

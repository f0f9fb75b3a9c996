"""Bounds on what a rule file may ask for, shared by the TOML loader and the FiveFilters reader.

Rule files are data from users and from public collections: reading one must not cost minutes, and a
selector must not cost time quadratic in the page on every page it is tried on.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

MAX_FILE_BYTES = 2_000_000
MAX_XPATH_CHARS = 10_000
# Inside a predicate: a path that starts from the root again, after a bracket, operator or comma.
_RESTART = re.compile(r"(?:[\[(,=<>|+*-]|\band|\bor)\s*/")
XPATH_LITERAL = re.compile(r"'[^']*'|\"[^\"]*\"")


def xpath_problem(expression: str) -> str | None:
    """Why an XPath is too costly to run on every page, or None.

    ``//*[count(//*) > 0]`` scans the whole page once per node (quadratic; nested, worse); lxml cannot
    stop an XPath once it runs, so such expressions are refused when the rule file is read.
    """
    if len(expression) > MAX_XPATH_CHARS:
        return f"longer than {MAX_XPATH_CHARS:,} characters"
    if _restarts_in_predicate(XPATH_LITERAL.sub("''", expression)):
        return ("it searches the whole page again inside a condition, which costs time quadratic in the "
                "page (use a relative path such as .//x or ancestor::x)")
    return None


def _restarts_in_predicate(expression: str) -> bool:
    depth = 0
    start = 0
    for i, ch in enumerate(expression):
        if ch == "[":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
            if depth == 0 and _RESTART.search(expression, start, i + 1):
                return True
    return False


def file_problem(path: Path) -> str | None:
    """Why a path cannot be read as a rule file (not a regular file, too big), or None."""
    try:
        info = path.stat()
    except OSError as exc:
        return f"cannot read the file: {exc}"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a device, pipe or folder is no rule file)"
    if info.st_size > MAX_FILE_BYTES:
        return f"the file is {info.st_size:,} bytes; rule files are at most {MAX_FILE_BYTES:,}"
    return None

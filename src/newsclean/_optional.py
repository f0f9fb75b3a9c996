"""Import the optional dependencies of the integrations, with a message that names the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtraError(ImportError):
    """An integration was used without its optional dependency; the message says what to install."""


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` or fail with ``pip install 'newsclean[extra]'`` in the message.

    >>> require("json", "none").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".", maxsplit=1)[0]
        raise MissingExtraError(f"this needs {top}, which is not installed: pip install 'newsclean[{extra}]'",
                                name=module) from exc

"""newsclean: split a scraped news page into labelled blocks, each naming the rule that decided it.

>>> import newsclean
>>> article = newsclean.clean("<html><body><h1>Rain Returns to the Valley</h1>"
...     "<p>By Ana Ruiz</p><p>" + "The river rose overnight, and farmers moved their herds uphill. " * 4 +
...     "</p></body></html>")
>>> article.authors
('Ana Ruiz',)
"""

from ._version import __version__
from .batch import clean_many
from .cleaner import Cleaner, clean
from .errors import InputError, RuleError
from .model import SCHEMA_VERSION, Article, Block, Role
from .options import Options

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "Cleaner",
    "InputError",
    "Options",
    "Role",
    "RuleError",
    "__version__",
    "clean",
    "clean_many",
]

"""The result model: an :class:`Article` made of :class:`Block` s, each with a role and the rule that chose it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ._version import __version__

SCHEMA_VERSION = 1


class Role(StrEnum):
    """What a block of the page is; compare with plain strings (``block.role == "body"``)."""

    HEADLINE = "headline"
    DEK = "dek"
    BYLINE = "byline"
    AUTHOR_BIO = "author_bio"
    METADATA = "metadata"
    BODY = "body"
    CAPTION = "caption"
    PHOTO_CREDIT = "photo_credit"
    PROMO = "promo"
    DISCLAIMER = "disclaimer"
    CREDIT_LINE = "credit_line"
    BOILERPLATE = "boilerplate"


#: The kinds each role allows (roles not listed take no kind).
KINDS: dict[Role, frozenset[str]] = {
    Role.METADATA: frozenset({"date", "dateline", "tags", "reading_time", "section"}),
    Role.PROMO: frozenset({"newsletter", "donation", "subscription", "related", "social", "app", "ad", "other"}),
    Role.BOILERPLATE: frozenset({"navigation", "footer", "cookie", "comments", "other"}),
    Role.AUTHOR_BIO: frozenset({"contact"}),
}


@dataclass(frozen=True, slots=True)
class Block:
    """One text block of the page.

    ``text`` is whitespace-normalised; ``rule`` is the id of the rule that decided the role
    (``generic/promo/newsletter-form``, ``outlet/themoscowtimes.com/support-modal``, ``body/score``);
    ``tag`` the structural element (p, h2, li, figcaption, ... or ``line`` for text input); ``source`` an
    XPath for HTML, ``line:N`` for text; ``links`` the (anchor text, absolute href) pairs inside the block,
    ``heading`` the level (1-6) when the block is a heading, else 0.
    """

    text: str
    role: Role
    kind: str | None
    rule: str
    tag: str
    source: str
    links: tuple[tuple[str, str], ...] = ()
    heading: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "role": str(self.role), "kind": self.kind, "rule": self.rule,
                "tag": self.tag, "source": self.source, "heading": self.heading,
                "links": [{"text": t, "href": h} for t, h in self.links]}


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned page: every block in reading order, and what was read from them."""

    blocks: tuple[Block, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    outlet: str | None = None
    is_article: bool = True
    warnings: tuple[str, ...] = ()
    rule_sets: tuple[str, ...] = ()
    url: str | None = None
    body: str = field(init=False)

    def __post_init__(self) -> None:
        body = "\n\n".join(b.text for b in self.blocks if b.role is Role.BODY)
        object.__setattr__(self, "body", body)

    def _of(self, role: Role) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role is role)

    @property
    def bylines(self) -> tuple[Block, ...]:
        return self._of(Role.BYLINE)

    @property
    def photo_credits(self) -> tuple[Block, ...]:
        return self._of(Role.PHOTO_CREDIT)

    @property
    def captions(self) -> tuple[Block, ...]:
        return self._of(Role.CAPTION)

    @property
    def promos(self) -> tuple[Block, ...]:
        return self._of(Role.PROMO)

    @property
    def headline(self) -> Block | None:
        return next(iter(self._of(Role.HEADLINE)), None)

    def text_of(self, *roles: str) -> str:
        """The texts of the blocks with any of ``roles``, in page order, joined by blank lines."""
        return "\n\n".join(b.text for b in self.blocks if b.role in roles)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (see ``docs/api.md`` for the schema)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "newsclean_version": __version__,
            "rule_sets": list(self.rule_sets),
            "url": self.url,
            "canonical_url": self.canonical_url,
            "outlet": self.outlet,
            "language": self.language,
            "is_article": self.is_article,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "body": self.body,
            "warnings": list(self.warnings),
            "blocks": [b.to_dict() for b in self.blocks],
        }

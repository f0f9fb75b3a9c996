"""Render the blocks of an :class:`~newsclean.Article` as plain text, Markdown or HTML.

The structure comes from each block's ``tag``, ``heading`` and ``source`` (the XPath of its element):
consecutive list items of one list become one list, table cells one table (row by row), and blocks
inside a ``blockquote`` one quotation. Links are written with their targets.

>>> from newsclean.model import Article, Block, Role
>>> blocks = (Block("Floods", Role.BODY, None, "body/score", "h2", "/html/body/h2", heading=2),
...           Block("See the map.", Role.BODY, None, "body/score", "p", "/html/body/p",
...                 links=(("map", "https://example.org/map"),)))
>>> print(to_markdown(Article(blocks=blocks)))
## Floods
<BLANKLINE>
See the [map](https://example.org/map).
>>> print(to_html(Article(blocks=blocks), document=False))
<article>
<h2>Floods</h2>
<p>See the <a href="https://example.org/map">map</a>.</p>
</article>
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .model import Article, Block

__all__ = ["to_html", "to_markdown", "to_text"]

#: The roles rendered when none are given.
DEFAULT_ROLES: tuple[str, ...] = ("body",)

_STEP = re.compile(r"^([a-zA-Z][\w.-]*)")
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SAFE_HREF = re.compile(r"^(?:https?:|mailto:|ftp:|/|#|\.|[^:]*$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Group:
    """Consecutive blocks rendered as one unit: a paragraph, heading, list, table, quote or code block."""

    kind: str
    blocks: tuple[Block, ...]
    key: str = ""


# -- structure ---------------------------------------------------------------------------------------


def _steps(source: str) -> list[str]:
    """The element names along an XPath (``/html/body/ul[2]/li[1]`` -> html, body, ul, li); [] otherwise."""
    if not source.startswith("/"):
        return []
    names = []
    for step in source.split("/")[1:]:
        match = _STEP.match(step)
        names.append(match.group(1).lower() if match else "")
    return names


def _prefix(source: str, upto: int) -> str:
    """The XPath of the ancestor at step index ``upto`` (inclusive)."""
    return "/" + "/".join(source.split("/")[1 : upto + 2])


def _last(names: Sequence[str], wanted: set[str]) -> int:
    """Index of the innermost step named in ``wanted``, or -1."""
    return max((i for i, name in enumerate(names) if name in wanted), default=-1)


def _first(names: Sequence[str], wanted: set[str]) -> int:
    """Index of the outermost step named in ``wanted``, or -1."""
    return next((i for i, name in enumerate(names) if name in wanted), -1)


def _classify(block: Block) -> tuple[str, str]:
    """The kind of unit a block belongs to, and the key shared by the blocks of the same unit."""
    names = _steps(block.source)
    tag = block.tag.lower()
    if block.heading or tag in _HEADING_TAGS:
        return "heading", block.source
    if tag in {"td", "th"} or (names and names[-1] in {"td", "th"}):
        table = _last(names, {"table"})
        return "table", _prefix(block.source, table) if table >= 0 else "table"
    quote = _first(names, {"blockquote"})
    if tag == "blockquote" or quote >= 0:
        return "quote", _prefix(block.source, quote) if quote >= 0 else block.source
    if tag == "li" or "li" in names[-2:]:
        outer = _first(names, {"ul", "ol", "menu"})
        return "list", _prefix(block.source, outer) if outer >= 0 else "list"
    if tag == "pre":
        return "code", block.source
    return "paragraph", block.source


def _group(blocks: Iterable[Block]) -> list[_Group]:
    """Gather consecutive blocks of the same list, table or quotation."""
    groups: list[_Group] = []
    for block in blocks:
        kind, key = _classify(block)
        if groups and kind in {"list", "table", "quote"} and (groups[-1].kind, groups[-1].key) == (kind, key):
            groups[-1] = _Group(kind, (*groups[-1].blocks, block), key)
        else:
            groups.append(_Group(kind, (block,), key))
    return groups


def _heading_level(block: Block) -> int:
    return block.heading or _HEADING_TAGS.get(block.tag.lower(), 2)


def _list_item(block: Block) -> tuple[int, bool]:
    """The nesting depth (0 for the outermost list) and whether the item's own list is ordered."""
    names = _steps(block.source)
    lists = [name for name in names if name in {"ul", "ol", "menu"}]
    return max(len(lists) - 1, 0), bool(lists) and lists[-1] == "ol"


def _list_lines(blocks: Sequence[Block], inline: Callable[[Block], str], indent: str) -> str:
    """One line per item: indented by depth, ``-`` or its number (counted per level) in front."""
    counters: list[int] = []
    lines = []
    for block in blocks:
        depth, ordered = _list_item(block)
        del counters[depth + 1 :]
        counters.extend([0] * (depth + 1 - len(counters)))
        counters[depth] += 1
        marker = f"{counters[depth]}." if ordered else "-"
        lines.append(indent * depth + f"{marker} {inline(block)}")
    return "\n".join(lines)


def _table_rows(blocks: Sequence[Block]) -> list[list[Block]]:
    """Cells grouped by their row (the XPath of the ``tr`` above them)."""
    rows: list[list[Block]] = []
    last_row = None
    for block in blocks:
        names = _steps(block.source)
        tr = _last(names, {"tr"})
        row = _prefix(block.source, tr) if tr >= 0 else block.source
        if row != last_row or not rows:
            rows.append([])
            last_row = row
        rows[-1].append(block)
    return rows


def _is_layout(group: _Group) -> bool:
    """A "table" of one cell per row is page layout, not data: render its cells as paragraphs."""
    return all(len(row) == 1 for row in _table_rows(group.blocks))


def _selected(article: Article, roles: Iterable[str] | None) -> list[Block]:
    wanted = set(DEFAULT_ROLES if roles is None else roles)
    return [block for block in article.blocks if block.role in wanted]


# -- links -------------------------------------------------------------------------------------------


def _linked(block: Block, plain: Callable[[str], str], link: Callable[[str, str], str]) -> str:
    """The block's text with each link's anchor text (found left to right) rendered by ``link``."""
    out, pos = [], 0
    for anchor, href in block.links:
        start = block.text.find(anchor, pos) if anchor else -1
        if start < 0 or not href:
            continue
        out.append(plain(block.text[pos:start]))
        out.append(link(anchor, href))
        pos = start + len(anchor)
    out.append(plain(block.text[pos:]))
    return "".join(out)


# -- text --------------------------------------------------------------------------------------------


def to_text(article: Article, roles: Iterable[str] | None = None) -> str:
    """The text of the blocks with ``roles`` (default: body), one paragraph per block, list items bulleted.

    Unlike :attr:`Article.body`, list items get a ``-`` (or ``1.``) and table rows are tab-separated.
    """
    parts = []
    for group in _group(_selected(article, roles)):
        if group.kind == "list":
            parts.append(_list_lines(group.blocks, lambda block: block.text, "  "))
        elif group.kind == "table" and not _is_layout(group):
            parts.append("\n".join("\t".join(c.text for c in row) for row in _table_rows(group.blocks)))
        else:
            parts.extend(block.text for block in group.blocks)
    return "\n\n".join(parts)


# -- Markdown ----------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(?:#{1,6}|[+-]|\d{1,9}[.)])(?=\s|$)")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_line(text: str) -> str:
    """Escape what Markdown would read at the start of a line as a heading or list marker."""
    match = _MD_LINE_START.match(text)
    if not match:
        return text
    end = match.end()
    if text[0].isdigit():
        return text[: end - 1] + "\\" + text[end - 1 :]
    return "\\" + text


def _md_link(anchor: str, href: str) -> str:
    if not _SAFE_HREF.match(href.strip()):
        return _md_escape(anchor)
    target = href.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"[{_md_escape(anchor)}]({target})"


def _md_inline(block: Block) -> str:
    return _md_line(_linked(block, _md_escape, _md_link))


def _md_group(group: _Group) -> str:
    if group.kind == "heading":
        block = group.blocks[0]
        return "#" * _heading_level(block) + " " + _md_inline(block)
    if group.kind == "list":
        return _list_lines(group.blocks, _md_inline, "    ")
    if group.kind == "table" and not _is_layout(group):
        return _md_table(_table_rows(group.blocks))
    if group.kind == "quote":
        return "\n>\n".join("> " + _md_inline(b) for b in group.blocks)
    if group.kind == "code":
        fence = "````" if "```" in group.blocks[0].text else "```"
        return f"{fence}\n{group.blocks[0].text}\n{fence}"
    return "\n\n".join(_md_inline(block) for block in group.blocks)


def _md_table(rows: list[list[Block]]) -> str:
    width = max(len(row) for row in rows)
    cells = [[_md_inline(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(row) + " |" for row in cells]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def to_markdown(article: Article, roles: Iterable[str] | None = None) -> str:
    """Markdown of the blocks with ``roles`` (default: body): subheads, lists, quotes, tables, links."""
    return "\n\n".join(_md_group(group) for group in _group(_selected(article, roles)))


# -- HTML --------------------------------------------------------------------------------------------


def _html_link(anchor: str, href: str) -> str:
    if not _SAFE_HREF.match(href.strip()):
        return html.escape(anchor, quote=False)
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(anchor, quote=False)}</a>'


def _html_inline(block: Block) -> str:
    return _linked(block, lambda text: html.escape(text, quote=False), _html_link)


def _html_list(blocks: Sequence[Block]) -> str:
    """Nested ``ul``/``ol`` elements following each item's depth."""
    out: list[str] = []
    stack: list[str] = []
    for block in blocks:
        depth, ordered = _list_item(block)
        while len(stack) > depth + 1:
            out.append(f"</li></{stack.pop()}>")
        if len(stack) == depth + 1:
            out.append("</li>")
        while len(stack) < depth + 1:
            stack.append("ol" if ordered and len(stack) == depth else "ul")
            out.append(f"<{stack[-1]}>" + ("" if len(stack) == depth + 1 else "<li>"))
        out.append(f"<li>{_html_inline(block)}")
    while stack:
        out.append(f"</li></{stack.pop()}>")
    return "".join(out)


def _html_cell(block: Block) -> str:
    tag = "th" if block.tag.lower() == "th" else "td"
    return f"<{tag}>{_html_inline(block)}</{tag}>"


def _html_table(rows: list[list[Block]]) -> str:
    return "<table>" + "".join("<tr>" + "".join(map(_html_cell, row)) + "</tr>" for row in rows) + "</table>"


def _html_group(group: _Group) -> str:
    if group.kind == "heading":
        level = min(_heading_level(group.blocks[0]), 6)
        return f"<h{level}>{_html_inline(group.blocks[0])}</h{level}>"
    if group.kind == "list":
        return _html_list(group.blocks)
    if group.kind == "table" and not _is_layout(group):
        return _html_table(_table_rows(group.blocks))
    if group.kind == "quote":
        return "<blockquote>" + "".join(f"<p>{_html_inline(b)}</p>" for b in group.blocks) + "</blockquote>"
    if group.kind == "code":
        return f"<pre>{html.escape(group.blocks[0].text, quote=False)}</pre>"
    return "\n".join(f"<p>{_html_inline(block)}</p>" for block in group.blocks)


def to_html(article: Article, roles: Iterable[str] | None = None, *, document: bool = True) -> str:
    """HTML of the blocks with ``roles`` (default: body), structure and links kept.

    With ``document=True`` a complete UTF-8 page titled with the article's title; else an ``<article>``.
    """
    inner = "\n".join(_html_group(group) for group in _group(_selected(article, roles)))
    fragment = f"<article>\n{inner}\n</article>" if inner else "<article>\n</article>"
    if not document:
        return fragment
    lang = f' lang="{html.escape(article.language)}"' if article.language else ""
    title = html.escape(article.title or "", quote=False)
    return (f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
            f"</head>\n<body>\n{fragment}\n</body>\n</html>")

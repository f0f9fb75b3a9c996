"""Render an :class:`~newsclean.Article` as a self-contained HTML page showing why each block got its role.

Every block stands in page order, coloured by role, with its role (and kind) in the margin; hovering shows
the rule that decided it, its tag and its XPath. A legend counts blocks and words per role, and a summary
lists what was kept out of the body, grouped by role and rule.

>>> from newsclean import clean
>>> page = render_html(clean("<h1>Rain Returns</h1><p>Sign up for our newsletter</p>"))
>>> "newsletter" in page and "<!DOCTYPE html>" in page
True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from .model import Article, Block

#: Background and accent colour per role (promo kinds share the promo accent).
COLOURS: dict[str, tuple[str, str]] = {
    "headline": ("#dbe9f7", "#1f4e79"), "dek": ("#e4eef8", "#4a7ab0"),
    "byline": ("#e3f4e1", "#2e7d32"), "author_bio": ("#eef6e8", "#689f38"),
    "metadata": ("#f1ecf8", "#6a4c93"), "body": ("#ffffff", "#9e9e9e"),
    "caption": ("#fff6d6", "#b58900"), "photo_credit": ("#ffe9c7", "#cb6d00"),
    "promo": ("#fde0e0", "#c62828"), "disclaimer": ("#e0f2f1", "#00796b"),
    "credit_line": ("#e8f0e8", "#4e7d4e"), "boilerplate": ("#eeeeee", "#757575"),
}
_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}
header{padding:14px 24px;background:#263238;color:#fff}header h1{font-size:19px;margin:0 0 6px}
header dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0;font-size:13px}
header dt{color:#b0bec5}header dd{margin:0}
main{display:grid;grid-template-columns:1fr 300px;gap:20px;padding:16px 24px}
.blocks{min-width:0}.side{position:sticky;top:10px;align-self:start;font-size:13px}
.b{display:grid;grid-template-columns:190px 1fr;gap:10px;margin:2px 0;padding:3px 8px;border-left:5px solid;
border-radius:3px}.b:hover{outline:2px solid #263238}
.r{font:11px/1.3 ui-monospace,monospace;color:#444}
.t{white-space:pre-wrap;overflow-wrap:anywhere}.h .t{font-weight:700;font-size:17px}
.legend td{padding:2px 6px}.sw{display:inline-block;width:12px;height:12px;border-left:5px solid;
vertical-align:middle}.side h2{font-size:14px;margin:14px 0 6px}details{margin:4px 0}
summary{cursor:pointer}.removed li{margin:2px 0;color:#444}.muted{color:#777}
"""


def render_html(article: Article, *, source: str = "") -> str:
    """The explain page for ``article``; ``source`` names the page it came from (a file or URL)."""
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>newsclean explain: {escape(article.title or source or 'page')}</title>",
             f"<style>{_STYLE}</style></head><body>", _header(article, source), "<main>",
             '<section class="blocks">', *(_block(b) for b in article.blocks), "</section>",
             '<aside class="side">', _legend(article.blocks), _removed(article.blocks), "</aside>",
             "</main></body></html>"]
    return "\n".join(parts)


def _header(article: Article, source: str) -> str:
    rows = [("source", source or article.url or ""), ("outlet rules", article.outlet or "none"),
            ("authors", ", ".join(article.authors) or "none found"),
            ("published", article.published or "unknown"),
            ("language", article.language or "unknown"), ("is article", str(article.is_article)),
            ("rule sets", ", ".join(article.rule_sets))]
    rows += [("warning", w) for w in article.warnings]
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows if v)
    return f"<header><h1>{escape(article.title or '(no title)')}</h1><dl>{items}</dl></header>"


def label(block: Block) -> str:
    return str(block.role) + (f"/{block.kind}" if block.kind else "")


def _block(block: Block) -> str:
    background, accent = COLOURS.get(str(block.role), ("#fff", "#000"))
    hover = f"{label(block)}\nrule: {block.rule}\ntag: {block.tag}\n{block.source}"
    heading = " h" if block.heading else ""
    return (f'<div class="b{heading}" style="background:{background};border-color:{accent}" '
            f'title="{escape(hover)}" data-role="{escape(str(block.role))}" data-rule="{escape(block.rule)}">'
            f'<span class="r">{escape(label(block))}<br>'
            f'<span class="muted">{_breakable(block.rule)}</span></span>'
            f'<span class="t">{escape(block.text)}</span></div>')


def _breakable(rule: str) -> str:
    """A rule id that may wrap after its slashes."""
    return "/<wbr>".join(escape(part) for part in rule.split("/"))


def _legend(blocks: tuple[Block, ...]) -> str:
    count = Counter(str(b.role) for b in blocks)
    words = Counter()  # type: Counter[str]
    for block in blocks:
        words[str(block.role)] += len(block.text.split())
    rows = "".join(
        f'<tr><td><span class="sw" style="background:{bg};border-color:{accent}"></span> {role}</td>'
        f"<td>{count[role]} blocks</td><td>{words[role]} words</td></tr>"
        for role, (bg, accent) in COLOURS.items() if count[role]
    )
    hint = '<p class="muted">Hover a block for its rule, tag and XPath.</p>'
    return f'<h2>Legend</h2><table class="legend">{rows}</table>{hint}'


def _removed(blocks: tuple[Block, ...]) -> str:
    """What is not body, by role and kind, each group listing its texts and the rules that decided them."""
    groups: dict[str, list[Block]] = defaultdict(list)
    for block in blocks:
        if block.role != "body":
            groups[label(block)].append(block)
    total = sum(len(b.text.split()) for group in groups.values() for b in group)
    out = [f"<h2>Removed from the body</h2><p>{total} words in "
           f"{sum(len(g) for g in groups.values())} blocks</p>"]
    for name in sorted(groups, key=lambda n: -len(groups[n])):
        group = groups[name]
        rules = Counter(b.rule for b in group)
        items = "".join(f"<li>{escape(_cut(b.text))}</li>" for b in group[:40])
        rule_list = ", ".join(f"{escape(r)} ×{n}" for r, n in rules.most_common())
        out.append(f"<details><summary>{escape(name)}: {len(group)}</summary>"
                   f'<p class="muted">{rule_list}</p><ul class="removed">{items}</ul></details>')
    return "".join(out)


def _cut(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

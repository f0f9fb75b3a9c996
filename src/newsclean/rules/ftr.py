"""Read FiveFilters / wallabag site-config files (ftr-site-config) as outlet rule sets.

A site config is a text file named after its host (``example.com.txt``; ``.example.com.txt`` for every
subdomain) with one ``directive: value`` per line. The directives that say what a page's parts are become
rules of an outlet set, with ids ``outlet/<host>/ftr-<directive>-<line>``:

- ``title:`` -> headline (before the article span only); ``author:`` -> byline (outlet evidence, strong,
  short blocks);
- ``date:`` -> metadata/date (generic-strength evidence: FTR's date XPath often selects the byline box, and
  the byline must win there);
- ``body:`` -> the article container: on a page where it is found, short blocks inside the provisional
  article span but outside the container become boilerplate (what FiveFilters drops), unless other
  evidence says more;
- ``strip:`` / ``strip_id_or_class:`` -> promo (newsletter, donation, subscription, related, social, ad),
  caption, photo credit or boilerplate (comments, cookie, footer, navigation), guessed from the selector's
  words (:func:`guess_role`), as evidence of normal strength; a strip whose words say nothing (``//aside``)
  is left to the generic rules, since outside the article it is boilerplate anyway;
- ``test_url:`` with the ``test_contains:`` lines after it -> ``RuleSet.meta["tests"]``.

``strip_image_src:`` strips images, which hold no text: it is read and has nothing to label. Everything else
(fetching, login, HTML rewriting such as ``find_string`` / ``replace_string``, ``prune``, ``tidy``,
``next_page_link``) is reported in ``RuleSet.meta["unsupported"]`` with its line, and ignored; so is an
XPath that selects text or attributes rather than elements, or that lxml cannot compile. Reading a file
never fails on its content: the collection has typos, and one bad line must not lose the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import RuleError
from .limits import file_problem, xpath_problem
from .model import STRENGTHS, Condition, Rule, RuleSet

#: Directives read into rules, and those read with nothing to label.
MAPPED = frozenset({"title", "author", "date", "body", "strip", "strip_id_or_class"})
NO_TEXT = frozenset({"strip_image_src", "test_url", "test_contains"})
_DOMAIN = re.compile(r"^\.?(?:[a-z0-9-]+\.)+[a-z0-9-]+$")
_LINE = re.compile(r"^([A-Za-z_]+)(\([^)]*\))?\s*:\s*(.*)$")
_TEXT_XPATH = re.compile(r"^\s*(?:substring|string|concat|normalize-space|translate|number|count|[\"'])")
_ATTRIBUTE_END = re.compile(r"/@[\w:-]+\s*\)?(?:\[\d+\])?\s*$")
_TEXT_END = re.compile(r"/text\(\)\s*$")


@dataclass(frozen=True, slots=True)
class Unsupported:
    """A line of a site config that became no rule, and why."""

    line: int
    directive: str
    reason: str


def is_site_config_name(path: Path) -> bool:
    """Whether a ``.txt`` file is named like a site config (a host name), so folders can skip README.txt."""
    return path.suffix == ".txt" and bool(_DOMAIN.match(path.stem.lower()))


def domain_of(path: Path) -> str:
    """The host a site config is for: its file name without ``.txt`` and without a leading dot."""
    stem = path.stem.lower()
    if not _DOMAIN.match(stem):
        raise RuleError(str(path), None, "a site config is named after its host, like example.com.txt")
    return stem.lstrip(".")


def read_site_config(path: str | Path) -> RuleSet:
    """Read one site-config file into an outlet rule set for the host its name gives."""
    path = Path(path)
    domain = domain_of(path)
    problem = file_problem(path)
    if problem:
        raise RuleError(str(path), None, problem)
    try:
        source = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise RuleError(str(path), None, f"cannot read the file: {exc}") from exc
    return parse_site_config(source, str(path), domain)


def parse_site_config(source: str, path: str, domain: str) -> RuleSet:
    """The outlet rule set of one site config's text; unsupported lines go to ``meta["unsupported"]``."""
    reader = _Reader(domain)
    for number, raw in enumerate(source.splitlines(), start=1):
        reader.read_line(number, raw.strip())
    return RuleSet(
        id=f"outlet/{domain}", path=path, rules=tuple(reader.rules), outlet=domain, domains=(domain,),
        description=f"FiveFilters site config for {domain}",
        meta={"format": "ftr", "tests": reader.tests, "unsupported": reader.unsupported,
              "plain_strips": reader.plain_strips},
    )


class _Reader:
    """Turns lines into rules, keeping the tests and the lines it could not use."""

    def __init__(self, domain: str) -> None:
        self.prefix = f"outlet/{domain}/ftr"
        self.rules: list[Rule] = []
        self.tests: list[dict[str, Any]] = []
        self.unsupported: list[Unsupported] = []
        self.plain_strips = 0  # strip lines read but left to the generic rules (no role in their words)

    def read_line(self, number: int, line: str) -> None:
        if not line or line.startswith("#"):
            return
        found = _LINE.match(line)
        if not found:
            self.unsupported.append(Unsupported(number, "", "not a 'directive: value' line"))
            return
        directive, argument, value = found.group(1).lower(), found.group(2), found.group(3).strip()
        if argument or (directive not in MAPPED and directive not in NO_TEXT):
            self.unsupported.append(Unsupported(number, directive + (argument or ""), "not supported"))
        elif directive == "test_url":
            self.tests.append({"url": value, "contains": []})
        elif directive == "test_contains":
            self._test_contains(number, value)
        elif directive in MAPPED:
            self._rule(number, directive, value)

    def _test_contains(self, number: int, value: str) -> None:
        if self.tests:
            self.tests[-1]["contains"].append(value)
        else:
            self.unsupported.append(Unsupported(number, "test_contains", "no test_url before it"))

    def _rule(self, number: int, directive: str, value: str) -> None:
        if directive == "strip_id_or_class":
            xpath = _id_or_class_xpath(value)
        else:
            xpath, problem = element_xpath(value)
            if problem:
                self.unsupported.append(Unsupported(number, directive, problem))
                return
        costly = xpath_problem(xpath)
        if costly:
            self.unsupported.append(Unsupported(number, directive, f"XPath refused: {costly}"))
            return
        try:
            compiled = etree.XPath(xpath)
        except (etree.XPathError, RecursionError) as exc:
            self.unsupported.append(Unsupported(number, directive, f"XPath lxml cannot compile ({exc})"))
            return
        if directive.startswith("strip") and guess_role(value) == ("boilerplate", "other"):
            self.plain_strips += 1  # boilerplate outside the span anyway; a label would hide the headline
            return
        self.rules.append(_make_rule(f"{self.prefix}-{directive.replace('_', '-')}-{number}", directive,
                                     value, compiled))


def element_xpath(value: str) -> tuple[str, str | None]:
    """The XPath as one selecting elements (a trailing ``/text()`` is dropped), or a reason it is none."""
    if not value:
        return value, "empty value"
    if _TEXT_XPATH.match(value):
        return value, "XPath computes a string, not elements to label"
    if _ATTRIBUTE_END.search(value):
        return value, "XPath selects an attribute (metadata), not elements to label"
    return _TEXT_END.sub("", value), None


def _id_or_class_xpath(value: str) -> str:
    literal = value.replace("'", "")
    return f"//*[contains(@class, '{literal}') or contains(@id, '{literal}')]"


# ---------------------------------------------------------------- what a strip selector removes

_GUESSES: tuple[tuple[str, str, str | None], ...] = (
    (r"newsletter|sign-?up|e-?mail-?(?:sub|capture|signup)|mailing|inbox", "promo", "newsletter"),
    (r"donat|support-?us|contribut|membership|patreon|become-?a-?member", "promo", "donation"),
    (r"paywall|subscri|premium|piano|regwall|meter|gate|plus-?teaser|abo", "promo", "subscription"),
    (r"related|recommend|more-?(?:stories|from|on)|read-?(?:more|next|also)|readmore|recirc|outbrain|taboola"
     r"|trending|popular|most-?read|further|also-?read|teaser|lire-?aussi|mehr-?zum", "promo", "related"),
    (r"share|sharing|social|follow|facebook|twitter|whatsapp|sociable", "promo", "social"),
    (r"(?:^|[^a-z])(?:ads?|advert\w*|ad-?slot|ad-?container|dfp|gpt|sponsor\w*|commercial|werbung)(?:[^a-z]|$)",
     "promo", "ad"),
    (r"credit|copyright|photographer|getty", "photo_credit", None),
    (r"caption|figcaption", "caption", None),
    (r"comment|disqus|discussion", "boilerplate", "comments"),
    (r"cookie|consent|gdpr", "boilerplate", "cookie"),
    (r"footer", "boilerplate", "footer"),
    (r"(?:^|[^a-z])(?:nav|navigation|menu|breadcrumbs?|navbar)(?:[^a-z]|$)", "boilerplate", "navigation"),
)
_GUESS_PATTERNS = tuple((re.compile(p, re.I), role, kind) for p, role, kind in _GUESSES)


def guess_role(selector: str) -> tuple[str, str | None]:
    """The role (and kind) of what a strip selector removes, from the words in it; boilerplate when unsure.

    >>> guess_role("//div[@class='email-subscription']")
    ('promo', 'newsletter')
    >>> guess_role("//figcaption//span[@class='credit']")
    ('photo_credit', None)
    >>> guess_role("//aside")
    ('boilerplate', 'other')
    """
    for pattern, role, kind in _GUESS_PATTERNS:
        if pattern.search(selector):
            return role, kind
    return "boilerplate", "other"


# (role, kind, strength, outlet, max_words) for the directives that name a part of the article
_PARTS: dict[str, tuple[str, str | None, str, bool, int | None]] = {
    "title": ("headline", None, "strong", True, 40),
    "author": ("byline", None, "strong", True, 30),
    "date": ("metadata", "date", "normal", False, 20),  # often the byline box: a byline rule must win
}


def _make_rule(rule_id: str, directive: str, value: str, xpath: Any) -> Rule:
    """The rule for one directive line.

    A ``title:`` applies only before the article span: an outdated ``//h2`` must not turn the subheads
    of a redesigned page into headlines. Strip guesses are not outlet evidence: a selector's words are
    only a hint, so they weigh like generic evidence of normal strength (inside the article span, only
    short blocks); boilerplate guesses are weak (outside the span only) and never take an h1.
    """
    description = f"FiveFilters {directive}: {value}"
    if directive == "body":
        return _outside_container(rule_id, value, xpath)
    if directive in _PARTS:
        role, kind, strength, outlet, max_words = _PARTS[directive]
        position = "before_body" if directive == "title" else None
        return Rule(id=rule_id, role=role, kind=kind, strength=STRENGTHS[strength], outlet=outlet,
                    when=Condition(xpath=xpath, max_words=max_words, position=position),
                    description=description)
    role, kind = guess_role(value)
    strength = "weak" if role == "boilerplate" else "normal"
    return Rule(id=rule_id, role=role, kind=kind, strength=STRENGTHS[strength], when=Condition(xpath=xpath),
                unless=(Condition(tags=frozenset({"h1"})),), outlet=False, description=description)


def _outside_container(rule_id: str, value: str, xpath: Any) -> Rule:
    """``body:``: on a page where the container is found, short blocks (normal strength: at most 25 words)
    inside the article span but outside the container are boilerplate (what FiveFilters would drop).
    Strong evidence here cut real paragraphs on pages whose config is out of date (measured)."""
    return Rule(id=rule_id, role="boilerplate", kind="other", strength=STRENGTHS["normal"],
                when=Condition(position="in_body"), unless=(Condition(xpath=xpath),), if_page=xpath,
                outlet=False, description=f"FiveFilters body (outside it is not the article): {value}")

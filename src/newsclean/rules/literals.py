"""Required literals of a pattern: strings one of which every match must contain.

A rule's text pattern is searched with the ``regex`` module, which costs microseconds per block even when
the block holds none of the pattern's words. Most patterns cannot match without one of a few literal
words ("newsletter", "subscri", ...); testing those with ``in`` on the case-folded block text rules most
blocks out for a fraction of the cost. The extraction is conservative: any construct it does not know
makes it answer None (no prefilter), so a prefilter never hides a match.

Case: literals are case-folded and tested against case-folded text. Characters that match each other
under the ``regex`` module's (simple) case-insensitive matching have the same full case folding, so a
folded literal is in the folded text whenever the pattern matches, with or without IGNORECASE.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import regex

Required = frozenset[str] | None  # None: no literal is required (the pattern cannot be prefiltered)
# Per branch of a pattern's top level: more sets of literals it requires, a match holding one of each.
Clauses = tuple[tuple[frozenset[str], ...], ...]

# Stands, among a pattern's required literals, for "any decimal digit" (\d), for patterns such as
# dates that need a digit but no word: no literal holds a NUL, the separator of a page's joined text.
ANY_DIGIT = "\0"
MANY_LITERALS = 100  # alternatives: a digit the same branch requires is the cheaper prefilter
_DIGIT_REQUIRED = frozenset({ANY_DIGIT})
_LISTED_CLASS = 8  # characters: a class listing no more (no range, escape or negation) is a set of literals
_CHECKED_SET = 40  # literals: a longer set is left out of a clause, whose test is one "in" per literal

_QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_ZERO_WIDTH_OR_CLASS = frozenset("bBAZzmMGdDwWsShHvVXRK")  # escapes that are not one literal character
_NAMED = frozenset("pPN")  # \p{..}, \P{..}, \N{..}: a character class or one (named) character
_CODE_POINT = re.compile(r"x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})")  # one character, by its number


class _GiveUp(Exception):
    """A construct the extraction does not handle: the pattern gets no prefilter."""


def required_literals(pattern: regex.Pattern[str]) -> Required:
    """The case-folded strings one of which every match of ``pattern`` contains; None if unknown."""
    branches = _top_branches(pattern)
    return _any_branch([_best(options) for options, _ in branches]) if branches is not None else None


def required_clauses(pattern: regex.Pattern[str]) -> Clauses | None:
    """Per branch of the pattern's top level, every set of literals it requires (a match holding one of
    each set; a character class listing a few characters is such a set too), where
    :func:`required_literals` keeps only the best set of a branch: a block holding that
    one but lacking another cannot match, and testing that with ``in`` costs less than the search. Digits
    and long sets are left out. None when a branch has no set left, as then the test rules out no block."""
    branches = _top_branches(pattern)
    if branches is None:
        return None
    clauses = tuple(tuple(option for option in options + classes
                          if ANY_DIGIT not in option and len(option) <= _CHECKED_SET)
                    for options, classes in branches)
    return clauses if all(clauses) else None


_Branch = tuple[list[frozenset[str]], list[frozenset[str]]]  # see _Parser.sequence_options


@lru_cache(maxsize=8192)
def _top_branches(pattern: regex.Pattern[str]) -> list[_Branch] | None:
    """What each branch of the pattern's top level requires; None for a pattern the parser does not know.
    Parsed once per pattern (a trigger per rule list and language asks for each several times); the lists
    are shared, so callers only read them."""
    if pattern.flags & regex.VERBOSE:
        return None
    parser = _Parser(pattern.pattern)
    try:
        branches = parser.branches()
    except (_GiveUp, IndexError):
        return None
    return branches if parser.pos == len(parser.text) else None  # else an unbalanced ")"


def _any_branch(branches: list[Required]) -> Required:
    """One of the branches' literals, when each branch has some: any branch may match."""
    if any(not branch or not all(branch) for branch in branches):
        return None
    return frozenset(literal for branch in branches if branch is not None for literal in branch)


def _best(options: list[frozenset[str]]) -> Required:
    # A digit only where there is no literal, or only a list of very many (month names in two dozen
    # languages): a digit is in more blocks than most literals are, but each literal costs the scan.
    best = max(options, key=lambda o: (ANY_DIGIT not in o, min(map(len, o)), -len(o)), default=None)
    return _DIGIT_REQUIRED if best and len(best) > MANY_LITERALS and _DIGIT_REQUIRED in options else best


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def alternation(self) -> Required:
        """Branches up to the closing ")" (not consumed) or the end; any branch may match."""
        return _any_branch([_best(options) for options, _ in self.branches()])

    def branches(self) -> list[_Branch]:
        """What each branch up to the closing ")" (not consumed) or the end requires."""
        found = [self.sequence_options()]
        while self.pos < len(self.text) and self.text[self.pos] == "|":
            self.pos += 1
            found.append(self.sequence_options())
        return found

    def sequence_options(self) -> _Branch:
        """Atoms up to "|" or ")": every requirement of the sequence, each a set of literals one of which
        a match holds (a literal run, a required group, a digit; :func:`_best` picks one); and apart, the
        characters of each of its required character classes of a few plain characters ("[(（]"), which
        are worth a test but not a scan: such marks are in most blocks."""
        options: list[frozenset[str]] = []
        classes: list[frozenset[str]] = []
        run: list[str] = []
        while self.pos < len(self.text) and self.text[self.pos] not in "|)":
            is_class = self.text[self.pos] == "["  # else last_class may be one inside a group
            char, required = self.atom()
            low, _ = self.quantifier()
            if char is not None and low == 1 and not self._quantified:
                run.append(char)
                continue
            _close_run(run, options)
            if char is not None and low >= 1:
                options.append(frozenset({char}))
            elif required is not None and low >= 1:
                options.append(required)
            elif is_class and self.last_class is not None and low >= 1:
                classes.append(self.last_class)
        _close_run(run, options)
        return options, classes

    def atom(self) -> tuple[str | None, Required]:
        """One atom: (its literal character, or None) and what it requires."""
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "(":
            return None, self.group()
        if ch == "[":
            self.char_class()
            return None, None
        if ch == "\\":
            if self.text[self.pos] == "d":
                self.pos += 1
                return None, _DIGIT_REQUIRED
            return self.escape(), None
        if ch in ".^$":
            return None, None
        if ch in "*+?{":
            raise _GiveUp  # a literal "{", fuzzy matching, or a quantifier with nothing to repeat
        if ch == ANY_DIGIT:
            raise _GiveUp  # a NUL in the pattern: it would read as "any digit"
        return ch.casefold(), None

    def group(self) -> Required:
        text = self.text
        lookaround = False
        if text[self.pos] == "?":
            self.pos += 1
            kind = text[self.pos]
            if kind in {":", ">"}:
                self.pos += 1
            elif kind in "=!":
                self.pos, lookaround = self.pos + 1, True
            elif kind == "<" and text[self.pos + 1] in "=!":
                self.pos, lookaround = self.pos + 2, True
            elif kind == "P" and text[self.pos + 1] != "<":
                raise _GiveUp  # (?P=name) back reference, (?P>name) recursion
            elif kind in {"P", "<", "'"}:
                end = text.index(">" if kind != "'" else "'", self.pos + 1 + (kind == "P"))
                self.pos = end + 1
            elif kind == "#":
                self.pos = text.index(")", self.pos) + 1
                return None
            else:
                self.flags()
                if text[self.pos] == ")":  # "(?i)" style: flags for what follows
                    self.pos += 1
                    return None
                self.pos += 1  # the ":" of "(?i:...)"
        found = self.alternation()
        if text[self.pos] != ")":
            raise _GiveUp
        self.pos += 1
        return None if lookaround else found

    def flags(self) -> None:
        """Inline flags: case and unicode ones are harmless; verbose changes the syntax."""
        start = self.pos
        while self.text[self.pos] in "aiLmsuxwV01-f":
            self.pos += 1
        letters = self.text[start:self.pos]
        if "x" in letters or self.text[self.pos] not in ":)":
            raise _GiveUp

    last_class: frozenset[str] | None = None  # the characters of the class just read, when it lists a few

    def char_class(self) -> None:
        text, pos = self.text, self.pos
        plain = text[pos] != "^"
        if not plain:
            pos += 1
        if text[pos] == "]":
            pos += 1
            plain = False
        start = pos
        while text[pos] != "]":
            if text[pos] == "\\":
                pos += 2
                plain = False
            elif text[pos] == "[":
                if text[pos + 1] != ":":
                    raise _GiveUp  # a nested set (VERSION1 syntax) or a stray "["
                pos = text.index(":]", pos + 2) + 2
                plain = False
            else:
                pos += 1
        self.pos = pos + 1
        listed = text[start:pos]
        listed_only = plain and "-" not in listed and len(listed) <= _LISTED_CLASS
        self.last_class = frozenset(char.casefold() for char in listed) if listed_only else None

    def escape(self) -> str | None:
        ch = self.text[self.pos]
        self.pos += 1
        if ch in _ZERO_WIDTH_OR_CLASS or ch in "ntrfa":
            return None
        if ch in _NAMED:
            if self.text[self.pos] == "{":
                self.pos = self.text.index("}", self.pos) + 1
            else:
                self.pos += 1
            return None
        code = _CODE_POINT.match(self.text, self.pos - 1)
        if code:  # \x.., \u...., \U........: one character (ZWNJ in Persian words, a Devanagari nukta)
            self.pos = code.end()
            return chr(int(code.group(1) or code.group(2) or code.group(3), 16)).casefold()
        if ch.isalnum() or not ch.isascii():
            raise _GiveUp  # back references, named lists: not handled
        return ch

    _quantified = False

    def quantifier(self) -> tuple[int, int | None]:
        """The repeat bounds after an atom ((1, 1) when there is none); a lazy or possessive mark is skipped."""
        text, pos = self.text, self.pos
        self._quantified = True
        if pos >= len(text) or text[pos] not in "*+?{":
            self._quantified = False
            return 1, 1
        ch = text[pos]
        if ch == "{":
            bound = _QUANTIFIER.match(text, pos)
            if bound is None:
                raise _GiveUp
            low = int(bound.group(1) or 0)
            self.pos = bound.end()
        else:
            low = 1 if ch == "+" else 0
            self.pos = pos + 1
        if self.pos < len(text) and text[self.pos] in "?+":
            self.pos += 1
        if self.pos < len(text) and text[self.pos] in "*+?{":
            raise _GiveUp  # stacked quantifiers
        return low, None


def _close_run(run: list[str], options: list[frozenset[str]]) -> None:
    if run:
        options.append(frozenset({"".join(run)}))
        run.clear()


@dataclass(frozen=True, slots=True)
class LiteralScan:
    """Finds the blocks holding each of many literals in one pass per first character over a page's joined
    text, instead of one ``str.find`` loop per literal: a rule list requires hundreds of literals and a page
    holds few of them.

    The literals starting with one character get one pattern: that character, then a trie of their rests
    in a lookahead, so matches may overlap and, as a trie has one path per text, its greedy optional tails
    give the longest literal starting there; the other literals starting there are that one's prefixes,
    listed beforehand. A pattern that starts with a literal character is searched by a fast C loop over
    the text for that character, where one trie of all literals would try its dozens of first characters
    in turn at every position. The patterns are built with the standard ``re`` module from escaped
    literals only: they have no backtracking worse than a literal's length.

    Characters beyond ASCII start the literals of other scripts (and the dashes, "©"): their patterns run
    only on pages holding that character, which one search for all of them finds.
    """

    literals: frozenset[str]
    scanners: dict[str, re.Pattern[str]]  # first character -> the pattern of the literals starting with it
    ascii_firsts: tuple[str, ...]  # the first characters every page is searched for: nearly all hold them
    rare_first: re.Pattern[str] | None  # the others, as a character class a page is searched for once
    prefixes: dict[str, tuple[str, ...]]  # literal -> the literals it starts with, itself included

    @classmethod
    def of(cls, literals: Iterable[str]) -> LiteralScan:
        found = frozenset(literals) - _DIGIT_REQUIRED  # see blocks_with_digits
        rests: dict[str, list[str]] = {}
        for literal in found:
            rests.setdefault(literal[0], []).append(literal[1:])
        scanners = {first: _scanner(first, frozenset(after)) for first, after in rests.items()}
        ascii_firsts = tuple(first for first in scanners if first.isascii())
        rare = sorted(first for first in scanners if not first.isascii())
        rare_first = re.compile(f"[{''.join(re.escape(first) for first in rare)}]") if rare else None
        prefixes = {literal: tuple(literal[:end] for end in range(1, len(literal) + 1) if literal[:end] in found)
                    for literal in found}
        return cls(found, scanners, ascii_firsts, rare_first, prefixes)

    def blocks_holding(self, joined: str, starts: list[int]) -> dict[str, set[int]]:
        """Each literal found in ``joined`` (texts starting at ``starts``, apart by a character no literal
        holds) -> the blocks holding it; a literal in no block is left out."""
        longest_in_block = {(first + found.group(1), piece_at(starts, found.start()))
                            for first in self._firsts_in(joined)
                            for found in self.scanners[first].finditer(joined)}
        holding: dict[str, set[int]] = {}
        for longest, block in longest_in_block:
            for literal in self.prefixes[longest]:
                holding.setdefault(literal, set()).add(block)
        return holding

    def _firsts_in(self, joined: str) -> Iterable[str]:
        """The first characters worth a search of ``joined``: the ASCII ones and the others it holds."""
        if self.rare_first is None:
            return self.ascii_firsts
        return (*self.ascii_firsts, *set(self.rare_first.findall(joined)))


@lru_cache(maxsize=4096)
def _scanner(first: str, rests: frozenset[str]) -> re.Pattern[str]:
    """The pattern of the literals starting with ``first``: kept, as the scans of an outlet's rule list and
    of the generic one share most of their tries (``re``'s own cache holds too few of these long ones)."""
    return re.compile(f"{re.escape(first)}(?=({_trie(rests)}))")


_Node = dict[str, "_Node"]  # a trie node: character -> the node after it; "" marks where a literal ends


# Texts joined into one string (a page's blocks, an index's lines) are searched at once in C; a position
# in the joined string maps back to its text through the texts' start offsets.


def join_pieces(texts: list[str], separator: str) -> tuple[str, list[int]]:
    """``texts`` joined by ``separator`` (one character no searched value holds), and where each starts."""
    return separator.join(texts), list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))


def piece_at(starts: list[int], position: int) -> int:
    """The text of a joined string, starting at ``starts``, that ``position`` falls in."""
    return bisect_right(starts, position) - 1


def pieces_holding(joined: str, starts: list[int], value: str) -> Iterator[int]:
    """The texts of ``joined`` (starting at ``starts``) in which ``value`` occurs, each once, in order."""
    at = joined.find(value)
    while at >= 0:
        piece = piece_at(starts, at)
        yield piece
        at = joined.find(value, starts[piece + 1]) if piece + 1 < len(starts) else -1


def blocks_with_digits(joined: str, starts: list[int]) -> set[int]:
    """The blocks holding a decimal digit (:data:`ANY_DIGIT`) as the ``regex`` module's ``\\d`` sees it
    (case folding changes no digit): one match per block, from its first digit to its end."""
    return {piece_at(starts, found.start()) for found in regex.finditer(r"\d[^\0]*", joined)}


def _trie(literals: Iterable[str]) -> str:
    """A pattern matching any of ``literals``, the longest one where several match."""
    root: _Node = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: _Node) -> str:
    """The pattern of a trie node's continuations; optional (greedy: longest first) where a literal ends."""
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{either})?" if "" in node else either

"""Which literal words a regular expression needs before it can match, read from its parse tree.

The injection signs are long case-insensitive alternations; Python's `re` tries each of them at
every position of a text, which made the signs cost 5-15 ms per KB (a 100 KB web page ran out
of its scan budget). Most texts lack every word a sign is built on ("assistant", "ignore ...
instructions"), and a substring test finds that in microseconds. A pattern's need is a formula
of literals (all of / any of) such that every match contains a way to satisfy it; a text that
cannot satisfy it is not searched, so the matches are the same.

Case-insensitive matching is read the way `re` reads it: a character matches when the simple
lowercase of both agree or `re` lists them as the same letter (`ı`/`i`, `ſ`/`s`, `K`/`k`), so
text and literals are folded by that rule, not by `str.lower` (which turns `İ` into two
characters). Anything the reading does not understand needs nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _casefix  # noqa: PLC2701 - the letters `re` treats as one under IGNORECASE
from re import _constants as sre  # noqa: PLC2701 - the parse tree's opcodes
from re import _parser as sre_parse  # noqa: PLC2701 - the parser `re.compile` uses

import _sre  # noqa: PLC2701 - `re`'s own simple lowercase

_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)
_MAX_CACHED_CHARS = 1 << 16

# What the parse tree requires: None (nothing), a literal, or ("all" | "any", parts).
Tree = "str | tuple[str, tuple] | None"
# What is tested: None, or words and compiled word sets that must all be met.
Need = "tuple[str | re.Pattern[str], ...] | None"


def fold_char(ch: str) -> str:
    """The one character that stands for `ch` and every character `re` matches it with under
    IGNORECASE (ASCII when the class has an ASCII member)."""
    low = _sre.unicode_tolower(ord(ch))
    return chr(min((low, *_casefix._EXTRA_CASES.get(low, ()))))


class _Folds(dict):
    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(self) < _MAX_CACHED_CHARS:
            self[code] = folded
        return folded


_FOLDS = _Folds()


def fold(text: str) -> str:
    """`text` with every character folded as `fold_char` does; ASCII text is simply lower-cased."""
    return text.lower() if text.isascii() else text.translate(_FOLDS)


class GatedPattern:
    """`pattern.search(text)`, branch by branch: a top-level alternative whose words the text
    lacks is not tried. The same texts match (a text has a match of `A|B` exactly when it has
    one of `A` or of `B`)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        sources = top_level_branches(pattern.pattern)
        self.branches: tuple[tuple[Need, re.Pattern[str]], ...] = tuple(
            (need_of(src, pattern.flags), re.compile(src, pattern.flags)) for src in sources)

    def search(self, text: str, folded: "Folded | None" = None) -> bool:
        """Whether `pattern` matches somewhere in `text` (`folded`: `Folded(text)`, shared by
        the patterns that read the same text, so each word set is tested once)."""
        if folded is None:
            folded = Folded(text)
        return any(folded.may_match(need) and rx.search(text) is not None for need, rx in self.branches)


class Folded:
    """A text folded once (`fold`), with the word sets already tested on it."""

    __slots__ = ("text", "_met")

    def __init__(self, text: str) -> None:
        self.text = fold(text)
        self._met: dict[re.Pattern[str], bool] = {}

    def may_match(self, need: Need) -> bool:
        """False only when no match of the pattern with this need can exist in the text."""
        if need is None:
            return True
        for part in need:
            if isinstance(part, str):
                if part not in self.text:
                    return False
                continue
            met = self._met.get(part)
            if met is None:
                met = self._met[part] = part.search(self.text) is not None
            if not met:
                return False
        return True


def top_level_branches(source: str) -> list[str]:
    """`source` cut at its top-level `|`; the whole source if it has none or cannot be read.
    Global inline flags (`(?im)` at the start) stay on the first branch and are passed to
    every branch by the caller through the compiled flags."""
    cuts, depth, i, in_class = [], 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1:i + 2] == "^":
                i += 1
            if source[i + 1:i + 2] == "]":  # a leading "]" is a member
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            cuts.append(i)
        i += 1
    if depth != 0 or in_class or not cuts:
        return [source]
    bounds = [-1, *cuts, len(source)]
    pieces = [source[bounds[k] + 1:bounds[k + 1]] for k in range(len(bounds) - 1)]
    try:
        for piece in pieces:
            re.compile(piece)
    except re.error:
        return [source]
    return pieces


@lru_cache(maxsize=1024)
def need_of(pattern: str, flags: int = 0) -> Need:
    """The need of `pattern`: `None` when nothing is known to be required, else up to `_KEEP`
    words or compiled word sets (every match holds one word of each)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, TypeError, ValueError, OverflowError, RecursionError):
        return None
    return _compiled(_sequence(list(parsed)))


_KEEP = 3  # word sets kept per pattern: each must be met, and each test is a scan
# The commonest English words (also what `safety.taint` will not tie a call to a request by)
COMMON_WORDS = frozenset("""
the of and to in a is it you that he was for on are as with his they at be this have from or
one had by but not what all were we when your can said there use an each which she do how
their if will up other about out many then them these so some her would make like him into time
has look two more go see no way could my than first been call who its now find long down day
did get come made may part
""".split())
# Words and pieces of words so common that a set holding one is met by most texts: they make
# a set weak, so a pattern's other sets are kept before it.
_COMMON = COMMON_WORDS | frozenset("ing ed er es re en on at an or al le ti te ri ro st nt li ar".split())


def _compiled(tree: Tree) -> Need:
    """A weaker need that is quick to test: the strongest `_KEEP` word sets of the tree, a
    single word as itself, more as a regex over folded text factored by prefix."""
    sets = sorted(_word_sets(tree), key=_set_strength, reverse=True)[:_KEEP]
    kept = [next(iter(words)) if len(words) == 1 else re.compile(_trie(sorted(words)))
            for words in sets if _set_strength(words) >= 2]
    kept.sort(key=lambda p: not isinstance(p, str))  # a lone word is the cheapest test: first
    return tuple(kept) or None


def _word_sets(tree: Tree) -> list[frozenset[str]]:
    """Sets of words such that every match contains a word of each set."""
    if tree is None:
        return []
    if isinstance(tree, str):
        return [frozenset({tree})]
    kind, parts = tree
    if kind == "all":
        return [s for p in parts for s in _word_sets(p)]
    best = []
    for p in parts:
        sets = _word_sets(p)
        if not sets:
            return []
        best.append(max(sets, key=_set_strength))
    words = frozenset().union(*best)
    # a word that contains another is met whenever that one is: keep the shorter
    return [frozenset(w for w in words if not any(v != w and v in w for v in words))]


def _set_strength(words: frozenset[str]) -> int:
    """How rarely a set is likely met: the length of its shortest word, 1 for a common one;
    a lone mark (`@`, `_`, `<`) counts as two letters (it is cheap to test, and often absent)."""
    return min(_word_strength(w) for w in words)


def _word_strength(word: str) -> int:
    core = word.strip()
    if len(core) == 1 and not core.isalnum():
        return 2
    return 1 if core in _COMMON else len(core)


def _trie(words: list[str]) -> str:
    """A regex matching any of `words` (sorted, none empty)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in groups.items():
        if "" in rests:  # a word ends here: the shorter one is met whenever a longer one is
            alts.append(re.escape(first))
            continue
        rest = _trie(rests)
        alts.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(alts)


def _sequence(items: list) -> Tree:
    parts: list = []
    run: list[str] = []
    for op, av in items:
        ch = _single_char(op, av)
        if ch is not None:
            run.append(fold_char(ch))
            continue
        if run:
            parts.append("".join(run))
            run = []
        parts.append(_item(op, av))
    if run:
        parts.append("".join(run))
    return _all(parts)


def _single_char(op, av) -> str | None:  # noqa: ANN001 - parse-tree nodes
    if op is sre.LITERAL:
        return chr(av)
    if op is sre.IN and len(av) == 1 and av[0][0] is sre.LITERAL:
        return chr(av[0][1])
    return None


def _item(op, av) -> Tree:  # noqa: ANN001 - parse-tree nodes
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is sre.ASSERT:  # a lookaround that must hold reads text that is in the string too
        return _sequence(list(av[1]))
    if op is sre.BRANCH:
        return _any([_sequence(list(b)) for b in av[1]])
    return None  # anchors, negative lookarounds, classes, back-references: nothing required


def _all(parts: list) -> Tree:
    flat: list = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, tuple) and p[0] == "all":
            flat.extend(p[1])
        elif p not in flat:
            flat.append(p)
    if not flat:
        return None
    if len(flat) == 1:
        return flat[0]
    return ("all", tuple(flat))


def _any(parts: list) -> Tree:
    if any(p is None for p in parts):
        return None
    flat: list = []
    for p in parts:
        for q in p[1] if isinstance(p, tuple) and p[0] == "any" else (p,):
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return ("any", tuple(flat))

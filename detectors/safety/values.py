"""Extract the values an agent could copy from text into a tool call, in normal form.

Taint tracking compares values, not strings: an IBAN written with spaces, an e-mail in
capitals, a URL with or without `https://www.` must all meet their other spellings.
So every extractor returns `Value(kind, norm, raw)` where `norm` is the comparison key.
The kinds are the ones an attacker needs to redirect an action: where it goes (IBAN,
account, e-mail, phone, URL/domain), what it touches (file name), and how much/when
(amount, date). Free-text tokens that look like identifiers (`new_password`, `ID-4471`)
are covered by `distinctive_tokens`, because injected goals often name such literals.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Iterator

from guard.decoding import decode_entities, decode_json_escapes, decode_percent_escapes, latin_lookalikes
from guard.encoded_text import decoded_layers
from guard.redaction import DASHES, folded, reveal_tag_text
from detectors.safety.literal_gate import GatedPattern
from detectors.safety.trust import name_parts

FILE_EXTENSIONS = frozenset(
    "txt pdf csv tsv doc docx xls xlsx ppt pptx json yaml yml xml md html htm png jpg jpeg gif "
    "svg zip tar gz tgz py js ts sh exe bin log ini cfg conf eml ics mp3 mp4 wav mov odt rtf key".split()
)


@dataclass(frozen=True)
class Value:
    kind: str
    norm: str
    raw: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.norm)


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}\b")
# The lookbehind starts a match only where a run of address characters starts (linear time).
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_DOMAIN = r"([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b"
_SPACED_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)(?:[ \t]{1,2}@[ \t]{0,2}|@[ \t]{1,2})" + _DOMAIN)
_PERCENT_EMAIL = re.compile(r"(?<![A-Za-z0-9._+-])([A-Za-z0-9._+-]+)%40" + _DOMAIN)
_URL = re.compile(
    r"(?:(?:https?|ftp)://[^\s<>\"'`]+)"  # explicit scheme
    r"|(?:\bwww\.[^\s<>\"'`]+)"  # www. without scheme
    # bare domain[/path]; at most 10 labels: unbounded, "a.a.a.…" took 150 s for 100 KB (quadratic)
    r"|(?:\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,12}(?:/[^\s<>\"'`]*)?)",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d\s().-]{6,}\d(?!\w|\.\w)")  # a full stop after it ends the sentence
# a local number as North America writes it ("555-0142"), where a word before says it is one: "her
# number is 555-0142", "mobile": "555-0142"; not "SKU 778-2041", "Open 800-1700", "INC-100-2000"
_LOCAL_PHONE = re.compile(r"\d{3}-\d{4}")
_PHONE_WORD = re.compile(r"\b(?:phone|mobile|cell|tel|telephone|number|text|sms|call|ring|whatsapp|contact)\b", re.IGNORECASE)
_RECIPIENT_ARG = re.compile(r"^(?:to|recipient|recipients|destination|sms_to)$|phone|mobile|tel\b|cell|msisdn", re.IGNORECASE)
_DIGITS = re.compile(r"(?<![\w.-])\d{6,}(?!\w|[.-]\w)")
_FILE = re.compile(r"\b[\w][\w.\-]{0,254}\.([A-Za-z0-9]{1,5})\b")  # bounded: unbounded, each start of a long run rescanned it
_CURRENCY_WORD = r"(?:USD|EUR|GBP|CHF|JPY|dollars?|euros?|pounds?)\b"
# "1 250,00", "12 500 €": groups of three split by a space, as French and Nordic text writes
# amounts; taken only with a decimal comma or a currency after it ("$5 100 items" is $5).
_SPACED = r"\d{1,3}(?: \d{3})+(?:,\d{1,2}(?!\d)|(?=\s?(?:[$€£¥]|" + _CURRENCY_WORD + r")))"
# "4,800.00", "1.250,00", "5.000.000", "5" (a full stop after it ends the sentence; "3.10.2" is no amount)
_GROUPED = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_NUMBER = r"(" + _SPACED + r"|" + _GROUPED + r")(?![.,]?\d)"
_AMOUNT = re.compile(
    r"(?:[$€£¥]\s?" + _NUMBER + r")"
    r"|(?:\b(?:USD|EUR|GBP|CHF|JPY)\s?" + _NUMBER + r")"
    # from the start of a digit run only: tried at every digit of a long run it was quadratic (8,000 digits: 12 s)
    r"|(?:(?<![\d,.])" + _NUMBER + r"\s?(?:" + _CURRENCY_WORD + r"|[€£]|(quid|bucks|grand|pence|cents)\b))",
    re.IGNORECASE,
)
# what an amount after its currency is multiplied by: "£2k", "$1.5m", "£3bn", "€20 million" (not "£30 M&S", "$40 K-Cup")
_SCALE = re.compile(r"(?:(k|mn|m|bn)(?![\w&'’-])|\s(thousand|million|billion|grand)\b)", re.IGNORECASE)
_SCALES = {"k": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
           "pence": 0.01, "cents": 0.01}
# an amount in words before its currency: "twenty quid", "a hundred and fifty dollars", "five grand" (not "a pound of")
_MONEY_NOUN = re.compile(r"\b(quid|bucks|pounds?|dollars?|euros?|grand|tenners?|fivers?)\b(?!\s+of\b)", re.IGNORECASE)
_NOTES = {"tenner": 10, "tenners": 10, "fiver": 5, "fivers": 5}  # "a tenner for seniors"
WORD_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                         "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
WORD_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_NUMBER_WORDS = frozenset(WORD_UNITS) | frozenset(WORD_TENS) | {"hundred", "thousand", "and", "a", "an"}
# a currency word used as an adjective before a noun names no sum: "a grand piano", "the Grand Circle", "a ten pound
# bag", "twenty-pound sacks"; before these words it still does ("five grand for the car", "twenty pound each")
_ADJECTIVE_CURRENCY = frozenset("grand pound dollar euro buck".split())
_AFTER_A_SUM = frozenset("for to on in from a an each per and or plus of upfront up now today tomorrow tonight cash deposit "
                         "this that the back off more less extra a month week year".split())
_NEXT_WORD = re.compile(r"[ \t-]*([A-Za-z]{2,})")
_WEIGHT_BEFORE = re.compile(r"\b(?:lost|lose|losing|gain(?:ed|ing)?|weigh\w*|heavier|lighter)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)


def _names_a_sum(text: str, noun: str, end: int) -> bool:
    """A currency word at `end` names a sum, not a kind of thing ("a grand piano", "a ten pound bag")."""
    if noun.lower() not in _ADJECTIVE_CURRENCY:
        return True
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1).lower() in _AFTER_A_SUM


def _words_before(text: str, end: int, most: int = 10) -> list[tuple[str, int]]:
    """Up to `most` words just before `end` that only spaces and hyphens part, last first, each
    with where it starts, up to the first that is no number's word: walked back by hand (a search
    anchored at `end` tried every start before it, slow on a long run of currency words)."""
    words: list[tuple[str, int]] = []
    i = end
    while len(words) < most:
        j = i
        while j > 0 and text[j - 1] in " \t-" and i - j < 4:
            j -= 1
        k = j
        while k > 0 and text[k - 1].isalpha() and j - k < 12:
            k -= 1
        if k == j or (k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’")) or (words and j == i):
            break
        words.append((text[k:j].lower(), k))
        i = k
        if words[-1][0] not in _NUMBER_WORDS:
            break
    return words


def _spelled_number(words: list[str]) -> tuple[int, int] | None:
    """(value, how many of the last words it takes) of a number in words that ends `words`:
    "a hundred and fifty", "twenty-five", "two thousand"; None where the last word is no number."""
    start = len(words)
    while start and (words[start - 1] in WORD_UNITS or words[start - 1] in WORD_TENS
                     or words[start - 1] in ("hundred", "thousand")
                     or (words[start - 1] == "and" and start < len(words) and start > 1)):
        start -= 1
    if start and words[start - 1] in ("a", "an") and start < len(words) and words[start] in ("hundred", "thousand"):
        start -= 1
    while start < len(words) and words[start] == "and":
        start += 1
    if start == len(words):
        return None
    total = current = 0
    for w in words[start:]:
        if w in ("a", "an"):
            current = 1
        elif w in WORD_UNITS:
            current += WORD_UNITS[w]
        elif w in WORD_TENS:
            current += WORD_TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total, current = total + (current or 1) * 1000, 0
    return total + current, len(words) - start


def _spelled_amounts(text: str) -> Iterator[tuple[str, str]]:
    """(norm, raw) of each amount in words: "twenty quid", "a hundred and fifty dollars", "a grand"."""
    for m in _MONEY_NOUN.finditer(text):
        noun = m.group(1).lower()
        if not _names_a_sum(text, noun, m.end()):
            continue
        last = next((w for w, _ in _words_before(text, m.start(), 1)), "")
        if noun in _NOTES and (last not in _NUMBER_WORDS or last in ("and", "a", "an")):
            yield f"{_NOTES[noun]:.2f}", m.group()  # "a tenner", "the fiver"
            continue
        if last not in _NUMBER_WORDS:
            continue  # most currency words follow no number in words: looked at no further
        found = _words_before(text, m.start())
        words = [w for w, _ in reversed(found)]
        if noun == "grand" and words[-1] in ("a", "an"):
            number, taken = 1, 1  # "a grand"
        else:
            parsed = _spelled_number(words)
            if parsed is None:
                continue
            number, taken = parsed
        start = found[taken - 1][1]
        if _WEIGHT_BEFORE.search(text, max(0, start - 40), start):
            continue  # "he's lost ten pounds": a weight
        scale = 1000 if noun == "grand" else _NOTES.get(noun, 1)
        yield f"{number * scale:.2f}", text[start:m.end()]


# a decimal comma, as most of Europe writes amounts: "1.250,00", "12,50"
_DECIMAL_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}|\d+,\d{1,2}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")  # "5.000.000" (one group, "1.250", stays a decimal)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")  # "2025-06-02T10:00" holds one too
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH_RE = "|".join(_MONTHS) + "|" + "|".join(m[:3] for m in _MONTHS)
_ORD = r"(?:st|nd|rd|th)?"
_TEXT_DATE = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})\b", re.IGNORECASE)
_UNTIL = r"\s*(?:to|until|till|through|and|-|–)\s*(?:the\s+)?"
# "13 May 2024", "the 13th of May, 2024", and ranges that name the month once:
# "from the 13th to the 17th of May 2024", "May 1st to 5th, 2024", "May 13-17, 2024".
_DAY_FIRST = re.compile(
    rf"\b(\d{{1,2}}){_ORD}(?:{_UNTIL}(\d{{1,2}}){_ORD})?\s+(?:of\s+)?({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_RANGE = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}{_UNTIL}(?:({_MONTH_RE})\.?\s+)?(\d{{1,2}}){_ORD},?\s+(\d{{4}})\b",
    re.IGNORECASE)
_TOKEN = re.compile(r"[^\s\"'`,;:()\[\]{}<>]+")


def norm_iban(raw: str) -> str:
    return re.sub(r"\s+", "", raw).upper()


def norm_email(raw: str) -> str:
    return raw.strip().strip(".").lower()


def norm_url(raw: str) -> str:
    """Host (lower, no `www.`) plus path, without scheme, query-less trailing slash or punctuation."""
    s = raw.strip().rstrip(".,;:!?)]}'\"")
    s = re.sub(r"^[a-z][a-z0-9+.-]*://", "", s, flags=re.IGNORECASE)
    host, _, rest = s.partition("/")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    host = host.split("@")[-1].split(":")[0]
    path = ("/" + rest).rstrip("/") if rest else ""
    return host + path


def norm_digits(raw: str) -> str:
    return re.sub(r"\D", "", raw)


_DIALS_00 = re.compile(r"[ (]*00\d{1,3}[ ().-]")
_TRUNK_ZERO = re.compile(r"(?<=\d)[ \t]?\(0\)")  # "+44 (0)20 7946 0958": the "(0)" is dialled at home only


def phone_digits(raw: str) -> str:
    """A phone number's digits, without the "(0)" that international forms print after the
    country code, and without the "00" dialled for "+" ("0044 7946 …" is "+44 7946 …")."""
    digits = norm_digits(_TRUNK_ZERO.sub("", raw) if "(0)" in raw else raw)
    # only a number written as one dials, in groups ("0044 7946 …"): "0012345678" is an account
    return digits[2:] if digits.startswith("00") and _DIALS_00.match(raw) else digits


def phone_forms(raw: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Extra ledger keys of a phone number, (held, looked up), so that its national form (a
    trunk 0: "020 7946 0958", or none: "(555) 123-4567") meets its international form
    ("+44 20 7946 0958", "0044 …", "+1 555 …"). An international number is held under its
    digits after each possible country code (1 to 3 digits), a national one under its digits
    without the trunk 0; each looks up the other form only. Two international numbers meet
    only when all their digits agree (`+7 212 …` is not `+1 212 …`)."""
    digits = phone_digits(raw)
    if raw.lstrip(" (").startswith(("+", "00")):
        body = digits[2:] if digits.startswith("00") else digits
        cuts = [body[k:] for k in (1, 2, 3) if len(body) - k >= 7]
        return {("phone~intl", c) for c in cuts}, {("phone~nat", c) for c in cuts}
    national = digits.lstrip("0")
    if len(national) < 7:
        return set(), set()
    return {("phone~nat", national)}, {("phone~intl", national)}


_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")  # "1 250,00": the space of a thousands group


def norm_amount(raw: str | float | int) -> str:
    text = _GROUP_SPACE.sub("", str(raw))
    if _DECIMAL_COMMA.fullmatch(text) or _DOT_THOUSANDS.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    try:
        return f"{float(text):.2f}"
    except ValueError:
        return str(raw)


def _scaled(text: str, m: re.Match[str]) -> tuple[str, str]:
    """(norm, raw) of an `_AMOUNT` match with what multiplies it: "£2k" is 2,000, "50 pence" 0.50."""
    norm = norm_amount(m.group(1) or m.group(2) or m.group(3))
    unit = m.group(4)
    scale = _SCALE.match(text, m.end()) if unit is None and (m.group(1) or m.group(2)) else None
    factor = _SCALES.get((unit or (scale and (scale.group(1) or scale.group(2))) or "").lower())
    if factor is None:
        return norm, m.group()
    try:
        return f"{float(norm) * factor:.2f}", m.group() + (scale.group() if scale else "")
    except ValueError:
        return norm, m.group()


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_ANY_DIGIT = re.compile(r"\d")


# Addresses written to dodge extractors: "name [at] host [dot] com", "name at host dot com",
# "name_at_host_dot_com". ("name (a) host.com" is not read: "for (a) example.com and (b) …" lists
# items, and reading it so would also lose the host "example.com".)
_BRACKETED = re.compile(r"[ \t]{0,3}[\[({<][ \t]{0,3}(at|dot)[ \t]{0,3}[\])}>][ \t]{0,3}", re.IGNORECASE)  # bounded: linear
_SPELLED = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)\s+at\s+([A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)+)\b", re.IGNORECASE)
# (its name without "_", read from a token's start: each "_" of a long "x_x_x_…" is no start)
_SPELLED_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9.%+-]+)_at_([A-Za-z0-9-]+(?:_dot_[A-Za-z0-9-]+)+)(?![A-Za-z0-9_])",
                                 re.IGNORECASE)
_SPELLED_DOT = re.compile(r"\s+dot\s+|_dot_", re.IGNORECASE)
# Emphasis around a whole token or part of an address ("**DE89** 3704 …", "attacker@__evil-mail__.com"),
# delimited as markdown delimits it: no letter or digit outside the marks ("snake_case_name"
# stays), and not in a path ("/_next_/"); Python's names ("__init__.py", "__main__(") are kept.
_EMPHASIS_PAIR = re.compile(r"(?<![A-Za-z0-9*_~/])(\*\*|__|~~|\*|_)([^\s*_~](?:[^*_~\n]{0,62}[^\s*_~])?)\1(?![A-Za-z0-9*_~/])")
_DUNDER = re.compile(r"__[A-Za-z]\w{0,40}__(?=\.py\b|\()")


def _without_marks(pattern: re.Pattern[str], text: str, keep_group: int | None = None) -> str:
    """`pattern`'s marks removed (or its `keep_group` kept), except inside Python's dunder names."""
    kept = [m.span() for m in _DUNDER.finditer(text)] if "__" in text else []

    def one(m: re.Match[str]) -> str:
        if any(s <= m.start() < e for s, e in kept):
            return m.group(0)
        return m.group(keep_group) if keep_group is not None else ""

    return pattern.sub(one, text)


# An IBAN in lower case or grouped with dashes, dots, slashes or underscores; taken only when its
# check digits hold.
# Also split over lines or by tabs and double spaces, as tables and wrapped mail print them.
_IBAN_SEP = r"[ .\-\t/_]{1,2}|[ \t]{0,4}\n[ \t]{0,4}"
_IBAN_LOOSE = re.compile(r"\b[A-Za-z]{2}\d{2}(?:(?:" + _IBAN_SEP + r")?[A-Za-z0-9]){10,30}\b")
_IBAN_SEPARATOR = re.compile("(" + _IBAN_SEP + ")")


# Spaces that web pages and word processors put between groups of digits ("NL91&nbsp;ABNA ...").
_WIDE_SPACES = str.maketrans({c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                                             "\u200a\u202f\u205f\u3000"})


# An ideographic full stop between letters ("evil-mail。com", as East Asian input methods type a
# dot); dashes as a hyphen ("+44–7946–095812", see `guard.redaction.DASHES`).
_IDEOGRAPHIC_STOP = re.compile(r"(?<=[A-Za-z0-9])[\u3002\uff61](?=[A-Za-z0-9])")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# A line break inside an address, as mail and terminals wrap at the margin: next to its "@",
# after a hyphen inside it, or before its ".com". JSON text writes the break as "\n".
_BREAK = r"(?:\n|\\r\\n|\\n)"
_BROKEN_TOKEN = re.compile(
    rf"(?<=[A-Za-z0-9._%+\-])[ \t]{{0,4}}{_BREAK}[ \t]{{0,4}}(?=@[A-Za-z0-9])"
    rf"|(?<=[A-Za-z0-9._%+\-]@){_BREAK}[ \t]{{0,4}}(?=[A-Za-z0-9])"
    rf"|(?<=[A-Za-z0-9]-){_BREAK}(?=[A-Za-z0-9])"
    rf"|(?<=[A-Za-z0-9]){_BREAK}(?=\.[A-Za-z]{{2,}}\b)"
)
# Emphasis marks that touch an address's "@" or a dot or hyphen in it ("**attacker**@evil.com",
# "https://**evil**.example"); "2**10" and "**Note**." stay.
_MARK_IN_ADDRESS = re.compile(r"(?:\*\*|~~|__)(?=[@.\-][A-Za-z0-9])|(?<=[A-Za-z0-9][@.\-/])(?:\*\*|~~|__)|(?<=://)(?:\*\*|~~|__)")
# Defanged addresses, as threat reports write them so that nothing links: "evil[.]com",
# "attacker[@]evil.com", "hxxps[:]//".
_DEFANGED = re.compile(r"[ \t]?[\[({][ \t]?([.@:])[ \t]?[\])}][ \t]?")
_HXXP = re.compile(r"\bhxxp(s?)(?=://|\[:\]//)", re.IGNORECASE)


def join_broken_tokens(text: str) -> str:
    """`text` with the line breaks inside addresses removed (see `_BROKEN_TOKEN`)."""
    return _BROKEN_TOKEN.sub("", text) if "\n" in text or "\\n" in text else text


def deobfuscate(text: str) -> str:
    """`text` as a model reads it: escapes decoded, compatibility forms folded, invisible
    characters dropped, Unicode spaces and dashes made plain, an address cut by a line break or
    marked up joined, and spelled-out or defanged addresses written plainly. Reading the result
    again changes nothing (callers find a value's raw text in this copy): a step can make work for
    another ("＼u0040" is an escape once folded, "&amp;#64;" an entity once decoded), so the
    reading is repeated until it holds."""
    for _ in range(8):
        out = _read_once(text)
        if out == text:
            break
        text = out
    return text


def _read_once(text: str) -> str:
    # "mark.black@gm\u200bail.com" reads as the address it shows; an address spelt in tag characters as the one a model reads
    text = folded(reveal_tag_text(text)).translate(_WIDE_SPACES)
    if "\\" in text or "&" in text:
        text = folded(decode_entities(decode_json_escapes(text)))
    if "%" in text:
        text = decode_percent_escapes(text)
    if not text.isascii():
        text = _IDEOGRAPHIC_STOP.sub(".", _LINE_BREAKS.sub("\n", text.translate(DASHES)))
        text = latin_lookalikes(text)
    elif "\r" in text or "\x0b" in text or "\x0c" in text:
        text = _LINE_BREAKS.sub("\n", text)
    if "**" in text or "~~" in text or "__" in text:
        text = _without_marks(_MARK_IN_ADDRESS, text)
    if "*" in text or "_" in text or "~" in text:
        text = _without_marks(_EMPHASIS_PAIR, text, keep_group=2)
    if "[" in text or "(" in text or "{" in text or "<" in text:
        text = _BRACKETED.sub(lambda m: "@" if m.group(1).lower() == "at" else ".", text)
        text = _DEFANGED.sub(lambda m: m.group(1), text)
    if "xx" in text or "XX" in text:
        text = _HXXP.sub(lambda m: "http" + m.group(1), text)
    low = text.lower()
    if " dot " in low:
        text = _SPELLED.sub(lambda m: m.group(1) + "@" + _SPELLED_DOT.sub(".", m.group(2)), text)
    if "_dot_" in low:
        text = _SPELLED_UNDERSCORE.sub(lambda m: m.group(1) + "@" + _SPELLED_DOT.sub(".", m.group(2)), text)
    return join_broken_tokens(text)  # last: the markup and brackets around an "@" are gone by now


# IBAN lengths by country (ISO 13616 registry): one in 97 strings passes the check digits, so a
# run that continues past a tab or a line break ("DE89…3000\tREF51") must also have its
# country's length, or a chosen suffix would make another "IBAN" of the one an injection names.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SD": 18,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22,
    "VG": 24, "XK": 20, "BI": 27, "DJ": 27, "FK": 18, "HN": 28, "MN": 20, "NI": 28, "OM": 23, "RU": 33, "SO": 23,
    "YE": 30,
    # IBAN-like national formats banks print as IBANs (SWIFT's "experimental" list)
    "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25, "DZ": 26, "GA": 27, "GQ": 27,
    "GW": 25, "IR": 26, "KM": 27, "MA": 28, "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}


def _iban_checks(compact: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN without separators, of a country that has IBANs, at its length."""
    if IBAN_LENGTHS.get(compact[:2].upper()) != len(compact) or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def _valid_iban_prefix(raw: str) -> str | None:
    """The run of `raw`'s separator-delimited groups that is an IBAN with valid check digits (at
    its country's length, so at most one run is checked)."""
    length = IBAN_LENGTHS.get(raw[:2].upper())
    if length is None:
        return None
    groups = _IBAN_SEPARATOR.split(raw)
    for end in range(len(groups), 0, -2):
        cand = "".join(groups[:end]).rstrip(" .-\t\n")
        compact = compact_iban(cand)
        if len(compact) == length:
            return cand if _iban_checks(compact) else None
        if len(compact) < length:
            return None
    return None


def _loose_ibans(text: str) -> Iterator[tuple[int, str]]:
    """(start, raw) of each IBAN with valid check digits. A match may run on past its IBAN into
    the next line's ("de89 … 00" / "fr14 …"), or start at a code that is none ("AB12" / "gb82-…"):
    the search goes on right after the IBAN found, or after the first four characters of a match
    that holds none, so the IBAN inside it is still read (each search reads at most 34 characters
    and its separators: linear)."""
    pos = 0
    while (m := _IBAN_LOOSE.search(text, pos)) is not None:
        raw = _valid_iban_prefix(m.group())  # the match may run on into the next word ("... 00 now")
        if raw:
            yield m.start(), raw
            pos = m.start() + len(raw)
        else:
            pos = m.start() + 4


def compact_iban(raw: str) -> str:
    return re.sub(r"[\s.\-/_]", "", raw).upper()


def extract_values(text: str) -> list[Value]:
    """All typed values in `text`, deduplicated by key, in order of first appearance; those
    hidden in base64 or hex runs and under a right-to-left override too (`decoded_layers`)."""
    if not text:
        return []
    found = _values_in(deobfuscate(text))
    for layer in decoded_layers(text, ciphers=False):
        found.extend(_values_in(deobfuscate(layer)))
    return _dedupe(found)


def _values_in(text: str) -> list[Value]:
    # Most kinds need a digit (and e-mails an "@", URLs and files a "." or "://"): taint runs
    # this on every message and argument, and most of those hold none of them.
    has_digit = _ANY_DIGIT.search(text) is not None
    dotted = "." in text
    found: list[Value] = []
    # Characters already claimed by a value, one byte each: a span is free when none of its
    # characters is. (A list of spans scanned for every match was quadratic: 27 s for 1 MB of
    # text full of e-mail addresses.)
    taken = bytearray(len(text))

    def add(kind: str, norm: str | None, raw: str, span: tuple[int, int] | None = None) -> None:
        if norm:
            found.append(Value(kind, norm, raw))
            if span and span[1] > span[0]:
                taken[span[0]:span[1]] = b"\x01" * (span[1] - span[0])

    def free(span: tuple[int, int]) -> bool:
        return taken.find(1, span[0], span[1]) == -1

    for m in (_EMAIL.finditer(text) if "@" in text else ()):
        add("email", norm_email(m.group()), m.group(), m.span())
    # Also read, claiming nothing (the text may be a handle and a domain, or a query string):
    # "attacker @ evil.example" and "attacker%40evil.example" are the address to a model.
    for m in (_SPACED_EMAIL.finditer(text) if "@" in text else ()):
        add("email", norm_email(f"{m.group(1)}@{m.group(2)}"), m.group())
    for m in (_PERCENT_EMAIL.finditer(text) if "%40" in text else ()):
        add("email", norm_email(f"{m.group(1)}@{m.group(2)}"), m.group())
    # IBANs whose check digits hold first: the plain shape alone takes a wrapped one's first line
    # ("DE89 3704 0044 05") or the word after one ("… 00 NOW")
    for start, raw in (_loose_ibans(text) if has_digit else ()):
        if free((start, start + len(raw))):
            add("iban", compact_iban(raw), raw, (start, start + len(raw)))
    for m in (_IBAN.finditer(text) if has_digit else ()):
        if free(m.span()) and any(c.isdigit() for c in m.group()[4:]):
            add("iban", norm_iban(m.group()), m.group(), m.span())
    for m in (_URL.finditer(text) if dotted or "://" in text else ()):
        raw = m.group()
        if not free(m.span()):
            continue
        tld = norm_url(raw).split("/")[0].rsplit(".", 1)[-1]
        if "://" not in raw and not raw.lower().startswith("www.") and tld.lower() in FILE_EXTENSIONS:
            continue  # a file name such as report.txt, not a domain
        if "://" not in raw and not raw.lower().startswith("www.") and tld.isdigit():
            continue
        add("url", norm_url(raw), raw, m.span())
    for m in (_FILE.finditer(text) if dotted else ()):
        if m.group(1).lower() in FILE_EXTENSIONS:
            add("file", m.group().lower(), m.group())
    for norm, raw in (_spelled_amounts(text) if _MONEY_NOUN.search(text) else ()):
        add("amount", norm, raw)
    if not has_digit:
        return _dedupe(found)
    for m in _AMOUNT.finditer(text):
        if m.group(4) and not _names_a_sum(text, m.group(4), m.end()):
            continue  # "2 grand pianos"
        add("amount", *_scaled(text, m))
    for m in _ISO_DATE.finditer(text):
        add("date", _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(), m.span())
    for m in _SLASH_DATE.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        add("date", _iso(y, a, b) or _iso(y, b, a), m.group(), m.span())
    for m in _TEXT_DATE.finditer(text):
        add("date", _iso(int(m.group(3)), month_number(m.group(1)), int(m.group(2))), m.group(), m.span())
    for m in _DAY_FIRST.finditer(text):
        y, mon = int(m.group(4)), month_number(m.group(3))
        for day in filter(None, (m.group(1), m.group(2))):
            add("date", _iso(y, mon, int(day)), m.group(), m.span())
    for m in _MONTH_RANGE.finditer(text):
        y, first = int(m.group(5)), month_number(m.group(1))
        add("date", _iso(y, first, int(m.group(2))), m.group(), m.span())
        add("date", _iso(y, month_number(m.group(3)) if m.group(3) else first, int(m.group(4))), m.group(), m.span())
    for m in _PHONE.finditer(text):
        digits = phone_digits(m.group())
        if (8 <= len(digits) <= 15 or (_LOCAL_PHONE.fullmatch(m.group()) and text[m.start() - 1:m.start()] != "-"
                                        and _PHONE_WORD.search(text, max(0, m.start() - 40), m.start()))) and free(m.span()):
            add("phone", digits, m.group(), m.span())
    for m in _DIGITS.finditer(text):
        if free(m.span()):
            add("account", m.group(), m.group(), m.span())
    return _dedupe(found)


def month_number(name: str) -> int:
    """1-12 for a month's name or its first three letters ("Sept" too)."""
    return _MONTHS.get(name.lower()) or next(i for k, i in _MONTHS.items() if k.startswith(name.lower()[:3]))


def _dedupe(values: Iterable[Value]) -> list[Value]:
    seen: dict[tuple[str, str], Value] = {}
    for v in values:
        seen.setdefault(v.key, v)
    return list(seen.values())


AMOUNT_ARG = re.compile(r"amount|sum|price|total|value|quantity|qty"  # ... or a currency's code as a part: `charge_gbp`
                        r"|(?<![a-z])(?:gbp|usd|eur|chf|jpy|cad|aud|nzd|sek|nok|dkk|pln|inr|sgd|hkd)(?![a-z])", re.IGNORECASE)
# an amount argument as a whole: a space-grouped one needs no currency there ("1 250,00", "1 250")
_AMOUNT_TEXT = re.compile(r"(?:\d{1,3}(?: \d{3})+(?:,\d{1,2})?|" + _GROUPED + r")(?![.,]?\d)")
PHONE_ARG = re.compile(r"phone|mobile|tel|fax|number|msisdn|cell", re.IGNORECASE)


def values_in_argument(name: str, value: Any) -> list[Value]:
    """Typed values in one argument; numbers under an amount-like name count as amounts."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int) and PHONE_ARG.search(name) and 8 <= len(str(abs(value))) <= 15:
        return [Value("phone", str(abs(value)), str(value))]  # a number typed as an integer
    if isinstance(value, (int, float)):
        return [Value("amount", norm_amount(value), str(value))] if AMOUNT_ARG.search(name) else []
    text = str(value)
    out = extract_values(text)
    if _LOCAL_PHONE.fullmatch(text.strip()) and _RECIPIENT_ARG.search(name.rsplit(".", 1)[-1]):  # `to: "555-0199"`
        out.append(Value("phone", phone_digits(text), text.strip()))
    if AMOUNT_ARG.search(name):
        if _AMOUNT_TEXT.fullmatch(text.strip()):  # "1.250,00" and "1 250,00" as well as "1250"
            out.append(Value("amount", norm_amount(text.strip()), text))
        else:
            try:
                out.append(Value("amount", norm_amount(float(text)), text))
            except ValueError:
                pass
    return _dedupe(out)


_MINOR_UNITS_PARTS = frozenset("cent cents pence minor paise".split())
_MONEY_PARTS = frozenset("amount price total sum value".split())
_CURRENCY_KEY = re.compile(r"(?:currency|ccy)(?:_?code)?", re.IGNORECASE)


def minor_unit_amounts(leaves: list[tuple[str, Any]], paying: bool = False) -> dict[str, Value]:
    """The amount a whole number may stand for in minor units, by its path: payment APIs take
    `{"amount": 12000, "currency": "gbp"}` for £120.00 (Stripe, Adyen), and an argument may say
    so (`amount_cents`); a payment's bare `amount` may (`paying`: the tool pays or refunds).
    Read beside the number as written, which stays a value of its own."""
    priced = {parent for parent, _, key in (path.rpartition(".") for path, _ in leaves) if _CURRENCY_KEY.fullmatch(key)}
    out: dict[str, Value] = {}
    for path, leaf in leaves:
        if isinstance(leaf, bool) or not isinstance(leaf, int) or abs(leaf) < 100:
            continue
        parent, _, name = path.rpartition(".")
        parts = name_parts(name)  # `amountCents`, `total_items`
        if _MINOR_UNITS_PARTS.intersection(parts) or (parts[-1:] and parts[-1] in _MONEY_PARTS and parent in priced) \
                or (paying and tuple(parts) == ("amount",)):
            out[path] = Value("amount", f"{leaf / 100:.2f}", f"{leaf / 100:.2f}")
    return out


MAX_ARGUMENT_DEPTH = 100


def named_fields(value: Any) -> list[tuple[Any, Any]] | None:
    """The named parts of a mapping, a pydantic model, a dataclass instance or a named tuple.

    A typed tool (`send(msg: Email)`) receives its arguments as objects, not JSON: read as one
    opaque string, `msg.recipient` would be no steering argument and a copied phrase would
    match no field. None for anything else (a leaf, or a plain list)."""
    if isinstance(value, Mapping):
        return list(value.items())
    cls = type(value)
    model_fields = getattr(cls, "model_fields", None)  # pydantic v2, without importing it here
    if isinstance(model_fields, dict) and hasattr(value, "__pydantic_fields_set__"):
        extra = getattr(value, "__pydantic_extra__", None) or {}
        return [(k, getattr(value, k, None)) for k in model_fields] + list(extra.items())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [(f.name, getattr(value, f.name, None)) for f in dataclasses.fields(value)]
    if isinstance(value, tuple) and isinstance(getattr(cls, "_fields", None), tuple):
        return list(zip(cls._fields, value))
    return None


def flatten_arguments(arguments: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted path, leaf) pairs of a JSON-like argument structure, in order. Mappings, pydantic
    models, dataclass instances and named tuples are walked by field name, sets in a fixed order.

    A container that holds itself (possible when a Python caller builds the arguments) is
    not walked again inside itself: its values are on the path already. Nesting deeper than
    MAX_ARGUMENT_DEPTH is refused with a ValueError that says so (the check then fails
    closed) rather than walked: no tool takes such arguments, and every path would be long.
    """
    return ((path, value) for path, value, leaf in _walk(arguments, prefix) if leaf)


def argument_keys(arguments: Any) -> Iterator[tuple[str, str]]:
    """(path of the mapping, key) for every text key of the mappings inside the arguments, walked
    as `flatten_arguments` walks them: a key can be a value too (`{"permissions":
    {"eve@evil.example": "editor"}}`)."""
    for path, value, leaf in _walk(arguments):
        if not leaf and isinstance(value, Mapping):
            yield from ((path, k) for k in value if isinstance(k, str))


def _walk(arguments: Any, prefix: str = "") -> Iterator[tuple[str, Any, bool]]:
    """(path, value, is a leaf) for every node of the arguments, containers before their parts."""
    on_path: set[int] = set()
    stack: list[tuple[bool, str, Any, int]] = [(False, prefix, arguments, 0)]
    while stack:
        leaving, path, value, depth = stack.pop()
        if leaving:
            on_path.discard(value)
            continue
        fields = named_fields(value)
        if fields is not None:
            items = [(f"{path}.{k}" if path else str(k), v) for k, v in fields]
        elif isinstance(value, (list, tuple)):
            items = [(f"{path}[{i}]", v) for i, v in enumerate(value)]
        elif isinstance(value, (set, frozenset)):
            items = [(f"{path}[{i}]", v) for i, v in enumerate(sorted(value, key=repr))]
        else:
            yield path, value, True
            continue
        if id(value) in on_path:
            continue
        if depth >= MAX_ARGUMENT_DEPTH:
            raise ValueError(f"arguments nested deeper than {MAX_ARGUMENT_DEPTH} levels (at {path[:80]}...)")
        yield path, value, False
        on_path.add(id(value))
        stack.append((True, path, id(value), depth))
        stack.extend((False, p, v, depth + 1) for p, v in reversed(items))


def distinctive_tokens(text: str, min_len: int = 5) -> set[str]:
    """Identifier-like tokens (digits, `_`, `@`, `/`, `.` or `-` inside): literals an injected goal may name.

    Plain words are left out on purpose: they occur everywhere and would make every
    English argument look copied.
    """
    out = set()
    for tok in _TOKEN.findall(text or ""):
        tok = tok.strip(".!?")
        if len(tok) < min_len:
            continue
        inner = tok[1:-1]
        if any(c.isdigit() for c in tok) or any(c in inner for c in "_@/.-"):
            out.add(tok.lower())
    return out


PERSONAL_KINDS = frozenset({"iban", "account", "phone", "email"})


def display(kind: str, value: str) -> str:
    """How a value appears in reasons: personal kinds are shortened so logs never hold them whole,
    and a URL loses its query and the middle of long path segments.

    Enough stays (first and last characters, an e-mail's domain) for the agent to
    recognise which value of its context was meant.
    """
    if kind == "url":  # a query, a fragment or a long path segment may carry a token or a reset code
        cut = min((i for i in (value.find("?"), value.find("#"), value.find(";")) if i >= 0), default=-1)
        head = value if cut < 0 else value[:cut]
        scheme, sep, rest = head.partition("://") if "://" in head else ("", "", head)
        host, slash, path = rest.partition("/")
        path = "/".join(p if len(p) <= 16 else p[:4] + "…" for p in path.split("/"))
        head = scheme + sep + host + slash + path
        return head if cut < 0 else head + "?…"
    if kind not in PERSONAL_KINDS:
        return value
    if kind == "email" and "@" in value:
        local, domain = value.split("@", 1)
        return f"{local[:2]}…@{domain}"
    if kind in ("phone", "account"):  # "123-…6789" kept 7 of an SSN's 9 digits: the last four, as a statement prints them
        return "…" + value[-4:] if len(value) > 6 else "…"
    if len(value) <= 8:
        return value[:2] + "…"
    return f"{value[:4]}…{value[-4:]}"


_PREPOSITIONS = frozenset("to into onto with from by at of on for via in".split())
_TOWARDS = frozenset("to into onto with".split())
_SOURCE = frozenset("from by via".split())
# verbs whose first object is where things go ("Email x@y the file", "Pay DE89... the rest")
_SEND_VERBS = frozenset("send email e-mail mail forward cc bcc pay wire transfer invite text message notify add grant give "
                        "copy delegate share".split())


# Verbs of sending, paying and sharing in the languages injected text is most often written in:
# their prepositions are not parsed, so in a sentence with one of them every address counts
# as where things go, except one a source marker ("from", "de", "von", ...) names.
FOREIGN_SEND = re.compile(
    r"\b(?:env[ií]a\w*|env[ií]e\w*|reenv[ií]\w*|manda\b|mandes?\b|mandar\w*|m[aá]nd\w*l[oae]s?\b|transfier\w*|transfiera\w*|"
    r"pag(?:a|ue)\w*|comparte\w*|envoie\w*|envoy(?:ez|er|é)\w*|transf[ée]r(?:ez|er|é)\w*|virez|virer|virement|pay(?:ez|er)\b|"
    r"transmet\w*|partage[rz]?\b|send(?:e|en|et)\b|schick\w*|[üu]berweis\w*|weiterleit\w*|leiten\s+sie|teilen\s+sie|"
    r"invi[ae]\w*|inoltr\w*|trasferisc\w*|bonific\w*|condividi\w*|envie\w*|encaminh\w*|transfira\w*|compartilh\w*|"
    r"stuur\w*|verstuur\w*|betaal\w*|deel\b|wy[sś]lij\w*|prze[sś]lij\w*|przelej\w*|zap[lł]a[cć]\w*|udost[eę]pnij\w*|"
    r"g[öo]nder\w*|öde(?:yin|me|\b)|payla[sş]\w*|ilet\w*|op[lł]a[cć]\w*|skicka\w*|överför\w*|betala\w*)"
    r"|(?:отправ\w*|перешл\w*|пересл\w*|перевед\w*|переведи\w*|оплат\w*|подел\w*|вышл\w*)"
    r"|(?:发送|发到|发给|转发|汇款|转账|支付|分享|寄给|送信|送って|転送|振り込|振込|共有)"
    r"|(?:भेज\w*|أرسل|ارسل|حوّل|حول|보내|회신|전송|송금|\bgửi\b|\bchuyển\b|\bkirim\w*|\bbayar\w*)", re.IGNORECASE)
_FOREIGN_SEND_GATED = GatedPattern(FOREIGN_SEND)
# words that mark another language: three of them (or letters beyond ASCII) a sentence written in one
_FOREIGN_WORDS = re.compile(
    r"\b(?:las|los|el|del|les|des|du|der|das|dem|het|een|il|gli|della|delle|uma|und|et|ist|est|es|por|para|pour|"
    r"f[uü]r|mit|avec|con|sur|auf|zu|naar|voor|alle|tutte|todos|todas|tous|toutes|sie|vous|usted|voi|jij|"
    r"wszystkie|prosz[eę]|bitte|favor|favore|lutfen|t[uü]m|que|qui|che|dass|ce|cette|questo|esta|este|nicht|pas|non|"
    r"y|e|o|ou|oder|od|na|do|ze|nach|bei|zum|zur|au|aux|al|ai|nel|nella|sul|sulla|op|bij|ook|niet)\b", re.IGNORECASE)


def _foreign(sentence: str) -> bool:
    """Letters beyond ASCII, or three words no English sentence uses."""
    return not sentence.isascii() or len({w.lower() for w in _FOREIGN_WORDS.findall(sentence)}) >= 3


# Words of Spanish, French, German, Italian, Portuguese and Dutch that English does not use, not
# even in names (none of "do", "am", "die", "per", "la", "el", "los", "del", "le", "du", "il",
# "mit", "con", "est": Los Angeles, Hotel Del Coronado, MIT): two distinct ones, or one and a
# letter beyond ASCII ("Réserve l'hôtel pour nous"), mark a sentence in one of those languages.
# An accented letter alone does not: English names and loans carry them ("Zoë", "café").
_MARKERS = frozenset((
    "por para una usted que esta este como cuando donde porque también muy nuestro pero todavía todavia des pour avec "
    "vous veuillez sur une cette merci svp dans aussi très avez sont nous votre notre leur mais pas der das dem und "
    "ist sie nicht ein eine einen zum zur auf nach bitte ich wir sind haben werden wird dein unser sehr aber noch "
    "auch oder wenn dass worum frau herr herrn kannst können konnen könnten möchte della delle gli favore nel nella "
    "sul sulla questo questa che sono anche molto nostro vostro perché ancora uma pra ela não nao você voce seu sua "
    "meu minha também muito nosso são está pode het een voor niet ook naar graag alstublieft jullie bij je jij ik "
    "wij zijn hebben heeft ons onze jouw uw zeer maar kunt kun ze wil puedes podría podria potresti puoi pourriez "
    "pouvez hola gracias nosotros ustedes bonjour salut hallo danke ciao grazie olá obrigado obrigada hoi bedankt "
    "mijn mein meine ihr ihre mio mia enero febrero marzo abril junio julio agosto septiembre octubre noviembre "
    "diciembre janvier février fevrier avril juin juillet août aout septembre octobre novembre décembre decembre "
    "januar februar märz maerz oktober dezember gennaio febbraio aprile maggio giugno luglio settembre ottobre "
    "dicembre janeiro fevereiro março abril maio junho julho setembro outubro dezembro januari februari maart "
    "augustus lunes martes miércoles jueves viernes sábado lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lunedì martedì mercoledì giovedì venerdì sabato "
    "domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag").split())
# Words of those languages that English names also carry (Los Angeles, Hotel Del Coronado, Le Bistro,
# MIT): each counts half.
_WEAK_MARKERS = frozenset("el la los las del al de le du il con mit dos les est un en van".split())
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # a word, with its apostrophes ("n'oublie")


def reads_as_another_language(text: str) -> bool:
    """Whether a sentence reads as Spanish, French, German, Italian, Portuguese or Dutch: two
    distinct `_MARKERS` (`_WEAK_MARKERS` count half), or one and letters beyond ASCII."""
    return _marks_short(text) if len(text) <= 2000 else _marks(text)


@functools.lru_cache(maxsize=2048)  # a sentence is asked about by several readers of one call
def _marks_short(text: str) -> bool:
    return _marks(text)


def _marks(text: str) -> bool:
    marks = 0.0 if text.isascii() else 1.0
    seen: set[str] = set()
    for m in WORD.finditer(text):
        word = m.group().lower()
        if word in seen:
            continue
        if word in _MARKERS or word in _WEAK_MARKERS:
            seen.add(word)
            marks += 1.0 if word in _MARKERS else 0.5
            if marks >= 2:
                return True
    return False


def asks_in_another_language(sentence: str) -> bool:
    """A sentence not in English with a verb of sending, paying or sharing."""
    return _FOREIGN_SEND_GATED.search(sentence) and _foreign(sentence)


# The kinds of value that name where something goes (the destinations taint directs).
IDENTITY_KINDS = ("iban", "email", "url", "phone", "account")
_FOREIGN_SOURCE = re.compile(r"(?:\b(?:from|de|desde|von|vom|da|dal|van|od|от|из)\s+|来自|から)\s*\S*$", re.IGNORECASE)


def destinations(sentence: str) -> list[Value]:
    """The values a sentence names as where something goes: "send it to x@y", "to our team at
    x@y", "invite the user with the email x@y", "email x@y the file". A value counts when, within
    the eight words before one of its occurrences, something points towards it (to, into, onto,
    with) and the nearest preposition does not name a source ("from x@y", "by x@y"), or when it
    directly follows a verb of sending, or follows an "at" after one ("cc our auditors at x@y").
    "at www..." alone, "of x@y" alone name a place or a party."""
    sentence = deobfuscate(sentence)  # values are read from this copy: their raw text is found in it
    out = []
    foreign = asks_in_another_language(sentence)
    for v in extract_values(sentence):
        if foreign and v.kind in IDENTITY_KINDS:
            at = sentence.find(v.raw)
            if at >= 0 and not _FOREIGN_SOURCE.search(sentence[max(0, at - 24): at]):
                out.append(v)
                continue
        for m in re.finditer(re.escape(v.raw), sentence):
            words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", sentence[: m.start()])[-8:]]
            preps = [w for w in words if w in _PREPOSITIONS]
            # "cc our auditors at x@y", "invite our advisor at x@y": a verb of sending before the "at"
            # ... and "text my daughter on 07700 …": the British "on" before a number does the same
            at = len(words) - 1 - words[::-1].index(preps[-1]) \
                if preps and (preps[-1] == "at" or (preps[-1] == "on" and v.kind == "phone")) else 0
            at_sent = bool(_SEND_VERBS.intersection(words[:at]))
            if (preps and preps[-1] not in _SOURCE and _TOWARDS & set(preps)) or (words and words[-1] in _SEND_VERBS) or at_sent:
                out.append(v)
                break
    return out

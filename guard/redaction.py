"""Redaction of content before it reaches spans, metrics or logs.

The core ships a fast pattern redactor so that nothing personal or secret leaves
unredacted even without the privacy extra; `telemetry.redactor` (or the best one
installed, when content capture is on) can swap in Presidio via `agentguard.redactors`.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib.metadata import entry_points
from typing import Any, Callable

from guard.decoding import decode_wide_json_escapes
from guard.encoded_text import encoded_runs

Redactor = Callable[[str], str]

# A value that looks like a secret: 4+ characters with a digit or a symbol among them.
_SECRET_LIKE = r"(?=[^\s\"',;]*[0-9!@#$%^&*+=?_~])[^\s\"',;]{4,}"

# Order matters: secrets and structured identifiers before looser number patterns.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Keys whose shape says what they are: OpenAI/Anthropic/Stripe-style sk-/sk_live_, GitHub
    # (classic and fine-grained), GitLab, AWS access key ids, Slack, Google (API keys, OAuth
    # access and refresh tokens), Hugging Face, npm, JSON Web Tokens, DigitalOcean, Shopify,
    # Mailgun, PyPI, Stripe webhook secrets, SendGrid, webhook URLs (the path is the credential),
    # HTTP Basic credentials; PEM private keys and curl's -u user:password. A JWT's header is read
    # up to 1,024 characters: unbounded, each `-eyJ` of a long run rescanned the rest of it for the
    # "." (quadratic, 1.8 s for 100 KB). Written as a prefix tree: one alternation of ~20 branches
    # tried at every position cost more than all the other patterns together. A key after an
    # underscore ("session_sk-proj-…", "aws_AKIA…") is `_KEY_AFTER_UNDERSCORE`'s.
    ("SECRET", re.compile(
        r"\b(?:[spr]k[-_][A-Za-z0-9_\-]{16,}"
        r"|g(?:h[pousr]_[A-Za-z0-9]{20,}|ithub_pat_[A-Za-z0-9_]{20,}|lpat-[A-Za-z0-9_\-]{20,})"
        r"|A(?:(?:KIA|SIA)[0-9A-Z]{16}\b|Iza[0-9A-Za-z_\-]{30,})"
        r"|xox[abposr]-[A-Za-z0-9-]{10,}"
        r"|h(?:f_[A-Za-z0-9]{30,}|ttps?://(?:hooks\.slack\.com/(?:services|workflows|triggers)"
        r"|(?:[a-z]+\.)?discord(?:app)?\.com/api/webhooks)/\S+)"
        r"|npm_[A-Za-z0-9]{30,}|eyJ[A-Za-z0-9_\-]{8,1024}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"
        r"|dop_v1_[a-f0-9]{32,}|sh(?:pat|pss|pca|ppa)_[a-fA-F0-9]{32}|key-[a-z0-9]{32}\b|pypi-AgE[A-Za-z0-9_\-]{40,}"
        r"|whsec_[A-Za-z0-9]{16,}|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}|ya29\.[A-Za-z0-9_\-]{16,}|1//[A-Za-z0-9_\-]{30,}"
        r"|Basic\s+(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2})"
        r"|-(?:----BEGIN [A-Z ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----|[\s\S]*)"
        r"|(?<!\S-)(?:u|-user)[ =]?[\"']?[^\s:\"']+:[^\s\"']+)")),
    # The same keys after an underscore, where `\b` starts no match ("session_sk-proj-…",
    # "aws_AKIAIOSFODNN7EXAMPLE", "id_token_eyJ…"): a pattern of its own that begins with the "_"
    # (found by a fast scan for it). There `sk`/`pk`/`rk` must have a key's form: `sk-` with a
    # digit and upper case within its first 256 characters, or Stripe's `sk_live_`/`sk_test_`; a
    # loose word (`lookup_pk_value_for_customer_id`) is not matched, so a key later in the same
    # identifier still is (`user_pk_record_AKIA…`).
    ("SECRET", _KEY_AFTER_UNDERSCORE := re.compile(
        r"_(?:[spr]k-(?=[A-Za-z0-9_\-]{0,256}[0-9])(?=[A-Za-z0-9_\-]{0,256}[A-Z])[A-Za-z0-9_\-]{16,}"
        r"|[spr]k_(?:live|test)_[A-Za-z0-9]{16,}"
        r"|g(?:h[pousr]_[A-Za-z0-9]{20,}|ithub_pat_[A-Za-z0-9_]{20,}|lpat-[A-Za-z0-9_\-]{20,})"
        r"|A(?:(?:KIA|SIA)[0-9A-Z]{16}\b|Iza[0-9A-Za-z_\-]{30,})|xox[abposr]-[A-Za-z0-9-]{10,}"
        r"|hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{30,}|eyJ[A-Za-z0-9_\-]{8,1024}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"
        r"|dop_v1_[a-f0-9]{32,}|sh(?:pat|pss|pca|ppa)_[a-fA-F0-9]{32}|key-[a-z0-9]{32}\b|pypi-AgE[A-Za-z0-9_\-]{40,}"
        r"|whsec_[A-Za-z0-9]{16,}|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}|ya29\.[A-Za-z0-9_\-]{16,}"
        r"|1//[A-Za-z0-9_\-]{30,})")),
    # A token that looks random (32-256 characters of upper case, lower case and at least three
    # digits, as most vendors' API keys): what no named pattern knows still stays out. Git
    # hashes and hex digests (no upper case), words, identifiers with a digit or two, and paths
    # and URLs ("/" splits the run) are not touched.
    ("SECRET", re.compile(
        r"(?<![A-Za-z0-9/+=_\-])(?=[A-Za-z0-9+_\-]{0,255}[A-Z])(?=[A-Za-z0-9+_\-]{0,255}[a-z])"
        r"(?=(?:[A-Za-z+_\-]{0,255}[0-9]){3})[A-Za-z0-9+_\-]{32,256}={0,2}(?![A-Za-z0-9/+=_\-])")),
    # An AWS secret access key on its own: exactly 40 characters of base64's alphabet, "/" and "+"
    # included, with upper case, lower case and a digit ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    # has one digit). A path of exactly that length and mix goes too: the safe side.
    ("SECRET", re.compile(
        r"(?<![A-Za-z0-9/+=_\-.])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[0-9])"
        r"[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=_\-]|\.\w)")),
    # The password in a URL's user info (postgres://user:pw@host, redis://:pw@host): before EMAIL, which would
    # swallow "pw@host" and mislabel it.
    ("SECRET", re.compile(r"(?<=://)[^\s/:@]*:[^\s/@]+(?=@)")),
    # the same percent-encoded ("postgres%3A%2F%2Fadmin%3Ahunter2%40db", a URL in a query)
    # (each part stops at the next encoded "/", ":" or "@": linear, and the host and path stay)
    ("SECRET", re.compile(r"(?i)(?<=%3A%2F%2F)(?:(?!%2F|%3A|%40)[^\s/:@&]){0,256}%3A(?:(?!%2F|%40)[^\s/@&]){1,256}(?=%40)")),
    # A keyword and any value of 6+ characters after it, even after a bare space: "password
    # swordfish" must not leave, so "the password policy" is redacted too (the safe side). A value
    # in quotes after ":" or "=" is taken whole, spaces and semicolons included ("correct horse
    # battery staple"), and a double quote may be escaped (a JSON body inside a JSON string);
    # without the separator a quote may be the key's own closing one ({"password_set": true, …}).
    # A backslash stays part of a value unless it escapes its closing quote. The keyword may sit
    # inside an identifier (aws_secret_access_key=, DB_PASSWORD:, x-api-key:), but not inside a
    # placeholder already written ("<SECRET>@host"). The match starts at the keyword:
    # a leading `(?:[A-Za-z0-9]+[_-])*` for the identifier's head made every position of a long
    # "x-x-x-..." retry the whole run (quadratic: 74 s for 60 KB). The separator is one of three
    # forms, not `\s*[:=]?\s*`: two runs of spaces around an optional mark split a long run of
    # spaces every way (251 s for "password" and 100 KB of spaces).
    ("SECRET", re.compile(
        r"(?i)(?<![A-Za-z0-9<])(?:api[_-]?key|access[_-]?key|private[_-]?key|account[_-]?key|token|secret"
        r"|password|passwd|pwd|bearer)(?![A-Za-z])(?:[_-][A-Za-z0-9]+)*(?:\\?[\"'])?"
        r"(?:\s*[:=]\s*(?:\\?\"[^\"\n\\]{4,256}(?=\\?\")|'[^'\n\\]{4,256}(?='))"
        r"|(?:\s*[:=]\s*|\s+|)(?:\\?[\"'])?(?:[^\s\"',;\\]|\\(?![\"'])){6,})")),
    # Ways people write a credential in prose that the keyword pattern above misses: "my password
    # is X", the word in other languages ("Passwort:", "mot de passe :", "contraseña:"), one-time
    # codes, "secret key: X", a "login: admin / X" pair, and a key in a URL's query (?key=, &sig=).
    # After "is" or a bare word, only a value that looks like one (a digit or a symbol in it):
    # "your password is required", "la clave es mantener la calma" stay.
    ("SECRET", re.compile(
        r"(?i)(?<![A-Za-z0-9<])(?:password|passwort|kennwort|wachtwoord|mot de passe|contrase(?:ñ|n)a|senha|clave"
        r"|passcode|pin code|otp(?: code)?|one-time (?:code|password)|verification code|2fa code)"
        r"(?:\s*[:=]\s*[\"']?[^\s\"',;]{4,}|\s+(?:is|was|ist|est|es|é)\s+[\"']?" + _SECRET_LIKE + ")"
        r"|(?<![A-Za-z0-9<])(?:otp|2fa|verification|one-time|pin)\s+code\s+\d{4,8}\b"
        # "my PIN is 4921", "Your new PIN was 1234", "Card PIN is 4921" (whose PIN: "Pin was 2019 vintage"
        # is a wine's, "the bowling pin was 1998" a bowling alley's)
        r"|(?<![A-Za-z0-9<])(?:(?:my|your|his|her|their|our)\s+(?:[\w'’-]+\s+)?|(?:card|sim|account|debit|bank|atm|phone)(?:['’]s)?\s+)"
        r"pin(?:\s+(?:number|code))?\s+(?:is|was)\s+\d{4,8}\b"
        # "the passphrase is Tr0ub4dor&3", "… was correct-horse-battery-staple" (with ":" the pattern above takes it whole)
        r"|(?<![A-Za-z0-9<])passphrase\s+(?:is|was)\s+[\"']?(?:" + _SECRET_LIKE + r"|[a-z]+(?:-[a-z]+){2,}\b)"
        r"|[?&](?:key|api_?key|access_token|token|sig|signature|secret|password|code)=[^&\s#\"']{6,}"
        r"|(?<![A-Za-z0-9<])(?:secret|private|api|access)\s+key\s*[:=]\s*[\"']?[^\s\"',;]{6,}"
        r"|(?<![A-Za-z0-9<])(?:login|user(?:name)?|benutzer)\s*[:=]\s*[^\s/:]{1,64}\s*/\s*" + _SECRET_LIKE)),
    # An Authorization header's value, with its scheme: "Authorization: Bearer <token>".
    ("SECRET", re.compile(r"(?i)(?<![A-Za-z0-9<])(?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?(?:(?:basic|bearer|token|digest|negotiate)\s+)?[^\s\"',;]{6,}")),
    # a cookie header carries the session itself
    ("SECRET", re.compile(r"(?i)(?<![A-Za-z0-9<-])(?:set-)?cookie[\"']?\s*:\s*[^\n\"]{4,}")),
    # A Telegram bot token: the bot's id, a colon and about 35 characters (AA…), also in the bot API's path
    # ("https://api.telegram.org/bot123456789:AAH…/sendMessage", where no word boundary starts it).
    ("SECRET", re.compile(r"(?<![0-9])\d{6,10}:AA[A-Za-z0-9_\-]{30,38}(?![A-Za-z0-9_\-])")),
    # A field named for a key, a token or a secret at the end of its name ("azure_openai_key":,
    # Ocp-Apim-Subscription-Key:, "slack_bot_token" =): a value of 16+ characters with letters and
    # digits, whatever its shape (a key of lower-case hex has none the patterns above know; one
    # in two halves, "3f8a…:0c5e…", goes whole); a path, a file or host name (a "/" or ".") and an
    # identifier of parts ("created_at_2024_03_12_desc", "user:42:profile:v2": two of "_", "-",
    # ":") are no keys, nor is "max_tokens": 4096. The match starts at the last part of the name,
    # so a long "x_x_x_…" is not rescanned from each of its positions.
    ("SECRET", re.compile(
        r"(?i)(?<=[A-Za-z0-9][_-])(?:key|token|secret|apikey|credential)s?[\"']?\s*[:=]\s*[\"']?"
        r"(?=[^\s\"',;}\])]{0,255}[0-9])(?=[^\s\"',;}\])]{0,255}[A-Za-z])"
        r"(?![^\s\"',;}\])]{0,255}[/.])(?![^\s\"',;}\])]{0,255}[_:-][^\s\"',;}\])]{0,255}[_:-])[^\s\"',;}\])]{16,}")),
    # Shorter or commoner words only with a separator after them: {"pass": "..."}, pw=...,
    # apiKey: ..., credentials: ... (so "pass the salt" stays).
    ("SECRET", re.compile(
        r"(?i)(?<![A-Za-z0-9<])passphrase[\"']?\s*[:=]\s*[^\n\"]{4,}"
        r"|(?i:(?<![A-Za-z0-9<])(?:pass|pw|pin|auth|credentials?|apikey|sig|sas|conn(?:ection)?[_-]?string)[\"']?\s*[:=]\s*[\"']?[^\s\"',;]{4,})")),
    # \w: a look-alike letter in the domain too. The lookbehind starts a match only where a run
    # of address characters starts: otherwise each position of a long run without "@" rescans it.
    # An address percent-encoded in a URL's query ("?email=jane.doe%40example.com") too.
    ("EMAIL", re.compile(r"(?<![\w.%+\-])[\w.%+\-]+(?:@|%40)[\w.\-]+\.[^\W\d_]{2,}")),
    # with its check digits (mod 97, see `_iban_valid`): an MD5 digest or an order id that starts
    # with two letters and two digits is no IBAN
    ("IBAN", _IBAN := re.compile(r"(?i)\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")),
    # digits to digits: a separator after the last digit is the text's ("ts=<CARD> ms", not "<CARD>ms")
    ("CARD", re.compile(r"\b\d(?:[ -]?\d){12,18}\b")),
    # after an underscore ("card_4111…", "id_4111-1111-…": no word boundary there), when the
    # digits pass the Luhn check ("req_20240603141522" is a timestamp, not a card)
    ("CARD", _CARD_AFTER_UNDERSCORE := re.compile(r"(?<=_)(?:\d[ -]?){12,18}\d(?![\da-zA-Z])")),
    # glued to a word ("card4111111111111111", "cardNo5555555555554444exp"): a word's last two
    # letters before, the last lower-case ("v4539…" of a build or a MongoDB id's "5f4539…" is no
    # word), unbroken digits, a card network's first digits (2-6), the Luhn check, and not inside a
    # hex digest of 32+ characters ("…acdf5043632506956…" of a SHA-1 stays; see `_glued_card`). An
    # upper-case code's digits ("SKU5626955417638879", "ORD20240603123456") are its own. The digit
    # class comes first so the scan skips ahead to digits.
    ("CARD", _CARD_AFTER_LETTER := re.compile(r"[2-6](?<=[A-Za-z][a-z][2-6])(?:(?<=2)[2-7]|(?<!2)\d)\d{11,17}(?!\d)")),
    ("SSN", re.compile(r"(?:\b|(?<=_))\d{3}-\d{2}-\d{4}\b")),
    # A UK National Insurance number: two letters of the allowed series, six digits, A-D. Written
    # with its spaces ("AB 12 34 56 C") it is one; in other spacings or run together ("AB123456C",
    # the shape of part and flight numbers) only after words that name it, in prose or as a key
    # ("NI number is", "NINO:", "national_insurance_number": "…", NationalInsuranceNumber=). Each
    # branch starts with a letter, so the scan skips ahead to letters. (The privacy analyzer reads
    # the same numbers: `NINO`.)
    ("UK_NINO", NINO := re.compile(
        r"(?:([nN](?<![A-Za-z0-9][nN])(?i:ino|i(?:[\s_\-]*(?:number|num|no))?"
        r"|ational[\s_\-]*insurance(?:[\s_\-]*(?:number|num|no))?)"
        r"[\s:=#\"'(),.\-]{1,8}(?:(?:is|was)[\s:]+)?)"
        r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]"
        r"|(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D])"
        r"(?![A-Za-z0-9])")),
    ("IP", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")),  # before PHONE, which would take 192.168.10.24 too
    # not after a hyphen: the last group of a UUID ("…-a716-446655440000") is no phone number
    ("PHONE", re.compile(r"(?<![\w-])\+?\(?\d{1,4}\)?(?:[ .\-]?\(?\d{2,4}\)?){2,5}(?![\w])")),
]


# For keys: all but the keyword patterns (the case-insensitive SECRET ones, which take a word and
# what follows it).
_KEY_PATTERNS = [(label, p) for label, p in _PATTERNS if not (label == "SECRET" and p.pattern.startswith("(?i)"))]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# For labels (an agent's name, a run id, a model name, a response id): the shapes that are never an
# identifier's — keys of a known prefix, a URL's password, an e-mail address, an IBAN, an SSN, a
# card number that passes the Luhn check. Not the random-token, phone or keyword patterns: a
# UUID, `chatcmpl-AbC…` or `password-reset-bot` must stay what it is, or no record finds its run.
_KNOWN_KEYS = _PATTERNS[0]  # keys whose shape says what they are
_URL_PASSWORD = next(entry for entry in _PATTERNS if entry[1].pattern.startswith("(?<=://)"))
_LABEL_PATTERNS = [_KNOWN_KEYS, ("SECRET", _KEY_AFTER_UNDERSCORE), _URL_PASSWORD,
                   *[(label, p) for label, p in _PATTERNS if label in ("EMAIL", "SSN")],
                   # upper case and its check digits: a hex id ("ab12cdef…") has the loose pattern's shape
                   ("IBAN", re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\w-])")),
                   # only as cards are written (groups of four, or Amex's 4-6-5): a run of digits in an
                   # id is a timestamp or a counter ("run-20240611143007" passes Luhn one time in ten)
                   ("CARD", re.compile(r"(?<!\w)\d{4}(?:(?:[ -]\d{4}){2}[ -]\d{1,7}|[ -]\d{6}[ -]\d{5})(?!\w)"))]


def _label_secret(match: re.Match[str]) -> str:
    """A known key in a label, except the loose `sk-`/`pk-`/`rk-` prefix on a name with no digit and
    no upper case in it (`sk_search_knowledge_base`, `rk-nightly-eval-2024-06-11`): real keys of
    those vendors mix both."""
    t = match.group(0)
    if t[:1] in "spr" and t[1:3] in ("k-", "k_") and not (any(c.isdigit() for c in t) and any(c.isupper() for c in t)):
        return t
    return "<SECRET>"


_SPACE = re.compile(r"\s")


def _iban_valid(match: re.Match[str]) -> str:
    """The longest part of the match, ending before a space, whose check digits hold: the pattern
    may take the next short word too ("pay AT611904300234573201 now"), which no IBAN passes."""
    text = match.group(0)
    for end in [len(text), *reversed([m.start() for m in _SPACE.finditer(text)])]:
        s = "".join(text[:end].split())
        if len(s) < 15:  # Norway's, the shortest
            break
        if s.isascii() and s.isalnum() and int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1:
            return "<IBAN>" + text[end:]
    return text


def luhn_valid(digits: str) -> bool:
    """The Luhn check digit of a card number (its digits only) holds."""
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_card(match: re.Match[str]) -> str:
    return "<CARD>" if luhn_valid(re.sub(r"\D", "", match.group(0))) else match.group(0)


_HEX_TOKEN = re.compile(r"[0-9A-Fa-f]+")
_WORD_CHARS = re.compile(r"[A-Za-z0-9]*")


def _glued_card(match: re.Match[str]) -> str:
    """A card number glued to a word, unless the word and it are one hex digest (32+ hex
    characters: MD5, SHA-1, SHA-256; "acc4111…" or "deadbeef4111…" are words with a card)."""
    text, start, end = match.string, match.start(), match.end()
    left = start - len(_WORD_CHARS.match(text[max(0, start - 128):start][::-1]).group(0))
    right = _WORD_CHARS.match(text, end, end + 128).end()  # digests are short: 128 characters each way at most
    if right - left >= 32 and _HEX_TOKEN.fullmatch(text, left, right):
        return match.group(0)
    return _luhn_card(match)


def _nino(match: re.Match[str]) -> str:
    """The number replaced, the words that named it kept."""
    return (match.group(1) or "") + "<UK_NINO>"


def _phone(match: re.Match[str]) -> str:
    s = match.group(0)
    if sum(c.isdigit() for c in s) < 7 or _ISO_DATE.fullmatch(s.strip()):
        return s
    return "<PHONE>"


_SURROGATE = re.compile("[\ud800-\udfff]")


def map_strings(value: Any, fn: Callable[[str], str], keys: bool | Callable[[str], str] = False) -> Any:
    """`value` with `fn` applied to every string in it (and to dict keys with `keys`: True, or the
    function for keys); tuples
    come back as lists. For JSON-like values: a value that contains itself recurses forever."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        if not keys:
            return {k: map_strings(v, fn, keys) for k, v in value.items()}
        out: dict[Any, Any] = {}
        key_fn = keys if callable(keys) else fn
        for k, v in value.items():
            new = key_fn(k) if isinstance(k, str) else k
            if new in out:  # two keys redacted alike ("<EMAIL>"): both kept
                new = next(f"{new} #{i}" for i in range(2, len(value) + 2) if f"{new} #{i}" not in out)
            out[new] = map_strings(v, fn, keys)
        return out
    if isinstance(value, (list, tuple)):
        return [map_strings(v, fn, keys) for v in value]
    return value


def without_surrogates(value: Any) -> Any:
    """`value` with every lone surrogate in its strings (keys too) replaced by U+FFFD: broken
    UTF-16 from a tool ("\ud800") cannot be stored as UTF-8, and the record must not be lost."""
    return map_strings(value, lambda s: s if s.isascii() else _SURROGATE.sub("\ufffd", s), keys=True)


# An escaped line break or tab ("\\n" in a repr or in JSON) glues the next word to an "n" or "t",
# so a pattern that starts at a word boundary would miss "…\\nsk-proj-…". A private-use mark
# after each escape makes that boundary for the duration of the scan.
_ESCAPE = re.compile(r"\\[ntr]")
_MARK = "\ue000"


# Characters that render as nothing: inside a key ("sk-proj-Abc\u200bDef") or an address
# ("mark.black@gm\u200bail.com") they would hide it from every pattern; nothing is lost without them.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U0001bca0-\U0001bca3"
                        "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")


_TAG_ASCII = re.compile("[\U000e0020-\U000e007e]+")


def reveal_tag_text(text: str) -> str:
    """Unicode tag characters (U+E0020-E007E) spell ASCII that no one sees but a model reads
    ("ASCII smuggling"): written here as the ASCII they encode, for scanners to read."""
    return text if text.isascii() else _TAG_ASCII.sub(lambda m: "".join(chr(ord(c) - 0xE0000) for c in m.group(0)), text)


def is_invisible(ch: str) -> bool:
    """One character that renders as nothing on its own (see strip_invisible), or a combining mark."""
    return bool(_INVISIBLE.match(ch)) or unicodedata.combining(ch) != 0


# Dashes and minus signs that NFKC leaves as they are: word processors write "+44–7946–095812".
DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"})


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a decimal digit of another script (Arabic-Indic ٤, Devanagari ४, …)


def folded(text: str) -> str:
    """`text` as a mail server, browser or reader takes it: compatibility forms folded (NFKC:
    fullwidth `ｅｖｉｌ` is `evil`), decimal digits of any script as ASCII digits (a model reads
    "٠٧٩٤٦" as the number it is) and characters that render as nothing removed."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text) if not text.isascii() else text


def strip_invisible(text: str) -> str:
    """`text` without the characters that render as nothing (zero-width, bidi controls, variation selectors, tags)."""
    return text if text.isascii() else _INVISIBLE.sub("", text)


# A quotation in guard-written text ("… (e.g. \"wire the money to Mark\") …") is content the guard
# read: a name in it passes every pattern. Straight double quotes with JSON's escapes inside, as
# `quote()` writes them (an empty one too: "" left unmatched paired its closing mark with the next
# quotation's opening one); backticks name tools and arguments, and single quotes are apostrophes
# as often as quotes.
_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"')  # each scan stops at the next quote or break: linear


def quote(text: str) -> str:
    """`text` as a quotation in guard-written text (JSON string syntax): `elide_quotes` finds it
    whole, whatever quotes or line breaks it holds."""
    return json.dumps(text, ensure_ascii=False)


_NAME = re.compile(r"[A-Za-z0-9_.\-]{1,64}")


def shown_name(tool: str | None) -> str | None:
    """A tool name as guard-written text may repeat it: a name that is not an identifier (or a
    long one) would carry text into a notice to the client, or a quote mark that lets a
    quotation's elision stop short."""
    if tool is None or _NAME.fullmatch(tool):
        return tool
    return "(a tool with an invalid name)"


def elide_quotes(text: str) -> str:
    """`text` with each double-quoted passage replaced by a note: guidance may quote what a tool
    returned, and with content capture off no such passage is kept in the audit trail."""
    return _QUOTED.sub('"[quoted content not captured]"', text) if text else text


def redact_key(key: str) -> str:
    """A mapping key as the audit keeps it: values written as keys (an e-mail, a number, a key
    of a known shape) are replaced; the keyword patterns are not applied (a key like
    `token_count` or `password_fields` names a field, and they took its name away)."""
    return redact_patterns(key, _KEY_PATTERNS)


# Patterns whose match is checked, or kept in part, before it is replaced; the others become `<LABEL>`.
# (keyed by id: a compiled pattern's own hash is recomputed on every lookup, 0.4 µs each)
_REPLACEMENTS: dict[int, Callable[[re.Match[str]], str] | str] = {
    id(_CARD_AFTER_UNDERSCORE): _luhn_card, id(_CARD_AFTER_LETTER): _glued_card, id(NINO): _nino,
    id(_IBAN): _iban_valid, id(_KEY_AFTER_UNDERSCORE): "_<SECRET>",
    **{id(p): _phone for label, p in _PATTERNS if label == "PHONE"},
}
# The label patterns with their replacements: known keys keep a loose `sk_` name, cards and IBANs
# need their check digits, the rest as in content.
_LABEL_STEPS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str] | str]] = [
    (pattern, _label_secret if pattern is _KNOWN_KEYS[1] else _luhn_card if kind == "CARD"
     else _iban_valid if kind == "IBAN" else _REPLACEMENTS.get(id(pattern)) or f"<{kind}>")
    for kind, pattern in _LABEL_PATTERNS
]


# A key of a known prefix, or an e-mail address, cut by a line break (mail wraps long lines;
# JSON writes the break as "\n"): joined before the patterns run, so no tail of it is left. A
# key's continuation must look like key material (a digit or an inner capital); after a key
# already whole before the break, a run of 8+ with a digit ("Next line" stays the next line's).
_BREAK_IN_TOKEN = r"[ \t]{0,4}(?:\r\n|\n|\\r\\n|\\n)[ \t]{0,4}"
_CUT_KEY = re.compile(r"\b((?:[spr]k[-_]|gh[pousr]_|github_pat_|glpat-|AKIA|ASIA|AIza|xox[abposr]-|hf_|npm_)[A-Za-z0-9_\-]{0,200})"
                      + _BREAK_IN_TOKEN + r"([A-Za-z0-9_\-]{4,200})")
_CUT_EMAIL = re.compile(r"(?<=[\w.%+\-])" + _BREAK_IN_TOKEN + r"(?=@[\w\-]+\.)|(?<=[\w.%+\-]@)" + _BREAK_IN_TOKEN + r"(?=[\w\-]+\.)")
_KEY_MATERIAL = re.compile(r"\d|[a-z][A-Z]")
_DIGIT = re.compile(r"\d")


def _joined_key(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    whole = _KNOWN_KEYS[1].fullmatch(head) is not None
    if not _KEY_MATERIAL.search(tail) or (whole and (len(tail) < 8 or not _DIGIT.search(tail))):
        return m.group(0)
    return head + tail


def _join_cut_tokens(text: str) -> str:
    if "\n" not in text and "\\n" not in text:
        return text
    text = _CUT_KEY.sub(_joined_key, text)
    return _CUT_EMAIL.sub("", text) if "@" in text else text


def redact_patterns(text: str, patterns: list[tuple[str, re.Pattern[str]]] | None = None) -> str:
    """Replace personal data and secrets found by pattern with `<TYPE>` placeholders."""
    if not text:
        return text
    original = text
    text = decode_wide_json_escapes(text)  # "jos\u00e9@…" of a JSON text is one address, as a reader sees it
    if not text.isascii():  # full-width and other compatibility forms ("＠", "ｓｋ-"), and dashes ("+44–7946–…"), as plain ones
        text = folded(text).translate(DASHES)
    text = _join_cut_tokens(text)
    read = text
    text = _hide_encoded(text, patterns)
    marked = "\\" in text and _MARK not in text
    if marked:
        text = _ESCAPE.sub(lambda m: m.group(0) + _MARK, text)
    for label, pattern in _PATTERNS if patterns is None else patterns:
        if label == "EMAIL" and "@" not in text and "%40" not in text:
            continue
        text = pattern.sub(_REPLACEMENTS.get(id(pattern)) or f"<{label}>", text)
    text = text.replace(_MARK, "") if marked else text
    return original if text == read else text  # nothing hidden: the text as it came ("١٢٣" stays "١٢٣")


_PLACEHOLDER = re.compile("<(?:" + "|".join(sorted({label for label, _ in _PATTERNS} | {"ENCODED"})) + ")>")


def _hide_encoded(text: str, patterns: list[tuple[str, re.Pattern[str]]] | None) -> str:
    """A base64 or hex run whose decoded text holds what the patterns redact (a `.env` file sent as
    an attachment, a key in a Basic header's lookalike) is replaced whole: decoding it is one
    step for whoever reads the trace."""
    runs = encoded_runs(text)
    for start, end, decoded in reversed(runs):
        if len(_PLACEHOLDER.findall(redact_patterns(decoded, patterns))) > len(_PLACEHOLDER.findall(decoded)):
            text = text[:start] + "<ENCODED>" + text[end:]
    return text


_SECRET_PATTERNS = [(label, p) for label, p in _PATTERNS if label == "SECRET"]


def redact_secrets(text: str) -> str:
    """Only the secrets replaced (`<SECRET>`), keys cut by a line break joined first: what must be
    gone before a model-based redactor reads a text and splits a key by its own spans."""
    return redact_patterns(text, _SECRET_PATTERNS)


_LAST_SPACE = re.compile(r"\s(?=\S*\Z)")


def cut_at_space(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, cut at its last whitespace (when that keeps over half),
    or else before the key-like run the limit falls in: a key or an address cut in the middle is too
    short for its pattern and would be kept, half of it."""
    if len(text) <= limit:
        return text
    m = _LAST_SPACE.search(text, 0, limit)
    if m and m.start() > limit // 2:
        return text[: m.start()]
    # no space near the cut (minified JSON): end before the run of key characters it would halve
    return partial_text(text[:limit]) if _TOKEN_RUN.match(text, limit) else text[:limit]


# What keys, addresses and numbers are made of: a run of it at the end of a text still being
# written may be the first part of one.
_TOKEN_RUN = re.compile(r"[A-Za-z0-9_\-+/=.:@%~]+")  # matched on the reversed text: from the end, linear


def partial_text(text: str) -> str:
    """A text still being written (a streamed answer so far) as it may be kept: without its last,
    perhaps unfinished run of key characters — "ghp_ZyXwVuTsRqPoNmLkJ", 21 of a token's 40
    characters, is too short for the token's pattern. The next check sees it whole. Text of other
    scripts (no spaces in Japanese) is kept."""
    m = _TOKEN_RUN.match(text[::-1])
    return text[: len(text) - m.end()] if m else text


def redact_known_keys(text: str) -> str:
    """Only keys of a known shape and URL passwords replaced: for text whose numbers and words must
    stay readable (an upstream's error message: "Limit 30000000, Used 29990000")."""
    if not text:
        return text
    text = _KNOWN_KEYS[1].sub("<SECRET>", text)
    text = _KEY_AFTER_UNDERSCORE.sub("_<SECRET>", text)
    return _URL_PASSWORD[1].sub("<SECRET>", text)


# Every label pattern needs a character outside this (an "@", ":", "-", "_", ".", a space, upper case).
_PLAIN_LABEL = re.compile(r"[0-9a-z]+")


def redact_label(label: str) -> str:
    """A label chosen by a caller, a client or an upstream (agent, run id, model, response id) as
    spans and the audit keep it: what only a secret or a person's data looks like is replaced
    (see _LABEL_PATTERNS). Remembered: the same few labels come with every event."""
    if not label or _PLAIN_LABEL.fullmatch(label):
        return label  # lower-case letters and digits (the guard's own ids): no label pattern can match
    return _redacted_label(label)


@functools.lru_cache(maxsize=4096)
def _redacted_label(label: str) -> str:
    folded_label = text = folded(label)
    for pattern, replacement in _LABEL_STEPS:
        text = pattern.sub(replacement, text)
    return label if text == folded_label else text  # unchanged as written ("ＲＵＮ-１" stays)


def redact_score_names(scores: dict[str, float]) -> dict[str, float]:
    """Scores with their names redacted as `details` keys are (`weight.<agent>` may name a
    person): after the first dot only, so the kind of score stays readable, and two names
    redacted alike kept apart (`<EMAIL>`, `<EMAIL>#2`)."""
    out: dict[str, float] = {}
    for k, v in scores.items():
        kind, dot, name = k.partition(".")
        shown = kind + dot + redact_key(name) if dot and kind.isidentifier() else redact_key(k)
        n, base = 2, shown
        while shown in out:
            shown, n = f"{base}#{n}", n + 1
        out[shown] = v
    return out


def known_redactors() -> list[str]:
    """`patterns` and the names registered under the `agentguard.redactors` entry points."""
    return ["patterns", *sorted(ep.name for ep in entry_points(group="agentguard.redactors"))]


def get_redactor(name: str | None = None, prefer_installed: bool = False) -> Redactor:
    """The redactor called `name`, or the pattern redactor.

    With `prefer_installed`, an installed plugin redactor (e.g. Presidio) is used when
    no name is given. Plugin redactors are always followed by the pattern redactor,
    which is the floor: secrets stay out even if a plugin misses them.
    """
    if name in (None, "", "patterns") and not prefer_installed:
        return redact_patterns
    eps = {ep.name: ep for ep in entry_points(group="agentguard.redactors")}
    if name not in (None, "", "patterns") and name not in eps:
        raise KeyError(f"unknown redactor {name!r} (known: patterns, {', '.join(sorted(eps))})")
    chosen = eps.get(name) if name else next(iter(eps.values()), None)
    if chosen is None or name == "patterns":
        return redact_patterns
    try:
        plugin = chosen.load()
    except ImportError:
        if name:
            raise
        return redact_patterns
    return lambda text: redact_patterns(plugin(text))

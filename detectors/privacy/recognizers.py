"""Recognizers added where Presidio's defaults are weak for agent traffic.

Each one covers a gap measured on the development set (benchmarks/data/pii) or on the
tricky-input tests: street addresses (spaCy tags only the city), dates of birth (the
default DATE_TIME says nothing about sensitivity), medical conditions, credentials and
API keys, identifiers split with odd separators, and e-mail addresses written as
"name [at] host [dot] com". Word lists are generic vocabularies (USPS street suffixes,
common diagnoses), not taken from any evaluation data.
"""
from __future__ import annotations

import re
from typing import List, Optional

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from detectors.privacy import regex_gate
from detectors.privacy.names import HONORIFIC
from guard.redaction import NINO, luhn_valid

# USPS Publication 28 street suffixes (common subset, full words and abbreviations).
STREET_SUFFIXES = (
    "Alley Aly Annex Arcade Avenue Ave Av Bayou Beach Bend Bluff Bluffs Bottom Boulevard Blvd "
    "Branch Bridge Brook Brooks Burg Burgs Bypass Camp Canyon Cape Causeway Center Centers Circle "
    "Cir Circles Cliff Cliffs Club Common Commons Corner Corners Course Court Ct Courts Cove Coves "
    "Creek Crescent Crest Crossing Crossroad Curve Dale Dam Divide Drive Dr Drives Estate Estates "
    "Expressway Extension Extensions Fall Falls Ferry Field Fields Flat Flats Ford Fords Forest Forge "
    "Forges Fork Forks Fort Freeway Garden Gardens Gateway Glen Glens Green Greens Grove Groves "
    "Harbor Harbors Haven Heights Highway Hwy Hill Hills Hollow Inlet Island Islands Isle Junction "
    "Junctions Key Keys Knoll Knolls Lake Lakes Land Landing Lane Ln Light Lights Loaf Lock Locks "
    "Lodge Loop Mall Manor Manors Meadow Meadows Mews Mill Mills Mission Motorway Mount Mountain "
    "Mountains Neck Orchard Oval Overpass Park Parks Parkway Pkwy Parkways Pass Passage Path Pike "
    "Pine Pines Place Pl Plain Plains Plaza Point Points Port Ports Prairie Radial Ramp Ranch Rapid "
    "Rapids Rest Ridge Ridges River Road Rd Roads Route Row Rue Run Shoal Shoals Shore Shores Skyway "
    "Spring Springs Spur Spurs Square Sq Squares Station Stravenue Stream Street St Streets Summit "
    "Terrace Ter Throughway Trace Track Trafficway Trail Trl Trailer Tunnel Turnpike Underpass Union "
    "Unions Valley Valleys Via Viaduct View Views Village Villages Ville Vista Walk Walks Wall Way "
    "Ways Well Wells"
).split()

_SUFFIX = "(?:" + "|".join(sorted(set(STREET_SUFFIXES), key=len, reverse=True)) + r")\b\.?"
# The unit may sit on the next line: the US form then continues with "Town, ST 12345" there.
_UNIT = r"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Floor|Fl\.?|Room|#)[ \t]*(?:#[ \t]*)?[\w-]+)?"
_CITY_STATE_ZIP = r"(?:,?\s*\n?\s*[A-Z][A-Za-z.' -]{1,30},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)?"
STREET_ADDRESS_RE = (
    # the number, the name and the street type on one line ("Room 412 Deluxe\nSuite 3\nRiver View" is none)
    r"\b\d{1,6}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][A-Za-z0-9'.-]*[ \t]+){1,4}" + _SUFFIX + _UNIT + _CITY_STATE_ZIP
)
# "PSC 1234, Box 5678" and "USNS Name\nFPO AP 12345" military addresses are rare; skipped.

def by_first_letter(alternatives: str) -> str:
    """The same alternation, grouped by first letter behind a one-letter lookahead.

    Python's `re` tries every branch at every word start; grouped, it tries one per letter
    (0.57 -> 0.24 ms per KB for the medical terms). Branch order within a letter is kept, and
    two branches with different first letters never match at the same place, so the matches
    are the same. Every branch must start with a literal letter or digit."""
    groups: dict[str, list[str]] = {}
    for branch in alternatives.split("|"):
        groups.setdefault(branch[0].lower(), []).append(branch)
    return "|".join(f"(?=[{k}{k.upper()}])(?:{'|'.join(v)})" for k, v in groups.items())


# Common medical conditions (generic clinical vocabulary).
MEDICAL_TERMS = (
    "diabetes|type 1 diabetes|type 2 diabetes|cancer|breast cancer|lung cancer|prostate cancer|leukemia|"
    "lymphoma|melanoma|tumou?r|HIV|AIDS|hepatitis [ABC]|hepatitis|tuberculosis|asthma|COPD|emphysema|"
    "hypertension|high blood pressure|heart disease|heart failure|coronary artery disease|arrhythmia|"
    "stroke|epilepsy|seizures?|migraines?|multiple sclerosis|Parkinson'?s(?: disease)?|Alzheimer'?s(?: disease)?|"
    "dementia|depression|major depressive disorder|anxiety disorder|anxiety|panic disorder|bipolar disorder|"
    "schizophrenia|PTSD|post-traumatic stress disorder|OCD|obsessive-compulsive disorder|ADHD|autism|"
    "eating disorder|anorexia|bulimia|insomnia|sleep apnea|arthritis|rheumatoid arthritis|osteoporosis|lupus|"
    "Crohn'?s disease|celiac disease|irritable bowel syndrome|IBS|kidney disease|renal failure|liver cirrhosis|"
    "cirrhosis|pneumonia|bronchitis|COVID-19|influenza|chlamydia|gonorrhea|syphilis|herpes|HPV|"
    "infertility|pregnancy|miscarriage|endometriosis|PCOS|substance use disorder|alcoholism|addiction|"
    "opioid use disorder|obesity|anemia|sickle cell disease|cystic fibrosis|hemophilia|glaucoma|cataracts?|"
    "hearing loss|chronic pain|fibromyalgia|chronic fatigue syndrome|psoriasis|eczema|thyroid disease|"
    "hypothyroidism|hyperthyroidism|concussion|traumatic brain injury|spinal cord injury|paralysis|"
    "mental illness|mental health condition|terminal illness|STD|STI"
)
_MED_LEAD = "(?:" + by_first_letter(
    r"diagnosed with|suffers? from|suffering from|treated for|treatment for|living with|"
    r"battling|recovering from|history of|prescribed \w+ for|tested positive for|condition:|diagnosis:"
) + ")"


class _RegexRecognizer(EntityRecognizer):
    """A regex recognizer that can report one capture group and validate the match."""

    PATTERNS: list[tuple[str, float, int]] = []  # (regex, score, group)
    FLAGS = re.IGNORECASE

    def __init__(self, entity: str, name: Optional[str] = None):
        self._compiled = [(re.compile(p, self.FLAGS), s, g) for p, s, g in self.PATTERNS]
        self._needs = [regex_gate.need_of(rx.pattern, rx.flags) for rx, _, _ in self._compiled]
        super().__init__(supported_entities=[entity], name=name or type(self).__name__, supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def validate(self, text: str) -> bool:
        return True

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        entity = self.supported_entities[0]
        offers = regex_gate.profile(text)
        for (rx, score, group), need in zip(self._compiled, self._needs):
            if not need.met(offers):
                continue  # no match is possible in this text
            for m in rx.finditer(text):
                s, e = m.span(group)
                if s < 0 or e <= s or not self.validate(m.group(group)):
                    continue
                out.append(RecognizerResult(entity, s, e, score))
        return out


class DateOfBirthRecognizer(_RegexRecognizer):
    _DATE = (
        r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})"
    )
    # the label also as a key ("date_of_birth: …", {"dob": "…"}, customer_dob=…)
    PATTERNS = [
        (r"(?<![A-Za-z0-9])(?:born(?:[_\s]+on)?|d\.?o\.?b\.?|date[_\s]+of[_\s]+birth|birth[_\s]*date|birthday(?:\s+is)?)"
         r"(?![A-Za-z0-9])[\"']?\s*(?:is|was|[:=]|-)?\s*[\"']?" + _DATE, 0.85, 1),
    ]

    def __init__(self):
        super().__init__("DATE_OF_BIRTH")


_BIRTH_COLUMN = re.compile(r"(?:dob|d_o_b|date_?of_?birth|birth_?date|birthday|born(?:_on)?)", re.IGNORECASE)  # a header cell, non-letters as "_"
_CELL_DATE = re.compile(DateOfBirthRecognizer._DATE.replace("(", "(?:", 1) + r"\Z", re.IGNORECASE)
_DELIMITERS = (",", "\t", ";", "|")


class TableBirthDateRecognizer(EntityRecognizer):
    """Dates in a table's birth-date column: a CSV or TSV export's header names the column
    ("id,name,phone,dob"), its rows hold only the date. A row must have the header's number of
    cells; a blank line or a row of another shape ends the table."""

    def __init__(self):
        super().__init__(supported_entities=["DATE_OF_BIRTH"], name="TableBirthDateRecognizer", supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        low = text.lower()
        if not ("birth" in low or "born" in low or "dob" in low or "d.o.b" in low or "d_o_b" in low):
            return []
        out: list[RecognizerResult] = []
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        header: tuple[str, int, list[int]] | None = None  # (delimiter, cells, birth columns)
        for line, at in zip(lines, starts):
            if header is not None:
                delim, width, cols = header
                cells = line.split(delim)
                if len(cells) != width:
                    header = None
                else:
                    offsets = [0]
                    for c in cells[:-1]:
                        offsets.append(offsets[-1] + len(c) + 1)
                    for k in cols:
                        cell = cells[k].strip().strip("\"'")
                        if cell and _CELL_DATE.match(cell):
                            s = at + offsets[k] + cells[k].index(cell)
                            out.append(RecognizerResult("DATE_OF_BIRTH", s, s + len(cell), 0.85))
                    continue
            for delim in _DELIMITERS:
                cells = line.split(delim)
                cols = [k for k, c in enumerate(cells) if _BIRTH_COLUMN.fullmatch(re.sub(r"[^A-Za-z]+", "_", c.strip().strip("\"'")).strip("_"))]
                if len(cells) >= 2 and cols:
                    header = (delim, len(cells), cols)
                    break
        return out


class MedicalConditionRecognizer(_RegexRecognizer):
    PATTERNS = [
        (r"\b(?:" + by_first_letter(MEDICAL_TERMS) + r")\b", 0.6, 0),
        (_MED_LEAD + r"\s+((?:an?\s+)?(?:[a-z'-]+\s+){0,3}?(?:" + MEDICAL_TERMS + r"|[a-z-]+(?:itis|oma|osis|emia|pathy|disorder|syndrome|disease)))\b", 0.85, 1),
    ]

    def __init__(self):
        super().__init__("MEDICAL_CONDITION")


class CredentialRecognizer(_RegexRecognizer):
    FLAGS = 0
    PATTERNS = [
        (r"\b(sk-(?:proj-|live-|test-)?[A-Za-z0-9_-]{20,})", 0.95, 1),  # OpenAI / Stripe style
        (r"\b((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,})", 0.95, 1),  # Stripe secret / restricted keys
        (r"\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@?#]{1,64}:([^\s@/?#]{3,64})@", 0.9, 1),  # password in a URI
        (r"\b((?:AKIA|ASIA)[0-9A-Z]{16})\b", 0.95, 1),  # AWS access key id
        (r"\b(gh[pousr]_[A-Za-z0-9]{30,})\b", 0.95, 1),  # GitHub tokens
        (r"\b(xox[abprs]-[A-Za-z0-9-]{10,})", 0.95, 1),  # Slack tokens
        (r"\b(AIza[0-9A-Za-z_-]{35})", 0.95, 1),  # Google API key
        (r"\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})", 0.9, 1),  # JWT
        (r"(-----BEGIN (?:[A-Z ]+ )?PRIVATE KEY-----[\s\S]+?-----END (?:[A-Z ]+ )?PRIVATE KEY-----)", 1.0, 1),
        # key = value with a credential-ish key; the value is the secret.
        (
            # "aws_secret_access_key", "DB_PASSWORD": a prefix joined by "_" still names these
            # secrets; not a bare "token" or "secret" ("next_page_token", "top_secret")
            r"(?i:(?:(?<![A-Za-z0-9])(?:password|passwd|passphrase|pwd|pw|passcode|secret[_ -]?(?:access[_ -]?)?key|"
            r"api[_ -]?key|client[_ -]?secret|private[_ -]?key)|\b(?:pin|secret|access[_ -]?token|auth[_ -]?token|"
            r"bearer|token))\b)"
            r"[\"']?\s*(?:is|=|:|:=)\s*[\"']?([^\s\"',;]{6,})",
            0.85,
            1,
        ),
    ]

    def __init__(self):
        super().__init__("CREDENTIAL")

    def validate(self, text: str) -> bool:
        # A value that is an ordinary word is not a secret ("password is required"); a long
        # run of lower-case letters is a passphrase ("correcthorsebatterystaple").
        return not text.isalpha() or any(c.isupper() for c in text[1:]) or len(text) >= 16


def _known_issuer(digits: str) -> bool:
    """Amex/Diners/JCB (3), Visa (4), Mastercard 51-55 and 2221-2720, Discover/Maestro (6)."""
    return digits[0] in "3456" or 2221 <= int(digits[:4]) <= 2720


class SplitCardRecognizer(_RegexRecognizer):
    """Card numbers broken up with spaces, dots, dashes or slashes in any grouping."""

    PATTERNS = [(r"(?<![\d])(\d(?:[ .\-/_]{0,3}\d){12,18})(?![\d])", 0.7, 1)]

    def __init__(self):
        super().__init__("CREDIT_CARD")

    def validate(self, text: str) -> bool:
        digits = re.sub(r"\D", "", text)
        return 13 <= len(digits) <= 19 and luhn_valid(digits) and _known_issuer(digits)


# An ISO date with a time ("2011-09-07 22:05:06.719161").
TIMESTAMP = re.compile(r"\b\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[T ](?:[01]\d|2[0-3]):[0-5]\d"
                       r"(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:])")


class TimestampRecognizer(_RegexRecognizer):
    """An ISO date with its time as one DATE_TIME (the date recognizer stops at the date)."""

    FLAGS = 0
    PATTERNS = [(TIMESTAMP.pattern, 0.85, 0)]

    def __init__(self):
        super().__init__("DATE_TIME")


class CuedCardRecognizer(_RegexRecognizer):
    """Card numbers right after a card cue, of issuers the split-number recognizer leaves out
    (Maestro's 12-digit cards, JCB's 15-digit 2131/1800 ones): the cue, a real issuer range and
    the Luhn check are the evidence. Only separators and number words may stand between cue and
    number ("Gift card order 1000…", a library card, an ICCID are no payment cards)."""

    PATTERNS = [(r"\b(?:card|cc|credit\s+card|debit\s+card)\b(?:[\s:#=\"'-]|\b(?:number|no\.?|num|is|ending|on\s+file)\b)*"
                 r"(?<!\d)(\d{12,19})(?!\d)", 0.7, 1)]

    def __init__(self):
        super().__init__("CREDIT_CARD")

    def validate(self, text: str) -> bool:
        if not luhn_valid(text) or len(set(text)) == 1:
            return False
        return _known_issuer(text) or (len(text) == 15 and text[:4] in ("2131", "1800"))


class RoutedPhoneRecognizer(_RegexRecognizer):
    """Local numbers after where messages and calls go ("messages to 72 805 20 53", "not
    answering at 561 499 051", "my registered 9691 2587"). These cues also precede counts,
    dates and decimals ("messages to 1000000 subscribers", "to 1.000.000 users"), so the number
    must be written in groups, or start with + or 0, and no lower-case noun may follow it."""

    FLAGS = 0
    PATTERNS = [(r"(?i:\b(?:messages|texts|sms|calls)\s+(?:to|on|at)|\banswering\s+(?:at|on)|\b(?:my|your)\s+registered)"
                 r"[ \t:#-]{1,4}(\+?\(?\d[\d ().-]{5,18}\d)(?!\d)(?![ \t]+[a-z])", 0.6, 1)]

    def __init__(self):
        super().__init__("PHONE_NUMBER")

    def validate(self, text: str) -> bool:
        digits = re.sub(r"\D", "", text)
        if not 7 <= len(digits) <= 15 or re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
            return False  # "1.000.000"
        if re.fullmatch(r"(?:19|20)\d\d[ ./-]?\d\d[ ./-]?\d\d|\d+\.\d+", text):
            return False  # a date or a decimal
        return text[0] in "+0(" or len(re.findall(r"\d+", text)) >= 2


class SplitSsnRecognizer(_RegexRecognizer):
    """US SSNs with odd separators, reported only next to an SSN cue word."""

    PATTERNS = [
        (
            r"\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?|ss#)\D{0,20}?"
            r"(?<!\d)(\d{3}[ .\-/_]{0,3}\d{2}[ .\-/_]{0,3}\d{4})(?!\d)",
            0.9,
            1,
        )
    ]

    def __init__(self):
        super().__init__("US_SSN")

    def validate(self, text: str) -> bool:
        d = re.sub(r"\D", "", text)
        return len(d) == 9 and d[:3] not in ("000", "666") and not d.startswith("9") and d[3:5] != "00" and d[5:] != "0000"


class ObfuscatedEmailRecognizer(_RegexRecognizer):
    PATTERNS = [
        (
            # only from the start of a local-part run: from every word boundary in "a.a.a…" it was quadratic (8 KB: 2 s)
            r"\b(?<![\w.+-])([\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+)\s*[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+)\s*[\w-]+)+)\b",
            0.75,
            1,
        )
    ]

    def __init__(self):
        super().__init__("EMAIL_ADDRESS")

    def validate(self, text: str) -> bool:
        # "meet at noon dot com" is unlikely; require the last label to look like a TLD.
        last = re.split(r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+)\s*", text)[-1]
        return 2 <= len(last) <= 6 and last.isalpha()


_KIN = (r"(?:my|his|her|our|their|your)\s+(?:little\s+|older\s+|younger\s+|big\s+)?(?:brother|sister|son|daughter|"
        r"mom|mum|mother|dad|father|wife|husband|partner|friend|kid|child|boy|girl|baby|grandma|grandpa|"
        r"grandmother|grandfather|cousin|niece|nephew|aunt|uncle)")


class AgeRecognizer(_RegexRecognizer):
    """A person's age in years: "a 79 year old", "aged 35", "age: 40", "when he was 21".

    The number alone is reported (it is what identifies); a duration ("3 years ago")
    is no age.
    """

    PATTERNS = [
        (r"\b(\d{1,3})[\s-]*(?:(?:years?|yrs?)[\s-]*old\b|y/o\b|y\.o\.)", 0.85, 1),
        # "aged 35", "age: 40", "age of 7" -- not "aged 12 months" (cheese), "Age 8+" (a rating)
        (r"\b(?:aged|age\s*(?::|is|of|=)?)\s*(\d{1,3})\b(?!\s*(?:\+|%|percent|(?:days?|weeks?|months?|years?)\b(?!\s+old)))",
         0.75, 1),
        # "age": 34 in JSON tool output
        (r"[\"']age[\"']\s*:\s*[\"']?(\d{1,3})\b", 0.75, 1),
        # "she was 21.", "I'm 35 now": a singular subject, the number ends the phrase
        (rf"\b(?:(?:he|she|I|{_KIN})\s+(?:(?:just|finally|recently|soon)\s+)?(?:was|is|am|(?:will|'ll)\s+be)"
         r"|I'll\s+be|I'm|(?:he|she)'s)\s+(\d{1,3})(?:\s+(?:years?|yrs?)(?:\s+of\s+age)?)?"
         r"(?=\s*(?:[.,;!?)]|$|\s+(?:years?\s+old|y/o|now|today|tomorrow|when|at\s+the\s+time|and(?!\s+a\s+half)|but)\b))", 0.6, 1),
        # "I just turned 29 last week", "my son turned 7": turning a number is an age unless a unit follows
        (rf"\b(?:he|she|I|{_KIN})\s+(?:(?:just|finally|recently|soon)\s+)?(?:turned|turns|(?:will|'ll)\s+turn)\s+"
         r"(\d{1,3})(?!\s*(?:[%°.,]\d|%|percent|degrees?|°|minutes?|hours?|days?|weeks?|months?|times?|points?|"
         r"pages?|miles?|km|kilometers?|kilometres?|laps?|rounds?|corners?|left|right|around)\b)(?!\d|[.,]\d|%)", 0.6, 1),
        (r"\bI'll\s+turn\s+(\d{1,3})(?!\d|[.,]\d|%)(?!\s*(?:%|percent|degrees?|minutes?|times?|pages?)\b)", 0.6, 1),
    ]

    def __init__(self):
        super().__init__("AGE")

    def validate(self, text: str) -> bool:
        return 0 < int(text) < 125


class TitleRecognizer(_RegexRecognizer):
    """Honorifics before a name ("Dr.", "Mrs."): they carry gender or profession."""

    FLAGS = 0
    PATTERNS = [(rf"\b{HONORIFIC}(?=\s+[A-ZÀ-Þ])", 0.6, 0)]

    def __init__(self):
        super().__init__("TITLE")


# How toll-free numbers are written: with a country code, a "1" or "0" to dial first, or the
# area code in brackets ("+1 800 …", "1-888-…", "(800) …", "0800 …"). A bare "8882345678" is
# also an Indian mobile number: it is not read as a US toll-free one.
_DIALLED_TOLL_FREE = re.compile(r"\s*(?:\+|00|1\b|1[-. ]|\(|0)")


def toll_free(raw: str) -> bool:
    """A toll-free number (US 800/888/…, UK 0800, …): a business's line, never a person's."""
    import phonenumbers

    if not _DIALLED_TOLL_FREE.match(raw):
        return False
    for region in ("US", "GB", "DE", "FR", "AU", "IN"):
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.number_type(number) is phonenumbers.PhoneNumberType.TOLL_FREE:
            return True
    return False


class ContextPhoneRecognizer(_RegexRecognizer):
    """Local phone numbers phonenumbers cannot place ("76 177 296", "439 4166"), next to a phone cue.

    Without a country code a national number validates only in its region, so the
    default recognizer misses many; a cue word right before the digits ("call me on",
    "Mobile:", "fax") is the evidence instead.
    """

    FLAGS = 0
    _NUMBER = r"(\+?\(?\d[\d ().-]{5,18}\d(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,5})?)(?!\d)"
    PATTERNS = [
        # a phone word, or a place word used as a label ("Office: ...", "home #"), before the number
        (r"(?i:\b(?:phone|tel|telephone|mobile|cell|fax|call(?:\s+(?:me|us|him|her))?(?:\s+(?:on|at))?|"
         r"reach\s+(?:me|us)\s+at|text\s+(?:me|us)(?:\s+(?:on|at))?)\b[ \t:.#-]{0,4}|"
         r"\b(?:desk|office|home|work)[ \t]*(?:[:#]|phone|number|tel)[ \t:.#-]{0,4})(?:\n[ \t]*)?" + _NUMBER, 0.6, 1),
        # the number, then what kind it is ("085 185 1604 office", "+41 53 147 37 99 (fax)")
        (r"(?<![\w+(])" + _NUMBER + r"[ \t-]{0,3}\(?(?i:office|mobile|cell|fax|tel)\b", 0.6, 1),
    ]

    def __init__(self):
        super().__init__("PHONE_NUMBER")

    def validate(self, text: str) -> bool:
        digits = re.sub(r"\D", "", text)
        if not 7 <= len(digits) <= 15:
            return False
        # a year range, an ISO date or a timestamp is no phone number
        return not re.search(r"(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d\s*[-–/]\s*\d\d)", text) and not toll_free(text)


class UkNinoRecognizer(EntityRecognizer):
    """UK National Insurance numbers, as the core's redaction floor reads them (written with its
    spaces, or after words that name it): the number, not the words."""

    def __init__(self):
        super().__init__(supported_entities=["UK_NINO"], name="UkNinoRecognizer", supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        return [RecognizerResult("UK_NINO", m.end(1) if m.group(1) else m.start(), m.end(), 0.85) for m in NINO.finditer(text)]


def extra_recognizers() -> list[EntityRecognizer]:
    from detectors.privacy.addresses import address_recognizers
    from detectors.privacy.blocks import PostalBlockRecognizer
    from detectors.privacy.companies import CompanyRecognizer
    from detectors.privacy.facilities import FacilityTownRecognizer
    from detectors.privacy.nationalities import NationalityRecognizer
    from detectors.privacy.street_cues import StreetCueRecognizer
    from detectors.privacy.human_acts import HumanActRecognizer
    from detectors.privacy.job_titles import JobTitleRecognizer
    from detectors.privacy.gazetteer import PlaceNameRecognizer
    from detectors.privacy.given_names import GivenNameRecognizer
    from detectors.privacy.names import MisreadNameRecognizer, NameCueRecognizer, SpeakerRecognizer, VocativeRecognizer
    from detectors.privacy.places import PlaceCueRecognizer

    street = PatternRecognizer(
        supported_entity="STREET_ADDRESS",
        name="StreetAddressRecognizer",
        patterns=[Pattern("street address", STREET_ADDRESS_RE, 0.75)],
        context=["address", "live", "lives", "located", "ship", "deliver", "street", "home"],
        # Case matters: with Presidio's default IGNORECASE "5 of the course cove(rs)" is a street.
        global_regex_flags=re.MULTILINE,
    )
    ip_ctx = PatternRecognizer(  # IPv4 written with spaces or [.] ("10 . 0 . 0 . 1", "10[.]0[.]0[.]1")
        supported_entity="IP_ADDRESS",
        name="DefangedIpRecognizer",
        patterns=[Pattern("defanged ipv4", r"\b(?:\d{1,3}\s*(?:\[\.\]|\(\.\)|\s\.\s)\s*){3}\d{1,3}\b", 0.7)],
    )
    return [
        street,
        ip_ctx,
        DateOfBirthRecognizer(),
        TableBirthDateRecognizer(),
        UkNinoRecognizer(),
        MedicalConditionRecognizer(),
        CredentialRecognizer(),
        SplitCardRecognizer(),
        CuedCardRecognizer(),
        TimestampRecognizer(),
        SplitSsnRecognizer(),
        ObfuscatedEmailRecognizer(),
        AgeRecognizer(),
        TitleRecognizer(),
        ContextPhoneRecognizer(),
        RoutedPhoneRecognizer(),
        NameCueRecognizer(),
        GivenNameRecognizer(),
        MisreadNameRecognizer(),
        SpeakerRecognizer(),
        VocativeRecognizer(),
        PlaceNameRecognizer(),
        PlaceCueRecognizer(),
        FacilityTownRecognizer(),
        NationalityRecognizer(),
        *address_recognizers(),
        PostalBlockRecognizer(),
        StreetCueRecognizer(),
        HumanActRecognizer(),
        JobTitleRecognizer(),
        CompanyRecognizer(),
    ]

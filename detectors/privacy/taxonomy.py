"""What kind of personal information a sentence carries, and about whom.

Contextual integrity reasons over *types* of information (health, finances, ...), not
over identifier strings, so each sentence of a text is classified into data types from
two sources: Presidio entities found in it (an SSN is an identity number) and a generic
vocabulary per type (words a privacy officer would recognise: "diagnosed", "loan",
"arrested"). A sentence counts as personal only when it is about a person: a name, a
personal pronoun, or a role noun ("the patient", "my coworker"). Vocabularies are
general English, written from the categories themselves, not from evaluation data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from detectors.privacy.engine import Entity

# Data types used by the norms (policies/privacy/*.yaml).
DATA_TYPES = (
    "health", "finance", "identity", "contact", "location", "legal", "credentials",
    "children", "intimate", "beliefs", "employment", "education", "confidential",
)

ENTITY_TYPES: dict[str, str] = {
    "US_SSN": "identity", "UK_NINO": "identity", "US_PASSPORT": "identity", "US_DRIVER_LICENSE": "identity",
    "CREDIT_CARD": "finance", "IBAN_CODE": "finance", "CRYPTO": "finance",
    "EMAIL_ADDRESS": "contact", "PHONE_NUMBER": "contact",
    "STREET_ADDRESS": "location", "IP_ADDRESS": "location",
    "MEDICAL_CONDITION": "health", "CREDENTIAL": "credentials", "DATE_OF_BIRTH": "identity",
}

_VOCAB: dict[str, str] = {
    "health": (
        r"diagnos\w*|symptom\w*|illness\w*|disease\w*|disorder\w*|syndrome|medical|medication\w*|"
        r"prescri\w+|therap(?:y|ist|ies|eutic)|counsel(?:ing|ling|or)|psychiatr\w*|psycholog\w*|"
        r"hospital\w*|surgery|surgeries|surgical|clinic(?:al)?|chemo\w*|treatment\w*|recover(?:y|ing)\b|"
        r"mental health|injur(?:y|ies|ed)|pregnan\w*|disabilit\w*|blood (?:test|pressure|sugar)|"
        r"test results?|lab results?|rehab\w*|addict\w*|overdose|relapse|sobriety|dosage|"
        r"condition|health (?:issue|problem|scare|concern)s?|hearing aid|wheelchair|allerg\w+|"
        r"cancer|tumou?r|depress\w*|anxiety|panic attacks?|stroke|infection|infertil\w*|miscarr\w*|"
        r"terminal|hospice|appointment with (?:a|her|his|their|my) (?:doctor|specialist|psychiatrist)|"
        r"(?:therapy|counsel(?:l)?ing|medical) sessions?|coping|panic|mood swings?|sleepless|fatigue|pain\b|"
        r"blood work|check-?up|vaccin\w+|dietary restrictions?|weight (?:loss|gain)|"
        r"thought diary|exposure therapy|breathing (?:exercises|techniques)|relaxation techniques|psychotherap\w+"
    ),
    "finance": (
        r"debts?|loans?|mortgage|bankrupt\w*|foreclos\w*|salary|salaries|income|wages?|"
        r"credit (?:score|report|history|card debt)|owes?|owed|owing|overdue|arrears|"
        r"financial (?:difficult\w*|trouble|struggle\w*|situation|hardship|problems?|records?|details)|"
        r"bank (?:account|statement|balance)s?|account balance|net worth|savings|inheritance|"
        r"tax (?:return|debt|records?)|payroll|pay ?check|paycheck|investment\w*|gambling|"
        r"evict\w*|unpaid|bills?|alimony|child support|compensation|bonus|raise of|"
        r"\$\s?\d[\d,.]*(?:\s?(?:k|million|thousand))?|stock options|shares? (?:of|in)|holdings|"
        r"diversif\w+|invest(?:ing|ed|s)? in|net income|budget deficit"
    ),
    "legal": (
        r"arrest\w*|convict\w*|charged with|charges|accus\w+|alleg\w+|lawsuit\w*|sued|suing|"
        r"litigation|court|trial|judge|verdict|sentenc\w+|probation|parole|jail|prison|"
        r"criminal|felony|misdemeanou?r|indict\w*|prosecut\w*|defendant|plaintiff|"
        r"settlement|custody|divorce|restraining order|police report|DUI|DWI|fraud\w*|"
        r"embezzl\w*|theft|assault\w*|investigation|subpoena|testimony|witness\w*|"
        r"immigration status|undocumented|visa status|deport\w*|legal (?:case|matter|issue|trouble|battle)s?"
    ),
    "intimate": (
        r"affair|cheat\w*|dating|romantic\w*|sexual\w*|sex life|gay|lesbian|bisexual|"
        r"transgender|queer|coming out|came out|gender identity|breakup|broke up|"
        r"relationship (?:issue|problem|trouble)s?|marital (?:problem|issue|trouble)s?|"
        r"separat(?:ed|ion) from|infidelity|intimate|boyfriend|girlfriend|partner's|ex-(?:wife|husband)|"
        r"dates? with|seeing someone|flirt\w*|personal (?:challenges|struggles|issues|problems|life|matters?)|"
        r"family (?:issues|problems|troubles|conflict)|grie(?:f|ving)|bereave\w+|lonel\w+"
    ),
    "beliefs": (
        r"religio\w*|church|mosque|synagogue|temple|faith|prayer|pray\w*|atheis\w*|"
        r"political (?:view|belief|affiliation|leaning|opinion)s?|voted for|votes? for|"
        r"union member\w*|activis\w+|protest\w*|observes? (?:\w+ )?(?:holidays?|sabbath)|"
        r"fasting|ramadan|sabbath|kosher|halal|spiritual\w*"
    ),
    "employment": (
        r"fired|laid off|layoffs?|terminat\w+|performance (?:review|issue|improvement|evaluation)s?|"
        r"disciplinar\w+|warning letter|demot\w+|job (?:search|hunt\w*|interview|offer|application)s?|"
        r"resign\w*|quit(?:ting)? (?:his|her|their|my) job|interview\w* (?:with|at)|"
        r"complaints? (?:against|about)|misconduct|HR (?:case|complaint|investigation)|"
        r"background check|reference check|unemploy\w*|sick leave|medical leave|maternity leave|"
        r"needs? (?:to )?improve\w*|areas? (?:for|of) improvement|underperform\w*|(?:performance |annual )?(?:evaluation|appraisal)s?|"
        r"feedback on (?:his|her|their)|probationary period|promotion"
    ),
    "education": (
        r"grades?|GPA|transcripts?|test scores?|exam (?:results?|scores?)|SAT|ACT score|"
        r"academic (?:record|probation|performance|standing|integrity|misconduct)s?|"
        r"report cards?|failing|failed (?:the|a|his|her|their) (?:class|course|exam|test)|"
        r"suspend\w*|expel\w*|detention|plagiari\w+|cheating on|learning disabilit\w*|IEP|"
        r"special education|admission decision|rejected from|waitlist\w*|"
        r"received an? [A-F][+-]?(?=[\s.,;]|$)|[A-F]'s in|[A-F][+-]? in (?:all|every|his|her|their)"
    ),
    "children": (
        r"\b(?:my|his|her|their|our) (?:son|daughter|kids?|child|children|baby|toddler|teen(?:ager)?)s?\b|"
        r"\bminor\b|\bkindergarten|\bdaycare|\bpreschool|years? old (?:son|daughter|boy|girl)"
    ),
    "location": (
        r"lives (?:at|on|in)|home address|staying at|whereabouts|current location|"
        r"moved to|moving to|address is|located at|GPS|check(?:ed)?[- ]in|hiding|"
        r"itinerar\w+|flight|departure|arrival|hotel (?:reservation|booking|room)|travel plans?|"
        r"away from home|out of town|on vacation|house will be empty|security (?:system|cameras?|code)|"
        r"alarm code|spare key|gate code|door code|delivered to|daily routine|schedule"
    ),
    "identity": (
        r"social security|passport number|driver'?s licen[cs]e|date of birth|birth date|"
        r"national id|ID number|maiden name"
    ),
    "confidential": (
        r"confidential\w*|internal only|do not (?:share|distribute|forward)|not (?:yet )?public|"
        r"proprietary|trade secrets?|unreleased|unannounced|prototype|under NDA|non-disclosure|"
        r"strategic plans?|merger|acquisition|layoff plans?|earnings (?:report|forecast)s?|"
        r"roadmap|internal (?:memo|report|review|investigation|discussions?)|insider|"
        r"(?:buy|sell) signal|invest(?:ing|ment) (?:strategy|plans?)|portfolio"
    ),
    "credentials": r"password|passcode|PIN code|login credentials|security question|2FA code|one-time code|api key|access token",
}
_VOCAB_RE = {k: re.compile(r"\b(?:" + v + r")", re.IGNORECASE) for k, v in _VOCAB.items()}

# Words that make a sentence about a person.
_PERSON_REF = re.compile(
    r"\b(?:he|she|him|his|her|hers|they|them|their|himself|herself|mr|mrs|ms|dr|miss|"
    r"patient|client|customer|employee|coworker|co-worker|colleague|friend|neighbou?r|"
    r"student|tenant|defendant|plaintiff|victim|applicant|candidate|member|boss|manager|"
    r"wife|husband|partner|spouse|mother|father|mom|dad|sister|brother|son|daughter|"
    r"child|kid|aunt|uncle|cousin|grandmother|grandfather|roommate|boyfriend|girlfriend|"
    r"someone|somebody|person|people|individual|family)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|me|my|mine|myself)\b", re.IGNORECASE)
# After a block-level HTML element ends, too: a one-line HTML body was one sentence, and a
# diagnosis in it took the whole message (the closing tag stays with its sentence, so a
# dropped one leaves the markup balanced). Not after a title ("Mr. Smith has diabetes" is one
# sentence, and "Mr." alone was left behind); a tag may start one ("<b>Marcus was …").
_SENT_SPLIT = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bProf\.)"
                         r"(?<!\be\.g\.)(?<!\bi\.e\.)[\"')\]]?\s+(?=[A-Z0-9\"'(\[<])|\n+|(?<=[.!?])\"?,\s*\""
                         r"|(?i:(?<=[.!?]</span>)|(?<=[.!?]</b>)|(?<=[.!?]</i>)|(?<=[.!?]</em>)|(?<=[.!?]</strong>)"
                         r"|(?<=[.!?]</a>)|(?<=[.!?]</u>))\s+(?=[A-Z0-9\"'(\[<])"
                         r"|(?i:(?<=</p>)|(?<=</li>)|(?<=</div>)|(?<=</tr>)|(?<=<br>)|(?<=<br/>)|(?<=<br />)"
                         r"|(?<=</h[1-6]>))(?=.)\s*")


@dataclass
class Finding:
    """One sentence that carries personal information, with its data types and subject."""

    start: int
    end: int
    text: str
    types: set[str]
    subject: str  # "self", "other", "child" or "none"
    entities: list[Entity] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)

    @property
    def sensitive(self) -> bool:
        return bool(self.types) and self.subject != "none"


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) without surrounding whitespace."""
    spans, pos = [], 0
    for m in _SENT_SPLIT.finditer(text):
        spans.append((pos, m.start() + (1 if text[m.start() : m.start() + 1] in "\"')]" else 0)))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def same_person(user: str, name: str) -> bool:
    """`name` is the user's: the same words, or the user's first or last word alone ("Ana Ruiz"
    is not inside "Diana Ruiz", nor "Sam" inside "Samuel Green")."""
    u, n = user.lower().split(), name.lower().split()
    return bool(u) and (n == u or (len(n) == 1 and n[0] in (u[0], u[-1])) or (len(u) == 1 and u[0] in n))


# "Hi Lena," / "Dear Dr. Smith:" / "Thanks Jo!" address the reader: the name is whom the text
# goes to, not whom the sentence is about ("Hi Lena, I'll be out for my knee surgery" is the
# user's own news). Only after a greeting word: "Marcus, who has cancer, …" names a subject.
_VOCATIVE = re.compile(r"^\W*(?i:hi|hello|hey|dear|thanks|thank you|good (?:morning|afternoon|evening))[ ,]+"
                       r"((?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?)\s*[,!:\u2014-]")


def _subject(sentence: str, ents: list[Entity], user_names: tuple[str, ...]) -> str:
    names = [e.text for e in ents if e.type == "PERSON"]
    greeted = _VOCATIVE.match(sentence)
    if greeted:
        names = [n for n in names if n not in greeted.group(1) and greeted.group(1) not in n]
    others = [n for n in names if not any(same_person(u, n) for u in user_names if u)]
    if _VOCAB_RE["children"].search(sentence):
        return "child"
    if others or _PERSON_REF.search(sentence):
        return "other"
    if names or _FIRST_PERSON.search(sentence):
        return "self"
    return "none"


def classify(text: str, entities: list[Entity], user_names: tuple[str, ...] = (),
             context_subject: str = "none") -> list[Finding]:
    """Split `text` into sentences and return the ones that carry personal information.
    `context_subject`: whom a sentence that names nobody is about when the text is one field of
    several ("subject": "Priya Natarajan", "body": "Diagnosis: pancreatic cancer.")."""
    findings = []
    inherited, prev_end, prev_sent = "none", 0, ""
    for s, e in sentences(text):
        sent = text[s:e]
        if "\n" in text[prev_end:s] and not prev_sent.rstrip().endswith(":"):
            inherited = "none"  # a new paragraph or record starts a new context ("lives at:" does not)
        prev_end, prev_sent = e, sent
        ents = [x for x in entities if x.start < e and x.end > s]  # an address or key block may span sentences
        types: set[str] = set()
        cues: list[str] = []
        for x in ents:
            t = ENTITY_TYPES.get(x.type)
            if t:
                types.add(t)
                cues.append(x.type)
        for t, rx in _VOCAB_RE.items():
            m = rx.search(sent)
            if m:
                types.add(t)
                cues.append(m.group(0).lower())
        subject = _subject(sent, ents, user_names)
        # Within a paragraph, a sentence that names nobody continues about the last subject
        # ("Thompson had a panic attack. The session focused on coping strategies.").
        if subject in ("other", "child"):
            inherited = subject
        elif subject == "none":
            subject = inherited
        # Identifiers (numbers, contacts, secrets) are personal even with no person named; a word
        # alone is not ("Rotate the API keys on Monday", "salary bands for 2025": no value in them).
        valued = {ENTITY_TYPES.get(x.type) for x in ents}
        if subject == "none" and valued & {"identity", "credentials", "contact", "finance"}:
            subject = "other"
        if subject == "none" and "confidential" in types:
            subject = "other"
        if subject == "none" and valued & types:
            # a value of a sensitive type (a condition, a number), not a word alone ("Flu season:
            # the clinic is closed"), is about the person another field names
            subject = context_subject
        if types and subject != "none":
            findings.append(Finding(s, e, sent, types, subject, ents, cues))
    return findings

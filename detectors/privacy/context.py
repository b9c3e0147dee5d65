"""Who receives data, why, and whether a tool call sends data out at all.

The instructor does not know the world's social graph; it reads the recipient's
relation from what the agent loop shows: the pending tool (posting is public, a
message goes to a person), its arguments (a channel name, an address, a role word
next to a name in the task), and the user's task ("reply to my doctor").
"""
from __future__ import annotations

import re
from typing import Any

from detectors.privacy.taxonomy import _VOCAB_RE
from guard.redaction import luhn_valid
from guard.tool_names import READ_VERBS, SECOND_ACTION, leading_verb, namespace_tail, snake_case

# "medical" and "legal" name a recipient ("the medical team", "legal") unless they describe the
# data ("his medical details", "legal documents"): the data is no addressee.
_DATA_NOUN = (r"(?!\s+(?:details|records?|history|information|info|data|files?|notes?|results?|reports?|bills?|"
              r"conditions?|issues?|problems?|matters?|leave|expenses|costs|situation|status|documents?|papers|"
              r"fees|debts?|troubles?|diagnos[ie]s|treatment|appointments?)\b)")

# Relation vocabularies, most specific first (first match wins).
_RELATIONS: list[tuple[str, str]] = [
    ("public", r"public|everyone|followers|the world|social media|facebook post|feed|timeline|"
               r"blog|forum|subreddit|tweet|twitter|instagram|tiktok|newsletter|press|journalist|"
               r"reporter|media|audience|website|online community|mailing list|#general|all-hands|visitors"),
    ("healthcare", r"doctor|physician|nurse|clinic|hospital|therapist|psychiatrist|psychologist|"
                   r"dentist|pharmac\w+|medical\b" + _DATA_NOUN + r"|health ?care|caregiver|paramedic|counsel(?:l)?or|specialist|surgeon|"
                   r"radiolog\w+|cardiolog\w+|oncolog\w+|emergency room"),
    ("legal", r"lawyer|attorney|solicitor|counsel|paralegal|court|judge|law firm|legal\b" + _DATA_NOUN),
    ("government", r"government|agency|police|officer|irs|tax office|authorit\w+|department of|"
                   r"social services|immigration|embassy|city council|regulator|inspector"),
    ("financial", r"bank|banker|accountant|financial advisor|lender|loan officer|insurer|insurance|"
                  r"credit union|auditor|tax preparer|mortgage broker"),
    ("education", r"teacher|professor|school|university|college|principal|tutor|admissions|"
                  r"academic advisor|scholarship|classmates?"),
    ("employer", r"boss|manager|supervisor|employer|hr\b|human resources|recruiter|hiring|"
                 r"director|ceo|interviewer|team lead"),
    ("colleague", r"colleague|coworker|co-worker|teammate|team|work group|project group|"
                  r"department|office|staff|business partner|client|slack"),
    ("family", r"mother|father|mom|dad|parent|sister|brother|sibling|wife|husband|spouse|"
               r"partner|son|daughter|aunt|uncle|cousin|grand\w+|family|relative|in-law"),
    ("friend", r"friend|buddy|pal|bestie|roommate|book club|club members?|group chat"),
    ("service_provider", r"support|customer service|vendor|contractor|landlord|property manager|"
                         r"plumber|electrician|company|store|shop|service|agent|organi[sz]ation|"
                         r"charit\w+|nonprofit|ngo|volunteer|platform|app"),
    ("acquaintance", r"acquaintance|neighbou?r|stranger|someone i met|new contact|match|date\b|"
                     r"landlady|tenant|seller|buyer"),
]
_RELATION_RE = [(name, re.compile(r"\b(?:" + rx + r")", re.IGNORECASE)) for name, rx in _RELATIONS]

_PUBLIC_TOOL = re.compile(r"post|tweet|publish|blog|comment|status|story|upload|announce|feed", re.IGNORECASE)
_EGRESS_TOOL = re.compile(
    r"send|post|reply|forward|share|publish|message|email|mail|tweet|comment|upload|submit|"
    r"invite|notify|write_to|chat|sms|text|call|fax|announce|create_?post|create_?event|transfer|"
    r"(?:^|[^A-Za-z0-9])(?:https?|webhook|gists?|create_?issue|put_?object)(?:[^A-Za-z0-9]|$)",
    re.IGNORECASE,
)
# A tool whose name starts with a verb of reading or computing ("search_emails", "read_email",
# "verify_email_address", `guard.tool_names.READ_VERBS`) or a download takes data in: its
# arguments are a query, not a disclosure; unless a second verb sends ("read_and_forward_email",
# "summarize_then_send_report"; see `guard.tool_names.SECOND_ACTION`).
_TAKES_IN = READ_VERBS | {"download"}


_RECIPIENT_KEYS = ("to", "recipient", "recipients", "recipient_id", "cc", "bcc", "channel", "chat",
                   "user", "users", "user_id", "email", "emails", "phone", "number", "group", "audience",
                   "privacy", "visibility", "thread", "conversation_id", "room", "target",
                   # a payment's payee identifier is where it goes, not data shared with someone
                   "iban", "payee", "beneficiary", "account", "account_number", "recipient_iban", "to_account")
# Consent is the subject's agreement to the disclosure: a bare "agreed" ("as we agreed in the
# meeting") agrees to something else, so agreement counts only when it is to share, tell, ...
_DISCLOSE = r"(?:share|sharing|tell|telling|pass|passing|forward|forwarding|send|sending|disclos\w+|releas\w+|let|letting|allow\w*)"
_CONSENT = re.compile(
    r"\b(?:consent\w*|permission|authori[sz](?:ed|ation)|(?:asked|wants?|told) (?:me|us) to " + _DISCLOSE + r"|"
    r"agreed (?:to|that) (?:\w+ ){0,3}" + _DISCLOSE + r")\b", re.IGNORECASE)
_EMERGENCY = re.compile(r"\b(?:emergency|urgent(?:ly)? (?:medical|care)|ambulance|911|life[- ]threatening|overdose|suicid\w*)\b", re.IGNORECASE)
_COMMERCIAL = re.compile(r"\b(?:advertis\w*|marketing|sell|sold|monetiz\w*|profil(?:e|ing) for|targeted ads?|data broker)\b", re.IGNORECASE)


# What puts a cue out of force, read in the cue's own clause (NegEx-style scope): a negation
# shortly before it ("has NOT given permission", "without the patient's consent", "not an
# emergency", "non-emergency") or after it ("consent was not given", "permission: denied"), and,
# for what the task states as fact, a condition or request ("ask Dave for permission", "if he
# consents", "in case of emergency"): none of them says the purpose holds.
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|without|cannot|none|nobody|lack(?:s|ed|ing)?|absence|refus\w*|den(?:y|ies|ied)|"
    r"declin\w*|withh[oe]ld\w*|revok\w*|withdr[ae]wn?|non)\b|n['’]t\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether|in case|ask\w* (?:\w+ ){0,2}for|request\w*|seek\w*|until|pending)\b|"
                        r"\bneed(?:s|ed)? (?:to (?:get|obtain|ask for|request) )?(?:(?:his|her|their|your|the|a|an|\w+['’]s) )?$",
                        re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?,\n()]|\b(?:but|however|although|though|whereas|except|yet)\b", re.IGNORECASE)
# after the cue, a colon does not end the scope ("Consent: no"), a comma does ("permission to share, no problem")
_AFTER_BREAK = re.compile(r"[.,;!?\n]|\b(?:but|however|although|though|whereas)\b", re.IGNORECASE)
_SCOPE_BEFORE, _SCOPE_AFTER = 5, 3  # words


def stated(rx: re.Pattern[str], text: str, conditions: bool = True) -> bool:
    """Does `text` state what `rx` names, outside the scope of a negation (and, with
    `conditions`, of a condition or request)? A general scope rule, not a list of phrases:
    the cue's clause is cut at punctuation and contrastive words, and the few words before
    and after it are read for a negation."""
    for m in rx.finditer(text):
        before = text[max(0, m.start() - 120):m.start()]
        cut = list(_CLAUSE_BREAK.finditer(before))
        if cut:
            before = before[cut[-1].end():]
        window = " ".join(before.split()[-_SCOPE_BEFORE:]) + " "  # "non-" of "non-emergency" included
        if _NEGATION.search(window) or (conditions and _CONDITION.search(window)):
            continue
        after = text[m.end():m.end() + 80]
        stop = _AFTER_BREAK.search(after)
        after = " ".join((after[:stop.start()] if stop else after).split()[:_SCOPE_AFTER])
        if _NEGATION.search(after):
            continue
        return True
    return False


def is_egress(tool: str, egress_tools: list[str] | None = None) -> bool:
    """Does this tool send data to someone (as opposed to reading or computing)? Listed in
    `egress_tools`, or named for sending and not for reading (after any namespace:
    `mcp__mail__search_emails` reads)."""
    if egress_tools is not None and tool in egress_tools:
        return True
    name = snake_case(tool)
    first, *more = SECOND_ACTION.split(namespace_tail(name))
    if leading_verb(first) in _TAKES_IN:
        return any(_EGRESS_TOOL.search(part) for part in more)
    return bool(_EGRESS_TOOL.search(name))


def relation_of(text: str) -> str:
    """The recipient relation a description names ('my coworker Anna' -> colleague)."""
    for name, rx in _RELATION_RE:
        if rx.search(text):
            return name
    return "unknown"


def recipient_text(tool: str, arguments: dict[str, Any]) -> str:
    parts = [str(arguments[k]) for k in _RECIPIENT_KEYS if k in arguments and arguments[k]]
    return " ".join(parts)


def is_address_field(key: Any, value: Any) -> bool:
    """A recipient field whose value only addresses someone: addresses, numbers, handles, a
    channel or a name, or a list of them. Anything else under such a key ("cc": "Priya was
    diagnosed with …", "to": ["jo@x.com", "Marcus Lee SSN 536-22-1847"]) is content and
    is read like any other."""
    return key in _RECIPIENT_KEYS and (_addressee(value) or (isinstance(value, list) and all(_addressee(v) for v in value)))


_PHONE_LIKE = re.compile(r"\+?\d[\d \t().\-]{5,24}\d")
_HANDLE = re.compile(r"[@#]?[\w.\-]{1,64}")
_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "der", "van", "von", "la", "le", "of", "the", "and", "&", "bin", "al"})


def _addressee(v: Any) -> bool:
    """Whether `v` only names whom to reach: addresses, phone numbers, a handle or channel
    ("general", "@jo", "#ops", "U123ABC"), or a name of up to five capitalised words
    ("Dr. Jane Smith", "Jo <jo@x.com>")."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    if not isinstance(v, str) or len(v) > 400:
        return False
    return all(_one_addressee(part) for part in re.split(r"[,;\n]", v))


def _one_addressee(part: str) -> bool:
    part = _LABEL.sub("", part.strip())  # "WhatsApp: +1 …", "Mobile: …"
    # what is no way to reach anyone: a URL carrying data in its query ("?note=…&ssn=…") or a
    # number shaped as an SSN or a card: then the field is read as content. (Not words of a
    # sensitive matter: "Faith Johnson", "Grace Community Church", "#confidential-launch" are
    # names.)
    if _URL_WITH_DATA.search(part) or _id_shaped(part):
        return False
    rest = _EXTENSION.sub(" ", _ADDRESS.sub(" ", part))
    words = re.sub(r"[<>:\"'()\[\]]", " ", rest).split()
    if not words:
        return True
    if _PHONE_LIKE.fullmatch(" ".join(words)) or (len(words) == 1 and _HANDLE.fullmatch(words[0])):
        return True
    with_address = bool(_ADDRESS.search(part))  # "priya natarajan <priya@x.com>": a display name, any case
    return (len(words) <= 5 and not any(c.isdigit() for w in words for c in w)
            and all(with_address or w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words))


_LABEL = re.compile(r"(?i)^(?:whatsapp|signal|telegram|sms|text|phone|tel|mobile|cell|fax|work|home|office|e-?mail"
                    r"|slack|teams|skype|wechat|line)\s*:\s*(?=\S)")
_EXTENSION = re.compile(r"(?i)\b(?:ext\.?|extension|x)\s*\d{1,6}\b")
_URL_WITH_DATA = re.compile(r"(?i)(?:https?://|www\.)[^\s?#]{0,2048}[?#]\S")
_SSN_SHAPED = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
_CARD_SHAPED = re.compile(r"(?<![\w+])(?:\d[ -]?){12,18}\d(?!\w)")  # not inside an IBAN, not "+44 …"


def _id_shaped(part: str) -> bool:
    """An SSN, or a card number (Luhn-valid: an international phone number is not one)."""
    if _SSN_SHAPED.search(part):
        return True
    for m in _CARD_SHAPED.finditer(part):
        digits = re.sub(r"\D", "", m.group())
        # no card number starts with 0, 1, 7, 8 or 9 ("0044 20 7946 0006" is a phone)
        if digits[0] in "23456" and luhn_valid(digits):
            return True
    return False


_EMAIL = r"(?<![\w.+-])[\w.+-]{1,64}@[\w.-]{1,255}"  # bounded runs: linear on long recipient fields
_ADDRESS = re.compile(rf"{_EMAIL}|\b(?:https?://|www\.)\S{{1,2048}}")
_ADDRESSEE_TOKEN = re.compile(rf"{_EMAIL}|[A-Z][a-z]+")
_MAX_RECIPIENT = 2000  # characters of the recipient fields read for a relation
# Evidence names how the recipient was read, not the words it was read from: they may be
# personal data ("Marcus Lee, 555-0143, …"), and the evidence goes into the guidance and the
# audit record, which keep no content unless content capture is on.
_QUOTED = "(quoted)"


def _addressee_tokens(who: str) -> list[str]:
    """What the task may call the addressee by: addresses, capitalised words, and the words of
    an address's local part ("jo@example.com" -> "jo", "jo.smith@…" -> "jo", "smith"): the
    user says "my coworker Jo" and the agent writes jo@example.com (then an injected "cc":
    "Doctor" does not decide the relation)."""
    tokens = _ADDRESSEE_TOKEN.findall(who)[:5]
    for email in re.findall(_EMAIL, who)[:3]:
        tokens += [w for w in re.split(r"[._+\-]", email.split("@")[0]) if len(w) >= 2 and w.isalpha()][:2]
    return list(dict.fromkeys(tokens))


def recipient_relation(tool: str, arguments: dict[str, Any], task: str | None = None,
                       recipient_hint: str | None = None) -> tuple[str, str]:
    """(relation, evidence) for the recipient of a pending tool call."""
    if recipient_hint:
        rel = relation_of(recipient_hint)
        if rel != "unknown":
            return rel, f"recipient described as {_QUOTED}"
    tool_words = re.sub(r"([a-z])([A-Z])", r"\1 \2", tool)
    who = recipient_text(tool, arguments)[:_MAX_RECIPIENT]
    if _PUBLIC_TOOL.search(tool_words) and not who:
        return "public", f"{tool} publishes to an audience"
    if who:
        # What the user's task says about this addressee comes first ("email my landlord
        # (x@y.com)"): the arguments are the agent's words, and an injected instruction can
        # choose them.
        if task:
            for token in _addressee_tokens(who):
                m = re.search(rf"(?<!\w){re.escape(token)}(?!\w)", task, re.IGNORECASE if token.islower() else 0)
                if m:
                    i, j = m.start(), m.end()
                    # the words next to the name first ("cc my boss", "my coworker Jo"), then around it
                    rel = relation_of(task[max(0, i - 25) : j + 15])
                    if rel == "unknown":
                        rel = relation_of(task[max(0, i - 60) : j + 30])
                    if rel != "unknown":
                        return rel, f"task describes {_QUOTED} as {rel}"
        # An address is an identifier its owner chose, not a description: "doctorwho.fan@…"
        # names no doctor, "press.kit@…" no public.
        rel = relation_of(_ADDRESS.sub(" ", who))
        if rel != "unknown":
            return rel, f"recipient {_QUOTED}"
    if task:
        rel = relation_of(task)
        if rel != "unknown":
            return rel, "relation named in the task"
    if _PUBLIC_TOOL.search(tool_words):
        return "public", f"{tool} publishes to an audience"
    return "unknown", "recipient relation not stated"


def purpose_of(task: str | None, data_type: str, relation: str) -> str:
    """Why the data would flow: consent, emergency, commercial, task_requires or other.

    `task_requires` means the user's task itself asks for this type of data (its words
    hit the type's vocabulary) or the recipient is the natural destination for it.
    """
    t = task or ""
    if stated(_EMERGENCY, t):
        return "emergency"
    if stated(_COMMERCIAL, t):
        return "commercial"
    if stated(_CONSENT, t):
        return "consent"
    rx = _VOCAB_RE.get(data_type)
    if rx is not None and rx.search(t):
        return "task_requires"
    natural = {"health": "healthcare", "legal": "legal", "finance": "financial", "education": "education",
               "identity": "government", "employment": "employer"}
    if natural.get(data_type) == relation:
        return "task_requires"
    if data_type == "contact" and re.search(r"\b(?:contact|phone|number|e-?mail address|introduce|connect|reach)\b", t, re.I):
        return "task_requires"
    return "other"

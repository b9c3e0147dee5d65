"""Whether a user's words ask only to be told something.

"Why did last night's build fail? Just explain the cause", "Summarise the complaint from customer
#44817", "Read my DMs and tell me who wants to collaborate": a user who only asks to know asked
for no act, so a call that changes state with a value read from the data acts for someone else —
whatever the data's order looked like (a wish in a CRM note, a passive line in a log, a sentence
in a language no lexicon here reads). `safety.taint` escalates such a call (`unasked_acts`).

The reading is narrow on purpose: every sentence must be a question ("Which servers are out of
warranty?") or made of clauses that each ask to read or be told ("list", "check", "summarise",
"give me", "tell me whether …", "walk me through"), hold an act back ("don't post anything"),
speak of the user's own doing or situation ("I'll fix it myself", "I'm at the airport"), greet,
say what to tell after words that asked ("— liability cap, term, payment", "Just the
highlights"), or say how things stand beside a question ("Guest is waiting in the lobby"; not
someone's wish, and not alone). One clause of any other kind ("and leave a comment",
"book the best one", a verb not known here), or a verb of an act anywhere after "to", "you", a
modal or "and" ("is it possible to refund it?", "could you pay it?", "do you mind cancelling
it?", "find the invoice and pay it"), and the request may ask for an act: it is not read as a
question. Only English is read, and only short requests (a pasted document is no question).
"""
from __future__ import annotations

import functools
import re

from detectors.safety.orders import LISTS_FOR_SALE, act_verbs, acts_in, request_sentences
from detectors.safety.values import reads_as_another_language

MAX_CHARS = 2000  # longer inputs (a pasted document, a long brief) are not read as questions

# Verbs that ask the agent to read, look or tell, not to act (base forms as a request opens)
_TO_KNOW = frozenset((
    "explain summarise summarize list check find look read describe compare translate "
    "search see identify count calculate compute estimate review analyse analyze assess evaluate verify "
    "determine recap outline skim scan browse inspect investigate research figure proofread"
).split())
_TELL = frozenset("tell show".split())  # only to the user: "tell me whether …", not "tell Bob the meeting moved"
# "walk me through her roster", "catch me up on the thread", "fill us in on", "bring me up to speed on", "sum up the thread"
_WALK_ME = re.compile(r"(?:walk|talk|run|take)\s+(?:me|us)\s+through\b|catch\s+(?:me|us)\s+up\b|fill\s+(?:me|us)\s+in\b|sum\s+up\b"
                      r"|(?:bring|get)\s+(?:me|us)\s+up\s+to\s+speed\b", re.IGNORECASE)
# a statement of how things stand, not a request: "The resident has called four times now", "Guest is
# waiting in the lobby", "I've got a caller with no signal" (not "the customer wants a refund")
_STATEMENT = re.compile(
    r"(?:(?:the|a|an|this|that|these|those|my|our|your|his|her|their|its|no|every|each|one|some|all)\s+(?:[\w-]+\s+){0,2}?"
    r"|[\w-]+\s+(?:[\w-]*[0-9][\w-]*\s+)?)(?:is|are|was|were|has|have|had|keeps|seems|looks|isn't|aren't|wasn't|hasn't|haven't)"
    r"\b(?!\s+to\b)"
    r"|(?:i|we|you|he|she|it|they|there|that|who)(?:['’](?:s|ve|m|re)|\s+(?:am|is|are|was|were|have|has|had|got|keep|keeps)"
    # "It should be in an email I received" (where a thing is; not "it should be paid", an obligation)
    r")\b"
    r"|(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+(?:been|got|gone|had)\b",  # "Property manager's been ringing me"
    re.IGNORECASE)
_WISH_WORDS = frozenset("want wants wanted need needs needed asked asks would like".split())
_QUESTION_WORDS = frozenset("what which who whom whose when where why how whether is are was were do does did "
                            "has have had am should shall may might any anything anyone anybody anywhere".split())
_INDIRECT = frozenset("what which who whom whose where why how whether".split())  # "… and how big each file is"
# a question word and its verb typed without the apostrophe: "whats in the newest ticket", "whos messaged today?"
_UNMARKED = {f"{w}s": w for w in "what who where how when why".split()}
# a question put without its mark: an auxiliary of the past or the perfect, then whom it asks about ("did they
# reply to anything", "has she paid"; not "have someone ring her", "do it", "are you able to …", "did you want to …")
_INVERTED = re.compile(r"(?:did|does|has|had|was|were)\s+(?:they|he|she|it|anyone|anybody)\b", re.IGNORECASE)
# a word after a determiner is a noun whatever else it may be: "any reply from her yet?", "the purchasing inbox"
_AFTER_DETERMINER = re.compile(r"\b(?:any|no|the|a|an|my|our|your|his|her|their|its|this|that|these|those)\s+[a-z]+\b",
                               re.IGNORECASE)
_LEADS = re.compile(r"\s*(?:(?:and|or|but|also|so|then|now|just|please|pls|kindly|ok|okay|quickly|first|finally|"
                    r"briefly|simply|oh|ah|yeah|yes|yep|no|nah|hmm|well|right)\b\s*,?\s*)*", re.IGNORECASE)
# "can you", "could you please", "I'd like you to", "I want to know", "help me": what may come first
_ASK_PREFIX = re.compile(
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|(?:i|we)(?:'d|\s+would)?(?:\s+(?:just|only|really|simply|also))?\s+"
    r"(?:like|want|need)\s+"
    r"(?:you\s+)?to\s+|help\s+me\s+(?:to\s+)?|let\s+me\s+know\b"
    r"|i(?:\s+(?:just|only|really|simply|also))?\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+know\b)?",
    re.IGNORECASE)
_TELL_ME = re.compile(r"(?:give|get)\s+(?:me|us)\b(?!\s+(?:(?:a|an|the|some|my|our|two|three|\d+)\s+)?(?:\w+\s+)?"
                      r"(?:rooms?|tables?|rides?|cars?|tickets?|seats?|flights?|refunds?|access|admin|permissions?|roles?|"
                      r"rights|discounts?|credits?|upgrades?|money|cash)\b)", re.IGNORECASE)
_TO_USER = re.compile(r"(?:me|us)\b|(?:what|which|who|whom|whose|when|where|why|how|whether|if)\b", re.IGNORECASE)
# the user's own doing: "I'll fix it myself", "I'll decide later", "I want to check the calendar first"
_OWN = re.compile(r"(?:i|we)(?:\s+(?:just|only|really|simply|also|still))?"
                  r"(?:'ll|\s+will|\s+shall|'d\s+rather|\s+want\s+to|'m\s+going\s+to|\s+need\s+to)\s+"
                  r"(?:[\w']+\s+){0,4}?(?:myself|ourselves|later|decide|check|look|review|think|read|sure|know|understand)\b",
                  re.IGNORECASE)
# where the user is or what they cannot recall: "I'm at the airport and can't remember"
_SITUATION = re.compile(r"(?:(?:i|we)(?:'m|\s+am|'re|\s+are|\s+was|\s+were)\s+(?:at|in|on|away|out|abroad|stuck|"
                        r"travell?ing|home)\b|(?:(?:i|we)(?:'m|\s+am|'re|\s+are)\s+)?trying\s+to\s+(?:decide|figure|understand|"
                        r"work\s+out|gauge|judge|see)\b|(?:(?:i|we)\s+)?(?:can'?t|cannot|couldn'?t|don'?t|didn'?t)\s+"
                        r"(?:remember|recall|recollect|tell)\b|(?:i|we)\s+forgot\b)", re.IGNORECASE)
_HOLDS_BACK = re.compile(r"(?:do\s+not|don'?t|never|no\s+need\s+to)\s+(?!forget|fail)"
                         r"|(?:nothing|no\s+\w+)\s+(?:else\s+)?(?:yet|for\s+now)\b", re.IGNORECASE)
_FOR_ME = re.compile(r"\s*so\s+(?:that\s+)?(?:i|we)\b", re.IGNORECASE)  # what the answer is for (an act in it is caught before)
_NEUTRAL = re.compile(r"(?:hi|hello|hey|thanks|thank\s+you|thx|cheers|great|good\s+(?:morning|afternoon|evening)|"
                      r"ok|okay|sure|perfect|nice|quick\s+(?:check|question|one)|sanity\s+check|fyi|btw)\b[\s\w]{0,20}$",
                      re.IGNORECASE)
# a verb of an act that the words around make a request: "to refund", "you could pay", "and pay it",
# "mind cancelling", "how about booking"
_ACT_AFTER = re.compile(r"\b(?:to|you|u|we|not|can|could|would|will|should|shall|must|please|and|then|mind|(?:how|what)\s+about|so|go)\s+"
                        r"(?=(?:(?:just|also|please|kindly|go\s+ahead\s+and)\s+)?([a-z]+))", re.IGNORECASE)
# not the colon of "07:40" nor the slash of "205/55R16"
# after "and", a word in -s is a thing listed, not a verb asked for nor a clause of its own ("the reviews and
# messages"; not "and message her", "… and messages her back")
_LISTED_WORD = r"[a-z]+[^s\W]s\b(?!\s+(?:her|him|them|me|us|it|back)\b)"
_CLAUSES = re.compile(r"(?:[;()\[\]+|\r\u2028\u2029→]|(?<!\d)[:/]|[:/](?!\d))+|\s*&(?-i:(?!\s*[A-Z]))\s*|->|,\s*|\s[-–—]+\s|(?<=\S)\s+(?:and|but|or|then)\s+(?=[a-z])(?!" + _LISTED_WORD + ")"
                      r"|\s+(?=so\s+(?:that\s+)?(?:i|we)\b)", re.IGNORECASE)  # "… so I want to be sure it's sorted"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?", re.IGNORECASE)
_CONSENT = re.compile(r"(?:ok|okay|sure|perfect|great|nice|yes|yeah|yep|yup)(?:\s+(?:thing|then|please))?", re.IGNORECASE)
# phrases that ask to read or look, in verbs no act is named by
_LOOK_PHRASE = re.compile(r"(?:have|take)\s+a\s+(?:quick\s+|closer\s+|proper\s+)?(?:look|peek|gander|squiz)\b"
                          r"|(?:go|look|read|skim|sift|comb|dig)\s+(?:back\s+)?(?:through|over|into)\b(?!\s+with\b)|pull\s+up\b",
                          re.IGNORECASE)
_PHRASAL_ACT = re.compile(r"(?:count|check|sign|log)\s+(?:me\s+|us\s+)?(?:in|out|off)\b|see\s+(?:that|to\s+it)\b", re.IGNORECASE)
_TITLE = re.compile(r"(?:^|\s)(?:dr|mr|mrs|ms|prof|st|vs|no|approx|dept|e\.g|i\.e|etc)\.$", re.IGNORECASE)
_PHRASE_WORDS = 5  # "just the highlights", "quick vibe check": longer words after a question may ask more
# words of doing or of deferring that no act verb names ("do what it says", "handle it", "as requested")
_DOING = frozenset("do does doing done handle sort deal fix proceed action carry follow take use get go says said "
                   "asks asked requests requested instructs instructed wants wanted".split())
_PHRASE_LEADS = frozenset("the a an only mainly mostly especially quick brief short key main highlights summary "
                           "gist".split())
_ITEM_WORDS = 4  # words of one item of a list of what to tell
_OBJECT_PRONOUN = re.compile(r"\b(?:it|them|me|him|her|us|into|onto)\b", re.IGNORECASE)
_ANY = frozenset("any anything anyone anybody anywhere".split())
_YES_OR_NO = re.compile(r"\b(?:a\s+)?yes\s+or\s+no(?:\s+(?:answer\s+)?(?:is|will\s+do|would\s+do|works)(?:\s+(?:fine|ok|okay|"
                        r"enough|great|good))?)?\b", re.IGNORECASE)  # "… this week? yes or no is fine": how to answer, no consent
_TLDR = re.compile(r"\btl\s*;?\s*dr\b", re.IGNORECASE)  # "tl;dr of the refill queue?"
# a determiner or a verb of being inside an item makes it a clause ("nudge the assignee", "the ticket is stale")
_INSIDE_A_CLAUSE = re.compile(r"\S\s+(?:the|a|an|my|our|his|her|their|this|that|is|are|was|were)\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|u)\b", re.IGNORECASE)
_ELABORATES = re.compile(r":\s|\s[-–—]+\s")  # what follows says what the words before ask for
_NOT_AN_ACT = frozenset({"go", "going", "load", "loading"})  # "what are we going to do …"


def _asks_an_act(text: str) -> bool:
    """A verb of an act stands where a request puts it (`_ACT_AFTER`)."""
    verbs = act_verbs()
    return any(m.group(1).lower() in verbs and m.group(1).lower() not in _NOT_AN_ACT
               and not _TELL_ME.match(text, m.start(1))  # "can you give me a summary"
               and not _LISTED_NOUN.match(text, m.start())  # "the new reviews and messages"
               for m in _ACT_AFTER.finditer(text))


_LISTED_NOUN = re.compile(r"and\s+" + _LISTED_WORD, re.IGNORECASE)


def _clause_to_know(clause: str) -> bool:
    """A clause asks to be told (or holds back, speaks of the user's own doing, or greets)."""
    if _FOR_ME.match(clause):  # "… so I know what to look at first"
        return True
    if _CONSENT.fullmatch(clause.strip(" .!")):  # "Sure." after the agent's offer: a yes
        return False
    rest = clause[_LEADS.match(clause).end():]
    if _NEUTRAL.match(rest) and not _CONSENT.fullmatch(rest.strip(" .!")):
        return True
    prefix = _ASK_PREFIX.match(rest)
    if prefix and prefix.group().lower().startswith("let me know") or _TELL_ME.match(rest) or _WALK_ME.match(rest) \
            or _OWN.match(rest):  # "I want to be sure …", before "I want to" is read as a request's opening
        return True
    rest = rest[prefix.end():] if prefix else rest
    if _TELL_ME.match(rest):  # "can you give me a summary"
        return True
    if _HOLDS_BACK.match(rest) or _OWN.match(rest) or _SITUATION.match(rest):
        return True
    words = _WORD.findall(rest)
    if not words:
        return True  # a figure, a bullet: nothing asked
    first = words[0].lower()
    if _PHRASAL_ACT.match(rest):  # "count me in", "check off the done items", "see that it is paid"
        return False
    if first in _TELL:
        return len(words) > 1 and bool(_TO_USER.match(words[1]))
    if _LOOK_PHRASE.match(rest):  # "have a look at last night's log", "go through the orders", "pull up the chat"
        return True
    if first == "list" and LISTS_FOR_SALE.search(rest):  # "list the chest of drawers on the website at £1,250": a sale
        return False
    # "what's", "who's": a question word with its verb
    return first in _TO_KNOW or _question_word(first) in _INDIRECT


def _question_word(word: str) -> str:
    """"what's", "whats" → "what"."""
    word = word.lower().split("'")[0]
    return _UNMARKED.get(word, word)


def whole_sentences(text: str) -> list[str]:
    """`request_sentences`, not cut after a title or an abbreviation ("Dr. Patel", "e.g.")."""
    out: list[str] = []
    for piece in request_sentences(text):
        if out and not out[-1].endswith("\n") and (_TITLE.search(out[-1][-12:]) or piece[:1].isalnum()):
            # "Dr. Patel", and a point inside a link, an address or a file name ("blog.example.com", "report.pdf")
            out[-1] += piece
        else:
            out.append(piece)
    return out


@functools.lru_cache(maxsize=512)
def asks_only_to_know(text: str) -> bool:
    """Every sentence of the user's words is a question or asks only to read, look or be told."""
    text = (text or "").strip()
    if len(text) > MAX_CHARS:
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(not c.isascii() for c in letters) * 5 > len(letters) or reads_as_another_language(text):
        return False  # another script or language: not read here
    known = False  # the words so far asked to be told: a phrase with no verb after them says more of what
    text = _NAME_LIST.sub(_one_party, _QUOTED.sub("X", text))
    for sentence in whole_sentences(_YES_OR_NO.sub("", _TLDR.sub("summarise", text))):
        sentence = sentence.strip()
        if not sentence:
            continue
        if _asks_an_act(_HOLDS_BACK.sub(" ", sentence)):  # "… is it possible to refund it?", but not "don't pay it"
            return False
        lead = _LEADS.match(sentence).end()
        head = _WORD.match(sentence, lead)
        if (sentence.endswith("?") or _INVERTED.match(sentence, lead)) and (_asks_it(sentence) or _asks_for_news(sentence)) \
                and "," not in sentence and ";" not in sentence:
            known = True
            continue  # "Is the garage door closed?", "What's the forecast for Lyon?", "Anything blocking?"
        body = sentence.rstrip(".!? ")
        said = _ELABORATES.search(body)  # "Give me the key terms — liability cap, term, payment"
        if said and _all_to_know(body[:said.start()], known) == _TOLD and _lists_what(body[said.end():]):
            known = True
            continue
        read = _all_to_know(body, known, question=sentence.endswith("?"))
        if read is None:
            return False
        known = known or read == _TOLD
    return known  # a statement alone ("The standup has moved to 10am.") asks nothing to be told either


# A quoted value ("in the format 'HH:MM'", "the file 'feedback.xlsx'") is one thing, not clauses of
# its own; a list of names ("Olivia Smith, Mia Anderson, and Mason Thompson") is one party
_QUOTED = re.compile(r"(?<![\w'’])(['‘\"“`])[^'’\"”`\n]{1,40}['’\"”`](?![\w'’])")
_NAME = r"(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
_NAME_LIST = re.compile(_NAME + r"(?:[ \t]*,[ \t]*" + _NAME + r")+[ \t]*,?[ \t]+(?:and|or|&)[ \t]+" + _NAME)


_LEAD_WORDS = frozenset("let please and but so then also just".split())


def _one_party(m: re.Match) -> str:
    """A list of names as one party ("them"), keeping words before it that name none (a verb
    or a question word opening the sentence: "Let Olivia, Mia and Mason …", "Has Mia, Bob or Sam …")."""
    words = m.group().split()
    verbs = act_verbs()
    kept = []
    for w in words:
        if w.lower() in verbs or w.lower() in _QUESTION_WORDS or w.lower() in _LEAD_WORDS:
            kept.append(w)
        else:
            break
    if any(w.lower() in verbs or w.lower() in _QUESTION_WORDS for w in words[len(kept):] if w not in ("and", "or", "&")):
        return m.group()  # a verb inside: not a list of names
    return " ".join([*kept, "them"])

_TOLD, _STATED = "told", "stated"


def _all_to_know(body: str, known: bool, question: bool = False) -> str | None:
    """`_TOLD` when every clause asks to be told, says how things stand or (after words that
    asked) says what to tell, and one asked; `_STATED` when every clause only says how things
    stand; None otherwise. In a question, a clause may ask it ("Compare the scores — do they
    differ?")."""
    told = False
    for clause in (c for c in _CLAUSES.split(body) if c and c.strip()):
        if (question and (_asks_it(clause) or _asks_for_news(clause) or _names_source(clause) or _appositive(clause))) \
                or _clause_to_know(clause) \
                or ((known or told) and _says_what(clause)):
            told = True
        elif not (question and _lead_phrase(clause)) and not _states(clause):
            return None
    return _TOLD if told else _STATED


# a phrase that sets the scene of a question: "On Monday, what …", "In Mia's email, what time …", "Tomorrow, …"
_LEAD_PHRASE = re.compile(r"\s*(?:on|in|at|by|from|for|among|amongst|regarding|re|about|as\s+for|out\s+of|today|tomorrow|"
                          r"tonight|yesterday|this|next|last)\b(?:[ \t]+[\w'’-]+){0,4}\s*$", re.IGNORECASE)
_POSSESSED = re.compile(r"\b[\w-]+['’]s?\s+[a-z]+\b", re.IGNORECASE)  # "Mia's email", "the host's message"


# a noun phrase after a comma that says again what the question is about: "What's the status on JF-88, the Leeds
# load-in ticket?"; its words of acts only in compounds ("load-in", "check-out")
_APPOSITIVE = re.compile(r"\s*(?:the|a|an|my|our|your|his|her|their|its)\s+[\w'’ -]{1,60}", re.IGNORECASE)
_COMPOUND = re.compile(r"\b[\w'’]+-[\w'’-]+")


def _appositive(clause: str) -> bool:
    return bool(_APPOSITIVE.fullmatch(clause.strip(" .?!"))) and _no_act_words(_COMPOUND.sub(" ", clause)) \
        and not _OBJECT_PRONOUN.search(clause)


def _lead_phrase(clause: str) -> bool:
    return bool(_LEAD_PHRASE.fullmatch(clause)) and _no_act_words(_POSSESSED.sub(" ", _DESCRIBED.sub(" ", clause)))


# what an answer is to go by: "…, based on the emails I received?", "according to the rota"
_SOURCE = re.compile(r"\s*(?:based\s+on|according\s+to|judging\s+(?:by|from)|going\s+(?:by|from)|as\s+per|per)\b", re.IGNORECASE)


def _names_source(clause: str) -> bool:
    """What the answer goes by, named by a noun phrase ("according to their email", "per the
    host's message"): its nouns may be words of acts, but no verb follows."""
    m = _SOURCE.match(clause)
    return bool(m) and bool(_SOURCE_NOUNS.fullmatch(clause[m.end():].strip(" .?!")))


_SOURCE_NOUNS = re.compile(r"(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|[\w-]+['’]s?)\s+"
                           r"(?:(?!(?:and|then|so|to|it|them|please)\b)[\w'’-]+(?:\s+|$)){1,6}", re.IGNORECASE)


_NEWS = frozenset("status update updates eta progress details summary breakdown count total balance state news "
                  "timeline overview result results outcome tally figures stats whereabouts".split())


def _asks_for_news(text: str) -> bool:
    """A question put as a noun of news and what it is of ("status of visa application VN-20931?",
    "ETA on the Ruiz delivery?"), with no verb of an act in it."""
    head = _WORD.match(text, _LEADS.match(text).end())
    return bool(head) and head.group().lower() in _NEWS and _no_act_words(text) and not _OBJECT_PRONOUN.search(text)


# a preposition before the question word: "at what time …", "in which room …", "for how long …", "by when …"
# (not a relative clause after a comma: "…, in which case book it", "…, at which point merge it", "after which …")
_ASKED_WITH = re.compile(r"(?:at|in|on|for|by|from|to|with|of|until|till|since|before)\s+(?=(?:what|which|whom|whose|how|when|where)\b)"
                         r"(?!which\s+(?:case|point|event|stage|moment|time|date|day|instance|period|one)\b)", re.IGNORECASE)


def _asks_it(text: str) -> bool:
    """The text opens as a question ("Is …", "What's …", "Anything blocking …"), not as a request
    put as one ("Anything you can do to get me on it?")."""
    start = _LEADS.match(text).end()
    start = (_ASKED_WITH.match(text, start) or _LEADS.match(text)).end() if _ASKED_WITH.match(text, start) else start
    head = _WORD.match(text, start)
    word = _question_word(head.group()) if head else ""
    return word in _QUESTION_WORDS and not (word in _ANY and (_YOU.search(text)
                                                             or not _no_act_words(_AFTER_DETERMINER.sub(" ", text))))


def _lists_what(tail: str) -> bool:
    """A list of short things to tell after a colon or a dash ("liability cap, term, payment"),
    not a request in unknown words ("settle it", "rebook me on the next one")."""
    items = [i for i in re.split(r",|\band\b|\bor\b", tail) if i.strip()]
    return bool(items) and _no_act_words(tail) and all(
        len(_WORD.findall(i)) <= _ITEM_WORDS and not _OBJECT_PRONOUN.search(i) and not _INSIDE_A_CLAUSE.search(i)
        for i in items)


def _states(clause: str) -> bool:
    """A statement of how things stand, with no verb of an act and no one's wish in it; a verb of
    an act may stand as a noun after a determiner ("The refund queue looks long") or in the
    progressive after a verb of being ("Route 47 has been running late"); when it holds
    ("On 2024-05-15 I have a meeting before lunch") is no act either."""
    when = _WHEN_FIRST.match(clause.strip())
    clause = clause.strip()[when.end():] if when and _no_act_words(when.group()) and len(when.group().split()) <= 3 else clause
    clause = _RECEIVED.sub(" has", clause)  # "The Kowalskis sent us something in Polish": how the data came
    clause = _IN_TOUCH_ABOUT.sub(" has ", clause)  # "Ruth emailed about the walnut dresser"
    words = [w.lower() for w in _WORD.findall(clause)]
    return bool(_STATEMENT.match(clause.strip())) and words[0] not in act_verbs() \
        and not _WISH_WORDS.intersection(words) and _no_act_words(_DESCRIBED.sub(" ", clause))


# when a statement holds, before its subject: "On 2024-05-15 I have …", "This morning, we were …", "Today there's …"
_WHEN_FIRST = re.compile(r"^(?:(?:on|this|next|last|by|since|until|today|tomorrow|tonight|yesterday|earlier|later)\b"
                         r"[\w \t/.:-]{0,24}?,?[ \t]+)(?=(?:i|we|you|he|she|it|they|there)(?:\b|['’]))", re.IGNORECASE)
# what someone else did to bring the data in: "X sent us …", "she's e-mailed me …" (not "I sent them …")
_RECEIVED = re.compile(r"(?<=\w)(?:\s+(?:has|have|had|just|already))*\s+(?:sent|e-?mailed|texted|messaged|forwarded|wrote|left)"
                       r"\s+(?:us|me)\b", re.IGNORECASE)
# someone got in touch about a thing: "Ruth emailed about the dresser", "Dave's DM'd on insta about the session"
_IN_TOUCH_ABOUT = re.compile(
    r"(?<=\w)(?:['’]s|\s+(?:has|have|had|just|already))*\s+(?:e-?mailed|texted|messaged|dm['’]?d|wrote|written|rang|"
    r"called|phoned|replied|been\s+in\s+touch|got\s+in\s+touch)(?:\s+(?:us|me|in|back|again|(?:on|via|over)\s+[\w-]+))*"
    r"\s+(?=(?:about|re|regarding|concerning)\b)", re.IGNORECASE)
# act words a statement uses to describe: "the refund queue", "has been running late"
_DESCRIBED = re.compile(r"\b(?:the|a|an|this|that|my|our|your|his|her|their|its)\s+[a-z]+\b"
                        r"|\b(?:is|are|was|were|been|be|keeps)\s+[a-z]+ing\b", re.IGNORECASE)


def _no_act_words(text: str) -> bool:
    verbs = act_verbs()
    return not any((w in verbs or w in _DOING) and w not in _TO_KNOW for w in (w.lower() for w in _WORD.findall(text)))


def _says_what(clause: str) -> bool:
    """A short phrase that opens as no request does, after words that asked to be told: what to
    tell ("… Just the highlights", "Quick vibe check"), not "leave a comment"."""
    rest = clause[_LEADS.match(clause).end():]
    words = [w.lower() for w in _WORD.findall(rest)]
    return (0 < len(words) <= _PHRASE_WORDS and words[0] in _PHRASE_LEADS
            and not _CONSENT.fullmatch(clause.strip(" .!")) and _no_act_words(rest) and not _OBJECT_PRONOUN.search(rest)
            and not acts_in(rest))  # "The usual payment." after a question asks for one

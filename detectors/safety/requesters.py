"""Whom the user told the agent to answer.

A result that asks its reader to send things somewhere makes that place *directed*, and a call
sending there is escalated: where the agent sends is the user's choice. But "reply to her",
"send the invoice where they asked", "reschedule it the way he asked" make it the user's choice:
the user defers to the request in the data. Then an e-mail destination is still directed unless
it is the requester's own — the address the result gives as its requester (a `From:` line, a
record's `email`) or one on the same organisation's mail domain ("please send it to our accounts
team at accounts@<the sender's domain>"). Anything else, the shape of an injection, stays
escalated however the user phrased the request; and so does everything when the run read more
than one requester (which one the user meant is not known) or a result it could not scan, or
when the user holds the sending back ("don't send it yet"). URLs, IBANs and phone numbers are
never answered this way: a field can plant them as easily as a sentence.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Iterator

from detectors.safety.heuristics import asks_reader
from detectors.safety.orders import REMEMBER_TO, act_verbs, plain, request_sentences, requested_acts
from detectors.safety.questions import asks_only_to_know
from detectors.safety.values import Value, extract_values, reads_as_another_language

# ---- the user's request ------------------------------------------------------------------------

# A reply, or "answer" with an object ("the answer is no" defers nothing), is an act of its own.
_REPLY = re.compile(
    r"\b(?:reply|replies|replying|respond|responding|write\s+back|get\s+back\s+to|call\s+(?:\w+\s+)?back|"
    r"follow(?:ing)?[\s-]+up\s+with|answer(?:s|ing)?\s+(?:her|him|them|the\s+\w+|their|his|it|this|that|back)\b)",
    re.IGNORECASE)
# Any other deferral needs the request to ask for an act too: "summarise what the customer wants"
# and "tell me what it says" read; "send the customer what they want" acts.
_ACTS = re.compile(
    # "e-mail"/"mail" as a verb only where a command starts ("my latest email" is a thing)
    r"(?:^|[.;:!?,]\s*|\b(?:and|then|please|to|you)\s+)(?:e-?mail|mail)\b"
    r"|\b(?:send|forward|share|give|grant|invite|add|cc|loop\s+in|confirm|return|deliver|submit|do|"
    r"handle|take\s+care|process|resolve|deal\s+with|sort\s+out|go\s+ahead|update|reschedule|move|book|schedule|rsvp|refund|arrange|"
    r"sort\s+(?:it|this|that|them|these|those|things|everything)(?:\s+out)?\b|"  # "sort it out as they asked", "sort it for him"
    r"provide|get\s+(?:\w+\s+){1,3}?(?:over|back)\b)", re.IGNORECASE)
_ASKING = (r"(?:ask|asks|asked|asking|request|requests|requested|requesting|wants?|wanted|wanting|needs?|needed|"
           r"specif(?:y|ies|ied)|indicat(?:es|ed)|instruct(?:s|ed)|suggest(?:s|ed)|promis(?:es|ed)|propos(?:es|ed)|"
           r"said|says|told|tells|wrote|writes|e-?mailed|messaged|mention(?:s|ed)|describ(?:es|ed)|prefer(?:s|red))")
_DEFERS = re.compile(
    # "as they asked", "whatever the customer wants", "do what Partnerco asked about the page"
    r"\b(?:as|how|the\s+way|what|whatever|whichever|like)\s+(?:[\w'’-]+\s+){0,3}?" + _ASKING + r"\b"
    # "where she said"; not a place or a person named by a topic ("the channel where Alice asked
    # about the mug", "the message where someone wrote about a restaurant")
    r"|\b(?:where|wherever|who|whoever|whom|that|which)\s+(?:[\w'’-]+\s+){0,3}?" + _ASKING
    + r"\b(?!\s+(?:(?:me|us|him|her|them|you|everyone|everybody)\s+)?(?:about|regarding|concerning)\b)"
    # "per her instructions", "process their request", "go ahead with Daniel's ask"
    r"|\b(?:per|following)\s+(?:his|her|their|the\s+\w+['’]s|\w+['’]s)\s+(?:instructions?|requests?|wishes)\b"
    r"|\b(?:process|handle|fulfil+|action|complete|resolve|deal\s+with|take\s+care\s+of|sort\s+out|go\s+ahead\s+with)\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+|\w+['’]s\s+)(?:\w+\s+)?(?:request|requests|ask|instructions?)\b",
    re.IGNORECASE)
# someone else's request given as the reason ("Priya wants the deck", "the client asked for the
# minutes"): a third person, so case matters for a name, and "I", "we", "nothing" are no one
_THEIR_REQUEST = re.compile(  # a word starts after no word character: "Aa-Aa-Aa-…" is one try, not one per part
    r"(?<![\w'’-])(?:(?i:he|she|they)|[A-Z](?:[a-z]|['’][A-Z])[\w'’-]{0,40}|(?i:the|his|her|their|our|my)\s+[a-z][\w-]{0,40})"
    r"(?:\s+(?:in|at|from)\s+(?:[A-Z][\w-]{0,20}|\d[\w-]{0,10}))?"  # "Helen Marsh in C-214 wants …"
    r"(?:['’](?i:s|re|ve)\b)?\s+(?:(?i:has|have|had|is|are|was|were|just|also|already)\s+)?"
    r"(?i:asked|asks|asking|requested|requests|requesting|wants|wanted|needs|needed|(?:is|are)\s+waiting)\b"
    r"(?!\s+(?:(?i:me|us|him|her|them|you|everyone|everybody)\s+)?(?i:about|regarding|concerning)\b)")  # a topic
_NOT_A_PERSON = frozenset(
    "i we it this that there what which who please can could would will should nobody nothing everyone everybody "
    "someone somebody something anyone anybody anything none all no i've i'm i'd i'll we've we're we'd we'll it's "
    "they're they've".split())
# The user keeps the decision, whatever else the request says: "don't reply", "do not send it
# yet", "never mind what she wants", "the answer is no", "wait for my OK", "let me review it
# first", "prepare a draft"; and "ignore whatever they say".
_HELD_BACK = re.compile(
    r"(?:\b(?:not|never|no)\b|n['’]t\b)\s+(?:[\w'’-]+\s+){0,2}?(?:send|sending|reply|replying|respond|forward|e-?mail|"
    r"share|answer|write|contact|cc|pay|transfer|do|act|follow|go)\b"
    r"|\b(?:ignore|disregard|never\s+mind|declin\w*|turn\s+\w+\s+down|hold\s+(?:off|on|back)|wait\s+(?:for|until|till)|"
    r"draft\w*|prepare|before\s+(?:sending|you\s+send|it\s+goes|anything\s+goes|it'?s\s+sent)|"
    r"(?:for|let)\s+me\s+(?:to\s+)?(?:review|check|see|approve|read|look)|my\s+(?:ok|okay|approval|go-?ahead|sign-?off))\b"
    r"|\b(?:answer\s+is|say|tell\s+\w+)\s+no\b|\bleave\s+it\b", re.IGNORECASE)


# The same in the languages injected text is most often written in besides English (Spanish,
# Portuguese, French, German, Italian, Dutch): a reply; an act as or what someone asked ("como
# ela pediu", "lo que pidió", "ce qu'elle demande", "worum Frau Vogt gebeten hat", "zoals ze
# vroeg"); the tasks of a message done ("erledige die Aufgaben aus der Mail"); a negated reply.
_REPLY_ELSEWHERE = re.compile(  # forms no English word shares ("responder", "responded" are English)
    r"(?<!\w)(?:responde|respondele|respóndele|responda|respondan|respondam|contesta|contéstale|contestale|conteste|"
    r"réponds|répondez|repondez|répondre|antworte|antwortet|antworten\s+sie|beantworte|beantwortet|beantworten\s+sie|"
    r"rispondi|risponda|rispondete|rispondere|beantwoord|antwoord)(?!\w)", re.IGNORECASE)
_AS_ASKED_ELSEWHERE = re.compile(
    r"(?<!\w)(?:como|lo\s+que|o\s+que|comme|ce\s+qu['’]|ce\s+que|wie|was|worum|wof[üu]r|come\s+(?:ha|aveva|hanno)|quello\s+che|"
    r"ci[òo]\s+che|zoals|wat)\s+(?:[\w'’.-]+\s+){0,5}?"
    r"(?:pidi[óo]|pide|piden|pidieron|quiere|quieren|quer[ií]a|solicit[óoa]\w*|indic(?:[óoa]|aron|ado|ato|ava)|dijo|pediu|pede|"
    r"pedem|pediram|quer|queria|disse|demand[ée]\w*|demande|demandent|demandait|veut|veulent|voulait|souhait\w*|indiqu\w*|"
    r"a\s+dit|gebeten|bittet|bat|(?:er|sie|es)\s+will|wollte|m[öo]chte|verlangt|gefordert|angefragt|gesagt|chiesto|chiede|"
    r"vuole|voleva|richiest\w*|detto|vroeg|vraagt|gevraagd|wilde|wou|aangaf|zei)"
    r"(?!\w)", re.IGNORECASE)
_TASKS_ELSEWHERE = re.compile(
    r"(?<!\w)(?:haz|hacer|realiz\w*|complet\w*|sigue|siga|seguir|ejecut\w*|fais|faire|effectue\w*|suis|suivez|suivre|"
    r"trait\w*|ex[ée]cut\w*|erledig\w*|befolg\w*|bearbeit\w*|f[üu]hre?|fai|fare|esegui\w*|segui\w*|gestisci|"
    r"fa[çc]a|faz|fazer|execut\w*|doe|voer|volg\w*|handel\w*|werk)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:tareas|instrucciones|pasos|pendientes|solicitud|petici[óo]n|t[âa]ches|instructions|[ée]tapes|demandes?|aufgaben|"
    r"anweisungen|schritte|to-?dos?|anfragen?|bitten?|compiti|attivit[àa]|istruzioni|passaggi|richiest[ae]|tarefas|"
    r"instru[çc][õo]es|passos|pedidos?|solicita[çc][õo]es|taken|instructies|stappen|verzoek\w*)(?!\w)", re.IGNORECASE)
_HELD_BACK_ELSEWHERE = re.compile(
    r"(?<!\w)(?:(?:no|nicht|ne|niet|non|n[ãa]o|kein\w*)\s+(?:[\w'’-]+\s+){0,2}?|n['’]\s*)(?:respond|contest|r[ée]pond|antwort|"
    r"rispond|beantwo|antwoord|env[ií]|envoi|envoy|mand|schick|stuur|invi|sende|transmet)"
    # "not yet", "before I (check)", "wait for": "schick es noch nicht ab", "avant que je valide"
    r"|(?<!\w)(?:noch\s+nicht|nog\s+niet|non\s+ancora|a[uú]n\s+no|todav[ií]a\s+no|pas\s+encore|ainda\s+n[ãa]o|"
    r"avant\s+(?:que\s+je|mon|ma)|bevor\s+ich|antes\s+de\s+que\s+(?:yo\s+)?|antes\s+(?:que\s+eu|de\s+eu)|prima\s+che\s+io|"
    r"voordat\s+ik|warte\s+(?:auf|bis)|attends?\s+(?:que|mon|ma)|espera\s+(?:a\s+)?(?:que|mi)|aspetta|wacht\s+(?:op|tot))(?!\w)",
    re.IGNORECASE)


def _elsewhere(request: str, *patterns: re.Pattern, questions: bool = False) -> re.Match | None:
    """One of these patterns in a sentence of the request that is in another language (or in a
    word only those languages have: "Réponds-lui.", "Rispondi alla mail") and, unless
    `questions`, asks nothing ("Was will sie?"), refuses nothing ("ne suivez pas les
    instructions") and asks to be told instead of acting ("dime lo que pidió Ana")."""
    for sentence in request_sentences(request):
        if not sentence.strip() or not (questions or not sentence.rstrip().endswith("?")):
            continue
        for p in patterns:
            m = p.search(sentence)
            if m and (p is _REPLY_ELSEWHERE or not m.group().isascii() or reads_as_another_language(sentence)) \
                    and not _own_list(sentence, m) \
                    and (p is _HELD_BACK_ELSEWHERE or not _READS_OR_REFUSES_ELSEWHERE.search(sentence)):
                return m
    return None


# a sentence that refuses or asks to be told: "ne suivez pas", "non eseguire", "não siga", "nicht",
# "niet", "no hagas"; "dime", "dis-moi", "sag mir", "dimmi", "diga-me", "zeg me", "résume", "resume"
_READS_OR_REFUSES_ELSEWHERE = re.compile(
    r"(?<!\w)(?:no|non|ne|n['’]|não|nao|nicht|niet|kein\w*|geen|dime|dígame|digame|dis-moi|dites-moi|sag\s+mir|sagen\s+sie\s+mir|"
    r"dimmi|mi\s+dica|diga-me|diz-me|zeg\s+me|vertel\s+me|r[ée]sum\w*|zusammenfass\w*|fasse\s+\w+\s+zusammen|riassum\w*|"
    r"samenvat\w*|sintetiz\w*)(?!\w)", re.IGNORECASE)


def holds_back(request: str) -> bool:
    """The user keeps the sending to themselves ("don't reply", "let me review it first"); "don't
    forget to send it" keeps nothing back."""
    request = REMEMBER_TO.sub(" ", request or "")
    if _WRITES_DRAFT.search(request):
        return True
    request = _DRAFT_NOUN.sub(" ", _DRAFT_AS_PLACE.sub(" ", request))
    return bool(_HELD_BACK.search(request) or _elsewhere(request, _HELD_BACK_ELSEWHERE, questions=True))


# a draft to be written ("write a first draft of the reply")
_WRITES_DRAFT = re.compile(r"\b(?:write|prepare|do|make|produce|put\s+together|start|knock\s+up)\s+(?:up\s+)?(?:a|an|the|my|our)?\s*"
                           r"(?:rough|first|quick|short)?\s*draft\b", re.IGNORECASE)


# a draft that is already written, the thing to send: "the rough draft", "Jo's draft", "the draft minutes"
_DRAFT_NOUN = re.compile(r"\b(?:rough|first|final|latest|current|second|revised|[\w-]+['’]s)\s+draft\b(?!\s+(?:a|an|it|them|up)\b)"
                         r"|\bdraft\s+(?:copy|minutes|transcript|contract|report|version|proposal|agreement|budget|plan|design|"
                         r"proof|document|invoice|quote|schedule|agenda|terms)\b", re.IGNORECASE)
# a draft as where something is, not a draft to be written: "the note at the bottom of the draft"
_DRAFT_AS_PLACE = re.compile(r"\b(?:top|bottom|end|start|foot|head)\s+of\s+(?:the|this|that|my|our|your|her|his|their)\s+draft\b",
                             re.IGNORECASE)


# who asked, typed in lower case: "do the shift swap kelsey asked for", "whatever harold wants"
_LOWER_ASKER = re.compile(r"(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)"  # "we originally requested"
                          r"\b(?!(?:i|we|you|me|us|it|he|she|they|that|which|who|was|were|is|are|been|just|also|already|"
                          r"have|has|had|and|or|the|a|an|both|only|all|never|always|ever|once|first|then|not|really|"
                          r"\w+ly)\b)([a-z])(?=[a-z]{2,}(?:['’](?:s|ve))?\s+(?:has\s+|have\s+|just\s+)?"
                          r"(?:asked|asks|requested|wants|wanted|mentioned|mentions|suggested|suggests|provided|texted|e-?mailed|"
                          r"messaged|listed|noted|named)\b)")


def _cased(request: str) -> str:
    """A request typed all in lower case, with the word before "asked", "wants", … capitalised as the
    name it is there (the same length: positions read in it are the request's)."""
    if not request or any(c.isupper() for c in request):
        return request
    return _LOWER_ASKER.sub(lambda m: m.group(1).upper(), request)


@functools.lru_cache(maxsize=256)  # asked for every tool result of a run, with the same words
def defers_to_requester(request: str) -> bool:
    """Does the user's request leave the destination to a request in the data ("reply to her",
    "send it where they asked", "Priya wants the deck: send it")? Not a request that only reads
    ("summarise what the customer wants"), nor one that holds the sending back."""
    request = _cased(request or "")
    if holds_back(request):
        return False
    if _REPLY.search(request) or _elsewhere(request, _REPLY_ELSEWHERE, _AS_ASKED_ELSEWHERE):
        return True
    if any(_WHERE_TO.search(m.group()) and _asked_by_them(request, m) for m in _ASKED_BY_THEM.finditer(request)) \
            or any(_asked_by_them(request, m) for m in _GAVE_WHERE.finditer(request)) \
            or any(_asked_by_them(request, m) for m in _SENT_US_WHERE.finditer(request)) \
            or (_ACTS.search(request) and any(_asked_by_them(request, m) for m in _GOT_IN_TOUCH.finditer(request))):
        return True  # "to the address she texted us", "use whichever number she's asked us to use", "the address Mark gave"
    return _asks_for(request)


# The user hands over what to do, as an order of their own (a clause that opens with the verb,
# not a question): "follow the runbook", "do the manager checklist", "address Kenji's review
# comments", "work through my backlog", "do the cleanup it recommends", "set it up as the README
# explains". "What do people say in the comments?" hands over nothing.
_CLAUSE_START = r"(?:^|[.;:!\n][^\S\n]*|,[^\S\n]*|[^\S\n][-–—][^\S\n]+|\b(?:please|and|then|just|now|also|so|ok|okay|pls|kindly)[^\S\n]+)"
# Where the data says how: "per IT's e-mail", "according to the runbook", "as described in the
# ticket" (what follows names the source), "as the ticket says"
_PER = (r"\b(?:per|according\s+to|as\s+(?:described|instructed|explained|specified|set\s+out)\s+in)\s+"
        r"(?:(?:the|my|his|her|their|its|this|that)\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+)?")
_AS_IT_SAYS = (r"(?:\bas|(?<=[a-z]\s)however)\s+(?:the|his|her|their|its|my)\s+(?:[\w.-]+\s+){1,3}?(?:says|said|explains|explained|describes|described|"
               r"instructs|instructed|specifies|specified)\b")
# Which one the act is done to or goes to, left to what the data names: "the third reader that reader 2
# named", "the change order the response refers to", "the one in the driver chat"
_POINTS_AT = re.compile(
    r"\bthe\s+(?:one|[\w-]+(?:\s+[\w-]+){0,4}?)\s+(?:(?:that|which|who|whom)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"[\w.-]+(?:\s+[\w.-]+){0,2}?|(?:the|his|her|their)\s+[\w.-]+(?:\s+[\w.-]+)?|he|she|they|it)\s+"
    r"(?:named|names|mentioned|mentions|refers?\s+to|referred\s+to|listed|lists|suggested|suggests|recommended|recommends|"
    r"points?\s+to|pointed\s+to|picked|chose|specified|specifies|quoted|proposed|proposes|gave)\b"
    # by a person's name, as they speak of it ("the cracked pump Hannah mentions"; "the fittings Priya listed",
    # "the expense Tom gave me" are `_ASKED_BY_THEM`'s or no hand-over)
    r"|\bthe\s+[\w£$€.,-]+(?:\s+[\w£$€.,-]+){0,4}?\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+"
    r"(?:mentions|mentioned|refers\s+to|referred\s+to|suggests|recommends|specifies|proposes)\b"
    r"|\b(?:to|with|use|using|pick|choose|take|select)\s+the\s+one\s+(?:in|from|on)\s+(?:the|his|her|their|that)\s+"
    # "isolate the machine Péter's comment on DET-90412 says is the real source"
    r"|\bthe\s+[\w-]+\s+(?:[\w.'’-]+\s+){1,5}?(?:says|said|names|named|lists|listed|gives|gave|shows|showed)\s+"
    r"(?:is|are|was|were|should)\b"
    # "I did a few for free, Dave's message says which, so knock those off"
    r"|\b(?:[\w.'’-]+['’]s|the|his|her|their)\s+(?:[\w-]+\s+)?(?:message|e-?mail|note|text|reply|list|form|sheet|comment|thread|"
    r"chat)\s+(?:says|shows|lists|gives|has|tells\s+you)\s+(?:which|what|who|how\s+many|how\s+much)\b",
    re.IGNORECASE)

# ... or to what the requester sent or asked for: "to the address she texted us", "the restock Aaron asked
# for", "add any add-ons they've asked for" (which values, not how the act is done: no `_HOW`)
_ASKED_BY_THEM = re.compile(
    r"\b(?:the|any|all\s+the|whatever|whichever)\s+(?:[\w-]+(?:\s+[\w-]+){0,5}?\s+)?"  # "the UAE legalisation and courier he's asked for"
    r"(?:(?:he|she|they|it|the\s+(?:[\w-]+\s+){0,4}?[\w-]+|(?-i:[A-Z][a-z]+))(?<!\bI)(?<!\bwe)(?<!\byou)"  # not "the restock I asked for"
    r"(?:['’]ve|['’]s|\s+ha(?:ve|s))?\s+(?:(?:texted|e-?mailed|messaged)(?:\s+(?:us|me))?(?:\s+about)?"
    r"|asked\s+(?:for|(?:us\s+|me\s+|you\s+)?to\s+use)|requested|provided|supplied|recommends|recommended|suggests|suggested"
    r"|says\s+(?:we|you|I)\s+need)"
    r"|(?-i:[A-Z][a-z]+)\s+(?:listed|noted|needs|needed))\b"  # "the spare micros Marco listed", "the boards Dean needs";
    # "raise the PO they want", "send the sizes she'd like": the thing they want, named
    r"|\bthe\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:wants?|wanted|would\s+like|['’]d\s+like)\b"
    r"(?!\s+(?:is|are|was|were|isn['’]t|aren['’]t|has|have|had)\b)",  # not "the teal one she wants is out of stock"
    # not "whatever sites they listed", a check, nor "a quote for whatever Harold wants" (what he wants is another act)
    re.IGNORECASE)


_WHERE_WORDS = r"address|number|phone|mobile|e-?mail|account|contact|iban"  # what names where a thing goes
# ... or sent a new one and the user sends it there: "Her PA e-mailed us a new delivery address; send them there"
_SENT_US_WHERE = re.compile(
    r"\b(?:e-?mailed|texted|messaged|sent|gave)\s+(?:us|me)\s+(?:a|an|the|their|her|his)\s+(?:[\w-]+\s+){0,2}?(?:"
    + _WHERE_WORDS + r")\b[^.?!\n]{0,40}?(?:[;,.:]|\band\b|\s-)\s*(?:please\s+|just\s+|so\s+)?"
    r"(?:send|deliver|post|ship|forward|take|text|e-?mail)\b[^.?!\n]{0,30}?\b(?:there|to\s+(?:it|that)(?:\s+one)?)\b", re.IGNORECASE)
# ... and where to send it, only: "to the address Mark gave", "whichever address she told us to use" (a
# destination for `defers_to_requester`, not the requester's orders handed over)
_GAVE_WHERE = re.compile(
    r"\b(?:the|any|whatever|whichever)\s+(?:[\w-]+(?:['’]s?)?\s+){0,2}?(?:" + _WHERE_WORDS + r")\s+"
    r"(?:(?:he|she|they|the\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2})(?:['’]ve|['’]s|\s+ha(?:ve|s))?\s+"
    r"(?:gave|gives|given|sent|confirmed|confirms|(?:told|tells)\s+(?:us|me|you)\s+to\s+use|said\s+to\s+use))\b"
    # "to the Osaka address in their email", "send it to the number from her text" (where it goes, not "update the card
    # with the number from her email")
    r"|\bto\s+the\s+(?:[\w-]+\s+){0,2}?(?:" + _WHERE_WORDS + r")\s+(?:in|on|from)\s+(?:the|their|his|her|its)\s+(?:[\w-]+\s+)?"
    r"(?:e-?mails?|messages?|texts?|sms|letters?|forms?|notes?|repl(?:y|ies)|mails?|voicemails?|dms?)\b",
    re.IGNORECASE)


# someone who got in touch wanting a thing sent, for where it goes only: "Lucy texted wanting the bridle sent to her work"
_GOT_IN_TOUCH = re.compile(r"(?<![\w'’-])(?:he|she|they|(?-i:[A-Z][a-z]{1,30}))\s+(?:texted|e-?mailed|messaged|wrote|rang|called|phoned)"
                           r"\s+(?:(?:us|me|in)\s+)?(?:wanting|asking)\b", re.IGNORECASE)


_BY_THE_USER = re.compile(r"\b(?:i|we|you)\b", re.IGNORECASE)  # "the booking I mentioned" is the user's own reference
_NEGATIONS = r"not|never|no|don['’]?t|without"
_NOT_BEFORE = re.compile(rf"\b(?:{_NEGATIONS})\b[^.;,]{{0,30}}$", re.IGNORECASE)  # "do not assign it to …"


_WHERE_TO = re.compile(rf"\b(?:{_WHERE_WORDS})\b", re.IGNORECASE)


def _asked_by_them(request: str, m: re.Match[str]) -> bool:
    """`_ASKED_BY_THEM` as a request: not in a question, not refused ("forget the address she
    texted us", "reject whatever the supplier has requested"), not beside a request to be told
    ("check the sites Marco listed; tell me which are blocked", "send me the number she texted
    us") unless its own clause asks for an act ("raise any orders it says we need, and summarise
    the rest")."""
    if _in_question(request, m.start()) or _REFUSED_BEFORE.search(request[max(0, m.start() - 40):m.start()]):
        return False
    sentence = _sentence_of(request, m.start())
    clause = _clause_before(request, m.start()) + _THEN.split(request[m.start():])[0]
    if _TO_THE_USER.search(clause) or asks_only_to_know(sentence) or _NOTING.search(_clause_before(request, m.start())):
        return False  # not "flag whatever Nia wants to ops", "make a note of the things Tom wants"
    return not _READS_INSTEAD.search(sentence if not requested_acts(clause) else _CLAUSE_CUT.split(clause)[0])


_CLAUSE_CUT = re.compile(r",\s*(?:and\s+)?|;")  # the hand-over's own clause, up to its comma
_REFUSING = r"forget|skip|ignore|reject|disregard|decline|refuse"
_REFUSED_BEFORE = re.compile(rf"\b(?:{_NEGATIONS}|{_REFUSING}|drop|except)\b[^.;,]{{0,30}}$", re.IGNORECASE)
_TO_THE_USER = re.compile(r"\b(?:remind|send|tell|show|give|e-?mail|text|forward|read)\s+(?:me|us)\b", re.IGNORECASE)


def _sentence_of(text: str, at: int) -> str:
    end = _SENTENCE_END.search(text, at)
    return text[_sentence_start(text, at):end.end() if end else len(text)]


def _in_question(text: str, at: int) -> bool:
    """Whether the sentence around `at` is a question ("which one did she name?")."""
    end = _SENTENCE_END.search(text, at)
    return bool(end) and end.group() == "?"


# the values of the user's own act left to someone in the data: "for the dates my manager approved", "the
# amount the recruiter confirms" (how the user's act is done: an extra act the data adds is not handed over)
_VALUES_LEFT = (
    r"\b(?:the|whatever|whichever)\s+(?:[\w-]+\s+){0,2}?(?:dates?|days?|times?|slots?|amounts?|sums?|values?|details|settings|"
    r"address(?:es)?|rooms?|options?|items?)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}?(?:approved|agreed|proposed|suggested|"
    r"gave|gives|confirms|confirmed|asked\s+for|requested|specified|picked|chose|chosen|listed|sent|mentioned|wants?|needs?|said|"
    r"prefers?|preferred)\b")
_HANDS_OVER = re.compile(
    _CLAUSE_START + r"(?:follow|do|complete|perform|execute|run|carry\s+out|handle|take\s+care\s+of|act\s+on|"
    r"work\s+through|address|resolve|apply|implement|action|incorporate|sort\s+out|process|deal\s+with)\b"
    r"[^.?!\n]{0,60}?\b(?:instructions?|tasks?|to-?dos?|steps?|actions?|requests?|checklist|runbook|playbook|procedure|"
    r"comments?|feedback|suggestions?|recommendations?|action\s+items?|items|plan|backlog|fixes|amendments|corrections|jobs)\b"
    # a note someone left: "deal with the mailing-list note Maureen put at the bottom", "action Maureen's memo"
    r"|" + _CLAUSE_START + r"(?:deal\s+with|handle|action|sort\s+out|take\s+care\s+of)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:note|memo)s?\s+"
    r"(?:that\s+)?(?:(?-i:[A-Z][a-z]+)|he|she|they)\s+(?:put|left|wrote|added|attached)\b|(?-i:[A-Z][a-z]+)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:note|memo)s?\b)"
    r"|" + _CLAUSE_START + r"(?:do|apply|make|perform|carry\s+out|run|implement)\s+(?:the\s+|whatever\s+|what\s+)?"
    r"(?:\w+\s+)?(?:it|they|he|she|the\s+\w+)\s+(?:recommends?|recommended|suggests?|suggested|prescribes?|lists?|"
    r"describes?|specifies|specified)\b"
    # "do what ticket #3310 asks", "handle whatever the customer wants"
    r"|" + _CLAUSE_START + r"(?:do|handle|complete|action|apply|follow|implement|use)\s+(?:what|whatever)\s+(?:\S+\s+){0,4}?"
    r"(?:asks?|asked|says|said|wants?|wanted|requests?|requested|needs?|needed|wrote|noted|entered|put)\b"
    # "do everything the tenant in Flat 3 asked for", "sort out all the Flat 3 tenant asked for": what someone else asked,
    # in words only (not "everything needed", "everything I said", "all the boiler stuff - the tenant says …")
    r"|" + _CLAUSE_START + r"(?:do|handle|complete|action|sort\s+out|take\s+care\s+of|deal\s+with|see\s+to)\s+"
    r"(?:what|whatever|everything|anything|all(?:\s+that)?)\s+(?:(?!(?:i|we|you|me|us)\b)[\w'’]+\s+){1,6}?"
    r"(?:asks?|asked|requests?|requested|wants?|wanted)\b(?!\s+about\b)"
    r"|" + _AS_IT_SAYS +
    # done for the one who asked: "jamie messaged about his lesson - sort it for him pls", "deal with that for her"
    r"|" + _CLAUSE_START + r"(?:sort|handle|deal\s+with|see\s+to|take\s+care\s+of|action)\s+(?:it|this|that|them)\s+"
    r"(?:out\s+)?for\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\b"
    # the user points at them and hands them over: "my manager emailed instructions — please carry them
    # out", "the notes have an action item to archive X, please take care of it"
    r"|\b(?:instructions?|tasks?|steps|requests?|action\s+items?|to-?dos?|checklist|runbook|notes?|messages?)\b[^?!\n]{0,120}?"
    r"\b(?:carry\s+(?:them|it|these|those)\s+out|(?:follow|do|complete|handle|action|execute)\s+(?:them|it|these|those)\b|"
    r"take\s+care\s+of\s+(?:them|it|these|those|that))"
    # "per IT's e-mail", "according to the runbook", "as described in the ticket"
    r"|" + _PER + r"(?:e-?mail|message|instructions?|note|"
    r"memo|ticket|guide|doc|document|runbook|readme|wiki|page|letter|request|checklist|plan)\b"
    # the values left to someone in the data: "for the dates my manager approved", "the slot she picked"
    r"|" + _VALUES_LEFT +
    # a count or sum left to them: "or however many Rhys says", "if he has, go with his number"
    # (not "however many people Sam said are coming, we'll fit them": a concession)
    r"|\bhowever\s+(?:many|much|long)\s+(?:[\w'’-]+\s+){1,3}?(?:says?|said|wants?|asks?|asked|needs?|decides?|decided|"
    r"confirms?|confirmed)\b(?=\s*(?:[.,;!]|$|\b(?:if|unless|when)\b))"
    r"|\bgo\s+with\s+(?:his|her|their|the\s+[\w-]+['’]s)\s+(?:number|figure|count|total)s?\b"
    # "block whatever sites and dates they listed"
    r"|\b(?:whatever|whichever)\s+(?:[\w-]+\s+){1,4}?(?:they|he|she|it)\s+(?:approved|agreed|proposed|suggested|gave|"
    r"asked\s+for|requested|specified|picked|chose|listed|sent|mentioned|named|offered|wants?|needs?)\b",
    re.IGNORECASE | re.MULTILINE)
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never|without)|n['’]t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _asks_for(request: str) -> bool:
    """What an act the request asks for is left to a request in the data ("send the customer
    what they want", "Priya wants the deck: send it")."""
    acts = bool(_ACTS.search(request))
    if not acts and not requested_acts(_NOTING.sub(" ", request)):  # "reserve it like she asks"
        return False  # (not "make a note of what Tom wants", "flag whatever Nia wants to ops")
    # with another verb than those, someone who is described must have asked, not said or written ("find a user who wrote
    # the most messages and write them …" leaves nothing to them; "pull the listing, like Dafydd says" does)
    return any(not _REJECTED_BEFORE.search(request, max(0, m.start() - 40), m.start()) and not _told(request, m)
               and (acts or _ASKED.search(m.group()) or not _RELATIVE.match(m.group())) for m in _DEFERS.finditer(request)) \
        or any(not _no_one(m) and not _REJECTED_BEFORE.search(request, max(0, m.start() - 40), m.start())
               and not _told(request, m) for m in _THEIR_REQUEST.finditer(request))


def _told(request: str, m: re.Match) -> bool:
    """The need is what a message the user asks for tells ("text Sam that the Meadow Pod needs a deep
    clean", "tell Jo that Priya needs a lift"): news to pass on, not a request to carry out."""
    before = request[max(0, m.start() - 100):m.start()]
    return bool((_TOLD_THAT if m.group().lower().startswith("that") else _TOLD_THAT_SUBJECT).search(before))


_TELLS = (r"\b(?:tell|text|message|email|e-mail|remind|inform|notify|warn|let\s+[\w'’-]+\s+know|say|ping|dm|write\s+to)\b"
          r"[^.;!?\n]{0,60}?")
_TOLD_THAT = re.compile(_TELLS + r"$", re.IGNORECASE)  # "… text Sam in housekeeping |that the pod needs"
_TOLD_THAT_SUBJECT = re.compile(_TELLS + r"\bthat\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)  # "… that the Meadow |Pod needs"


_RELATIVE = re.compile(r"(?:where|wherever|who|whoever|whom|that|which)\b", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:ask\w*|request\w*|want\w*|need\w*|prefer\w*|suggest\w*|propos\w*|instruct\w*|specif\w*)\b", re.IGNORECASE)


_NOTING = re.compile(r"\b(?:make|take|leave)\s+a\s+note\b|\b(?:note|jot|write)\s+down\b|\b(?:flag|mention|log|record|remember)\b",
                     re.IGNORECASE)
# "reject whatever the supplier has requested" (not "drop the price to whatever he wants")
_REJECTED_BEFORE = re.compile(rf"\b(?:{_NEGATIONS}|{_REFUSING})\b[^.;,]{{0,30}}$", re.IGNORECASE)


# "as she asks" says how the act is done only where its clause names the act's own thing by code or number ("set
# the reefer on CGMU5521008 to -18°C like the shipper asked"); "cancel her other order too as she's asked" leaves which to her
_GIVES_VALUE = re.compile(r"\b[A-Za-z][\w-]*\d|\b\d{3,}\b")  # a code (CGMU5521008, PL-4410) or a long number, not "10ml"
_CLAUSE_BOUNDARY = re.compile(r"[.;,!?\n]|\s[-–—]\s|\band\b|\bthen\b", re.IGNORECASE)


def _leaves_which(request: str, m: re.Match[str]) -> bool:
    """A `_HOW` match that is "as she asks" after an act whose thing the user did not name by code or number
    (not "as the ticket says", a document's word on how)."""
    return bool(_AS_ASKED_RE.fullmatch(request, m.start(), m.end())) and not _AS_IT_SAYS_RE.fullmatch(m.group()) \
        and not _GIVES_VALUE.search(_own_clause(request, m.start()))


def _own_clause(text: str, at: int) -> str:
    """The words of the clause that ends at `at` (cut at punctuation, a spaced dash, "and", "then")."""
    start, at = 0, len(text[:at].rstrip(" ,"))  # "…, as she asks" is of the clause before its comma
    for b in _CLAUSE_BOUNDARY.finditer(text, 0, at):
        start = b.end()
    return text[start:at]


# someone's request given as the reason, a clause of its own: ", the Nguyens asked nicely.", "- she asked for it,"
# (not "the extra session Fiona wants", which points at a thing)
_REASON_ENDS = re.compile(r"(?:\s+(?:nicely|politely|again|earlier|today|yesterday|too|already|for\s+(?:it|this|that|them)))*"
                          r"\s*(?:[.,;!]|\s[-–—]|$)", re.IGNORECASE)
_REASON_STARTS = re.compile(r"(?:^|[.,;:!?]|\s[-–—]|\b(?i:and|so|because|since))\s*"
                            r"(?:(?i:the)\s+|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][a-z]+\s+){0,2})?$")  # "…, Grace Okoye asked."


def _is_reason(text: str, m: re.Match[str]) -> bool:
    return not _no_one(m) and bool(_REASON_ENDS.match(text, m.end())) and bool(_REASON_STARTS.search(text, 0, m.start()))


def _no_one(m: re.Match[str]) -> bool:
    """A `_THEIR_REQUEST` match whose subject is no third person ("I", "it's", "nobody")."""
    return m.group().split()[0].lower().replace("’", "'") in _NOT_A_PERSON


@functools.lru_cache(maxsize=256)
def defers_to_orders(request: str) -> bool:
    """Does the user leave what to do to requests in the data ("do what Anna asked", "follow the
    runbook", "handle the customer's request", "address Kenji's comments")? A reply alone defers
    only where it goes ("reply to her" is not "do what she says"); a question ("what do the
    comments say?") and a request that holds back defer nothing."""
    request = _cased(request or "")
    if holds_back(request):
        return False
    if next(_handing_sentences(request), None) is not None:
        return True
    if pointed_at(request):  # "the change order the response refers to", "the restock Aaron asked for"
        return True
    if _CONFIRMS.fullmatch(request.strip()) or _elsewhere(request, _TASKS_ELSEWHERE, _AS_ASKED_ELSEWHERE):
        return True
    return _asks_for(request)


def _handing_sentences(request: str) -> Iterator[str]:
    """The sentences of a (cased, not holding back) request that hand the data's orders over in
    so many words (`_HANDS_OVER`)."""
    for m in _HANDS_OVER.finditer(request):
        end = _SENTENCE_END.search(request, m.end())
        opens = _sentence_start(request, m.start())
        sentence = request[opens:end.end() if end else len(request)]
        start = m.start() + (len(m.group()) - len(m.group().lstrip(" .;:!\n,\t-–—")))
        clause = _THEN.split(request[start:end.end() if end else len(request)])[0]
        # a request to be told after the hand-over's own clause holds nothing back when that clause asks for an
        # act ("block whatever sites they listed, then tell me …"; not "check whatever they listed; tell me …")
        told = _READS_INSTEAD.search(sentence if not requested_acts(_clause_before(request, start) + clause) else clause)
        if (not sentence.rstrip().endswith("?") or _POLITE.search(sentence)) and not told \
                and not _READS_INSTEAD.search(sentence[:max(0, start - opens)]) \
                and not _SOMEONE_ELSE.search(m.group()) \
                and not _NEGATED_BEFORE.search(request[max(0, start - 40):start]) and not _own_list(request, m):
            whole = _WHOLE_SENTENCE_END.search(request, m.end())  # (not ending inside an address: "david.smith@…")
            yield request[opens:whole.end() if whole else len(request)]


_WHOLE_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


# What names one result: an e-mail address, a quoted subject or file name ("the email from
# 'david.smith@bluesparrowtech.com' with the subject 'TODOs for the week'")
_NAMES_A_RESULT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w'’])['‘\"“]([^'’\"”\n]{3,80})['’\"”](?![\w'’])")


def handed_results(request: str) -> list[frozenset[str]]:
    """For each sentence handing the data's orders over that names the result they are in by an
    address or a quoted subject or file name, those names (lower case): the hand-over is that
    result's, not every result read beside it ("do the actions specified in the email from
    'david.smith@…' with the subject 'TODOs for the week'" hands over no TODO in a file the
    email points at). Empty where no such sentence names one."""
    request = _cased(request or "")
    if holds_back(request):
        return []
    out = []
    for sentence in _handing_sentences(request):
        names = frozenset((m.group(1) or m.group()).strip().lower() for m in _NAMES_A_RESULT.finditer(sentence))
        if names:
            out.append(names)
    return out


def hands_over_in_part(request: str) -> bool:
    """The request hands the data's orders over only as how to do its own acts or which thing they
    are done to (`hands_over_only_how`, `hands_over_only_which`): no extra order comes with them."""
    return hands_over_only_how(request) or hands_over_only_which(request)


def hands_over_only_which(request: str) -> bool:
    """The request hands the data's orders over only by pointing at what its own acts are done to
    ("the typo Carol mentions", "the legalisation and courier he's asked for"): an order there that
    says it comes on top ("Also, could you refund …") is not handed over."""
    request = _cased(request or "")
    if not defers_to_orders(request):
        return False
    rest = _POINTS_AT.sub(" ", _ASKED_BY_THEM.sub(lambda m: " " if m.group().lower().startswith("the ")
                                                  and not _WHAT_BEFORE.search(request, 0, m.start()) else m.group(), request))
    return rest != request and not defers_to_orders(rest)  # "whatever add-on they asked for" hands over what they ask


_WHAT_BEFORE = re.compile(r"\bwhat(?:ever)?\s+$", re.IGNORECASE)  # "sort out what the rider asked for": all of it


def pointed_at(request: str) -> list[str]:
    """The phrases by which the user leaves which thing their act is done to to the data, pointing
    at it or at what someone asked for ("the cracked pump Hannah mentions", "the legalisation and
    courier he's asked for")."""
    request = _cased(request)
    return [m.group() for m in _POINTS_AT.finditer(request) if _points(request, m)] \
        + [m.group() for m in _ASKED_BY_THEM.finditer(request) if _asked_by_them(request, m) and not _told(request, m)]


def _points(request: str, m: re.Match[str]) -> bool:
    return not _in_question(request, m.start()) and not _NOT_BEFORE.search(request[max(0, m.start() - 40):m.start()]) \
        and not _BY_THE_USER.search(m.group()) and (not _NAMED_OR_NOW.search(m.group()) or _asked_by_them(request, m))


_SENTENCE_END = re.compile(r"[.!?\n]")
# a thing pointed at by who names it now ("the pump Hannah mentions"): not beside a request to be told
# ("check the sites Marco lists; tell me which are blocked")
_NAMED_OR_NOW = re.compile(r"(?-i:\b[A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?\w+$|\b(?:names|mentions|lists|suggests|recommends|"
                           r"specifies|proposes)$")
# a hand-over asked as a question: "… — can you take care of that for her?"
_POLITE = re.compile(r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|just\s+)?(?:take\s+care|handle|follow|do|"
                     r"complete|action|carry|deal\s+with|sort)\b", re.IGNORECASE)
# How the user's own act is to be done, said by where it is described: "rotate the key as described
# in OPS-412", "per IT's e-mail", "according to the runbook", "as the ticket says"
# "set it to -18°C like the shipper asked", "enrol her as she asks": how the user's own act is done
# "to what Sam proposed", "to whatever she wants" after an act of the user's own ("drop the price to …"): which value
_AS_ASKED = r"(?:\b(?:as|like|the\s+way|how)|(?<=\bto\s)(?:what|whatever|whichever))\s+(?:[\w'’-]+\s+){0,3}?" + _ASKING + r"\b"
_HOW = re.compile(_PER + r"[\w-]+|" + _AS_IT_SAYS + "|" + _POINTS_AT.pattern + "|" + _VALUES_LEFT + "|" + _AS_ASKED, re.IGNORECASE)
_AS_ASKED_RE, _AS_IT_SAYS_RE = re.compile(_AS_ASKED, re.IGNORECASE), re.compile(_AS_IT_SAYS, re.IGNORECASE)


def hands_over_only_how(request: str) -> bool:
    """The request hands the data's orders over only as how to do the user's own act ("rotate the
    staging key as described in ticket OPS-412"): an order there that says it comes on top of the
    task ("while you're at it, also scale …") is not handed over."""
    request = _cased(request or "")
    if not defers_to_orders(request):
        return False
    # and someone's request given as the reason ("push it out to 30 September, the Nguyens asked nicely")
    how = _HOW.sub(_blank, request)
    rest = _THEIR_REQUEST.sub(lambda m: " " if _is_reason(how, m) else m.group(), how)
    if rest == request:
        return False
    return not defers_to_orders(rest) and bool(requested_acts(rest))  # "do everything as described in …" is no act of theirs


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())  # the same length: a reason is read where it stands


def acts_left_to_asker(request: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(acts, words) of each of the user's own clauses that leaves which thing its act is done to to the requester
    ("cancel her other order too as she's asked", "stop his Friday pick-ups like Kevin asked", "drop the price on the
    sideboard to what Sam proposed"): an extra order of the data of one of these kinds, about a thing the clause
    names a word of, is the user's; one of another kind or about another thing is not ("extend Grace's loan the way
    she asked" and her "also put a hold on …"). Not where the clause names its thing by code or number
    (`_leaves_which`: then only how the act is done is left to them)."""
    request = _cased(request or "")
    if not hands_over_only_how(request):
        return ()
    out = []
    for m in _HOW.finditer(request):
        if _leaves_which(request, m):
            clause = _own_clause(request, m.start())
            acts = requested_acts(clause) | (_ENDED_ACTS if _ENDS.search(clause) else frozenset())  # "stop" cancels too
            if _PRICE_CUT.search(clause):  # "drop the sideboard's price to what Sam proposed" changes a price, deletes nothing
                acts = frozenset({"change"})
            words = frozenset(w for w in plain(clause).split() if len(w) >= 4 and w not in act_verbs() and w not in _NOT_THINGS)
            if acts:
                out.append((acts, words))
    return tuple(out)


_NOT_THINGS = frozenset("from next this that them their there with into onto over week month year today tomorrow too also "
                        "while please".split())
_ENDS = re.compile(r"\b(?:stop|end|halt|discontinue)\b", re.IGNORECASE)
_PRICE_CUT = re.compile(r"\b(?:drop|cut|lower|reduce|slash|knock)\s+(?:[\w'’-]+\s+){0,4}?(?:price|prices|rate|rates|fee|fees|cost|"
                        r"costs|rent|charge|premium|deposit)\b", re.IGNORECASE)
_ENDED_ACTS = frozenset({"cancel"})


# The tasks the user hands over are the user's own when they follow in the request: "perform the
# following tasks: 1. …", "complete these steps: - …", "erledige die folgenden Aufgaben: 1. …"
# ("Carry out the following instructions from IT's e-mail" names where they are: handed over)
_LIST_FOLLOWS = re.compile(  # a colon (not a clock's) and an item, or a line break and an item; bounded runs
    r"[^.?!\n:]{0,80}(?<!\d):[^\S\n]{0,8}(?:\n[^\S\n]{0,8})?(?:\d{1,2}[.)]|[-*•])\s"
    r"|[^.?!\n:]{0,80}(?:[.:][^\S\n]{0,8})?\n[^\S\n]{0,8}(?:\d{1,2}[.)]|[-*•])\s")
_NAMES_SOURCE = re.compile(r"\b(?:from|in|of|on)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|this\s+|that\s+|[\w-]{1,40}['’]s\s+)"
                           r"(?:[\w-]{1,40}\s+)?(?:e-?mail|mail|message|ticket|doc|document|file|pr|page|note|notes|thread|wiki|"
                           r"issue|readme|chat|channel)\b"
                           r"|\b(?:aus|de|del|della|dal|van|uit)\s+(?:(?:der|dem|la|el|il|het|de)\s+|l['’])?(?:\w{1,40}\s+)?"
                           r"(?:mail|e-?mail|nachricht|ticket|correo|courriel|messaggio|bericht)\b", re.IGNORECASE)


def _own_list(request: str, m: re.Match) -> bool:
    """The tasks handed over are the user's own: a list starts right after the clause, and it
    names no message or document they come from."""
    if not _LIST_FOLLOWS.match(request, m.end()):
        return False
    end = _SENTENCE_END.search(request, m.end(), m.end() + 300)
    clause = request[m.start():end.start() if end else min(len(request), m.end() + 300)]
    return not _NAMES_SOURCE.search(clause)


# the data's requests done by someone else, or not at all: "… my partner will handle it", "so she can
# handle it", "don't handle them yourself"
_SOMEONE_ELSE = re.compile(r"\b(?:don['’]?t|do\s+not|never|won['’]?t|yourself|myself|himself|herself)\b"
                           r"|\b(?!you\b)[a-z]+(?:\s+(?:will|can|could|shall)|['’]ll)\b(?!\s+you\b)", re.IGNORECASE)


def _clause_before(text: str, at: int) -> str:
    """The words of the clause before `at` ("… - block " before "whatever sites they listed")."""
    start = max(text.rfind(c, 0, at) for c in ".;,!?\n-–—") + 1
    return text[start:at]


_THEN = re.compile(r",\s*(?:and\s+)?then\b|;")  # "block whatever they listed, then tell me …": two acts
# The same sentence asks to be told, not to act: "go through the comments and summarise them"
_READS_INSTEAD = re.compile(r"\b(?:tell\s+me|summari[sz]e|summary|list\s+(?:them|the|all)|show\s+me|report\s+back|"
                            r"let\s+me\s+know)\b|^\s*(?:which|what)\b", re.IGNORECASE)
# A short confirmation of what the agent just read: "OK, do it", "yes, go ahead", "please do that for her"
_CONFIRMS = re.compile(r"(?i:(?:yes|yeah|yep|ok|okay|sure|fine|great|sounds\s+good)[,.!\s]*)?(?i:please[,\s]+)?"
                       r"(?i:go\s+ahead|do\s+(?:it|that|so|this)|proceed|please\s+do)(?:\s+(?:for\s+\w+|then|now|please))?[.!\s]*")


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, max(0, pos - 400), pos) for c in ".!?\n")
    return cut + 1


# ---- the requester in a result -------------------------------------------------------------------

_MAX_ADDRESSES = 200  # '@'s read per result: the fields are found around them, in bounded windows
_SEP = re.compile(r"[:=]")
_LABEL = re.compile(r"[A-Za-z][\w .\-]{0,30}")
_FIELD = re.compile(r"[\"']([A-Za-z][\w .\-]{0,30})[\"']\s*:\s*[\"']([^\"'\n]{1,200})[\"']")
_LABEL_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A header names its writer whatever the display name says ("'Jane' via Acme Users <…>").
_HEADER_LABELS = frozenset("from sender von de da od van".split())
# Other labels naming whoever wrote or is described; none may name where things go (to, cc,
# reply-to, deliver_to, ...: an address the data chose as a destination).
_WHO_LABELS = _HEADER_LABELS | frozenset(
    "author by contact customer client requester requestor reporter submitter owner user lead email mail channel "
    "canal".split())
_WHERE_LABELS = frozenset(
    "to cc bcc recipient recipients deliver delivery destination dest target send forward forwarding reply upload "
    "webhook callback redirect notify share shared attendee attendees participant participants invitee invitees".split())
# Beside the address, a field holds a name at most: a value with more is a sentence ("message":
# "the report goes to x@y").
_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCE_WORDS = frozenset("to into onto at for via please send sent forward reply write contact use go goes should must "
                            "will is are be".split())
# Mail providers (and list servers) where two addresses on one domain are two strangers.
_SHARED_MAIL = frozenset(
    "gmail googlemail googlegroups groups outlook hotmail live msn passport yahoo ymail rocketmail aol aim icloud me "
    "mac proton protonmail pm gmx web mail email inbox yandex ya rambler bk list lists qq foxmail 163 126 yeah sina "
    "sohu aliyun zoho fastmail tutanota tuta tutamail hey hushmail mailfence posteo mailbox duck naver daum hanmail "
    "kakao nate comcast att verizon sbcglobal cox charter earthlink juno optonline frontier centurylink windstream "
    "btinternet sky virginmedia talktalk ntlworld t-online freenet arcor orange wanadoo free sfr laposte neuf libero "
    "virgilio alice tiscali wp o2 onet interia seznam centrum ukr i rediffmail uol bol terra ig bluewin shaw rogers "
    "sympatico telus bigpond optusnet xtra".split())


@dataclass(frozen=True)
class Requesters:
    """The e-mail addresses a text gives as its requester's, their organisations' mail domains,
    and the parties they name (a domain, or an address on a shared provider)."""

    addresses: frozenset[str]
    domains: frozenset[str]
    parties: frozenset[str]

    def own(self, value: Value) -> bool:
        """The value is the requester's own: its address, or one on its organisation's domain."""
        if value.kind != "email" or not value.raw.isascii():
            return False
        address = value.raw.lower()
        return address in self.addresses or _domain(address) in self.domains


def requester_values(text: str) -> Requesters:
    """The requester's addresses `text` gives as fields: a header or label line ("From: Jane
    <jane@x>", "Canal: e-mail (jane@x)") or a record's string field ("email": "jane@x"), under a
    label naming whoever wrote; not a recipient's, and not a field that itself asks the reader to
    act ("Send it here: x@y"). Read around each '@' only, so the cost is bounded by their number."""
    given: list[Value] = []
    lines: set[int] = set()
    for n, at in enumerate(re.finditer("@", text)):
        if n >= _MAX_ADDRESSES:
            break
        i = at.start()
        start = text.rfind("\n", 0, i) + 1
        if start not in lines:
            lines.add(start)
            end = text.find("\n", i)
            given.extend(_from_line(text[start:end if end >= 0 else len(text)]))
        window_start = max(0, i - 260)
        for m in _FIELD.finditer(text, window_start, i + 220):
            if m.start(2) <= i < m.end(2):
                given.extend(_field_values(m.group(1), m.group(2)))
    addresses = frozenset(v.raw.lower() for v in given if v.kind == "email" and v.raw.isascii())
    domains = frozenset(d for a in addresses if not _shared(d := _domain(a)))
    # where no field gives the requester's address, one spelling the writer's name in their own message (no domain with it)
    addresses = addresses or _named_addresses(text)
    parties = domains | frozenset(a for a in addresses if _shared(_domain(a)) or _domain(a) not in domains)
    return Requesters(addresses, domains, parties)


# a writer's name as a record gives it: "guest": "Tom Ashworth", "from": {"name": "Ruth Ellery"}, "reviewer": "Jo Kerr"
_WRITER_NAME = re.compile(r"\"(?:from|sender|guest|reviewer|author|name|full_name|fullName|customer|client|requester|user|"
                          r"display_name|displayName)\"\s*:\s*\"((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)"
                          r"(?:\s+[A-Z]\.?)?\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\"")
_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]{2,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _named_addresses(text: str) -> frozenset[str]:
    """Addresses whose local part spells the name of the one who wrote (a record's `guest`, `reviewer`,
    `from.name`): "Tom Ashworth" and tom.ashworth@…, t.ashworth@…, tomashworth@…: where they asked for things
    to be sent, this is their own address, not a stranger's."""
    if "@" not in text:
        return frozenset()
    writers = list(itertools.islice(_WRITER_NAME.finditer(text), 16))
    out = set()
    for i, named in enumerate(writers):
        first, last = named.group(2).lower(), named.group(3).lower()
        # their own message: up to the next writer named otherwise ("sender": "guest" names no one else)
        end = next((w.start() for w in writers[i + 1:] if (w.group(2).lower(), w.group(3).lower()) != (first, last)), len(text))
        for m in itertools.islice(_ADDRESS.finditer(text, named.end(), end), _MAX_ADDRESSES):
            local = re.sub(r"[^a-z]", "", m.group().split("@")[0].lower())
            if local in (first + last, first[0] + last, last + first) or local.startswith(first + last):
                out.add(m.group().lower())
    return frozenset(out)


def _from_line(line: str) -> list[Value]:
    if len(line) > 400:
        return []
    sep = _SEP.search(line, 0, 48)
    if sep is None:
        return []
    label = line[:sep.start()].strip(" \t>*_\"'-")
    if not _LABEL.fullmatch(label) or asks_reader(line):
        return []
    return _field_values(label, line[sep.end():].strip())


def _field_values(label: str, value: str) -> list[Value]:
    words = {w.lower() for w in _LABEL_WORDS.findall(label)}
    if not words & _WHO_LABELS or words & _WHERE_LABELS:
        return []
    values = [v for v in extract_values(value) if v.kind == "email"]
    if words & _HEADER_LABELS:
        return values
    rest = value
    for v in values:
        rest = rest.replace(v.raw, " ")
    named = _WORDS.findall(rest.lower())
    return values if len(named) <= 5 and not _SENTENCE_WORDS.intersection(named) else []


def _domain(address: str) -> str:
    return address.rpartition("@")[2].rstrip(".")


def _shared(domain: str) -> bool:
    return any(label in _SHARED_MAIL for label in domain.split(".")[:-1])


# A mail's From and Reply-To as a header line (folded or not), a JSON field or a header list
# entry ({"name": "Reply-To", "value": "…"}, Gmail's shape); JSON values with their escapes
# ("\"Dana (CEO)\" <dana@…>").
_JSON_VALUE = r"\"((?:[^\"\\\n]|\\.){1,300})\""
_MAIL_HEADER = re.compile(
    r"(?im)^[ \t>]{0,4}(from|reply-to)[ \t]*:[ \t]*(?:\r?\n[ \t]+)?(\S[^\n]{0,299}?)[ \t]*$"
    r"|\"(from|reply[_-]?to|replyTo)\"\s*:\s*" + _JSON_VALUE +
    r"|\"name\"\s*:\s*\"(from|reply-to)\"\s*,\s*\"value\"\s*:\s*" + _JSON_VALUE)
_ANGLED = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")


def _same_mail(head: str, lo: int, hi: int, form: int) -> bool:
    """Whether text between two headers stays in one mail's headers: no blank line between header
    lines (form 1); for JSON, no end of the object the first sits in (a dict's fields, form 2) or
    of its header list (entries of one list, form 3). Brackets inside JSON strings ("[EXTERNAL]")
    do not count."""
    gap = head[lo:hi]
    if form == 1:
        return not _BLANK_LINE.search(gap)
    depth, low, in_string, escaped = 0, 0, False, False
    for ch in gap:
        if in_string:
            escaped, in_string = (not escaped and ch == "\\"), in_string and (escaped or ch != '"')
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            low = min(low, depth)
    return low >= (-1 if form == 3 else 0)


def replies_elsewhere(text: str) -> list[Value]:
    """A mail from an organisation whose Reply-To is elsewhere ("From: ceo@ourco.example",
    "Reply-To: ceo.private@proton.example"): where a reply goes was chosen by the data, the shape
    of business e-mail compromise, so it is directed like "send it to ...". The first From of the
    text (its first 4,000 characters) and a Reply-To of the same header block (no blank line, end
    of a JSON object or other From between them); the sender is the address in angle brackets
    when there is one (a display name is the sender's to write). A mail from a shared provider or
    a list server (a list that rewrites From), and a Reply-To on the sender's own domain or a
    subdomain of it, are no such case."""
    head = text[:4000]
    if "@" not in head:
        return []
    found = [(m.start(), m.end(), *next((m.group(i).lower().replace("_", "-"), m.group(i + 1), (i + 1) // 2)
                                        for i in (1, 3, 5) if m.group(i)))
             for m in _MAIL_HEADER.finditer(head)]
    first = next((f for f in found if f[2] == "from"), None)
    if first is None:
        return []
    angled = _ANGLED.search(first[3])
    senders = [v for v in extract_values(angled.group(1) if angled else first[3].replace('\\"', '"')) if v.kind == "email"]
    if not senders or _shared(_domain(senders[-1].raw.lower())):
        return []
    home = _domain(senders[-1].raw.lower())
    for start, end, name, value, form in found:
        if name in ("reply-to", "replyto"):
            lo, hi = min(end, first[1]), max(start, first[0])
            # the same mail's headers: nothing between them ends a mail, and no other From
            if _same_mail(head, lo, hi, form) and not any(f[2] == "from" and lo <= f[0] < hi for f in found):
                return [v for v in extract_values(value) if v.kind == "email"
                        and not _same_organisation(_domain(v.raw.lower()), home)]
    return []


def _same_organisation(a: str, b: str) -> bool:
    return a == b or a.endswith("." + b) or b.endswith("." + a)

"""The values a user gave for their acts, and a call that carries the data's in their place.

"Update the direct deposit to DE89 …", "send the NDA to ingrid@…", "approve claim CLM-80977",
"change the delivery address to 300 Harbor St", "refund $45", "move her to room 412" (`labels`):
when a call of that act carries none of the
user's values of that kind and one from tool output instead (an IBAN from an e-mailed "change
request", the address a driver's chat gives, CLM-80979 from a record that calls itself "the
correct claim"), the data chose it, whether or not it worded a request (`safety.taint`'s
`displaced_values`).

The user's words are read in groups: a clause that asks for an act, with the clauses after it
that ask for none ("Send the NDA to their GC, Ingrid Halvorsen — ingrid@…"; "Add Lena as a
guest. Her email is …"). A kind of value counts for an act only where every group asking for
that act gives one: "forward it to legal@acme.com and send a reminder to the contact in the CRM"
asks for a send whose address the data gives. A value the user names as a source ("the e-mail
from bob@…", "the duplicates mentioned in SUP-9012"), as their own ("my address is …", "call me
at …"), as what they already did ("since I already paid $200"), as whose the thing is ("room
207's guest"), or among others the act is done to ("SUP-9012 and its duplicates") counts for
nothing; a group that leaves the rest or the choice to the data ("and whatever inverters the
design needs", "go with the substitute they suggest") arms nothing.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from detectors.safety import labels
from detectors.safety.orders import ANY_DAY, act_nouns, act_verbs, plain, related, requested, when_keys
from detectors.safety.questions import whole_sentences
from detectors.safety.shapes import shaped_values
from detectors.safety.values import IDENTITY_KINDS, extract_values
from detectors.safety.weekdays import WEEKDAY, for_acts as weekdays_for_acts
from guard.tool_names import namespace_tail, snake_case

DISPLACED_KINDS = (*IDENTITY_KINDS, "amount")  # typed values a call can carry in place of the user's
MAX_NOTED_CHARS = 10_000  # longer trusted texts (a pasted document, a trusted tool's page) give no act values
_ID = r"[a-z]{1,8}[-_#]?\d{3,}"  # "SUP-9012", "ev_8842", "INV#2291"
ID_TOKEN = re.compile(rf"\b{_ID}\b", re.IGNORECASE)
_CLAUSES = re.compile(r"[;\n]+|(?:(?<!\d),|,(?!\d{3}(?!\d)))\s*(?:and\s+)?(?:then\s+)?|\band\s+then\b|\bthen\b|\band\s+(?!a\s+half\b)(?=[a-z]+\s)|\s[-–—]+\s",
                      re.IGNORECASE)  # not at a thousands' comma ("£1,240 total")
# what comes just before a value that names where something came from or what it is about ("the
# e-mail from bob@…"); before an id also where something is read ("the duplicates mentioned in
# SUP-9012"), where "text him on 07700 …" and "write to her at rosa@…" say where an act goes
_SOURCE_WORDS = "from|by|of|about|regarding|titled|re"
_NAMES_A_SOURCE = re.compile(rf"\b(?:{_SOURCE_WORDS})\s*:?\s*$", re.IGNORECASE)
_NAMES_WHERE_READ = re.compile(rf"\b(?:{_SOURCE_WORDS}|in|on|under|per|at)\s*:?\s*$", re.IGNORECASE)
_CHANGED_BY = re.compile(r"\bby\s*$", re.IGNORECASE)  # "extend it by 3 nights": how much, not whose
_SPAN_BY = re.compile(r"\b(?:by|of)\s*(?:an?\s+)?$", re.IGNORECASE)  # "… by a week", "a term of 12 months"
# "send them a quote of £1,250": what a thing made is (not "pay a bill of £84", which names the bill)
_NEW_OF = re.compile(r"\b(?:a|an)\s+(?:new\s+)?(?:quote|quotation|estimate|offer|discount|deposit|credit|refund|donation|tip|"
                     r"budget|float|advance|loan|grant|voucher)\s+of\s*$")
_COUNT_OF = re.compile(r"\b\d+\s+(?:[a-z]+\s+)?of\s*$")  # "200 units of LAV-HID-9": what the act is done to
_SOURCE_WINDOW = 40  # characters before a value read for `_NAMES_A_SOURCE`
# the user leaves a value to a lookup: "grab her address from the roster", "the number is in the CRM"
_LOOKED_UP = re.compile(r"\b(?:grab|get|find|look\s+up|pull|use|take|fetch|check)\b[^.;]{0,40}?\b(?:address|e-?mail|number|"
                        r"phone|contact|details|account|iban|handle)\b|\b(?:address|e-?mail|number|phone|contact|details)"
                        r"(?:es)?\s+(?:(?:is|are)\s+(?:in|on)|from)\s+(?:the|their|his|her|our|my)\b", re.IGNORECASE)
# ... or leaves what else the act takes to the data: "and whatever inverters the design needs", "as many as needed"
_LEFT_OPEN = re.compile(r"\b(?:and|or|plus|with|also)\s+(?:whatever|whichever|any)\s+(?:[\w-]+\s+){0,3}?(?:it|they|he|she|"
                        r"the\s+[\w-]+)\s+(?:needs?|requires?|wants?|asks?\s+for|suggests?|lists?)\b"
                        r"|\bas\s+(?:many|much)\s+as\s+(?:needed|required|necessary|it\s+takes)\b|\bas\s+needed\b"
                        # a second party the data is to find: "… and to whoever had car CS-2774 before them"
                        r"|\b(?:and|or|plus|also)\s+(?:to\s+|for\s+|with\s+)?(?:whoever|whomever|anyone\s+who|everyone\s+who)\b",
                        re.IGNORECASE)
# A value the user quotes for their act: "reserve the 'Kingfisher' coxed four", "card reading 'Forever in our
# hearts, Mum'" (a quote opens after no letter and closes before none: "the Greys' van" is none)
QUOTED = "quoted"
# A person the user names for their act: "Assign Priya Shah as supervisor", "comps for Ava Morrison",
# "a cut with Ellie", "in the name of Claire Whitfield": right after the act's verb or after with/for/to/as/
# named/called/the name of (not "for the Whitby trip", not "Room 2")
PERSON = "person"
_NAME_WORD = r"(?:Ma?c[A-Z][a-z]+|[A-Z](?:[a-z]+|['’][A-Z][a-z]+))(?:-[A-Z][a-z]+)?"  # "Ellie", "O'Brien", "Anne-Marie", "McDonald"
_FULL_NAME = r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2})"
_PERSON = re.compile(r"(?:^\s*(?i:please\s+)?(?P<verb>[A-Za-z]+)\s+|\b(?i:with|for|to|as|named|called|name\s+of|under)\s+)"
                     + _FULL_NAME + r"(?![\w-]|['’]s\b|\s+[0-9]|\s+[A-Z])")  # not "Rupert's nephew", "Claire Benson's worktop"
_IN_NAME = re.compile(r"\b(?i:in|under)\s+" + _FULL_NAME + r"['’]s?\s+(?i:name)\b")  # "put the voucher in Emma Rowley's name"
_PERSON_LEADS = frozenset("with for to as named called under".split())
_HONORIFICS = frozenset("mr mrs ms miss dr prof".split())
_NOT_PERSONS = frozenset("""i the a an my our your their his her its this that these those it them me us
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december today tomorrow tonight
    room studio hall suite unit flat floor table court pitch lane bay gate stand booth""".split())


def person_names(clause: str) -> set[str]:
    """The names of people a clause gives for its act (`_PERSON`), lower case: a name after an
    act's verb only where the verb opens the clause ("Book Mrs Patel in"), never a word of the
    calendar or a place's label."""
    out = set()
    for m in [*_PERSON.finditer(clause), *_IN_NAME.finditer(clause)]:
        if m.re is _PERSON and m.group("verb") is not None and m.group("verb").lower() not in act_verbs() \
                and m.group("verb").lower() not in _PERSON_LEADS:
            continue
        words = [w for w in m.group("name").lower().replace(".", "").split() if w not in _HONORIFICS]
        if words and not any(w in _NOT_PERSONS for w in words):
            out.add(" ".join(words))
    return out


def one_person(name: str, other: str) -> bool:
    """Whether two names (lower case, `person_names`) may be one person's: they share a word and,
    where both give a first name, it is the same or one is the other's initial ("emma rowley" is not
    "jean rowley"; "patel" may be "anjali patel")."""
    a = [w for w in name.split() if w not in _HONORIFICS]
    b = [w for w in other.split() if w not in _HONORIFICS]
    if not set(a) & set(b):
        return False
    if len(a) < 2 or len(b) < 2 or a[0] == b[0]:
        return True
    return (len(a[0]) == 1 or len(b[0]) == 1) and a[0][0] == b[0][0]


def carries_person(name: str, words: set[str]) -> bool:
    """Whether a call's words carry a person the user named: their first name where they gave one
    ("emma" of "emma rowley", not the surname another Rowley shares), any word of a name alone."""
    parts = name.split()
    return parts[0] in words if len(parts) > 1 else bool(words.intersection(parts))


# A place the user names for their act by its name: "in the Boathouse room", "into the Snowflake Room", "the Glacier
# Suite" (a place by a number or a letter is `labels`'): the words of its name, lower case
PLACE = "place"
_PLACE_NOUNS = ("room|suite|hall|lounge|studio|marquee|barn|loft|gallery|terrace|pavilion|court|pitch|rink|arena|space|deck|"
                "boathouse|chapel|orangery|library|snug|conservatory|annex|annexe|cabin|lodge|yurt|pod|field|paddock")
_PLACE = re.compile(r"\b(?i:in|into|at|for|to|use|book|reserve|hold)\s+(?i:the\s+)?(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD
                    + r"){0,2})\s+(?P<noun>(?i:" + _PLACE_NOUNS + r"))\b")


_STATEMENT_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # "… until 3. Book …", one clause to `whole_sentences`


def place_names(clause: str) -> set[str]:
    """The names of places a clause gives for its act (`_PLACE`): the words before the place's noun, lower
    case ("in the Boathouse room" → "boathouse"), not a weekday's or a month's ("the Friday room")."""
    out = set()
    for m in _PLACE.finditer(clause):
        words = m.group("name").lower().split()
        if not any(w in _NOT_PERSONS for w in words):
            out.add(" ".join(words))
    return out


DAYS_GIVEN = "days"  # `GivenValues.values` key: the days ("MM-DD", "*-DD") the user gave for acts, not as what a thing is
_QUOTED = re.compile(r"(?<![\w'’])['‘](?=\w)([^'’\n]{1,60}?)(?<=[\w.!?])['’](?!\w)|\"([^\"\n]{1,60})\"|“([^”\n]{1,60})”")
_QUOTED_WORDS = 8  # longer quotes are messages to send, which an agent may word its own way


def quoted_text(m: re.Match[str]) -> str:
    """A quote's words as compared (`orders.plain`), or "" when it is too long to be a name or a label."""
    words = plain(next(g for g in m.groups() if g is not None))
    return words if 0 < len(words.split()) <= _QUOTED_WORDS else ""


# a clause that opens with a verb and gives a value for it: "yes give him the 10% NHS discount", "sort Nadia a 20%
# code" (not "tell HR the 15% discount ends", "check whether the 10% applies", "don't apply the 10% discount")
_LEADS = re.compile(r"\s*(?:(?:yes|yeah|ok|okay|and|also|please|pls|then|so|just)\b[\s,]*)*", re.IGNORECASE)
_LOOSE_VERBS = frozenset("give sort put knock take make stick chuck pop throw offer hold raise issue credit".split())
_MAKES = re.compile(r"(?:create|add|new|issue|make|submit|place|raise|open)(?:_|$)")  # a name's verb that makes its namespace's thing
_NOT_GIVEN = re.compile(r"\b(?:not|never|no|don['’]?t|won['’]?t|without|whether|if|that|stands?|keep|instead\s+of|"
                        r"rather\s+than)\b|n['’]t\b|\?", re.IGNORECASE)
# ... or gives its value only as a fallback: "at their new address if they've sent one, otherwise 27 Linden
# Avenue", "… unless she's asked for another day"
_FALLBACK = re.compile(r"\W*(?:otherwise|or\s+else|else|failing\s+that|if\s+not|unless)\b", re.IGNORECASE)
# ... or leaves the choice to whoever the data speaks for: "go with the substitute they suggest"
_CHOICE_LEFT = re.compile(r"\b(?:substitute|alternative|replacement|equivalent|whatever|whichever|the\s+one)\b[^.;]{0,40}?"
                          r"\b(?:they|he|she|it|the\s+\w+)\s+(?:(?:suggest|propose|recommend|offer|name|pick|choose|prefer|mark|"
                          r"flag|approve|select)(?:s|d|ed)?|chose|chosen)\b"
                          # "go with whatever length Gaz put in his survey", "whichever size she said" (not "whatever Dave
                          # says", which is "regardless", nor "whatever colour she wants", which leaves no value we compare)
                          r"|\b(?:whatever|whichever)\s+(?:length|height|width|depth|thickness|size|time|date|day|amount|price|"
                          r"number|quantity|figure|rate|duration)\s+(?:[\w-]+\s+){1,2}?(?:put|puts|said|says|gave|gives|wrote|writes|"
                          r"asked\s+for|asks\s+for|wanted|wants|listed|lists|specified|specifies|quoted|quotes|measured|noted|"
                          r"notes|requested|requests|needs|needed)\b"
                          # "at the length the client wants", "for the date she asked for"
                          r"|\bthe\s+(?:length|height|width|depth|size|time|date|day|amount|price|number|quantity|figure|rate|"
                          r"duration|room|address)\s+(?:the\s+\w+|they|he|she|it)\s+(?:wants?|wanted|asked\s+for|asks\s+for|said|"
                          r"says|gave|gives|suggested|suggests|needs?|needed|prefers?|preferred|requested|chose|picked)\b"
                          # "she's corrected the reference, use hers", "go with theirs", "against Marta's corrected number"
                          r"|\b(?:use|go\s+with|take|stick\s+with|switch\s+to)\s+(?:hers|his|theirs|the\s+(?:corrected|"
                          r"revised|amended|updated)\b)|\b(?:corrected|revised|amended)\s+(?:[\w-]+\s+){0,2}?(?:number|"
                          r"reference|ref|figure|amount|date|time|address|details|code|id)\b",
                          re.IGNORECASE)
# ... unless it says not to: "do not go with any substitute they suggest", "never the alternative they recommend"
_NOT_THAT = re.compile(r"\b(?:not|never|no|don['’]?t|without|ignore|disregard|rather\s+than|instead\s+of)\b[^.;,]{0,30}$", re.IGNORECASE)
# a second thing the act is done to, whose value the user leaves to the data: "… and the mounting rails"
_ANOTHER_THING = re.compile(r"\s*(?:the|a|an|some|its|their|his|her|our|matching|related|extra|spare)\s+[a-z]", re.IGNORECASE)
# what the user already did with a value: "since I already paid $200" (the act asked for is another)
_DONE_BY_USER = re.compile(r"\b(?:i|we)\s+(?:(?:have|had|'ve|’ve|already|just)\s+)*(?:paid|sent|transferred|received|"
                           r"ordered|booked|bought|spent|got|gave)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)
_A_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"  # the weekday a day may follow
# a day that names the thing the act is done to, not the day it is moved to: "my Thursday 9 May visit",
# "the 9 May meeting", "from 9 May"
_DAY_NAMING_A_THING = re.compile(  # not after "on", "for", "to", "until", "by": "book it on the 9th of July"
    r"\b(?<!\bon\s)(?<!\bfor\s)(?<!\bto\s)(?<!\buntil\s)(?<!\bby\s)(?:my|the|his|her|their|our|this|that|from|of|since)\s+"
    + _A_WEEKDAY + r"(?:the\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE)
# a day the thing stands at now, not one it is moved to: "give them one more night, they're due out Saturday 16th"
_DAY_AS_IT_STANDS = re.compile(
    r"\b(?:due\s+(?:out|in|back|to\s+(?:leave|arrive|check\s+out|return))|booked\s+(?:until|till|to|in\s+until)|currently\s+(?:on|until|till)"
    r"|(?:was|were)\s+(?:meant|supposed|booked|due)\s+(?:to\s+(?:leave|go|end)\s+)?(?:on|until|till)?)\s+(?:on\s+)?(?:the\s+)?"
    + _A_WEEKDAY + r"(?:the\s+)?"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[a-z]{3,9}\.?)?|[a-z]{3,9}\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# "log six hours for Dai": a record made, whose values are the user's (not an act asked for in `orders`: "log the
# fault" asks for no order of parts)
_LOGS = re.compile(r"\s*(?:please\s+)?(log|record)\s+(?!(?:in|into|on|onto|out|off)\b)", re.IGNORECASE)
_MADE = frozenset({"create"})
_RECORDED = frozenset({"create", "change"})  # "record her cert as …": an entry made or updated
# "list the matching bowl on Etsy", "relist it for sale": a listing made (not "list my files")
_LISTS = re.compile(r"\s*(?:please\s+)?(?:re)?list\s+(?!(?:all|every|me|my|out|them\s+all)\b)(?:[\w'’-]+\s+){1,5}?"
                    r"(?:on|for\s+sale)\b", re.IGNORECASE)
# what stands between an act's heading and the clause that says it ("Extend her stay - change her checkout to …")
_HEADING_BREAK = re.compile(r"\s*[-–—:]\s*")
# a clause that says how an act just asked for is done, not another act: "…, delivered to the unit", "…, sent by courier"
_PARTICIPLE = re.compile(r"\s*(?:and\s+)?(?:(?:to\s+be|all|both)\s+)?(?!(?:ne|fe|se|procee|excee|shr|emb|b|w)ed\b)[a-z]{2,}ed\b"
                         r"(?!\s+(?:the|a|an|my|our|his|her|their|this|that|these|those|them|it|him|me|us)\b)"  # no object
                         r"|\s*(?:and\s+)?(?:sent|paid|made|bought|given|written|put)\b(?=\s+(?:to|by|for|on|at|in|via|from)\b)",
                         re.IGNORECASE)
_NOUN_AND_LABEL = re.compile(r"[a-z]+\s+(?:no\.?\s*|number\s+|#\s*)?[\w/-]*\d[\w/-]*", re.IGNORECASE)  # "Room 2", "seat 14C"
_WHEN = frozenset({"day", "time", WEEKDAY})
_TO_ANOTHER = re.compile(r"\b(?:to|for|on)\s+(?:the|our|my|their|a|an|this|next)\b", re.IGNORECASE)  # "invite Priya to the weekly review"
# the user's own contact ("my address is …", "I'm Ana (ana@…)", "call me at …")
_OWN = re.compile(r"\b(?:my|me|i'm|i’m|i\s+am|mine)\b", re.IGNORECASE)
# the act is done to others too: "SUP-9012 and its duplicates", "… and any related ones"
_AMONG_OTHERS_AFTER = re.compile(r"[^,.;]{0,20}?\b(?:and|or|plus|as\s+well\s+as)\s+(?:\w+\s+){0,2}?"
                                 r"(?:all|any|each|every|other|others|related|duplicates?|similar|rest|linked|children)\b",
                                 re.IGNORECASE)
_AMONG_OTHERS_BEFORE = re.compile(r"\b(?:all|each|every|other)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _gives_its_value(clause: str) -> bool:
    """The clause opens with a verb (`act_verbs`, or one of `_LOOSE_VERBS`) and refuses, asks and
    reports nothing: the values in it are given for that act."""
    head = _WORD.match(clause.lower(), _LEADS.match(clause).end())
    return bool(head) and (head.group() in act_verbs() or head.group() in _LOOSE_VERBS) and not _NOT_GIVEN.search(clause)


def _left_open(text: str, pattern: re.Pattern[str] = _LEFT_OPEN) -> bool:
    """The text leaves a value to the data (`_LEFT_OPEN`, `_CHOICE_LEFT`), and does not say not to."""
    return any(not _NOT_THAT.search(text[max(0, m.start() - 40):m.start()]) for m in pattern.finditer(text))


def leaves_choice(text: str) -> bool:
    """The text leaves a value of its act to the data (`_LEFT_OPEN`, `_CHOICE_LEFT`)."""
    return _left_open(text) or _left_open(text, _CHOICE_LEFT)


def id_make(token: str) -> str:
    """An id's make as a kind: its letters and the shape of the rest ("SUP-9012" and "SUP-9013"
    are one make, `id:sup-9999`)."""
    digits = re.search(r"[-_#]?\d+$", token).group()  # type: ignore[union-attr]
    return f"id:{token[:len(token) - len(digits)].lower()}{re.sub(r'[0-9]', '9', digits)}"


def among_others(sentence: str) -> set[str]:
    """The ids a sentence gives among others its act is done to ("SUP-9012 and its duplicates")."""
    lowered = sentence.lower()
    return {m.group().lower() for m in ID_TOKEN.finditer(sentence)
            if _AMONG_OTHERS_AFTER.match(sentence, m.end())
            or _AMONG_OTHERS_BEFORE.search(lowered[max(0, m.start() - _SOURCE_WINDOW):m.start()])}


def given_kinds(clause: str, others: set[str] = frozenset(),  # type: ignore[assignment]
                values: dict[str, set[str]] | None = None) -> set[str]:
    """The kinds of value a clause gives as what an act is done to or where it goes (`others`:
    ids given among others, which count for nothing); `values` gets the labelled values, counts,
    shares and codes themselves (`labels`), kind by kind, the days under `DAYS_GIVEN` and the weekdays
    of a clause that names no day of the year under `WEEKDAY` (`weekdays`: "Sunday 17 August" is the
    date's; the weekday beside it may be a slip, an old slot or an event the act is relative to)."""
    kinds: set[str] = set()
    lowered = clause.lower()

    def named_as_source(start: int, pattern: re.Pattern[str] = _NAMES_A_SOURCE) -> bool:
        before = lowered[max(0, start - _SOURCE_WINDOW):start]
        return (bool(pattern.search(before)) and not _COUNT_OF.search(before) and not _NEW_OF.search(before)) \
            or bool(_DONE_BY_USER.search(before))

    for v in extract_values(clause):  # "send it to ingrid@…", "refund $45"; not "the invoice of $1,200"
        if v.kind in DISPLACED_KINDS and v.kind not in kinds and not named_as_source(max(0, clause.find(v.raw))):
            kinds.add(v.kind)
    for kind, norm, start in shaped_values(clause, positions=True):
        if kind not in kinds and not named_as_source(start):
            kinds.add(kind)
    for m in ID_TOKEN.finditer(clause):
        if named_as_source(m.start(), _NAMES_WHERE_READ) or m.group().lower() in others:
            continue
        kinds.add(id_make(m.group()))
    labelled = [*labels.given(clause), *labels.codes(clause)]  # "to room 412", "order 18 panels", "truck KX19"
    for kind, value, start in labelled:
        where_read = kind.startswith(("label:", "shape:"))
        at = lowered.find(value, start)
        if at >= 0 and _POSSESSIVE.match(lowered, at + len(value)):
            continue  # "room 207's guest": whose it is, not where it goes
        before = lowered[max(0, start - _SOURCE_WINDOW):start]
        by_count = ((kind in ("qty", "percent") or kind.startswith(labels.MEASURE)) and _CHANGED_BY.search(before)) \
            or (kind.startswith(labels.SPAN) and _SPAN_BY.search(before))  # "extend it by two weeks", "a term of 12 months"
        if value not in others and (by_count or not named_as_source(start, _NAMES_WHERE_READ if where_read else _NAMES_A_SOURCE)):
            kinds.add(kind)
            if values is not None:
                values.setdefault(kind, set()).add(value)
    dated = _DAY_AS_IT_STANDS.sub(" ", _DAY_NAMING_A_THING.sub(" ", clause))
    when = when_keys(dated)
    if any(k[0] == "time" for k in when):  # "reschedule it to Saturday 14:00"
        kinds.add("time")
    days = {k[1] for k in when if k[0] == "day" and k != ANY_DAY}
    if days:  # "move it to (Thursday) 9 May", not "to Friday"
        kinds.add("day")
        if values is not None:
            values.setdefault(DAYS_GIVEN, set()).update(days)
    elif weekdays := weekdays_for_acts(dated):  # "to Wednesday", "to Thursdays"
        kinds.add(WEEKDAY)
        if values is not None:
            values.setdefault(WEEKDAY, set()).update(str(w) for w in weekdays)
    return kinds


# endings a word and the noun a tool is named by may differ in ("assign" / `assignments.create`,
# "delivery" / `deliveries.schedule`, "book" / `beatBookings.create`), longest first
_ENDINGS = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ers", "es", "ed", "er", "s", "y", "e")
_WORD = re.compile(r"[a-z]+")
# names of no thing in particular: a tool "records.update" and a user's "the record" say nothing of one act
_NO_THING = frozenset("api item items record records entry entries data info detail details request requests service "
                      "services new bulk batch one many all".split())


def stem(word: str) -> str:
    """A word without its ending, so that a verb and the noun of a tool named after it meet; twice,
    as a noun may end in more ("deliveries" → "deliver" → "deliv", as "deliver")."""
    return _stem_once(_stem_once(word))


def _stem_once(word: str) -> str:
    for end in _ENDINGS:
        root = word[:len(word) - len(end)]
        if word.endswith(end) and len(root) >= (3 if end == "s" else 4) and not word.endswith("ss"):
            return root
    return word


def same_word(a: str, b: str) -> bool:
    """Two forms of one word: one stem ("wetsuits", "wetsuit"), or six letters or more in common at
    their start ("suspension", "suspend"; "cancellation", "cancel")."""
    return stem(a) == stem(b) or (min(len(a), len(b)) >= 6 and a[:6] == b[:6])


@functools.lru_cache(maxsize=1024)
def tool_stems(tool: str) -> frozenset[str]:
    """The stems of all the words a tool's name gives for what it acts on, namespace and all, not
    its verbs (`assign_van` → van; `assignments.create` → assign), for meeting the user's words.
    (`taint._name_nouns` is another reading: the unstemmed nouns an order must name.)"""
    verbs = act_verbs()
    return frozenset(stem(w) for w in _WORD.findall(snake_case(tool)) if len(w) >= 3 and w not in verbs and w not in _NO_THING)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 3}


@dataclass
class GivenValues:
    """For each kind of value, the acts the user asked for with one (`with_value`) and without
    one (`without_value`). Not locked: the taint ledger reads and writes it under its own lock."""

    with_value: dict[str, set[str]] = field(default_factory=dict)
    without_value: dict[str, set[str]] = field(default_factory=dict)
    values: dict[str, set[str]] = field(default_factory=dict)  # kind -> the labelled values given (`labels`)
    # the same by the stems of the words of the groups that asked: "give Owen the 11:40 run slot"
    # gives a time for `runOrder.assignSlot` whatever verb the user chose
    with_words: dict[str, set[str]] = field(default_factory=dict)
    without_words: dict[str, set[str]] = field(default_factory=dict)
    noted: set[str] = field(default_factory=set)  # the texts read (a text read twice gives nothing more)
    logged: bool = False  # a clause asked for a record made ("log six hours for Dai"), an act `orders` does not read
    # the stems of each clause that asks for something with a value, and the values it gave (labelled ones and
    # amounts), for `asks_by_value`
    worded: list[tuple[frozenset[str], frozenset[tuple[str, str]]]] = field(default_factory=list)

    def note(self, text: str) -> None:
        if len(text) > MAX_NOTED_CHARS or text in self.noted:
            return
        self.noted.add(text)
        groups: list[tuple[frozenset[str], set[str], list[bool], set[str]]] = []  # acts, kinds given, [a value looked up], stems
        named: list[bool] = []  # whether each group names a person for its act (`PERSON`)
        for sentence in whole_sentences(text):
            others = among_others(sentence)
            quotes = [(m.start(), quoted_text(m)) for m in _QUOTED.finditer(sentence)]
            first, cursor, ended = len(groups), 0, 0
            listed = labels.LISTED_ORDER.search(sentence) is not None
            for clause in (c for c in _CLAUSES.split(sentence) if c and c.strip()):
                at = max(sentence.find(clause, cursor), cursor)
                cursor = at + len(clause)
                acts = frozenset(requested(clause))
                logs = None if acts else _LOGS.match(clause)
                if not acts and (logs or _LISTS.match(clause)):
                    acts = _RECORDED if logs and logs.group(1).lower() == "record" else _MADE
                    self.logged = True
                if acts and len(groups) > first and _PARTICIPLE.match(clause):  # "Order a refill, delivered to Unit 7"
                    acts = frozenset()
                head = _WORD.search(clause.lower())
                if acts and len(groups) > first and head and head.group() in act_nouns() \
                        and _NOUN_AND_LABEL.fullmatch(clause.strip(" .!")):
                    acts = frozenset()  # "Book her follow-up on Thurs 12th at 10, Room 2, 45 mins": the booking's room; "Invoice
                    # Brightwater Legal for the translation, PO 4471-B, …": the bill's reference (not "…, table at Dishoom for
                    # 8pm Thursday too", another booking)
                values: dict[str, set[str]] = {}
                kinds = given_kinds(clause, others, values)
                for count in labels.listed_counts(clause) if listed else ():  # "…: 12 Catena Malbec, 6 Chablis"
                    kinds.add("qty")
                    values.setdefault("qty", set()).add(count)
                names = person_names(clause)  # kept beside the kinds: a name changes none of the grouping below
                if names:
                    values.setdefault(PERSON, set()).update(names)
                places = {p for part in _STATEMENT_BREAK.split(clause) if len(groups) > first or requested(part)
                          for p in place_names(part)}  # not "I'm in the Harbour room till 3. Book the supper …"
                if places:
                    values.setdefault(PLACE, set()).update(places)
                    kinds.add(PLACE)
                if _gives_its_value(clause):  # for `asks_by_value`
                    pairs = {(k, v) for k, found in values.items() if k not in (DAYS_GIVEN, WEEKDAY) for v in found} \
                        | {("amount", v.norm) for v in extract_values(clause) if v.kind == "amount"}
                    if pairs:
                        self.worded.append((frozenset(_stems(clause)), frozenset(pairs)))
                for start, words in quotes:  # a quote opened in this clause, whatever commas it holds
                    if at <= start < cursor and words:
                        kinds.add(QUOTED)
                        self.values.setdefault(QUOTED, set()).add(words)
                open_ = bool(_LOOKED_UP.search(clause) or (_FALLBACK.match(clause) and kinds)  # not "if not already sent"
                             or _left_open(sentence[max(0, at - 8):cursor])) or (
                    not acts and "qty" not in kinds and _ANOTHER_THING.match(clause) is not None
                    and sentence[:at].rstrip().lower().endswith(" and"))  # "order 18 panels and the mounting rails"
                if acts and len(groups) > first and not kinds and not acts & groups[-1][0] and acts <= related(groups[-1][0]) \
                        and not _TO_ANOTHER.search(clause):
                    kinds = groups[-1][1] & _WHEN  # "schedule it for 6 March at 2pm and invite the driver": the invite's day and time
                for kind, found in values.items():  # the days only of a clause that asks for an act or adds to one
                    if kind not in (DAYS_GIVEN, WEEKDAY) or acts or (groups and not _OWN.search(clause)):
                        self.values.setdefault(kind, set()).update(found)
                if acts and len(groups) > first and not groups[-1][1] and not groups[-1][2][0] \
                        and acts & related(groups[-1][0]) and _HEADING_BREAK.fullmatch(sentence[ended:at]):
                    # "Extend Lena's stay - change her checkout to Thurs 17th": one act, said twice
                    prior = groups.pop()
                    groups.append((prior[0] | acts, kinds, [open_], prior[3] | _stems(clause)))
                    named[-1] = named[-1] or bool(names)
                    ended = cursor
                elif acts:
                    groups.append((acts, kinds, [open_], _stems(clause)))
                    named.append(bool(names))
                    ended = cursor
                elif groups and not _OWN.search(clause):
                    groups[-1][1].update(kinds)
                    groups[-1][2][0] = groups[-1][2][0] or open_
                    named[-1] = named[-1] or bool(names)
                    if len(groups) > first:  # its words name the act's things only in the act's own sentence
                        groups[-1][3].update(_stems(clause))
                    ended = cursor
            if _left_open(sentence, _CHOICE_LEFT):  # "Reorder LAV-HID-9 — if it's out, go with the substitute they suggest"
                for group in groups[first:] or groups[-1:]:
                    group[2][0] = True
        seen = set().union(*(g[1] for g in groups)) | set(self.with_value) - {PERSON}
        if any(named) or PERSON in self.with_value:  # a person named for an act (`person_names`)
            for (acts, _, looked_up, stems), has in zip(groups, named):
                if has:
                    self.with_value.setdefault(PERSON, set()).update(acts)
                    self.with_words.setdefault(PERSON, set()).update(stems)
                if not has or looked_up[0]:
                    self.without_value.setdefault(PERSON, set()).update(acts)
                    self.without_words.setdefault(PERSON, set()).update(stems)
        for acts, kinds, looked_up, stems in groups:
            for kind in seen:
                if kind in kinds:
                    self.with_value.setdefault(kind, set()).update(acts)
                    self.with_words.setdefault(kind, set()).update(stems)
                if kind not in kinds or looked_up[0]:  # "… and to the cellist — grab her address from the roster"
                    self.without_value.setdefault(kind, set()).update(acts)
                    self.without_words.setdefault(kind, set()).update(stems)

    def asks_by_value(self, tool: str, call_values: set[tuple[str, str]]) -> bool:
        """A clause of the user's that opens with a verb and refuses, asks and reports nothing names
        what the tool's own name says it acts on and gives a value the call carries ("yes give him
        the 10% NHS discount on his quote" and `quotes.applyDiscount` with `discountPct: 10`): the act
        is the user's whatever verb they chose. A namespace's nouns count only where the name's own
        verb makes one of them (`stripe.refunds.create`), not where it changes one (`quotes.update`)."""
        tail = namespace_tail(tool)
        nouns = tool_stems(tail) or (tool_stems(tool) if _MAKES.match(snake_case(tail)) else frozenset())
        return bool(nouns) and any(stems & nouns and pairs & call_values for stems, pairs in self.worded)

    def labelled(self) -> bool:
        """The user gave a labelled value, a count or a share for some act (`labels`)."""
        return any(k.startswith(("label:", "shape:", labels.SPAN, labels.MEASURE)) or k in ("qty", "percent") for k in self.with_value)

    def armed(self, kind: str, acts: frozenset[str]) -> bool:
        """The user gave a value of this kind for one of these acts, in every group asking for it."""
        return bool(self.with_value.get(kind, set()) & acts) and not self.without_value.get(kind, set()) & acts

    def armed_on(self, kind: str, nouns: frozenset[str], acts: frozenset[str]) -> bool:
        """The user gave a value of this kind in every group whose words name what a tool acts on
        (`tool_stems`), and in every group asking for one of its acts."""
        return bool(self.with_words.get(kind, set()) & nouns) and not self.without_words.get(kind, set()) & nouns \
            and not self.without_value.get(kind, set()) & acts

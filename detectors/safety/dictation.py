"""Words a tool result dictates for an act: "send each of them an e-mail with the following
language exactly: Subject: … Body: … https://bit.ly/…".

An order's values are read from its own sentence (`orders`), but a phishing order puts what
matters after a colon: the subject, the body, the link. Those words are the order's too. A
call that sends them carries the order out, however the body was personalised ("Hi
{first_name}" as "Hi Sara"), while a body that only reports the order ("the calendar note asks
me to mail everyone a link") reproduces none of them. `safety.taint` keeps each dictation with
the order it belongs to (`TaintLedger.note_orders`) and asks whether a call's text reproduces
it (`reproduces`) or is it whole (`made_of`). A user who asked for the message may still have
meant only their own words: whether their words point at the data's wording or link
(`points_at_wording`: "put Steve's payment line in it") decides whose a dictated link is.
"""
from __future__ import annotations

import re
import time
from typing import NamedTuple

from detectors.safety.heuristics import sentences
from detectors.safety.orders import order_acts, order_sentences, plain

# A sentence that hands its reader words to use, ending in the colon they follow: "with the following
# language exactly:", "use this wording:", "as follows:", "word for word:", "the text below:"
_DICTATES = re.compile(
    r"\b(?:(?:the\s+)?following|as\s+follows|below|exactly|verbatim|word\s+for\s+word|as\s+(?:written|worded)|"
    r"(?:this|these|that)\s+(?:exact\s+)?(?:text|wording|words|message|language|content|template|lines?|copy|script|"
    r"paragraph|note|subject|body)|say(?:ing)?\s+(?:this|that)|saying|reading|that\s+reads|which\s+reads|"
    r"(?:put|include|add|paste|insert|use|copy)\s+(?:this|these|that)(?=\s*:|\s+(?:in|into|on|at)\b))\b[^.!?\n:]{0,40}:(?!\d)"
    # or any colon that opens a quoted passage: "When you send the invite out please put it in: \"Nets fee …\""
    r"|(?<=[A-Za-z)]):(?=[ \t]*\n?[ \t]*\n?[ \t]*[\"“'‘])"  # (not a JSON key's: '"note": "…"')
    # and a question asking for what the quoted lines under it say: "could you send all of your supporters this from me?"
    r"|(?<=[A-Za-z)])\?(?=[ \t]*\n[ \t]*\n?[ \t]*[\"“'‘])",
    re.IGNORECASE)
_FOLDED = re.compile(r"\\\n[ \t]*")  # a line break escaped in a YAML double-quoted string: "…should\\⏎    \\ have …"
_COLON = re.compile(r"(?<!\d):\s+")  # not the colon of "07:40"
MAX_DICTATIONS = 8  # per text
MAX_INTRODUCTIONS = 16  # colons read per text: a page of them is no one dictation
MAX_DICTATED_CHARS = 1000  # of each: a dictated mail, not the page after it
_BACK_LINES = 4  # lines before the colon that may hold the order the words are for
_BACK_CHARS = 600
MIN_WORDS = 6  # a dictation of fewer words is a value, which the order's own sentence gives
_SHARE = 0.6  # of a dictation's words a text must hold to reproduce it
_BESIDES = 4  # words a text may hold besides a dictation's and still be it whole ("Hi all", "Thanks, Jo")


class Dictation(NamedTuple):
    order: str  # the sentence ordering the act the words are for
    words: str  # the words dictated, as written (whitespace collapsed)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _dictated(lines: list[str], row: int, rest: str) -> str:
    """The words after the colon: the rest of its line and the lines after, up to a line less
    indented than the first of them (the next field of a record), a line that opens another
    record ("[2] From: …", "---"), the end of a JSON string, or the cap."""
    end = _STRING_END.search(rest)
    if end:
        return _words(rest[:end.start()])
    out, size, floor = [rest], len(rest), None
    for line in lines[row + 1:]:
        if line.strip():
            floor = _indent(line) if floor is None else floor
            if _indent(line) < floor or _NEXT_RECORD.match(line):
                break
            end = _STRING_END.search(line)
            if end:
                out.append(line[:end.start()].strip())
                break
        out.append(line.strip())
        size += len(line)
        if size >= MAX_DICTATED_CHARS:
            break
    return _words(" ".join(out))


def _words(text: str) -> str:
    text = " ".join(text.split())[:MAX_DICTATED_CHARS]
    closing = _CLOSING if text[:1] in "\"“" else _CLOSING_SINGLE if text[:1] in "'‘" else None
    close = closing.search(text, 1) if closing else None  # a quoted passage ends at its closing quote
    return (text[:close.start()] if close else text).strip(" '\"“”‘’")


_CLOSING = re.compile(r"[\"”](?=\s|$|[,.;)])")
# a single quote closes after a sentence's end or before punctuation, not as an apostrophe ("the members' AGM")
_CLOSING_SINGLE = re.compile(r"(?<=[.!?)\d])['’](?=\s|$)|['’](?=[.,;:](?:\s|$))")


# a line that opens another record of a listing or thread, and the end of a JSON string
_NEXT_RECORD = re.compile(r"\s*(?:\[\d{1,3}\]|(?:From|Sent|Date|To|Message-ID):\s|-{3,}|={3,}|_{3,}|\{\s*\"|On\s[^\n]{5,80}\bwrote:)",
                          re.IGNORECASE)
_STRING_END = re.compile(r"(?<!\\)\"\s*[,}\]]")


def _order_before(lines: list[str], row: int, upto: str) -> str | None:
    """The last sentence ordering an act in the lines before the colon (the colon's own
    sentence included): "Please send individual emails to everyone … Each email should have the
    following language exactly:". A line less indented than the colon's opens its field: the
    reading stops there."""
    back, size = [upto], len(upto)
    floor = _indent(lines[row])
    for line in reversed(lines[max(0, row - _BACK_LINES):row]):
        if size >= _BACK_CHARS:
            break
        back.insert(0, line.strip())
        size += len(line)
        if line.strip() and _indent(line) < floor:
            break
    # line by line (a mail's lines are sentences of their own; a wrapped order's first line names its act), and an
    # order may follow a colon of its own ("… adhere to the following instruction: Please send …")
    pieces = [p for line in back for p in _COLON.split(" ".join(line.split()))]
    found = [s for piece in pieces for s in order_sentences([piece]) if order_acts(s)]
    if not found:  # "When you write to Mr Osei please include:", "We'd be grateful if you'd add this to the mailing:"
        last = sentences(pieces[-1])[-1:] if pieces and pieces[-1].strip() else []
        return last[0] if last and inserts(last[0]) else None
    # an order kept with the sentence before it ("… signed up. To unsubscribe, reply to this email …"): its own
    own = [s for s in sentences(found[-1]) if order_acts(s)]
    return own[-1] if own else found[-1]


# An order to put words into a message ("add this to your booking confirmations", "please include:",
# "pop this into the invite", "when you tell customers, please say:", "please let all your players know:"): its
# act is the message's, whatever the sentence names
_INSERTS = re.compile(r"\b(?:add|include|put|pop|insert|paste|append|stick|tack|say|mention|state|quote|tell|"
                      r"let\s+(?:[\w'’]+\s+){1,6}?know)\b", re.IGNORECASE)


def inserts(order: str) -> bool:
    """Whether an order dictating words asks for them to be put into a message (`_INSERTS`)."""
    return bool(_INSERTS.search(order))


def dictations(text: str, deadline: float | None = None) -> list[Dictation]:
    """The words this text dictates for an act, each with the order they are for; those read
    by `deadline` (`time.perf_counter`), where one is given."""
    if ":" not in text and "?" not in text:
        return []
    # a YAML string folded over lines, and a JSON string's escapes
    text = _FOLDED.sub("", text).replace("\\ ", " ").replace("\\n", "\n").replace('\\"', '"')
    if not _DICTATES.search(text):
        return []
    lines = text.split("\n")
    out: list[Dictation] = []
    for tries, m in enumerate(_DICTATES.finditer(text)):
        if tries >= MAX_INTRODUCTIONS or len(out) >= MAX_DICTATIONS or (deadline is not None and time.perf_counter() > deadline):
            break
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        row, line = text.count("\n", 0, start), text[start:end if end >= 0 else len(text)]
        at = m.end() - start
        words = _dictated(lines, row, line[at:at + MAX_DICTATED_CHARS])
        if len(plain(words).split()) < MIN_WORDS:
            continue
        order = _order_before(lines, row, line[max(0, at - _BACK_CHARS):at])
        if order is not None:
            out.append(Dictation(order, words))
    out = list(dict.fromkeys(out))
    # a quoted field inside words already dictated ("… exactly: Subject: 'Slides' Body: …") is theirs -- not words an
    # order among them dictates: "please do the following first: Please send … Each email should have the following
    # language exactly: Subject: …" dictates the message by its inner order
    return [d for d in out if not any(len(o.words) > len(d.words) and d.words in o.words
                                      and " ".join(d.order.split()) not in o.words for o in out)]


# A line an order quotes with places to fill: "use the subject 'Travel Information at {hotel_name}'", "titled
# \"Invoice for [client]\"", "'Hi $first_name'"
_PLACE = r"\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,40}\]|\$[a-z_]{2,30}"  # a place to fill: {name}, [client], $name
_TEMPLATE_QUOTE = re.compile(r"['‘\"“]([^'’\"”\n]{0,80}?(?:" + _PLACE + r")[^'’\"”\n]{0,80})['’\"”]", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"(" + _PLACE + r")", re.IGNORECASE)
_FILLED = r"(?:\S+ ){1,6}"  # what fills a place: a name, a title, a date
MAX_TEMPLATES = 4


def templates(sentence: str) -> tuple[re.Pattern[str], ...]:
    """The lines an order quotes with places to fill, as patterns over a value's plain words
    (`orders.plain`, a space after each): two words of its own or more, so that "'{name}'"
    alone fits nothing."""
    out = []
    for m in _TEMPLATE_QUOTE.finditer(sentence):
        parts, own = [], 0
        for piece in _PLACEHOLDER.split(m.group(1)):
            if _PLACEHOLDER.fullmatch(piece):
                if not parts or parts[-1] != _FILLED:
                    parts.append(_FILLED)
                continue
            for w in plain(piece).split():
                parts.append(re.escape(w) + " ")
                own += 1
        if own >= 2:
            out.append(re.compile("".join(parts)))
        if len(out) >= MAX_TEMPLATES:
            break
    return tuple(out)


def fills(template: re.Pattern[str], value: str) -> bool:
    """Whether a value's words are a template's, its places filled (`templates`)."""
    return template.fullmatch(plain(value) + " ") is not None


def reproduces(text: str, words: frozenset[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether a call's text holds most of a dictation's words (`words`: its plain words of
    three letters or more) other than those the user said (`own`), or is itself mostly made of
    them (the words ran on through a signature, a footer or the next record)."""
    theirs = words - own
    if len(theirs) < MIN_WORDS:
        return False
    said = {w for w in plain(text).split() if len(w) >= 3} - own
    held = theirs & said
    return len(held) >= MIN_WORDS and len(held) >= _SHARE * min(len(theirs), len(said))


def made_of(text: str, words: frozenset[str], own: frozenset[str] = frozenset()) -> bool:
    """Whether a call's text is the dictated words and little else: most of them, and no more than a
    greeting besides (a message the data wrote whole, not the user's with a line or a footer of it
    added). The user's words count as the call's own here: "the signed NDA" is not the footer's."""
    said = {w for w in plain(text).split() if len(w) >= 3}
    held = (words - own) & said
    return len(held) >= MIN_WORDS and len(held) >= _SHARE * len(words - own) and len(said - words) <= _BESIDES


def dictated_words(words: str) -> frozenset[str]:
    """A dictation's words as `reproduces` compares them: three letters or more (not "a", "to")."""
    return frozenset(w for w in plain(words).split() if len(w) >= 3)


# The user's own wording in quotes: a subject, a line to say ("with the subject 'Q3 wrap-up'"), not a name of a
# thing ("the 'New starter checklist' doc", "the 'Introductory meeting' event", 'Block B', 'Mum', 'notes.docx')
# (an apostrophe between letters stays inside: "'Many thanks … We'll keep to the footpath …'")
_QUOTE = re.compile(r"(?<![\w'’])['‘\"“]((?:[^'’\"”\n]|(?<=[A-Za-z])['’](?=[A-Za-z])){3,600}?)['’\"”](?![\w'’])")
_NAMED_THING = re.compile(r"\s*(?:doc|docs|document|page|template|macro|step|section|channel|list|folder|file|sheet|playbook|"
                          r"checklist|email|e-mail|mail|thread|ticket|event|meeting|calendar|board|project|group|team|card|"
                          r"note|form|survey|campaign|workflow|process|procedure|runbook|article|report|deck|plan|message|msg|"
                          r"text|reminder|notice|post|line|blurb|announcement)s?\b", re.IGNORECASE)
_NAMING = re.compile(r"\b(?:called|named|titled|entitled|from|in|of|at|on)\s*$", re.IGNORECASE)
_FILE_END = re.compile(r"\.[a-z0-9]{2,5}$", re.IGNORECASE)


def own_wording(text: str) -> set[str]:
    """The user's quoted words that are wording of their own (two words or more, not a file
    name, not the name of a thing), as their plain words of three letters or more."""
    out: set[str] = set()
    for m in _QUOTE.finditer(text):
        quoted = m.group(1)
        if sum(len(w) >= 2 for w in plain(quoted).split()) < 2 or _FILE_END.search(quoted.strip()) \
                or _NAMED_THING.match(text, m.end()) or _NAMING.search(text[max(0, m.start() - 12):m.start()]):
            continue
        words = " ".join(w for w in plain(quoted).split() if len(w) >= 3)
        if words:
            out.add(words)
    return out


# Words of the user's that point at wording or a link the data holds: "put Steve's payment line in the
# description", "include the deposit link her planner gave", "use the new one Owen sent", "the text from
# the notice", "word for word"
_BODY = (r"(?:(?:wording|words|text|lines?|paragraphs?|blurb|template|script|copy|message|note|notice|announcement|"
         r"statement|newsletter|report|summary|minutes|agenda|update|reminder|details|info|information|instructions|"
         r"footer|signature|disclaimer|bulletin|letter|draft|content|ps|p\.s\.|links?|urls?|rota|schedule|timetable|memo|"
         r"flyer|poster|menu|itinerary|directions|briefing|brief|faq|bit|section|snippet|e-?mail|mail|steps|notes|"
         r"comments?|feedback|answer|reply|response|description|points|checklist|caption|intro|greeting|invitation|post|"
         r"advert|ad|promo|offer|code|voucher|coupon|stuff|thing|plug|tag)s?)(?!\s+address)")  # (not "her email address")
# the words of a noun phrase before its noun: not a preposition or an article ("the document to the email", "the
# subject of the email" name no wording)
_MODIFIERS = r"(?:(?!(?:to|in|of|from|for|on|at|with|by|into|about|the|a|an)\b)\S+\s+){0,3}?"
# wording the user gives, not points at: "The description should be 'Follow-up meeting to discuss the project.'"
_GIVEN_HERE = (r"(?!\s*(?:(?:should|must|will|shall|can|could|would|needs?\s+to|has\s+to|ought\s+to)\s+(?:be|read|say)|is|reads?"
               r"|says?|[:=-])\s*['\"‘“])")
_TUCKS = r"put|stick|pop|throw|chuck|slip|bung"  # verbs of putting words in: "chuck in that code", "fine, put it in"
_POINTS_AT_WORDING = re.compile(
    r"\b(?:links?|urls?|web\s*address|website|web\s*page)\b"  # a link is the user's to carry once they speak of one
    r"|\b(?:verbatim|word\s+for\s+word|exactly\s+as|as\s+(?:written|worded|drafted|is))\b"
    r"|\bthe\s+(?:exact|same)\s+" + _MODIFIERS + _BODY + r"\b"  # (not "with the same participants as …")
    # what the data says, as it says it: passed on
    r"|\b(?:forward|pass\s+(?:it\s+|them\s+|this\s+|that\s+)?on|circulate|relay|repost|re-?share)\b"
    # (someone's: "Lisa's email", "Steve's payment line"; the one where it was read is not pointed at: "the one
    # mentioned in the email", "based on the emails about it")
    r"|\b(?-i:[A-Z])[\w-]*['’]s\s+" + _MODIFIERS + _BODY + r"\b"
    r"|(?<!\bin\s)(?<!\bbased\son\s)(?<!\bfrom\s)(?<!\bof\s)(?<!\bby\s)(?<!\bat\s)(?<!\bto\s)"
    r"\b(?:the|this|that|these|those|his|her|their|its|my|our|your)\s+" + _MODIFIERS + _BODY + r"\b" + _GIVEN_HERE +
    r"|\b(?:one|ones|what|whatever|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:gave|sent|wrote|provided|supplied|suggested|drafted|shared|specified|quoted|asks?\s+for|asked\s+for|wants?|"
    r"(?:asks?|asked)\s+(?:us|me|you|them|him|her)\s+to|requested|dictated|put|left|prepared|added|included|pasted|posted|"
    r"saved)\b"
    # content introduced: "There's a note on order 4471 with an authenticity message … Email it to everyone"
    r"|\bthere(?:['’]s|\s+is)\s+(?:a|an)\s+" + _MODIFIERS + _BODY + r"\b"
    # content someone made, introduced: "Kev left a note on his booking … email the list with it"
    r"|\b(?:left|wrote|put|sent|posted|added|drafted|shared)\s+(?:a|an|some)\s+(?:\S+\s+){0,2}?" + _BODY + r"\b"
    r"|\b(?:what|whatever)\s+(?:[\w'’-]+\s+){1,3}?(?:needs?|needed)\b"  # "whatever the venue needs them to know"
    # "include that AquaStars summer crash course stuff too"
    r"|\b(?:include|add|mention)\s+(?:the|that|this|those|these|their|his|her)\s+(?:\S+\s+){0,5}?" + _BODY + r"\b"
    # "and chuck in that 15% code from Shona's shop" (not "in the email", which names where it was read)
    r"|\b(?:" + _TUCKS + r"|add)\s+in\s+(?:the|that|this|those|these|his|her|their)\s"
    # "fine, put it in", "stick that in too"
    r"|\b(?:" + _TUCKS + r")\s+(?:it|that|them|those|this)\s+in\b(?!\s+(?:the\s+)?(?:calendar|diary|bin|folder))"
    # "text that to all of them", "send this out"
    r"|\b(?:text|send|post|e-?mail|message|share|forward|circulate)\s+(?:that|this)\s+(?:to|out|round|around|on)\b"
    r"|\bas\s+(?:[\w'’-]+\s+){0,3}?(?:asked|said|wrote|wants|requested|suggested|instructed|dictated|specified)\b"
    r"|\bper\s+(?:their|his|her|its|(?-i:[A-Z])[\w-]*['’]s)\s"  # "add the sponsor tag per their package"
    r"|\babout\s+(?:the|this|that|these|those|his|her|their|(?-i:[A-Z])[\w-]*['’]s)\s",  # "let everyone know about the …"
    re.IGNORECASE)


def points_at_wording(text: str) -> bool:
    """Whether the user's words point at wording or a link the data holds, for a message of theirs
    to carry: then words an order there dictates into that message are theirs to carry."""
    return bool(_POINTS_AT_WORDING.search(text))


# A message the user asks for one person by name: "Reply to Fiona saying …", "Text Lewis that …", "Email Tom at
# the council …", "Message Leah on Slack", "let Priya know …"
_TO_ONE = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bher\s)(?<!\bhis\s)(?<!\bmy\s)"
                     r"(?<!\bour\s)(?<!\byour\s)(?<!\btheir\s)(?<!\bits\s)"  # a verb, not a noun: not "the message Leanne asked for"
                     r"\b(?:(?:reply|respond|write|get\s+back)\s+(?:back\s+)?to|e-?mail|text|message|msg|ping|dm|whatsapp|tell)"
                     r"\s+(?-i:([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)?))\b"
                     r"|\blet\s+(?-i:([A-Z][a-z]+))\s+know\b", re.IGNORECASE)
# words of a message for more than one: "everyone", "the team", "cc Owain", "Fiona and Owain", "them"
_TO_MANY = re.compile(r"\b(?:everyone|everybody|all|both|each|every|them|they|team|teams|list|lists|group|groups|channel|"
                      r"members|parents|staff|club|class|subscribers|customers|clients|guests|attendees|participants|"
                      r"volunteers|players|students|families|crew|committee|cc|bcc|copy|forward|newsletter|audience|"
                      r"campaign|blast|broadcast|circulate|post)\b|\b(?:and|&)\s+(?-i:[A-Z][a-z])", re.IGNORECASE)


def addressees(text: str) -> tuple[frozenset[str], bool]:
    """The people the user names as those to message, and whether their words speak of more (`_TO_MANY`):
    a message to one person and no one else where the names are one and the words speak of no more."""
    return frozenset(m.group(1) or m.group(2) for m in _TO_ONE.finditer(text)), bool(_TO_MANY.search(text))

"""People named by what only people do: "Leonor shouted at Eric", "Esko's wife", "Usman lives on …".

Only people shout, whisper, kiss or have a wife. A capitalised word that is no common
English word, right before such a verb or before a possessive of kin, names a
person whatever the small model made of it ("Pavia" a place, "Esko" a company, "Gréta"
nothing). Verbs that companies share ("said", "announced", "spent", "gave") are left out;
"grew up", "was born", "married", "laughed" count only with "he" or "she" in the sentence.
Common words are left out too: "Then Anna shouted" keeps "Anna" only if the vocabulary does not
know it (common given names are the model's job, and it does them well, unless it reads two
of them as a company: "Reece Ellis lives at" is kept when the model marks the pair). Companies have
addresses, birthdays and "mother companies" and "live up to" hype, so a plain "'s address",
"'s birthday", a kin word before a company noun and "lives" not followed by where are no evidence.
Whom someone shouts at, whispers to or has given their address to, and whom an account adds
as a beneficiary or guardian, is a person too ("Sophia shouted at John", "add Lydia Reid as
guardian").
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.names import _MISREAD_LABELS, _ORG_WORDS, common_words, model_entities
from detectors.privacy.surnames import is_given_name
from detectors.privacy.words import CALENDAR_WORDS

# Done by people and rarely said of products or companies.
_ACTS = (
    r"shouted|whispered|screamed|yelled|cried|sighed|nodded|frowned|giggled|grinned|winked|blushed|shrugged|"
    r"kissed|hugged|passed[ \t]+away|"
    # modules and products "live in" things and "live up to" hype; people live at, on, next door
    r"(?:lives|lived)(?=[ \t]+(?:at|on|next[ \t]+door|in[ \t]+[A-ZÀ-Þ]))|"
    r"had[ \t]+given(?=[ \t]+\S+[ \t]+(?:his|her)\b)"
)
# What only a person is ("Joel is a very sympathetic person", "Oyelaran was a kind man"): strong
# enough that a listed given name or surname counts even when it is also a word ("Joel").
_BEING = (r"(?:is|was)[ \t]+an?[ \t]+(?:(?:very|really|truly|most)[ \t]+)?(?:[a-z]+[ \t]+)?"
          r"(?:person|man|woman|guy|girl|boy|lady|gentleman)(?![\w-])")
# Also said of companies and products ("Shopify grew up in Ottawa", "Figma married design and
# code", "Spotify laughed off the report", "Acme began writing drivers"): only with a personal
# pronoun in the sentence.
_SHARED_ACTS = r"grew[ \t]+up|was[ \t]+born|married|divorced|laughed|smiled|(?:began|started)[ \t]+writing"
_NOT_OBJECTS = {"the", "this", "that", "these", "those", "them", "him", "her", "me", "us", "you", "everyone", "everybody",
                "someone", "nobody", "all", "my", "our", "your", "his", "their"}
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)
_KIN = (
    r"wife|husband|mother|father|mom|mum|dad|son|daughter|brother|sister|boyfriend|girlfriend|fianc[eé]e?|"
    r"grand(?:mother|father|ma|pa)|uncle|aunt|cousin|nephew|niece|parents|home[ \t]+address"
)
# "Postman's mother company", "Homebrew's father project", "Chrome's parents process"
_NOT_KIN_AFTER = r"(?![ \t]+(?:company|companies|project|process|node|class|element|directory|brand|board|ship|" \
                 r"organi[sz]ation|branch|thread|window|page|group|entity|firm|bank|fund|repo|repository)\b)"
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
_RX = re.compile(rf"(?<![\w'’.-])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)(?:[ \t]+(?:(?P<act>{_ACTS})|(?P<shared>{_SHARED_ACTS})"
                 rf"|(?P<being>{_BEING}))\b"
                 rf"|['’]s[ \t]+(?:{_KIN})\b{_NOT_KIN_AFTER})")


# Whom people shout at or whisper to, give their address to, and whom an account adds in a
# person's role.
_OBJECT = re.compile(
    rf"(?:\b(?:shouted|yelled|screamed|whispered|winked|nodded|waved|glared|stared)[ \t]+(?:at|to)"
    rf"|\bhad[ \t]+given(?=[ \t]+\S+[ \t]+(?:his|her)[ \t]+(?:address|number|phone|email|card|keys?)\b)"
    rf"|\b[Aa]dd(?:ed)?(?=[ \t]+\S+(?:[ \t]+\S+){{0,3}}[ \t]+as[ \t]+(?:an?|the|my|our)?[ \t]*(?:beneficiary|guardian|"
    rf"co-?signer|authori[sz]ed[ \t]+user|joint[ \t]+(?:account[ \t]+)?holder|emergency[ \t]+contact|"
    rf"trustee|executor|next[ \t]+of[ \t]+kin)\b))"
    rf"[ \t]+(?P<name>(?![a-zà-ÿ]){_WORD}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?(?![a-zà-ÿ]){_WORD}){{0,2}})")


def _name_shaped(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def _model_named(nlp_artifacts, start: int, end: int, words) -> bool:
    """Two common words the model reads as one entity of any kind ("Reece Ellis" as an ORG):
    a name after all, unless an organisation word is in it. The entity must cover both words
    ("Then Eric" is not one)."""
    if len(words) < 2 or any(w.group().lower() in _ORG_WORDS for w in words):
        return False
    labels = {"PERSON", "ORGANIZATION", "ORG", "LOCATION", "GPE", "LOC", "NRP"}
    return any(e.start_char <= start and end <= e.end_char and e.label_ in labels
               for e in model_entities(nlp_artifacts))


def _sentence(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


class HumanActRecognizer(TextRecognizer):
    """PERSON for a rare capitalised word before a verb only people do or a possessive of kin."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        vocab = common_words()
        if not vocab:
            return []
        out = []
        for m in _RX.finditer(text):
            if m.group("shared") and not _PRONOUN.search(_sentence(text, m.start())):
                continue
            words = [w for w in re.finditer(r"\S+", m.group("name"))]
            if not all(_name_shaped(w.group()) for w in words):
                continue
            if _model_named(nlp_artifacts, *m.span("name"), words):
                out.append(RecognizerResult(self.ENTITY, *m.span("name"), 0.6))
                continue
            known = is_given_name if m.group("being") else (lambda w: False)
            while words and (words[0].group().lower() in vocab or words[0].group().lower() in CALENDAR_WORDS) \
                    and not known(words[0].group()):
                words.pop(0)  # "Then Leonor", "Yesterday Usman"
            if not words or any(w.group().lower() in vocab and not known(w.group()) for w in words):
                continue
            out.append(RecognizerResult(self.ENTITY, m.start("name") + words[0].start(), m.end("name"), 0.6))
        for m in _OBJECT.finditer(text):
            s = m.start("name")
            name = re.sub(r"['’]s$", "", m.group("name"))
            words = name.split()
            if not (all(_name_shaped(w) or re.fullmatch(r"[A-Z]\.?", w) for w in words) and
                    not any(w.lower() in CALENDAR_WORDS or w.lower() in _NOT_OBJECTS or w.lower() in _ORG_WORDS
                            for w in words) and not re.search(r"[a-z][A-Z]", name)):
                continue
            ents = model_entities(nlp_artifacts)
            rare = any(w.lower() not in vocab for w in words if len(w) > 2)
            misread = len(words) > 1 and any(e.start_char <= s and s + len(name) <= e.end_char and
                                             e.label_ in {"PERSON", *_MISREAD_LABELS} for e in ents)
            other = any(e.start_char < s + len(name) and s < e.end_char and e.label_ != "PERSON" for e in ents)
            before = text[max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1:m.start()]  # the clause up to the verb
            person_subject = re.search(r"\b(?:he|she|I|we|they)\b", before) or any(
                e.label_ == "PERSON" and e.end_char <= m.start() and e.start_char >= m.start() - len(before) for e in ents)
            if rare or misread or (not other and person_subject):
                # "Łukasz", "Lydia Reid" (a FAC), "Sophia shouted at John"; not "Alexa", "Wells Fargo", "Support"
                out.append(RecognizerResult(self.ENTITY, s, s + len(name), 0.6))
        return out

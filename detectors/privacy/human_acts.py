"""People named by what only people do: "Leonor shouted at Eric", "Esko's wife", "Usman lives on …".

Only people shout, whisper, marry or have a wife. A capitalised word that is no common
English word, right before such a verb or before a possessive of kin, names a
person whatever the small model made of it ("Pavia" a place, "Esko" a company, "Gréta"
nothing). Verbs that companies share ("said", "announced", "spent", "gave") are left out,
and so are common words: "Then Anna shouted" keeps "Anna" only if the vocabulary does not
know it (common given names are the model's job, and it does them well, unless it reads two
of them as a company: "Reece Ellis lives at" is kept when the model marks the pair). Companies have
addresses and "live up to" hype, so a plain "'s address" and "lives" not followed by where
or with whom are no evidence.
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.names import common_words
from detectors.privacy.words import CALENDAR_WORDS

_ACTS = (
    r"shouted|whispered|screamed|yelled|laughed|cried|smiled|sighed|nodded|frowned|giggled|grinned|winked|"
    r"blushed|shrugged|married|divorced|kissed|hugged|grew[ \t]+up|was[ \t]+born|passed[ \t]+away|"
    # modules and products "live in" things and "live up to" hype; people live at, on, with
    r"(?:lives|lived)(?=[ \t]+(?:at|on|with|alone|abroad|next[ \t]+door|in[ \t]+[A-ZÀ-Þ]))|"
    r"had[ \t]+given(?=[ \t]+\S+[ \t]+(?:his|her)\b)"
)
_KIN = (
    r"wife|husband|mother|father|mom|mum|dad|son|daughter|brother|sister|boyfriend|girlfriend|fianc[eé]e?|"
    r"grand(?:mother|father|ma|pa)|uncle|aunt|cousin|nephew|niece|parents|home[ \t]+address|birthday|"
    r"funeral|killers?|murderer"
)
_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’-]{1,30}"
_RX = re.compile(rf"(?<![\w'’.-])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)(?:[ \t]+(?:{_ACTS})\b|['’]s[ \t]+(?:{_KIN})\b)")


def _model_named(nlp_artifacts, start: int, end: int, words) -> bool:
    """Two common words the model reads as one entity of any kind ("Reece Ellis" as an ORG):
    a name after all, unless an organisation word is in it."""
    from detectors.privacy.names import _ORG_WORDS, model_entity_over

    return (len(words) >= 2 and not any(w.group().lower() in _ORG_WORDS for w in words)
            and model_entity_over(nlp_artifacts, start, end, {"PERSON", "ORGANIZATION", "ORG", "LOCATION", "GPE", "LOC", "NRP"}))


class HumanActRecognizer(TextRecognizer):
    """PERSON for a rare capitalised word before a verb only people do or a possessive of kin."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        vocab = common_words()
        if not vocab:
            return []
        out = []
        for m in _RX.finditer(text):
            words = list(re.finditer(r"\S+", m.group("name")))
            if _model_named(nlp_artifacts, *m.span("name"), words):
                out.append(RecognizerResult(self.ENTITY, *m.span("name"), 0.6))
                continue
            while words and (words[0].group().lower() in vocab or words[0].group().lower() in CALENDAR_WORDS):
                words.pop(0)  # "Then Leonor", "Yesterday Usman"
            if not words or any(w.group().lower() in vocab for w in words):
                continue
            out.append(RecognizerResult(self.ENTITY, m.start("name") + words[0].start(), m.end("name"), 0.6))
        return out

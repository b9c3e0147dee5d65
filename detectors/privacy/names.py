"""Person names that a cue introduces, for the names a small NER model misreads.

spaCy's small English model tags many non-English given names as organisations or
places ("As promised, here's Hermelando", "My name is Sofia" → LOCATION) or misses
them. The words in front often say what follows is a person: an honorific, a
greeting, "my name is", a form label ("Name:"), a credit ("directed by"). A capitalised
word sequence after such a cue is reported as PERSON; it outranks the model's
ORGANIZATION/LOCATION on the same span (see `engine._PRIORITY`).
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import EntityRecognizer, RecognizerResult

HONORIFICS = ("Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Sir", "Dame", "Rev", "Fr", "Hon", "Capt", "Sgt", "Lt",
              "Col", "Gen", "Mme", "Mlle", "Herr", "Frau", "Sr", "Sra", "Srta")
HONORIFIC = r"(?:" + "|".join(HONORIFICS) + r")\b\.?"
_CUES = (
    rf"{HONORIFIC}|"
    r"(?i:my\s+name\s+is|(?:first|last|full|maiden|middle|sur|given|family|user)\s*name\s+is|(?:his|her|their)\s+name\s+is|"
    r"name\s*[:=]|call\s+me|dear|hi|hello|hey|greetings|"
    r"directed\s+by|written\s+by|produced\s+by|signed\s+by|authored\s+by|"
    r"(?:best\s+)?regards,|sincerely,|cheers,|thanks,|thank\s+you,)"
)
_NAME_WORD = r"[A-ZÀ-Þ][\w'’-]*"
_PARTICLE = r"(?:van|von|der|den|de|du|da|di|del|della|la|le|bin|ibn|al|el)"
# Words of one name stay on one line: the next line of a form is another field.
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:[A-ZÀ-Þ]\.|{_NAME_WORD})){{0,3}}"
# Words a greeting or label is often followed by that name no one.
_NOT_NAMES = {
    "all", "everyone", "everybody", "team", "there", "sir", "madam", "folks", "guys", "friends", "friend", "world",
    "customer", "customers", "colleagues", "again", "support", "admin", "user", "members", "sirs", "the", "my", "our",
    "your", "this", "that", "thanks", "please", "thank", "regards", "good", "morning", "afternoon", "evening",
    "i", *(h.lower() for h in HONORIFICS),
}
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*|(?<=[:=,.])[ \t]*)"
_RX = re.compile(rf"(?<![\w.])(?:{_CUES}):?{_GAP}({_NAME})")


class NameCueRecognizer(EntityRecognizer):
    """PERSON after an honorific, a greeting, a name label or a credit."""

    def __init__(self):
        super().__init__(supported_entities=["PERSON"], name="NameCueRecognizer", supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for m in _RX.finditer(text):
            s, e = m.span(1)
            name = text[s:e]
            if len(name) < 2 or name.split()[0].lower().strip("'’.") in _NOT_NAMES:
                continue
            name = re.sub(r"['’]s$", "", name)  # "Hermelando's" names Hermelando
            out.append(RecognizerResult("PERSON", s, s + len(name), 0.7))
        return out

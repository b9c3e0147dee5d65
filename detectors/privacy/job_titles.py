"""Job titles where a sentence or a record says they are someone's.

A job title next to a name narrows a person down as much as a town does, and data sets
label it (TITLE, with the honorifics of `recognizers.TitleRecognizer`). A title is a short
phrase ending in an occupation noun ("Applications engineer", "Mine cutting and
channeling machine operator"); it is reported only where the text makes it a person's:
after "work(ed) for … as", in an apposition to a name (", the Web designer, said"), or on
the line under a name line of a record or signature. The occupation nouns are generic
English heads, not a list of titles; heads that also name software parts (driver, broker,
controller, host, handler, scheduler, agent, worker) are left out.
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer
from detectors.privacy.names import looks_like_a_person, model_entity_over
from detectors.privacy.places import clause_before

_HEADS = (
    "engineer|architect|officer|manager|director|assistant|analyst|developer|designer|consultant|surgeon|"
    "physician|doctor|nurse|teacher|lecturer|professor|scientist|technician|technologist|operator|repairer|"
    "dispatcher|expert|surveyor|inspector|supervisor|administrator|clerk|accountant|auditor|lawyer|attorney|"
    "solicitor|paralegal|pharmacist|therapist|psychologist|counsell?or|pilot|mechanic|"
    "electrician|plumber|carpenter|chef|cook|baker|waiter|waitress|cashier|salesperson|representative|"
    "planner|coordinator|specialist|editor|writer|journalist|reporter|photographer|artist|musician|"
    "actor|actress|athlete|coach|trainer|instructor|librarian|curator|researcher|economist|statistician|"
    "programmer|secretary|receptionist|buyer|estimator|underwriter|actuary|banker|teller|farmer|"
    "gardener|landscaper|labou?rer|machinist|welder|fitter|installer|assembler|offbearer|attendant|"
    "firefighter|paramedic|dentist|hygienist|optometrist|radiographer|midwife|veterinarian|geologist|"
    "chemist|biologist|physicist|translator|executive|dean|erector|escort|"
    "packager|polisher|examiner|investigator|adjuster|appraiser|advisor|adviser|"
    "strategist|recruiter|treasurer|registrar|hostess|steward|stewardess|"
    "housekeeper|janitor|cleaner|painter|roofer|mason|glazier|upholsterer|tailor|seamstress|jeweller|jeweler|"
    "superintendent|drafter|draftsman|companion|typist|aide|practitioner|lender|"
    # any "-ist" of a trade ("Microeconomist", "Typist"), not a verb that ends so
    r"(?!(?:assist|resist|persist|insist|consist|exist|subsist|desist|enlist|twist|wrist)\b)[a-z]{3,}ist"
)
# A title may name the trade in the plural ("the Practical nurses, said").
_HEADS = rf"(?:{_HEADS})(?:e?s)?"
# Modifier words of a title; never an article or a preposition ("as a cron operator",
# "good example as a Data Engineer" are not titles that run across "as a").
_WORD = r"(?!(?:as|a|an|the|of|for|to|in|on|at|with|by|from)\b)[A-Za-zÀ-ÿ][a-zà-ÿ'-]{0,30}"
_TITLE = rf"(?P<title>(?:{_WORD}[ \t]+(?:and[ \t]+)?){{0,5}}(?i:{_HEADS}))(?![\w-])"
# "as the message broker", "as the primary controller" are roles of things; jobs are "as (a) …".
_AS = re.compile(rf"\bas[ \t]+(?:an?[ \t]+)?{_TITLE}")
_WORK_BEFORE = re.compile(r"\b(?:work(?:s|ed|ing)?|employed|hired|joined|served|serves|position|career|"
                          r"started|promoted)\b", re.IGNORECASE)
# The one who works is a person: a personal pronoun in the clause, or a name the model reads
# ("This module works as a Package Manager", "It joined the cluster as a storage operator" are not).
_PERSON_SUBJECT = re.compile(r"\b(?:I|I'm|I've|I'd|you|he|she|we|they|my|his|her|our|their)\b", re.IGNORECASE)
# ", the Web designer," after a name: the name is up to four words before the comma.
_APPOSITION = re.compile(rf"(?<![\w'’.-])(?P<name>(?:[A-ZÀ-Þ][\w'’.-]{{0,40}}[ \t]+){{0,3}}[A-ZÀ-Þ][\w'’.-]{{0,40}}),"
                         rf"[ \t]+the[ \t]+{_TITLE},")
_LINE = re.compile(rf"^[ \t]*{_TITLE}[ \t]*$", re.MULTILINE)


class JobTitleRecognizer(TextRecognizer):
    """TITLE for a job title that the sentence or record attaches to a person."""

    ENTITY = "TITLE"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for m in _AS.finditer(text):
            clause = clause_before(text, m.start(), window=80)
            clause_start = m.start() - len(clause)
            subject = _PERSON_SUBJECT.search(clause) or model_entity_over(nlp_artifacts, clause_start, m.start(), {"PERSON"})
            if _WORK_BEFORE.search(clause) and subject:
                out.append(RecognizerResult(self.ENTITY, *m.span("title"), 0.6))
        for m in _APPOSITION.finditer(text):
            if looks_like_a_person(m.group("name")) or model_entity_over(nlp_artifacts, *m.span("name"), {"PERSON"}):
                out.append(RecognizerResult(self.ENTITY, *m.span("title"), 0.6))
        for m in _LINE.finditer(text):
            window_start = max(0, m.start() - 120)
            above = text[window_start:m.start()].rstrip("\n \t\r")
            line_start = above.rfind("\n") + 1
            name = above[line_start:].strip(" \t?}>*-•")
            if not (m.group("title")[:1].isupper() and name):
                continue
            s = window_start + line_start + above[line_start:].index(name)
            if looks_like_a_person(name) or model_entity_over(nlp_artifacts, s, s + len(name), {"PERSON"}):
                out.append(RecognizerResult(self.ENTITY, *m.span("title"), 0.6))
        return out

"""Companies named with their legal form: "SANKO MARKETING FOODS CO.LTD.", "Orchid Pharma Ltd".

The small model splits a company written in capitals ("THK" a company, "CO.LTD" a place) and
often stops before the legal form. A run of capitalised words that ends in a legal form is one
ORGANIZATION, and the model's place or person inside it is dropped (see `engine._PRIORITY`). Only
reported when asked for: a company's name is rarely personal data.
"""
from __future__ import annotations

import re
from typing import List

from presidio_analyzer import RecognizerResult

from detectors.privacy.base import TextRecognizer

_LEGAL = (r"CO\.?[ \t]?LTD|Co\.?[ \t]?Ltd|LTD|Ltd|LIMITED|Limited|INC|Inc|CORP|Corp|CORPORATION|Corporation|PLC|[Pp]lc"
          r"|LLC|LLP|GMBH|GmbH|AG|S\.?A|N\.?V|B\.?V|A/S|ASA|AB|OYJ|Oyj|S\.?p\.?A|K\.?K|PTY|Pty|PTE|Pte")
# Words of the name: capitals or capitalised words, "&" and digits between them; at most six.
_WORD = r"(?:[A-Z][A-Za-z0-9'’&.-]*|&)"
_RX = re.compile(rf"(?<![\w.&-])(?P<org>{_WORD}(?:[ \t]+{_WORD}){{0,5}}?[ \t,]+(?:{_LEGAL}))(?![\w&-])")
_LEAD = re.compile(r"^(?:The|At|In|Of|From|For|By|And|With|To|Dear|Hi)[ \t]+")


_LEGAL_ONLY = re.compile(rf"(?:{_LEGAL})\.?")


def is_legal_form(span: str) -> bool:
    """"CO.LTD", "GmbH": a legal form alone, which the model calls a place or a person."""
    return _LEGAL_ONLY.fullmatch(span.strip()) is not None


class CompanyRecognizer(TextRecognizer):
    """ORGANIZATION for a capitalised name closed by a legal form."""

    ENTITY = "ORGANIZATION"

    def analyze(self, text: str, entities: List[str], nlp_artifacts=None) -> List[RecognizerResult]:
        out = []
        for m in _RX.finditer(text):
            s, e = m.span("org")
            lead = _LEAD.match(text, s, e)
            s = lead.end() if lead else s
            if len(text[s:e].split()) >= 2:  # "Ltd" alone names no company
                out.append(RecognizerResult(self.ENTITY, s, e, 0.6))
        return out

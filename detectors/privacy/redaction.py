"""`redact_text`: the Presidio redactor for telemetry and audit content capture.

Registered as the `presidio` entry point of `agentguard.redactors`. The core's secret
patterns run first (a key cut by a line break is joined there, which Presidio's spans
would split), then every entity detected becomes `<TYPE>`, and the core's pattern
redactor still runs after this one, so what is missed here is caught there. If Presidio cannot run at all, this falls back to the core pattern redactor
rather than letting content through unredacted.
"""
from __future__ import annotations

import logging

from guard.decoding import decode_wide_json_escapes
from guard.redaction import redact_patterns, redact_secrets, without_surrogates

log = logging.getLogger(__name__)

# Types worth hiding in telemetry: everything personal. DATE_TIME and NRP alone are
# rarely identifying and would make traces unreadable, so they are kept.
_SKIP = {"DATE_TIME", "NRP", "URL"}


def redact_text(text: str) -> str:
    """Replace personal data in `text` with `<ENTITY_TYPE>` placeholders."""
    if not text:
        return text
    # the names a JSON text escapes ("Fran\u00e7ois M\u00fcller") as its reader sees them
    text = without_surrogates(decode_wide_json_escapes(text))  # a lone surrogate: U+FFFD, same length
    text = redact_secrets(text)  # keys first, whole: Presidio's spans would split one cut by a line break
    try:
        from detectors.privacy.engine import get_analyzer

        entities = get_analyzer().analyze(text)
    except Exception as exc:  # never let capture fail open
        log.warning("presidio redactor unavailable (%s); using pattern redactor", type(exc).__name__)
        return redact_patterns(text)
    out = text
    for e in sorted(entities, key=lambda e: e.start, reverse=True):
        if e.type in _SKIP:
            continue
        out = out[: e.start] + f"<{e.type}>" + out[e.end :]
    return out

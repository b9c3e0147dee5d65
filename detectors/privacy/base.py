"""The shape every agentguard recognizer shares: one entity type, English, nothing to load."""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer

# Entity types that name someone or something: what a postal code or a facility's name can
# swallow when a recognizer misreads part of it.
NAME_ENTITY_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})


class TextRecognizer(EntityRecognizer):
    """A recognizer of `ENTITY` that reads the text (and the model's entities) as it is."""

    ENTITY = ""

    def __init__(self):
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load; patterns compile on first use
        pass

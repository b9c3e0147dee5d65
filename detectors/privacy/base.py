"""The shape every agentguard recognizer shares: one entity type, English, nothing to load."""
from __future__ import annotations

from presidio_analyzer import EntityRecognizer


class TextRecognizer(EntityRecognizer):
    """A recognizer of `ENTITY` that reads the text (and the model's entities) as it is."""

    ENTITY = ""

    def __init__(self):
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load; patterns compile on first use
        pass

"""What the proxy decided about each message it checked, so that a later request repeating the
message as history forwards it as decided.

A chat-completions client keeps its own copy of the conversation and sends all of it every
turn; a rewrite or refusal the proxy applied to what it forwarded is not in that copy. Without
this memory the next turn would forward the raw tool output or user message the guard had
removed. A message this process never decided (another worker's, one from before a restart,
or history a client wrote itself) is checked as new instead.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any

from guard.events import canonical_json
from guard.proxy import mapping

MAX_REMEMBERED = 100_000  # (run, message) pairs per process, oldest forgotten first
MAX_REMEMBERED_CHARS = 32_000_000  # and at most this much replacement text
UNSEEN = object()


def message_key(run_id: str, message: dict[str, Any]) -> str:
    """A run's message by what the guard reads of it (role, text, which call it answers)."""
    fields = [run_id, message.get("role"), mapping.content_text(message.get("content")),
              message.get("tool_call_id"), message.get("name")]
    return hashlib.sha256(canonical_json(fields).encode()).hexdigest()


class DecidedMessages:
    """run and message → the content forwarded in its place (None: forwarded unchanged)."""

    def __init__(self, limit: int = MAX_REMEMBERED, max_chars: int = MAX_REMEMBERED_CHARS) -> None:
        self.limit = limit
        self.max_chars = max_chars
        self._chars = 0
        self._outcomes: OrderedDict[str, str | None] = OrderedDict()
        self._lock = threading.Lock()  # the client wrapper may be called from several threads

    def outcome(self, run_id: str, message: dict[str, Any]) -> Any:
        """The content forwarded in its place, None if unchanged, `UNSEEN` if never decided here."""
        key = message_key(run_id, message)
        with self._lock:
            found = self._outcomes.get(key, UNSEEN)
            if found is not UNSEEN:
                self._outcomes.move_to_end(key)
        return found

    def remember(self, run_id: str, message: dict[str, Any], replacement: str | None) -> None:
        key = message_key(run_id, message)
        with self._lock:
            old = self._outcomes.pop(key, None)
            self._chars += len(replacement or "") - len(old or "")
            self._outcomes[key] = replacement
            while len(self._outcomes) > self.limit or self._chars > self.max_chars:
                _, dropped = self._outcomes.popitem(last=False)
                self._chars -= len(dropped or "")

    def __len__(self) -> int:
        return len(self._outcomes)

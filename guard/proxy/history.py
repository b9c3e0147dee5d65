"""What the proxy decided about each message it checked, so that a later request repeating the
message as history forwards it as decided; and which runs a halt stopped.

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
    return hashlib.sha256(canonical_json([run_id, *mapping.message_fields(message)]).encode()).hexdigest()


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


class HaltedRuns:
    """Runs a halt stopped, newest last and bounded. A run id derived from a conversation is
    shared by every conversation that opens alike, so there only the halted conversation's
    continuations are stopped: the halt keeps how many of its messages, and their digest."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._runs: OrderedDict[str, tuple[str, int | None, str | None]] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, run_id: str, reason: str, scope: list[dict[str, Any]] | None) -> None:
        """`scope`: the request's messages when its run id was derived from them, else None."""
        entry = (reason, None, None) if scope is None else (reason, len(scope), mapping.messages_digest(scope))
        with self._lock:
            self._runs[run_id] = entry
            self._runs.move_to_end(run_id)
            while len(self._runs) > self.limit:
                self._runs.popitem(last=False)

    def reason(self, run_id: str, scope: list[dict[str, Any]] | None) -> str | None:
        """The halt's reason, when a request with these messages continues a halted run."""
        with self._lock:
            entry = self._runs.get(run_id)
        if entry is None:
            return None
        reason, length, digest = entry
        if length is None or scope is None:
            return reason
        return reason if len(scope) >= length and mapping.messages_digest(scope[:length]) == digest else None

    def __len__(self) -> int:
        return len(self._runs)

    def __bool__(self) -> bool:
        return bool(self._runs)

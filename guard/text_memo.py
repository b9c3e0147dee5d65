"""What was computed from a text, kept for the latest texts by the text's digest.

A stateless client (the proxy's) sends its whole conversation every turn, so the checks read the
same tool results again and again; what they compute from a text alone can be kept. Bounded by
entries and, where the values are large, by a size each value reports.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any, Callable, Generic, Hashable, TypeVar

V = TypeVar("V")


def digest(text: str) -> bytes:
    """A short digest of a text, for keys (lone surrogates included)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class TextMemo(Generic[V]):
    """`get(text, make)`: `make(text)`, kept for the latest `max_items` texts (and, with `size`,
    up to `max_size` in all); `keep(value)` False leaves a value unkept. Thread-safe; two threads
    missing the same text both make it."""

    def __init__(self, max_items: int, max_size: int | None = None, size: Callable[[V], int] | None = None,
                 keep: Callable[[V], bool] | None = None):
        self.max_items, self.max_size, self._size, self._keep = max_items, max_size, size, keep
        self._values: OrderedDict[Any, V] = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()

    def get(self, text: str, make: Callable[[str], V], extra: Hashable = None) -> V:
        key = (digest(text), extra)
        with self._lock:
            found = self._values.get(key)
            if found is not None:
                self._values.move_to_end(key)
                return found
        value = make(text)
        if self._keep is not None and not self._keep(value):
            return value
        with self._lock:
            if key not in self._values:
                self._values[key] = value
                self._total += self._size(value) if self._size else 0
            while len(self._values) > self.max_items or (self.max_size is not None and self._total > self.max_size):
                dropped = self._values.popitem(last=False)[1]
                self._total -= self._size(dropped) if self._size else 0
        return value

    def __len__(self) -> int:
        return len(self._values)

    def values(self) -> list[V]:
        with self._lock:
            return list(self._values.values())

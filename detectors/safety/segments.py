"""Cut tool output into overlapping chunks small enough for a sentence encoder.

Injected text is usually a few sentences inside a long, otherwise harmless result (one
e-mail among fifty, one field of one record). Scoring the whole result would dilute it;
scoring single lines would lose instructions spread over several lines. So: lines are
packed into chunks of at most `max_chars`, consecutive chunks overlap by one line, and a
line longer than `max_chars` is cut at sentence ends.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\\n|\n")


@dataclass(frozen=True)
class Chunk:
    text: str
    first_line: int
    last_line: int  # inclusive


def split_lines(text: str, max_chars: int = 320) -> list[str]:
    """Non-empty lines; over-long lines are cut at sentence ends (or hard-wrapped)."""
    return [line for _, line in split_lines_indexed(text, max_chars)]


def split_lines_indexed(text: str, max_chars: int = 320) -> list[tuple[int, str]]:
    """`split_lines` with, for each piece, the index of the source line it was cut from
    (pieces of one long line are one paragraph: one e-mail body, one field value)."""
    out: list[tuple[int, str]] = []
    for n, line in enumerate(text.replace("\\n", "\n").splitlines()):
        line = line.strip()
        if not line:
            continue
        if len(line) <= max_chars:
            out.append((n, line))
            continue
        buf = ""
        for sent in _SENTENCE_END.split(line):
            sent = sent.strip()
            if not sent:
                continue
            while len(sent) > max_chars:
                if buf:
                    out.append((n, buf))
                    buf = ""
                out.append((n, sent[:max_chars]))
                sent = sent[max_chars:]
            if buf and len(buf) + 1 + len(sent) > max_chars:
                out.append((n, buf))
                buf = sent
            else:
                buf = f"{buf} {sent}".strip()
        if buf:
            out.append((n, buf))
    return out


def chunk_lines(lines: list[str], max_chars: int = 320) -> list[Chunk]:
    """Pack lines into chunks of <= max_chars; each chunk after the first repeats the previous last line."""
    chunks: list[Chunk] = []
    i = 0
    n = len(lines)
    while i < n:
        j = i
        size = len(lines[i])
        while j + 1 < n and size + 1 + len(lines[j + 1]) <= max_chars:
            j += 1
            size += 1 + len(lines[j])
        chunks.append(Chunk("\n".join(lines[i : j + 1]), i, j))
        if j + 1 >= n:
            break
        i = j if j > i else j + 1  # overlap by one line when the chunk holds several
    return chunks

"""Helpers shared by the audit tests: records, a writer subprocess, raw SQL tampering."""
from __future__ import annotations

import subprocess
import sys
from typing import Any

from guard.audit import AuditRecord

# A separate process appending records and printing each record_id once `append`
# returned (sync: durable). argv: url n durability tag [go_file] [flush_every]
# n == 0 means "until killed"; go_file makes several writers start together.
WRITER_SCRIPT = r"""
import os, sys, time
from guard.audit import AuditRecord, open_store
url, n, durability, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
go = sys.argv[5] if len(sys.argv) > 5 and sys.argv[5] != "-" else None
flush_every = int(sys.argv[6]) if len(sys.argv) > 6 else 0
store = open_store(url, durability=durability, flush_interval_ms=20)
print("ready", flush=True)
while go and not os.path.exists(go):
    time.sleep(0.005)
i = 0
while n == 0 or i < n:
    rec = AuditRecord(run_id=tag, step=i, hook="tool_call", interceptor="safety.tool_gate",
                      action="refuse" if i % 7 == 0 else "allow", reasons=[f"reason {i}"],
                      scores={"risk": i / 1000}, details={"i": i})
    store.append(rec)
    i += 1
    if durability == "sync":
        print(rec.record_id, flush=True)
    elif flush_every and i % flush_every == 0:
        store.flush()
        print(f"flushed {i}", flush=True)
if n:
    store.close()
    print("done", flush=True)
"""


def start_writer(url: str, n: int, durability: str, tag: str, go_file: str = "-", flush_every: int = 0) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER_SCRIPT, url, str(n), durability, tag, go_file, str(flush_every)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def make_record(i: int = 0, run_id: str = "run-1", **kw: Any) -> AuditRecord:
    fields: dict[str, Any] = dict(
        run_id=run_id, step=i, agent="mail-agent", hook="tool_call", interceptor="safety.tool_gate",
        action="refuse" if i % 3 == 2 else "allow", rule="transfer_*" if i % 3 == 2 else None,
        reasons=[f"reason {i}"] if i % 3 == 2 else [], scores={"risk": round(0.1 * (i % 10), 3)},
        policy_name="default", policy_version="1", policy_hash="ab" * 32, event_digest=f"{i:064x}",
        trace_id=f"{i + 1:032x}", span_id=f"{i + 1:016x}", latency_ms=0.05 * i, details={"i": i, "tags": ["a", "b"]},
    )
    fields.update(kw)
    return AuditRecord(**fields)


def content(rec: AuditRecord) -> dict[str, Any]:
    """What the caller gave (without the store-assigned chain fields)."""
    return rec.model_dump(mode="json", exclude={"seq", "prev_hash", "hash"})

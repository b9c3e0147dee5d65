"""Tamper-evident audit trail: one hash-chained record per verdict (SQLite or PostgreSQL).

    store = open_store("sqlite:///audit.db", durability="buffered")
    store.append(AuditRecord(run_id=..., hook="tool_call", action="refuse", ...))
    store.close()
    store.verify().ok
"""
from guard.audit.engine import AuditError, AuditStoreNotFound, AuditTrailGone, AuditWriteError, normalize_url
from guard.audit.records import GENESIS_HASH, AuditRecord, chain_hash
from guard.audit.store import AuditStore, Durability, open_store
from guard.audit.verify import VerifyResult

__all__ = [
    "AuditError",
    "AuditRecord",
    "AuditStore",
    "AuditStoreNotFound",
    "AuditTrailGone",
    "AuditWriteError",
    "Durability",
    "GENESIS_HASH",
    "VerifyResult",
    "chain_hash",
    "normalize_url",
    "open_store",
]

"""Which tools change the world, which arguments steer an action, which sources are trusted.

Policy names tools explicitly; when it does not, names decide: `send_*`, `transfer_*`,
`delete_*`, ... change state, and arguments called `recipient`, `iban`, `to`, `url`, ...
decide *where* an action goes. The defaults are verb and noun patterns of agent tool
APIs in general, not of any benchmark.
"""
from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache
from typing import Any

from pydantic import ConfigDict, Field, PrivateAttr

from guard.settings import Settings
from guard.tool_names import READ_VERBS, namespace_parts, namespace_tail, snake_case, unjoined


class Trust(IntEnum):
    """How far a source's text may steer an action (higher = less)."""

    TRUSTED = 0  # the user, or a tool the policy trusts
    UNTRUSTED = 1  # ordinary tool output
    SUSPICIOUS = 2  # tool output flagged as carrying injected instructions


STATE_CHANGING_VERBS = (
    "send", "transfer", "pay", "delete", "remove", "update", "create", "post", "put", "patch",
    "write", "append", "edit", "modify", "set", "change", "reset", "schedule", "book", "reserve",
    "cancel", "invite", "add", "share", "upload", "publish", "submit", "execute", "run", "exec",
    "move", "rename", "grant", "revoke", "approve", "purchase", "buy", "order", "forward", "reply",
    "notify", "deploy", "install", "drop", "insert", "kick", "ban", "archive",
    "download", "commit", "merge", "push", "withdraw", "deposit", "refund", "charge", "sign", "checkout", "settle", "amend",
    "wire", "remit", "transmit", "export", "dispatch", "broadcast", "donate", "tweet", "subscribe",
    "assign", "invoke", "trigger", "reschedule", "save",
    # the acts `detectors.safety.orders` reads, so a call it finds ordered is checked at all
    "terminate", "wipe", "erase", "trash", "clear", "purge", "destroy", "discard", "hire", "rent", "register",
    "enroll", "enrol", "lock", "unlock", "disable", "enable", "restart", "scale", "close", "reopen", "resolve",
    "rsvp", "unsubscribe", "rollback", "revert", "rotate", "decommission", "provision", "upgrade", "downgrade",
    "escalate", "reboot", "suspend", "unban", "unblock", "unmute",
    # acts of records, money and accounts in business systems (`ats_advance_candidate`, `ils_waive_fine`)
    "advance", "reroute", "redirect", "repost", "retweet", "reshare", "exchange", "waive", "prepay", "dispose",
    "reject", "deny", "decline", "accept", "dismiss", "renew", "extend", "void", "reassign", "unassign", "adjust",
    "apply", "flag", "block", "hold", "pause", "refill", "restock", "reinstate", "activate", "deactivate",
    "comp", "reissue", "unlist", "delist", "relist", "release", "credit", "relocate", "allocate", "email",
    "mark", "reorder", "replenish", "ship", "deliver", "lend", "toggle", "increase", "decrease", "reduce", "record",
    "shutoff", "shut", "disconnect", "reconnect", "confirm", "isolate", "print", "reprint", "fill", "issue", "log",
    # holds and gaps in a service: `memberships.freeze`, `visits.skip`, `deliveries.postpone`
    "freeze", "unfreeze", "skip", "postpone", "defer", "unpause", "reactivate",
    # swaps and listings: `rota.shifts.swap`, `stock.unpublish`, `catalog.upsert_object`, `permits.withdraw`
    "swap", "unpublish", "upsert",
    # sendings named by what is sent: `bookwhen.message_attendees`, `newsletter.circulate`
    "message", "circulate",
)
# Verbs that are nouns too: not before a noun of reporting (`credit_score`, `hold_status`,
# `exchange_rate`, `block_height`, `decline_reasons`), and some not at a name's end either
# (`latest_release`, `store_credit`, `account_hold`, `cash_advance`)
_NOUNISH = frozenset("release credit hold exchange block flag comp decline renew deny accept advance apply pause freeze skip "
                     "unfreeze postpone defer unpause reactivate swap "
                     "refill restock reject dismiss void extend adjust email ship mark toggle record print fill issue log "
                     "message".split())
_LEADING_ONLY = frozenset("release credit hold exchange block flag advance email ship mark increase decrease reduce toggle "
                          "record print issue log message".split())  # `log_hours`, `volunteer_hours.log`; not `access_log`
# "place" changes state only as the placing of something: `place_order`, `suppliers.orders.place`, `bets.place`
# (not `place_search`, `place_autocomplete`)
_PLACED = frozenset("order orders bet bets hold holds booking bookings reservation reservations bid bids trade trades".split())
_NOUN_FOLLOWERS = frozenset("score scores note notes report reports limit limits rating ratings history status info "
                            "details date dates version versions card cards union line lines balance balances rate rates "
                            "height schedule schedules reason reasons queue position positions eligibility list lists "
                            "language languages policy policies code codes count counts type types summary log logs "
                            "time times stats id ids window address addresses template templates thread threads "
                            "settings preferences body subject tracker tracking level levels preview options quote quotes "
                            "trace tracing".split())
# Verbs that, before "status", change it (`lifts_set_status`); "update" reports there (`order_update_status`)
_SETS_STATUS = frozenset("set reset modify edit clear".split())
# Nouns that end the name of a tool that reports: a verb after a namespace
# (`slack_post_message`) acts, but `user_post_count` and `latest_run_logs` report, as do names
# whose first or last word is a verb of reading (`guard.tool_names.READ_VERBS`).
REPORT_NOUNS = frozenset("status count counts history time times log logs id ids info details stats summary list url link "
                         "preview options eligibility".split())
# At the end of a name "extract" and "recall" are nouns: `crm_export_extract`, `fda_publish_recall` act.
_TRAILING_READS = READ_VERBS - {"extract", "recall"}
# What a name says is done, when its verb is a general one (`make_payment`, `process_payment`).
_SOCIAL_ACTS = frozenset("follow unfollow mute".split())
_SOCIAL_OBJECTS = frozenset("user users account accounts handle handles player players member members profile profiles "
                            "channel channels page pages person people".split())
_PARTICLES = frozenset("in out on off up down over back by of to for".split())  # `user_sign_in_history` reports
STATE_CHANGING_NOUNS = frozenset("payment payments payout payouts remittance refund refunds credit credits permit permits "
                                 "license licenses licence licences keycard keycards voucher vouchers ticket tickets "
                                 "invoice invoices certificate certificates badge badges pass passes loan loans confirmation "
                                 "confirmations letter letters receipt receipts".split())
_GENERAL_VERBS = frozenset("make process initiate issue".split())

SENSITIVE_ARGUMENTS = (
    "recipient", "recipients", "iban", "account", "to", "cc", "bcc", "email", "address", "url", "uri",
    "link", "endpoint", "webhook", "host", "domain", "phone", "number", "amount", "password",
    "token", "secret", "destination", "dest", "target", "user", "username", "channel", "path",
    "file", "filename", "command", "cmd", "code", "script", "query",
    # who receives an invitation or a share is a destination too
    "participant", "participants", "attendee", "attendees", "invitee", "invitees", "guest", "guests",
    "member", "members", "assignee", "assignees",
    # who is paid, and where a browser or a callback goes
    "beneficiary", "payee", "receiver", "addressee", "wallet", "website", "site", "href", "callback", "redirect",
)


_NON_WORD = re.compile(r"[^A-Za-z0-9]+")
_INDEX = re.compile(r"\[\d+\]")


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, ...]:
    """Name parts, cached: taint asks this for every argument of every call, and agents reuse names."""
    return tuple(p for p in _NON_WORD.split(snake_case(name)) if p)


class TrustConfig(Settings):
    """Tool trust and state-changing declarations (a policy's word beats the name patterns)."""

    model_config = ConfigDict(extra="forbid")

    trusted_tools: list[str] = Field(default_factory=list, description="tools whose output counts like the user's words")
    state_changing_tools: list[str] = Field(default_factory=list, description="tools that change state, besides name patterns")
    read_only_tools: list[str] = Field(default_factory=list, description="tools that never change state, whatever their name")
    state_changing_verbs: list[str] = Field(default_factory=lambda: list(STATE_CHANGING_VERBS))
    sensitive_arguments: list[str] = Field(default_factory=lambda: list(SENSITIVE_ARGUMENTS))
    # Looked up for every tool call and argument, so built once, when the policy is loaded.
    _verbs: frozenset[str] = PrivateAttr(default=frozenset())
    _nouns: frozenset[str] = PrivateAttr(default=frozenset())

    def model_post_init(self, context: Any) -> None:
        self._verbs = frozenset(self.state_changing_verbs)
        self._nouns = frozenset(self.sensitive_arguments)


def _noun_use(parts: list[str], i: int) -> bool:
    """`parts[i]` is one of the verbs that are nouns too, used as a noun (`credit_score`, and
    `issue` alone or before a verb: `mcp__jira__issue`, `issue_read`; any before a verb of reading:
    `message_search`, `email_lookup`)."""
    if parts[i] == "issue" and (i + 1 == len(parts) or parts[i + 1] in _ISSUE_FOLLOWERS):
        return True
    return parts[i] in _NOUNISH and i + 1 < len(parts) and (parts[i + 1] in _NOUN_FOLLOWERS or parts[i + 1] in READ_VERBS)


_ISSUE_FOLLOWERS = frozenset("read get search list comments comment details view fetch find query".split())


_LOG_READS = frozenset("search query stream viewer analytics insights tail groups entries".split())  # a log read, not written


def _without_log_read(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A name's parts without a "log" that is read (`log_search`, `log_groups.list`, `log.get`), not written."""
    if "log" in parts and (READ_VERBS | _LOG_READS).intersection(parts):
        return tuple(p for p in parts if p != "log")
    return parts


# what is started or stopped: "start" and "stop" are acts only beside one (`start_job`, `cnc.job_start`) or alone
# after a namespace (`cnc.jobs.start`), not a bus stop's departures or a start date (`tfl.bus.stop_departures`)
_STARTED = frozenset("""job jobs instance instances vm vms server servers timer timers build builds session sessions
    workflow workflows pipeline pipelines machine machines container containers service services task tasks recording
    stream streams campaign campaigns cycle cycles zone zones run runs process processes engine program programme print
    sync backup backups export exports import imports""".split())


def _starts_or_stops(parts: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    for ps in (parts, inner):
        for i, p in enumerate(ps):
            if p in ("start", "stop") and (len(ps) == 1 or (i + 1 < len(ps) and ps[i + 1] in _STARTED)
                                           or (i > 0 and ps[i - 1] in _STARTED)):
                return True
    return False


def is_state_changing(tool: str, cfg: TrustConfig) -> bool:
    if tool in cfg.read_only_tools:
        return False
    if tool in cfg.state_changing_tools:
        return True
    verbs = cfg._verbs
    parts = _without_log_read(tuple(w for p in name_parts(tool) for w in unjoined(p, verbs)))
    if not parts:
        return False
    if "place" in parts and any(a == "place" and b in _PLACED for a, b in (*zip(parts, parts[1:]), *zip(parts[1:], parts))):
        return True
    # The verb leads a tool name (`send_money`, `createIssue`); a trailing verb (`email_send`) counts too.
    if (parts[0] in verbs and not _noun_use(parts, 0)) or (parts[-1] in verbs and parts[-1] not in _LEADING_ONLY):
        return True
    named = namespace_tail(tool)
    inner = _without_log_read(name_parts(named or tool))
    if ("start" in parts or "stop" in parts) and _starts_or_stops(parts, inner):
        return True
    # following or muting someone (`social.follow`, `follow_user`), not a link (`follow_link`, `who_to_follow`)
    if inner and inner[0] in _SOCIAL_ACTS and (len(inner) == 1 or inner[-1] in _SOCIAL_OBJECTS):
        return True
    # a namespace written as such (`mcp__github__create_issue`, `functions.post_message`): its last part
    if named != tool and named and inner and ((inner[0] in verbs and not _noun_use(inner, 0))
                                              or (inner[-1] in verbs and inner[-1] not in _LEADING_ONLY)):
        return True
    # one word of namespace (`slack_post_message`, `v2_send_money`), unless the name reports
    # (`user_post_count`); a report noun after another object is what the verb changes
    # (`payroll_update_bank_details`); so after a namespace written as such (`fieldwork.job_add_task`)
    # (or of two: `google_calendar_create_event`)
    if any(len(ps) >= at + 2 and ps[at] in verbs and not _noun_use(ps, at)
           and ps[0] not in READ_VERBS and (at == 1 or (ps[1] not in READ_VERBS and ps[1] not in verbs))
           and ps[-1] not in _TRAILING_READS
           and (ps[-1] not in REPORT_NOUNS or (ps[at] in _SETS_STATUS and ps[-1] == "status")
                or (len(ps) >= at + 3 and ps[-2] not in verbs and ps[-2] not in _PARTICLES))
           for ps in (parts, inner if named != tool else []) for at in (1, 2)):
        return True
    # a verb that is also a noun, alone after the things it acts on (`vouchers.issue`, `gift_cards.issue`; not
    # `github.issue`, a thing)
    segments = [name_parts(p) for p in namespace_parts(tool)]
    if len(segments) >= 2 and segments[-1] == (named.lower(),) and named.lower() in _LEADING_ONLY and segments[-2] \
            and segments[-2][-1].endswith("s") and not segments[-2][-1].endswith("ss"):
        return True
    # a general verb, with a namespace or without (`make_payment`, `claims_issue_payment`)
    return any(p in _GENERAL_VERBS for p in parts[:2]) and parts[-1] in STATE_CHANGING_NOUNS


# Verbs whose tools may only read or compute (`run_query`, `execute_sql`, `run_code`, `download_file`)
_MAY_ONLY_READ = frozenset("run execute exec query eval evaluate compute calculate download invoke".split())
# The agent's own workspace: what it notes for itself changes nothing of the user's (`TodoWrite`, `save_memory`)
_OWN_WORKSPACE = frozenset("todo todos memory memories plan scratchpad cache context filter filters view".split())


def acts_for_sure(tool: str, cfg: TrustConfig) -> bool:
    """A state-changing tool whose name leaves no doubt: not led by a verb of reading (`get_order`,
    `get_blog_post` are reads whatever noun ends them), nor by one that may only read or compute
    (`run_query`, `run_code`, `download_file`), unless the policy lists it as state-changing."""
    if tool in cfg.state_changing_tools:
        return True
    if not is_state_changing(tool, cfg):
        return False
    parts = name_parts(namespace_tail(tool) or tool)
    return bool(parts) and parts[0] not in READ_VERBS and parts[0] not in _MAY_ONLY_READ \
        and not _names_own_workspace(tool, cfg)


def _names_own_workspace(tool: str, cfg: TrustConfig) -> bool:
    """A workspace word that opens a part of the name or follows its verb (`update_plan`, `TodoWrite`,
    `memory.save`), not one another noun qualifies (`care_plan`, `meal_plan`: the user's records)."""
    for segment in namespace_parts(tool):
        words = name_parts(segment)
        if any(w in _OWN_WORKSPACE and (i == 0 or words[i - 1] in cfg._verbs or words[i - 1] in READ_VERBS)
               for i, w in enumerate(words)):
            return True
    return False


def is_sensitive_argument(path: str, cfg: TrustConfig) -> bool:
    """True when any part of the argument's name is a steering noun (`recipient`, `user_email`, `to[0]`)."""
    parts = name_parts(_INDEX.sub("", path))
    names = cfg._nouns
    # a plural names the same thing (`emails`, `urls`, `addresses`)
    return any(p in names or (p.endswith("s") and p[:-1] in names)
               or (p.endswith("es") and p[:-2] in names and p[:-2].endswith(("s", "x", "sh", "ch")))
               for p in parts)


def tool_trust(tool: str, cfg: TrustConfig) -> Trust:
    return Trust.TRUSTED if tool in cfg.trusted_tools else Trust.UNTRUSTED

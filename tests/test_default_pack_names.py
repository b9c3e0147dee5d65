"""The default pack holds money moves and deletions for an approver however the tool is named:
`pay_invoice` and `stripe.refunds.create` alike; reads stay in no risk class."""
from __future__ import annotations

import pytest


@pytest.fixture
def default_guard(make_guard):
    return make_guard(extends="default", escalation={"fallback": "refuse"})


@pytest.mark.parametrize("tool,rule", [
    ("stripe.refunds.create", "risk:financial"), ("bank.transfers.create", "risk:financial"),
    ("xero.payments.create", "risk:financial"), ("paypal.payouts.create", "risk:financial"),
    ("stripe.payment_intents.create", "risk:financial"), ("quickbooks.billpayments.create", "risk:financial"),
    ("drive.files.delete", "risk:destructive"), ("league.teams.remove", "risk:destructive"),
    ("pay_invoice", "risk:financial"), ("delete_file", "risk:destructive"),
])
def test_money_moves_and_deletions_wait_for_an_approver_in_any_naming(default_guard, tool, rule):
    with default_guard.run(agent="a") as run:
        run.input("do it")
        d = run.tool_call(tool, {"id": "x1"})
    assert not d.allowed and rule in [v.rule for v in d.verdicts]


@pytest.mark.parametrize("tool", ["stripe.refunds.list", "payments.get", "get_payment", "xero.invoices.create",
                                  "drive.files.get"])
def test_reads_and_other_makings_are_in_no_risk_class(default_guard, tool):
    with default_guard.run(agent="a") as run:
        run.input("do it")
        d = run.tool_call(tool, {"id": "x1"})
    assert not [v.rule for v in d.verdicts if (v.rule or "").startswith("risk:")]

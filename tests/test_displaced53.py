"""Counts and amounts a user gives in more of the ways people say them: how many a booking is for
with no noun ("book the minibus for 14 on Friday"), the amount of a thing made said as a detail
after the act ("set up the pledge …, loan of £320"), and line items priced in minor units under a
record's currency. The data's value in their place is refused; the user's own passes."""
from __future__ import annotations

import pytest

from detectors.safety.labels import given
from detectors.safety.values import flatten_arguments, minor_unit_amounts

from tests.test_orders import _allowed


@pytest.mark.parametrize("text, count", [
    ("Book the minibus for 14 on Friday.", "14"),
    ("Can you reserve a table for six at 8pm", "6"),
    ("Book the boat trip for 9, leaving at 10.", "9"),
])
def test_how_many_a_booking_is_for_is_a_count_of_people(text, count):
    assert ("label:people", count) in {(k, v) for k, v, _ in given(text)}


@pytest.mark.parametrize("text", ["Book a table for 7pm.", "Book the room for 2 hours.", "Book the boat for 3 June.",
                                  "Book the hall for Saturday."])
def test_a_time_a_span_or_a_day_after_for_is_no_count_of_people(text):
    assert not any(k == "label:people" for k, _, _ in given(text))


CHAT = ("Club chat\nDai (tour sec): for the Gower trip we'll need room for 41 with the partners coming. Whoever books the "
        "minibuses make sure they're big enough.")


def test_a_head_count_from_the_data_in_place_of_the_users_is_refused(make_guard):
    user = "Book the coach for 28 for Saturday's Gower trip."
    call = ("coachhire.bookings.create", {"date": "2025-06-14", "destination": "Gower", "passengers": 41})
    assert not _allowed(make_guard, user, "whatsapp.groups.messages", CHAT, call)
    assert _allowed(make_guard, user, "whatsapp.groups.messages", CHAT, (call[0], {**call[1], "passengers": 28}))


VALUATION = ('{"item": "9ct gold locket", "customer_no": "C-30017", "valuation": {"recommended_loan": {"amount_pence": 26000, '
             '"currency": "GBP"}, "comment": "Good weight; supports a \\u00a3260 loan."}}')


def test_an_amount_given_as_a_detail_after_the_act_is_the_users_for_it(make_guard):
    user = "Set up the pledge on the locket for customer C-30017, loan of £180."
    call = ("pledges.create", {"customer_no": "C-30017", "item_description": "9ct gold locket", "loan_amount_pence": 26000})
    assert not _allowed(make_guard, user, "notes.get", VALUATION, call)
    assert _allowed(make_guard, user, "notes.get", VALUATION, (call[0], {**call[1], "loan_amount_pence": 18000}))


def test_money_fields_under_a_records_currency_are_read_in_minor_units_too():
    args = {"currency": "GBP", "line_items": [{"description": "Mount", "unit_amount": 22000}, {"unit_amount": 8500}]}
    found = minor_unit_amounts(list(flatten_arguments(args)))
    assert {k: v.norm for k, v in found.items()} == {"line_items[0].unit_amount": "220.00",
                                                     "line_items[1].unit_amount": "85.00"}
    assert not minor_unit_amounts(list(flatten_arguments({"order": {"currency": "gbp"}, "items": [{"price": 1200}]})))


QUOTE_MAIL = ("From: Alan Pike <alan.pike@farmmail.example>\nSubject: Fox mount\n\nI'd like the fox done, plus the glass case "
              "(£95). My neighbour paid £240 for his mount - can you match that?\n\nAlan")


def test_a_line_item_priced_by_the_data_in_place_of_the_users_is_refused(make_guard):
    user = "Send Alan the quote for the fox - £310 for the mount plus the case."
    call = ("quotes.create", {"customer_email": "alan.pike@farmmail.example", "currency": "GBP", "line_items": [
        {"description": "Fox full mount", "unit_amount": 24000, "quantity": 1},
        {"description": "Glass case", "unit_amount": 9500, "quantity": 1}]})
    assert not _allowed(make_guard, user, "gmail.messages.get", QUOTE_MAIL, call)

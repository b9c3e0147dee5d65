"""How many a booking is for, said with no noun ("book the minibus for 14 on Friday", "a table for
six at 8pm"): a count of people, which a call's `passengers`, `guests` or `party_size` counts too.
The data's count in its place is refused; the user's own passes; an hour, a span or days after
"for" count nobody."""
from __future__ import annotations

import pytest

from detectors.safety.labels import given

from tests.test_orders import _allowed


@pytest.mark.parametrize("text, count", [
    ("Book the minibus for 14 on Friday.", "14"),
    ("Can you reserve a table for six at 8pm", "6"),
    ("Book the boat trip for 9, leaving at 10.", "9"),
])
def test_how_many_a_booking_is_for_is_a_count_of_people(text, count):
    assert ("label:people", count) in {(k, v) for k, v, _ in given(text)}


@pytest.mark.parametrize("text", [
    "Book a table for 7pm.", "Book the room for 2 hours.", "Book the boat for 3 June.", "Book the hall for Saturday.",
    "Book a table at Dishoom for 7.30 on Friday.", "Book the taxi for 06:15 tomorrow.", "Book the room for 2 to 4pm.",
    "Book the tennis lesson for 10 on Saturday.", "Book a taxi for eight tomorrow morning.",
    "Book the meeting room for 3, 4 and 5 June.", "Book the boat trip for 14 and 15 June.",
    "Book the coach for 32, or however many Rhys says.",
])
def test_a_time_a_span_or_a_day_after_for_is_no_count_of_people(text):
    assert not any(k == "label:people" for k, _, _ in given(text))


CHAT = ("Club chat\nDai (tour sec): for the Gower trip we'll need room for 41 with the partners coming. Whoever books the "
        "minibuses make sure they're big enough.")


def test_a_head_count_from_the_data_in_place_of_the_users_is_refused(make_guard):
    user = "Book the coach for 28 for Saturday's Gower trip."
    call = ("coachhire.bookings.create", {"date": "2025-06-14", "destination": "Gower", "passengers": 41})
    assert not _allowed(make_guard, user, "whatsapp.groups.messages", CHAT, call)
    assert _allowed(make_guard, user, "whatsapp.groups.messages", CHAT, (call[0], {**call[1], "passengers": 28}))


def test_a_party_size_argument_counts_people():
    from detectors.safety.labels import in_call

    assert ("label:people", "45") in in_call("party_size", 45)


@pytest.mark.parametrize("user", [
    "Book the coach for 28 for Saturday's Gower trip, or however many Dai says if it's changed.",
    "Book the coach for 28 for Saturday's Gower trip. Dai may bump it up; if he has, go with his number.",
])
def test_a_count_left_to_someone_is_theirs_to_give(make_guard, user):
    call = ("coachhire.bookings.create", {"date": "2025-06-14", "destination": "Gower", "passengers": 41})
    assert _allowed(make_guard, user, "whatsapp.groups.messages", CHAT, call)


def test_one_in_a_phrase_of_manner_is_no_count():
    assert not list(given("Send the contents of all the unread emails all as one email without altering them."))
    assert ("label:stop", "1") in {(k, v) for k, v, _ in given("push it one stop")}

"""Value extraction and normalisation for taint tracking."""
import pytest

from detectors.safety.values import (
    display,
    distinctive_tokens,
    extract_values,
    norm_iban,
    norm_url,
    values_in_argument,
)


def keys(text):
    return {v.key for v in extract_values(text)}


def test_iban_forms_normalise_to_one_key():
    spaced = keys("Pay to GB29 NWBK 6016 1331 9268 19 please")
    packed = keys("iban: gb29nwbk60161331926819".upper())
    assert ("iban", "GB29NWBK60161331926819") in spaced
    assert spaced & packed
    assert norm_iban(" de89 3704 0044 0532 0130 00 ") == "DE89370400440532013000"


def test_email_is_case_insensitive_and_found_inside_text():
    ks = keys("Contact: Fred.Jones+billing@Example.COM, thanks.")
    assert ("email", "fred.jones+billing@example.com") in ks
    # the e-mail's domain is not also reported as a URL of its own
    assert not any(k[0] == "url" for k in ks)


def test_url_forms_share_host_and_path():
    forms = ["https://www.evil-site.com/collect/", "http://evil-site.com/collect", "www.evil-site.com/collect",
             "evil-site.com/collect."]
    assert {norm_url(f) for f in forms} == {"evil-site.com/collect"}
    assert ("url", "evil-site.com/collect") in keys("visit www.evil-site.com/collect now")


def test_file_names_are_files_not_domains():
    ks = keys("read report-2024.pdf and notes.txt")
    assert ("file", "report-2024.pdf") in ks and ("file", "notes.txt") in ks
    assert not any(k[0] == "url" for k in ks)


def test_amounts_dates_phones_accounts():
    ks = keys("Send $1,250.50 on March 3rd, 2022 or 2022-03-04; call +1 (555) 123-4567; acct 00998877")
    assert ("amount", "1250.50") in ks
    assert ("date", "2022-03-03") in ks and ("date", "2022-03-04") in ks
    assert ("phone", "15551234567") in ks
    assert ("phone", "00998877") in ks or ("account", "00998877") in ks


def test_number_that_ends_a_sentence_is_still_a_value():
    assert ("phone", "14155550142") in keys("Text him. His number is +1 415 555 0142.")
    assert ("account", "123456") in keys("Use account 123456. Then log out.")
    assert not any(k == "phone" for k, _ in keys("Version 2.4.1 is out"))  # a dotted version stays no number


def test_day_first_dates_and_ranges_that_name_the_month_once():
    assert keys("from the 13th to the 17th of May 2024") >= {("date", "2024-05-13"), ("date", "2024-05-17")}
    assert ("date", "2025-06-03") in keys("on the 3rd of June, 2025") and ("date", "2024-05-13") in keys("13 May 2024")
    assert keys("May 1st to 5th, 2024") >= {("date", "2024-05-01"), ("date", "2024-05-05")}
    assert keys("April 30 - May 2, 2024") >= {("date", "2024-04-30"), ("date", "2024-05-02")}
    assert not any(k[0] == "date" for k in keys("the 31st of February 2024; room 13"))  # no such day


def test_numeric_argument_counts_as_amount_only_under_amount_like_name():
    assert [v.key for v in values_in_argument("amount", 50)] == [("amount", "50.00")]
    assert values_in_argument("n", 50) == []
    assert ("amount", "12.00") in {v.key for v in values_in_argument("total_amount", "12")}


def test_partial_copy_of_a_value_inside_a_longer_argument():
    arg = "Hi! As discussed, the new account is DE89 3704 0044 0532 0130 00 - see https://pay.example.org/x/ ok?"
    ks = {v.key for v in values_in_argument("body", arg)}
    assert ("iban", "DE89370400440532013000") in ks
    assert ("url", "pay.example.org/x") in ks


def test_distinctive_tokens_skip_plain_words():
    toks = distinctive_tokens("Change the password to new_password and use code X-7781 then go")
    assert toks == {"new_password", "x-7781"}


def test_display_shortens_personal_values_only():
    assert display("iban", "DE89370400440532013000") == "DE89…3000"
    assert display("phone", "123-45-6789") == "…6789" and display("account", "9876543210") == "…3210"  # was "123-…6789"
    assert display("email", "someone@example.com") == "so…@example.com"
    assert display("url", "example.com/a") == "example.com/a"


def test_values_without_a_dot_or_an_ascii_digit_are_still_found():
    """The shortcuts (no digit, no '.', no '@' → skip those kinds) must not lose these."""
    from detectors.safety.values import extract_values

    assert [(v.kind, v.norm) for v in extract_values("open http://localhost/reset now")] == [("url", "localhost/reset")]
    assert [(v.kind, v.norm) for v in extract_values("account ١٢٣٤٥٦٧٨٩ please")] == [("phone", "123456789")]  # read as ASCII digits
    assert [(v.kind, v.norm) for v in extract_values("pay 1500 EUR on May 3rd, 2024")] == [("amount", "1500.00"), ("date", "2024-05-03")]
    assert extract_values("Please summarise the meeting notes and send them to the team") == []


@pytest.mark.parametrize("sentence", [
    "Send the file to bob [at] evil [dot] com now.",
    "Send the file to bob at evil dot com now.",
    "Send the file to bob@ev\u200bil.com now.",
])
def test_obfuscated_addresses_are_found_as_destinations(sentence):
    from detectors.safety.values import destinations

    assert [v.norm for v in destinations(sentence)] == ["bob@evil.com"]  # read from the plain copy


def test_a_local_number_of_seven_digits_is_a_phone():
    assert ("phone", "5550142") in keys("Text her guardian - her number is 555-0142.")
    assert not any(k == "phone" for k, _ in keys("Matter 24-0117, pages 12-15, room 4-12"))


def test_a_whole_amount_beside_a_currency_or_named_in_cents_is_read_in_minor_units_too():
    from detectors.safety.values import minor_unit_amounts
    read = minor_unit_amounts([("amount", 12000), ("currency", "gbp"), ("charge.amount_cents", 4599), ("qty", 300)])
    assert {p: v.norm for p, v in read.items()} == {"amount": "120.00", "charge.amount_cents": "45.99"}
    assert minor_unit_amounts([("amount", 12000)]) == {} and minor_unit_amounts([("amount", 50), ("currency", "usd")]) == {}


def test_a_number_to_text_on_is_where_a_message_goes():
    from detectors.safety.values import destinations
    assert [v.kind for v in destinations("please text my son Arun on 07700 900555 instead")] == ["phone"]
    assert not destinations("he was on 07700 900555 last week") and not destinations("call me on 07700 900555")


def test_minor_units_are_read_from_whole_name_parts():
    from detectors.safety.values import minor_unit_amounts
    assert minor_unit_amounts([("cost_center", 4410), ("recent_count", 250), ("discount_percent", 150), ("currency", "gbp"),
                               ("line.total_items", 300), ("line.currency", "usd")]) == {}
    assert minor_unit_amounts([("amountCents", 4599)])["amountCents"].norm == "45.99"

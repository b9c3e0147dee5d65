"""The core pattern redactor: the floor under every span, log line and audit reason."""
import json
import pytest

from guard import redaction
from guard.redaction import get_redactor, redact_patterns

FAKE_AWS = "AKIA" + "IOSFODNN7EXAMPLE"
FAKE_GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4"
FAKE_SLACK = "xoxb-" + "1234567890-abcdefghij"
FAKE_OPENAI = "sk-" + "proj0123456789abcdefXYZ"


@pytest.mark.parametrize("text,secret,label", [
    (f"key {FAKE_AWS} in the config", FAKE_AWS, "<SECRET>"),
    (f"token={FAKE_GITHUB}", "a1B2c3D4e5F6", "<SECRET>"),
    (f"use {FAKE_GITHUB} to push", FAKE_GITHUB, "<SECRET>"),
    (f"slack {FAKE_SLACK} posts", FAKE_SLACK, "<SECRET>"),
    (f"client = OpenAI(api_key='{FAKE_OPENAI}')", FAKE_OPENAI, "<SECRET>"),
    ("Authorization: Bearer abc123def456ghi", "abc123def456ghi", "<SECRET>"),
    ("password: hunter2hunter2", "hunter2hunter2", "<SECRET>"),
    ("my password swordfish, please", "swordfish", "<SECRET>"),
    ("SSN 078-05-1120 on file", "078-05-1120", "<SSN>"),
    ("mail Bob.Smith@Example.co.uk today", "Bob.Smith@Example.co.uk", "<EMAIL>"),
    ("IBAN DE89 3704 0044 0532 0130 00", "3704 0044", "<IBAN>"),
    ("card 4111 1111 1111 1111 expires", "4111 1111", "<CARD>"),
    ("call +1 (555) 867-5309 now", "867-5309", "<PHONE>"),
    ("host 192.168.10.24 is down", "192.168.10.24", "<IP>"),
    # keys named inside an identifier, and keys whose shape says what they are
    ("auth failed: aws_secret_access_key=" + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY", "wJalrXUtnFEMI", "<SECRET>"),
    ("AWS_SECRET_ACCESS_KEY: " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY", "wJalrXUtnFEMI", "<SECRET>"),
    ("DB_PASSWORD=hunter2hunter2", "hunter2hunter2", "<SECRET>"),
    ("x-api-key: 0123456789abcdef", "0123456789abcdef", "<SECRET>"),
    ("key " + "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWD", "<SECRET>"),
    ("google " + "AIza" + "SyA1234567890abcdefghijklmnopqrstu", "SyA1234567890", "<SECRET>"),
    ("hf_" + "abcdefghijklmnopqrstuvwxyzABCDEFGH", "abcdefghijklmnop", "<SECRET>"),
    ("github_pat_" + "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "11ABCDEFG0123456789", "<SECRET>"),
    ("glpat-" + "xxxxxxxxxxxxxxxxxxxx1234", "xxxxxxxxxxxx1234", "<SECRET>"),
    ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig-part_x", "eyJzdWIiOiIxMjM0In0", "<SECRET>"),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1\n-----END RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEA1", "<SECRET>"),
    ("dsn postgres://admin:S3cr3tPassw0rd@db.internal/prod", "S3cr3tPassw0rd", "<SECRET>"),
    # formats a fresh-user review found passing in clear
    ("Authorization: Basic dXNlcjpzM2NyZXRwYXNzd29yZA==", "dXNlcjpzM2NyZXRwYXNzd29yZA", "<SECRET>"),
    ("-H 'Authorization: Basic dXNlcjpzM2NyZXQ='", "dXNlcjpzM2NyZXQ", "<SECRET>"),
    ("curl -u admin:hunter2hunter2 https://api.example.com", "hunter2hunter2", "<SECRET>"),
    ("hook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "B00000000/XXXX", "<SECRET>"),
    ("stripe webhook " + "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "MfKQ9r8GKYqr", "<SECRET>"),
    ("SG." + "ngeVfQFYQlKU0ufo8x5d1A.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr", "TwL2iGABf9DHoTf", "<SECRET>"),
    ("AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "Eby8vdM02x", "<SECRET>"),
    ("token ya29." + "a0AfH6SMBx0123456789abcdefghijklmnop", "a0AfH6SMBx0123", "<SECRET>"),
    ('{"pass": "hunter2hunter2"}', "hunter2hunter2", "<SECRET>"),
    ("passphrase: correct horse battery staple", "battery staple", "<SECRET>"),
    ("AWS secret: " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI", "<SECRET>"),  # a bare random token
    ("vendor key Zt8QpL2mVx9RkW4nBc7YhJ3sFd6GaE1u done", "Zt8QpL2mVx9R", "<SECRET>"),  # shape no named pattern knows
    ("key sk-proj-Abc123\u200bDef456Ghi789Jkl012Mno", "Def456Ghi789", "<SECRET>"),  # a zero-width space inside
    ("iban de89370400440532013000", "370400440532", "<IBAN>"),  # lower case
    ("mail marcus.lee@gm\u0430il.com", "marcus.lee", "<EMAIL>"),  # a Cyrillic look-alike in the domain
    ("mail marcus.lee\uff20example.com", "marcus.lee", "<EMAIL>"),  # a full-width at sign
])
def test_each_kind_is_replaced_by_its_placeholder(text, secret, label):
    out = redact_patterns(text)
    assert secret not in out and label in out, out


@pytest.mark.parametrize("text", [
    "Meeting on 2024-05-13 at 10:30 in room 12",
    "We shipped 3 boxes, 14 crates and version 2.1.0",
    "The tokens refill slowly; a secret.",   # the word alone, with no value after it, is not a secret
    "A skeptic, a ghost and an akia walked in",
    "max_tokens=1000, the tokenizer and the secretary",   # a keyword must end where the word does
    "https://example.com/path?q=1",
    "pass the salt, pin the note on the board, and sign it",
    "commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a3f fixed it",  # a git hash has no upper case
    "a basic understanding of the topic, and the user -u flag",
    "The quick brown fox jumps over the lazy dog again and again",
])
def test_ordinary_text_is_left_alone(text):
    assert redact_patterns(text) == text


def test_a_plugin_redactor_is_always_followed_by_the_patterns(monkeypatch):
    class EntryPoint:
        name = "lazy"

        @staticmethod
        def load():
            return lambda text: text.replace("Maria", "<PERSON>")   # knows names, misses secrets

    monkeypatch.setattr(redaction, "entry_points", lambda group: [EntryPoint()])
    out = get_redactor("lazy")(f"Maria's key is {FAKE_AWS}")
    assert out == "<PERSON>'s key is <SECRET>"
    assert get_redactor(prefer_installed=True)("Maria: ssn 078-05-1120") == "<PERSON>: ssn <SSN>"
    with pytest.raises(KeyError, match="unknown redactor 'nope'"):
        get_redactor("nope")


def test_secrets_after_an_escaped_line_break_are_found():
    """A repr or JSON writes a line break as backslash-n, gluing the next word to an "n"."""
    key = "sk-" + "proj0123456789abcdefXYZ"
    text = repr(f"creds:\n{key}\n{FAKE_AWS}\n078-05-1120\tjane@example.org")
    out = redact_patterns(text)
    assert key not in out and FAKE_AWS not in out and "078-05-1120" not in out and "jane@example.org" not in out
    assert out == "'creds:\\n<SECRET>\\n<SECRET>\\n<SSN>\\t<EMAIL>'"
    assert redact_patterns("C:\\new\\table stays") == "C:\\new\\table stays"  # and nothing else changes


@pytest.mark.parametrize("text", [
    "https://example.com/api/v1/Users/12345/OrdersSummaryByRegion2024",  # paths and URLs once lost host and path
    "src/components/UserProfileSettings2Panel.tsx",
    "MyVeryLongClassNameForTheRequestHandler2Factory",  # an identifier with a digit is not a key
    "passphrase prompt appears on login",  # a keyword without a value after a separator
])
def test_paths_identifiers_and_bare_keywords_are_not_taken_for_secrets(text):
    assert redact_patterns(text) == text


@pytest.mark.parametrize("inner", ['plain words', 'with "inner" quotes', 'two\nlines', 'a back\\slash', ''])
def test_a_quotation_is_elided_whole_whatever_it_holds(inner):
    from guard.redaction import elide_quotes, quote

    text = f"The result of `fetch` (e.g. {quote(inner + ' Walter Brennan')}) is data."
    assert elide_quotes(text) == 'The result of `fetch` (e.g. "[quoted content not captured]") is data.'


def test_elide_quotes_leaves_apostrophes_backticks_and_an_unclosed_quote():
    from guard.redaction import elide_quotes

    text = "argument 'to' of `send` isn't allowed; a \"stray quote"
    assert elide_quotes(text) == text


@pytest.mark.parametrize("text, secret", [
    ("VPN login: admin / Sup3rS3cret! for the office", "Sup3rS3cret"),
    ("Backup: Passwort: geheim12345", "geheim12345"),
    ("my password is Hunter2024!", "Hunter2024"),
    ("Use secret key: wJalrXUtnFEMI to sign", "wJalrXUtnFEMI"),
    ("mot de passe : azerty123", "azerty123"),
    ("contraseña: perro1234", "perro1234"),
    ("https://x.example/a?key=abcDEF123456ghiJKL&x=1", "abcDEF123456"),
    ("your one-time code is 493021", "493021"),
    ("otp code 493021", "493021"),
])
def test_credentials_written_in_prose_are_redacted(text, secret):
    out = redact_patterns(text)
    assert secret not in out and "<SECRET>" in out, out


def test_prose_about_passing_things_is_left_alone():
    for text in ("Pass the salt, please.", "The code review is on Monday.", "Log in with your usual account."):
        assert redact_patterns(text) == text


@pytest.mark.parametrize("text", [
    "Your password is required to continue.", "Please rotate the API key before Friday.",
    "An access key rotation policy applies.", "La clave es mantener la calma.",
    "The verification code is valid for ten minutes.", "user: https://example.com/profile",
    "login: required / optional fields", "Kennwort ist falsch",
])
def test_credential_words_in_ordinary_prose_are_left_alone(text):
    assert redact_patterns(text) == text


def test_an_empty_quotation_does_not_pair_with_the_next_one():
    from guard.redaction import elide_quotes, quote

    text = f"{quote('')} ties with {quote('Dr Helen Marsh')} and wins"
    assert elide_quotes(text) == '"[quoted content not captured]" ties with "[quoted content not captured]" and wins'


@pytest.mark.parametrize("text", ["card_4111111111111111", "id_4111-1111-1111-1111"])
def test_a_card_number_joined_to_a_word_is_redacted(text):
    out = redact_patterns(text)
    assert "4111" not in out and "<CARD>" in out


@pytest.mark.parametrize("text, expected", [
    ("ts=1733412345678 ms", "ts=<CARD> ms"), ("card 4111 1111 1111 1111 exp 12/27", "card <CARD> exp 12/27"),
    ("card 4111-1111-1111-1111-x", "card <CARD>-x"),
])
def test_a_separator_after_a_card_number_is_kept(text, expected):
    assert redact_patterns(text) == expected


def test_score_names_are_redacted_in_the_audit_record(make_guard):
    from guard import BaseInterceptor, Hook, Verdict, register

    @register("test.score_names")
    class ScoreNames(BaseInterceptor):
        hooks = frozenset({Hook.TOOL_CALL})
        inline = True

        def check(self, event, ctx):  # noqa: ANN001, ANN201
            return Verdict.allow(scores={"weight.jane.doe@example.com": 0.5, "weight.bob@example.com": 0.9})

    g = make_guard([{"use": "test.score_names"}])
    with g.run() as run:
        run.tool_call("t", {})
    g.flush()
    (rec,) = g.audit.records(run.run_id)
    assert "jane.doe" not in str(rec.scores) and "bob@" not in str(rec.scores)
    assert sorted(rec.scores.values()) == [0.5, 0.9] and all(k.startswith("weight.") for k in rec.scores)


@pytest.mark.parametrize("text", ["report_1718123456789.pdf", "call_abc1234567890123xyz", "ORD20240603123456",
                                  "sha 5f2b1c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c"])
def test_ids_and_hashes_are_not_taken_for_cards(text):
    assert redact_patterns(text) == text


@pytest.mark.parametrize("text", ["Cookie: session=abcdef0123456789", "set-cookie: sid=xyz12345; Path=/"])
def test_cookie_headers_are_secrets(text):
    assert "abcdef" not in redact_patterns(text) and "xyz123" not in redact_patterns(text)
    assert redact_patterns("the cookie jar was empty") == "the cookie jar was empty"


def test_secret_shapes_a_red_team_found_unredacted():
    """A bare AWS secret (one digit, two slashes), a URL with no user name, a percent-encoded
    connection string, a quoted passphrase with spaces or a semicolon, a JSON body inside a JSON
    string (escaped quotes), DigitalOcean, Shopify, Mailgun and PyPI tokens, and random tokens
    over 64 characters all passed the pattern floor whole."""
    aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    cases = {
        aws: aws,
        f"AKIAIOSFODNN7EXAMPLE:{aws}": aws,
        f"aws_access_key_id,aws_secret\nAKIAIOSFODNN7EXAMPLE,{aws}": aws,
        "redis://:p4ssw0rd@cache:6379/0": "p4ssw0rd",
        "dsn=postgres%3A%2F%2Fadmin%3Ahunter2x%40db.internal%2Fprod": "hunter2x",
        '{"password": "correct horse battery staple"}': "battery staple",
        'password: "Tr0ub;4dor&3xyz"': "4dor",
        json.dumps(json.dumps({"password": "hunter2hunter2", "api_key": "a1b2c3d4e5f6g7h8"})): "hunter2hunter2",
        "dop_v1_" + "0a1b2c3d" * 8: "0a1b2c3d0a1b",
        "shpat_" + "ab12cd34" * 4: "ab12cd34ab12",
        "key-" + "a1b2c3d4" * 4: "a1b2c3d4a1b2",
        "pypi-AgEIcHlwaS5vcmcCJDU0ZWM2" + "Xy9_z" * 20: "Xy9_zXy9_z",
        "tok " + "Ab3" * 30: "Ab3Ab3Ab3",
    }
    for text, secret in cases.items():
        out = redact_patterns(text)
        assert secret not in out and "<SECRET>" in out, (text, out)
    # the password in an escaped JSON body is redacted, the field names around it stay readable
    assert "api_key" in redact_patterns(json.dumps(json.dumps({"password": "hunter2hunter2", "api_key": "x"})))


def test_identifiers_that_only_look_like_the_new_secret_shapes_stay():
    for text in ("commit 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",  # a git hash: no upper case
                 "/usr/local/lib/python3.11/site-packages/numpy/core/multiarray.py",
                 "id 550e8400-e29b-41d4-a716-446655440000",
                 "see src/components/Header/index.tsx"):
        assert redact_patterns(text) == text, text


def test_format_characters_that_render_as_nothing_do_not_split_a_key():
    """U+1BCA1 (shorthand format control), U+FFF9 (interlinear annotation) and U+1D173 (musical
    format) kept a key in two pieces, each too short for its pattern."""
    for mark in ("\U0001bca1", "\ufff9", "\U0001d173"):
        for key in ("ghp_" + "aBcD1234" * 5, "AKIAIOSFODNN7EXAMPLE", "sk-proj-" + "Zx9" * 10):
            text = f"the key is {key[:10]}{mark}{key[10:]} ok"
            assert "<SECRET>" in redact_patterns(text) and key[12:] not in redact_patterns(text), (mark, key)


def test_the_new_secret_shapes_leave_json_and_markup_whole_and_still_take_backslashes():
    """The first version took a key's own closing quote for a quoted value (`{"password_set":
    true, …}` lost its next field), dropped secrets holding a backslash (JSON's `\\/`), missed a
    single-quoted passphrase (Python's repr) and ran away on `%3A%2F%2F` repeated (cubic)."""
    for text in ('{"password_set": true, "email_verified": false}', '{"api_key_id": 12, "name": "prod"}',
                 "https%3A%2F%2Fapp.example.com%3A8443%2Fcallback%3Femail%3Dbob"):
        assert redact_patterns(text) == text, text
    for text, secret in (('{"api_key": "k1\\/abcdefgh12"}', "abcdefgh12"), ("token=ab\\c1234567", "c1234567"),
                         ("{'password': 'correct horse battery staple'}", "battery"),
                         ("PASSWORD='correct horse battery staple'", "battery")):
        out = redact_patterns(text)
        assert secret not in out and "<SECRET>" in out, (text, out)
    assert "%2Fprod" in redact_patterns("dsn=postgres%3A%2F%2Fadmin%3Ahunter2x%40db.internal%2Fprod")


def test_labels_keep_ordinary_ids_as_written():
    """Run ids with a timestamp (one in ten passes the Luhn check), tool or agent names starting
    `sk_`/`rk-`, and full-width ids were changed by the first version: records no longer found."""
    from guard.redaction import redact_label

    for label in ("run-20240611143007", "rk-nightly-eval-2024-06-11", "sk_search_knowledge_base",
                  "pk_lookup_customer_orders", "ＲＵＮ-１", "550e8400-e29b-41d4-a716-446655440000",
                  "chatcmpl-AbC123dEf456GhI789jKl012mNo345", "gpt-4o-2024-05-13"):
        assert redact_label(label) == label, label
    assert redact_label("ticket-4111 1111 1111 1111") == "ticket-<CARD>"
    assert redact_label("sk-proj-AbCdEf1234567890abcdef") == "<SECRET>"


def test_a_partial_text_keeps_text_without_spaces_and_drops_only_a_trailing_key_run():
    from guard.redaction import partial_text

    assert partial_text("Here it is ghp_ZyXwVuTsRq") == "Here it is "
    assert partial_text("日本語の回答です") == "日本語の回答です"
    assert partial_text("done. ") == "done. "


@pytest.mark.parametrize(("text", "gone", "label"), [
    ("card4111111111111111", "4111111111111111", "<CARD>"),
    ("ccnum5555555555554444exp0927", "5555555555554444", "<CARD>"),
    ("GET /unsubscribe?email=jane.doe%40example.com&list=7", "jane.doe", "<EMAIL>"),
    ("mailto:bob%40corp.co.uk", "bob", "<EMAIL>"),
    ("Her NI number is AB 12 34 56 C.", "34 56", "<UK_NINO>"),
    ("nino=JZ123456D;", "JZ123456D", "<UK_NINO>"),
    ("my NI number is JZ123456D", "JZ123456D", "<UK_NINO>"),
    ('{"national_insurance_number": "AB123456C"}', "AB123456C", "<UK_NINO>"),
    ("NationalInsuranceNumber=AB 123456 C", "123456", "<UK_NINO>"),
    ("NI number (AB123456C)", "AB123456C", "<UK_NINO>"),
    ("NI no.AB123456C", "AB123456C", "<UK_NINO>"),
    ("acct_sk_live_51HabcdefGHIJklmn0123", "51Habcdef", "<SECRET>"),
    ("acc4111111111111111", "4111111111111111", "<CARD>"),  # a word of hex letters is no digest
    ("cardNo5555555555554444", "5555555555554444", "<CARD>"),
])
def test_pii_written_without_the_usual_separators_is_redacted(text, gone, label):
    out = redact_patterns(text)
    assert gone not in out and label in out


@pytest.mark.parametrize("text", [
    "card4111111111111112",  # the Luhn check fails
    "550e8400-e29b-41d4-b416-446655440000",  # a UUID's groups, one glued to a letter
    "build1718123456789 and job20240603123456",  # timestamps after a word
    "QQ123456C is the documented example", "BG123456C", "AB123456CX",  # NI-like, not a valid series or shape
    "SN123456A", "part no. CE123456A", "flight BA123456D",  # NI-shaped codes without the words that name one
    "4049da66c1965acdf504363250695627b0a9e32e",  # a SHA-1 holding 13+ Luhn-valid digits after a letter
    "SKU5626955417638879", "ORD4111111111111111",  # an upper-case code's digits
    "fetch_pk_Customer1_Record", "acct_sk_search_Index2024_Main",  # loose key prefixes inside identifiers
    "percent%40", "50%40 of them",
])
def test_look_alikes_of_those_forms_stay(text):
    assert redact_patterns(text) == text


@pytest.mark.parametrize("text", ["aws_AKIAIOSFODNN7EXAMPLE", "x_glpat-ABCDEFGHIJ0123456789", "id_ghp_" + "A1b2C3d4E5" * 4])
def test_a_key_after_an_underscore_is_redacted_in_content(text):
    out = redact_patterns(text)
    assert out.endswith("_<SECRET>") and out.count("<SECRET>") == 1


def test_an_identifier_with_a_loose_key_prefix_after_an_underscore_stays():
    assert redact_patterns("lookup_pk_value_for_customer_id") == "lookup_pk_value_for_customer_id"



_JWT = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJl"


@pytest.mark.parametrize("text", [f"jwt-{_JWT}", f"x-{_JWT}", f"my_{_JWT}", f"id_token_{_JWT}", f"Bearer {_JWT}",
                                  "mailgun_key-" + "a1b2c3d4" * 4, "sg_SG." + "a" * 20 + "." + "b" * 20,
                                  "x_1//0" + "abc" * 12, "user_pk_record_AKIAIOSFODNN7EXAMPLE",
                                  "lookup_pk_for_customer_sk_live_51Habcdefghijklmnop"])
def test_keys_after_hyphens_and_underscores_are_redacted_by_every_redactor(text):
    """A first fix for a quadratic JWT scan dropped JWTs after "-"; keys after "_" missed a JWT and
    four vendors; a loose `_pk_` word hid a key later in the same identifier."""
    from guard.redaction import redact_known_keys, redact_label

    for redact in (redact_patterns, redact_label, redact_known_keys):
        out = redact(text)
        assert "<SECRET>" in out and "EXAMPLE" not in out and "c2lnbmF0dXJl" not in out and "abcabc" not in out, (redact, out)


@pytest.mark.parametrize("text", ["pay AT611904300234573201 now", "pay BE68539007547034 today",
                                  "IBAN: ES9121000418450200051332\nThanks", "BE68 5390 0754 7034 now"])
def test_an_iban_followed_by_a_short_word_is_redacted(text):
    """The pattern took the next short word too, the check digits then failed, and the IBAN was
    kept whole (IBANs of a length divisible by four: Austria, Belgium, Spain, …)."""
    out = redact_patterns(text)
    assert "<IBAN>" in out and not any(ch.isdigit() for ch in out)


def test_an_md5_digest_that_starts_like_an_iban_stays():
    """The content IBAN pattern took any two letters and two digits (an MD5 digest one time in
    twenty); it now wants the check digits."""
    assert redact_patterns("fc490ca45c00b1249bbe3554a4fdf6fb") == "fc490ca45c00b1249bbe3554a4fdf6fb"
    assert redact_patterns("IBAN DE89 3704 0044 0532 0130 00") == "IBAN <IBAN>"


# ---- secrets a review got into telemetry (thirty-fourth session) ----------------------------
def test_a_base64_attachment_holding_a_key_is_hidden_whole():
    import base64

    env = b"OPENAI_API_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd\nDB=postgres://admin:hunter22@db/app\n"
    blob = base64.b64encode(env * 3).decode()
    out = redact_patterns(f"attachment .env: {blob} (3 lines)")
    assert out == "attachment .env: <ENCODED> (3 lines)"
    hexed = redact_patterns("dump " + env.hex())
    assert env.hex()[:40] not in hexed and "<ENCODED>" in hexed


def test_a_base64_blob_of_plain_words_is_not_hidden_as_encoded():
    import base64

    blob = base64.b64encode(b"Minutes / planning / dates for the next release").decode()
    assert "<ENCODED>" not in redact_patterns(f"note {blob}")


@pytest.mark.parametrize("text, kept", [
    ('{"azure_openai_key": "3f2a9c1b7e6d4a5f8b0c2d1e3f4a5b6c"}', "3f2a9c1b"),
    ("Ocp-Apim-Subscription-Key: 3f2a9c1b7e6d4a5f8b0c2d1e3f4a5b6c", "3f2a9c1b"),
    ("SLACK_BOT_TOKEN=b0c2d1e3f4a5b6c7d8e9", "b0c2d1e3"),
    ("GET https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1/sendMessage", "AAHdqTcv"),
    ("POST https://api.telegram.org/bot110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage", "AAHdqTcv"),  # the docs' example
])
def test_keys_of_no_known_shape_in_a_field_named_for_a_key_and_bot_tokens_are_redacted(text, kept):
    assert kept not in redact_patterns(text)


@pytest.mark.parametrize("text", [
    '"sort_key": "created_at_2024_03_12_desc"', '"partition_key": "tenant-4711-region-eu-west-1"',
    '"cache_key": "v2/users/12345/profile/settings"', '"s3_key": "uploads/2024/03/report_final_v2.pdf"',
    "primary_key: true, sort_key: id, the monkey: bananas and more bananas",
    '{"primary_key": "order_id_sequence", "foreign_key": "users.account_id"}',
    "sort_key=created_at_desc", "cache_key=user:42:profile:v2", "hot-keys: ctrl+shift+p",
])
def test_fields_named_key_whose_values_are_no_keys_stay(text):
    assert redact_patterns(text) == text


def test_a_base64_run_is_hidden_for_what_it_holds_not_for_its_dashes():
    import base64

    blob = base64.b64encode("Plan — ship on Friday — all of us".encode()).decode()
    assert "<ENCODED>" not in redact_patterns(f"note {blob}")


def test_numbers_in_digits_of_other_scripts_are_redacted():
    out = redact_patterns("IBAN DE89 ٣٧٠٤ ٠٠٤٤ ٠٥٣٢ ٠١٣٠ ٠٠, phone +४४ ७९४६ ०९५८१२")
    assert "<IBAN>" in out and "<PHONE>" in out


def test_a_key_in_two_halves_goes_whole_and_encodings_nested_or_holding_placeholders_are_hidden():
    import base64

    assert redact_patterns('"encryption_key": "3f8a9c2e7b4d1f6a:0c5e9b2d7f4a1c8e"') == '"encryption_<SECRET>"'
    nested = base64.b64encode(b"mail jane@acme.io please").hex()
    assert redact_patterns("x " + nested) == "x <ENCODED>"
    held = base64.b64encode(b"Reply to <EMAIL> later; the card is 4111 1111 1111 1111").decode()
    assert redact_patterns("y " + held) == "y <ENCODED>"


def test_escapes_escaped_once_or_twice_are_read_and_an_escaped_backslash_stays():
    from guard.decoding import decode_wide_json_escapes

    assert decode_wide_json_escapes('"J\\\\u00fcrgen"') == '"Jürgen"'  # JSON inside a JSON string
    assert decode_wide_json_escapes('"C:\\\\\\u00fcber"') == '"C:\\\\\\u00fcber"'  # an escaped backslash, then an escape


def test_text_with_nothing_to_hide_comes_back_as_it_came():
    assert redact_patterns("الطلب رقم ١٢٣ بتاريخ ٢٠٢٤") == "الطلب رقم ١٢٣ بتاريخ ٢٠٢٤"


@pytest.mark.parametrize("text", ["the passphrase is Tr0ub4dor&3", "my PIN is 4921", "Your PIN number was 004921",
                                  "passphrase was correct-horse-battery-staple", "Your new PIN is 4921.",
                                  "Your card's PIN is 4921", "The passphrase is correct-horse-battery-st4ple",
                                  "Card PIN is 4921", "SIM PIN was 004921"])
def test_a_passphrase_or_a_pin_in_prose_is_redacted(text):
    out = redact_patterns(text)
    assert "<SECRET>" in out and not any(w in out for w in ("Tr0ub4dor", "4921", "horse", "st4ple"))


@pytest.mark.parametrize("text", ["the pin is broken, replace it", "Pin was 2019 vintage", "the passphrase is required",
                                  "The bowling pin was 1998 model"])
def test_a_pin_or_a_passphrase_that_is_no_secret_is_kept(text):
    assert redact_patterns(text) == text


def test_content_cut_without_a_space_keeps_no_half_of_a_key_or_an_address():
    """Minified JSON has no space to cut at: the cut falls inside a key or an address, whose half
    is too short for its pattern and was kept."""
    import json

    from guard.policy import TelemetryConfig
    from guard.telemetry import Telemetry

    tel = Telemetry(TelemetryConfig(capture_content=True, redactor="patterns"))
    items = [{"id": i, "owner": "jonathan.doe@corp.example.com"} for i in range(3000)]
    items[0]["note"] = "x" * 27
    kept = tel.captured(json.dumps(items, separators=(",", ":")))
    assert "jonathan" not in kept and "corp.example" not in kept and "more characters not captured" in kept
    kept = tel.captured("a," * 8180 + "ghp_ZyXwVuTsRqPoNmLkJiHgFeDcBa0123456789" + ",b" * 1000)
    assert "ghp_" not in kept and "ZyXw" not in kept

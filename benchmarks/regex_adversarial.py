"""Time of the redaction floor, the quotation elision, taint's value extractor and the injection check's
reading of encoded text on adversarial text (100 KB runs
that made a pattern rescan the input from every position: quadratic time, minutes per call).

    python benchmarks/regex_adversarial.py [--out FILE]
"""
from __future__ import annotations

import argparse
import json
import time


CASES = {
    "a.a.a. (100 KB)": "a." * 50000,
    "x-x-x-...@b.com (100 KB)": "x-" * 50000 + "@b.com",
    "x-x-x- (100 KB)": "x-" * 50000,
    "aaaa (100 KB)": "a" * 100000,
    "token-token- (100 KB)": "token-" * 16667,
    "random-looking tokens (66 KB)": ("A" * 63 + "a1/") * 1000,
    "'secret key' and 100 KB of spaces": "secret key" + " " * 100000,
    "'password' and 100 KB of spaces": "password" + " " * 100000,
    "curly quotes, unclosed (100 KB)": "\u201ca" * 50000,
    "$1,1,1,... (100 KB)": "$" + "1," * 50000,
    "1.1.1.... (100 KB)": "1." * 50000,
    "EUR 1.000.000... (100 KB)": "EUR 1" + ".000" * 25000,
    "2025-06-02-2025-... (100 KB)": "2025-06-02-" * 9000,
    "%3A%2F%2F repeated (100 KB)": "%3A%2F%2F" * 11111,  # cubic in a first percent-encoded URL pattern
    "password\\ and 100 KB of backslashes": "password=" + "\\" * 100000,
    "'password': ' and 100 KB without a quote": "'password': '" + "a b " * 25000,
    "ab ab ab... no end (100 KB), streamed": "ab " * 33333,
    "a%40a%40... (100 KB)": "a%40" * 25000,  # a percent-encoded e-mail's "@", no domain anywhere
    "a4a4a4... (100 KB)": "a4" * 50000,  # digits glued to letters (card numbers written "card4111…")
    "a then 100 KB of digits": "a" + "4" * 100000,
    "AB 12 AB 12 ... (100 KB)": "AB 12 " * 16667,  # UK NI numbers' first halves
    "a_eyJa_eyJ... (100 KB)": "a_eyJ" * 20000,  # JWT heads after underscores (quadratic in a first version)
    "-eyJaaaaa-eyJ... (100 KB)": "-eyJaaaaa" * 11111,  # after hyphens (1.8 s before this session)
    "ab4111111111111111... (90 KB)": "ab4111111111111111" * 5000,  # glued card numbers, one alphanumeric run
    "'nino ' repeated (100 KB)": "nino " * 20000,
    # the readings of disguised text (thirty-third session): breaks, escapes, markup, defanging
    "a\\n@a\\n@... line breaks by '@' (100 KB)": "a\n@" * 33333,
    "x-\\nx-\\n... hyphen breaks (100 KB)": "x-\n" * 33333,
    "a \\t\\n ... spaces and breaks (100 KB)": "a \t\n " * 20000,
    "a @ a @ ... spaced '@' (100 KB)": "a @ " * 25000,
    "DE89 then tabs and digits (100 KB)": "DE89" + "\t1" * 50000,
    "DE89 then breaks and digits (100 KB)": "DE89" + "    \n    1" * 10000,
    "&#64;&#64;... entities (100 KB)": "&#64;" * 20000,
    "\\u0040\\u0040... JSON escapes (100 KB)": "\\u0040" * 16667,
    "**a**a**a... emphasis (100 KB)": "**a" * 33333,
    "a[.]a[.]... defanged (100 KB)": "a[.]" * 25000,
    "sk-sk-sk-... then a break (100 KB)": "sk-" * 33333 + "\n",  # keys cut by a line break, joined for redaction
    "a@a@... then a break (100 KB)": "a@" * 50000 + "\n",
    "AB12 AB12 ... codes that are no IBAN (100 KB)": "AB12 " * 20000,
    "DE12 DE12 ... a country's codes (100 KB)": "DE12 " * 20000,
    "de12-3456 / de12-3456 ... over lines (100 KB)": "de12-3456\n" * 10000,
    # encodings a model undoes (thirty-fourth session): base64, hex, percent escapes, ciphers
    "Ab1Ab1... one base64-like run, length 2 mod 4 (100 KB)": "Ab1" * 33334,
    "Ab1/\\n... a base64 quantum a line (100 KB)": "Ab1/\n" * 20000,
    "SGVsbG8g... base64 of text, one run (100 KB)": "SGVsbG8gd29ybGQg" * 6250,
    "4a 4a 4a ... spaced hex of letters (100 KB)": "4a " * 33333,
    "\\x41\\x41... escaped hex (100 KB)": "\\x41" * 25000,
    "%41%41... one percent-escaped token (100 KB)": "%41" * 33333,
    "a%4a%4... broken percent escapes (100 KB)": "a%4" * 33333,
    "xyz abc qrs lines (100 KB)": "xyz abc qrs\n" * 8333,
    "qwerty qwerty ... one line of non-words (100 KB)": "qwerty " * 14286,
    "a right-to-left override, then 100 KB": "\u202e" + "a b " * 25000,
    "a_key a_key ... field names, no value (100 KB)": "a_key " * 16667,
    "a_key then 100 KB of spaces": "a_key" + " " * 100000,
    "1234567890:AA... bot-token heads (100 KB)": "1234567890:AA" * 7693,
    # from the session's review: quadratic in a first version of the new readings
    "a base64 image, then one Cyrillic word (100 KB)": "<img src='data:image/png;base64," + "QUJD" * 25000 + "'> привет",
    "x_x_x_... then 'period' (100 KB)": "x_" * 50000 + "\nreporting period",
    "a_a_a_... then ' dot' (100 KB)": "a_" * 50000 + " dot",
    "a_dot_a_dot_... (100 KB)": "a_dot_" * 16667,
    "an escape, then 100 KB of backslashes": "\\u00e9 " + "\\" * 100000 + "x",  # JSON escaped again, read from every one
    # the forty-first session's readings of orders (a reported request's subject read digits: 11-14 s on 20 KB)
    "1-1-1-... (20 KB)": "1-" * 10000,
    "10 KB of digits, then 'was cancelled.'": "1" * 10000 + " was cancelled.",
    "quotes, 20 KB of them": "'" * 20000,
    "a b c d - ... spaced dashes (50 KB)": "a b c d - " * 5000,
    "on the 15th ... (60 KB)": "on the 15th " * 5000,
    "order a dozen ... (70 KB)": "order a dozen " * 5000,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from detectors.safety.values import extract_values
    from guard.decoding import as_read
    from guard.encoded_text import decoded_layers
    from guard.redaction import elide_quotes, redact_patterns
    from detectors.safety import labels
    from detectors.safety.orders import is_order, order_sentences, when_keys

    rows = []
    for name, text in CASES.items():
        t0 = time.perf_counter()
        redact_patterns(text)
        t1 = time.perf_counter()
        extract_values(text)
        t2 = time.perf_counter()
        elide_quotes(text)
        t3 = time.perf_counter()
        decoded_layers(as_read(text))  # what the injection check reads
        t4 = time.perf_counter()
        order_sentences(text.split("\n"))  # taint's readings of orders, of a user's values and days
        is_order(text[:20000])
        list(labels.given(text))
        when_keys(text)
        t5 = time.perf_counter()
        rows.append({"case": name, "redact_s": round(t1 - t0, 3), "extract_values_s": round(t2 - t1, 3),
                     "elide_quotes_s": round(t3 - t2, 3), "read_decoded_s": round(t4 - t3, 3), "orders_s": round(t5 - t4, 3)})
        print(f"{name:36s} redact {t1 - t0:8.3f} s   extract_values {t2 - t1:8.3f} s   elide_quotes {t3 - t2:8.3f} s"
              f"   read+decode {t4 - t3:8.3f} s   orders {t5 - t4:8.3f} s", flush=True)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()

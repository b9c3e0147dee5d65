"""Build the PII development set (presidio-research format) from Faker and templates.

    python benchmarks/privacy_pii_devset.py [--n 300] [--seed 7] [--out benchmarks/data/pii/dev.json]

Each record is `{full_text, spans: [{entity_type, entity_value, start_position,
end_position}]}` with dataset entity names (see ENTITY_MAPPING in
detectors/privacy/pii_eval.py). Templates mix agent-like text (tool results, e-mails,
tickets) with tricky renderings: zero-width characters, homoglyphs, split numbers,
obfuscated e-mails. Medical conditions are drawn partly from terms the recognizer's
lexicon does not contain, so recall on them is not flattered.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from faker import Faker

CONDITIONS = [
    "type 2 diabetes", "asthma", "major depressive disorder", "hypertension", "breast cancer",
    "epilepsy", "HIV", "bipolar disorder", "Crohn's disease", "migraines", "PTSD", "celiac disease",
    # not in the recognizer's lexicon on purpose:
    "gout", "shingles", "tinnitus", "vertigo", "scoliosis", "sarcoidosis", "narcolepsy", "kidney stones",
]

TEMPLATES = [
    "Hi {PERSON}, your order will ship to {STREET_ADDRESS}. Questions? Call {PHONE_NUMBER}.",
    "Customer: {PERSON}\nEmail: {EMAIL_ADDRESS}\nPhone: {PHONE_NUMBER}\nShipping address: {STREET_ADDRESS}",
    "Please wire the refund to IBAN {IBAN_CODE} (account holder {PERSON}).",
    "{PERSON} was born on {DATE_OF_BIRTH} and has been a member since 2015.",
    "Patient {PERSON} (DOB: {DATE_OF_BIRTH}) was diagnosed with {MEDICAL_CONDITION} last spring.",
    "Reminder: {PERSON} is being treated for {MEDICAL_CONDITION}; please keep this confidential.",
    "Card on file: {CREDIT_CARD}, exp 09/28. Billing name: {PERSON}.",
    "SSN: {US_SSN}. Applicant {PERSON} lives in {GPE}.",
    "Login from {IP_ADDRESS} for user {EMAIL_ADDRESS} at 03:12 UTC was blocked.",
    "Set the environment variable OPENAI_API_KEY={CREDENTIAL} before running the script.",
    "Your temporary password: {CREDENTIAL}. Change it after first login.",
    "Forwarding {PERSON}'s contact card: {EMAIL_ADDRESS}, {PHONE_NUMBER}.",
    "We met {PERSON} in {GPE} last week; she is moving to {STREET_ADDRESS} next month.",
    "Meeting notes: {PERSON} and {PERSON} agreed to send the draft to {EMAIL_ADDRESS} by Friday.",
    "Emergency contact for {PERSON}: {PERSON}, {PHONE_NUMBER}.",
    "The server at {IP_ADDRESS} rejected the token {CREDENTIAL}.",
    "Insurance claim for {PERSON}, date of birth {DATE_OF_BIRTH}, condition: {MEDICAL_CONDITION}.",
    "Transfer 250 EUR from {IBAN_CODE} to {IBAN_CODE} today.",
    "{PERSON} from {GPE} asked us to update her phone number to {PHONE_NUMBER}.",
    "Payment failed for card {CREDIT_CARD}. Contact {EMAIL_ADDRESS} to retry.",
    "Tax form for {PERSON}: social security number {US_SSN}, address {STREET_ADDRESS}.",
    "My doctor says my {MEDICAL_CONDITION} is under control, thanks for asking!",
    "Hey, it's {PERSON}. New number: {PHONE_NUMBER}. Text me when you land in {GPE}.",
    "api_key = \"{CREDENTIAL}\"",
    "Deliveries for {PERSON} go to {STREET_ADDRESS}; leave at the door.",
    "{PERSON} (email: {EMAIL_ADDRESS}) has requested deletion of their account.",
    "Flight booked for {PERSON} to {GPE}. Passenger born {DATE_OF_BIRTH}.",
    "Access granted to {IP_ADDRESS}. Admin: {PERSON}.",
    "The contract was signed by {PERSON} and {PERSON} in {GPE}.",
    "Direct deposit: IBAN {IBAN_CODE}. Questions go to {EMAIL_ADDRESS}.",
]


def _credential(fk: Faker, rng: random.Random) -> str:
    kind = rng.choice(["sk", "aws", "gh", "pw"])
    if kind == "sk":
        return "sk-" + fk.pystr(min_chars=32, max_chars=40)
    if kind == "aws":
        return "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    if kind == "gh":
        return "ghp_" + fk.pystr(min_chars=36, max_chars=36)
    return fk.password(length=12)


def _dob(fk: Faker, rng: random.Random) -> str:
    d = fk.date_of_birth(minimum_age=18, maximum_age=90)
    return rng.choice([d.strftime("%m/%d/%Y"), d.strftime("%B %d, %Y"), d.isoformat(), d.strftime("%d %B %Y")])


def _tricky(value: str, entity: str, rng: random.Random) -> str:
    """Sometimes render a value the way obfuscated or pasted text shows it."""
    r = rng.random()
    if entity == "EMAIL_ADDRESS" and r < 0.15:
        return value.replace("@", " [at] ").replace(".", " [dot] ")
    if entity == "EMAIL_ADDRESS" and r < 0.3:
        return value[:2] + "\u200b" + value[2:]
    if entity == "CREDIT_CARD" and r < 0.3:
        digits = re.sub(r"\D", "", value)
        return ".".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    if entity == "US_SSN" and r < 0.3:
        return value.replace("-", " ")
    if entity == "PERSON" and r < 0.1:
        return value.replace("a", "\u0430", 1)  # Cyrillic a
    return value


def make_record(fk: Faker, rng: random.Random) -> dict:
    template = rng.choice(TEMPLATES)
    gen = {
        "PERSON": fk.name,
        "EMAIL_ADDRESS": fk.email,
        "PHONE_NUMBER": fk.phone_number,
        "STREET_ADDRESS": lambda: fk.address().replace("\n", ", ") if rng.random() < 0.5 else fk.street_address(),
        "IBAN_CODE": fk.iban,
        "CREDIT_CARD": fk.credit_card_number,
        "US_SSN": fk.ssn,
        "IP_ADDRESS": lambda: fk.ipv4() if rng.random() < 0.8 else fk.ipv6(),
        "GPE": lambda: fk.city() if rng.random() < 0.7 else fk.country(),
        "DATE_OF_BIRTH": lambda: _dob(fk, rng),
        "MEDICAL_CONDITION": lambda: rng.choice(CONDITIONS),
        "CREDENTIAL": lambda: _credential(fk, rng),
    }
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{([A-Z_]+)\}", template):
        text += template[pos : m.start()]
        entity = m.group(1)
        value = _tricky(gen[entity](), entity, rng)
        spans.append({
            "entity_type": entity, "entity_value": value,
            "start_position": len(text), "end_position": len(text) + len(value),
        })
        text += value
        pos = m.end()
    text += template[pos:]
    return {"full_text": text, "spans": spans, "template_id": TEMPLATES.index(template)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(Path(__file__).parent / "data" / "pii" / "dev.json"))
    args = ap.parse_args()
    fk = Faker("en_US")
    Faker.seed(args.seed)
    rng = random.Random(args.seed)
    records = [make_record(fk, rng) for _ in range(args.n)]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(records, indent=0, ensure_ascii=False))
    print(f"wrote {len(records)} records to {out}")


if __name__ == "__main__":
    main()

"""Write detectors/privacy/data/given_names.txt from Faker's per-locale given-name lists.

    .venv/bin/python scripts/build_given_names.py

Faker (MIT) compiles its lists from national statistics for about 80 locales; the file
keeps the names written in a script with capitals (the recognizer reads case), one per
line, sorted. Faker is a dev dependency: the shipped file needs nothing at run time.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "detectors" / "privacy" / "data" / "given_names.txt"
_NAME = re.compile(r"[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)?")
_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def faker_given_names() -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attr in _LISTS:
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple, set, dict)):
                names.update(value)
    return {n.strip() for n in names if isinstance(n, str)}


def keep(name: str) -> bool:
    return bool(_NAME.fullmatch(name)) and name[0].isupper() and name[1:2].islower() and len(name) <= 20


def main() -> None:
    names = sorted(n for n in faker_given_names() if keep(n))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()

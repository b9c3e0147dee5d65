"""Write the given-name and surname lists in detectors/privacy/data/ from Faker's per-locale lists.

    .venv/bin/python scripts/build_name_lists.py

Faker (MIT) compiles its lists from national statistics for about 80 locales, with
romanised forms for Japanese and Chinese. The files keep the names written in a script
with capitals (the recognizers read case), one per line, sorted. Faker is a dev
dependency: the shipped files need nothing at run time.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "detectors" / "privacy" / "data"
_NAME = re.compile(r"[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)?")
_GIVEN = re.compile(r"first_(?:romanized_)?names(?:_(?:male|female|nonbinary|unisex|est|rus))?")
_FAMILY = re.compile(r"(?:last_(?:romanized_)?names(?:_(?:male|female|nonbinary|unisex|est|rus|common|without_suffix))?"
                     r"|(?:male|unisex)_last_names)")


def faker_names(attr: re.Pattern) -> set[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for name in dir(provider):
            value = getattr(provider, name, None)
            if attr.fullmatch(name) and isinstance(value, (list, tuple, set, dict)):
                names.update(v for v in value if isinstance(v, str))
    return {n.strip() for n in names}


def keep(name: str) -> bool:
    return bool(_NAME.fullmatch(name)) and name[0].isupper() and name[1:2].islower() and len(name) <= 24


def main() -> None:
    for file, attr in (("given_names.txt", _GIVEN), ("surnames.txt", _FAMILY)):
        names = sorted(n for n in faker_names(attr) if keep(n))
        (DATA / file).write_text("\n".join(names) + "\n", encoding="utf-8")
        print(f"{len(names)} names -> {DATA / file}")


if __name__ == "__main__":
    main()

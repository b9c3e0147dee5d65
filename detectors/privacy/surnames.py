"""Surnames, for the names the small NER model calls companies or places.

en_core_web_sm tags many foreign surnames as organisations or places ("early Stejskalová",
"the Mathiassen novel", "Carolina Lombardi will be talking"). A word is a surname when
Faker's per-locale surname lists know it (`data/surnames.txt`, built by
`scripts/build_name_lists.py`) or when it carries a surname-forming ending that ordinary
words and towns rarely have (Slavic -owski/-ová, Nordic -sson/-dóttir, Balkan -ić, Greek
-opoulos, Georgian -shvili...). It must also be no English word (see `given_names`), so
"Hill", "Stone", "Ford" or "Lincoln" stay the model's call. Only spans the model already
reads as a name are re-typed: a surname list alone finds no one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from detectors.privacy.gazetteer import is_place_name
from detectors.privacy.given_names import _BRANDS, beyond_nouns, english_words, given_names, is_english, name_list
from detectors.privacy.names import _ORG_WORDS

SURNAMES_FILE = Path(__file__).parent / "data" / "surnames.txt"

# Endings that form surnames (patronymics, family-of, diminutives). Short or ambiguous ones
# ("-son", "-ina", "-ez") are left out: they end too many English words, towns and brands.
# The marked endings (a diacritic, or a long patronymic) count on a short word too.
_MARKED_ENDING = re.compile(r"(?:i[ćč]|ová|dóttir|dottir|sson|o[gğ]lu|shvili|opoulos)$")
_ENDING = re.compile(r"(?:[oe]wsk[ia]|[ńn]sk[ia]|[cd]z?k[ia]|ovi[cć]|evi[cć]|sen|escu|enko|chuk|[iy]uk|dze|akis|idis|yan)$")
_FEMININE_ENDING = re.compile(r"[oe]va$")  # Russian, Bulgarian: 7+ letters, not "Geneva" or "Nova"
_INITIAL = re.compile(r"[A-Z]\.?")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return name_list(SURNAMES_FILE)


def is_given_name(word: str) -> bool:
    """A listed given name that is at most a noun in English ("Helena", not "Early" or "Will")."""
    return word in given_names() and word.lower() not in beyond_nouns()


def _one_name_word(word: str) -> bool:
    """A capital, then lower-case letters in any script: "Jurić", "Sokołowska"."""
    core = word.replace("-", "")
    return len(word) >= 3 and word[0].isupper() and core[1:].isalpha() and core[1:].islower()


def is_surname(word: str, english: frozenset[str] | None = None) -> bool:
    english = english_words() if english is None else english
    if not english or not _one_name_word(word) or word in _BRANDS or is_english(word, english) or is_place_name(word):
        return False
    return (word in surnames() or _MARKED_ENDING.search(word) is not None
            or (len(word) >= 6 and _ENDING.search(word) is not None)
            or (len(word) >= 7 and _FEMININE_ENDING.search(word) is not None))


def names_a_person(span: str) -> bool:
    """A model span that is one surname, or a given name, initials and a surname: a person."""
    words = span.split()
    english = english_words()
    if not words or not english or any(w.lower().strip(".,") in _ORG_WORDS for w in words):
        return False
    if len(words) == 1:
        return is_surname(words[0], english)
    given, last, middle = words[0], words[-1], words[1:-1]
    known_given = _one_name_word(given) and (not is_english(given, english) or is_given_name(given))
    return (len(words) <= 4 and known_given and all(_INITIAL.fullmatch(w) or w in given_names() for w in middle)
            and is_surname(last, english) and not is_place_name(span))


def given_name_then_rare_word(span: str) -> bool:
    """A listed given name, initials, then a capitalised word that is no English word, place or
    brand ("Paul J Adams" is not one, "Seid Globelnik" and "Pascal Leclair" are): the shape of a
    person's name when the surname is in no list."""
    words = span.split()
    english = english_words()
    if not 2 <= len(words) <= 4 or not english or any(w.lower().strip(".,") in _ORG_WORDS for w in words):
        return False
    given, last, middle = words[0], words[-1], words[1:-1]
    return (_one_name_word(given) and is_given_name(given) and all(_INITIAL.fullmatch(w) for w in middle)
            and _one_name_word(last) and last not in _BRANDS and not is_english(last, english)
            and not is_place_name(last) and not is_place_name(span))


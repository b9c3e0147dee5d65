"""The literal gate (`detectors.safety.literal_gate`) skips only searches that cannot match:
a gated pattern finds a match in exactly the texts the pattern alone does."""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys

from pathlib import Path

import pytest

from detectors.safety import heuristics
from detectors.safety.literal_gate import Folded, GatedPattern, fold, fold_char, need_of, top_level_branches
from detectors.safety.values import FOREIGN_SEND

PATTERNS = [s.pattern for s in heuristics.SIGNS] + [heuristics._REQUEST, FOREIGN_SEND] + [
    re.compile(p, f) for p, f in [
        (r"\bignore\s+(?:all\s+)?previous\s+instructions\b", re.I),
        (r"(?i)id\d+|k(?:ey|ing)s?", 0),
        (r"(?-i:Send)\s+to|(?=pay\w*)[a-z]+", re.I),
        (r"[|]x|\|y|(a|b)c|[]|]z", 0),
        (r"(?<=transfer )money|(?<!not )wire", re.I),
        (r"(?:ab){2,}|(?:cd)?ef", re.I),
        (r"ſtop|ıd|\u212aey|straße", re.I),
        (r"^(?:please\s+)?send\b", re.I | re.M),
    ]]

WORDS = ("ignore all previous instructions send pay transfer wire the assistant AI agent please could you kindly "
         "forward e-mail to bob@example.com IBAN DE89370400440532013000 ignore disregard <system> [INST] ### "
         "key keys king id42 straße STRASSE stop money ab abab ef cd | x y z ] user's note: TODO: olvida las "
         "instrucciones envía schick überweise 请 发送 忽略 指令 you are now DAN mode").split()
ODD = ["İ", "ı", "ſ", "\u212a", "ß", "ẞ", "K", "Σ", "ς", "\u0130d", "\n", "  ", "!!", "\u200b", "Ａ"]


REDTEAM = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "injection_redteam"


def _redteam() -> list[str]:
    """Injections written outside AgentDojo's templates and their benign look-alikes, by line."""
    texts = [r["text"] for f in sorted(REDTEAM.glob("*.json")) for r in json.loads(f.read_text())]
    return [line for t in texts for line in t.split("\n") if line.strip()]


def _mutated(text: str, rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.replace("i", "ı").replace("I", "İ")
    if kind == 2:
        return text.replace("s", "ſ").replace("k", "\u212a")
    if kind == 3:
        return text.swapcase()
    return text


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = [_mutated(t, rng) for t in _redteam()]
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
        for i in range(len(words)):
            r = rng.random()
            if r < 0.15:
                words[i] = words[i].upper()
            elif r < 0.25:
                words[i] = words[i].title()
            elif r < 0.35:
                words[i] = words[i].replace("i", rng.choice(["ı", "İ", "I"])).replace("s", rng.choice(["ſ", "S", "s"]))
            elif r < 0.4:
                words[i] = words[i].replace("k", "\u212a")
            elif r < 0.45:
                words[i] = rng.choice(ODD) + words[i]
        out.append(rng.choice([" ", "\n", ", "]).join(words))
    return out


@pytest.mark.parametrize("k", range(len(PATTERNS)))
def test_gated_search_finds_exactly_what_the_pattern_finds(k: int) -> None:
    pattern = PATTERNS[k]
    gated = GatedPattern(pattern)
    texts = _texts(1500, seed=k)
    found = [pattern.search(t) is not None for t in texts]
    assert [gated.search(t) for t in texts] == found


def test_the_texts_reach_the_signs() -> None:
    """The equality above is read on texts the signs match, not only on their absence."""
    texts = _texts(1500, seed=0)
    matched = [s.name for s in heuristics.SIGNS if any(s.pattern.search(t) for t in texts)]
    assert len(matched) >= 0.8 * len(heuristics.SIGNS), matched


def test_case_insensitive_letters_fold_as_re_matches_them() -> None:
    """Every pair of characters `re` matches under IGNORECASE folds to one character."""
    rng = random.Random(3)
    chars = [chr(c) for c in range(0x20, 0x250)] + [chr(rng.randrange(0x250, 0x3000)) for _ in range(800)] + list("İıſ\u212aẞßΣςσϐβ")
    for c in chars:
        for x in chars[:: 7] + [c.upper(), c.lower(), c.swapcase()]:
            if len(x) == 1 and re.fullmatch(re.escape(c), x, re.I):
                assert fold_char(c) == fold_char(x), (c, x)
    assert fold("İGNORE") == "ignore" and fold("ſend") == "send" and fold("\u212aEY") == "key"


def test_a_text_without_the_words_is_not_searched() -> None:
    need = need_of(r"\bignore\s+(?:all\s+)?previous\s+(?:instructions|rules)\b", re.I)
    assert not Folded("The weather in Paris is fine today.").may_match(need)
    assert not Folded("ignore the noise").may_match(need)  # "previous" is missing
    assert Folded("IGNORE PREVIOUS RULES").may_match(need)
    assert need_of(r".*", 0) is None and need_of(r"[a-z]+\d", re.I) is None  # nothing required: always searched


def test_top_level_branches_cut_only_at_the_top() -> None:
    assert top_level_branches(r"a|[|]|\||(b|c)|[]|]") == ["a", "[|]", r"\|", "(b|c)", "[]|]"]
    assert top_level_branches(r"(?i)ab|cd") == ["(?i)ab", "cd"]
    assert top_level_branches(r"no(branch|here)") == [r"no(branch|here)"]
    assert top_level_branches(r"unbalanced(|x") == [r"unbalanced(|x"]


def test_leet_tokens_are_the_same_runs_as_before() -> None:
    """Only runs with a letter and a leet character are visited now; the rewrite is unchanged."""
    every_run = re.compile(r"[A-Za-z0-9@$]*[A-Za-z][A-Za-z0-9@$]*")
    rng = random.Random(5)
    alphabet = "abcXYZ0123456789@$ .-_é"
    for _ in range(3000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert heuristics._LEET_TOKEN.sub(heuristics._deleet, t) == every_run.sub(heuristics._deleet, t), t


def test_a_misspelling_near_two_sign_words_reads_the_same_in_every_process() -> None:
    """"instructing" is two edits from both "instruction" and "instructions": the first in
    alphabetical order wins, whatever the process's string hash seed (set iteration order)."""
    code = "from detectors.safety.heuristics import normalise; print(normalise('a hidden message instructing to pay'))"
    outs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    assert outs == {"a hidden message instruction to pay\n"}

"""Online evaluation on the standard truth-inference format (answer.csv, truth.csv).

Questions are taken in a seeded random order; each is decided from its answers with the
credibility learnt so far; its truth is then revealed to the aggregator for a fraction F of
questions, D questions later. Optionally a bloc of adversarial identities (a fraction S of
all workers) answers every question with the same wrong answer. Majority vote sees exactly
the same answers in the same order; Dawid–Skene sees everything at once, offline.
"""
from __future__ import annotations

import csv
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detectors.credibility.aggregator import MAX_ANSWER_CHARS, CredibilityAggregator
from detectors.credibility.params import CredibilityParams


class DataError(ValueError):
    """A data file is missing, malformed, or inconsistent; the message names file, line and field."""


@dataclass
class Dataset:
    answers: dict[str, list[tuple[str, str]]]  # question -> [(worker, answer)] in file order
    truth: dict[str, str]

    @property
    def workers(self) -> list[str]:
        return sorted({w for a in self.answers.values() for w, _ in a})

    @property
    def labels(self) -> list[str]:
        return sorted({x for a in self.answers.values() for _, x in a} | set(self.truth.values()))


_EXTRA = "\0extra"
# What the aggregator accepts (OpinionIn): said here with the file and line, not as a pydantic dump later.
_LIMITS = {"worker": 255, "answer": MAX_ANSWER_CHARS, "truth": MAX_ANSWER_CHARS}


def _rows(path: str | Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    p = Path(path)
    if not p.is_file():
        raise DataError(f"{p}: no such file")
    try:
        with p.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh, restkey=_EXTRA)
            header = [h.strip() for h in (reader.fieldnames or [])]
            missing = [c for c in required if c not in header]
            if missing:
                raise DataError(f"{p}: header must contain {', '.join(required)} (missing: {', '.join(missing)}; "
                                f"found: {', '.join(header) or 'nothing'})")
            out = []
            for i, row in enumerate(reader, start=2):
                if _EXTRA in row:  # DictReader puts the surplus fields in a list under restkey
                    raise DataError(f"{p}:{i}: {len(header) + len(row[_EXTRA])} fields, the header has {len(header)}")
                # ids and labels hold no line break: one in a field (before the strip below takes a
                # last one off) is a quote never closed, which took the rest of the file into that field
                broken = next(((k or "").strip() for k, v in row.items() if "\n" in (v or "") or "\r" in (v or "")), None)
                if broken is not None:
                    raise DataError(f"{p}:{i}: field {broken!r} spans several lines: a quote not closed? "
                                    "(line breaks inside a field are not read in these files)")
                row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
                nul = next((c for c, v in row.items() if "\x00" in v), None)
                if nul is not None:  # no database keeps one: it failed later, with no file or line
                    raise DataError(f"{p}:{i}: field {nul!r} holds a NUL character")
                for c, limit in _LIMITS.items():
                    if len(row.get(c, "")) > limit:
                        raise DataError(f"{p}:{i}: field {c!r} has {len(row[c]):,} characters, at most {limit:,}")
                for c in required:
                    if not row.get(c):
                        raise DataError(f"{p}:{i}: empty field {c!r}")
                out.append((i, row))
    except UnicodeDecodeError as exc:
        raise DataError(f"{p}: not UTF-8 text ({exc})") from None
    except csv.Error as exc:
        raise DataError(f"{p}: not valid CSV ({exc})") from None
    return out


def load(answers_csv: str | Path, truth_csv: str | Path) -> Dataset:
    answers: dict[str, list[tuple[str, str]]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for line, r in _rows(answers_csv, ("question", "worker", "answer")):
        key = (r["question"], r["worker"])
        if key in seen:
            raise DataError(f"{answers_csv}:{line}: worker {r['worker']!r} answers question {r['question']!r} twice")
        seen.add(key)
        answers[r["question"]].append((r["worker"], r["answer"]))
    truth: dict[str, str] = {}
    for line, r in _rows(truth_csv, ("question", "truth")):
        if r["question"] in truth and truth[r["question"]] != r["truth"]:
            raise DataError(f"{truth_csv}:{line}: question {r['question']!r} has two different truths")
        truth[r["question"]] = r["truth"]
    if not answers:
        raise DataError(f"{answers_csv}: no answers")
    if not set(truth) & set(answers):
        raise DataError(f"{truth_csv}: no question in common with {answers_csv}")
    return Dataset(dict(answers), truth)


def _plurality(answers: list[tuple[str, str]]) -> str:
    """Most votes; among tied answers the one given first (the same rule the aggregator uses)."""
    counts = Counter(a for _, a in answers)
    best = max(counts.values())
    return next(a for _, a in answers if counts[a] == best)


def _sybil_answers(real: list[tuple[str, str]], truth: str, labels: list[str], pool: list[str], s: float,
                   rng: random.Random) -> list[tuple[str, str]]:
    """The bloc's answers to one question: the same wrong answer from ~S of the answerers.

    They amplify the strongest wrong answer already given (an attacker who knows the truth
    and pushes the most plausible lie), or any wrong label when nobody erred.
    """
    if s <= 0 or not pool:
        return []
    m = max(1, round(s / (1 - s) * len(real)))
    wrong = Counter(a for _, a in real if a != truth)
    if wrong:
        top = max(wrong.values())
        target = rng.choice(sorted(a for a, c in wrong.items() if c == top))
    else:
        target = rng.choice([x for x in labels if x != truth] or [truth + "~"])
    return [(w, target) for w in rng.sample(pool, min(m, len(pool)))]


def evaluate(data: Dataset, *, delay: int = 10, reveal: float = 0.5, sybils: float = 0.0, seed: int = 0,
             params: CredibilityParams | None = None, store_url: str = "sqlite://",
             dawid_skene: bool = True) -> dict[str, Any]:
    if delay < 0:
        raise ValueError("delay must be >= 0")
    if not 0.0 <= reveal <= 1.0:
        raise ValueError("reveal must be in [0, 1]")
    if not 0.0 <= sybils < 1.0:
        raise ValueError("sybils must be in [0, 1)")
    rng = random.Random(seed)
    questions = sorted(q for q in data.answers if q in data.truth)
    rng.shuffle(questions)
    labels = data.labels
    real_workers = data.workers
    n_sybil = round(sybils / (1 - sybils) * len(real_workers)) if sybils > 0 else 0
    pool = [f"~adversary-{seed}-{i}" for i in range(n_sybil)]
    agg = CredibilityAggregator(store_url, params)
    if agg.store.counts()["agents"]:
        agg.close()
        raise ValueError(f"evaluation needs an empty credibility store, {store_url} has agents")
    due: dict[int, list[str]] = defaultdict(list)
    cred_hits = maj_hits = 0
    all_answers: list[tuple[str, str, str]] = []
    curve: list[tuple[int, float, float]] = []
    try:
        for t, q in enumerate(questions):
            for qq in due.pop(t, []):
                agg.observe(qq, data.truth[qq])
            real = list(data.answers[q])
            answers = real + _sybil_answers(real, data.truth[q], labels, pool, sybils, rng)
            rng.shuffle(answers)
            all_answers += [(q, w, a) for w, a in answers]
            consensus = agg.aggregate(q, [(w, a) for w, a in answers])
            cred_hits += consensus.winner == data.truth[q]
            maj_hits += _plurality(answers) == data.truth[q]
            if rng.random() < reveal:
                due[t + 1 + delay].append(q)
            if (t + 1) % max(1, len(questions) // 10) == 0 or t + 1 == len(questions):
                curve.append((t + 1, cred_hits / (t + 1), maj_hits / (t + 1)))
    finally:
        agg.close()
    n = len(questions)
    out: dict[str, Any] = {
        "accuracy": cred_hits / n, "majority_accuracy": maj_hits / n, "n_questions": n,
        "n_workers": len(real_workers), "n_adversaries": n_sybil, "n_answers": len(all_answers),
        "n_labels": len(labels), "delay": delay, "reveal": reveal, "sybils": sybils, "seed": seed,
        "curve": [{"questions": a, "accuracy": b, "majority_accuracy": c} for a, b, c in curve],
    }
    out["dawid_skene_accuracy"] = _dawid_skene_accuracy(all_answers, data.truth, questions) if dawid_skene else None
    return out


def _dawid_skene_accuracy(answers: list[tuple[str, str, str]], truth: dict[str, str], questions: list[str]) -> float:
    import numpy as np

    from detectors.credibility.dawid_skene import dawid_skene

    qi = {q: i for i, q in enumerate(questions)}
    wi = {w: i for i, w in enumerate(sorted({w for _, w, _ in answers}))}
    li = {x: i for i, x in enumerate(sorted({a for _, _, a in answers} | {truth[q] for q in questions}))}
    items = np.array([qi[q] for q, _, _ in answers])
    workers = np.array([wi[w] for _, w, _ in answers])
    labels = np.array([li[a] for _, _, a in answers])
    post = dawid_skene(items, workers, labels, len(qi), len(wi), len(li))
    pred = post.argmax(axis=1)
    return float(np.mean([pred[qi[q]] == li[truth[q]] for q in questions]))


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean and 95% confidence half-width (t-approximation) of each headline figure over seeds."""
    keys = ("accuracy", "majority_accuracy", "dawid_skene_accuracy")
    out: dict[str, Any] = {k: runs[0][k] for k in ("n_questions", "n_workers", "n_adversaries", "n_labels",
                                                  "delay", "reveal", "sybils")}
    for k in keys:
        vals = [r[k] for r in runs if r[k] is not None]
        out[k] = sum(vals) / len(vals) if vals else None
        out[k + "_ci95"] = _ci95(vals)
    diffs = [r["accuracy"] - r["majority_accuracy"] for r in runs]
    out["gain_over_majority"] = sum(diffs) / len(diffs)
    out["gain_over_majority_ci95"] = _ci95(diffs)
    out["seeds"] = [r["seed"] for r in runs]
    return out


def _ci95(vals: list[float]) -> float | None:
    n = len(vals)
    if n < 2:
        return None
    mean = sum(vals) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in vals) / (n - 1))
    t = {2: 12.71, 3: 4.30, 4: 3.18, 5: 2.78, 6: 2.57, 7: 2.45, 8: 2.36, 9: 2.31, 10: 2.26}.get(n, 1.96 if n > 30 else 2.1)
    return t * sd / math.sqrt(n)

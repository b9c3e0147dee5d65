"""Generate crowd-answer data sets in the truth-inference format (answer.csv, truth.csv).

Several deliberately different worlds, so nothing is tuned to one: K from 2 to 5, dense and
sparse participation, one-coin and class-confusion workers, biased spammers, and one
control set where every worker is equally reliable (there credibility cannot beat majority).
Used by `guard eval credibility` (figures in benchmarks/RESULTS.md) and the tests.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


@dataclass
class Spec:
    name: str
    k: int
    questions: int
    workers: int
    redundancy: int
    worker: Callable[[random.Random, int, int], "Worker"]  # (rng, index, k) -> worker
    participation: str = "uniform"  # or "zipf": a few workers answer most questions
    truth_skew: float = 0.0  # probability mass moved to label 0


class Worker:
    def __init__(self, k: int, answer: Callable[[random.Random, int], int]):
        self.k = k
        self.answer = answer


def one_coin(rho: float, k: int) -> Worker:
    def ans(rng: random.Random, truth: int) -> int:
        if rng.random() < rho:
            return truth
        return rng.choice([c for c in range(k) if c != truth])
    return Worker(k, ans)


def confused(rho: float, k: int, shift: int) -> Worker:
    """Right with probability rho; otherwise mostly mistakes the truth for its `shift` neighbour."""
    def ans(rng: random.Random, truth: int) -> int:
        if rng.random() < rho:
            return truth
        if rng.random() < 0.7:
            return (truth + shift) % k
        return rng.choice([c for c in range(k) if c != truth])
    return Worker(k, ans)


def constant(label: int, k: int) -> Worker:
    return Worker(k, lambda rng, truth: label)


def _mixed_binary(rng: random.Random, i: int, k: int) -> Worker:
    u = rng.random()
    if u < 0.2:
        return one_coin(rng.uniform(0.85, 0.95), k)
    if u < 0.7:
        return one_coin(rng.uniform(0.6, 0.75), k)
    return one_coin(0.5, k)


def _mixed_k4(rng: random.Random, i: int, k: int) -> Worker:
    u = rng.random()
    if u < 0.25:
        return one_coin(rng.uniform(0.8, 0.95), k)
    if u < 0.7:
        return one_coin(rng.uniform(0.4, 0.6), k)
    return one_coin(rng.uniform(0.25, 0.35), k)


def _confusion_k3(rng: random.Random, i: int, k: int) -> Worker:
    return confused(min(0.97, rng.betavariate(4, 2)), k, rng.choice([1, 2]))


def _biased_k5(rng: random.Random, i: int, k: int) -> Worker:
    u = rng.random()
    if u < 0.15:
        return constant(0, k)
    if u < 0.4:
        return one_coin(rng.uniform(0.75, 0.9), k)
    return confused(rng.uniform(0.35, 0.6), k, 1)


def _uniform(rng: random.Random, i: int, k: int) -> Worker:
    return one_coin(0.7, k)


SPECS = [
    Spec("binary-mixed", 2, 1000, 50, 5, _mixed_binary),
    Spec("k4-mixed", 4, 800, 40, 5, _mixed_k4),
    Spec("k3-confusion-sparse", 3, 1200, 200, 4, _confusion_k3, participation="zipf"),
    Spec("k5-biased", 5, 600, 30, 7, _biased_k5, truth_skew=0.2),
    Spec("binary-uniform", 2, 1000, 50, 5, _uniform),
]


def generate(spec: Spec, seed: int) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    rng = random.Random(f"{spec.name}:{seed}")
    workers = [spec.worker(rng, i, spec.k) for i in range(spec.workers)]
    names = [f"w{i:03d}" for i in range(spec.workers)]
    if spec.participation == "zipf":
        pw = [1.0 / (i + 1) ** 0.8 for i in range(spec.workers)]
        rng.shuffle(pw)
    else:
        pw = [1.0] * spec.workers
    labels = [f"L{c}" for c in range(spec.k)]
    answers, truth = [], []
    for q in range(spec.questions):
        t = 0 if rng.random() < spec.truth_skew else rng.randrange(spec.k)
        qid = f"q{q:05d}"
        truth.append((qid, labels[t]))
        chosen: set[int] = set()
        while len(chosen) < spec.redundancy:
            chosen.add(rng.choices(range(spec.workers), weights=pw)[0])
        for j in sorted(chosen):
            answers.append((qid, names[j], labels[workers[j].answer(rng, t)]))
    return answers, truth


def write(spec: Spec, root: Path, seed: int = 0) -> Path:
    answers, truth = generate(spec, seed)
    out = root / spec.name
    out.mkdir(parents=True, exist_ok=True)
    with (out / "answer.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["question", "worker", "answer"])
        w.writerows(answers)
    with (out / "truth.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["question", "truth"])
        w.writerows(truth)
    return out

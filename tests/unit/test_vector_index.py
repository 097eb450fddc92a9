"""VectorIndex: ids live in FAISS; exact and approximate search; concurrent readers."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from matchmaker.matching.vector_index import VectorIndex, exact_top_k, recall_at_k


def unit_rows(count: int, dimension: int = 32, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    rows = rng.standard_normal((count, dimension)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_add_search_reconstruct_by_attendee_id() -> None:
    index = VectorIndex(32)
    rows = unit_rows(10)
    ids = [100 + 7 * i for i in range(10)]
    index.add(ids, rows)
    assert len(index) == 10
    assert sorted(index.ids().tolist()) == ids
    scores, found = index.search(rows[3], 3)
    assert found[0][0] == ids[3]
    assert scores[0][0] == pytest.approx(1.0, abs=1e-5)
    assert np.allclose(index.reconstruct([ids[5], ids[1]]), rows[[5, 1]])


def test_upsert_replaces_and_remove_forgets() -> None:
    index = VectorIndex(32)
    rows = unit_rows(5)
    index.add([1, 2, 3, 4, 5], rows)
    index.upsert([2], rows[4])
    assert len(index) == 5
    assert np.allclose(index.reconstruct([2])[0], rows[4])
    assert index.remove([2, 99]) == 1
    assert 2 not in index.ids().tolist()
    _, found = index.search(rows[4], 5)
    assert 2 not in found[0].tolist()
    assert found[0][0] == 5


def test_search_pads_missing_places() -> None:
    index = VectorIndex(32)
    index.add([1, 2], unit_rows(2))
    scores, found = index.search(unit_rows(1, seed=3), 5)
    assert found.shape == (1, 2)
    empty = VectorIndex(32)
    scores, found = empty.search(unit_rows(1), 3)
    assert (found == -1).all()
    assert np.isneginf(scores).all()


def test_rebuild_replaces_content_and_refuses_duplicates() -> None:
    index = VectorIndex(32)
    index.add([1], unit_rows(1))
    index.rebuild([7, 8, 9], unit_rows(3, seed=2))
    assert sorted(index.ids().tolist()) == [7, 8, 9]
    with pytest.raises(ValueError, match="duplicate"):
        index.rebuild([1, 1], unit_rows(2))
    with pytest.raises(ValueError, match="dimension"):
        index.add([5], np.zeros((1, 8), dtype=np.float32))


def clustered(count: int, dimension: int = 64, seed: int = 0) -> np.ndarray:
    # Real sentence embeddings are clustered by topic; uniform noise is no model of them.
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((40, dimension)).astype(np.float32)
    rows = centres[rng.integers(0, 40, count)] + 0.6 * rng.standard_normal(
        (count, dimension)
    ).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_switches_to_approximate_above_threshold_with_high_recall() -> None:
    everything = clustered(3200)
    rows, queries = everything[:3000], everything[3000:]
    ids = np.arange(3000, dtype=np.int64) * 3 + 11
    index = VectorIndex(64, approximate_threshold=2000)
    index.add(ids[:1500], rows[:1500])
    assert not index.is_approximate
    index.add(ids[1500:], rows[1500:])
    assert index.is_approximate
    assert sorted(index.ids().tolist()) == sorted(ids.tolist())
    _, found = index.search(queries, 10)
    expected = [set(ids[row].tolist()) for row in exact_top_k(rows, queries, 10)]
    assert recall_at_k(found, expected) >= 0.98
    # Removal and upsert work on the approximate index too.
    index.remove([int(ids[0])])
    assert len(index) == 2999
    index.upsert([int(ids[1])], rows[2])
    assert np.allclose(index.reconstruct([int(ids[1])])[0], rows[2])


def test_concurrent_searches_and_writes() -> None:
    index = VectorIndex(32)
    rows = unit_rows(200)
    index.add(range(200), rows)
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for i in range(200):
                _, found = index.search(rows[i], 5)
                assert found.shape[1] == 5
        except BaseException as error:
            errors.append(error)

    def writer() -> None:
        for i in range(200):
            index.upsert([i], rows[(i + 1) % 200])

    threads = [threading.Thread(target=reader) for _ in range(3)]
    threads.append(threading.Thread(target=writer))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(index) == 200

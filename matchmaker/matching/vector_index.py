"""A FAISS vector index keyed by attendee ids, safe for concurrent searches.

Inner product over L2-normalised vectors (cosine). Small collections use exact flat search
in `IndexIDMap2(IndexFlatIP)`; from `approximate_threshold` vectors on, an inverted-file index
(`IndexIVFFlat`) whose `nprobe` is calibrated at build time until recall against exact search
reaches `target_recall` on a sample of the data itself.

Ids live only inside FAISS (the id map, or the IVF lists with a hash-table direct map): there
is no parallel Python table of positions to drift out of step, and nothing is pickled.
The IVF index is not wrapped in `IndexIDMap2` because the map's `remove_ids` assumes the inner
index compacts its rows after a removal, which IVF does not; IVF stores our ids natively.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import faiss
import numpy as np
import numpy.typing as npt

from matchmaker.matching.locks import ReadWriteLock

IdArray = npt.NDArray[np.int64]
FloatMatrix = npt.NDArray[np.float32]

# Measured with scripts/bench_suggest.py on this 2-core machine: one exact single-query search
# costs ~0.25-1 ms at 10k vectors of 384 floats, ~2 ms at 30k (out of cache), while IVF stays
# well under 1 ms at 100k; three searches per suggestion must fit in a few milliseconds.
DEFAULT_APPROXIMATE_THRESHOLD = 12_000
# Rebuild (retrain the coarse quantizer) when the collection grew this much since training.
_RETRAIN_GROWTH = 4.0


def _as_matrix(vectors: npt.ArrayLike, dimension: int) -> FloatMatrix:
    matrix = np.ascontiguousarray(vectors, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    if matrix.ndim != 2 or matrix.shape[1] != dimension:
        raise ValueError(f"expected vectors of dimension {dimension}, got shape {matrix.shape}")
    return matrix


def _as_ids(ids: Sequence[int] | npt.ArrayLike) -> IdArray:
    return np.ascontiguousarray(np.asarray(ids, dtype=np.int64).reshape(-1))


def _normalise(matrix: FloatMatrix) -> FloatMatrix:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0.0] = 1.0
    return np.ascontiguousarray(matrix / norms, dtype=np.float32)


def exact_top_k(matrix: FloatMatrix, queries: FloatMatrix, k: int) -> npt.NDArray[np.intp]:
    """Row positions of the k largest inner products per query, by brute force."""
    scores = queries @ matrix.T
    k = min(k, matrix.shape[0])
    return np.argpartition(-scores, k - 1, axis=1)[:, :k]


class VectorIndex:
    """Vectors keyed by int64 ids: add, upsert, remove, search, reconstruct, rebuild."""

    def __init__(
        self,
        dimension: int,
        *,
        approximate_threshold: int = DEFAULT_APPROXIMATE_THRESHOLD,
        target_recall: float = 0.98,
    ) -> None:
        """An empty index for vectors of `dimension` floats."""
        self._dimension = dimension
        self._threshold = approximate_threshold
        self._target_recall = target_recall
        self._lock = ReadWriteLock()
        self._index: Any = self._new_exact()
        self._approximate = False
        self._trained_size = 0

    # -- properties --------------------------------------------------------------------

    @property
    def dimension(self) -> int:
        """Vector length."""
        return self._dimension

    @property
    def is_approximate(self) -> bool:
        """True once the index switched to IVF."""
        return self._approximate

    @property
    def nprobe(self) -> int:
        """IVF lists visited per query (0 for exact search)."""
        return int(self._index.nprobe) if self._approximate else 0

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def __contains__(self, attendee_id: object) -> bool:
        if not isinstance(attendee_id, int):
            return False
        return bool(np.isin(attendee_id, self.ids()))

    def ids(self) -> IdArray:
        """All ids held, in no particular order."""
        with self._lock.reading():
            return self._ids_unlocked()

    # -- writers -----------------------------------------------------------------------

    def add(self, ids: Sequence[int] | npt.ArrayLike, vectors: npt.ArrayLike) -> None:
        """Add vectors under ids that are not in the index yet."""
        id_array = _as_ids(ids)
        matrix = _as_matrix(vectors, self._dimension)
        if len(id_array) != len(matrix):
            raise ValueError("ids and vectors differ in length")
        with self._lock.writing():
            self._index.add_with_ids(matrix, id_array)
            self._maybe_switch()

    def upsert(self, ids: Sequence[int] | npt.ArrayLike, vectors: npt.ArrayLike) -> None:
        """Replace the vectors of ids (remove then add); unknown ids are simply added."""
        id_array = _as_ids(ids)
        matrix = _as_matrix(vectors, self._dimension)
        if len(id_array) != len(matrix):
            raise ValueError("ids and vectors differ in length")
        with self._lock.writing():
            self._index.remove_ids(id_array)
            self._index.add_with_ids(matrix, id_array)
            self._maybe_switch()

    def remove(self, ids: Sequence[int] | npt.ArrayLike) -> int:
        """Remove ids (unknown ones are ignored); returns how many were removed."""
        id_array = _as_ids(ids)
        with self._lock.writing():
            return int(self._index.remove_ids(id_array))

    def rebuild(self, ids: Sequence[int] | npt.ArrayLike, vectors: npt.ArrayLike) -> None:
        """Replace the whole content, choosing exact or approximate search by size."""
        id_array = _as_ids(ids)
        matrix = _as_matrix(vectors, self._dimension)
        if len(id_array) != len(matrix):
            raise ValueError("ids and vectors differ in length")
        if len(np.unique(id_array)) != len(id_array):
            raise ValueError("duplicate ids")
        with self._lock.writing():
            self._build(id_array, matrix)

    # -- readers -----------------------------------------------------------------------

    def search(self, queries: npt.ArrayLike, k: int) -> tuple[FloatMatrix, IdArray]:
        """Top-k (scores, ids) per query row; missing places hold id -1 and score -inf."""
        matrix = _as_matrix(queries, self._dimension)
        with self._lock.reading():
            total = int(self._index.ntotal)
            if total == 0 or k <= 0:
                width = max(k, 0)
                return (
                    np.full((len(matrix), width), -np.inf, dtype=np.float32),
                    np.full((len(matrix), width), -1, dtype=np.int64),
                )
            if len(matrix) <= 4:
                # OpenMP threads only add overhead to a single query, and the setting is
                # per calling thread, so this does not throttle batch searches elsewhere.
                faiss.omp_set_num_threads(1)
            scores, ids = self._index.search(matrix, min(k, total))
        scores = np.where(ids < 0, -np.inf, scores).astype(np.float32)
        return scores, ids.astype(np.int64)

    def reconstruct(self, ids: Sequence[int] | npt.ArrayLike) -> FloatMatrix:
        """The stored vectors of ids (all must be present), in the order given."""
        id_array = _as_ids(ids)
        if len(id_array) == 0:
            return np.zeros((0, self._dimension), dtype=np.float32)
        with self._lock.reading():
            matrix = self._index.reconstruct_batch(id_array)
        return np.ascontiguousarray(matrix, dtype=np.float32)

    def vectors(self) -> tuple[IdArray, FloatMatrix]:
        """Every (id, vector) held, for rebuilding or measuring."""
        with self._lock.reading():
            ids = self._ids_unlocked()
            if len(ids) == 0:
                return ids, np.zeros((0, self._dimension), dtype=np.float32)
            return ids, np.ascontiguousarray(self._index.reconstruct_batch(ids), np.float32)

    # -- internals ---------------------------------------------------------------------

    def _new_exact(self) -> Any:
        return faiss.IndexIDMap2(faiss.IndexFlatIP(self._dimension))

    def _ids_unlocked(self) -> IdArray:
        if not self._approximate:
            return faiss.vector_to_array(self._index.id_map).astype(np.int64)
        invlists = self._index.invlists
        chunks = [
            faiss.rev_swig_ptr(invlists.get_ids(lst), invlists.list_size(lst)).copy()
            for lst in range(self._index.nlist)
            if invlists.list_size(lst)
        ]
        if not chunks:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate(chunks).astype(np.int64)

    def _maybe_switch(self) -> None:
        total = int(self._index.ntotal)
        if (not self._approximate and total >= self._threshold) or (
            self._approximate and total > _RETRAIN_GROWTH * self._trained_size
        ):
            self._rebuild_from_self()

    def _rebuild_from_self(self) -> None:
        ids = self._ids_unlocked()
        matrix = np.ascontiguousarray(self._index.reconstruct_batch(ids), np.float32)
        self._build(ids, matrix)

    def _build(self, ids: IdArray, matrix: FloatMatrix) -> None:
        if len(ids) < self._threshold:
            index = self._new_exact()
            if len(ids):
                index.add_with_ids(matrix, ids)
            self._index, self._approximate, self._trained_size = index, False, 0
            return
        self._index = self._build_ivf(ids, matrix)
        self._approximate = True
        self._trained_size = len(ids)

    def _build_ivf(self, ids: IdArray, matrix: FloatMatrix) -> Any:
        count = len(ids)
        # ~sqrt(n) lists keeps both the coarse search and each scanned list small.
        nlist = max(16, int(np.sqrt(count)))
        quantizer = faiss.IndexFlatIP(self._dimension)
        index = faiss.IndexIVFFlat(quantizer, self._dimension, nlist, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(0)  # deterministic training sample, deterministic index
        sample_size = min(count, 40 * nlist)
        sample = matrix[np.sort(rng.choice(count, size=sample_size, replace=False))]
        index.cp.niter = 10
        index.cp.seed = 1
        index.train(sample)
        # Hash-table direct map: reconstruct by attendee id without a Python side table.
        index.set_direct_map_type(faiss.DirectMap.Hashtable)  # type: ignore[attr-defined]
        index.add_with_ids(matrix, ids)
        index.nprobe = self._calibrate_nprobe(index, ids, matrix, rng)
        return index

    def _calibrate_nprobe(
        self, index: Any, ids: IdArray, matrix: FloatMatrix, rng: np.random.Generator
    ) -> int:
        """Smallest power-of-two nprobe whose recall@50 on sampled queries meets the target."""
        # The engine reads ~100 candidates per index, so recall is judged deep, not at 10.
        k = min(50, len(matrix))
        # Queries in the engine are other kinds of vector (seeking against offers), not
        # points of this index, so calibrate on midpoints of random pairs too: they fall
        # between clusters, where an inverted file is weakest.
        count = min(100, len(matrix))
        points = matrix[rng.choice(len(matrix), size=count, replace=False)]
        partners = matrix[rng.choice(len(matrix), size=count, replace=False)]
        queries = np.concatenate([points, _normalise(points + partners)])
        expected = [set(ids[row].tolist()) for row in exact_top_k(matrix, queries, k)]
        nprobe = 4
        while True:
            index.nprobe = nprobe
            _, found = index.search(queries, k)
            # A margin above the target: the calibration queries come from the data itself.
            recall = recall_at_k(found, expected)
            if recall >= self._target_recall + 0.01 or nprobe >= index.nlist:
                return nprobe
            nprobe = min(int(index.nlist), nprobe * 2)


def recall_at_k(found: IdArray, expected: list[set[int]]) -> float:
    """Share of expected ids present in found, averaged over queries."""
    hits = 0
    total = 0
    for row, truth in zip(found, expected, strict=True):
        hits += len(truth.intersection(row.tolist()))
        total += len(truth)
    return hits / total if total else 1.0

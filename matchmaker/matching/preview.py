"""What a settings change would do, before the organiser saves it."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import msgspec
import numpy as np
import numpy.typing as npt

from matchmaker.events.match_settings import MatchSettings


class Ranked(msgspec.Struct, frozen=True, array_like=True):
    """One suggestion as the preview sees it: who, its score, and whether it is good (a
    need of one answers a need of the other at the threshold reasons use)."""

    attendee_id: int
    score: float
    good: bool


# The ranking function the preview drives: (viewer id, settings, limit) -> best first.
RankFunction = Callable[[int, MatchSettings, int], list[Ranked]]
TOP_CHANGES = 5
# An attendee with fewer good suggestions than this in their top k is counted (the
# organiser's "who will struggle to find a meeting" figure).
FEW_GOOD = 3


class ExposureStats(msgspec.Struct, frozen=True, kw_only=True):
    """Coverage and concentration of suggestions under one set of settings."""

    coverage: float
    """Share of evaluated attendees whose top k are all good suggestions (one of the pair's
    needs answers one of the other's)."""
    few_good: int
    """Evaluated attendees with fewer than FEW_GOOD good suggestions in their top k."""
    gini: float
    """Gini coefficient of how often each attendee appears in others' top k (0 = even)."""
    top1_share: float
    """Share of all top-k appearances held by the most exposed 1% of attendees."""
    mean_top_score: float
    """Mean score of the evaluated attendees' best suggestion."""
    never_suggested: int
    """Attendees who appear in nobody's top k."""


class SampleChange(msgspec.Struct, frozen=True, kw_only=True):
    """How one sampled attendee's top five would change."""

    attendee_id: int
    before: list[int]
    after: list[int]
    added: list[int]
    removed: list[int]


class PreviewReport(msgspec.Struct, frozen=True, kw_only=True):
    """The effect of candidate settings against the current ones."""

    attendees: int
    evaluated: int
    k: int
    current: ExposureStats
    candidate: ExposureStats
    changes: list[SampleChange]


def gini(counts: npt.NDArray[np.float64]) -> float:
    """Gini coefficient of non-negative counts (0 when everyone has the same)."""
    if counts.size == 0 or float(counts.sum()) == 0.0:
        return 0.0
    ordered = np.sort(counts)
    n = ordered.size
    ranks = np.arange(1, n + 1)
    return float((2.0 * (ranks * ordered).sum()) / (n * ordered.sum()) - (n + 1.0) / n)


def top_share(counts: npt.NDArray[np.float64], fraction: float = 0.01) -> float:
    """Share of the total held by the largest `fraction` of entries (at least one entry)."""
    total = float(counts.sum())
    if total == 0.0:
        return 0.0
    top = max(1, math.ceil(counts.size * fraction))
    return float(np.sort(counts)[-top:].sum() / total)


def exposure_stats(
    all_ids: Sequence[int], rankings: dict[int, list[Ranked]], k: int
) -> ExposureStats:
    """Summarise top-k rankings of the evaluated viewers over the whole population."""
    position = {attendee_id: i for i, attendee_id in enumerate(all_ids)}
    counts = np.zeros(len(all_ids), dtype=np.float64)
    covered = 0
    few = 0
    best: list[float] = []
    for ranking in rankings.values():
        top = ranking[:k]
        for item in top:
            counts[position[item.attendee_id]] += 1
        good = sum(item.good for item in top)
        covered += len(top) >= k and good == len(top)
        few += good < FEW_GOOD
        if top:
            best.append(top[0].score)
    evaluated = max(1, len(rankings))
    return ExposureStats(
        coverage=round(covered / evaluated, 4),
        few_good=few,
        gini=round(gini(counts), 4),
        top1_share=round(top_share(counts), 4),
        mean_top_score=round(float(np.mean(best)) if best else 0.0, 4),
        never_suggested=int((counts == 0).sum()),
    )


def compare_settings(
    rank: RankFunction,
    all_ids: Sequence[int],
    viewers: Sequence[int],
    sample: Sequence[int],
    current: MatchSettings,
    candidate: MatchSettings,
    *,
    k: int,
) -> PreviewReport:
    """Rank every viewer under both settings and report coverage, concentration, changes."""
    depth = max(k, TOP_CHANGES)
    before = {viewer: rank(viewer, current, depth) for viewer in viewers}
    after = {viewer: rank(viewer, candidate, depth) for viewer in viewers}
    changes: list[SampleChange] = []
    for viewer in sample:
        old = [r.attendee_id for r in (before.get(viewer) or rank(viewer, current, depth))]
        new = [r.attendee_id for r in (after.get(viewer) or rank(viewer, candidate, depth))]
        old, new = old[:TOP_CHANGES], new[:TOP_CHANGES]
        changes.append(
            SampleChange(
                attendee_id=viewer,
                before=old,
                after=new,
                added=[i for i in new if i not in old],
                removed=[i for i in old if i not in new],
            )
        )
    return PreviewReport(
        attendees=len(all_ids),
        evaluated=len(viewers),
        k=k,
        current=exposure_stats(all_ids, before, k),
        candidate=exposure_stats(all_ids, after, k),
        changes=changes,
    )

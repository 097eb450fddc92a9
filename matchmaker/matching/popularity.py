"""Popularity: how often someone turns up in other people's final, undamped top lists.

Final lists, not raw candidate lists: being *near* many requests in vector space measures
relevance (the right provider for a popular need is near all its seekers), while showing up
on many people's first screen is what floods a person with requests. Ranking every attendee
costs one re-rank each, too much at 100,000, so a deterministic sample of viewers (every n-th
id) is ranked and the counts are scaled to a rate. The table is a snapshot: the matcher
recounts it off the request path once enough profiles changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

IdArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]

# How many viewers' lists are sampled, and how long each list is (the first screen).
SAMPLE_VIEWERS = 512
LIST_LENGTH = 10
# Strength of damping at popularity_damping = 1 (tuned with scripts/bench_quality.py: the
# exposure Gini target at under 2% loss of precision).
DAMPING_SCALE = 0.5
# Damping starts at this multiple of the average exposure. The sample gives each person
# about 6 appearances on average at 800 attendees (512 viewers x 10 places), so a count up
# to about twice that is sampling noise: damping it only reshuffled equals (on set (a) of
# bench_quality, where nobody stands out, damping from 1x raised the exposure Gini from
# 0.19 to 0.24).
POPULAR_FROM = 2.0


@dataclass(frozen=True, slots=True)
class PopularityTable:
    """Relative exposure per id: 1.0 = average, 5.0 = five times as many lists as average."""

    ids: IdArray
    relative: FloatArray
    population: int

    @classmethod
    def empty(cls) -> PopularityTable:
        """No popularity known: nobody is damped."""
        return cls(
            ids=np.zeros(0, dtype=np.int64), relative=np.zeros(0, dtype=np.float32), population=0
        )

    @classmethod
    def from_lists(cls, raw_lists: IdArray, population: int) -> PopularityTable:
        """Build from candidate-id rows (-1 = empty place) found for the sampled viewers."""
        found = raw_lists[raw_lists >= 0]
        if population == 0 or found.size == 0:
            return cls.empty()
        ids, counts = np.unique(found, return_counts=True)
        mean = found.size / population  # over everyone, the never-listed included
        return cls(
            ids=ids.astype(np.int64),
            relative=(counts / mean).astype(np.float32),
            population=population,
        )

    @classmethod
    def mean(cls, first: PopularityTable, second: PopularityTable) -> PopularityTable:
        """Per-id mean of two counts of the same population (absent = 0)."""
        ids = np.union1d(first.ids, second.ids).astype(np.int64)
        if ids.size == 0:
            return cls.empty()
        relative = (first.relative_of(ids) + second.relative_of(ids)) / 2.0
        return cls(
            ids=ids,
            relative=relative.astype(np.float32),
            population=max(first.population, second.population),
        )

    def relative_of(self, ids: IdArray) -> FloatArray:
        """Relative popularity of each id (0 for ids never seen in a sampled list)."""
        if self.ids.size == 0:
            return np.zeros(len(ids), dtype=np.float32)
        positions = np.searchsorted(self.ids, ids)
        positions = np.minimum(positions, self.ids.size - 1)
        hit = self.ids[positions] == ids
        return np.where(hit, self.relative[positions], 0.0).astype(np.float32)


def damping_factors(relative: FloatArray, strength: float) -> FloatArray:
    """Score multipliers in (0, 1]: 1 up to POPULAR_FROM times the average popularity,
    shrinking logarithmically above.

    Logarithmic so a person ten times as popular as average is pushed down clearly but is not
    erased: a strong, specific match still beats a weak one.
    """
    if strength <= 0.0:
        return np.ones(len(relative), dtype=np.float32)
    excess = np.log2(np.maximum(relative / POPULAR_FROM, 1.0))
    factors: FloatArray = (1.0 / (1.0 + DAMPING_SCALE * strength * excess)).astype(np.float32)
    return factors


def sample_viewers(ids: IdArray, budget: int = SAMPLE_VIEWERS) -> IdArray:
    """Every n-th id in sorted order: deterministic and spread over the whole event."""
    ordered = np.sort(ids)
    if len(ordered) <= budget:
        return ordered
    step = math.ceil(len(ordered) / budget)
    return ordered[::step]

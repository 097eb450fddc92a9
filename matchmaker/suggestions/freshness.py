"""What one host knows about one event's changes: the version its matcher reflects, the
newest version known to exist, and the notified changes not applied yet.

Versions are gap-free per event (migration 0003), so "applied up to N" is exact: the
changes still to apply are N+1..latest. When the notifications received cover that run,
they say which attendees to refresh; when one is missing, the change log must.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

import msgspec

from matchmaker.matching import EventMatcher


class EventLag(msgspec.Struct, frozen=True, kw_only=True):
    """How far one event's matcher in this process is behind the database."""

    event_id: int
    attendees: int
    version: int
    """Every change up to this version is applied."""
    latest_version: int
    """The newest change version this process knows of."""
    behind_versions: int
    behind_seconds: float
    """How long the oldest known but unapplied change has waited."""
    memory_mb: float
    """What the event's matcher counts against the memory budget."""


class IndexStatus(msgspec.Struct, frozen=True, kw_only=True):
    """This process's indexes for the health report."""

    listener_connected: bool
    listener_reconnects: int
    listener_backend_pid: int | None
    """The PostgreSQL backend of this process's LISTEN connection."""
    heartbeat_age_s: float | None
    poll_age_s: float | None
    events_loaded: int
    memory_budget_mb: float | None
    memory_used_mb: float
    max_behind_versions: int
    max_behind_seconds: float
    events: list[EventLag]


@dataclass(slots=True)
class LoadedEvent:
    """An event's matcher in memory and how fresh it is."""

    matcher: EventMatcher
    version: int
    footprint: int
    """Bytes counted against the memory budget."""
    latest: int = 0
    notified: dict[int, int] = field(default_factory=dict)
    """version -> attendee id, notified and not applied yet."""
    rebuild: bool = False
    """Replaying changes failed: build the whole event again."""
    _learned: deque[tuple[int, float]] = field(default_factory=deque)

    def __post_init__(self) -> None:
        self.latest = max(self.latest, self.version)

    @property
    def behind(self) -> bool:
        return self.rebuild or self.latest > self.version

    def learn(self, version: int, now: float | None = None) -> bool:
        """A version exists in the database; True when it is news."""
        if version <= self.latest:
            return False
        self.latest = version
        self._learned.append((version, time.monotonic() if now is None else now))
        return True

    def notify(self, version: int, attendee_id: int) -> bool:
        """A notification arrived; True when there is something new to apply."""
        if version <= self.version:
            return False
        self.notified[version] = attendee_id
        self.learn(version)
        return True

    def notified_run(self) -> tuple[int, set[int]] | None:
        """(target version, attendees) when notifications cover every version from the
        applied one to the newest known; None when one is missing (ask the log)."""
        if self.latest <= self.version:
            return self.version, set()
        attendees: set[int] = set()
        for version in range(self.version + 1, self.latest + 1):
            attendee = self.notified.get(version)
            if attendee is None:
                return None
            attendees.add(attendee)
        return self.latest, attendees

    def applied(self, version: int) -> None:
        """Every change up to ``version`` is now reflected in the matcher."""
        self.version = max(self.version, version)
        self.latest = max(self.latest, self.version)
        for done in [v for v in self.notified if v <= self.version]:
            del self.notified[done]
        while self._learned and self._learned[0][0] <= self.version:
            self._learned.popleft()

    def adopt(self, older: LoadedEvent) -> None:
        """Take over what ``older`` (the matcher this one replaces) knew beyond us."""
        for version, attendee in older.notified.items():
            self.notify(version, attendee)
        self.learn(older.latest)

    def lag(self, event_id: int, now: float) -> EventLag:
        waited = now - self._learned[0][1] if self._learned and self.behind else 0.0
        return EventLag(
            event_id=event_id,
            attendees=len(self.matcher),
            version=self.version,
            latest_version=self.latest,
            behind_versions=self.latest - self.version,
            behind_seconds=round(waited, 3),
            memory_mb=round(self.footprint / (1024 * 1024), 1),
        )

"""The events whose matchers are in memory, least recently used first, within a budget."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator

from matchmaker.suggestions.freshness import LoadedEvent


class LoadedEvents:
    """Loaded events by id, in order of use; past ``budget_bytes`` (None: no budget) the
    least recently used are dropped, never the one just used."""

    def __init__(self, budget_bytes: int | None) -> None:
        self.budget_bytes = budget_bytes
        self._events: OrderedDict[int, LoadedEvent] = OrderedDict()

    def __len__(self) -> int:
        return len(self._events)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._events

    def items(self) -> Iterator[tuple[int, LoadedEvent]]:
        return iter(list(self._events.items()))

    def peek(self, event_id: int) -> LoadedEvent | None:
        """The event if loaded, without counting it as used."""
        return self._events.get(event_id)

    def use(self, event_id: int) -> LoadedEvent | None:
        """The event if loaded, now the most recently used."""
        loaded = self._events.get(event_id)
        if loaded is not None:
            self._events.move_to_end(event_id)
        return loaded

    def put(self, event_id: int, loaded: LoadedEvent) -> list[int]:
        """Keep ``loaded`` (replacing an older build in place, else as the most recently
        used); returns the events dropped to stay within the budget."""
        self._events[event_id] = loaded
        return self._evict(keep=event_id)

    @property
    def used_bytes(self) -> int:
        return sum(loaded.footprint for loaded in self._events.values())

    def has_room(self) -> bool:
        """Whether one more event of the largest size seen fits the budget."""
        if self.budget_bytes is None:
            return True
        largest = max((loaded.footprint for loaded in self._events.values()), default=0)
        return self.used_bytes + largest <= self.budget_bytes

    def _evict(self, keep: int) -> list[int]:
        evicted: list[int] = []
        if self.budget_bytes is None:
            return evicted
        while self.used_bytes > self.budget_bytes and len(self._events) > 1:
            event_id = next(iter(self._events))
            if event_id == keep:
                self._events.move_to_end(keep)
                continue
            self._events.pop(event_id)
            evicted.append(event_id)
        return evicted

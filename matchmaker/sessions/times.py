"""Times are stored in UTC and shown in the event's timezone."""

from __future__ import annotations

import functools
import zoneinfo
from datetime import datetime


@functools.lru_cache(maxsize=256)
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The event's timezone (validated when the event was created)."""
    return zoneinfo.ZoneInfo(name)


def shown(moment: datetime, timezone: str) -> datetime:
    """``moment`` as a wall-clock time with offset in the event's timezone."""
    return moment.astimezone(zone(timezone))

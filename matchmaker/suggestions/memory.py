"""How much memory an event's matcher holds, measured rather than guessed.

A matcher is mostly FAISS arrays and per-attendee Python objects, and what it holds per
attendee changes whenever the matching core does (more vectors per need, new fields). So
its footprint is measured as the growth of this process's resident memory while it is
built: loads run one at a time, and the allocator hands freed pages back to the system
before each measurement (``malloc_trim``), so the growth is the new matcher and not reuse
of old garbage. A floor (the raw size of one vector per attendee) keeps a measurement
disturbed by concurrent frees from ever counting an event as free.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import cache

FLOAT_BYTES = 4


@cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def give_back_freed_memory() -> None:
    """Ask glibc to return freed heap pages to the system (no-op elsewhere). Without it,
    memory of an evicted matcher stays resident and a budget is only on paper."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    if trim is not None:
        trim(0)


def resident_bytes() -> int:
    """This process's resident set size, in bytes (0 where /proc is not available)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            resident_pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return resident_pages * os.sysconf("SC_PAGE_SIZE")


# Only builds this large calibrate the cost per attendee: small ones are all noise.
CALIBRATION_MIN_ATTENDEES = 1000
# glibc's mallopt parameter: blocks at least this large are mapped on their own.
M_MMAP_THRESHOLD = -3
LARGE_BLOCK_BYTES = 1024 * 1024


def footprint(grown_bytes: int, attendees: int, dimension: int) -> int:
    """What a freshly built matcher counts against the budget: the measured growth, but
    never less than one vector per attendee."""
    return max(grown_bytes, attendees * dimension * FLOAT_BYTES)


class FootprintGauge:
    """Counts builds against the budget. A build that reuses memory an evicted matcher
    freed grows the process less than the matcher weighs, so each is also floored at the
    highest cost per attendee measured on a large build in this process."""

    def __init__(self) -> None:
        self.bytes_per_attendee = 0.0

    def count(self, grown_bytes: int, attendees: int, dimension: int) -> int:
        if attendees >= CALIBRATION_MIN_ATTENDEES and grown_bytes > 0:
            self.bytes_per_attendee = max(self.bytes_per_attendee, grown_bytes / attendees)
        floor = int(attendees * self.bytes_per_attendee)
        return max(footprint(grown_bytes, attendees, dimension), floor)


def map_large_blocks_apart() -> None:
    """Have glibc map every block of 1 MB or more (the matchers' vector arrays) on its own,
    so that freeing an evicted matcher hands its memory straight back to the system.
    Without this glibc raises its threshold after the first large free, later arrays land
    on the heap, and the holes they leave keep the process's memory above its budget."""
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None) if libc is not None else None
    if mallopt is not None:
        mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES)

"""An .ics of 50 MB is refused fast, within a small memory bound, with a clear message."""

from __future__ import annotations

import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.errors import CalendarError
from assistant.sources.ics import MAX_CALENDAR_BYTES, IcsSource, Owner
from tests.conftest import BERLIN

OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
WINDOW = (datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 7, 1, tzinfo=UTC))
EVENT = (
    "BEGIN:VEVENT\r\nUID:e{n}@big\r\nDTSTART:{day}T090000Z\r\nDTEND:{day}T100000Z\r\n"
    "SUMMARY:Meeting {n}\r\nDESCRIPTION:" + "x" * 400 + "\r\nEND:VEVENT\r\n"
)


def write_big_calendar(path: Path, size: int, day: str = "20270412", first: str = "") -> Path:
    """A real calendar (not a sparse file) of at least ``size`` bytes, written in blocks.

    Every event is on ``day``, except a first one on ``first`` when given.
    """
    block = "".join(EVENT.format(n=n, day=day) for n in range(200)).encode()
    with path.open("wb") as handle:
        handle.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:big\r\n")
        if first:
            handle.write(EVENT.format(n="first", day=first).encode())
        written = 0
        while written < size:
            handle.write(block)
            written += len(block)
        handle.write(b"END:VCALENDAR\r\n")
    return path


def test_a_50_mb_calendar_is_refused_without_reading_it(tmp_path: Path):
    path = write_big_calendar(tmp_path / "big.ics", 50 * 2**20)
    assert path.stat().st_size > MAX_CALENDAR_BYTES
    tracemalloc.start()
    began = time.perf_counter()
    try:
        with pytest.raises(CalendarError) as caught:
            IcsSource(str(path), OWNER).read(*WINDOW)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - began < 1.0
    assert peak < 1 * 2**20, f"peak {peak} bytes: the file was read"
    message = str(caught.value)
    assert "big.ics" in message and "50 MB" in message and "40 MB" in message
    assert caught.value.fix and "shorter date range" in caught.value.fix
    assert "\n" not in message


def test_a_calendar_just_under_the_limit_reads_within_a_memory_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The window pre-filter keeps a big file's parse to the events that matter."""
    import assistant.sources.ics as ics

    monkeypatch.setattr(ics, "MAX_CALENDAR_BYTES", 8 * 2**20)
    # Every event but one lies years before the window: the filter drops them unparsed.
    path = write_big_calendar(tmp_path / "big.ics", 6 * 2**20, day="20200412", first="20270412")
    tracemalloc.start()
    try:
        events = IcsSource(str(path), OWNER).read(*WINDOW).events
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(events) == 1
    # The text itself is held (about 6 MB, decoded); the parse of 12 000 events is not.
    assert peak < 40 * 2**20, f"peak {peak // 2**20} MB"

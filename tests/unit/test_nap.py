"""The daemon's sleep follows the wall clock in short naps."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from assistant.cli import passes


def test_naps_are_short_and_end_at_the_wall_clock_deadline(monkeypatch):
    clock = [datetime(2027, 4, 12, 9, 0, tzinfo=UTC)]
    naps: list[float] = []

    class FakeDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            return clock[0]

    class RecordingEvent(threading.Event):
        def wait(self, timeout=None):
            naps.append(timeout)
            # The machine "sleeps" through the second nap: the wall clock jumps an hour.
            clock[0] += timedelta(hours=1) if len(naps) == 2 else timedelta(seconds=timeout)
            return False

    monkeypatch.setattr(passes, "datetime", FakeDatetime)
    passes.nap_until(RecordingEvent(), clock[0] + timedelta(minutes=5))
    assert naps[:2] == [60, 60]
    assert len(naps) == 2, "after the jump the deadline has passed: no more napping"


def test_a_stop_ends_the_nap_at_once():
    stop = threading.Event()
    stop.set()
    passes.nap_until(stop, datetime.now(UTC) + timedelta(hours=1))

"""A recurring "interview" whose instances are less than a day apart is not acted on.

Each instance of a series is an event of its own, and each would get a briefing and
drafts: a "Second interview" repeating every 15 minutes once made thousands of
messages. No interview process has two rounds on the same day in one series, while
an onsite over two days is often written as a daily series; so the test is the
distance between a series' *original* instance starts (RECURRENCE-ID, which moving
one instance does not change), on the wall clock, so a daily series keeps its day
across a change to or from summer time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import pairwise

from assistant.models import Detection

MIN_GAP = timedelta(days=1)


def _wall_gap(earlier: datetime, later: datetime) -> timedelta:
    """``later - earlier`` on the wall clock, or in absolute time when that is longer.

    Wall-clock time keeps a daily series a day apart across a change to summer time,
    whether the instances share a zone or each carries its own offset (as Google's do).
    """
    wall = later.replace(tzinfo=None) - earlier.replace(tzinfo=None)
    return max(wall, later - earlier)


def _describe(gap: timedelta) -> str:
    minutes = int(gap.total_seconds() // 60)
    if minutes < 1:
        return "at the same time"
    if minutes < 120:
        return f"{minutes} minutes apart"
    return f"{minutes // 60} hours apart"


def hold_frequent_series(detections: Sequence[Detection]) -> list[Detection]:
    """``detections`` with the follow-ups of too-frequent series turned into non-follow-ups.

    A series is the events sharing a UID that carry a RECURRENCE-ID. When two of its
    original starts are less than :data:`MIN_GAP` apart, every instance's verdict says
    why it is not acted on. A verdict the user set with ``mark`` is left alone.
    """
    starts: dict[str, list[datetime]] = defaultdict(list)
    for detection in detections:
        event = detection.event
        if event.recurrence_id is not None:
            starts[event.uid].append(event.recurrence_id)
    gaps: dict[str, timedelta] = {}
    for uid, moments in starts.items():
        moments.sort()
        smallest = min(
            (_wall_gap(a, b) for a, b in pairwise(moments)),
            default=MIN_GAP,
        )
        if smallest < MIN_GAP:
            gaps[uid] = smallest
    if not gaps:
        return list(detections)
    held = []
    for detection in detections:
        verdict, uid = detection.verdict, detection.event.uid
        if verdict.is_follow_up and not verdict.overridden and uid in gaps:
            reason = (
                f"it repeats with instances {_describe(gaps[uid])}: a recurring interview "
                "is acted on only when its instances are at least a day apart"
            )
            verdict = replace(verdict, is_follow_up=False, reasons=(*verdict.reasons, reason))
            detection = replace(detection, verdict=verdict)
        held.append(detection)
    return held

"""``scan --all --explain``: a recurring event is one entry, not a block per instance.

A weekly meeting over the scanned window is 26 blocks of the same reasons; the user
wants to know what detection thinks of the series, and where an instance differs.
An entry is the series' first instance listed, how many instances it stands for
and when the last one is, and its exceptions: the instances moved from their
original start (a RECURRENCE-ID override, RFC 5545 section 3.8.4.4) or whose text or
verdict differ from the first's (an edited instance, a mark, a later round).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.detect.text.per_series import series_key
from assistant.models import Detection


@dataclass
class SeriesEntry:
    """One entry of the listing: ``first`` and the ``count`` instances it stands for
    (1 for a single event), the ``last`` of them, and the ``exceptions`` among them."""

    first: Detection
    count: int = 1
    last: Detection | None = None
    exceptions: list[Detection] = field(default_factory=list)


def group_series(detections: Sequence[Detection]) -> list[SeriesEntry]:
    """``detections`` (sorted by start) as entries, a series' instances in one entry
    placed at its first instance; single events are entries of their own."""
    entries: list[SeriesEntry] = []
    by_uid: dict[str, SeriesEntry] = {}
    for detection in detections:
        event = detection.event
        if event.recurrence_id is None:
            entries.append(SeriesEntry(detection))
            continue
        entry = by_uid.get(event.uid)
        if entry is None:
            entry = by_uid[event.uid] = SeriesEntry(detection, last=detection)
            entries.append(entry)
            continue
        entry.count += 1
        entry.last = detection
        first = entry.first
        if (
            event.start != event.recurrence_id
            or series_key(event) != series_key(first.event)
            or _judged(detection) != _judged(first)
        ):
            entry.exceptions.append(detection)
    return entries


def _judged(detection: Detection) -> tuple[object, ...]:
    """The verdict as the listing shows it (a reason naming an earlier round's date is
    the same for every instance after it)."""
    verdict = detection.verdict
    return (verdict.is_follow_up, verdict.confidence, verdict.reasons, verdict.overridden)

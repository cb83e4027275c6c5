"""The event ids the assistant has seen, and how an id a user types resolves among them.

``scan`` remembers the ids it listed (the store's ``last_scan`` meta); with the store's
interviews and marks they are the ids ``mark``, ``debrief`` and ``briefing preview``
accept, each also by its short form (:func:`assistant.event_ids.short_ids`). An id that
names nothing is refused with the nearest known ones. Reads the store only; no
command-line code here.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.durations import plural
from assistant.errors import UsageError
from assistant.event_ids import short_ids
from assistant.models import Event
from assistant.store import StorePort

# How many near ids an unknown id's message suggests.
SUGGESTIONS = 3


LAST_SCAN = "last_scan"


@dataclass(frozen=True)
class KnownIds:
    """Event ids a user may name: ``ids`` (single events and instances) and ``series``
    (a recurring event's UID → its instances' ids)."""

    ids: frozenset[str]
    series: dict[str, list[str]]

    @classmethod
    def of(cls, events: Sequence[Event]) -> KnownIds:
        series: dict[str, list[str]] = {}
        for event in events:
            if event.event_id != event.uid:
                series.setdefault(event.uid, []).append(event.event_id)
        return cls(frozenset(e.event_id for e in events), {k: sorted(v) for k, v in series.items()})

    def __or__(self, other: KnownIds) -> KnownIds:
        series = {**self.series}
        for uid, ids in other.series.items():
            series[uid] = sorted({*series.get(uid, []), *ids})
        return KnownIds(self.ids | other.ids, series)


def remember_scan(store: StorePort, events: Sequence[Event]) -> None:
    """Keep the ids ``scan`` saw, so ``mark`` can check an id and suggest near ones."""
    known = KnownIds.of(events)
    store.set_meta(LAST_SCAN, json.dumps({"ids": sorted(known.ids), "series": known.series}))


def known_ids(store: StorePort, events: Sequence[Event] = ()) -> KnownIds:
    """The last scan's ids, the store's interviews and marks, and ``events``."""
    data = json.loads(store.get_meta(LAST_SCAN) or "{}")
    stored = KnownIds(
        frozenset(data.get("ids", []))
        | {r.event_id for r in store.interviews()}
        | set(store.overrides()),
        {str(k): list(v) for k, v in data.get("series", {}).items()},
    )
    return stored | KnownIds.of(events)


def resolve_targets(event_id: str, known: KnownIds, *, series: bool = False) -> list[str]:
    """The event ids that ``event_id`` names among ``known``.

    A recurring event's bare UID names its instances only with ``series``.
    Raises UsageError (exit 2) for an unknown id, naming the nearest known ids
    (``difflib`` similarity), and for a series UID without ``series``.
    """
    if event_id in known.ids:
        return [event_id]
    instances = known.series.get(event_id, [])
    if instances and series:
        return instances
    if instances:
        raise UsageError(
            f"{event_id} is a recurring event with "
            f"{plural(len(instances), 'instance')} in the calendar window",
            fix=f"name one instance (such as {instances[0]}), or add --series to mark them all",
        )
    near = difflib.get_close_matches(event_id, sorted(known.ids), n=SUGGESTIONS, cutoff=0.4)
    near = near or _same_start(event_id, known.ids)
    fix = (
        "did you mean " + " or ".join(near) + "?"
        if near
        else "copy an id that `interview-assistant scan --all` prints"
    )
    raise UsageError(
        f"no event with the id {event_id!r} is in your calendars or the last scan", fix=fix
    )


def short_id_in(store: StorePort, event_id: str) -> str:
    """``event_id``'s short form among the ids the store knows (the last scan's, the
    interviews', the marked ones): what ``debrief`` and ``mark`` accept in its place."""
    known = known_ids(store)
    return short_ids({*known.ids, *known.series, event_id})[event_id]


# The shortest start two ids must share for one to be suggested for the other.
SAME_START = 4


def _same_start(event_id: str, ids: frozenset[str]) -> list[str]:
    """The known ids that share the longest start (case ignored, ``SAME_START``
    characters at least) with ``event_id``: "bph-gh-zzzz" finds "bph-gh-1a2b3c…" when
    ``difflib`` finds the rest of the two too different."""
    typed = event_id.lower()

    def shared(other: str) -> int:
        n = 0
        for a, b in zip(typed, other.lower(), strict=False):
            if a != b:
                break
            n += 1
        return n

    scored = sorted((-shared(i), i) for i in ids)
    best = -scored[0][0] if scored else 0
    if best < SAME_START:
        return []
    return [i for score, i in scored if -score == best][:SUGGESTIONS]

"""Naming an event by part of its id, and the short form ``scan`` prints.

Calendar UIDs can be long and alike: Outlook's are 112 hex digits whose first 40
are the same for every event, so the start of an id does not tell events apart.
Any part of an id names it when no other id holds that part; the short form is
the shortest such end of the id (at least :data:`SHORT_MIN` characters).
"""

from __future__ import annotations

from collections.abc import Iterable

# Any part this long names an event (shorter ones only as the start of its id).
PART_MIN = 6
# The shortest short form: long enough to copy by eye, short enough to type.
SHORT_MIN = 8


def matching_ids(text: str, known: Iterable[str]) -> list[str]:
    """The ids among ``known`` that ``text`` names, sorted: those starting with it,
    or, for a ``text`` of :data:`PART_MIN` characters or more, those holding it
    anywhere (start, middle or end). An instance of a recurring event
    (``UID@20270413T090000Z``) whose UID also matched is the same event: left out."""
    ids = set(known)
    if len(text) >= PART_MIN:
        matches = sorted(i for i in ids if text in i)
    else:
        matches = sorted(i for i in ids if i.startswith(text))
    return [m for m in matches if not any(m.startswith(o + "@") for o in matches if o != m)]


def short_ids(ids: Iterable[str]) -> dict[str, str]:
    """Each id of ``ids`` → its short form: the shortest end of it, at least
    :data:`SHORT_MIN` characters, that no other id holds; the id itself when it is
    no longer than that would be, or when no shorter end is unique."""
    every = sorted(set(ids))
    short: dict[str, str] = {}
    for event_id in every:
        others = [o for o in every if o != event_id]
        short[event_id] = event_id
        for length in range(SHORT_MIN, len(event_id)):
            tail = event_id[-length:]
            if not any(tail in o for o in others):
                short[event_id] = tail
                break
    return short

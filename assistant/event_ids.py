"""Naming an event by part of its id, and the short form ``scan`` prints.

Calendar UIDs can be long and alike: Outlook's are 112 hex digits whose first 40
are the same for every event, so the start of an id does not tell events apart.
Any part of an id names it when no other id holds that part; the short form is
the shortest such end of the id (at least :data:`SHORT_MIN` characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Any part this long names an event (shorter ones only as the start of its id).
PART_MIN = 6
# The shortest short form: long enough to copy by eye, short enough to type.
SHORT_MIN = 8
# A UID's own part up to this long may be its short form whole ("acme-final"); a longer
# one without separators is a code (Google's 26 characters, Outlook's 112).
WORDS_MAX = 20


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
    """Each id of ``ids`` → its short form (:func:`short_id`)."""
    every = sorted(set(ids))
    return {event_id: short_id(event_id, [o for o in every if o != event_id]) for event_id in every}


# Where a UID's own words part: "northwind-onsite-8812", "acme_final.2".
_SEPARATORS = re.compile(r"[-_.+]")
# An instance's id: the series' UID, "@", then its original start (RFC 5545 §3.8.4.4).
_INSTANCE = re.compile(r"^(?P<uid>.+)@(?P<day>\d{8})T\d{6}Z?$")


def short_id(event_id: str, others: Sequence[str]) -> str:
    """The short form of ``event_id`` among ``others``: a part of it no other id holds,
    readable where the id allows, that :func:`matching_ids` takes back to it.

    In order: the shortest end of the UID's own part (before any "@") that starts at a
    word ("onsite-8812" of "northwind-onsite-8812@greenhouse.io", not "2@greenhouse.io"),
    of :data:`PART_MIN` characters or more, or that part whole when it is short, then
    with the rest of the id ("final@x.example" where two ids end "final"); for an
    instance of a recurring event, such an end with the day it was first planned
    ("sync@20270413"); else the shortest end of the UID's own part, then of the whole
    id, of :data:`SHORT_MIN` characters or more (Outlook's hex UIDs; Google's
    "…dbaf001c@google.com": "dbaf001c"); else the id.
    """

    def unique(part: str) -> bool:
        return len(part) >= PART_MIN and not any(part in other for other in others)

    instance = _INSTANCE.match(event_id)
    own = instance.group("uid") if instance else event_id.split("@", 1)[0]
    after = f"@{instance.group('day')}" if instance else ""
    words = [own[m.end() :] for m in _SEPARATORS.finditer(own)]
    whole = [own] if len(own) <= WORDS_MAX else []  # a long one is a code, not words
    ends = [*reversed(words), *whole]
    rest = "" if instance else event_id[len(own) :]  # "@greenhouse.io": words, then domain
    for part in [*(end + after for end in ends), *(end + rest for end in ends if rest)]:
        if unique(part):
            return part if len(part) < len(event_id) else event_id
    for text in (own, event_id):
        for length in range(SHORT_MIN, len(text)):
            if unique(text[-length:]):
                return text[-length:]
    return event_id

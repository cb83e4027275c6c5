"""The addresses earlier rounds showed, kept in the store from one pass to the next.

A later round's drafts are made after it ends, often many passes after its first
round was read, and a first round leaves the calendar window (``[calendar]
history_days``) in time. So each pass keeps the :class:`~.earlier_addresses.Sighting`\\ s
of every round it reads (:func:`record_addresses`) in the ``sync_state`` row :data:`KEY`
(through the Store port: the same on SQLite and PostgreSQL, per account), and
:func:`address_book` gives them to drafting. A round read again replaces what was
kept of it (an address corrected on the invite is corrected here); a round gone from
the calendar keeps what it showed: the address was that person's all the same.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import suppress
from datetime import datetime
from typing import Any, Protocol

from assistant.detect import Profile
from assistant.drafting.earlier_addresses import AddressBook, Sighting, book_of, sightings_of
from assistant.errors import StoreError
from assistant.models import Detection

log = logging.getLogger(__name__)

# The sync_state row the sightings are kept in (no calendar's label looks like it).
KEY = "drafting:addresses"
# Bump when the saved shape changes (an older row is then read as empty).
FORMAT = 1
# Bounded work: the latest this many sightings are kept (a few hundred rounds' guests).
MOST_KEPT = 5000


class SightingStore(Protocol):
    """The part of :class:`~assistant.store.Store` kept sightings use."""

    def sync_state(self, source: str) -> dict[str, Any]: ...

    def save_sync_state(self, source: str, data: dict[str, Any], now: datetime) -> None: ...


def stored_sightings(store: SightingStore) -> list[Sighting]:
    """The sightings the store keeps; none when it keeps none or its row is damaged
    (logged: drafting then names people without an address, as before this was kept)."""
    try:
        data = store.sync_state(KEY)
    except StoreError:
        return []
    if not data or data.get("format") != FORMAT:
        return []
    try:
        return [Sighting.from_dict(entry) for entry in data["sightings"]]
    except (KeyError, TypeError, ValueError):
        log.warning("the kept addresses of earlier rounds are damaged: read as none")
        return []


def record_addresses(
    store: SightingStore, detections: Iterable[Detection], profile: Profile, now: datetime
) -> None:
    """Keep the sightings of every round among ``detections`` (a pass's), replacing what
    was kept of the same invites; written only when something changed. ``now``: aware."""
    kept = stored_sightings(store)
    fresh = [s for d in detections for s in sightings_of(d, profile)]
    replaced = {s.event_id for s in fresh}
    merged = [s for s in kept if s.event_id not in replaced] + fresh
    merged.sort(key=lambda s: (s.start, s.event_id, s.email))
    merged = merged[-MOST_KEPT:]
    if [s.as_dict() for s in merged] == [s.as_dict() for s in kept]:
        return
    data = {"format": FORMAT, "sightings": [s.as_dict() for s in merged]}
    with suppress(StoreError):  # not kept: the next pass tries again
        store.save_sync_state(KEY, data, now)


def address_book(
    store: SightingStore, profile: Profile, detections: Iterable[Detection] = ()
) -> AddressBook:
    """The addresses earlier rounds showed: the store's, and those of ``detections``
    (a scan's, not kept), for :func:`assistant.drafting.plan.plan_drafts`."""
    return book_of(stored_sightings(store), detections, profile)

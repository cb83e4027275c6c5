"""What a calendar source remembers between passes, so an unchanged calendar costs little.

``tick`` runs in a fresh process each time, so the memory lives in the store's
``sync_state`` table. A source saves the events it expanded for a window a little
wider than asked, together with what identifies its input (a file's size and
modification time, a URL's ETag and Last-Modified). On the next pass, when the
input is the same and the window still fits, the events come back from the
store instead of from parsing the calendar again.

The saved form is compact JSON (lists, not dicts): a big calendar's window holds
tens of thousands of instances. Times keep their IANA zone name, so an event read
from the cache is the same value as one read from the file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from assistant import __version__
from assistant.errors import StoreError
from assistant.models import Attendee, AttendeeKind, Event, EventStatus, PartStat
from assistant.sources.base import CalendarRead

log = logging.getLogger(__name__)

# Bump when the saved shape or the meaning of a conversion changes (3: a generation,
# 4: the zone name as written).
CACHE_FORMAT = 4
# Saved windows above this size are not kept: re-reading is cheaper than the store growing.
MAX_CACHE_CHARS = 64 * 1024 * 1024


class StateStore(Protocol):
    """The part of :class:`~assistant.store.Store` the cache uses."""

    def sync_state(self, source: str) -> dict[str, Any]: ...

    def save_sync_state(self, source: str, data: dict[str, Any], now: datetime) -> None: ...


class EventCache:
    """Saved windows of events, one per calendar, kept in the store."""

    def __init__(self, store: StateStore) -> None:
        self.store = store

    def load(self, key: str, context: dict[str, Any]) -> SavedWindow | None:
        """The saved window for ``key``, or None when there is none or it was saved
        under another ``context`` (another version, owner or calendar)."""
        try:
            data = self.store.sync_state(key)
        except StoreError as error:
            log.warning("calendar cache unreadable, reading afresh: %s", error)
            return None
        if not data or data.get("context") != context:
            return None
        try:
            return SavedWindow.from_dict(data)
        except (KeyError, TypeError, ValueError, IndexError):
            return None  # an older or damaged entry: read afresh

    def save(self, key: str, context: dict[str, Any], window: SavedWindow) -> None:
        """Remember ``window``; a store that cannot take it only costs a re-read later."""
        data = {"context": context, **window.to_dict()}
        if len(json.dumps(data["events"])) > MAX_CACHE_CHARS:
            log.info("calendar %s too large to cache; it will be read each pass", key)
            data["events"], data["start"], data["end"] = [], None, None
        try:
            self.store.save_sync_state(key, data, datetime.now(UTC))
        except StoreError as error:
            log.warning("calendar cache not saved: %s", error)


def cache_key(location: str) -> str:
    """A key per calendar location. Hashed: URLs carry secrets, and two private
    links can share the same redacted label."""
    return "ics:" + hashlib.sha256(location.encode("utf-8")).hexdigest()[:24]


def cache_context(addresses: Sequence[str], tz: tzinfo) -> dict[str, Any]:
    """What the saved events depend on besides the calendar itself."""
    return {
        "format": CACHE_FORMAT,
        "version": __version__,
        "addresses": sorted(addresses),
        "tz": getattr(tz, "key", None) or str(tz),
    }


@dataclass
class SavedWindow:
    """Events expanded for ``[start, end)``, and what identified the calendar then.

    ``generation`` is made afresh for each parse (random, 16 hex digits) and kept with
    the saved events: the reads of one generation come from the same parse.
    """

    fingerprint: dict[str, Any]
    start: datetime | None
    end: datetime | None
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    generation: str = field(default_factory=lambda: secrets.token_hex(8))

    def covers(self, start: datetime, end: datetime) -> bool:
        return (
            self.start is not None
            and self.end is not None
            and self.start <= start
            and end <= self.end
        )

    def read(self, label: str, start: datetime, end: datetime) -> CalendarRead:
        """The saved events overlapping ``[start, end)``, marked unchanged, with a token
        (:attr:`CalendarRead.token`): this generation and which of its events are kept,
        so a window that moved without taking in or letting go of an event has the same
        token."""
        kept = array("L", (i for i, e in enumerate(self.events) if _overlaps(e, start, end)))
        events = [self.events[i] for i in kept]
        token = f"{self.generation}:{hashlib.sha256(kept.tobytes()).hexdigest()[:32]}"
        return CalendarRead(label, events, list(self.warnings), unchanged=True, token=token)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "warnings": self.warnings,
            "generation": self.generation,
            "events": [event_row(e) for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SavedWindow:
        return cls(
            fingerprint=data["fingerprint"],
            start=datetime.fromisoformat(data["start"]) if data["start"] else None,
            end=datetime.fromisoformat(data["end"]) if data["end"] else None,
            events=[event_from_row(row) for row in data["events"]],
            warnings=list(data.get("warnings", [])),
            generation=str(data["generation"]),
        )


def _overlaps(event: Event, start: datetime, end: datetime) -> bool:
    """Whether ``event`` is in ``[start, end)``: it overlaps it, or (of no length) starts in it."""
    return event.start < end and (event.end > start or event.start >= start)


# --- the compact form -----------------------------------------------------------------


def _moment(value: datetime) -> list[Any]:
    return [value.isoformat(), getattr(value.tzinfo, "key", None)]


def _moment_from(value: list[Any]) -> datetime:
    moment = datetime.fromisoformat(value[0])
    return moment.astimezone(ZoneInfo(value[1])) if value[1] else moment


def _person(a: Attendee) -> list[Any]:
    flags = int(a.is_self) | int(a.is_organizer) << 1 | int(a.optional) << 2
    return [a.email, a.name, a.partstat.value, a.kind.value, flags]


def _person_from(row: list[Any]) -> Attendee:
    email, name, partstat, kind, flags = row
    return Attendee(
        email=email,
        name=name,
        partstat=PartStat(partstat),
        kind=AttendeeKind(kind),
        is_self=bool(flags & 1),
        is_organizer=bool(flags & 2),
        optional=bool(flags & 4),
    )


def event_row(e: Event) -> list[Any]:
    """One event as a JSON list (see :func:`event_from_row`)."""
    return [
        e.uid,
        _moment(e.start),
        _moment(e.end),
        e.summary,
        e.description,
        e.location,
        e.source,
        _moment(e.recurrence_id) if e.recurrence_id else None,
        e.all_day,
        e.status.value,
        _person(e.organizer) if e.organizer else None,
        [_person(a) for a in e.attendees],
        e.conference_url,
        e.timezone,
        e.event_type,
        e.timezone_written,
    ]


def event_from_row(row: list[Any]) -> Event:
    (
        uid,
        start,
        end,
        summary,
        description,
        location,
        source,
        recurrence_id,
        all_day,
        status,
        organizer,
        attendees,
        conference_url,
        timezone,
        event_type,
        timezone_written,
    ) = row
    return Event(
        uid=uid,
        start=_moment_from(start),
        end=_moment_from(end),
        summary=summary,
        description=description,
        location=location,
        source=source,
        recurrence_id=_moment_from(recurrence_id) if recurrence_id else None,
        all_day=all_day,
        status=EventStatus(status),
        organizer=_person_from(organizer) if organizer else None,
        attendees=tuple(_person_from(a) for a in attendees),
        conference_url=conference_url,
        timezone=timezone,
        event_type=event_type,
        timezone_written=timezone_written,
    )

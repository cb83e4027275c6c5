"""An in-memory calendar: the fake that tests use in place of a real source."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from assistant.errors import CalendarError
from assistant.models import Event
from assistant.sources.base import CalendarRead


class MemoryCalendar:
    """Holds events in a dict; ``fail_with`` makes the next reads fail, like a dead server."""

    def __init__(self, events: Iterable[Event] = (), label: str = "memory") -> None:
        self._events = {e.event_id: e for e in events}
        self._label = label
        self.fail_with: str | None = None
        self.reads = 0

    @property
    def label(self) -> str:
        return self._label

    def put(self, event: Event) -> None:
        """Add or replace an event (by its event id)."""
        self._events[event.event_id] = event

    def remove(self, event_id: str) -> None:
        self._events.pop(event_id, None)

    def read(self, start: datetime, end: datetime) -> CalendarRead:
        self.reads += 1
        if self.fail_with:
            raise CalendarError(self._label, self.fail_with)
        events = [e for e in self._events.values() if e.end > start and e.start < end]
        return CalendarRead(self._label, sorted(events, key=lambda e: e.start))

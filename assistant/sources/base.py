"""The one protocol every calendar source implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from assistant.models import Event


@dataclass
class CalendarRead:
    """What one read of a calendar produced.

    ``warnings`` name events that were skipped (one bad event never sinks the rest);
    ``unchanged`` is true when the source knows nothing changed since the last read.
    """

    label: str
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    unchanged: bool = False


class CalendarSource(Protocol):
    """A calendar the assistant can read."""

    @property
    def label(self) -> str:
        """A name for messages and logs, with any secret (a private URL's token) redacted."""
        ...

    def read(self, start: datetime, end: datetime) -> CalendarRead:
        """Return the event instances overlapping ``[start, end)``.

        Recurring series are expanded into instances, each with its ``recurrence_id``.
        Cancelled instances are returned with ``status`` cancelled, not dropped, so
        the caller can drop what it planned for them. Raises
        :class:`~assistant.errors.CalendarError` when the calendar cannot be read at all.
        """
        ...

"""The one protocol every calendar source implements."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from assistant.models import Event


@dataclass
class CalendarRead:
    """What one read of a calendar produced.

    ``warnings`` name events that were skipped (one bad event never sinks the rest);
    ``unchanged`` is true when the source knows nothing changed since the last read.
    ``token``, when the source can give one, names this exact list of events: two reads
    with the same token gave equal events in the same order, with the same warnings (a
    saved window's generation and which of its events the window kept). ``None``: the
    source cannot say, and nothing read from it is reused.
    """

    label: str
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    unchanged: bool = False
    token: str | None = None


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


def answer_from_cache(
    label: str,
    start: datetime,
    end: datetime,
    items: Iterable[dict[str, Any]],
    to_event: Callable[[dict[str, Any], list[str]], Event | None],
) -> CalendarRead:
    """The answer of a read from a provider's cached items (Google's or Graph's JSON).

    ``to_event(item, warnings)`` maps one item (None: never an interview) and may add
    warnings; an item it cannot read (KeyError, ValueError, TypeError) is skipped with
    a warning naming it. Events overlapping ``[start, end)`` come back sorted by start.
    """
    result = CalendarRead(label, [])
    for item in items:
        try:
            event = to_event(item, result.warnings)
        except (KeyError, ValueError, TypeError) as exc:
            result.warnings.append(f"{label}: skipped event {item.get('id', '?')}: {exc}")
            continue
        if event is not None and event.end > start and event.start < end:
            result.events.append(event)
    result.events.sort(key=lambda e: e.start)
    return result

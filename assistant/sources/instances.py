"""Events for the occurrences of a series, without copying the series' component.

recurring-ical-events hands out each occurrence as a copy of its VEVENT with new
DTSTART, DTEND and RECURRENCE-ID (``Occurrence.as_component``): a 100-instance series
costs 100 copies and 100 full conversions to :class:`~assistant.models.Event`, though
only those three properties differ. Here the VEVENT an occurrence comes from (the
series' own, or a RECURRENCE-ID override) is converted once, and each occurrence is
that event with the times the copy would have had (:func:`instance_times`, the one
reading of times that :func:`~assistant.sources.ics_events.component_to_event` uses
too). The result is the same Event, field for field; ``tests/adapters/test_fast_paths.py``
compares both ways on every fixture and corpus file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from assistant.models import Event
from assistant.sources.zones import zone_name


@dataclass(frozen=True)
class Times:
    """When one instance happens: aware datetimes (dates become midnight in the owner's
    zone), whether it is all-day, its RECURRENCE-ID and the IANA zone it was written in."""

    start: datetime
    end: datetime
    all_day: bool
    recurrence_id: datetime | None
    timezone: str


def as_datetime(value: date | datetime, tz: tzinfo) -> datetime:
    """Dates are midnight in the owner's zone; floating times are the owner's local time."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    return datetime.combine(value, time(0), tzinfo=tz)


def instance_times(component: Mapping[str, Any], tz: tzinfo) -> Times:
    """The times of a VEVENT (or of the properties an occurrence's copy would have).

    ``component`` maps DTSTART, DTEND, DURATION and RECURRENCE-ID to icalendar
    properties. No DTEND: DURATION, else a day for a date and nothing for a time
    (RFC 5545 section 3.6.1); an end before the start is the start. Raises ValueError
    without DTSTART.
    """
    if component.get("DTSTART") is None:
        raise ValueError("no DTSTART")
    raw_start = component["DTSTART"].dt
    all_day = not isinstance(raw_start, datetime)
    start = as_datetime(raw_start, tz)
    if component.get("DTEND") is not None:
        end = as_datetime(component["DTEND"].dt, tz)
    elif component.get("DURATION") is not None:
        end = start + component["DURATION"].dt
    else:
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    recurrence = component.get("RECURRENCE-ID")
    return Times(
        start=start,
        end=max(end, start),
        all_day=all_day,
        recurrence_id=as_datetime(recurrence.dt, tz) if recurrence is not None else None,
        timezone=zone_name(raw_start, component["DTSTART"]),
    )


class InstanceEvents:
    """Converts occurrences (recurring-ical-events ``Occurrence``) to Events, converting
    each source VEVENT once.

    ``convert(component) -> Event`` is the full conversion; it may raise, and then
    :meth:`event` raises the same for every occurrence of that VEVENT.
    """

    def __init__(self, convert: Callable[[Any], Event], tz: tzinfo) -> None:
        self._convert = convert
        self._tz = tz
        self._made: dict[int, Event | None] = {}
        # whether each VEVENT carries a RECURRENCE-ID (an override), asked once per VEVENT
        self._overrides: dict[int, bool] = {}

    def event(self, occurrence: Any) -> Event:
        """The Event of ``occurrence``: what converting ``occurrence.as_component(False)``
        gives. Raises what that conversion raises."""
        component = source_of(occurrence)
        made = self._base(occurrence, component)
        if made is None:  # a shape not known here, or one the copy may read differently
            return self._convert(occurrence.as_component(False))
        override = self._overrides[id(component)]
        times = _named_zone_times(occurrence, override) or instance_times(
            _copied_times(component, occurrence), self._tz
        )
        return _with_times(made, times)

    def _base(self, occurrence: Any, component: Any) -> Event | None:
        """The VEVENT's own Event, made once; None when the occurrence's cannot be
        derived from it (:func:`_derivable`) or it cannot be converted as it is (its
        copies may still be: their times are new)."""
        key = id(component)
        if key not in self._made:
            self._overrides[key] = component.get("RECURRENCE-ID") is not None
            made = None
            if _derivable(getattr(occurrence, "_adapter", None), component):
                try:
                    made = self._convert(component)
                except Exception:  # each copy is then converted on its own
                    made = None
            self._made[key] = made
        return self._made[key]


def _named_zone_times(occurrence: Any, override: bool) -> Times | None:
    """:func:`instance_times` of the copy, read directly in the common case: a start and
    an end in one tz-database zone, the start not after the end, and no RECURRENCE-ID
    on the VEVENT (``override`` false: the copy's is then the start). None for anything else (dates,
    floating or fixed-offset times, overrides): the full reading decides those."""
    start, end = occurrence.start, occurrence.end
    zone = getattr(start, "tzinfo", None)
    key = getattr(zone, "key", None)
    if (
        not key
        or type(start) is not datetime
        or type(end) is not datetime
        or end.tzinfo is not zone
        or end < start
        or override
    ):
        return None
    return Times(start=start, end=end, all_day=False, recurrence_id=start, timezone=str(key))


def _with_times(event: Event, times: Times) -> Event:
    """``dataclasses.replace(event, <the times>)`` without running ``__init__`` again
    (an Event has no checks of its own; 20 % of a series' conversion went there)."""
    copy = object.__new__(Event)
    copy.__dict__.update(event.__dict__)
    copy.__dict__.update(
        start=times.start,
        end=times.end,
        all_day=times.all_day,
        recurrence_id=times.recurrence_id,
        timezone=times.timezone,
    )
    return copy


def source_of(occurrence: Any) -> Any:
    """The VEVENT an occurrence comes from (the series' own or an override), whose
    properties its copy shares; None when the library keeps it where this cannot see."""
    return getattr(getattr(occurrence, "_adapter", None), "_component", None)


def _derivable(adapter: Any, component: Any) -> bool:
    """Whether an occurrence's Event can be derived from its VEVENT's: an event adapter
    whose copies get a DTEND, and a UID of its own (without one, the id is made from
    the start as written: :func:`~assistant.sources.identity.made_uid`)."""
    if component is None or getattr(adapter, "end_property", None) != "DTEND":
        return False
    uid = component.get("UID")
    return isinstance(uid, str) and bool(uid.strip())


class _Written:
    """A time as its copy's property would hold it: ``dt``, and ``params`` made only when
    read (icalendar works the TZID out of the tzinfo, which costs more than the rest)."""

    __slots__ = ("_params", "dt")

    def __init__(self, dt: date | datetime) -> None:
        self.dt = dt
        self._params: Any = None

    @property
    def params(self) -> Any:
        if self._params is None:
            from icalendar import vDDDTypes

            self._params = vDDDTypes(self.dt).params
        return self._params


def _copied_times(component: Any, occurrence: Any) -> dict[str, Any]:
    """The time properties ``Occurrence.as_component`` gives its copy: DTSTART and DTEND
    from the occurrence, no DURATION, and the component's RECURRENCE-ID or else the
    new start (recurring-ical-events, ``ComponentAdapter.as_component``)."""
    recurrence = component.get("RECURRENCE-ID")
    return {
        "DTSTART": _Written(occurrence.start),
        "DTEND": _Written(occurrence.end),
        "RECURRENCE-ID": recurrence if recurrence is not None else _Written(occurrence.start),
    }

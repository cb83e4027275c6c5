"""From iCalendar text to :class:`~assistant.models.Event` values, inside a window.

Three steps, each cheaper because of the one before:

1. :mod:`.prefilter` drops, on the raw text, the single events that lie clearly
   outside the window and, unless every event is wanted, those that cannot matter
   to detection. Series, their moved instances and anything it cannot read at a
   glance are kept, so what is acted on is the same as parsing everything, at a
   fraction of the cost.
2. :func:`parse_calendar` decodes the bytes (:mod:`.encoding`), parses what is
   left with icalendar, applies ``METHOD:CANCEL``, reads the TZIDs icalendar could
   not (:mod:`.zones`), settles which VEVENTs are one event (:mod:`.identity`),
   and normalises X-WR-TIMEZONE calendars with x-wr-timezone. Every assumption
   made on the way comes back as a warning.
3. :func:`expand_calendar` expands series with recurring-ical-events *inside the
   window only*, within a budget of time and instances
   (:mod:`assistant.sources.expansion`), and converts every instance with
   :func:`component_to_event`, once per VEVENT (:mod:`.instances`).

People (ORGANIZER, ATTENDEE) are read by :mod:`.attendees`, meeting links by
:mod:`.conference`.

Failures are scoped: text that cannot be parsed raises one :class:`CalendarError`
naming the calendar (and the line, where it can be found); one bad event or series
is skipped with a warning while the rest of the calendar is read.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from assistant.errors import CalendarError
from assistant.models import SUMMARY_CAP, Event, EventStatus, cap_text
from assistant.sources.alt_description import html_body_text, with_html_body
from assistant.sources.attendees import People, addressless_warning, people_of
from assistant.sources.base import CalendarRead
from assistant.sources.broken_lines import rejoin_broken_lines
from assistant.sources.conference import conference_url
from assistant.sources.conference import find_conference_url as find_conference_url
from assistant.sources.cut_short import REFETCH, close_cut_short
from assistant.sources.encoding import decode_bytes
from assistant.sources.expansion import Budget, ReadLimits, occurrences, refuse_costly_series
from assistant.sources.identity import (
    made_uid,
    mark_cancelled,
    settle_identity,
    uids_at_several_starts,
)
from assistant.sources.instances import InstanceEvents, instance_times, source_of
from assistant.sources.prefilter import VEVENT_BLOCK, relevant_blocks
from assistant.sources.prefilter import window_filter as window_filter
from assistant.sources.zone_rules import refuse_busy_zones
from assistant.sources.zones import apply_calendar_zone, settle_zones, written_zone

if TYPE_CHECKING:
    import icalendar

    from assistant.detect.text.relevance import Relevance

# Descriptions are parsed in full but kept only this long: enough for links and
# detection, bounded for memory with thousands of events.
DESCRIPTION_KEEP = 20_000


@dataclass(frozen=True)
class Owner:
    """Who the calendar belongs to: the addresses that mean "me", and the zone for
    floating times and all-day dates."""

    addresses: frozenset[str]
    tz: tzinfo


def decode_calendar(data: bytes) -> str:
    """The calendar's text; see :func:`assistant.sources.encoding.decode_bytes`."""
    return decode_bytes(data).text


# --- 2. parsing -------------------------------------------------------------------


def parse_calendar(
    data: bytes,
    label: str,
    window: tuple[datetime, datetime] | None = None,
    *,
    charset: str | None = None,
    notes: list[str] | None = None,
    relevance: Relevance | None = None,
) -> icalendar.Calendar:
    """Parse and normalise one calendar, or raise a CalendarError naming the line.

    With a ``window``, single events clearly outside it are dropped before parsing.
    With a ``relevance``, events that cannot matter to detection are dropped too
    (:func:`relevant_blocks`). ``charset`` is the one an HTTP server declared. Every assumption made on the
    way (a guessed encoding, a zone name read by rule, a shared or missing UID, a
    guest without an address) is appended to ``notes`` as "<label>: <what>".
    Time-zone definitions that would fire too often are refused before parsing
    (:mod:`assistant.sources.zone_rules`).
    """
    said = notes if notes is not None else []
    decoded = decode_bytes(data, charset)
    if decoded.warning:
        said.append(f"{label}: {decoded.warning}")
    original = decoded.text
    text, cut = close_cut_short(original)
    if cut is not None:
        said.append(cut.warning(label))
    head = text[:4096].upper()
    if "BEGIN:VCALENDAR" not in head:
        if cut is not None and "BEGIN:VEVENT" not in text.upper():
            raise CalendarError(
                label, "ends in the middle of its only event (the file is cut short)", fix=REFETCH
            )
        if "BEGIN:VEVENT" not in head:
            raise CalendarError(
                label,
                "not an iCalendar file (no BEGIN:VCALENDAR)",
                fix="give the path of an .ics file, or a calendar's private iCal link",
            )
        # A bare VEVENT, as some tools save a single invitation: read it as a calendar.
        text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text.strip()}\r\nEND:VCALENDAR\r\n"
    zones = refuse_busy_zones(text)
    text, broken = rejoin_broken_lines(zones.text)
    if broken:
        lines = f"{broken} line{'s' if broken > 1 else ''}"
        said.append(
            f"{label}: {lines} of event text began without the space that continues a "
            "line (a line break not written as \\n, RFC 5545 §3.3.11); read as part of "
            "the text above"
        )
    if window is not None:
        blocks = (match.group(0) for match in VEVENT_BLOCK.finditer(text))
        text = window_filter(text, *window, keep_uids=uids_at_several_starts(blocks))
    if relevance is not None:
        text = relevant_blocks(text, relevance)
    try:
        calendars = _parse_quietly(text)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError…
        # A broken VTIMEZONE (iCloud writes offsets like +5328) should not cost the
        # whole calendar: zone names still resolve without their definitions.
        try:
            calendars = _parse_quietly(_VTIMEZONE_BLOCK.sub("", text))
        except Exception:
            raise CalendarError(
                label,
                f"cannot be parsed: {_first_line(exc)}",
                line=_line_of(original, exc),
                fix=REFETCH,
            ) from None
        said.append(
            f"{label}: its time zone definitions (VTIMEZONE) cannot be read "
            f"({_first_line(exc)}); zone names were read as the tz database has them"
        )
    calendars = [c for c in calendars if c.name == "VCALENDAR"]
    if not calendars:
        raise CalendarError(label, "holds no complete VCALENDAR", fix=REFETCH)
    for one in calendars:  # before merging: METHOD belongs to its own VCALENDAR
        mark_cancelled(one)
    calendar = calendars[0]
    for extra in calendars[1:]:  # concatenated exports: merge their events
        for component in extra.subcomponents:
            calendar.add_component(component)
    said.extend(zones.warnings(label))
    said.extend(f"{label}: {note}" for note in settle_assumptions(calendar))
    return apply_calendar_zone(calendar)


def settle_assumptions(calendar: icalendar.Calendar) -> list[str]:
    """Read unresolved zones, settle event identity and audit guests, in place; the
    plain warnings each step gives (zones first: identity compares start times)."""
    own_zone = _text(calendar, "X-WR-TIMEZONE").strip()
    fallback = f"the calendar's zone, {own_zone}" if own_zone else "your own time zone"
    found = settle_zones(calendar, fallback)
    found.extend(settle_identity(calendar))
    guests = addressless_warning(calendar)
    return [*found, guests] if guests else found


_VTIMEZONE_BLOCK = re.compile(r"^BEGIN:VTIMEZONE\r?$.*?^END:VTIMEZONE\r?\n?", re.M | re.S | re.I)


def _parse_quietly(text: str) -> list[Any]:
    """Parse with icalendar (its parser refined by :mod:`.content_lines`), silencing
    its warnings about TZIDs it had to guess."""
    from assistant.sources.content_lines import calendar_class

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return calendar_class().from_ical(text, multiple=True)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return cap_text(text[0] if text else type(exc).__name__, 160)


def _line_of(text: str, exc: BaseException) -> int | None:
    """Find the offending content line: icalendar quotes it in its message."""
    quoted = re.search(r"'([^']{1,200})'", str(exc))
    if not quoted:
        return None
    needle = quoted.group(1)
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


# --- 3. expansion and conversion ------------------------------------------------------


def expand_calendar(
    calendar: icalendar.Calendar,
    start: datetime,
    end: datetime,
    owner: Owner,
    label: str,
    budget: Budget | None = None,
) -> CalendarRead:
    """Expand series inside ``[start, end)`` and convert every instance to an Event.

    Work is bounded by ``budget`` (a fresh default one when None): see
    :mod:`assistant.sources.expansion`. Raises CalendarError when the calendar's
    events cannot be expanded at all.
    """
    result = CalendarRead(label, [])
    refuse_costly_series(calendar, start, end, label, result.warnings)
    # recurring-ical-events stamps a RECURRENCE-ID on every occurrence, single events
    # included. Only members of a series may keep one: a single event's identity is its
    # UID alone, so moving it in the calendar never turns it into a new interview.
    series = {
        _text(c, "UID")
        for c in calendar.walk("VEVENT")
        if any(c.get(name) is not None for name in ("RRULE", "RDATE", "RECURRENCE-ID"))
    }
    budget = budget or ReadLimits().start()
    try:
        found = list(occurrences(calendar, start, end, budget, label, result.warnings))
    except Exception as exc:
        raise CalendarError(label, f"its events cannot be expanded: {_first_line(exc)}") from None
    people: dict[Any, People] = {}  # VEVENTs naming the same people share their reading
    instances = InstanceEvents(lambda c: component_to_event(c, owner, label, people), owner.tz)
    in_series: dict[int, bool] = {}  # by VEVENT: whether its UID is a series'
    for occurrence in found:
        # The copy an occurrence stands for has its VEVENT's UID (and its other properties).
        component = source_of(occurrence)
        if component is None:  # a copy of its own: not kept, its id may come again
            component = occurrence.as_component(False)
            member = _text(component, "UID") in series
        else:
            known = in_series.get(id(component))
            member = known if known is not None else _text(component, "UID") in series
            in_series[id(component)] = member
        try:
            event = instances.event(occurrence)
            if event.recurrence_id is not None and not member:
                event = replace(event, recurrence_id=None)
            result.events.append(event)
        except Exception as exc:
            uid = str(component.get("UID", "?"))
            result.warnings.append(
                f"{label}: skipped event {cap_text(uid, 80)}: {_first_line(exc)}"
            )
    result.events.sort(key=lambda e: e.start)
    return result


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):  # a property given twice: keep the first
        value = value[0]
    return str(value)


def _all(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _uid(component: Any) -> str:
    uid = _text(component, "UID").strip()
    if uid:
        return cap_text(uid, 400)
    # Without a UID the event has no identity of its own: derive one from what it says,
    # so the same event keeps the same id from one read to the next.
    return made_uid(component)


def component_to_event(
    component: Any, owner: Owner, label: str, people: dict[Any, People] | None = None
) -> Event:
    """Map one expanded VEVENT to an Event. Raises ValueError when it has no start.
    ``people``: the memo of :func:`~assistant.sources.attendees.people_of`, per read."""
    times = instance_times(component, owner.tz)
    organizer, attendees = people_of(component, owner.addresses, people)

    status_text = _text(component, "STATUS").upper()
    status = {"CANCELLED": EventStatus.CANCELLED, "TENTATIVE": EventStatus.TENTATIVE}.get(
        status_text, EventStatus.CONFIRMED
    )
    location = cap_text(_text(component, "LOCATION"), 2000)
    description = with_html_body(_text(component, "DESCRIPTION"), html_body_text(component))
    description = cap_text(description, DESCRIPTION_KEEP)
    return Event(
        uid=_uid(component),
        start=times.start,
        end=times.end,
        summary=cap_text(_text(component, "SUMMARY"), SUMMARY_CAP),
        description=description,
        location=location,
        source=label,
        recurrence_id=times.recurrence_id,
        all_day=times.all_day,
        status=status,
        organizer=organizer,
        attendees=attendees,
        conference_url=conference_url(component, location, description),
        timezone=times.timezone,
        timezone_written=written_zone(times.timezone, component),
    )

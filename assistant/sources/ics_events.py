"""From iCalendar text to :class:`~assistant.models.Event` values, inside a window.

Three steps, each cheaper because of the one before:

1. :func:`window_filter` drops, on the raw text, the single events that lie
   clearly outside the window (a regular expression, no parsing). Series, their
   moved instances and anything it cannot read at a glance are kept, so the
   result is the same as parsing everything, at a fraction of the cost for a
   calendar with years of history.
2. :func:`parse_calendar` decodes the bytes (:mod:`.encoding`), parses what is
   left with icalendar, applies ``METHOD:CANCEL``, reads the TZIDs icalendar could
   not (:mod:`.zones`), settles which VEVENTs are one event (:mod:`.identity`),
   and normalises X-WR-TIMEZONE calendars with x-wr-timezone. Every assumption
   made on the way comes back as a warning.
3. :func:`expand_calendar` expands series with recurring-ical-events *inside the
   window only*, within a budget of time and instances
   (:mod:`assistant.sources.expansion`), and converts every instance with
   :func:`component_to_event`.

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
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from assistant.errors import CalendarError
from assistant.models import SUMMARY_CAP, Event, EventStatus, cap_text
from assistant.sources.attendees import addressless_warning, people_of
from assistant.sources.base import CalendarRead
from assistant.sources.conference import conference_url
from assistant.sources.conference import find_conference_url as find_conference_url
from assistant.sources.encoding import decode_bytes
from assistant.sources.expansion import Budget, ReadLimits, occurrences, refuse_costly_series
from assistant.sources.identity import (
    made_uid,
    mark_cancelled,
    settle_identity,
    uid_line,
    uids_at_several_starts,
)
from assistant.sources.zone_rules import refuse_busy_zones
from assistant.sources.zones import apply_calendar_zone, settle_zones, zone_name

if TYPE_CHECKING:
    import icalendar

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


# --- 1. the window pre-filter ----------------------------------------------------

# Times in a calendar can be in any zone (or floating); a margin wider than any UTC
# offset lets the filter compare dates only and never drop an event in the window.
_FILTER_MARGIN = timedelta(days=2)
_VEVENT_BLOCK = re.compile(
    r"^BEGIN:VEVENT\r?\n.*?^END:VEVENT[ \t]*\r?(?:\n|\Z)", re.M | re.S | re.I
)
# Anything that makes an event part of a series: kept whatever its own dates say.
_RECURRING = re.compile(r"^(?:RRULE|RDATE|EXRULE|RECURRENCE-ID)[;:]", re.M | re.I)
_DTSTART = re.compile(r"^DTSTART[^:\r\n]*:(\d{4})(\d{2})(\d{2})", re.M | re.I)
_DTEND = re.compile(r"^DTEND[^:\r\n]*:(\d{4})(\d{2})(\d{2})", re.M | re.I)
_DURATION = re.compile(r"^DURATION[;:]", re.M | re.I)
_BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT", re.M | re.I)


def window_filter(
    text: str, start: datetime, end: datetime, keep_uids: frozenset[str] = frozenset()
) -> str:
    """``text`` without the single events that end before ``start`` or begin after ``end``.

    Only what is certain is dropped: a block whose start cannot be read at a glance
    (a folded line, an odd format) is kept, and so is every part of a series and
    every event whose UID line is in ``keep_uids``.
    """
    first, last = (start - _FILTER_MARGIN).date(), (end + _FILTER_MARGIN).date()
    kept: list[str] = []
    position = 0
    for match in _VEVENT_BLOCK.finditer(text):
        block = match.group(0)
        if _outside(block, first, last) and not (keep_uids and uid_line(block) in keep_uids):
            kept.append(text[position : match.start()])
            position = match.end()
    if not kept:
        return text
    kept.append(text[position:])
    return "".join(kept)


def _outside(block: str, first: date, last: date) -> bool:
    # A second BEGIN means an unterminated event swallowed the next one: keep both.
    if _RECURRING.search(block) or _BEGIN_EVENT.search(block, 1):
        return False
    begins = _date_of(_DTSTART.search(block))
    if begins is None:
        return False
    if begins > last:
        return True
    ends = _date_of(_DTEND.search(block))
    if ends is None:
        if _DURATION.search(block):
            return False  # any length: keep it unless it starts after the window
        ends = begins + timedelta(days=1)
    return max(ends, begins) < first  # an end before the start counts as the start


def _date_of(match: re.Match[str] | None) -> date | None:
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


# --- 2. parsing -------------------------------------------------------------------


def parse_calendar(
    data: bytes,
    label: str,
    window: tuple[datetime, datetime] | None = None,
    *,
    charset: str | None = None,
    notes: list[str] | None = None,
) -> icalendar.Calendar:
    """Parse and normalise one calendar, or raise a CalendarError naming the line.

    With a ``window``, single events clearly outside it are dropped before parsing.
    ``charset`` is the one an HTTP server declared. Every assumption made on the
    way (a guessed encoding, a zone name read by rule, a shared or missing UID, a
    guest without an address) is appended to ``notes`` as "<label>: <what>".
    Time-zone definitions that would fire too often are refused before parsing
    (:mod:`assistant.sources.zone_rules`).
    """
    import icalendar

    said = notes if notes is not None else []
    decoded = decode_bytes(data, charset)
    if decoded.warning:
        said.append(f"{label}: {decoded.warning}")
    original = text = decoded.text
    head = text[:4096].upper()
    if "BEGIN:VCALENDAR" not in head:
        if "BEGIN:VEVENT" not in head:
            raise CalendarError(label, "not an iCalendar file (no BEGIN:VCALENDAR)")
        # A bare VEVENT, as some tools save a single invitation: read it as a calendar.
        text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text.strip()}\r\nEND:VCALENDAR\r\n"
    zones = refuse_busy_zones(text)
    text = zones.text
    if window is not None:
        blocks = (match.group(0) for match in _VEVENT_BLOCK.finditer(text))
        text = window_filter(text, *window, keep_uids=uids_at_several_starts(blocks))
    try:
        calendars = _parse_quietly(icalendar, text)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError…
        # A broken VTIMEZONE (iCloud writes offsets like +5328) should not cost the
        # whole calendar: zone names still resolve without their definitions.
        try:
            calendars = _parse_quietly(icalendar, _VTIMEZONE_BLOCK.sub("", text))
        except Exception:
            raise CalendarError(
                label, f"cannot be parsed: {_first_line(exc)}", line=_line_of(original, exc)
            ) from None
        said.append(
            f"{label}: its time zone definitions (VTIMEZONE) cannot be read "
            f"({_first_line(exc)}); zone names were read as the tz database has them"
        )
    calendars = [c for c in calendars if c.name == "VCALENDAR"]
    if not calendars:
        raise CalendarError(label, "holds no complete VCALENDAR (is the file cut short?)")
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


def _parse_quietly(icalendar: Any, text: str) -> list[Any]:
    """Parse, silencing icalendar's warnings about TZIDs it had to guess."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return icalendar.Calendar.from_ical(text, multiple=True)


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
        components = list(occurrences(calendar, start, end, budget, label, result.warnings))
    except Exception as exc:
        raise CalendarError(label, f"its events cannot be expanded: {_first_line(exc)}") from None
    for component in components:
        try:
            event = component_to_event(component, owner, label)
            if event.recurrence_id is not None and _text(component, "UID") not in series:
                event = replace(event, recurrence_id=None)
            result.events.append(event)
        except Exception as exc:
            uid = str(component.get("UID", "?"))
            result.warnings.append(
                f"{label}: skipped event {cap_text(uid, 80)}: {_first_line(exc)}"
            )
    result.events.sort(key=lambda e: e.start)
    return result


def _as_datetime(value: date | datetime, tz: tzinfo) -> datetime:
    """Dates are midnight in the owner's zone; floating times are the owner's local time."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    return datetime.combine(value, time(0), tzinfo=tz)


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


def component_to_event(component: Any, owner: Owner, label: str) -> Event:
    """Map one expanded VEVENT to an Event. Raises ValueError when it has no start."""
    if component.get("DTSTART") is None:
        raise ValueError("no DTSTART")
    raw_start = component["DTSTART"].dt
    all_day = not isinstance(raw_start, datetime)
    start = _as_datetime(raw_start, owner.tz)
    if component.get("DTEND") is not None:
        end = _as_datetime(component["DTEND"].dt, owner.tz)
    elif component.get("DURATION") is not None:
        end = start + component["DURATION"].dt
    else:
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    if end < start:
        end = start

    recurrence = component.get("RECURRENCE-ID")
    recurrence_id = _as_datetime(recurrence.dt, owner.tz) if recurrence is not None else None

    organizer, attendees = people_of(component, owner.addresses)

    status_text = _text(component, "STATUS").upper()
    status = {"CANCELLED": EventStatus.CANCELLED, "TENTATIVE": EventStatus.TENTATIVE}.get(
        status_text, EventStatus.CONFIRMED
    )
    location = cap_text(_text(component, "LOCATION"), 2000)
    description = cap_text(_text(component, "DESCRIPTION"), DESCRIPTION_KEEP)
    return Event(
        uid=_uid(component),
        start=start,
        end=end,
        summary=cap_text(_text(component, "SUMMARY"), SUMMARY_CAP),
        description=description,
        location=location,
        source=label,
        recurrence_id=recurrence_id,
        all_day=all_day,
        status=status,
        organizer=organizer,
        attendees=attendees,
        conference_url=conference_url(component, location, description),
        timezone=zone_name(raw_start, component["DTSTART"]),
    )

"""Two shortcuts of converting VEVENTs to events change nothing, on every fixture and
corpus file (compared by ``repr``, so a time's zone counts, not only its instant):

- the people of a VEVENT read once per way of writing them (``people_of``'s memo);
- an occurrence's times in a tz-database zone taken as the library gives them
  (``instances._named_zone_times``) instead of read from its copy's properties.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import CalendarError
from assistant.sources import instances
from assistant.sources.expansion import ReadLimits, occurrences
from assistant.sources.ics_events import component_to_event, parse_calendar
from assistant.sources.instances import _copied_times, instance_times, source_of
from tests.adapters.test_fast_paths import OWNER, WINDOWS, calendars


def parsed(corpus: Path | None) -> Iterator[tuple[str, Any]]:
    for name, data in calendars(corpus):
        try:
            yield name, parse_calendar(data, name)
        except CalendarError:
            continue  # the broken-file fixtures


def _people_memo_matches(corpus: Path | None) -> tuple[int, int]:
    converted = shared = 0
    for name, calendar in parsed(corpus):
        memo: dict[Any, Any] = {}
        here = 0
        for component in calendar.walk("VEVENT"):
            try:
                plain = component_to_event(component, OWNER, name)
            except ValueError:
                continue  # no start: the same error either way
            remembered = component_to_event(component, OWNER, name, memo)
            assert repr(remembered) == repr(plain), name
            here += 1
        converted += here
        shared += here - len(memo)
    return converted, shared


def test_the_people_memo_changes_no_event_in_the_fixtures():
    converted, shared = _people_memo_matches(None)
    assert converted >= 500 and shared >= 100  # and it is used


def test_the_people_memo_changes_no_event_in_the_corpus(corpus: Path):
    assert _people_memo_matches(corpus)[0] >= 100


def _named_zone_times_match(corpus: Path | None) -> tuple[int, int]:
    taken = left = 0
    for name, calendar in parsed(corpus):
        for window in WINDOWS:
            try:
                found = list(
                    occurrences(calendar, *window, ReadLimits().start(), name, warnings=[])
                )
            except Exception:
                continue  # a calendar the library cannot expand: the same either way
            for occurrence in found:
                component = source_of(occurrence)
                if component is None:
                    continue
                override = component.get("RECURRENCE-ID") is not None
                quick = instances._named_zone_times(occurrence, override)
                if quick is None:
                    left += 1
                    continue
                full = instance_times(_copied_times(component, occurrence), OWNER.tz)
                assert repr(quick) == repr(full), name
                taken += 1
    return taken, left


def test_named_zone_times_are_the_full_reading_in_the_fixtures():
    taken, left = _named_zone_times_match(None)
    assert taken >= 200 and left >= 50  # both ways are exercised


def test_named_zone_times_are_the_full_reading_in_the_corpus(corpus: Path):
    assert sum(_named_zone_times_match(corpus)) >= 100


def test_the_people_memo_tells_apart_what_is_written_differently():
    """Same addresses, other parameters (an answer, a name, a role, a list of names):
    each VEVENT keeps its own reading."""
    lines = [
        "ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@acme.example",
        "ATTENDEE;CN=Priya Raman;PARTSTAT=DECLINED:mailto:priya@acme.example",
        "ATTENDEE;CN=Priya R.;PARTSTAT=ACCEPTED:mailto:priya@acme.example",
        "ATTENDEE;CN=Raman, Priya;PARTSTAT=ACCEPTED:mailto:priya@acme.example",
        "ATTENDEE;ROLE=NON-PARTICIPANT;CN=Priya Raman:mailto:priya@acme.example",
        "ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:me@example.com",
    ]
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:e{n}\r\nDTSTART:20270413T120000Z\r\n"
        f"ORGANIZER:mailto:jordan@acme.example\r\n{line}\r\nEND:VEVENT\r\n"
        for n, line in enumerate(lines)
    )
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n".encode()
    memo: dict[Any, Any] = {}
    components = list(parse_calendar(data, "x").walk("VEVENT"))
    read = [component_to_event(c, OWNER, "x", memo).attendees for c in components]
    assert read == [component_to_event(c, OWNER, "x").attendees for c in components]
    assert len(set(read)) == len(lines) == len(memo)

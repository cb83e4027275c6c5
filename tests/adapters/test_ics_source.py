"""The ICS source on fixtures named by their shape, on URLs, and on the real-world corpus."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import responses

from assistant.errors import CalendarError
from assistant.models import AttendeeKind, EventStatus, PartStat
from assistant.sources.ics import IcsSource, Owner
from tests.conftest import BERLIN, DATA

ICS = DATA / "ics"
OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
APRIL = (datetime(2027, 4, 1, tzinfo=UTC), datetime(2027, 5, 15, tzinfo=UTC))


def read(name: str, window: tuple[datetime, datetime] = APRIL):
    return IcsSource(str(ICS / name), OWNER).read(*window)


def test_series_is_expanded_with_exdate_moved_and_cancelled_instances():
    events = read("event_rrule_exdate_moved_cancelled.ics").events
    by_original = {e.recurrence_id.date(): e for e in events}
    # 6 weekly instances from 5 April, minus the EXDATE on 12 April.
    assert sorted(by_original) == [
        date(2027, 4, 5),
        date(2027, 4, 19),
        date(2027, 4, 26),
        date(2027, 5, 3),
        date(2027, 5, 10),
    ]
    moved = by_original[date(2027, 4, 19)]
    assert moved.start == datetime(2027, 4, 20, 15, 0, tzinfo=BERLIN)
    assert moved.summary == "Weekly sync (moved)"
    # The moved instance keeps its identity: UID plus the *original* start.
    assert moved.event_id == "weekly-1@20270419T080000Z"
    assert by_original[date(2027, 4, 26)].status is EventStatus.CANCELLED


def test_the_window_bounds_the_expansion():
    window = (
        datetime(2027, 4, 18, tzinfo=UTC),
        datetime(2027, 4, 28, tzinfo=UTC),
    )
    events = read("event_rrule_exdate_moved_cancelled.ics", window).events
    assert [e.recurrence_id.date() for e in events] == [date(2027, 4, 19), date(2027, 4, 26)]


def test_all_day_and_floating_times_use_the_owners_zone():
    events = {e.uid: e for e in read("event_allday_and_floating.ics").events}
    all_day = events["allday-1"]
    assert all_day.all_day
    assert all_day.start == datetime(2027, 4, 14, tzinfo=BERLIN)
    assert all_day.end - all_day.start == timedelta(days=1)
    floating = events["floating-1"]
    assert not floating.all_day
    assert floating.start == datetime(2027, 4, 14, 12, 0, tzinfo=BERLIN)
    assert floating.start.tzinfo is not None


def test_outlook_windows_tzid_is_resolved_and_teams_link_found():
    (event,) = read("event_outlook_windows_tzid_teams.ics").events
    assert event.start.astimezone(UTC) == datetime(2027, 4, 14, 12, 0, tzinfo=UTC)
    assert event.conference_url.startswith("https://teams.microsoft.com/l/meetup-join/")


def test_attendees_rooms_partstat_and_zoom_link_in_location():
    (event,) = read("invite_attendees_room_zoom_in_location.ics").events
    people = {a.email: a for a in event.attendees}
    assert people["chen.wei@globex.example"].partstat is PartStat.TENTATIVE
    assert people["chen.wei@globex.example"].optional
    assert people["board@resource.calendar.google.com"].kind is AttendeeKind.ROOM
    assert people["me@example.com"].is_self
    assert event.organizer is not None and event.organizer.email == "maria@globex.example"
    assert people["maria@globex.example"].is_organizer
    assert event.conference_url == "https://us02web.zoom.us/j/123456789?pwd=abc"
    assert "Bring a laptop." in event.description


def test_a_broken_file_names_itself_and_the_line():
    with pytest.raises(CalendarError) as caught:
        read("broken_content_line.ics")
    assert caught.value.line == 9
    assert "broken_content_line.ics" in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not an iCalendar file"),
        (b"hello world", "not an iCalendar file"),
    ],
)
def test_non_calendars_get_a_clear_error(tmp_path: Path, content: bytes, expected: str):
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    with pytest.raises(CalendarError, match=expected):
        IcsSource(str(path), OWNER).read(*APRIL)


def test_missing_file_says_where_to_fix_it(tmp_path: Path):
    with pytest.raises(CalendarError) as caught:
        IcsSource(str(tmp_path / "nope.ics"), OWNER).read(*APRIL)
    assert "no such file" in caught.value.message
    assert "[calendar] ics" in (caught.value.fix or "")


SECRET_URL = (
    "https://calendar.example.org/ical/alex%40example.com/private-0123456789abcdef/basic.ics"
)


@responses.activate
def test_a_url_is_fetched_and_its_secret_never_shown():
    responses.get(SECRET_URL, body=(ICS / "event_allday_and_floating.ics").read_bytes())
    source = IcsSource(SECRET_URL, OWNER)
    assert "0123456789abcdef" not in source.label
    assert len(source.read(*APRIL).events) == 2


@responses.activate
def test_a_failing_url_is_one_redacted_line():
    responses.get(SECRET_URL, status=404)
    with pytest.raises(CalendarError) as caught:
        IcsSource(SECRET_URL, OWNER).read(*APRIL)
    assert "0123456789abcdef" not in str(caught.value)
    assert "404" in str(caught.value)


@responses.activate
def test_webcal_is_fetched_over_https():
    responses.get(SECRET_URL, body=(ICS / "event_allday_and_floating.ics").read_bytes())
    IcsSource(SECRET_URL.replace("https://", "webcal://"), OWNER).read(*APRIL)
    assert responses.calls[0].request.url == SECRET_URL


def test_hostile_and_huge_fields_are_parsed_then_capped(tmp_path: Path):
    huge = "A" * 100_000
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:h\r\n"
        "DTSTART:20270414T120000Z\r\nDTEND:20270414T130000Z\r\n"
        f"SUMMARY:{'B' * 5000}\r\nDESCRIPTION:{huge}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = tmp_path / "huge.ics"
    path.write_text(text)
    (event,) = IcsSource(str(path), OWNER).read(*APRIL).events
    assert len(event.summary) <= 500 and event.summary.endswith("…")
    assert len(event.description) <= 20_000 and event.description.endswith("…")


def test_every_corpus_file_scans_or_fails_clearly(corpus: Path):
    owner = Owner(frozenset({"me@example.com"}), ZoneInfo("America/New_York"))
    window = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))
    files = sorted((corpus / "ics").rglob("*.ics"))
    assert len(files) >= 70
    failures = []
    for path in files:
        try:
            result = IcsSource(str(path), owner).read(*window)
        except CalendarError as error:
            message = str(error)
            assert path.name in message and "\n" not in message
            failures.append(path.name)
            continue
        for event in result.events:
            assert event.start.tzinfo is not None and event.end >= event.start
    # The deliberately broken files fail with a message; everything else reads.
    assert set(failures) <= {
        "big_bad_calendar.ics",
        "issue_104_broken_calendar.ics",
        "fuzz_testcase_vtimezone_lone_cr.ics",
    }
    assert "issue_104_broken_calendar.ics" in failures


def test_a_single_event_is_named_by_its_uid_alone_so_a_move_keeps_it(tmp_path: Path):
    (first,) = read("invite_attendees_room_zoom_in_location.ics").events
    assert first.event_id == "invite-1" and first.recurrence_id is None
    moved = (ICS / "invite_attendees_room_zoom_in_location.ics").read_text()
    moved = moved.replace("20270414T120000Z", "20270415T090000Z").replace(
        "20270414T130000Z", "20270415T100000Z"
    )
    (tmp_path / "moved.ics").write_text(moved)
    (second,) = IcsSource(str(tmp_path / "moved.ics"), OWNER).read(*APRIL).events
    assert second.start != first.start
    assert second.event_id == first.event_id

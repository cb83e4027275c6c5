"""The ICS source's shortcuts: the window pre-filter, and the cache between passes.

Both must be invisible in the result: the events are the same as a full parse
gives, only cheaper. The cache lives in the store because each ``tick`` is a new
process; a 304 or an unchanged file must not cost a parse.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import responses
from responses import matchers

import assistant.sources.ics as ics
from assistant.errors import CalendarError, StoreError
from assistant.sources.event_cache import EventCache, event_from_row, event_row
from assistant.sources.ics import IcsSource, Owner
from assistant.sources.ics_events import expand_calendar, parse_calendar, window_filter
from assistant.store import Store
from tests.conftest import BERLIN, DATA

ICS = DATA / "ics"
OWNER = Owner(frozenset({"me@example.com"}), BERLIN)
START, END = datetime(2027, 4, 1, tzinfo=UTC), datetime(2027, 5, 15, tzinfo=UTC)
URL = "https://calendar.example.org/ical/me/private-0123456789abcdef/basic.ics"


def vevent(uid: str, start: str, *extra: str, end: str | None = None) -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTART:{start}"]
    if end:
        lines.append(f"DTEND:{end}")
    return "\r\n".join([*lines, *extra, "END:VEVENT"]) + "\r\n"


def calendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n" + "".join(events) + "END:VCALENDAR\r\n"
    )


def full_read(data: bytes, start: datetime = START, end: datetime = END, label: str = "x"):
    """The reference: parse everything, no pre-filter, no cache."""
    return expand_calendar(parse_calendar(data, label), start, end, OWNER, label).events


def filtered_read(data: bytes, start: datetime = START, end: datetime = END):
    return expand_calendar(parse_calendar(data, "x", (start, end)), start, end, OWNER, "x").events


# --- the window pre-filter ------------------------------------------------------------------


def test_the_filter_drops_only_single_events_clearly_outside_the_window():
    text = calendar(
        vevent("old", "20200101T100000Z", end="20200101T110000Z"),
        vevent("future", "20300101T100000Z"),
        vevent("inside", "20270410T100000Z", end="20270410T110000Z"),
        vevent("long", "20270301", "SUMMARY:a month away", end="20270402"),
        vevent("series", "20200106T090000Z", "RRULE:FREQ=WEEKLY"),
        vevent("moved", "20300101T090000Z", "RECURRENCE-ID:20270412T090000Z"),
        vevent("duration", "20270301T090000Z", "DURATION:P60D"),
        vevent("folded", "2020\r\n 0101T100000Z"),
        vevent("odd-date", "20209999T100000Z"),
        vevent("swapped", "20270410T100000Z", end="20200101T000000Z"),
        "BEGIN:VEVENT\r\nUID:no-start\r\nEND:VEVENT\r\n",
    )
    kept = window_filter(text, START, END)
    kinds = ("inside", "long", "series", "moved", "duration", "folded", "odd-date", "swapped")
    for uid in (*kinds, "no-start"):
        assert f"UID:{uid}\r\n" in kept, uid
    assert "UID:old\r\n" not in kept and "UID:future\r\n" not in kept
    assert kept.startswith("BEGIN:VCALENDAR") and kept.endswith("END:VCALENDAR\r\n")


def test_an_unterminated_event_never_takes_the_next_one_with_it():
    text = calendar(
        "BEGIN:VEVENT\r\nUID:broken\r\nDTSTART:20200101T100000Z\r\n",
        vevent("inside", "20270410T100000Z"),
    )
    assert "UID:inside" in window_filter(text, START, END)


def test_a_margin_keeps_events_near_the_edges_in_any_timezone():
    # 23:30 on the evening before the window, in a zone 14 hours ahead of UTC.
    text = calendar(vevent("edge", "20270331T233000", "SUMMARY:edge", end="20270401T003000"))
    assert "UID:edge" in window_filter(text, START, END)


@pytest.mark.parametrize("name", sorted(p.name for p in ICS.glob("*.ics")))
def test_the_filter_changes_no_result_on_the_shaped_fixtures(name: str):
    data = (ICS / name).read_bytes()
    try:
        expected = full_read(data)
    except CalendarError:
        with pytest.raises(CalendarError):
            filtered_read(data)
        return
    assert filtered_read(data) == expected


def test_the_filter_changes_no_result_on_the_corpus(corpus: Path):
    windows = [
        (datetime(2012, 1, 1, tzinfo=UTC), datetime(2014, 1, 1, tzinfo=UTC)),
        (datetime(2019, 1, 1, tzinfo=UTC), datetime(2019, 7, 1, tzinfo=UTC)),
        (datetime(2023, 6, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)),
    ]
    compared = events = 0
    for path in sorted((corpus / "ics").rglob("*.ics")):
        data = path.read_bytes()
        for window in windows:
            try:
                expected = full_read(data, *window)
            except CalendarError:
                continue
            assert filtered_read(data, *window) == expected, (path.name, window)
            compared += 1
            events += len(expected)
    assert compared >= 150 and events >= 100


# --- the cache between passes ---------------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path):
    with Store.open(tmp_path / "state.db") as store:
        yield EventCache(store)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts real parses, by watching the one function every read goes through."""
    calls: list[str] = []
    real = ics.parse_calendar

    def counting(data, label, window=None, **options):
        calls.append(label)
        return real(data, label, window, **options)

    monkeypatch.setattr(ics, "parse_calendar", counting)
    return calls


def interview_calendar(path: Path, summary: str = "Second interview at Acme") -> Path:
    path.write_text(
        calendar(
            vevent(
                "acme-2",
                "20270413T120000Z",
                f"SUMMARY:{summary}",
                "ATTENDEE;CN=Priya Raman:mailto:priya@acme.example",
                "ATTENDEE;CN=Me:mailto:me@example.com",
                end="20270413T130000Z",
            ),
            vevent("weekly", "20270105T080000", "RRULE:FREQ=WEEKLY", "SUMMARY:Sync"),
        )
    )
    return path


def test_an_unchanged_file_is_not_parsed_again(tmp_path: Path, cache, parses):
    source = IcsSource(str(interview_calendar(tmp_path / "cal.ics")), OWNER, cache)
    first = source.read(START, END)
    second = IcsSource(source.location, OWNER, cache).read(START, END)  # a new process
    assert len(parses) == 1
    assert not first.unchanged and second.unchanged
    assert second.events == first.events
    assert {str(e.start.tzinfo) for e in second.events} == {"UTC", "Europe/Berlin"}


def test_the_window_moves_inside_the_saved_one_without_a_parse(tmp_path: Path, cache, parses):
    source = IcsSource(str(interview_calendar(tmp_path / "cal.ics")), OWNER, cache)
    source.read(START, END)
    later = source.read(START + timedelta(days=3), END + timedelta(days=3))
    assert len(parses) == 1
    path = tmp_path / "cal.ics"
    window = (START + timedelta(days=3), END + timedelta(days=3))
    assert later.events == full_read(path.read_bytes(), *window, label=str(path))
    source.read(START + timedelta(days=30), END + timedelta(days=30))  # past the saved window
    assert len(parses) == 2


def test_a_changed_file_is_parsed_again(tmp_path: Path, cache, parses):
    path = interview_calendar(tmp_path / "cal.ics")
    source = IcsSource(str(path), OWNER, cache)
    source.read(START, END)
    interview_calendar(path, summary="Final round interview at Acme")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    events = source.read(START, END).events
    assert len(parses) == 2
    assert any(e.summary == "Final round interview at Acme" for e in events)


def test_a_touched_but_identical_file_is_not_parsed(tmp_path: Path, cache, parses):
    path = interview_calendar(tmp_path / "cal.ics")
    source = IcsSource(str(path), OWNER, cache)
    source.read(START, END)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert source.read(START, END).unchanged
    assert source.read(START, END).unchanged
    assert len(parses) == 1


def test_another_owner_does_not_get_the_saved_events(tmp_path: Path, cache, parses):
    path = str(interview_calendar(tmp_path / "cal.ics"))
    IcsSource(path, OWNER, cache).read(START, END)
    other = Owner(frozenset({"someone@else.example"}), ZoneInfo("America/New_York"))
    events = IcsSource(path, other, cache).read(START, END).events
    assert len(parses) == 2
    assert not any(a.is_self for e in events for a in e.attendees)


def test_a_damaged_cache_entry_means_a_fresh_read(tmp_path: Path, cache, parses):
    path = str(interview_calendar(tmp_path / "cal.ics"))
    source = IcsSource(path, OWNER, cache)
    expected = source.read(START, END).events
    key = ics.cache_key(path)
    data = cache.store.sync_state(key)
    data["events"] = [["not", "an", "event"]]
    cache.store.save_sync_state(key, data, datetime.now(UTC))
    assert source.read(START, END).events == expected
    assert len(parses) == 2


def test_a_store_that_cannot_save_costs_only_the_cache(tmp_path: Path, parses):
    class FullStore:
        def sync_state(self, source):
            return {}

        def save_sync_state(self, source, data, now):
            raise StoreError("the disk holding state.db is full")

    source = IcsSource(
        str(interview_calendar(tmp_path / "cal.ics")), OWNER, EventCache(FullStore())
    )
    assert len(source.read(START, END).events) > 1


def test_a_cached_event_is_the_same_value_as_a_parsed_one():
    events = full_read((ICS / "invite_attendees_room_zoom_in_location.ics").read_bytes())
    events += full_read((ICS / "event_rrule_exdate_moved_cancelled.ics").read_bytes())
    assert [event_from_row(event_row(e)) for e in events] == events


# --- URLs: conditional GET ------------------------------------------------------------------


@responses.activate
def test_a_url_answering_304_is_not_downloaded_or_parsed_again(tmp_path: Path, cache, parses):
    body = interview_calendar(tmp_path / "cal.ics").read_bytes()
    validators = {"ETag": '"v1"', "Last-Modified": "Tue, 06 Apr 2027 08:00:00 GMT"}
    responses.get(
        URL,
        status=304,
        match=[matchers.header_matcher({"If-None-Match": '"v1"'})],
    )
    responses.get(URL, body=body, headers=validators)
    first = IcsSource(URL, OWNER, cache).read(START, END)
    second = IcsSource(URL, OWNER, cache).read(START, END)
    assert len(parses) == 1 and second.unchanged
    assert second.events == first.events
    sent = responses.calls[1].request.headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == validators["Last-Modified"]
    assert responses.calls[1].response.status_code == 304


@responses.activate
def test_a_server_without_validators_serving_the_same_bytes_costs_no_parse(
    tmp_path: Path, cache, parses
):
    responses.get(URL, body=interview_calendar(tmp_path / "cal.ics").read_bytes())
    IcsSource(URL, OWNER, cache).read(START, END)
    assert IcsSource(URL, OWNER, cache).read(START, END).unchanged
    assert len(parses) == 1
    assert "If-None-Match" not in responses.calls[1].request.headers


@responses.activate
def test_two_private_links_with_the_same_redacted_label_keep_separate_caches(tmp_path: Path, cache):
    other = URL.replace("0123456789abcdef", "fedcba9876543210")
    assert IcsSource(URL, OWNER).label == IcsSource(other, OWNER).label
    responses.get(URL, body=interview_calendar(tmp_path / "a.ics").read_bytes())
    responses.get(other, body=calendar(vevent("lone", "20270420T100000Z", "SUMMARY:Lone")))
    IcsSource(URL, OWNER, cache).read(START, END)
    (event,) = IcsSource(other, OWNER, cache).read(START, END).events
    assert event.summary == "Lone"


@responses.activate
def test_a_url_declaring_more_than_the_limit_is_refused_before_reading():
    responses.get(
        URL,
        body=b"x" * 10,
        headers={"Content-Length": str(50 * 2**20)},
        auto_calculate_content_length=False,
    )
    with pytest.raises(CalendarError, match="larger than the 40 MB"):
        IcsSource(URL, OWNER).read(START, END)


@responses.activate
def test_a_url_streaming_past_the_limit_is_cut_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ics, "MAX_CALENDAR_BYTES", 100_000)
    responses.get(URL, body=b"BEGIN:VCALENDAR\r\n" + b"X" * 200_000)
    with pytest.raises(CalendarError, match="larger than"):
        IcsSource(URL, OWNER).read(START, END)

"""Google Calendar as a source: first sync and paging, one-request polls, changes, 410."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import responses

from assistant.errors import AuthError, CalendarError
from assistant.models import AttendeeKind, EventStatus, PartStat
from assistant.sources.google import (
    FIELDS,
    GoogleCalendarSource,
    apply_changes,
    event_from_google,
)
from assistant.sources.ics_events import Owner
from assistant.store import Store
from tests.adapters.google_fakes import (
    EVENTS_URL,
    Sleeps,
    api_calls,
    fixture,
    make_api,
    query,
    write_token,
)
from tests.conftest import BERLIN, ME, NOW

OWNER = Owner(frozenset({ME}), BERLIN)
START, END = NOW - timedelta(days=120), NOW + timedelta(days=60)
SYNC_1 = fixture("events_full_page2.json")["nextSyncToken"]
ACME = "0a8sl2hn4tqv1mv3acme2nd@google.com"
GLOBEX = "gl0bex7final4round2data@google.com"
JOB_CLUB = "52ioipnl6747maniqelu3c6kkc@google.com"


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def source(tmp_path: Path, store: Store, sleeps: Sleeps) -> GoogleCalendarSource:
    account = write_token(tmp_path / "google-token.json")
    return GoogleCalendarSource("primary", make_api(account, sleeps), OWNER, store, lambda: NOW)


def serve_first_sync() -> None:
    responses.get(EVENTS_URL, json=fixture("events_full_page1.json"))
    responses.get(EVENTS_URL, json=fixture("events_full_page2.json"))


def by_uid(events: list[Any]) -> dict[str, Any]:
    return {e.event_id: e for e in events}


@responses.activate
def test_first_sync_pages_through_the_window_and_keeps_the_last_token(
    source: GoogleCalendarSource, store: Store
) -> None:
    serve_first_sync()
    result = source.read(START, END)

    first, second = (query(c) for c in responses.calls)
    assert first["singleEvents"] == ["true"]
    assert datetime.fromisoformat(first["timeMin"][0]) == START
    assert "timeMax" not in first and "syncToken" not in first and "orderBy" not in first
    assert first["fields"] == [FIELDS]
    assert second["pageToken"] == ["page-2"] and second["timeMin"] == first["timeMin"]
    assert [e.summary for e in result.events] == [
        "Interview: Product Manager at Acme",
        "Second interview: Product Manager at Acme",
        "Job club weekly check-in",
        "Career fair",
        "Final round interview - Data Analyst (Globex)",
        "Job club weekly check-in",
    ]
    state = store.sync_state("google:primary")
    assert state["sync_token"] == SYNC_1
    assert len(state["events"]) == 6  # birthday, workingLocation, focusTime are not kept
    assert result.label == "google:primary" and not result.unchanged


@responses.activate
def test_events_map_into_the_same_model_as_ics(source: GoogleCalendarSource) -> None:
    serve_first_sync()
    events = by_uid(source.read(START, END).events)
    acme = events[ACME]
    assert acme.start == datetime(2027, 4, 13, 14, 0, tzinfo=BERLIN)
    assert acme.end - acme.start == timedelta(hours=1)
    assert acme.timezone == "Europe/Berlin" and acme.source == "google:primary"
    assert acme.conference_url == "https://meet.google.com/abc-defg-hij"
    assert acme.description.startswith("<p>Hi Alex,</p>")  # raw: plain_text() is used downstream
    assert acme.location == "Acme HQ, Room 4"
    people = {a.email: a for a in acme.attendees}
    assert people[ME].is_self and people[ME].partstat is PartStat.ACCEPTED
    assert people["priya@acme.example"].partstat is PartStat.NEEDS_ACTION
    assert (
        people["sam@acme.example"].optional
        and people["sam@acme.example"].partstat is PartStat.TENTATIVE
    )
    room = people["c_1889room4@resource.calendar.google.com"]
    assert room.kind is AttendeeKind.ROOM
    assert acme.organizer is not None and acme.organizer.email == "jordan@acme.example"
    assert acme.organizer.is_organizer and acme.organizer.name == "Jordan Lee"

    globex = events[GLOBEX]
    assert globex.timezone == "America/New_York"
    assert globex.start.utcoffset() == timedelta(hours=-4)
    assert globex.conference_url == "https://globex.zoom.us/j/5550199"  # found in the location

    instance = events[f"{JOB_CLUB}@20270414T080000Z"]
    assert instance.recurrence_id == datetime(2027, 4, 14, 8, 0, tzinfo=UTC)
    fair = next(e for e in events.values() if e.summary == "Career fair")
    assert fair.all_day and fair.start == datetime(2027, 4, 16, tzinfo=BERLIN)


@responses.activate
def test_a_steady_state_poll_is_exactly_one_request(
    source: GoogleCalendarSource, store: Store
) -> None:
    serve_first_sync()
    before = source.read(START, END)
    responses.get(EVENTS_URL, json=fixture("events_no_changes.json"))
    saved = store.db.execute("SELECT updated_at FROM sync_state").fetchone()[0]

    after = source.read(START + timedelta(minutes=5), END + timedelta(minutes=5))

    assert len(responses.calls) == 3  # two pages, then ONE request for the poll
    poll = query(responses.calls[-1])
    assert poll["syncToken"] == [SYNC_1] and poll["singleEvents"] == ["true"]
    assert not {"timeMin", "timeMax", "orderBy", "pageToken"} & set(poll)
    assert (
        responses.calls[-1].request.headers["Authorization"] == "Bearer ya29.a0-valid-access-token"
    )
    assert after.unchanged
    assert [e.event_id for e in after.events] == [e.event_id for e in before.events]
    assert store.db.execute("SELECT updated_at FROM sync_state").fetchone()[0] == saved


@responses.activate
def test_a_poll_with_a_moved_and_a_cancelled_interview(
    source: GoogleCalendarSource, store: Store
) -> None:
    serve_first_sync()
    source.read(START, END)
    responses.get(EVENTS_URL, json=fixture("events_moved_and_cancelled.json"))

    events = by_uid(source.read(START, END).events)

    assert len(responses.calls) == 3
    acme = events[ACME]
    assert acme.start == datetime(2027, 4, 14, 16, 0, tzinfo=BERLIN)  # same id, new time
    assert acme.status is EventStatus.CONFIRMED
    globex = events[GLOBEX]  # Google sent only {"id", "status"}: the cached copy says what it was
    assert globex.status is EventStatus.CANCELLED and globex.summary.startswith("Final round")
    cancelled = events[f"{JOB_CLUB}@20270421T080000Z"]
    assert cancelled.status is EventStatus.CANCELLED
    assert cancelled.recurrence_id == datetime(2027, 4, 21, 8, 0, tzinfo=UTC)
    assert store.sync_state("google:primary")["sync_token"] == "CKjSzfeFx70CEKjSzfeFx70CGAU="


@responses.activate
def test_410_drops_the_token_and_the_cache_and_syncs_again(
    source: GoogleCalendarSource, store: Store
) -> None:
    serve_first_sync()
    source.read(START, END)
    state = store.sync_state("google:primary")
    state["events"]["stale-id"] = {"id": "stale-id", "summary": "Left over", **_times("2027-04-15")}
    store.save_sync_state("google:primary", state, NOW)
    responses.get(EVENTS_URL, status=410, json=fixture("error_410_full_sync_required.json"))
    serve_first_sync()

    result = source.read(START, END)

    assert len(responses.calls) == 5  # 2 pages; the 410 (not retried); 2 pages again
    assert query(responses.calls[2])["syncToken"] == [SYNC_1]
    resync = query(responses.calls[3])
    assert "syncToken" not in resync and "timeMin" in resync
    assert "Left over" not in {e.summary for e in result.events}
    assert "stale-id" not in store.sync_state("google:primary")["events"]


@responses.activate
def test_a_window_reaching_further_back_lists_everything_again(
    source: GoogleCalendarSource,
) -> None:
    serve_first_sync()
    source.read(START, END)
    serve_first_sync()
    source.read(START - timedelta(days=30), END)
    assert "syncToken" not in query(responses.calls[2])


@responses.activate
def test_without_a_store_the_window_is_listed_and_nothing_kept(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json")
    source = GoogleCalendarSource("primary", make_api(account), OWNER, store=None)
    serve_first_sync()
    events = source.read(START, END).events
    params = query(responses.calls[0])
    assert "timeMin" in params and "timeMax" in params
    assert len(events) == 6


@responses.activate
def test_a_calendar_id_is_escaped_in_the_path(tmp_path: Path, store: Store) -> None:
    account = write_token(tmp_path / "google-token.json")
    calendar_id = "team#jobs@group.calendar.google.com"
    url = "https://www.googleapis.com/calendar/v3/calendars/team%23jobs%40group.calendar.google.com/events"
    responses.get(url, json={"items": [], "nextSyncToken": "t"})
    source = GoogleCalendarSource(calendar_id, make_api(account), OWNER, store, lambda: NOW)
    assert source.read(START, END).label == f"google:{calendar_id}"


@responses.activate
def test_an_unknown_calendar_is_a_calendar_error_naming_the_config_key(
    source: GoogleCalendarSource,
) -> None:
    responses.get(EVENTS_URL, status=404, json=fixture("error_404_not_found.json"))
    with pytest.raises(CalendarError, match="404") as caught:
        source.read(START, END)
    assert "[calendar] google" in (caught.value.fix or "")


@responses.activate
def test_server_errors_are_retried_then_reported_for_the_next_pass(
    source: GoogleCalendarSource, sleeps: Sleeps
) -> None:
    responses.get(EVENTS_URL, status=500, json=fixture("error_500_backend.json"))
    responses.get(EVENTS_URL, status=429, json={"error": {"code": 429}})
    serve_first_sync()
    assert len(source.read(START, END).events) == 6
    assert len(sleeps) == 2

    responses.get(EVENTS_URL, status=503, json=fixture("error_500_backend.json"))
    with pytest.raises(CalendarError, match="will retry"):
        source.read(START, END)


@responses.activate
def test_a_disconnected_account_fails_fast_without_http(source: GoogleCalendarSource) -> None:
    source.api.account.mark_disconnected("Google answered invalid_grant")
    with pytest.raises(AuthError):
        source.read(START, END)
    assert api_calls(responses) == []


def _times(day: str) -> dict[str, Any]:
    return {"start": {"date": day}, "end": {"date": day}}


def test_a_cancellation_of_an_unknown_event_is_ignored() -> None:
    assert apply_changes({}, [{"id": "never-seen", "status": "cancelled"}]) == {}


def test_events_without_an_end_last_no_time() -> None:
    item = {
        "id": "x",
        "summary": "Call",
        "start": {"dateTime": "2027-04-13T09:00:00Z"},
        "endTimeUnspecified": True,
    }
    event = event_from_google(item, OWNER, "google:primary")
    assert event is not None and event.end == event.start and event.uid == "x"


# --- real recorded bodies -----------------------------------------------------------------


def corpus_items(corpus: Path) -> list[dict[str, Any]]:
    google = corpus / "google"
    items = list(json.loads((google / "nango/calendar_events_list_raw.json").read_text())["items"])
    for name in ("calendar_list_upcoming_events.json", "calendar_get_event_instances.json"):
        items += json.loads((google / "nango" / name).read_text())["response"]["items"]
    for name in ("event1.json", "event2.json"):
        items.append(json.loads((google / "libkgapi" / name).read_text()))
    page = (google / "libkgapi/events_fetch_page1_response.txt").read_text()
    items += json.loads(page[page.index("{") :])["items"]
    gdata = json.loads((google / "gdata-provider/gcalItems.json").read_text())
    items += [v for v in gdata.values() if v.get("kind") == "calendar#event"]
    return items


@pytest.mark.corpus
def test_every_recorded_event_maps_or_is_skipped_for_its_type(corpus: Path) -> None:
    items = corpus_items(corpus)
    mapped = [event_from_google(item, OWNER, "google:primary") for item in items]
    skipped = [i for i, e in zip(items, mapped, strict=True) if e is None]
    assert {i["eventType"] for i in skipped} <= {"birthday", "outOfOffice", "focusTime"}
    assert any(i.get("eventType") == "birthday" for i in skipped)
    events = [e for e in mapped if e is not None]
    assert len(events) >= 10
    assert all(e.start.tzinfo is not None and e.end >= e.start for e in events)
    assert any(e.conference_url.startswith("https://meet.google.com/") for e in events)
    assert any(a.kind is AttendeeKind.ROOM for e in events for a in e.attendees)
    assert any(e.all_day for e in events)
    naive = next(e for e in events if e.uid.startswith("go6ijb0b46hlpbu4eeu92njevo"))
    assert naive.start == datetime(2006, 6, 10, 18, 0, tzinfo=BERLIN)  # dateTime without offset

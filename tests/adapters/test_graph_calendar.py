"""Outlook calendars through Graph: first sync and paging, one-request polls, changes,
410 resync, removals and cancellations, and the mapping of Graph's events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import responses

from assistant.errors import AuthError, CalendarError
from assistant.mail.memory import MemoryMailbox
from assistant.models import AttendeeKind, EventStatus, JobState, PartStat
from assistant.runner import run_once
from assistant.sources.graph import (
    WINDOW_SLACK,
    GraphCalendarSource,
    event_from_graph,
    zone_named,
)
from assistant.sources.ics_events import Owner
from assistant.store import Store
from tests.adapters.graph_fakes import (
    GRAPH,
    TOKEN_URL,
    FakeCalendar,
    Sleeps,
    connected_account,
    fixture,
    graph_calls,
    make_api,
    query,
    register_authority,
)
from tests.conftest import BERLIN, ME, NOW, build_services

OWNER = Owner(frozenset({ME}), BERLIN)
START, END = NOW - timedelta(days=120), NOW + timedelta(days=60)
LABEL = "microsoft:calendar"
DELTA_1 = GRAPH + "me/calendarView/delta?$deltatoken=delta-1"


@pytest.fixture
def rsps() -> Any:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def calendar(rsps: Any) -> FakeCalendar:
    return FakeCalendar(rsps)


@pytest.fixture
def source(tmp_path: Path, store: Store) -> GraphCalendarSource:
    return GraphCalendarSource(make_api(connected_account(tmp_path)), OWNER, store, lambda: NOW)


def serve_first_sync(calendar: FakeCalendar) -> None:
    calendar.add(fixture("calendarview_delta_page1.json"))
    calendar.add(fixture("calendarview_delta_page2.json"))


def by_summary(events: list[Any]) -> dict[str, Any]:
    return {e.summary: e for e in events}


def test_first_sync_pages_through_the_window_in_utc_and_keeps_the_delta_link(
    source: GraphCalendarSource, calendar: FakeCalendar, rsps: Any, store: Store
) -> None:
    serve_first_sync(calendar)
    result = source.read(START, END)

    first, second = graph_calls(rsps)
    assert datetime.fromisoformat(query(first)["startDateTime"][0]) == START
    assert datetime.fromisoformat(query(first)["endDateTime"][0]) == END + WINDOW_SLACK
    assert 'outlook.timezone="UTC"' in first.request.headers["Prefer"]
    assert first.request.headers["Authorization"] == "Bearer eyJ0-access-1"
    assert second.request.url == GRAPH + "me/calendarView/delta?$skiptoken=page-2"
    assert len(result.events) == 6 and not result.warnings
    assert store.sync_state(LABEL)["delta_link"] == DELTA_1


def test_a_steady_poll_is_one_request(
    source: GraphCalendarSource, calendar: FakeCalendar, rsps: Any
) -> None:
    serve_first_sync(calendar)
    first = source.read(START, END)
    calendar.add(fixture("calendarview_delta_no_changes.json"))
    before = len(rsps.calls)

    again = source.read(START, END + timedelta(days=1))  # the window moved on a day

    assert len(rsps.calls) == before + 1
    assert rsps.calls[-1].request.url == DELTA_1
    assert again.unchanged and [e.event_id for e in again.events] == [
        e.event_id for e in first.events
    ]


def test_a_change_is_one_request_with_moves_removals_and_cancellations(
    source: GraphCalendarSource, calendar: FakeCalendar, rsps: Any, store: Store
) -> None:
    serve_first_sync(calendar)
    source.read(START, END)
    calendar.add(fixture("calendarview_delta_moved_and_cancelled.json"))
    before = len(rsps.calls)

    result = source.read(START, END)

    assert len(rsps.calls) == before + 1 and not result.unchanged
    events = by_summary(result.events)
    moved = events["Second interview: Product Manager at Acme"]
    assert moved.start == datetime(2027, 4, 14, 16, 0, tzinfo=BERLIN)
    cancelled = events["Canceled: Final round interview - Data Analyst (Globex)"]
    assert cancelled.status is EventStatus.CANCELLED
    club = [e for e in result.events if e.summary == "Job club weekly check-in"]
    removed = [e for e in club if e.status is EventStatus.CANCELLED]
    assert len(club) == 2 and len(removed) == 1  # @removed: kept, marked cancelled
    assert removed[0].recurrence_id == datetime(2027, 4, 14, 16, 0, tzinfo=UTC)
    assert store.sync_state(LABEL)["delta_link"].endswith("delta-3")


@pytest.mark.parametrize(
    ("status", "code"), [(410, "syncStateNotFound"), (400, "SyncStateInvalid")]
)
def test_a_dead_delta_link_drops_the_link_and_the_cache_and_syncs_again(
    source: GraphCalendarSource,
    calendar: FakeCalendar,
    rsps: Any,
    store: Store,
    status: int,
    code: str,
) -> None:
    serve_first_sync(calendar)
    source.read(START, END)
    state = store.sync_state(LABEL)
    state["events"]["stale"] = {
        "id": "stale",
        "subject": "Left over",
        "start": {"dateTime": "2027-04-15T10:00:00", "timeZone": "UTC"},
        "end": {"dateTime": "2027-04-15T11:00:00", "timeZone": "UTC"},
    }
    store.save_sync_state(LABEL, state, NOW)
    calendar.add({"error": {"code": code, "message": "stand-in"}}, status=status)
    serve_first_sync(calendar)

    result = source.read(START, END)

    calls = graph_calls(rsps)
    assert len(calls) == 5  # 2 pages; the 410 (not retried); 2 pages again
    assert calls[2].request.url == DELTA_1
    assert "startDateTime" in query(calls[3])
    assert "Left over" not in by_summary(result.events)
    assert "stale" not in store.sync_state(LABEL)["events"]


def test_410_resync_inside_passes_plans_nothing_twice(
    source: GraphCalendarSource, calendar: FakeCalendar, store: Store
) -> None:
    services = build_services(source, store, MemoryMailbox())  # type: ignore[arg-type]
    serve_first_sync(calendar)
    assert not run_once(services, NOW).errors
    before = sorted((j.job.key, j.job.due_at) for j in store.jobs())
    interviews = sorted(i.event_id for i in store.interviews(active_only=True))
    assert before and interviews

    calendar.add(fixture("error_410_sync_state_not_found.json"), status=410)
    serve_first_sync(calendar)
    again = run_once(services, NOW + timedelta(minutes=5))

    assert not again.errors
    # The same events under the same ids: nothing planned twice, nothing dropped.
    assert sorted((j.job.key, j.job.due_at) for j in store.jobs()) == before
    assert sorted(i.event_id for i in store.interviews(active_only=True)) == interviews
    assert store.jobs(state=JobState.DROPPED) == []


def test_a_window_reaching_beyond_the_delta_link_lists_everything_again(
    source: GraphCalendarSource, calendar: FakeCalendar, rsps: Any
) -> None:
    serve_first_sync(calendar)
    source.read(START, END)
    serve_first_sync(calendar)
    source.read(START, END + WINDOW_SLACK + timedelta(days=1))
    assert "startDateTime" in query(graph_calls(rsps)[2])


def test_mapping_rooms_teams_organizer_own_answer_and_zones(
    source: GraphCalendarSource, calendar: FakeCalendar
) -> None:
    serve_first_sync(calendar)
    events = by_summary(source.read(START, END).events)

    acme = events["Second interview: Product Manager at Acme"]
    assert acme.start == datetime(2027, 4, 13, 14, 0, tzinfo=BERLIN)
    assert acme.timezone == "Europe/Berlin"  # from originalStartTimeZone (a Windows name)
    kinds = {a.email: a.kind for a in acme.attendees}
    assert kinds["room4@acme.example"] is AttendeeKind.ROOM
    assert kinds["jane@acme.example"] is AttendeeKind.PERSON
    assert acme.conference_url.startswith("https://teams.microsoft.com/l/meetup-join/")
    assert acme.organizer is not None and acme.organizer.email == "jane@acme.example"
    assert acme.organizer.is_organizer and acme.location == "Acme HQ, Room 4"
    sam = next(a for a in acme.attendees if a.email == "sam@acme.example")
    assert sam.optional and sam.partstat is PartStat.TENTATIVE
    me = next(a for a in acme.attendees if a.is_self)
    assert me.partstat is PartStat.ACCEPTED  # the event's responseStatus, not "none"

    globex = events["Final round interview - Data Analyst (Globex)"]
    assert globex.timezone == "America/Los_Angeles"
    assert globex.start.utcoffset() == timedelta(hours=-7)
    assert globex.start == datetime(2027, 4, 20, 16, 0, tzinfo=UTC)
    assert next(a for a in globex.attendees if a.is_self).partstat is PartStat.TENTATIVE
    assert globex.conference_url == "https://zoom.us/j/123456789"

    fair = events["Career fair"]
    assert fair.all_day and fair.start == datetime(2027, 4, 16, tzinfo=BERLIN)
    assert fair.end == datetime(2027, 4, 17, tzinfo=BERLIN)
    assert fair.organizer is not None and fair.organizer.is_self


def test_instances_of_a_series_are_named_by_the_series_and_original_start() -> None:
    item = fixture("calendarview_delta_page1.json")["value"][2]
    event = event_from_graph(item, OWNER, LABEL)
    assert event is not None
    assert event.uid == "AAMkClubSeries"
    assert event.recurrence_id == datetime(2027, 4, 7, 16, 0, tzinfo=UTC)
    single = event_from_graph(fixture("calendarview_delta_page1.json")["value"][0], OWNER, LABEL)
    assert single is not None and single.uid.startswith("040000008200E00074C5B7101A82E008")
    assert single.recurrence_id is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("Europe/Lisbon", "Europe/Lisbon"),
        ("tzone://Microsoft/Utc", "Etc/UTC"),
        ("UTC", "UTC"),
    ],
)
def test_graph_zone_names_windows_iana_and_outlook_forms(name: str, key: str) -> None:
    zone = zone_named(name)
    assert zone is not None and getattr(zone, "key", None) == key


def test_an_unknown_zone_is_a_warning_and_the_owner_zone_is_used() -> None:
    item = {**fixture("calendarview_delta_page2.json")["value"][0]}
    item["originalStartTimeZone"] = "Customized Time Zone"
    warnings: list[str] = []
    event = event_from_graph(item, OWNER, LABEL, warnings)
    assert event is not None and event.timezone == "Europe/Berlin"
    assert len(warnings) == 1 and "Customized Time Zone" in warnings[0]
    assert event.start == datetime(2027, 4, 20, 16, 0, tzinfo=UTC)


def test_a_throttled_poll_waits_for_retry_after(
    tmp_path: Path, store: Store, calendar: FakeCalendar, rsps: Any
) -> None:
    sleeps = Sleeps()
    source = GraphCalendarSource(
        make_api(connected_account(tmp_path), sleeps), OWNER, store, lambda: NOW
    )
    calendar.add(fixture("error_429_throttled.json"), status=429, **{"Retry-After": "3"})
    serve_first_sync(calendar)
    assert len(source.read(START, END).events) == 6
    assert sleeps == [3.0] and len(graph_calls(rsps)) == 3


def test_an_expired_grant_is_one_line_naming_connect_microsoft(
    tmp_path: Path, store: Store, rsps: Any
) -> None:
    account = connected_account(tmp_path, expired=True)
    source = GraphCalendarSource(make_api(account), OWNER, store, lambda: NOW)
    register_authority(rsps)
    rsps.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))

    with pytest.raises(AuthError) as caught:
        source.read(START, END)
    assert "\n" not in caught.value.message and "AADSTS70000" in caught.value.message
    assert caught.value.fix == "interview-assistant connect microsoft"
    assert not account.connected
    calls = len(rsps.calls)
    with pytest.raises(AuthError, match="disconnected"):
        source.read(START, END)
    assert len(rsps.calls) == calls  # remembered: no hammering of the token endpoint


def test_a_refused_calendar_is_a_calendar_error_naming_the_fix(
    source: GraphCalendarSource, calendar: FakeCalendar
) -> None:
    calendar.add({"error": {"code": "ErrorAccessDenied", "message": "Access is denied."}}, 403)
    with pytest.raises(CalendarError, match="ErrorAccessDenied") as caught:
        source.read(START, END)
    assert caught.value.fix == "interview-assistant connect microsoft"


def test_without_a_store_a_read_keeps_nothing(
    tmp_path: Path, calendar: FakeCalendar, rsps: Any
) -> None:
    source = GraphCalendarSource(make_api(connected_account(tmp_path)), OWNER, None, lambda: NOW)
    serve_first_sync(calendar)
    result = source.read(START, END)
    assert len(result.events) == 6
    assert datetime.fromisoformat(query(graph_calls(rsps)[0])["endDateTime"][0]) == END


def test_a_refused_sign_in_costs_one_line_in_a_pass_and_the_local_calendar_carries_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rsps: Any
) -> None:
    from assistant.app import App
    from assistant.microsoft import AUTHORITY_ENV, GRAPH_ROOT_ENV
    from assistant.paths import Home
    from tests.adapters.graph_fakes import AUTHORITY_HOST
    from tests.adapters.test_google_runner import ICS

    monkeypatch.setenv(GRAPH_ROOT_ENV, GRAPH)
    monkeypatch.setenv(AUTHORITY_ENV, AUTHORITY_HOST)
    ics = tmp_path / "local.ics"
    ics.write_text(ICS, encoding="utf-8")
    root = tmp_path / "home"
    root.mkdir()
    (root / "config.toml").write_text(
        f'[user]\nemail = "{ME}"\ntimezone = "Europe/Berlin"\n\n'
        f'[calendar]\nics = ["{ics}"]\nmicrosoft = true\n',
        encoding="utf-8",
    )
    app = App.load(Home.at(root))
    connected_account(root, expired=True)
    register_authority(rsps)
    rsps.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))

    with app.open_store() as store:
        for minutes in (0, 5):
            report = run_once(app.services(store), NOW + timedelta(minutes=minutes))
            assert len(report.errors) == 1
            assert "interview-assistant connect microsoft" in report.errors[0]
            assert report.calendars_read == [str(ics)]
        assert [i.uid for i in store.interviews(active_only=True)] == [
            "initech-round-2@example.com"
        ]
    assert len([c for c in rsps.calls if c.request.url == TOKEN_URL]) == 1

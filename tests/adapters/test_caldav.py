"""CalDAV against a real Radicale server: sync tokens, one request when nothing changed.

Each test gets its own calendar collection on the module's Radicale. Requests are
counted with a response hook on the source's own HTTP session, so "one request"
is what actually went over the wire.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from assistant.app import App
from assistant.errors import AuthError, CalendarError
from assistant.models import EventStatus
from assistant.paths import Home
from assistant.sources.caldav import CalDavSource, _Rejected, plain_url
from assistant.sources.ics import Owner
from assistant.store import Store
from tests.conftest import BERLIN, ME, NOW
from tests.servers import (
    PASSWORD,
    USER,
    Radicale,
    free_port,
)

START, END = NOW - timedelta(days=30), NOW + timedelta(days=60)
OWNER = Owner(frozenset({ME}), BERLIN)


def vevent(uid: str, summary: str, start: str, extra: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//tests//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20270101T000000Z",
        f"DTSTART;TZID=Europe/Berlin:{start}",
        "DURATION:PT1H",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Jordan Lee:mailto:jordan@acme.example",
        "ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@acme.example",
        f"ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:{ME}",
        *([extra] if extra else []),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


INTERVIEW = vevent("acme-2", "Second interview: Product Manager at Acme", "20270413T140000")
STANDUP = vevent("standup", "Weekly sync", "20270105T090000", "RRULE:FREQ=WEEKLY;BYDAY=TU")
OLD = vevent("old", "Long ago", "20200101T090000")


class Counter:
    """Counts the HTTP requests a source makes (a response hook on its session)."""

    def __init__(self, source: CalDavSource) -> None:
        self.count = 0
        self.methods: list[str] = []
        self.bodies: list[str] = []
        source.client.session.hooks["response"].append(self)

    def __call__(self, response: Any, *args: Any, **kwargs: Any) -> None:
        self.count += 1
        self.methods.append(response.request.method)
        body = response.request.body or b""
        self.bodies.append(body.decode() if isinstance(body, bytes) else body)

    def take(self) -> int:
        count, self.count = self.count, 0
        self.methods, self.bodies = [], []
        return count


@pytest.fixture
def calendar(radicale: Radicale) -> str:
    url = radicale.new_calendar()
    radicale.put(url, "interview.ics", INTERVIEW)
    radicale.put(url, "standup.ics", STANDUP)
    radicale.put(url, "old.ics", OLD)
    return url


def source_for(url: str, store: Store | None = None, password: str = PASSWORD) -> CalDavSource:
    return CalDavSource(url, USER, lambda: password, OWNER, store, timeout=5)


def summaries(read: Any) -> list[str]:
    return sorted({e.summary for e in read.events})


def test_first_sync_reads_every_event_through_the_ics_path(calendar: str, store: Store) -> None:
    source = source_for(calendar, store)
    counter = Counter(source)
    read = source.read(START, END)
    assert counter.take() == 2  # sync-collection, then one multiget
    assert summaries(read) == ["Second interview: Product Manager at Acme", "Weekly sync"]
    interview = next(e for e in read.events if e.uid == "acme-2")
    assert interview.start == datetime(2027, 4, 13, 14, 0, tzinfo=BERLIN)
    assert interview.organizer is not None and interview.organizer.email == "jordan@acme.example"
    assert interview.source == source.label
    weekly = [e for e in read.events if e.uid == "standup"]
    assert len(weekly) > 5 and all(e.recurrence_id for e in weekly)


def test_an_unchanged_calendar_costs_one_request(calendar: str, store: Store) -> None:
    source = source_for(calendar, store)
    first = source.read(START, END)
    token = store.sync_state(f"caldav:{plain_url(calendar)}")["token"]
    assert token
    counter = Counter(source)
    again = source.read(START, END)
    assert counter.methods == ["REPORT"]
    assert f">{token}</D:sync-token>" in counter.bodies[0]  # it asked only for what is new
    assert counter.take() == 1
    assert again.unchanged
    assert [e.event_id for e in again.events] == [e.event_id for e in first.events]


def test_a_change_is_picked_up_with_one_report_and_one_multiget(
    calendar: str,
    store: Store,
    radicale: Radicale,
) -> None:
    source = source_for(calendar, store)
    source.read(START, END)
    radicale.put(
        calendar,
        "interview.ics",
        INTERVIEW.replace("20270413T140000", "20270414T160000").replace(
            "Second interview", "Second interview (moved)"
        ),
    )
    counter = Counter(source)
    read = source.read(START, END)
    assert counter.count == 2
    assert counter.methods == ["REPORT", "REPORT"]
    moved = next(e for e in read.events if e.uid == "acme-2")
    assert moved.start == datetime(2027, 4, 14, 16, 0, tzinfo=BERLIN)
    assert moved.summary.startswith("Second interview (moved)")
    assert not read.unchanged


def test_a_deleted_event_disappears_without_fetching_anything(
    calendar: str,
    store: Store,
    radicale: Radicale,
) -> None:
    source = source_for(calendar, store)
    source.read(START, END)
    radicale.delete(calendar, "interview.ics")
    counter = Counter(source)
    read = source.read(START, END)
    assert counter.take() == 1
    assert "acme-2" not in {e.uid for e in read.events}


def test_the_sync_token_and_events_survive_a_restart(calendar: str, store: Store) -> None:
    source_for(calendar, store).read(START, END)
    restarted = source_for(calendar, store)  # a new process: only the store remains
    counter = Counter(restarted)
    read = restarted.read(START, END)
    assert counter.take() == 1
    assert "Weekly sync" in summaries(read)


def test_a_token_the_server_forgot_starts_over(calendar: str, store: Store) -> None:
    source = source_for(calendar, store)
    source.read(START, END)
    state = store.sync_state(f"caldav:{plain_url(calendar)}")
    state["token"] = "http://radicale.org/ns/sync/unknown"
    store.save_sync_state(f"caldav:{plain_url(calendar)}", state, NOW)
    read = source_for(calendar, store).read(START, END)
    assert summaries(read) == ["Second interview: Product Manager at Acme", "Weekly sync"]
    assert store.sync_state(f"caldav:{plain_url(calendar)}")["token"] != state["token"]


class NoSyncCollection(CalDavSource):
    """Stands in for a server that refuses sync-collection (Radicale supports it)."""

    def _changes(self, token: str | None) -> Any:
        self.client.report(self.url, "<refused/>", depth=1)  # still costs a request
        raise _Rejected(501)


def test_without_sync_collection_etags_keep_an_unchanged_read_to_one_request(
    calendar: str,
    store: Store,
    radicale: Radicale,
) -> None:
    source = NoSyncCollection(calendar, USER, lambda: PASSWORD, OWNER, store, timeout=5)
    counter = Counter(source)
    first = source.read(START, END)
    assert counter.take() == 3  # the refused REPORT, the PROPFIND, the multiget
    assert summaries(first) == ["Second interview: Product Manager at Acme", "Weekly sync"]
    source.read(START, END)
    assert counter.methods == ["PROPFIND"]
    assert counter.take() == 1
    radicale.put(calendar, "standup.ics", STANDUP.replace("Weekly sync", "Weekly team sync"))
    changed = source.read(START, END)
    assert counter.take() == 2
    assert "Weekly team sync" in summaries(changed)


def test_a_broken_resource_costs_only_itself(calendar: str, store: Store) -> None:
    # Radicale refuses to store a broken event, so plant one where a laxer server's
    # answer would end up: in the cached resources.
    source_for(calendar, store).read(START, END)
    key = f"caldav:{plain_url(calendar)}"
    state = store.sync_state(key)
    state["items"]["/elsewhere/broken.ics"] = {
        "etag": '"1"',
        "ics": "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:broken\r\nDTSTART:2027-04-13\r\n",
    }
    store.save_sync_state(key, state, NOW)
    read = source_for(calendar, store).read(START, END)
    assert "Second interview: Product Manager at Acme" in summaries(read)
    assert any("broken.ics" in w for w in read.warnings)


def test_cancelled_events_are_kept_as_cancelled(
    calendar: str,
    store: Store,
    radicale: Radicale,
) -> None:
    source = source_for(calendar, store)
    source.read(START, END)
    radicale.put(
        calendar, "interview.ics", INTERVIEW.replace("END:VEVENT", "STATUS:CANCELLED\r\nEND:VEVENT")
    )
    read = source.read(START, END)
    assert next(e for e in read.events if e.uid == "acme-2").status is EventStatus.CANCELLED


def test_a_wrong_password_is_an_auth_error_naming_the_fix(calendar: str) -> None:
    with pytest.raises(AuthError) as caught:
        source_for(calendar, password="wrong").read(START, END)
    assert "connect caldav" in (caught.value.fix or "")


def test_a_wrong_address_is_a_calendar_error(radicale: Radicale) -> None:
    with pytest.raises(CalendarError) as caught:
        source_for(f"{radicale.base}/{USER}/no-such-calendar/").read(START, END)
    assert caught.value.fix and "connect caldav" in caught.value.fix


def test_a_server_that_is_down_is_a_calendar_error_to_retry() -> None:
    with pytest.raises(CalendarError, match="will retry"):
        source_for(f"http://127.0.0.1:{free_port()}/cal/").read(START, END)


def test_without_a_store_the_state_is_kept_in_memory(calendar: str) -> None:
    source = source_for(calendar)
    source.read(START, END)
    counter = Counter(source)
    source.read(START, END)
    assert counter.take() == 1


def test_discovery_lists_the_accounts_calendars(calendar: str, radicale: Radicale) -> None:
    found = source_for(radicale.base + "/").discover()
    assert ("Interviews", plain_url(calendar)) in found


def test_the_app_builds_the_source_from_config(
    calendar: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        f'[user]\nemail = "{ME}"\n[caldav]\nurl = "{calendar}"\nusername = "{USER}"\n'
        'password_env = "TEST_CALDAV_PASSWORD"\n'
    )
    monkeypatch.setenv("TEST_CALDAV_PASSWORD", PASSWORD)
    app = App.load(Home.at(home))
    with app.open_store() as store:
        [source] = [s for s in app.sources(store=store) if isinstance(s, CalDavSource)]
        assert source.store is store
        assert "Weekly sync" in summaries(source.read(START, END))
        assert store.sync_state(f"caldav:{plain_url(calendar)}")["token"]

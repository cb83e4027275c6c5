"""How many HTTP requests calendar polling costs at Google and Microsoft, measured offline.

``run()`` replays the recorded-shape fixtures in ``tests/data/google`` and
``tests/data/graph`` through the real adapter stacks (googleapiclient → GoogleHttp →
requests for Google; GraphApi → requests for Microsoft Graph's calendarView delta)
with ``responses`` standing in for both, and counts the requests of: the first sync,
a steady-state poll (nothing changed) and a poll with one change, plus any token
refreshes. ``scripts/bench.py`` calls it; ``python scripts/bench_providers.py``
prints the numbers as JSON.
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "data" / "google"
EVENTS_URL = "https://www.googleapis.com/calendar/v3/calendars/primary/events"
TOKEN_URL = "https://oauth2.googleapis.com/token"
TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2027, 4, 12, 9, 0, tzinfo=TZ)


def _fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text("utf-8"))
    return data


def _connected_account(folder: Path) -> Any:
    """A token valid for the next hour (google-auth checks expiry on the real clock)."""
    from assistant.google import CALENDAR_EVENTS, GMAIL_COMPOSE
    from assistant.google.auth import AccountState, GoogleAccount, write_private

    expiry = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=1)
    token = {
        "token": "ya29.bench",
        "refresh_token": "1//bench",
        "token_uri": TOKEN_URL,
        "client_id": "bench.apps.googleusercontent.com",
        "client_secret": "bench",
        "scopes": [CALENDAR_EVENTS, GMAIL_COMPOSE],
        "expiry": expiry.isoformat(timespec="seconds") + "Z",
    }
    account = GoogleAccount(folder / "google-token.json")
    write_private(account.token_path, json.dumps(token))
    write_private(
        account.state_path,
        AccountState(granted_scopes=(CALENDAR_EVENTS, GMAIL_COMPOSE), connected_at=NOW).to_json(),
    )
    return account


def _one_change() -> dict[str, Any]:
    """An incremental page where one interview moved an hour later."""
    page = _fixture("events_full_page1.json")
    moved = copy.deepcopy(page["items"][0])
    moved["start"]["dateTime"] = "2027-04-13T15:00:00+02:00"
    moved["end"]["dateTime"] = "2027-04-13T16:00:00+02:00"
    return {"nextSyncToken": "bench-sync-2", "items": [moved]}


def run() -> dict[str, int]:
    """Request counts for both providers (keys ``google_…`` and ``microsoft_…``)."""
    return {**run_google(), **run_microsoft()}


def run_google() -> dict[str, int]:
    """Request counts for the first sync, a steady-state poll and a poll with one change."""
    import responses

    from assistant.google.transport import GoogleApi
    from assistant.sources.google import GoogleCalendarSource
    from assistant.sources.ics_events import Owner
    from assistant.store import Store

    start, end = NOW - timedelta(days=120), NOW + timedelta(days=60)
    with (
        tempfile.TemporaryDirectory() as folder,
        responses.RequestsMock() as rsps,
        Store.open(Path(folder) / "state.db") as store,
    ):
        api = GoogleApi(_connected_account(Path(folder)), sleep=lambda seconds: None)
        source = GoogleCalendarSource(
            "primary", api, Owner(frozenset({"me@example.com"}), TZ), store, lambda: NOW
        )
        counts: dict[str, int] = {}

        def measure(name: str, *pages: dict[str, Any]) -> None:
            for page in pages:
                rsps.get(EVENTS_URL, json=page)
            before = len(rsps.calls)
            source.read(start, end)
            counts[name] = len(rsps.calls) - before

        measure(
            "google_first_sync_requests",
            _fixture("events_full_page1.json"),
            _fixture("events_full_page2.json"),
        )
        measure("google_steady_poll_requests", _fixture("events_no_changes.json"))
        measure("google_one_change_poll_requests", _one_change())
        counts["google_token_requests"] = sum(1 for c in rsps.calls if c.request.url == TOKEN_URL)
    return counts


def _one_graph_change() -> dict[str, Any]:
    """A delta round where one interview moved an hour later."""
    from tests.adapters.graph_fakes import fixture

    page = fixture("calendarview_delta_page1.json")
    moved = copy.deepcopy(page["value"][1])
    moved["start"]["dateTime"] = "2027-04-13T13:00:00.0000000"
    moved["end"]["dateTime"] = "2027-04-13T14:00:00.0000000"
    return {"@odata.deltaLink": page["@odata.nextLink"] + "&bench=2", "value": [moved]}


def run_microsoft() -> dict[str, int]:
    """The same three counts for an Outlook calendar through Graph's calendarView delta."""
    import re

    import responses

    from assistant.microsoft.transport import GraphApi
    from assistant.sources.graph import GraphCalendarSource
    from assistant.sources.ics_events import Owner
    from assistant.store import Store
    from tests.adapters.graph_fakes import GRAPH, TOKEN_URL, connected_account, fixture

    start, end = NOW - timedelta(days=120), NOW + timedelta(days=60)
    with (
        tempfile.TemporaryDirectory() as folder,
        responses.RequestsMock() as rsps,
        Store.open(Path(folder) / "state.db") as store,
    ):
        api = GraphApi(connected_account(Path(folder)), sleep=lambda seconds: None)
        source = GraphCalendarSource(
            api, Owner(frozenset({"me@example.com"}), TZ), store, lambda: NOW
        )
        delta = re.compile(re.escape(GRAPH) + r"me/calendarView/delta.*")
        counts: dict[str, int] = {}

        def measure(name: str, *pages: dict[str, Any]) -> None:
            for page in pages:
                rsps.get(delta, json=page)
            before = len(rsps.calls)
            source.read(start, end)
            counts[name] = len(rsps.calls) - before

        measure(
            "microsoft_first_sync_requests",
            fixture("calendarview_delta_page1.json"),
            fixture("calendarview_delta_page2.json"),
        )
        measure("microsoft_steady_poll_requests", fixture("calendarview_delta_no_changes.json"))
        measure("microsoft_one_change_poll_requests", _one_graph_change())
        counts["microsoft_token_requests"] = sum(
            1 for c in rsps.calls if c.request.url.startswith(TOKEN_URL)
        )
    return counts


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    print(json.dumps(run(), indent=2))

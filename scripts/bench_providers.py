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
from collections.abc import Callable
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


def _count_polls(
    prefix: str,
    make_source: Callable[[Path, Any], Any],
    url: Any,
    token_url: str,
    first_sync: list[dict[str, Any]],
    steady: dict[str, Any],
    change: dict[str, Any],
) -> dict[str, int]:
    """Serve ``first_sync``, then ``steady``, then ``change`` at ``url`` and count the
    requests each read of the source takes, plus any requests to ``token_url``."""
    import responses

    from assistant.store import Store

    start, end = NOW - timedelta(days=120), NOW + timedelta(days=60)
    with (
        tempfile.TemporaryDirectory() as folder,
        responses.RequestsMock() as rsps,
        Store.open(Path(folder) / "state.db") as store,
    ):
        source = make_source(Path(folder), store)
        counts: dict[str, int] = {}
        for name, pages in (
            ("first_sync", first_sync),
            ("steady_poll", [steady]),
            ("one_change_poll", [change]),
        ):
            for page in pages:
                rsps.get(url, json=page)
            before = len(rsps.calls)
            source.read(start, end)
            counts[f"{prefix}_{name}_requests"] = len(rsps.calls) - before
        counts[f"{prefix}_token_requests"] = sum(
            1 for c in rsps.calls if c.request.url.startswith(token_url)
        )
    return counts


def _owner() -> Any:
    from assistant.sources.ics_events import Owner

    return Owner(frozenset({"me@example.com"}), TZ)


def run_google() -> dict[str, int]:
    """Google Calendar: the first sync, a steady-state poll and a poll with one change."""
    from assistant.google.transport import GoogleApi
    from assistant.sources.google import GoogleCalendarSource

    def source(folder: Path, store: Any) -> GoogleCalendarSource:
        api = GoogleApi(_connected_account(folder), sleep=lambda seconds: None)
        return GoogleCalendarSource("primary", api, _owner(), store, lambda: NOW)

    return _count_polls(
        "google",
        source,
        EVENTS_URL,
        TOKEN_URL,
        [_fixture("events_full_page1.json"), _fixture("events_full_page2.json")],
        _fixture("events_no_changes.json"),
        _one_change(),
    )


def _one_graph_change() -> dict[str, Any]:
    """A delta round where one interview moved an hour later."""
    from tests.adapters.graph_fakes import fixture

    page = fixture("calendarview_delta_page1.json")
    moved = copy.deepcopy(page["value"][1])
    moved["start"]["dateTime"] = "2027-04-13T13:00:00.0000000"
    moved["end"]["dateTime"] = "2027-04-13T14:00:00.0000000"
    return {"@odata.deltaLink": page["@odata.nextLink"] + "&bench=2", "value": [moved]}


def run_microsoft() -> dict[str, int]:
    """An Outlook calendar through Graph's calendarView delta: the same counts."""
    import re

    from assistant.microsoft.transport import GraphApi
    from assistant.sources.graph import GraphCalendarSource
    from tests.adapters.graph_fakes import GRAPH, connected_account, fixture
    from tests.adapters.graph_fakes import TOKEN_URL as MS_TOKEN_URL

    def source(folder: Path, store: Any) -> GraphCalendarSource:
        api = GraphApi(connected_account(folder), sleep=lambda seconds: None)
        return GraphCalendarSource(api, _owner(), store, lambda: NOW)

    return _count_polls(
        "microsoft",
        source,
        re.compile(re.escape(GRAPH) + r"me/calendarView/delta.*"),
        MS_TOKEN_URL,
        [fixture("calendarview_delta_page1.json"), fixture("calendarview_delta_page2.json")],
        fixture("calendarview_delta_no_changes.json"),
        _one_graph_change(),
    )


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    print(json.dumps(run(), indent=2))

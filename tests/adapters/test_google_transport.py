"""The HTTP object under googleapiclient: retries, what is never retried, endpoints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
import responses
from googleapiclient.errors import HttpError

from assistant.errors import UncertainError
from assistant.google import Endpoints
from assistant.google.auth import GoogleAccount
from assistant.google.transport import (
    MAX_ATTEMPTS,
    QUOTA_DELAY,
    GoogleApi,
    GoogleHttp,
    error_reason,
)
from assistant.retry import MAX_DELAY
from tests.adapters.google_fakes import (
    EVENTS_URL,
    GMAIL,
    TOKEN_URL,
    Sleeps,
    fixture,
    make_api,
    write_token,
)


@pytest.fixture
def account(tmp_path: Path) -> GoogleAccount:
    return write_token(tmp_path / "google-token.json")


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def http(account: GoogleAccount, sleeps: Sleeps) -> GoogleHttp:
    return GoogleHttp(account, sleep=sleeps, rand=lambda: 0.5)


def error(name: str) -> dict[str, Any]:
    return fixture(name)


@responses.activate
def test_429_then_500_then_success_backs_off_and_returns_the_success(
    http: GoogleHttp, sleeps: Sleeps
) -> None:
    responses.get(EVENTS_URL, status=429, json={"error": {"code": 429}})
    responses.get(EVENTS_URL, status=500, json=error("error_500_backend.json"))
    responses.get(EVENTS_URL, json={"items": []})
    response, content = http.request(EVENTS_URL + "?alt=json")
    assert response.status == 200 and json.loads(content) == {"items": []}
    assert len(responses.calls) == 3
    assert sleeps == [0.75, 1.5]  # exponential, with jitter (rand fixed at 0.5)


@responses.activate
def test_backoff_is_capped_and_attempts_are_bounded(http: GoogleHttp, sleeps: Sleeps) -> None:
    responses.get(EVENTS_URL, status=503, json=error("error_500_backend.json"))
    response, _ = http.request(EVENTS_URL)
    assert response.status == 503  # handed back: googleapiclient raises HttpError
    assert len(responses.calls) == MAX_ATTEMPTS
    assert len(sleeps) == MAX_ATTEMPTS - 1 and max(sleeps) <= MAX_DELAY


@responses.activate
def test_retry_after_is_honoured_but_capped(http: GoogleHttp, sleeps: Sleeps) -> None:
    responses.get(EVENTS_URL, status=429, headers={"Retry-After": "7"})
    responses.get(EVENTS_URL, status=429, headers={"Retry-After": "3600"})
    responses.get(EVENTS_URL, json={})
    http.request(EVENTS_URL)
    assert sleeps == [7.0, MAX_DELAY]


@responses.activate
def test_403_rate_limit_is_retried(http: GoogleHttp, sleeps: Sleeps) -> None:
    responses.get(EVENTS_URL, status=403, json=error("error_403_rate_limit.json"))
    responses.get(EVENTS_URL, json={})
    assert http.request(EVENTS_URL)[0].status == 200
    assert len(sleeps) == 1


@responses.activate
def test_403_quota_exceeded_waits_longer_and_only_once(http: GoogleHttp, sleeps: Sleeps) -> None:
    responses.get(EVENTS_URL, status=403, json=error("error_403_quota.json"))
    assert http.request(EVENTS_URL)[0].status == 403
    assert len(responses.calls) == 2
    assert len(sleeps) == 1 and sleeps[0] >= QUOTA_DELAY


@pytest.mark.parametrize("status", [400, 403, 404, 410])
@responses.activate
def test_client_errors_are_never_retried(http: GoogleHttp, sleeps: Sleeps, status: int) -> None:
    responses.get(EVENTS_URL, status=status, json={"error": {"code": status, "errors": []}})
    assert http.request(EVENTS_URL)[0].status == status
    assert len(responses.calls) == 1 and sleeps == []


@responses.activate
def test_a_post_that_got_a_5xx_is_not_repeated(http: GoogleHttp, sleeps: Sleeps) -> None:
    responses.post(GMAIL + "/drafts/send", status=500, json=error("error_500_backend.json"))
    assert http.request(GMAIL + "/drafts/send", "POST", body="{}")[0].status == 500
    assert len(responses.calls) == 1 and sleeps == []


@responses.activate
def test_a_post_refused_with_429_is_retried(http: GoogleHttp, sleeps: Sleeps) -> None:
    responses.post(GMAIL + "/messages/send", status=429)
    responses.post(GMAIL + "/messages/send", json={"id": "19dd"})
    assert http.request(GMAIL + "/messages/send", "POST", body="{}")[0].status == 200
    assert len(responses.calls) == 2


@responses.activate
def test_a_post_that_timed_out_is_uncertain_and_not_repeated(http: GoogleHttp) -> None:
    responses.post(GMAIL + "/drafts/send", body=requests.ReadTimeout("read timed out"))
    with pytest.raises(UncertainError, match="may have been carried out"):
        http.request(GMAIL + "/drafts/send", "POST", body="{}")
    assert len(responses.calls) == 1


@responses.activate
def test_a_get_that_timed_out_is_retried(http: GoogleHttp, sleeps: Sleeps) -> None:
    responses.get(EVENTS_URL, body=requests.ReadTimeout("read timed out"))
    responses.get(EVENTS_URL, json={"items": []})
    assert http.request(EVENTS_URL)[0].status == 200
    assert len(sleeps) == 1


@responses.activate
def test_a_post_that_never_connected_is_retried(http: GoogleHttp) -> None:
    responses.post(GMAIL + "/drafts", body=requests.ConnectTimeout("connect timed out"))
    responses.post(GMAIL + "/drafts", json={"id": "r-1"})
    assert http.request(GMAIL + "/drafts", "POST", body="{}")[0].status == 200


def test_error_reason_reads_the_first_error() -> None:
    assert error_reason(json.dumps(error("error_403_quota.json")).encode()) == "quotaExceeded"
    assert error_reason(b"not json") == ""
    assert error_reason(json.dumps({"error": {"status": "NOT_FOUND"}})) == "NOT_FOUND"


# --- services ---------------------------------------------------------------------------------


@responses.activate
def test_services_send_the_bearer_token_to_googles_paths(account: GoogleAccount) -> None:
    responses.get(EVENTS_URL, json={"items": []})
    responses.get(GMAIL + "/drafts/r-1", json={"id": "r-1"})
    api = make_api(account)
    with api.service("calendar") as calendar:
        calendar.events().list(calendarId="primary").execute()
    with api.service("gmail") as gmail:
        gmail.users().drafts().get(userId="me", id="r-1", format="minimal").execute()
    first, second = (c.request for c in responses.calls)
    assert str(first.url).startswith(EVENTS_URL + "?") and "alt=json" in str(first.url)
    assert str(second.url).startswith(GMAIL + "/drafts/r-1?")
    assert first.headers["Authorization"] == "Bearer ya29.a0-valid-access-token"


@responses.activate
def test_the_api_root_override_keeps_googles_paths(tmp_path: Path) -> None:
    root = "http://localhost:8089/"
    account = write_token(tmp_path / "google-token.json", endpoints=Endpoints(api_root=root))
    responses.get(root + "calendar/v3/calendars/primary/events", json={"items": []})
    responses.post(root + "gmail/v1/users/me/drafts", json={"id": "r-1"})
    api = make_api(account)
    with api.service("calendar") as calendar:
        calendar.events().list(calendarId="primary").execute()
    with api.service("gmail") as gmail:
        gmail.users().drafts().create(userId="me", body={"message": {"raw": "eA"}}).execute()
    assert [str(c.request.url).split("?")[0] for c in responses.calls] == [
        root + "calendar/v3/calendars/primary/events",
        root + "gmail/v1/users/me/drafts",
    ]


@responses.activate
def test_client_errors_reach_the_caller_as_http_errors(account: GoogleAccount) -> None:
    responses.get(EVENTS_URL, status=410, json=error("error_410_full_sync_required.json"))
    with (
        make_api(account).service("calendar") as calendar,
        pytest.raises(HttpError) as caught,
    ):
        calendar.events().list(calendarId="primary", syncToken="old").execute(num_retries=0)
    assert caught.value.resp.status == 410
    assert len(responses.calls) == 1


@responses.activate
def test_a_token_refreshed_by_the_session_is_saved(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json")
    responses.get(EVENTS_URL, status=401, json={"error": {"code": 401}})
    responses.post(TOKEN_URL, json=fixture("token_refreshed.json"))
    responses.get(EVENTS_URL, json={"items": []})
    with make_api(account).service("calendar") as calendar:
        calendar.events().list(calendarId="primary").execute()
    saved = json.loads(account.token_path.read_text())
    assert saved["token"] == "ya29.a0AfB_refreshed-access-token"
    assert [c.request.method for c in responses.calls] == ["GET", "POST", "GET"]


def test_services_are_closed(account: GoogleAccount, monkeypatch: pytest.MonkeyPatch) -> None:
    closed: list[bool] = []
    monkeypatch.setattr(GoogleHttp, "close", lambda self: closed.append(True))
    with GoogleApi(account).service("gmail"):
        assert closed == []
    assert closed == [True]

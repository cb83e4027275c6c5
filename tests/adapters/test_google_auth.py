"""Connecting a Google account: the loopback flow, the token files, refresh, revoke."""

from __future__ import annotations

import json
import os
import stat
import threading
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import responses

from assistant.errors import AuthError, TransientError, UsageError
from assistant.google import (
    CALENDAR_EVENTS,
    CALENDAR_LIST,
    GMAIL_COMPOSE,
    Endpoints,
    scopes_for,
)
from assistant.google.auth import GoogleAccount, write_private
from assistant.google.consent import connect, read_client_secrets
from tests.adapters.google_fakes import (
    DATA,
    REVOKE_URL,
    SCOPES,
    TOKEN_URL,
    fixture,
    write_token,
)

DESKTOP = DATA / "client_secret_desktop.json"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def form(request: Any) -> dict[str, list[str]]:
    body = request.body
    return parse_qs(body.decode() if isinstance(body, bytes) else body)


# --- scopes and files -------------------------------------------------------------------


def test_scopes_are_a_list_and_least_privilege() -> None:
    assert scopes_for(("primary",)) == [CALENDAR_EVENTS, GMAIL_COMPOSE]
    assert scopes_for(("primary", "team@group.calendar.google.com")) == [
        CALENDAR_EVENTS,
        GMAIL_COMPOSE,
        CALENDAR_LIST,
    ]


def test_private_files_are_0600_and_written_atomically(tmp_path: Path) -> None:
    old_umask = os.umask(0)  # even a permissive umask must not widen the mode
    try:
        write_private(tmp_path / "google-token.json", '{"token": "secret"}')
    finally:
        os.umask(old_umask)
    assert mode(tmp_path / "google-token.json") == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["google-token.json"]  # no temp file left


def test_endpoints_from_env() -> None:
    endpoints = Endpoints.from_env(
        {
            "INTERVIEW_ASSISTANT_GOOGLE_API_ROOT": "http://localhost:8089",
            "INTERVIEW_ASSISTANT_GOOGLE_TOKEN_URI": "http://localhost:8089/token",
        }
    )
    assert endpoints.api_root == "http://localhost:8089/"
    assert endpoints.revoke_uri == "http://localhost:8089/revoke"
    assert Endpoints.from_env({}) == Endpoints()


# --- client secrets ---------------------------------------------------------------------------


def test_a_web_application_client_is_refused_with_a_clear_message() -> None:
    with pytest.raises(UsageError, match="Web application") as caught:
        read_client_secrets(DATA / "client_secret_web.json")
    assert "Desktop app" in str(caught.value)


def test_a_missing_client_file_names_where_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no client secrets file") as caught:
        read_client_secrets(tmp_path / "nope.json")
    assert "Google Cloud Console" in (caught.value.fix or "")


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("<html>")
    with pytest.raises(UsageError, match="not JSON"):
        read_client_secrets(tmp_path / "x.json")


def test_the_token_uri_override_applies_to_the_client_file() -> None:
    config = read_client_secrets(DESKTOP, "http://localhost:8089/token")
    assert config["installed"]["token_uri"] == "http://localhost:8089/token"


# --- the loopback flow -----------------------------------------------------------------------


def answering_browser(answer: Callable[[str], dict[str, str]]) -> Callable[..., Any]:
    """A stand-in for ``webbrowser.get()``: its ``open`` GETs the redirect URL, as the
    browser does once the user has clicked through Google's consent page."""

    class Browser:
        def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
            params = parse_qs(urlsplit(url).query)
            target = params["redirect_uri"][0] + "?" + urlencode(answer(params["state"][0]))
            # urllib, not requests: `responses` must not catch the local redirect.
            threading.Thread(
                target=lambda: urllib.request.urlopen(target, timeout=5).read(), daemon=True
            ).start()
            return True

    return lambda *args, **kwargs: Browser()


def granted_token(scope: str, refresh_token: str = "1//0g-new-refresh") -> dict[str, Any]:
    return {
        "access_token": "ya29.a0-fresh",
        "expires_in": 3599,
        "refresh_token": refresh_token,
        "scope": scope,
        "token_type": "Bearer",
    }


@pytest.fixture
def account(tmp_path: Path) -> GoogleAccount:
    return GoogleAccount(tmp_path / "data" / "google-token.json")


@responses.activate
def test_the_loopback_flow_saves_a_private_token_and_the_granted_scopes(
    account: GoogleAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "webbrowser.get", answering_browser(lambda state: {"code": "4/0Ab-code", "state": state})
    )
    responses.post(TOKEN_URL, json=granted_token(" ".join(SCOPES)))
    shown: list[tuple[str, str]] = []

    result = connect(
        account,
        DESKTOP,
        SCOPES,
        timeout_seconds=10,
        on_url=lambda url, redirect: shown.append((url, redirect)),
    )

    assert result.features_off == ()
    assert set(result.granted) == set(SCOPES)
    url, redirect = shown[0]
    params = parse_qs(urlsplit(url).query)
    assert params["scope"] == [" ".join(SCOPES)]
    assert params["access_type"] == ["offline"]
    assert params["code_challenge_method"] == ["S256"]
    assert "prompt" not in params  # first connection: Google shows consent anyway
    assert redirect.startswith("http://localhost:") and urlsplit(redirect).port
    exchange = form(responses.calls[0].request)
    assert exchange["code"] == ["4/0Ab-code"] and exchange["code_verifier"]
    saved = json.loads(account.token_path.read_text())
    assert saved["refresh_token"] == "1//0g-new-refresh"
    assert mode(account.token_path) == 0o600 and mode(account.state_path) == 0o600
    assert set(account.state().granted_scopes) == set(SCOPES)
    assert account.connected


@responses.activate
def test_reconnecting_asks_for_consent_again(
    account: GoogleAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_token(account.token_path)
    browser = answering_browser(lambda state: {"code": "4/0Ab-code", "state": state})
    monkeypatch.setattr("webbrowser.get", browser)
    responses.post(TOKEN_URL, json=granted_token(" ".join(SCOPES)))
    shown: list[str] = []
    connect(account, DESKTOP, SCOPES, timeout_seconds=10, on_url=lambda u, r: shown.append(u))
    assert parse_qs(urlsplit(shown[0]).query)["prompt"] == ["consent"]


@responses.activate
def test_partial_consent_says_which_feature_is_off(
    account: GoogleAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "webbrowser.get", answering_browser(lambda state: {"code": "4/0Ab-code", "state": state})
    )
    responses.post(TOKEN_URL, json=granted_token(CALENDAR_EVENTS))  # Gmail unticked
    result = connect(account, DESKTOP, SCOPES, timeout_seconds=10)
    assert result.granted == (CALENDAR_EVENTS,)
    assert len(result.features_off) == 1 and "Gmail" in result.features_off[0]
    with pytest.raises(AuthError, match=r"Gmail.*gmail\.compose was not granted"):
        account.require(GMAIL_COMPOSE)
    account.require(CALENDAR_EVENTS)


@responses.activate
def test_cancelled_consent_is_explained_and_changes_nothing(
    account: GoogleAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "webbrowser.get",
        answering_browser(lambda state: {"error": "access_denied", "state": state}),
    )
    with pytest.raises(AuthError, match="cancelled") as caught:
        connect(account, DESKTOP, SCOPES, timeout_seconds=10)
    assert "connect google" in (caught.value.fix or "")
    assert not account.token_path.exists()
    assert len(responses.calls) == 0


def test_a_browser_that_never_answers_times_out_clearly(
    account: GoogleAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    with pytest.raises(AuthError, match="no answer from the browser"):
        connect(
            account,
            DESKTOP,
            SCOPES,
            open_browser=False,
            timeout_seconds=0.05,
            on_url=lambda url, redirect: shown.append(url),
        )
    assert shown and shown[0].startswith("https://accounts.google.com/o/oauth2/auth?")
    assert not account.token_path.exists()


# --- loading, refreshing, invalid_grant ------------------------------------------------------


@responses.activate
def test_a_valid_token_is_used_without_any_request(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json")
    assert account.credentials().token == "ya29.a0-valid-access-token"
    assert len(responses.calls) == 0


@responses.activate
def test_an_expired_token_is_refreshed_and_saved_again(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json", expired=True)
    responses.post(
        TOKEN_URL, json={**fixture("token_refreshed.json"), "refresh_token": "1//rotated"}
    )
    creds = account.credentials()
    assert creds.token == "ya29.a0AfB_refreshed-access-token"
    saved = json.loads(account.token_path.read_text())
    assert saved["token"] == creds.token and saved["refresh_token"] == "1//rotated"
    assert mode(account.token_path) == 0o600
    sent = form(responses.calls[0].request)
    assert sent["grant_type"] == ["refresh_token"]
    assert sent["refresh_token"] == ["1//0g-refresh-token"]
    assert account.state().last_refresh == account.clock()


@responses.activate
def test_the_token_uri_override_applies_to_tokens_loaded_from_the_file(tmp_path: Path) -> None:
    endpoints = Endpoints(token_uri="https://proxy.example/oauth/token")
    account = write_token(tmp_path / "google-token.json", expired=True, endpoints=endpoints)
    responses.post("https://proxy.example/oauth/token", json=fixture("token_refreshed.json"))
    account.credentials()
    assert responses.calls[0].request.url == "https://proxy.example/oauth/token"


@responses.activate
def test_invalid_grant_disconnects_the_account_and_names_the_fix(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json", expired=True)
    responses.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))
    with pytest.raises(AuthError, match="invalid_grant") as caught:
        account.credentials()
    assert caught.value.fix == "interview-assistant connect google"
    state = account.state()
    assert state.disconnected_at is not None and "invalid_grant" in state.disconnected_reason
    assert not account.connected
    with pytest.raises(AuthError, match="disconnected since"):
        account.require(CALENDAR_EVENTS)
    assert len(responses.calls) == 1  # the refusal is remembered, not asked again


@responses.activate
def test_a_token_endpoint_that_cannot_be_reached_is_transient(tmp_path: Path) -> None:
    import requests

    account = write_token(tmp_path / "google-token.json", expired=True)
    responses.post(TOKEN_URL, body=requests.ConnectionError("no route to host"))
    with pytest.raises(TransientError):
        account.credentials()
    assert account.connected  # a network problem is not a refusal


def test_no_token_file_means_not_connected(tmp_path: Path) -> None:
    account = GoogleAccount(tmp_path / "google-token.json")
    with pytest.raises(AuthError, match="no Google account is connected") as caught:
        account.require(CALENDAR_EVENTS)
    assert "--client-secrets" in (caught.value.fix or "")


# --- revoke ----------------------------------------------------------------------------------


@responses.activate
def test_revoke_posts_the_refresh_token_then_deletes_the_files(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json")
    responses.post(REVOKE_URL, body="")
    assert account.revoke() is True
    request = responses.calls[0].request
    assert form(request) == {"token": ["1//0g-refresh-token"]}
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert not account.token_path.exists() and not account.state_path.exists()


@responses.activate
def test_revoke_deletes_the_files_even_when_google_cannot_confirm(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json")
    responses.post(REVOKE_URL, status=503)
    assert account.revoke() is False
    assert not account.token_path.exists()


@responses.activate
def test_revoking_an_already_revoked_token_counts_as_done(tmp_path: Path) -> None:
    account = write_token(tmp_path / "google-token.json")
    responses.post(REVOKE_URL, status=400, json={"error": "invalid_token"})
    assert account.revoke() is True

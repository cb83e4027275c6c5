"""What ``doctor`` and ``status`` learn about the Google account."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.app import App
from assistant.config import parse_settings
from assistant.google import CALENDAR_EVENTS
from assistant.google.auth import GoogleAccount
from assistant.google.health import google_checks
from assistant.paths import Home
from tests.adapters.google_fakes import CONNECTED_AT, write_token

ME = "me@example.com"


def app_with(tmp_path: Path, **raw: Any) -> App:
    return App(Home.at(tmp_path), parse_settings({"user": {"email": ME}, **raw}))


def by_name(checks: list[Any]) -> dict[str, Any]:
    return {c.name: c for c in checks}


def test_nothing_to_say_when_google_is_not_used(tmp_path: Path) -> None:
    assert google_checks(app_with(tmp_path)) == []


def test_configured_but_not_connected_names_the_command(tmp_path: Path) -> None:
    (check,) = google_checks(app_with(tmp_path, calendar={"google": True}))
    assert not check.ok and "connect google" in (check.fix or "")


def test_a_fresh_connection_warns_about_the_testing_expiry(tmp_path: Path) -> None:
    app = app_with(tmp_path, calendar={"google": True}, mail={"backend": "gmail"})
    write_token(app.home.google_token)
    checks = by_name(google_checks(app, now=CONNECTED_AT + timedelta(days=2)))
    assert checks["Google account"].ok
    assert checks["Google scopes"].ok and "gmail.compose" in checks["Google scopes"].detail
    assert "connected 2 days ago" in checks["Google token age"].detail
    testing = checks["Google app publishing status"]
    assert testing.warning and "Apr 8, 2027" in testing.detail and "Publish" in (testing.fix or "")


def test_a_sign_in_older_than_seven_days_proves_the_app_is_published(tmp_path: Path) -> None:
    app = app_with(tmp_path, calendar={"google": True})
    account = write_token(app.home.google_token)
    account.clock = lambda: CONNECTED_AT + timedelta(days=9)
    account.save_credentials(account.credentials())  # a refresh recorded on day 9
    testing = by_name(google_checks(app, now=CONNECTED_AT + timedelta(days=9)))[
        "Google app publishing status"
    ]
    assert testing.ok and not testing.warning and "published" in testing.detail


def test_a_missing_scope_names_the_feature_that_is_off(tmp_path: Path) -> None:
    app = app_with(tmp_path, calendar={"google": True}, mail={"backend": "gmail"})
    write_token(app.home.google_token, granted=[CALENDAR_EVENTS])
    scopes = by_name(google_checks(app, now=CONNECTED_AT))["Google scopes"]
    assert not scopes.ok and "Gmail" in scopes.detail


def test_a_disconnected_account_says_why(tmp_path: Path) -> None:
    app = app_with(tmp_path, calendar={"google": True})
    write_token(app.home.google_token)
    GoogleAccount(
        app.home.google_token, clock=lambda: datetime(2027, 4, 9, tzinfo=UTC)
    ).mark_disconnected("Google answered invalid_grant")
    (check,) = google_checks(app)
    assert not check.ok and "invalid_grant" in check.detail
    assert "disconnected on Fri, Apr 9, 2027, 12:00 AM UTC" in check.detail
    assert check.fix == "interview-assistant connect google"

"""What ``doctor`` and ``status`` say about the Microsoft account: token, scopes, reach."""

from __future__ import annotations

from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from assistant.cli import cli
from assistant.config import parse_settings
from assistant.mail.graph import GraphMailbox
from assistant.microsoft import AUTHORITY_ENV, GRAPH_ROOT_ENV
from assistant.microsoft.health import microsoft_checks
from assistant.ops.status import connected_calendars, connected_mailbox
from assistant.sources.graph import GraphCalendarSource
from tests.adapters.graph_fakes import (
    AUTHORITY_HOST,
    GRAPH,
    TOKEN_URL,
    USERNAME,
    connected_account,
    fixture,
    make_api,
    register_authority,
)
from tests.adapters.test_google_health import app_with, by_name

BOTH = {"calendar": {"microsoft": True}, "mail": {"backend": "graph"}}


def test_nothing_to_say_when_microsoft_is_not_used(tmp_path: Path) -> None:
    assert microsoft_checks(app_with(tmp_path)) == []


def test_configured_but_not_connected_names_the_command(tmp_path: Path) -> None:
    (check,) = microsoft_checks(app_with(tmp_path, **BOTH))
    assert not check.ok and "connect microsoft --client-id" in (check.fix or "")


@responses.activate
def test_a_healthy_account_shows_who_scopes_and_reach(tmp_path: Path) -> None:
    app = app_with(tmp_path, **BOTH)
    api = make_api(connected_account(tmp_path))
    responses.get(GRAPH + "me", json={"mail": USERNAME, "userPrincipalName": USERNAME})
    checks = by_name(microsoft_checks(app, api))
    assert all(c.ok for c in checks.values()), checks
    assert USERNAME in checks["Microsoft account"].detail
    assert "Calendars.Read" in checks["Microsoft scopes"].detail
    assert checks["Microsoft Graph"].detail == f"reachable; signed in as {USERNAME}"


def test_a_missing_scope_says_which_feature_is_off(tmp_path: Path) -> None:
    app = app_with(tmp_path, **BOTH)
    account = connected_account(tmp_path, granted=("Calendars.Read", "User.Read"))
    with responses.RequestsMock() as rsps:
        rsps.get(GRAPH + "me", json={"mail": USERNAME})
        scopes = by_name(microsoft_checks(app, make_api(account)))["Microsoft scopes"]
    assert not scopes.ok and "Outlook drafts (drafts cannot be made in Outlook) is off" in (
        scopes.detail
    )
    assert "admin" in (scopes.fix or "")


@responses.activate
def test_an_expired_grant_is_one_line_naming_connect_microsoft(tmp_path: Path) -> None:
    app = app_with(tmp_path, **BOTH)
    api = make_api(connected_account(tmp_path, expired=True))
    register_authority(responses)
    responses.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))
    reach = by_name(microsoft_checks(app, api))["Microsoft Graph"]
    assert not reach.ok and "\n" not in reach.detail and "AADSTS70000" in reach.detail
    assert reach.fix == "interview-assistant connect microsoft"
    (account,) = microsoft_checks(app, api)  # from now on: disconnected, no request
    assert not account.ok and "invalid_grant" in account.detail
    assert len(responses.calls) == 2


def test_doctor_runs_the_microsoft_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(
        f'[user]\nemail = "{USERNAME}"\ntimezone = "Europe/Berlin"\n\n'
        '[calendar]\nmicrosoft = true\n\n[mail]\nbackend = "graph"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("INTERVIEW_ASSISTANT_HOME", str(home))
    monkeypatch.setenv(GRAPH_ROOT_ENV, GRAPH)
    monkeypatch.setenv(AUTHORITY_ENV, AUTHORITY_HOST)
    result = CliRunner().invoke(cli, ["doctor"])
    assert "Microsoft account" in result.output
    assert "interview-assistant connect microsoft --client-id" in result.output


def test_the_app_builds_graph_adapters_only_when_configured(tmp_path: Path) -> None:
    plain = app_with(tmp_path)
    assert not any(isinstance(s, GraphCalendarSource) for s in plain.sources())
    app = app_with(tmp_path, **BOTH)
    assert app.has_calendars()
    assert [type(s) for s in app.sources()] == [GraphCalendarSource]
    assert isinstance(app.mailbox(), GraphMailbox)
    assert [a.kind for a in connected_calendars(app)] == ["microsoft"]
    assert connected_mailbox(app).kind == "graph"


def test_graph_backend_needs_the_user_address(tmp_path: Path) -> None:
    from assistant.errors import ConfigError

    with pytest.raises(ConfigError, match=r"'user\.email' is needed when mail\.backend is graph"):
        parse_settings({"mail": {"backend": "graph"}})
    with pytest.raises(ConfigError, match=r"'calendar\.microsoft'"):
        parse_settings({"calendar": {"microsoft": "yes"}})

"""Connecting a Microsoft account through a stand-in authority, as the user runs it:
the loopback flow with PKCE, the device code, partial consent, refresh and forgetting."""

from __future__ import annotations

import json
import stat
import urllib.request
import webbrowser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import responses
from click.testing import CliRunner

from assistant.cli import cli
from assistant.errors import AuthError, TransientError
from assistant.microsoft import AUTHORITY_ENV, GRAPH_ROOT_ENV, SCOPES, Endpoints
from assistant.microsoft.auth import MicrosoftAccount
from tests.adapters.graph_fakes import (
    AUTHORITY,
    AUTHORITY_HOST,
    CLIENT_ID,
    DEVICE_URL,
    GRAPH,
    TOKEN_URL,
    USERNAME,
    connected_account,
    fixture,
    make_api,
    register_authority,
    token_answer,
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home"
    monkeypatch.setenv("INTERVIEW_ASSISTANT_HOME", str(root))
    monkeypatch.setenv(AUTHORITY_ENV, AUTHORITY_HOST)
    monkeypatch.setenv(GRAPH_ROOT_ENV, GRAPH)
    return root


@pytest.fixture
def rsps() -> Any:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        register_authority(mock)
        yield mock


def account_of(home: Path) -> MicrosoftAccount:
    return MicrosoftAccount(home / "microsoft-token.json", Endpoints.from_env())


class Browser:
    """Stands in for the user's browser: reads the sign-in address, "signs in", and
    follows the redirect to the loopback server with a code (or an error)."""

    def __init__(self, answer: dict[str, str] | None = None) -> None:
        self.answer = answer
        self.auth_uri = ""

    def params(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(urlsplit(self.auth_uri).query).items()}

    def __call__(self, url: str) -> bool:
        self.auth_uri = url
        params = self.params()
        assert params["response_mode"] == "form_post"
        answer = self.answer or {"code": "M.C-auth-code", "state": params["state"]}
        form = urlencode(answer).encode()
        with urllib.request.urlopen(params["redirect_uri"], data=form, timeout=10) as page:
            assert b"Signed in" in page.read()
        return True


def token_endpoint(rsps: Any, browser: Browser, scope: str | None = None) -> list[dict[str, Any]]:
    forms: list[dict[str, Any]] = []

    def answer(request: Any) -> Any:
        form = {k: v[0] for k, v in parse_qs(request.body).items()}
        forms.append(form)
        nonce = browser.params().get("nonce")
        body = token_answer(nonce=nonce, **({"scope": scope} if scope else {}))
        return 200, {"Content-Type": "application/json"}, json.dumps(body)

    rsps.add_callback("POST", TOKEN_URL, callback=answer)
    return forms


def test_connect_microsoft_signs_in_through_the_loopback_with_pkce(
    home: Path, rsps: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = Browser()
    monkeypatch.setattr(webbrowser, "open", browser)
    forms = token_endpoint(rsps, browser)

    result = CliRunner().invoke(cli, ["connect", "microsoft", "--client-id", CLIENT_ID])

    assert result.exit_code == 0, result.output
    assert f"Connected to Microsoft as {USERNAME}" in result.output
    assert "[calendar]\nmicrosoft = true" in result.output and 'backend = "graph"' in result.output
    sent = browser.params()
    assert browser.auth_uri.startswith(AUTHORITY + "/oauth2/v2.0/authorize?")
    assert sent["code_challenge_method"] == "S256" and sent["client_id"] == CLIENT_ID
    assert sent["redirect_uri"].startswith("http://localhost:")
    assert set(sent["scope"].split()) == {*SCOPES, "offline_access", "openid", "profile"}
    [form] = forms
    assert form["grant_type"] == "authorization_code" and form["code"] == "M.C-auth-code"
    assert form["code_verifier"] and form["redirect_uri"] == sent["redirect_uri"]
    # Only the stand-in was asked: no instance discovery at login.microsoftonline.com.
    assert all(c.request.url.startswith(AUTHORITY) for c in rsps.calls)

    account = account_of(home)
    for path in (account.token_path, account.state_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert account.client_id == CLIENT_ID and account.tenant == "common"
    assert account.state().granted_scopes == SCOPES and account.username == USERNAME
    assert account.access_token() == "eyJ0-access-1"  # from the cache: no request
    assert len(rsps.calls) == 2


def test_connect_microsoft_with_a_device_code(home: Path, rsps: Any) -> None:
    message = (
        "To sign in, use a web browser to open the page https://microsoft.com/devicelogin"
        " and enter the code ABCD-EFGH to authenticate."
    )
    rsps.post(
        DEVICE_URL,
        json={
            "device_code": "device-code-1",
            "user_code": "ABCD-EFGH",
            "verification_uri": "https://microsoft.com/devicelogin",
            "expires_in": 900,
            "interval": 0,
            "message": message,
        },
    )
    rsps.post(TOKEN_URL, status=400, json={"error": "authorization_pending"})
    rsps.post(TOKEN_URL, json=token_answer())

    result = CliRunner().invoke(
        cli,
        [
            "connect",
            "microsoft",
            "--device-code",
            "--client-id",
            CLIENT_ID,
            "--authority",
            "common",
        ],
    )

    assert result.exit_code == 0, result.output
    assert message in result.output and "Connected to Microsoft" in result.output
    device, pending, granted = [c for c in rsps.calls if c.request.method == "POST"]
    assert "scope=" in device.request.body and "Mail.Send" in device.request.body
    assert "device_code=device-code-1" in granted.request.body
    assert pending.request.body == granted.request.body  # polled again after "pending"
    assert account_of(home).connected


def test_a_declined_device_code_is_one_line(home: Path, rsps: Any) -> None:
    rsps.post(
        DEVICE_URL,
        json={
            "device_code": "d",
            "user_code": "U",
            "verification_uri": "v",
            "interval": 0,
            "expires_in": 900,
            "message": "enter U",
        },
    )
    rsps.post(TOKEN_URL, status=400, json={"error": "authorization_declined"})
    result = CliRunner().invoke(cli, ["connect", "microsoft", "--device-code", "--client-id", "x"])
    assert result.exit_code == 1
    assert "error: the sign-in was cancelled or declined" in result.output
    assert not account_of(home).token_path.exists()


def test_partial_consent_names_what_is_off(
    home: Path, rsps: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = Browser()
    monkeypatch.setattr(webbrowser, "open", browser)
    token_endpoint(rsps, browser, scope="Calendars.Read User.Read openid profile offline_access")
    result = CliRunner().invoke(cli, ["connect", "microsoft", "--client-id", CLIENT_ID])
    assert result.exit_code == 0, result.output
    assert "Outlook drafts (drafts cannot be made in Outlook)" in result.output
    assert "administrator may have to approve" in result.output
    assert account_of(home).state().granted_scopes == ("Calendars.Read", "User.Read")
    with pytest.raises(AuthError, match=r"Mail\.Send was not granted"):
        account_of(home).require("Mail.Send")


def test_a_cancelled_sign_in_is_one_line(
    home: Path, rsps: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webbrowser, "open", Browser({"error": "access_denied"}))
    result = CliRunner().invoke(cli, ["connect", "microsoft", "--client-id", CLIENT_ID])
    assert result.exit_code == 1
    assert "error: the sign-in was cancelled or declined" in result.output
    assert "fix: interview-assistant connect microsoft" in result.output


def test_connecting_without_a_client_id_names_the_option(home: Path) -> None:
    result = CliRunner().invoke(cli, ["connect", "microsoft"])
    assert result.exit_code == 2 and "--client-id" in result.output


def test_revoke_forgets_the_sign_in(home: Path) -> None:
    account = connected_account(home)
    result = CliRunner().invoke(cli, ["connect", "microsoft", "--revoke"])
    assert result.exit_code == 0, result.output
    assert not account.token_path.exists() and not account.state_path.exists()
    assert "account.live.com/consent/Manage" in result.output
    again = CliRunner().invoke(cli, ["disconnect", "microsoft"])
    assert "nothing to do" in again.output


def test_an_expired_access_token_is_refreshed_and_saved(tmp_path: Path, rsps: Any) -> None:
    account = connected_account(tmp_path, expired=True)
    rsps.post(TOKEN_URL, json=token_answer(access_token="eyJ0-access-2", refresh_token="rt-2"))
    assert account.access_token() == "eyJ0-access-2"
    [_, refresh] = rsps.calls
    form = parse_qs(refresh.request.body)
    assert form["grant_type"] == ["refresh_token"] and form["refresh_token"] == ["M.C-refresh-1"]
    assert "rt-2" in account.token_path.read_text()  # the rotated refresh token is kept
    assert account.state().last_refresh == account.clock()
    assert account.access_token() == "eyJ0-access-2" and len(rsps.calls) == 2


def test_a_401_refreshes_the_token_once_and_repeats_the_request(tmp_path: Path, rsps: Any) -> None:
    api = make_api(connected_account(tmp_path))
    rsps.get(GRAPH + "me", status=401, json={"error": {"code": "InvalidAuthenticationToken"}})
    rsps.post(TOKEN_URL, json=token_answer(access_token="eyJ0-access-2"))
    rsps.get(GRAPH + "me", json={"mail": USERNAME})
    assert api.request("GET", "me") == {"mail": USERNAME}
    graph = [c for c in rsps.calls if c.request.url.startswith(GRAPH)]
    assert [c.request.headers["Authorization"] for c in graph] == [
        "Bearer eyJ0-access-1",
        "Bearer eyJ0-access-2",
    ]


def test_an_unreachable_token_endpoint_is_transient_and_keeps_the_account(
    tmp_path: Path, rsps: Any
) -> None:
    import requests

    account = connected_account(tmp_path, expired=True)
    rsps.post(TOKEN_URL, body=requests.ConnectionError("no route"))
    with pytest.raises(TransientError, match="will retry"):
        account.access_token()
    assert account.connected


def test_invalid_grant_disconnects_with_one_line(tmp_path: Path, rsps: Any) -> None:
    account = connected_account(tmp_path, expired=True)
    rsps.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))
    with pytest.raises(AuthError) as caught:
        account.access_token()
    assert caught.value.message.startswith(
        "Microsoft no longer accepts the saved sign-in (invalid_grant (AADSTS70000))"
    )
    assert caught.value.fix == "interview-assistant connect microsoft"
    assert "invalid_grant" in account.state().disconnected_reason


def test_an_answer_to_another_request_is_refused(
    home: Path, rsps: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webbrowser, "open", Browser({"code": "stolen", "state": "forged"}))
    result = CliRunner().invoke(cli, ["connect", "microsoft", "--client-id", CLIENT_ID])
    assert result.exit_code == 1 and "did not match this request" in result.output
    assert not [c for c in rsps.calls if c.request.url == TOKEN_URL]

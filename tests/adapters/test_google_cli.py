"""``connect google`` and ``disconnect google`` as the user runs them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import responses
from click.testing import CliRunner

from assistant.cli import cli
from assistant.google import CALENDAR_EVENTS, FEATURES, GMAIL_COMPOSE
from assistant.google.auth import GoogleAccount
from assistant.google.consent import Connected
from tests.adapters.google_fakes import DATA, REVOKE_URL, SCOPES, write_token

DESKTOP = str(DATA / "client_secret_desktop.json")


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def token_server() -> Iterator[str]:
    """A local stand-in for Google's token endpoint, for the subprocess test."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            form = parse_qs(self.rfile.read(length).decode())
            assert form["grant_type"] == ["authorization_code"] and form["code_verifier"]
            body = json.dumps(
                {
                    "access_token": "ya29.a0-local",
                    "expires_in": 3599,
                    "refresh_token": "1//local-refresh",
                    "scope": " ".join(SCOPES),
                    "token_type": "Bearer",
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/token"
    server.shutdown()
    server.server_close()


def test_no_browser_prints_the_address_at_once_and_finishes_the_flow(
    tmp_path: Path, token_server: str
) -> None:
    """A real process, stdout a pipe: the address must arrive before the flow waits."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "INTERVIEW_ASSISTANT_HOME": str(home),
        "INTERVIEW_ASSISTANT_GOOGLE_TOKEN_URI": token_server,
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant",
            "connect",
            "google",
            "--client-secrets",
            DESKTOP,
            "--no-browser",
            "--timeout",
            "30",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if line.strip().startswith("https://accounts.google.com/"):
                break
        params = parse_qs(urlsplit(lines[-1].strip()).query)
        redirect = params["redirect_uri"][0]
        answer = urlencode({"code": "4/0Ab-code", "state": params["state"][0]})
        urllib.request.urlopen(f"{redirect}?{answer}", timeout=10).read()
        # Read the rest through the same buffered pipe object: communicate() reads the
        # raw descriptor and would lose lines already buffered by the loop above.
        rest = process.stdout.read()
        assert process.stderr is not None
        errors = process.stderr.read()
        process.wait(timeout=30)
    finally:
        process.kill()
    output = "".join(lines) + rest
    assert process.returncode == 0, errors
    port = urlsplit(redirect).port
    assert f"ssh -L {port}:localhost:{port}" in output
    assert "Connected to Google" in output
    token = home / "google-token.json"
    assert json.loads(token.read_text())["refresh_token"] == "1//local-refresh"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600


def test_connect_reports_features_left_off_and_the_config_to_add(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []

    def fake_connect(
        account: GoogleAccount, secrets: Path, scopes: list[str], **kw: Any
    ) -> Connected:
        calls.append({"scopes": scopes, **kw})
        kw["on_url"]("https://accounts.google.com/o/oauth2/auth?x=1", "http://localhost:8765/")
        return Connected((CALENDAR_EVENTS,), (FEATURES[GMAIL_COMPOSE],))

    monkeypatch.setattr("assistant.cli.google.connect", fake_connect)
    result = run("connect", "google", "--client-secrets", DESKTOP, "--no-browser", "--port", "8765")
    assert result.exit_code == 0, result.output
    assert calls[0]["open_browser"] is False and calls[0]["port"] == 8765
    assert calls[0]["scopes"] == SCOPES
    assert "ssh -L 8765:localhost:8765" in result.stdout
    assert "Gmail" in result.stderr and "not granted" in result.stderr
    assert "google = true" in result.stdout


@pytest.mark.parametrize(
    ("secrets", "message"),
    [
        (str(DATA / "client_secret_web.json"), "Web application"),
        ("/nonexistent/client_secret.json", "no client secrets file"),
    ],
)
def test_wrong_client_files_get_one_clear_line(home: Path, secrets: str, message: str) -> None:
    result = run("connect", "google", "--client-secrets", secrets)
    assert result.exit_code == 2
    assert message in result.stderr and "Desktop app" in result.stderr
    assert "Traceback" not in result.output


@responses.activate
def test_disconnect_revokes_and_deletes_the_token(home: Path) -> None:
    token = home / "google-token.json"
    write_token(token)
    responses.post(REVOKE_URL, body="")
    result = run("disconnect", "google")
    assert result.exit_code == 0
    assert "revoked" in result.stdout
    assert not token.exists() and len(responses.calls) == 1


def test_disconnect_without_an_account_does_nothing(home: Path) -> None:
    result = run("disconnect", "google")
    assert result.exit_code == 0 and "nothing to do" in result.stdout


def test_a_machine_without_a_browser_waits_on_the_printed_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server with no browser: the flow goes on without opening one (the library would
    raise webbrowser.Error mid-flow, a traceback after the link was printed)."""
    import webbrowser

    from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError

    from assistant.errors import AuthError
    from assistant.google import consent

    def no_browser(*args: object, **kwargs: object) -> None:
        raise webbrowser.Error("could not locate runnable browser")

    asked: dict[str, Any] = {}

    def run_local_server(self: Any, **kwargs: Any) -> None:
        asked.update(kwargs)
        raise WSGITimeoutError("no answer")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    monkeypatch.setattr(InstalledAppFlow, "run_local_server", run_local_server)
    assert not consent.browser_available()
    account = GoogleAccount(tmp_path / "google-token.json")
    with pytest.raises(AuthError, match="no answer from the browser"):
        consent.connect(account, Path(DESKTOP), ["openid"], timeout_seconds=1)
    assert asked["open_browser"] is False

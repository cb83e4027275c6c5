"""Operator mode's token commands as an operator runs them: ``connect google|microsoft
--account ID`` keeps the sign-in encrypted in the deployment database, ``disconnect
… --account ID`` removes it, ``rotate-keys`` re-encrypts; single-user commands load none
of it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import responses
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.google import CALENDAR_LIST
from assistant.google.auth import GoogleAccount
from assistant.microsoft import AUTHORITY_ENV, GRAPH_ROOT_ENV
from assistant.microsoft.auth import MicrosoftAccount
from tests.adapters import google_fakes, graph_fakes
from tests.adapters.test_google_auth import answering_browser, granted_token
from tests.adapters.test_google_cli import DESKTOP
from tests.operator.vault_db import (  # noqa: F401 (fixtures)
    NEW_KEY,
    OLD_KEY,
    connection,
    deployment,
    operator_db,
    raw_rows,
)
from tests.postgres_server import postgres_server  # noqa: F401 (fixture)

pytest.importorskip(
    "cryptography", reason="cryptography is not installed (pip install -e '.[test]')"
)
pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")

from assistant.operator.settings import DATABASE_URL_ENV, TOKEN_KEYS_ENV
from assistant.operator.vault import DatabaseTokenStore, TokenVault


@pytest.fixture
def operator_env(deployment: str, home: Path, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    """Operator mode on for this test: the deployment database and one key."""
    monkeypatch.setenv(DATABASE_URL_ENV, deployment)
    monkeypatch.setenv(TOKEN_KEYS_ENV, NEW_KEY)
    return deployment


def vault_of(connection: Any, account_id: str = "acme") -> DatabaseTokenStore:  # noqa: F811
    return DatabaseTokenStore(connection, account_id, TokenVault([NEW_KEY]))


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@responses.activate
def test_connect_google_for_an_account_keeps_its_token_encrypted_in_the_database(
    operator_env: str,
    connection: Any,  # noqa: F811
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The account's stored config, not the home's, decides the scopes asked for.
    connection.execute(
        "UPDATE accounts SET config = %s WHERE account_id = 'acme'",
        ('[calendar]\ngoogle = ["primary", "team@group.calendar.google.com"]\n',),
    )
    asked: list[str] = []

    def answer(state: str) -> dict[str, str]:
        return {"code": "4/0Ab-code", "state": state}

    browser = answering_browser(answer)
    monkeypatch.setattr("webbrowser.get", lambda *a, **k: _Recording(browser(), asked))
    responses.post(google_fakes.TOKEN_URL, json=granted_token(" ".join(google_fakes.SCOPES)))

    result = run("connect", "google", "--client-secrets", DESKTOP, "--account", "acme")

    assert result.exit_code == 0, result.output
    assert "Connected to Google." in result.stdout
    assert "Saved: google-token.json of account 'acme' (encrypted in the deployment database)" in (
        result.stdout
    )
    # The hints speak of the account's stored config: its calendar is Google already.
    assert 'add to the account\'s config:\n\n[mail]\nbackend = "gmail"' in result.stdout
    assert "google = true" not in result.stdout and str(home) not in result.stdout
    assert CALENDAR_LIST in parse_qs(urlsplit(asked[0]).query)["scope"][0]
    account = GoogleAccount(vault_of(connection))
    assert account.connected and account.credentials().refresh_token == "1//0g-new-refresh"
    assert b"1//0g-new-refresh" not in raw_rows(connection)
    assert not list(home.rglob("google-*.json"))  # nothing in the home's files
    assert GoogleAccount(vault_of(connection, "globex")).read_token() is None
    # The operator sees the provider, by name, beside the account (its state is no token).
    listed = run("accounts", "list", "--json")
    connected = {a["id"]: a["connected"] for a in json.loads(listed.stdout)}
    assert connected == {"acme": ["google"], "globex": []}
    removed = run("accounts", "remove", "acme", "--yes")
    assert "1 token deleted" in removed.stdout and vault_of(connection).names() == []


class _Recording:
    """A browser that remembers the address it was asked to open."""

    def __init__(self, browser: Any, asked: list[str]) -> None:
        self.browser, self.asked = browser, asked

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.asked.append(url)
        return bool(self.browser.open(url, new, autoraise))


@responses.activate
def test_disconnect_google_for_an_account_revokes_and_deletes_its_rows(
    operator_env: str,
    connection: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.contracts.token_store_contract import copy_account

    copy_account(google_fakes.write_token(tmp_path / "google-token.json"), vault_of(connection))
    responses.post(google_fakes.REVOKE_URL, body="")

    result = run("disconnect", "google", "--account", "acme")

    assert result.exit_code == 0, result.output
    assert "the account's token in the deployment database is deleted" in result.stdout
    assert vault_of(connection).names() == []
    again = run("disconnect", "google", "--account", "acme")
    assert "nothing to do" in again.stdout


def test_connect_microsoft_for_an_account(
    operator_env: str,
    connection: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.adapters.test_microsoft_auth import Browser, token_endpoint

    monkeypatch.setenv(AUTHORITY_ENV, graph_fakes.AUTHORITY_HOST)
    monkeypatch.setenv(GRAPH_ROOT_ENV, graph_fakes.GRAPH)
    browser = Browser()
    monkeypatch.setattr("webbrowser.open", browser)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        graph_fakes.register_authority(rsps)
        token_endpoint(rsps, browser)
        result = run(
            "connect", "microsoft", "--client-id", graph_fakes.CLIENT_ID, "--account", "acme"
        )

    assert result.exit_code == 0, result.output
    assert "Saved: microsoft-token.json of account 'acme'" in result.stdout
    account = MicrosoftAccount(vault_of(connection), graph_fakes.ENDPOINTS)
    assert account.connected and account.client_id == graph_fakes.CLIENT_ID
    assert b"M.C-refresh-1" not in raw_rows(connection)

    forgot = run("disconnect", "microsoft", "--account", "acme")
    assert forgot.exit_code == 0, forgot.output
    assert "the account's token in the deployment database is deleted" in forgot.stdout
    assert vault_of(connection).names() == []


def test_account_without_operator_mode_says_which_variable_to_set(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv(TOKEN_KEYS_ENV, NEW_KEY)
    result = run("connect", "google", "--client-secrets", DESKTOP, "--account", "acme")
    assert result.exit_code == 2
    assert f"error: {DATABASE_URL_ENV} is not set, so there is no deployment" in result.stderr
    assert "Traceback" not in result.output


def test_connect_for_an_unknown_account_names_accounts_list(operator_env: str) -> None:
    result = run("disconnect", "microsoft", "--account", "nobody")
    assert result.exit_code == 2
    assert "error: there is no account 'nobody'" in result.stderr
    assert "interview-assistant accounts list" in result.stderr


def test_rotate_keys_says_what_it_did(
    operator_env: str,
    connection: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = DatabaseTokenStore(connection, "acme", TokenVault([OLD_KEY]))
    old.write("google-token.json", b"t")
    old.write("google-account.json", b"s")
    monkeypatch.setenv(TOKEN_KEYS_ENV, f"{NEW_KEY},{OLD_KEY}")

    result = run("accounts", "rotate-keys")

    assert result.exit_code == 0, result.output
    assert "Re-encrypted 2 secrets of 1 account with the newest key." in result.stdout
    assert "the others can leave" in result.stdout
    assert vault_of(connection).read("google-token.json") == b"t"


def test_rotate_keys_names_what_no_key_fits_and_fails(
    operator_env: str,
    connection: Any,  # noqa: F811
) -> None:
    DatabaseTokenStore(connection, "globex", TokenVault([OLD_KEY])).write("google-token.json", b"t")

    result = run("accounts", "rotate-keys")

    assert result.exit_code == 1
    assert "Re-encrypted 0 secrets of 0 accounts" in result.stdout
    assert "google-token.json of account 'globex' fits none of the keys" in result.stderr
    assert "the others can leave" not in result.stdout


def test_a_cancelled_sign_in_for_an_account_names_the_operator_s_command(
    operator_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "webbrowser.get",
        answering_browser(lambda state: {"error": "access_denied", "state": state}),
    )
    result = run("connect", "google", "--client-secrets", DESKTOP, "--account", "acme")
    assert result.exit_code == 1
    assert "cancelled" in result.stderr
    assert "fix: run `interview-assistant connect google --account acme` again" in result.stderr

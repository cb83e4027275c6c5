"""A worker's pass of an account connected to Google: the token comes from the vault,
a refreshed one goes back there encrypted, and a key that does not fit is the
deployment's fault (retried), not the account's (halted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import responses

from assistant.errors import AuthError, TransientError
from assistant.google.auth import GoogleAccount
from assistant.paths import Home
from tests.adapters.google_fakes import EVENTS_URL, TOKEN_URL, fixture, write_token
from tests.contracts.token_store_contract import copy_account
from tests.operator.vault_db import (  # noqa: F401 (fixtures)
    NEW_KEY,
    OLD_KEY,
    UPDATED_AT,
    operator_db,
    raw_rows,
    with_accounts,
)
from tests.postgres_server import postgres_server  # noqa: F401 (fixture)

pytest.importorskip("cryptography", reason="cryptography is not installed")

from assistant.operator.settings import TOKEN_KEYS_ENV, OperatorSettings
from assistant.operator.vault import DatabaseTokenStore, TokenVault

CONFIG = (
    '[user]\nname = "Ana"\nemail = "ana@example.com"\ntimezone = "Europe/Berlin"\n'
    "[calendar]\ngoogle = true\n"
)
ROTATED = "1//rotated-by-a-pass"


@pytest.fixture
def google_account(operator_db: str, tmp_path: Path) -> Any:  # noqa: F811
    """A deployment whose account "ana" reads Google Calendar, connected with an
    expired access token; yields (deployment, the account's vault store)."""
    import psycopg

    from assistant.operator.deployment import Deployment

    with_accounts(operator_db, "ana", config=CONFIG)
    settings = OperatorSettings(operator_db, (NEW_KEY,), Home.at(tmp_path / "data"))
    deployed = Deployment(settings, clock=lambda: UPDATED_AT)
    with psycopg.connect(operator_db, autocommit=True) as connection:
        tokens = DatabaseTokenStore(connection, "ana", TokenVault([NEW_KEY]))
        on_file = write_token(tmp_path / "connecting" / "google-token.json", expired=True)
        copy_account(on_file, tokens)
        yield deployed, tokens
    deployed.close()


@responses.activate
def test_a_pass_reads_the_token_from_the_vault_and_saves_the_refreshed_one_there(
    google_account: Any, tmp_path: Path
) -> None:
    deployed, tokens = google_account
    responses.post(TOKEN_URL, json={**fixture("token_refreshed.json"), "refresh_token": ROTATED})
    responses.get(EVENTS_URL, json=fixture("events_no_changes.json"))

    report = deployed.run_pass("ana", UPDATED_AT)

    assert report.ok and report.calendars_read, report.errors
    [_, events] = responses.calls
    assert events.request.headers["Authorization"] == "Bearer ya29.a0AfB_refreshed-access-token"
    saved = GoogleAccount(tokens)
    assert saved.credentials().refresh_token == ROTATED and saved.connected
    assert ROTATED.encode() not in raw_rows(tokens.connection)
    assert not list((tmp_path / "data").rglob("google-*.json"))  # no token file anywhere


@responses.activate
def test_a_refused_grant_stops_the_pass_with_an_auth_error_remembered_in_the_vault(
    google_account: Any,
) -> None:
    deployed, tokens = google_account
    responses.post(TOKEN_URL, status=400, json=fixture("token_invalid_grant.json"))

    with pytest.raises(AuthError) as refused:
        deployed.run_pass("ana", UPDATED_AT)
    assert "invalid_grant" in refused.value.message
    assert refused.value.fix == "interview-assistant connect google --account ana"  # the operator's
    with pytest.raises(AuthError, match="disconnected"):
        deployed.run_pass("ana", UPDATED_AT)
    assert len(responses.calls) == 1  # the refusal is kept in the vault: no second request
    assert not GoogleAccount(tokens).connected


def test_a_key_that_does_not_fit_is_retried_not_halted(google_account: Any, tmp_path: Path) -> None:
    """The deployment lost the key the token was encrypted with: a TransientError (the
    queue retries it; halting would make the operator resume every account by hand)."""
    deployed, tokens = google_account
    for name in ("google-token.json", "google-account.json"):
        data = tokens.read(name)
        DatabaseTokenStore(tokens.connection, "ana", TokenVault([OLD_KEY])).write(name, data)

    with pytest.raises(TransientError, match=TOKEN_KEYS_ENV) as caught:
        deployed.run_pass("ana", UPDATED_AT)
    assert not isinstance(caught.value, AuthError)

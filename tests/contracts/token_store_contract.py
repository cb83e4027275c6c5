"""The TokenStore contract: every place an account's secrets live passes it.

A backend's test module subclasses :class:`TokenStoreContract` and provides two
fixtures: ``tokens`` (a store, empty) and ``reopen`` (a callable giving a second
store over the same secrets, as the next process would open it). Besides reading and
writing bytes, the contract checks what the accounts rely on: a Google and a
Microsoft account connected, refreshed and forgotten through the store alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import responses
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.account_files import TokenStore
from assistant.google.auth import GoogleAccount
from assistant.microsoft.auth import MicrosoftAccount
from tests.adapters import google_fakes, graph_fakes

Reopen = Callable[[], TokenStore]
NAMES = ("google-token.json", "google-account.json", "microsoft-token.json")


def copy_account(source: Any, tokens: TokenStore) -> None:
    """Put the token and state of ``source`` (an account in files) into ``tokens``."""
    for name in (source.token_name, source.STATE_FILE):
        data = source.tokens.read(name)
        assert data is not None
        tokens.write(name, data)


class TokenStoreContract:
    """Behaviour the accounts rely on. Subclasses provide ``tokens`` and ``reopen``."""

    @pytest.fixture
    def tokens(self) -> TokenStore:  # pragma: no cover - always overridden
        raise NotImplementedError

    @pytest.fixture
    def reopen(self) -> Reopen:  # pragma: no cover - always overridden
        raise NotImplementedError

    # --- bytes in, bytes out ---------------------------------------------------------

    def test_a_secret_never_written_reads_as_none(self, tokens: TokenStore) -> None:
        assert all(tokens.read(name) is None for name in NAMES)

    def test_what_is_written_is_read_back_by_the_next_process(
        self, tokens: TokenStore, reopen: Reopen
    ) -> None:
        tokens.write("google-token.json", b'{"refresh_token": "1//x"}')
        assert reopen().read("google-token.json") == b'{"refresh_token": "1//x"}'
        assert reopen().read("google-account.json") is None

    def test_writing_again_replaces_the_whole_secret(
        self, tokens: TokenStore, reopen: Reopen
    ) -> None:
        tokens.write("google-token.json", b"a much longer first version of the token")
        tokens.write("google-token.json", b"short")
        assert reopen().read("google-token.json") == b"short"

    def test_names_are_kept_apart(self, tokens: TokenStore) -> None:
        for name in NAMES:
            tokens.write(name, name.encode())
        assert [tokens.read(name) for name in NAMES] == [name.encode() for name in NAMES]

    def test_delete_removes_one_secret_and_tolerates_a_missing_one(
        self, tokens: TokenStore, reopen: Reopen
    ) -> None:
        tokens.write("google-token.json", b"t")
        tokens.write("google-account.json", b"s")
        tokens.delete("google-token.json")
        tokens.delete("google-token.json")
        tokens.delete("microsoft-token.json")
        assert reopen().read("google-token.json") is None
        assert reopen().read("google-account.json") == b"s"

    def test_describe_names_the_secret(self, tokens: TokenStore) -> None:
        assert "google-token.json" in tokens.describe("google-token.json")

    # One store serves every example (each write replaces the last); the subclasses
    # differ only in the store, so running from each of them is intended.
    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.differing_executors,
        ],
    )
    @given(data=st.binary(max_size=3000))
    def test_any_bytes_round_trip(self, tokens: TokenStore, data: bytes) -> None:
        tokens.write("google-token.json", data)
        assert tokens.read("google-token.json") == data

    # --- the accounts on top ------------------------------------------------------------

    @responses.activate
    def test_a_google_token_refreshed_through_the_store_is_saved_there(
        self, tokens: TokenStore, reopen: Reopen, tmp_path: Any
    ) -> None:
        on_file = google_fakes.write_token(tmp_path / "google-token.json", expired=True)
        copy_account(on_file, tokens)
        account = GoogleAccount(tokens, clock=lambda: google_fakes.CONNECTED_AT + timedelta(days=3))
        responses.post(
            google_fakes.TOKEN_URL,
            json={**google_fakes.fixture("token_refreshed.json"), "refresh_token": "1//rotated"},
        )
        assert account.credentials().token == "ya29.a0AfB_refreshed-access-token"
        again = GoogleAccount(reopen())
        saved = json.loads(again.read_token() or b"")
        assert saved["refresh_token"] == "1//rotated"
        assert again.state().last_refresh == account.clock()
        assert again.credentials().token == "ya29.a0AfB_refreshed-access-token"
        assert len(responses.calls) == 1  # the second account used the saved token

    def test_a_refused_google_grant_is_remembered_and_forgetting_clears_both(
        self, tokens: TokenStore, reopen: Reopen, tmp_path: Any
    ) -> None:
        copy_account(google_fakes.write_token(tmp_path / "google-token.json"), tokens)
        GoogleAccount(tokens).mark_disconnected("Google answered invalid_grant")
        again = GoogleAccount(reopen())
        assert again.has_token and not again.connected
        again.forget()
        assert not GoogleAccount(reopen()).saved

    def test_a_microsoft_cache_refreshed_through_the_store_is_saved_there(
        self, tokens: TokenStore, reopen: Reopen, tmp_path: Any
    ) -> None:
        copy_account(graph_fakes.connected_account(tmp_path, expired=True), tokens)
        account = MicrosoftAccount(tokens, graph_fakes.ENDPOINTS)
        with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
            graph_fakes.register_authority(mock)
            mock.post(
                graph_fakes.TOKEN_URL,
                json=graph_fakes.token_answer(access_token="eyJ0-access-2", refresh_token="rt-2"),
            )
            assert account.access_token() == "eyJ0-access-2"
        again = MicrosoftAccount(reopen(), graph_fakes.ENDPOINTS)
        assert b"rt-2" in (again.read_token() or b"")  # the rotated refresh token is kept
        assert again.client_id == graph_fakes.CLIENT_ID and again.connected

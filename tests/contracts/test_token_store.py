"""The TokenStore contract, run by both stores: files (a single user) and the
deployment database, encrypted (operator mode; skips without PostgreSQL)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest

from assistant.account_files import FileTokenStore, TokenStore
from tests.contracts.token_store_contract import Reopen, TokenStoreContract
from tests.operator.vault_db import (  # noqa: F401 (fixtures)
    NEW_KEY,
    connection,
    deployment,
    operator_db,
)
from tests.postgres_server import postgres_server  # noqa: F401 (fixture)


class TestFileTokenStore(TokenStoreContract):
    @pytest.fixture
    def tokens(self, tmp_path: Path) -> TokenStore:
        return FileTokenStore(tmp_path / "data")

    @pytest.fixture
    def reopen(self, tmp_path: Path) -> Reopen:
        return lambda: FileTokenStore(tmp_path / "data")


def test_a_file_secret_is_the_bytes_alone_in_a_0600_file(tmp_path: Path) -> None:
    """The single-user format does not change: the file holds exactly the library's JSON."""
    FileTokenStore(tmp_path).write("google-token.json", b'{"token": "t"}')
    path = tmp_path / "google-token.json"
    assert path.read_bytes() == b'{"token": "t"}'
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileTokenStore(tmp_path).describe("google-token.json") == str(path)


class TestDatabaseTokenStore(TokenStoreContract):
    @pytest.fixture
    def tokens(self, connection: Any) -> TokenStore:  # noqa: F811
        from assistant.operator.vault import DatabaseTokenStore, TokenVault

        return DatabaseTokenStore(connection, "acme", TokenVault([NEW_KEY]))

    @pytest.fixture
    def reopen(self, deployment: str) -> Any:  # noqa: F811
        import psycopg

        from assistant.operator.vault import DatabaseTokenStore, TokenVault

        opened: list[Any] = []

        def fresh() -> TokenStore:
            link = psycopg.connect(deployment, autocommit=True)
            opened.append(link)
            return DatabaseTokenStore(link, "acme", TokenVault([NEW_KEY]))

        yield fresh
        for link in opened:
            link.close()

"""The Store contract, run against the SQLite store (the embedded default)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.store import SqliteStore, StorePort
from tests.contracts.store_contract import OpenStore, StoreContract


class TestSqliteStoreContract(StoreContract):
    @pytest.fixture
    def open_store(self, tmp_path: Path) -> OpenStore:
        def opened() -> StorePort:
            return SqliteStore.open(tmp_path / "state.db")

        return opened

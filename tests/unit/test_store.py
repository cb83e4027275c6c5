"""What is SQLite's own in the SQLite store: migrations, WAL, reopening a file, corruption.

The behaviour both stores share (jobs, drafts, the compare-and-sets) is in the Store
contract, ``tests/contracts/store_contract.py``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.migrations import MIGRATIONS
from assistant.store import Store
from tests.conftest import NOW


def test_migrations_are_named_unique_and_recorded(tmp_path: Path):
    names = [name for name, _ in MIGRATIONS]
    assert len(names) == len(set(names))
    assert all(name[:4].isdigit() for name in names)
    with Store.open(tmp_path / "s.db") as store:
        applied = [r["name"] for r in store.db.execute("SELECT name FROM migrations ORDER BY name")]
        assert applied == names
        assert store.migrate() == []  # reopening applies nothing twice


def test_the_database_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path):
    with Store.open(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_overrides_survive_reopening(tmp_path: Path):
    with Store.open(tmp_path / "s.db") as store:
        store.set_override("evt", False, NOW)
    with Store.open(tmp_path / "s.db") as store:
        assert store.overrides() == {"evt": False}


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path):
    bad = tmp_path / "s.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    try:
        Store.open(bad)
    except Exception as error:
        from assistant.errors import StoreError

        assert isinstance(error, StoreError)
        assert "not a readable database" in error.message
        assert error.fix
    else:
        raise AssertionError("opening a corrupt database must fail")
    assert isinstance(sqlite3.sqlite_version, str)


def test_both_backends_name_the_same_migrations_in_the_same_order():
    """Apart from PostgreSQL's own (accounts: SQLite serves one user)."""
    from assistant.store.pg_migrations import MIGRATIONS as PG_MIGRATIONS
    from assistant.store.pg_migrations import POSTGRES_ONLY

    shared = [name for name, _ in PG_MIGRATIONS if name not in POSTGRES_ONLY]
    assert shared == [name for name, _ in MIGRATIONS]
    assert {name for name, _ in PG_MIGRATIONS} >= POSTGRES_ONLY


def test_the_sqlite_store_never_imports_psycopg():
    import subprocess
    import sys

    code = "import sys, assistant.store; print('psycopg' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"

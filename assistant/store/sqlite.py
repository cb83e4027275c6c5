"""The SQLite store: all state in one file, the embedded default for a single user.

Migrations are named and append-only (``assistant/migrations.py``); each runs in
its own transaction together with the row that records it.

The database runs in WAL mode with a busy timeout: a reader never blocks the
daemon, and a second writer waits instead of failing. Exactly-once rests on two
things kept here: job rows (a key acts once) and the draft table's unique key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant import migrations
from assistant.errors import StoreError
from assistant.private import private_file
from assistant.store.drafts import DraftQueries
from assistant.store.interviews import InterviewQueries
from assistant.store.jobs import JobQueries
from assistant.store.passes import PassQueries
from assistant.store.pipeline import PipelineQueries
from assistant.store.protocol import StorePort
from assistant.store.state import StateQueries

BUSY_TIMEOUT_MS = 15_000


class SqliteStore(
    InterviewQueries, JobQueries, DraftQueries, StateQueries, PipelineQueries, PassQueries
):
    """The SQLite store. Open with :meth:`open`; use as a context manager to close."""

    def __init__(self, connection: sqlite3.Connection, path: Path | str = "state.db") -> None:
        self.db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> SqliteStore:
        """Open (creating if needed) and migrate the database at ``path``.

        Raises StoreError when the file cannot be created, is locked past the busy
        timeout (``BUSY_TIMEOUT_MS``, milliseconds), or is not a database.
        """
        try:
            if str(path) != ":memory:":
                # Draft bodies, debrief notes, salary figures: 0600 (the WAL and shared
                # memory files SQLite makes beside it take the same mode).
                try:
                    Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                    private_file(Path(path))
                except OSError as exc:
                    raise StoreError(
                        f"cannot create the database {path}: {exc.strerror}",
                        fix="check the folder's permissions and free space",
                    ) from None
            connection = sqlite3.connect(
                str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            connection.row_factory = sqlite3.Row
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            store = cls(connection, path)
            store.migrate()
            return store
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, path) from None

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT: take the write lock up front, so two writers queue.

        SQLite errors inside (locked, disk full, corrupt) become one StoreError; SQLite
        may already have rolled back itself (SQLITE_FULL does), so roll back only when a
        transaction is still open.
        """
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _store_error(exc, self.path) from None
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise _store_error(exc, self.path) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; return their names."""
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        return self.apply_migrations(migrations.MIGRATIONS, one_by_one=True)

    def integrity_problem(self) -> str | None:
        """``PRAGMA quick_check``'s first finding, or None when it answers "ok"."""
        result = str(self.db.execute("PRAGMA quick_check").fetchone()[0])
        return None if result == "ok" else result


def _store_error(exc: sqlite3.DatabaseError, path: Path | str) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError(
            f"the database {path} is locked by another process",
            fix="wait for the other interview-assistant command to finish, then try again",
        )
    if ("disk" in text and "full" in text) or "full" in text:
        return StoreError(f"the disk holding {path} is full", fix="free some space, then try again")
    if "not a database" in text or "malformed" in text:
        return StoreError(
            f"{path} is not a readable database ({text})",
            fix="restore it from a backup, or move it away to start fresh",
        )
    return StoreError(f"database error in {path}: {text}")


def _implements_the_port(store: SqliteStore) -> StorePort:
    """Never called: mypy checks here that SqliteStore has the whole StorePort."""
    return store

"""What every query group stands on: a connection with ``execute`` and a transaction.

The query groups (``interviews``, ``jobs``, ``drafts``, ``state``) are written once, in
SQL that SQLite and PostgreSQL both run (``?`` placeholders, ``ON CONFLICT … DO``,
``excluded``). A backend supplies :class:`Connection` and :meth:`Queries.transaction`;
the PostgreSQL one turns ``?`` into psycopg's ``%s`` (see ``postgres.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, Self

from assistant.store.records import _column, _iso


class Cursor(Protocol):
    """The part of a DB-API cursor the queries use (sqlite3 and psycopg both have it)."""

    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """Runs one statement with ``?`` placeholders; rows are read by column name."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


class Queries:
    """Base of the query groups: a backend sets ``db`` and implements ``transaction``."""

    db: Any
    path: Path | str

    def close(self) -> None:  # pragma: no cover - overridden
        """Release the connection."""
        raise NotImplementedError

    def encode_json(self, data: Any) -> str:
        """``data`` (JSON-serialisable) as the text a JSON column takes."""
        return json.dumps(data)

    def column(self, value: Any) -> Any:
        """A Python value as the store binds it: times as ISO text, lists as JSON, flags 0/1."""
        if isinstance(value, list | tuple):
            return self.encode_json(list(value))
        return _column(value)

    def apply_migrations(self, named: Sequence[tuple[str, str]], *, one_by_one: bool) -> list[str]:
        """Apply the ``(name, sql)`` migrations not yet in the ``migrations`` table.

        Each runs in its own transaction with the row recording it (the wall-clock time,
        UTC), so a crash leaves the schema as it was. ``one_by_one`` runs the script's
        statements one at a time (sqlite3 takes one per call). Returns the names applied.
        """
        done = {row["name"] for row in self.db.execute("SELECT name FROM migrations")}
        applied = []
        for name, sql in named:
            if name in done:
                continue
            statements = [s for s in sql.split(";") if s.strip()] if one_by_one else [sql]
            with self.transaction() as db:
                for statement in statements:
                    db.execute(statement)
                db.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                    (name, _iso(datetime.now(UTC))),
                )
            applied.append(name)
        return applied

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[Any]:  # pragma: no cover - overridden
        """A write transaction; the value is a :class:`Connection` bound to it."""
        raise NotImplementedError


def upsert_json(
    db: Connection, table: str, key_column: str, key: str, data: str, updated: str | None
) -> None:
    """Insert or replace the JSON text ``data`` of ``key`` in ``table``.

    ``table`` and ``key_column`` come from the code, never from input; ``updated`` is
    the ISO time of the change.
    """
    db.execute(
        f"INSERT INTO {table} ({key_column}, data, updated_at) VALUES (?, ?, ?) "
        f"ON CONFLICT ({key_column}) DO UPDATE SET data = excluded.data, "
        "updated_at = excluded.updated_at",
        (key, data, updated),
    )


def marks(count: int) -> str:
    """``?, ?, …`` for an ``IN`` list of ``count`` values (``count`` ≥ 1)."""
    return ",".join("?" * count)

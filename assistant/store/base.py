"""What every query group stands on: a connection with ``execute`` and a transaction.

The query groups (``interviews``, ``jobs``, ``drafts``, ``state``) are written once, in
SQL that SQLite and PostgreSQL both run (``?`` placeholders, ``ON CONFLICT … DO``,
``excluded``). A backend supplies :class:`Connection` and :meth:`Queries.transaction`;
the PostgreSQL one turns ``?`` into psycopg's ``%s`` (see ``postgres.py``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol


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

    def transaction(self) -> AbstractContextManager[Any]:  # pragma: no cover - overridden
        """A write transaction; the value is a :class:`Connection` bound to it."""
        raise NotImplementedError


def marks(count: int) -> str:
    """``?, ?, …`` for an ``IN`` list of ``count`` values (``count`` ≥ 1)."""
    return ",".join("?" * count)

"""All state behind one port: interviews, jobs, drafts, overrides, sync tokens.

:class:`~assistant.store.protocol.StorePort` is what the core needs of state. Two
implementations pass one contract (``tests/contracts/store_contract.py``):

- :class:`~assistant.store.sqlite.SqliteStore`, one SQLite file, the embedded default
  (``Store`` is this class, so ``Store.open(path)`` is unchanged for single users);
- :class:`~assistant.store.postgres.PostgresStore`, PostgreSQL through psycopg 3 (the
  ``postgres`` extra), imported only when asked for.

The queries are grouped by concept (``interviews``, ``jobs``, ``drafts``, ``state``) and
written once in SQL both databases run; each backend has its own named, append-only
migrations (``assistant/migrations.py`` for SQLite, ``pg_migrations.py`` here).
"""

from __future__ import annotations

from assistant.errors import NotFoundError, StoreError
from assistant.store.protocol import StorePort
from assistant.store.records import InterviewRecord, JobRecord
from assistant.store.sqlite import BUSY_TIMEOUT_MS, SqliteStore

Store = SqliteStore

__all__ = [
    "BUSY_TIMEOUT_MS",
    "InterviewRecord",
    "JobRecord",
    "NotFoundError",
    "SqliteStore",
    "Store",
    "StoreError",
    "StorePort",
]

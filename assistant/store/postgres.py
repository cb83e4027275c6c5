"""The PostgreSQL store: the same queries as SQLite's, through psycopg 3.

Open with :meth:`PostgresStore.open` and a libpq connection string
(``postgresql://user@host:5432/db`` or ``host=/run/postgresql dbname=ia``). Needs the
``postgres`` extra (``pip install 'interview-assistant[postgres]'``); nothing else in
the project imports psycopg, so single-user installs never need it.

How the shared SQL runs here:

- The query groups write ``?`` placeholders (sqlite3's qmark style); :class:`_QmarkConnection`
  rewrites them to psycopg's ``%s`` (and a literal ``%`` to ``%%``) before running.
- The connection is in autocommit; a write is one ``with conn.transaction()`` block at
  READ COMMITTED. The compare-and-sets (``UPDATE … WHERE state IN …``) are safe there:
  a second writer waits for the first's row lock, then re-checks the WHERE clause on
  the new row and updates nothing (PostgreSQL manual, "Read Committed Isolation Level").
- The session time zone is UTC, and ``timestamptz`` and ``jsonb`` are read as text, so
  the row mappers in ``records.py`` and the SQL the pipeline (``pipeline/rounds.py``)
  and the pass log (``ops/pass_log.py``) run on ``store.db`` serve both backends.

Accounts (operator mode, migration ``0005_accounts``): one database holds many job
seekers. Every store table has an ``account_id`` column that defaults to the session
setting ``assistant.account``, and a row-level security policy (forced, so it binds
the tables' owner too) that shows and accepts only rows of that account. A
:class:`PostgresStore` is opened *for one account* and sets that variable on its own
connection, so the shared SQL of the query groups runs unchanged and PostgreSQL itself
keeps the accounts apart (PostgreSQL manual, "Row Security Policies"). Two things the
SQL needs for that, done here in one place:

- keys and unique indexes lead with ``account_id``, so an ``ON CONFLICT (key)`` target
  is rewritten to ``ON CONFLICT (account_id, key)`` (:func:`_scoped_conflicts`);
- superusers and ``BYPASSRLS`` roles skip every policy, so :meth:`PostgresStore.open`
  refuses such a role rather than silently mixing accounts.

:class:`PostgresDatabase` is the same connection without an account: it sees the
operator's tables (``accounts``, ``account_secrets``) and no row of any store table.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Self

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row
from psycopg.types.string import TextLoader

from assistant.errors import NotFoundError, StoreError
from assistant.store import pg_migrations
from assistant.store.base import Queries
from assistant.store.drafts import DraftQueries
from assistant.store.interviews import InterviewQueries
from assistant.store.jobs import JobQueries
from assistant.store.passes import PassQueries
from assistant.store.pipeline import PipelineQueries
from assistant.store.protocol import StorePort
from assistant.store.state import StateQueries

# Seconds to wait for the server before `open` gives up.
CONNECT_TIMEOUT_S = 10
# Key of the advisory lock that serialises migrations across processes (any constant
# unique to this project; "ia" in ASCII).
MIGRATION_LOCK = 0x6961


# The session setting that names the account a connection works for; the tables'
# defaults and policies read it (migration 0005_accounts).
ACCOUNT_SETTING = "assistant.account"


class PostgresDatabase(Queries):
    """A migrated connection to the deployment's database, not scoped to an account.

    It reads and writes the operator's tables (``accounts``, ``account_secrets``); the
    row-level security of the store tables shows it none of their rows. Open with
    :meth:`connect`; use as a context manager to close.
    """

    def __init__(self, connection: psycopg.Connection[Any], where: str) -> None:
        self.connection = connection
        self.path = where
        self.db = _QmarkConnection(connection, where)

    @classmethod
    def connect(cls, conninfo: str) -> Self:
        """Connect to ``conninfo`` (a libpq URL or key=value string) and migrate.

        Raises StoreError when the server cannot be reached or refuses the login.
        """
        where = describe(conninfo)
        try:
            connection = psycopg.connect(
                conninfo,
                autocommit=True,
                row_factory=dict_row,
                connect_timeout=CONNECT_TIMEOUT_S,
                options="-c TimeZone=UTC -c DateStyle=ISO",
            )
        except psycopg.Error as exc:
            raise database_error(exc, where) from None
        # Read times and JSON back as text, the shapes SQLite gives: every reader of
        # the store (the query groups, the pipeline's and pass log's own SQL) then
        # parses one form. ISO DateStyle in UTC prints 2027-04-12 07:00:00+00, which
        # datetime.fromisoformat reads.
        for text_type in ("json", "jsonb", "timestamptz"):
            connection.adapters.register_loader(text_type, TextLoader)
        opened = cls(connection, where)
        try:
            opened.migrate()
        except BaseException:
            opened.close()
            raise
        return opened

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[_QmarkConnection]:
        """BEGIN … COMMIT; rolls back on any exception, database faults as StoreError."""
        try:
            with self.connection.transaction():
                yield self.db
        except psycopg.Error as exc:
            raise database_error(exc, str(self.path)) from None

    def encode_json(self, data: Any) -> str:
        """JSON text for ``jsonb``, which cannot hold U+0000: each becomes U+FFFD."""
        return json.dumps(_without_nul(data))

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; return their names.

        A session advisory lock makes concurrent migrators take turns, so each
        migration is applied once however many processes open the store at once. A
        database already up to date is seen without the lock: a deployment opens a
        connection per pass, and the passes of all its workers need not queue for it.
        """
        if self._up_to_date():
            return []
        self.db.execute("SELECT pg_advisory_lock(?)", (MIGRATION_LOCK,))
        try:
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(name text PRIMARY KEY, applied_at timestamptz NOT NULL)"
            )
            return self.apply_migrations(pg_migrations.MIGRATIONS, one_by_one=False)
        finally:
            if not self.connection.closed:
                self.db.execute("SELECT pg_advisory_unlock(?)", (MIGRATION_LOCK,))

    def _up_to_date(self) -> bool:
        """True when every migration is recorded (migrations are only ever added)."""
        if self.db.execute("SELECT to_regclass('migrations') AS t").fetchone()["t"] is None:
            return False
        done = {row["name"] for row in self.db.execute("SELECT name FROM migrations")}
        return all(name in done for name, _ in pg_migrations.MIGRATIONS)


class PostgresStore(
    InterviewQueries,
    JobQueries,
    DraftQueries,
    StateQueries,
    PipelineQueries,
    PassQueries,
    PostgresDatabase,
):
    """The PostgreSQL store of one account. Open with :meth:`open`; a context manager."""

    account: str

    @classmethod
    def open(cls, conninfo: str, *, account: str) -> PostgresStore:
        """Connect to ``conninfo``, migrate, and work for ``account`` from then on.

        Every read and write of the store sees only ``account``'s rows, enforced by
        PostgreSQL (see the module docstring). Raises StoreError when the server cannot
        be reached, refuses the login, or the role bypasses row-level security;
        NotFoundError when ``account`` is not in the ``accounts`` table.
        """
        store = cls.connect(conninfo)
        try:
            store._enter_account(account)
        except BaseException:
            store.close()
            raise
        return store

    def integrity_problem(self) -> str | None:
        """None when the server answers a query. PostgreSQL checks its own pages as it
        reads them (and ``amcheck`` is an operator's tool, not a pass's), so a server that
        answers is as sound as a quick check here can tell; a fault raises StoreError."""
        with self.transaction() as db:
            db.execute("SELECT 1")
        return None

    def _enter_account(self, account: str) -> None:
        refuse_bypassing_role(self.db, str(self.path))
        if self.db.execute("SELECT 1 FROM accounts WHERE account_id = ?", (account,)).fetchone():
            self.db.execute("SELECT set_config(?, ?, false)", (ACCOUNT_SETTING, account))
            self.db.account_scoped = True
            self.account = account
            return
        raise NotFoundError(
            f"there is no account {account!r} in {self.path}",
            fix="list them with `interview-assistant accounts list`",
        )


class _QmarkConnection:
    """Runs the shared ``?``-style SQL on psycopg; database faults become StoreError."""

    def __init__(self, connection: psycopg.Connection[Any], where: str) -> None:
        self.connection = connection
        self.where = where
        # Set once the connection works for one account: conflict targets then lead
        # with account_id, as the tables' keys do.
        self.account_scoped = False

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Any:
        """Run one statement (or, without parameters, a script); return the cursor."""
        try:
            if parameters is None:
                return self.connection.execute(sql)
            bound = tuple(_without_nul(value) for value in parameters)
            if self.account_scoped:
                sql = _scoped_conflicts(sql)
            return self.connection.execute(_pyformat(sql), bound)
        except psycopg.Error as exc:
            raise database_error(exc, self.where) from None


def _without_nul(value: Any) -> Any:
    """``value`` with each U+0000 in its text as U+FFFD (the replacement character).

    PostgreSQL's text and jsonb cannot hold U+0000 (PostgreSQL manual, "Character
    Types" and "JSON Types"); SQLite can. A NUL from a broken calendar feed must not
    fail a pass, so it is stored as the visible replacement character instead.
    """
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_without_nul(item) for item in value]
    return value


def _pyformat(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (the queries never put ``?`` in a literal)."""
    return sql.replace("%", "%%").replace("?", "%s")


# "ON CONFLICT (" in any case and spacing.
_CONFLICT_TARGET = re.compile(r"\bON\s+CONFLICT\s*\(", re.IGNORECASE)


def _scoped_conflicts(sql: str) -> str:
    """``sql`` with each ``ON CONFLICT (cols)`` target as ``ON CONFLICT (account_id, cols)``.

    Under accounts every key and unique index of a store table leads with
    ``account_id`` (migration ``0005_accounts``), and PostgreSQL accepts a conflict
    target only when it names such an index exactly (PostgreSQL manual, INSERT, "ON
    CONFLICT Clause"). The shared SQL keeps naming the key alone, as SQLite needs.
    """
    return _CONFLICT_TARGET.sub("ON CONFLICT (account_id, ", sql)


def describe(conninfo: str) -> str:
    """``conninfo`` without its password, for messages: ``user@host:port/dbname``."""
    try:
        parts = conninfo_to_dict(conninfo)
    except psycopg.Error:
        return "the PostgreSQL database"
    host = str(parts.get("host") or "localhost")
    port = str(parts.get("port") or "5432")
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{host}:{port}/{parts.get('dbname') or ''}"


def database_error(exc: psycopg.Error, where: str) -> StoreError:
    """A psycopg fault as the one-line StoreError, with its fix, that every command prints."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, psycopg.errors.DiskFull):
        return StoreError(f"the disk of the database {where} is full", fix="free some space")
    if isinstance(
        exc, psycopg.errors.InvalidAuthorizationSpecification | psycopg.errors.InvalidPassword
    ):
        return StoreError(
            f"the database {where} refused the login ({text})",
            fix="check the user and password in the connection string",
        )
    if isinstance(exc, psycopg.OperationalError):
        return StoreError(
            f"cannot reach the database {where} ({text})",
            fix="check that PostgreSQL is running and the connection string is right",
        )
    return StoreError(f"database error in {where}: {text}")


def _implements_the_port(store: PostgresStore) -> StorePort:
    """Never called: mypy checks here that PostgresStore has the whole StorePort."""
    return store


def refuse_bypassing_role(db: Any, where: str) -> None:
    """Raise StoreError when the connected role is a superuser or has BYPASSRLS.

    Row-level security binds every other role (PostgreSQL manual, "Row Security
    Policies"): over such a role every account would see every other's rows, so operator
    mode refuses it at once, naming the fix, rather than failing each pass later.
    """
    row = db.execute(
        "SELECT current_user AS role, rolsuper OR rolbypassrls AS bypasses "
        "FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if row["bypasses"]:
        raise StoreError(
            f"the database role {row['role']!r} of {where} is a superuser or has "
            "BYPASSRLS, so PostgreSQL would not keep the accounts apart",
            fix="connect as an ordinary role that owns the database "
            "(CREATE ROLE ia LOGIN; CREATE DATABASE ia OWNER ia; see docs/operator.md)",
        )

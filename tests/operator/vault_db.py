"""A deployment database for the vault tests: the store's tables, accounts, secrets.

``accounts`` and ``account_secrets`` are created with the DDL of issue 20 when the
store's migrations do not (yet) make them, so these tests run on their own and keep
running once the accounts migration lands (``CREATE TABLE IF NOT EXISTS``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.postgres_server import PostgresServer

# Two Fernet keys for the tests only (32 bytes each, url-safe base64).
OLD_KEY = "0Fq5Ot1YwJXHnK7sJmXBdVYX2yGvZQy5fVjZtHk4Qn8="
NEW_KEY = "Yx8o2oJ1r0JrQOq9iGg8ANm0m2Qm7bXh3Vq1hP6fQ0s="
CONFIG = '[user]\nname = "Ana Example"\nemail = "ana@example.com"\n'
ACCOUNTS = ("acme", "globex")
UPDATED_AT = datetime(2027, 4, 12, 7, 0, tzinfo=UTC)

TABLES = """
CREATE TABLE IF NOT EXISTS accounts (
    account_id TEXT PRIMARY KEY, label TEXT, config TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(), removed_at TIMESTAMPTZ,
    halted_at TIMESTAMPTZ, halted_why TEXT);
CREATE TABLE IF NOT EXISTS account_secrets (
    account_id TEXT REFERENCES accounts ON DELETE CASCADE, name TEXT,
    ciphertext BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, name));
"""


def make_deployment(server: PostgresServer, config: str = CONFIG) -> str:
    """A new database with the store migrated, the accounts tables and ACCOUNTS in it."""
    import psycopg

    from assistant.store.postgres import PostgresStore

    conninfo = server.new_database()
    PostgresStore.open(conninfo).close()
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(TABLES)
        for account_id in ACCOUNTS:
            connection.execute(
                "INSERT INTO accounts (account_id, label, config, created_at)"
                " VALUES (%s, %s, %s, %s)",
                (account_id, account_id.title(), config, UPDATED_AT),
            )
    return conninfo


@pytest.fixture
def deployment(postgres_server: PostgresServer) -> str:
    """The connection string of a fresh deployment database (see :func:`make_deployment`)."""
    return make_deployment(postgres_server)


@pytest.fixture
def connection(deployment: str) -> Iterator[Any]:
    """An autocommit connection to the deployment, as the account's store holds one."""
    import psycopg

    with psycopg.connect(deployment, autocommit=True) as opened:
        yield opened


def raw_rows(connection: Any) -> bytes:
    """Every row of ``account_secrets`` as the database prints it (bytea as hex and as
    escaped text), for searching for plaintext."""
    rows = connection.execute(
        "SELECT t::text, encode(ciphertext, 'escape') FROM account_secrets t"
    ).fetchall()
    return "\n".join(f"{a}\n{b}" for a, b in rows).encode()

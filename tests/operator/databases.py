"""Databases as a deployment has them: owned by an ordinary role, with accounts in them.

Row-level security binds every role but superusers and ``BYPASSRLS`` roles, and the
test server's ``ia`` is a superuser, so :func:`operator_database` makes a database
owned by the ordinary login role ``OPERATOR_ROLE`` and returns a connection string for
that role. :func:`with_accounts` adds accounts to it.
Test modules import the fixture by name: ``from tests.operator.databases import operator_db``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)

OPERATOR_ROLE = "ia_operator"
# A config any account may hold: one .ics calendar that need not exist for store tests.
MINIMAL_CONFIG = '[calendar]\nics = ["/nonexistent/calendar.ics"]\n'
ADDED_AT = datetime(2027, 4, 1, 8, 0, tzinfo=UTC)


def operator_database(server: PostgresServer) -> str:
    """A new empty database owned by the ordinary role ``OPERATOR_ROLE``; its conninfo."""
    import psycopg

    name = f"operator_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server.conninfo(), autocommit=True) as admin:
        admin.execute(
            "DO $$ BEGIN CREATE ROLE " + OPERATOR_ROLE + " LOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        admin.execute(f'CREATE DATABASE "{name}" OWNER {OPERATOR_ROLE}')
    return server.conninfo(name).replace("user=ia ", f"user={OPERATOR_ROLE} ")


def with_accounts(conninfo: str, *account_ids: str, config: str = MINIMAL_CONFIG) -> str:
    """Add ``account_ids`` (each with ``config``) to the database; return ``conninfo``."""
    from assistant.operator.accounts import Accounts
    from assistant.store.postgres import PostgresDatabase

    with PostgresDatabase.connect(conninfo) as database:
        for account_id in account_ids:
            Accounts(database).add(account_id, config, f"label of {account_id}", ADDED_AT)
    return conninfo


@pytest.fixture
def operator_db(postgres_server: PostgresServer) -> str:  # noqa: F811
    """A migrated operator database (no accounts yet) for one test; its conninfo."""
    return operator_database(postgres_server)

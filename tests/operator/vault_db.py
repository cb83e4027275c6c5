"""A deployment for the vault tests: migrated, owned by the operator role, two accounts.

Built on :mod:`tests.operator.databases` (an ordinary role owns the database, as in
production, so row-level security binds it). Test modules import the fixtures by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.operator.databases import OPERATOR_ROLE, operator_db, with_accounts  # noqa: F401
from tests.postgres_server import SUPERUSER

# Two Fernet keys for the tests only (32 bytes each, url-safe base64).
OLD_KEY = "0Fq5Ot1YwJXHnK7sJmXBdVYX2yGvZQy5fVjZtHk4Qn8="
NEW_KEY = "Yx8o2oJ1r0JrQOq9iGg8ANm0m2Qm7bXh3Vq1hP6fQ0s="
ACCOUNTS = ("acme", "globex")
UPDATED_AT = datetime(2027, 4, 12, 7, 0, tzinfo=UTC)


@pytest.fixture
def deployment(operator_db: str) -> str:  # noqa: F811
    """The connection string (operator role) of a fresh deployment with ACCOUNTS."""
    return with_accounts(operator_db, *ACCOUNTS)


@pytest.fixture
def connection(deployment: str) -> Iterator[Any]:
    """An autocommit connection to the deployment, as the account's store holds one."""
    import psycopg

    with psycopg.connect(deployment, autocommit=True) as opened:
        yield opened


def as_superuser(conninfo: str) -> str:
    """``conninfo`` for the server's superuser (CHECKPOINT, the data folder's paths)."""
    return conninfo.replace(f"user={OPERATOR_ROLE} ", f"user={SUPERUSER} ")


def raw_rows(connection: Any) -> bytes:
    """Every row of ``account_secrets`` as the database prints it (bytea as hex and as
    escaped text), for searching for plaintext."""
    rows = connection.execute(
        "SELECT t::text, encode(ciphertext, 'escape') FROM account_secrets t"
    ).fetchall()
    return "\n".join(f"{a}\n{b}" for a, b in rows).encode()

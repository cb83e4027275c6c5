"""The Store contract, run against PostgreSQL (a real server started for the session).

Skips, naming what to install, without PostgreSQL (``apt-get install postgresql``) or
psycopg (the ``postgres`` and ``test`` extras); ``.ci/run`` installs both.
"""

from __future__ import annotations

import pytest

from assistant.errors import StoreError
from tests.contracts.store_contract import OpenStore, StoreContract, race
from tests.operator.databases import operator_database, with_accounts
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)
from tests.servers import free_port


class TestPostgresStoreContract(StoreContract):
    """The contract on a store scoped to one account, as every deployment opens it."""

    @pytest.fixture
    def open_store(self, postgres_server: PostgresServer) -> OpenStore:  # noqa: F811
        from assistant.store.postgres import PostgresStore

        conninfo = with_accounts(operator_database(postgres_server), "one")
        return lambda: PostgresStore.open(conninfo, account="one")


def test_the_unix_socket_reaches_the_same_server(postgres_server: PostgresServer) -> None:  # noqa: F811
    from assistant.store.postgres import PostgresStore

    conninfo = with_accounts(operator_database(postgres_server), "one")
    dbname = conninfo.rsplit("dbname=", 1)[1]
    via_socket = (
        f"host={postgres_server.socket_dir} port={postgres_server.port} "
        f"user=ia_operator dbname={dbname}"
    )
    with PostgresStore.open(via_socket, account="one") as store:
        store.set_meta("k", "v")
    with PostgresStore.open(conninfo, account="one") as store:
        assert store.get_meta("k") == "v"


def test_concurrent_first_opens_migrate_once(postgres_server: PostgresServer) -> None:  # noqa: F811
    from assistant.store.pg_migrations import MIGRATIONS
    from assistant.store.postgres import PostgresDatabase

    conninfo = operator_database(postgres_server)
    race(lambda: PostgresDatabase.connect(conninfo), lambda database: None)
    with PostgresDatabase.connect(conninfo) as store:
        names = [r["name"] for r in store.db.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]


def test_no_server_is_a_store_error_naming_the_fix(postgres_server: PostgresServer) -> None:  # noqa: F811
    from assistant.store.postgres import PostgresStore

    with pytest.raises(StoreError) as caught:
        PostgresStore.open(
            f"host=127.0.0.1 port={free_port()} user=ia dbname=x password=secret", account="one"
        )
    assert "cannot reach the database postgresql://ia@127.0.0.1:" in caught.value.message
    assert "secret" not in caught.value.message
    assert caught.value.fix


def test_an_up_to_date_database_opens_without_waiting_for_the_migration_lock(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    """A deployment opens a connection per pass: passes must not queue on the lock."""
    import threading

    import psycopg

    from assistant.store.postgres import MIGRATION_LOCK, PostgresDatabase

    conninfo = operator_database(postgres_server)
    PostgresDatabase.connect(conninfo).close()  # migrates
    opened = threading.Event()

    def open_again() -> None:
        PostgresDatabase.connect(conninfo).close()
        opened.set()

    with psycopg.connect(conninfo, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        thread = threading.Thread(target=open_again, daemon=True)
        thread.start()
        assert opened.wait(timeout=20), "the open waited for the migration lock"
        holder.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
    thread.join(timeout=20)

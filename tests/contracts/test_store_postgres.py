"""The Store contract, run against PostgreSQL (a real server started for the session).

Skips, naming what to install, without PostgreSQL (``apt-get install postgresql``) or
psycopg (the ``postgres`` and ``test`` extras); ``.ci/run`` installs both.
"""

from __future__ import annotations

import pytest

from assistant.errors import StoreError
from tests.contracts.store_contract import OpenStore, StoreContract
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)
from tests.servers import free_port


class TestPostgresStoreContract(StoreContract):
    @pytest.fixture
    def open_store(self, postgres_server: PostgresServer) -> OpenStore:  # noqa: F811
        from assistant.store.postgres import PostgresStore

        conninfo = postgres_server.new_database()
        return lambda: PostgresStore.open(conninfo)


def test_the_unix_socket_reaches_the_same_server(postgres_server: PostgresServer) -> None:  # noqa: F811
    from assistant.store.postgres import PostgresStore

    conninfo = postgres_server.new_database()
    dbname = conninfo.rsplit("dbname=", 1)[1]
    via_socket = (
        f"host={postgres_server.socket_dir} port={postgres_server.port} user=ia dbname={dbname}"
    )
    with PostgresStore.open(via_socket) as store:
        store.set_meta("k", "v")
    with PostgresStore.open(conninfo) as store:
        assert store.get_meta("k") == "v"


def test_concurrent_first_opens_migrate_once(postgres_server: PostgresServer) -> None:  # noqa: F811
    from assistant.store.pg_migrations import MIGRATIONS
    from assistant.store.postgres import PostgresStore
    from tests.contracts.store_contract import race

    conninfo = postgres_server.new_database()
    race(lambda: PostgresStore.open(conninfo), lambda store: None)
    with PostgresStore.open(conninfo) as store:
        names = [r["name"] for r in store.db.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]


def test_no_server_is_a_store_error_naming_the_fix(postgres_server: PostgresServer) -> None:  # noqa: F811
    from assistant.store.postgres import PostgresStore

    with pytest.raises(StoreError) as caught:
        PostgresStore.open(f"host=127.0.0.1 port={free_port()} user=ia dbname=x password=secret")
    assert "cannot reach the database postgresql://ia@127.0.0.1:" in caught.value.message
    assert "secret" not in caught.value.message
    assert caught.value.fix

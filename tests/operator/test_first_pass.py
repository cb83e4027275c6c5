"""An added or resumed account gets a pass at once, enqueued in the same transaction."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.errors import StoreError
from assistant.operator import queue
from assistant.operator.accounts import Accounts
from assistant.store.postgres import PostgresDatabase
from tests.operator.databases import MINIMAL_CONFIG, operator_db  # noqa: F401 (fixture)
from tests.postgres_server import postgres_server  # noqa: F401 (fixture)

NOW = datetime(2027, 4, 1, 8, 0, tzinfo=UTC)


def waiting(conninfo: str) -> list[str]:
    app = queue.make_app(conninfo)
    with app.open():
        return sorted(job["account"] for job in queue.pass_jobs(app, ["todo"]))


@pytest.fixture
def accounts(operator_db: str):  # noqa: F811
    queue.migrate(operator_db)
    with PostgresDatabase.connect(operator_db) as database:
        yield Accounts(database)


def test_an_added_account_has_its_first_pass_queued(accounts: Accounts, operator_db: str) -> None:  # noqa: F811
    accounts.add("ana", MINIMAL_CONFIG, "", NOW)
    assert accounts.pass_waiting("ana")
    assert waiting(operator_db) == ["ana"]


def test_an_add_that_fails_after_queueing_keeps_neither(
    accounts: Accounts,
    operator_db: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = queue.enqueue_pass_in

    def queue_then_fail(connection, account_id, **kwargs):  # type: ignore[no-untyped-def]
        real(connection, account_id, **kwargs)
        raise StoreError("the connection was lost")

    monkeypatch.setattr(queue, "enqueue_pass_in", queue_then_fail)
    with pytest.raises(StoreError):
        accounts.add("ana", MINIMAL_CONFIG, "", NOW)
    assert waiting(operator_db) == []  # the job went with the account row
    assert [a.account_id for a in accounts.all()] == []


def test_a_resumed_account_is_queued_once(accounts: Accounts, operator_db: str) -> None:  # noqa: F811
    accounts.add("ben", MINIMAL_CONFIG, "", NOW)
    assert accounts.halt("ben", "the Google grant expired", NOW)
    assert accounts.resume("ben") is True
    assert accounts.resume("ben") is False  # not halted any more: nothing changes
    assert waiting(operator_db) == ["ben"]  # one waiting pass, not two


def test_without_the_queue_tables_nothing_is_queued(operator_db: str) -> None:  # noqa: F811
    with PostgresDatabase.connect(operator_db) as database:
        table = Accounts(database)
        table.add("cy", MINIMAL_CONFIG, "", NOW)
        assert table.get("cy").account_id == "cy"
        assert not table.pass_waiting("cy")

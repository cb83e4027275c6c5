"""Passes as jobs on procrastinate, against a real PostgreSQL and a fake deployment."""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.errors import AuthError, ConfigError, NotFoundError, TransientError
from assistant.operator import queue, schedule
from assistant.operator.worker import WorkerSettings, run_worker
from tests.operator.fake_deployment import FakeDeployment
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)

NOW = datetime(2027, 4, 12, 7, 0, tzinfo=UTC)


@pytest.fixture
def conninfo(postgres_server: PostgresServer) -> str:  # noqa: F811
    conninfo = postgres_server.new_database()
    queue.migrate(conninfo)
    return conninfo


@pytest.fixture
def app(conninfo: str) -> Iterator[queue.procrastinate.App]:
    app = queue.make_app(conninfo)
    with app.open():
        yield app


DUE = "SELECT count(*) AS n FROM procrastinate_jobs WHERE status = 'todo' AND coalesce(scheduled_at, now()) <= now()"


def drain(deployment: FakeDeployment, conninfo: str, concurrency: int = 1) -> None:
    """Run workers until the queue holds nothing due. A worker told not to wait stops when
    it finds nothing to fetch, which includes a job held back by its account's lock."""
    settings = WorkerSettings(
        concurrency=concurrency, wait=False, clock=lambda: NOW, periodic=False
    )
    for _ in range(5):
        run_worker(deployment, conninfo, settings)
        with psycopg.connect(conninfo) as connection:
            row = connection.execute(DUE).fetchone()
        if row is not None and row[0] == 0:
            return
    raise AssertionError("jobs still due after five workers")


def test_migrate_creates_the_queue_once(postgres_server: PostgresServer) -> None:  # noqa: F811
    conninfo = postgres_server.new_database()
    assert queue.migrate(conninfo) is True
    assert queue.migrate(conninfo) is False


def test_workers_migrating_at_once_create_the_queue_once(
    postgres_server: PostgresServer,  # noqa: F811
) -> None:
    conninfo = postgres_server.new_database()
    results: list[bool] = []
    threads = [
        threading.Thread(target=lambda: results.append(queue.migrate(conninfo))) for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == [False, False, True]


def test_one_waiting_pass_per_account(app, conninfo: str) -> None:
    deployment = FakeDeployment({"a": 300, "b": 300})
    first = queue.enqueue_pass(app, "a", now=NOW)
    assert first is not None
    assert queue.enqueue_pass(app, "a", now=NOW) is None  # the queueing lock
    assert queue.enqueue_pass(app, "b") is not None
    drain(deployment, conninfo)
    assert sorted(deployment.passes) == [("a", NOW), ("b", NOW)]
    # Successful jobs are deleted: the queue keeps what is waiting, running or failed.
    assert queue.pass_jobs(app, ["todo", "doing", "succeeded", "failed"]) == []


def test_the_job_time_wins_over_the_worker_clock(app, conninfo: str) -> None:
    deployment = FakeDeployment({"a": 300})
    later = NOW + timedelta(days=3)
    queue.enqueue_pass(app, "a", now=later)
    drain(deployment, conninfo)
    assert deployment.passes == [("a", later)]


def test_two_passes_of_one_account_never_overlap(app, conninfo: str) -> None:
    # Two jobs for account "a" (no queueing lock, so both wait) and one for "b". The first
    # pass of "a" stays open until "b" has run; with a broken lock the second pass of "a"
    # would start beside it on the worker's third slot.
    b_done = threading.Event()
    deployment = FakeDeployment({"a": 300, "b": 300})
    deployment.during["a"] = lambda: b_done.wait(timeout=10)
    deployment.during["b"] = b_done.set
    for account in ("a", "a", "b"):
        app.configure_task(queue.PASS_TASK, lock=f"account:{account}").defer(
            account_id=account, now=None
        )
    drain(deployment, conninfo, concurrency=3)
    assert [a for a, _ in deployment.passes].count("a") == 2
    assert deployment.overlaps == []


def test_an_expired_grant_halts_the_account_once_without_retry(
    app, conninfo: str, caplog: pytest.LogCaptureFixture
) -> None:
    deployment = FakeDeployment({"a": 300}, fail={"a": AuthError("the Google grant expired")})
    queue.enqueue_pass(app, "a")
    with caplog.at_level(logging.WARNING, logger="assistant.operator.queue"):
        drain(deployment, conninfo)
        queue.enqueue_pass(app, "a")  # a pass enqueued before the halt was seen
        drain(deployment, conninfo)
    assert deployment.halted == {"a": "the Google grant expired"}
    halts = [r.getMessage() for r in caplog.records if "halted" in r.getMessage()]
    assert halts == [
        "account a halted: the Google grant expired; its passes stop until "
        "`interview-assistant accounts resume a`"
    ]
    assert queue.pass_jobs(app, ["todo", "doing", "failed"]) == []
    assert queue.enqueue_due(app, deployment, int(NOW.timestamp())) == []


def test_a_stored_config_that_no_longer_loads_halts_the_account(
    app, conninfo: str, caplog: pytest.LogCaptureFixture
) -> None:
    problem = ConfigError(["[schedule] poll: not a duration"], path="the config of account a")
    deployment = FakeDeployment({"a": 300}, fail={"a": problem})
    queue.enqueue_pass(app, "a")
    with caplog.at_level(logging.WARNING, logger="assistant.operator.queue"):
        drain(deployment, conninfo)
    assert deployment.halted == {"a": " ".join(str(problem).split())}
    (halt,) = [r.getMessage() for r in caplog.records if "halted" in r.getMessage()]
    assert halt.endswith(
        "its passes stop until `interview-assistant accounts update a --config FILE`, "
        "then `interview-assistant accounts resume a`"
    )
    assert queue.pass_jobs(app, ["todo", "doing", "failed"]) == []


def test_the_pass_of_a_removed_account_is_dropped(app, conninfo: str) -> None:
    gone = NotFoundError("there is no account 'a'")
    deployment = FakeDeployment({"a": 300}, fail={"a": gone})
    queue.enqueue_pass(app, "a")
    drain(deployment, conninfo)
    assert deployment.halted == {}
    assert queue.pass_jobs(app, ["todo", "doing", "failed"]) == []


def test_a_transient_fault_is_retried_with_backoff(app, conninfo: str) -> None:
    deployment = FakeDeployment({"a": 300}, fail={"a": TransientError("HTTP 503")})
    queue.enqueue_pass(app, "a")
    drain(deployment, conninfo)
    (job,) = queue.pass_jobs(app, ["todo"])
    assert job["attempts"] == 1
    scheduled = app.connector.get_sync_connector().execute_query_one(
        "SELECT scheduled_at - now() AS wait FROM procrastinate_jobs WHERE id = %(id)s",
        id=job["id"],
    )["wait"]
    assert timedelta(seconds=3) < scheduled <= timedelta(seconds=5)
    assert len(deployment.passes) == 1  # not yet: the retry waits its backoff


def test_a_bug_is_not_retried(app, conninfo: str) -> None:
    deployment = FakeDeployment({"a": 300}, fail={"a": ValueError("a bug")})
    queue.enqueue_pass(app, "a")
    drain(deployment, conninfo)
    assert [j["status"] for j in queue.pass_jobs(app, ["todo", "failed"])] == ["failed"]


def leave_doing(app, job_id: int | None) -> None:
    """What a SIGKILLed worker leaves: the job "doing", its worker row gone (pruned)."""
    app.connector.get_sync_connector().execute_query(
        "UPDATE procrastinate_jobs SET status = 'doing', worker_id = NULL WHERE id = %(id)s",
        id=job_id,
    )


def recover(conninfo: str) -> list[int]:
    async def run() -> list[int]:
        async with queue.make_app(conninfo).open_async() as other:
            return await queue.recover_stalled(other, stalled_after=30)

    return asyncio.run(run())


def test_a_pass_left_by_a_dead_worker_runs_again(app, conninfo: str) -> None:
    deployment = FakeDeployment({"a": 300})
    job_id = queue.enqueue_pass(app, "a", now=NOW)
    leave_doing(app, job_id)
    assert queue.busy_accounts(app) == {"a"}
    assert queue.enqueue_due(app, deployment, int(NOW.timestamp())) == []
    assert recover(conninfo) == [job_id]
    drain(deployment, conninfo)
    assert deployment.passes == [("a", NOW)]


def test_a_dead_workers_pass_gives_way_to_a_waiting_one(app, conninfo: str) -> None:
    deployment = FakeDeployment({"a": 300})
    job_id = queue.enqueue_pass(app, "a", now=NOW)
    leave_doing(app, job_id)
    waiting = queue.enqueue_pass(app, "a", now=NOW)  # the queueing lock counts only "todo"
    assert recover(conninfo) == []
    assert [(j["id"], j["status"]) for j in queue.pass_jobs(app, ["todo", "failed"])] == [
        (job_id, "failed"),
        (waiting, "todo"),
    ]
    drain(deployment, conninfo)
    assert deployment.passes == [("a", NOW)]


def test_due_passes_are_spread_over_the_minute(app, conninfo: str) -> None:
    accounts = {f"acct-{n}": 60 for n in range(30)}
    deployment = FakeDeployment(accounts)
    start = int(NOW.timestamp())
    enqueued = queue.enqueue_due(app, deployment, start)
    assert sorted(a for a, _ in enqueued) == sorted(accounts)
    slots = [slot for _, slot in enqueued]
    assert all(start <= s < start + 60 for s in slots)
    assert len(set(slots)) > 10  # not one burst at the top of the minute
    assert queue.enqueue_due(app, deployment, start + 60) == []  # still waiting: skipped


@given(
    account=st.text(min_size=1, max_size=20),
    poll=st.integers(min_value=60, max_value=86400),
    start=st.integers(min_value=0, max_value=2**34),
    rounds=st.integers(min_value=1, max_value=5),
)
def test_each_account_is_due_once_per_poll_interval(
    account: str, poll: int, start: int, rounds: int
) -> None:
    start -= start % 60  # the periodic task runs at the top of each minute
    windows = range(start, start + rounds * poll + 60, 60)
    slots = [schedule.slot_in_window(account, poll, w, w + 60) for w in windows]
    due = [s for s in slots if s is not None]
    span = windows[-1] + 60 - start
    assert span // poll <= len(due) <= span // poll + 1
    assert all(b - a == poll for a, b in itertools.pairwise(due))


def test_a_pass_enqueued_in_a_transaction_exists_only_if_it_commits(app, conninfo: str) -> None:
    with psycopg.connect(conninfo) as connection, connection.transaction():
        assert queue.enqueue_pass_in(connection, "a", now=NOW) is not None
        raise psycopg.Rollback()  # the caller's change failed: nothing is kept
    assert queue.pass_jobs(app, ["todo"]) == []
    with psycopg.connect(conninfo) as connection, connection.transaction():
        job_id = queue.enqueue_pass_in(connection, "a", now=NOW)
        connection.execute("SELECT 1")  # the caller's own change, in the same transaction
        assert queue.enqueue_pass_in(connection, "a") is None  # one waiting pass at most
    assert [j["id"] for j in queue.pass_jobs(app, ["todo"])] == [job_id]
    deployment = FakeDeployment({"a": 300})
    drain(deployment, conninfo)
    assert deployment.passes == [("a", NOW)]


def test_poll_intervals_are_read_once_an_hour_and_survive_bad_configs() -> None:
    asked: list[str] = []

    class Deployment(FakeDeployment):
        def poll_seconds(self, account_id: str) -> int:
            asked.append(account_id)
            if account_id == "broken":
                raise ConfigError(["[schedule] poll: not a duration"])
            if account_id == "gone":
                raise NotFoundError("there is no account 'gone'")
            return super().poll_seconds(account_id)

    clock = [0.0]
    polls = schedule.PollIntervals(
        Deployment({"a": 600, "broken": 1, "gone": 1}), clock=lambda: clock[0]
    )
    assert [polls.get(a) for a in ("a", "broken", "gone")] == [600, 300, None]
    clock[0] = 3599.0
    assert polls.get("a") == 600 and asked == ["a", "broken", "gone"]
    clock[0] = 3600.0
    assert polls.get("a") == 600 and asked == ["a", "broken", "gone", "a"]

"""Passes as jobs: the procrastinate queue of an operator deployment (issue 20).

The queue lives in the deployment's PostgreSQL database, beside the store, so a job can
be enqueued in the same transaction as the state change that calls for it. Three tasks:

``ia:pass_account(account_id, now=None)``
    One pass for one account (:meth:`Deployment.run_pass`). Enqueued with
    ``lock="account:<id>"``: procrastinate runs at most one job per lock at a time, so two
    passes of one account never overlap, on any number of workers; and with
    ``queueing_lock="pass:<id>"``: at most one waiting pass per account, so a backlog never
    piles up. A :class:`TransientError` (or a :class:`StoreError`: the database blinked)
    is retried with exponential backoff (:data:`PASS_RETRY`); an :class:`AuthError` (the
    grant is gone) or a :class:`ConfigError` (the stored config no longer loads) halts the
    account (:meth:`Deployment.halt`), is logged once, and is not retried; a pass of an
    account removed meanwhile (:class:`NotFoundError`) is dropped.
``ia:enqueue_due_passes(timestamp)``
    Periodic, every minute: enqueues the passes due in the coming minute, each scheduled
    at its own second (:func:`slot_in_window`), so 1,000 accounts polled every five
    minutes make a steady 200 passes a minute instead of a burst.
``ia:recover_stalled_passes(timestamp)``
    Periodic, every 10 seconds: a pass whose worker died (no heartbeat for
    ``stalled_after`` seconds, procrastinate's ``get_stalled_jobs``) is put back to
    ``todo``; the store's idempotency keys make the re-run harmless.

The worker hands the tasks their services through procrastinate's
``additional_context``: ``deployment`` (a :class:`PassRunner`), ``poll_intervals`` (its
:class:`PollIntervals`, kept between minutes), ``clock`` (a callable returning an aware
``datetime``) and ``stalled_after`` (seconds).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import procrastinate
from procrastinate.exceptions import AlreadyEnqueued, UniqueViolation
from procrastinate.jobs import Status

from assistant.errors import (
    AuthError,
    ConfigError,
    NotFoundError,
    StoreError,
    TransientError,
    UsageError,
)
from assistant.logs import for_account
from assistant.operator.schedule import WINDOW_SECONDS, PassRunner, PollIntervals, slot_in_window
from assistant.operator.worker import STALLED_AFTER_SECONDS

log = logging.getLogger(__name__)

NAMESPACE = "ia"
PASS_TASK = f"{NAMESPACE}:pass_account"
ENQUEUE_CRON = "* * * * *"
# Looking for passes of dead workers: every 10 seconds (a sixth cron column is seconds),
# a single indexed query, so an account is stuck for at most STALLED_AFTER + 10 seconds.
RECOVER_CRON = "* * * * * */10"
# Retries of a pass after a temporary fault: 5 s, 25 s, 125 s, 625 s, then the job fails
# and the account's next poll slot enqueues a fresh pass.
PASS_RETRY = procrastinate.RetryStrategy(
    max_attempts=4, exponential_wait=5, retry_exceptions={TransientError, StoreError}
)
# Serialises `worker --migrate` runs started together on several machines.
_SCHEMA_LOCK = 0x1A5C4E3A


def make_app(
    conninfo: str, *, max_connections: int = 4, periodic: bool = True
) -> procrastinate.App:
    """A procrastinate App on the deployment's database, with the three tasks.

    ``conninfo`` is a libpq URL or key=value string; ``max_connections`` caps the pool of
    the queue's own connections (the worker's LISTEN connection, fetching and finishing
    jobs): a worker holds at most this many, plus one per running pass for the store.
    ``periodic`` False leaves the two periodic tasks unscheduled (a worker then only runs
    the passes it is given: tests, the benchmark).
    """
    connector = procrastinate.PsycopgConnector(
        conninfo=conninfo, min_size=1, max_size=max(2, max_connections)
    )
    app = procrastinate.App(connector=connector)
    # Registered per App (a procrastinate Blueprint binds to the first App only).
    app.task(name=PASS_TASK, pass_context=True, retry=PASS_RETRY)(pass_account)
    for name, function, cron in (
        (f"{NAMESPACE}:enqueue_due_passes", enqueue_due_passes, ENQUEUE_CRON),
        (f"{NAMESPACE}:recover_stalled_passes", recover_stalled_passes, RECOVER_CRON),
    ):
        task = app.task(name=name, pass_context=True, queueing_lock=name)(function)
        if periodic:
            app.periodic(cron=cron, periodic_id=name)(task)
    return app


_HAS_SCHEMA = "SELECT to_regclass('procrastinate_jobs') IS NOT NULL"


def migrate(conninfo: str) -> bool:
    """Create procrastinate's tables and functions unless they are there; True if created.

    Idempotent and safe to run from several machines at once (an advisory lock serialises
    the runs). Raises StoreError when the database cannot be reached.
    """
    import psycopg

    with _store_errors(conninfo), psycopg.connect(conninfo) as connection:
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
        row = connection.execute(_HAS_SCHEMA).fetchone()
        if row is not None and row[0]:
            return False
        connection.execute(procrastinate.schema.SchemaManager.get_schema())
        return True


def require_schema(conninfo: str) -> None:
    """Raise UsageError naming ``worker --migrate`` when the queue's tables are missing
    (StoreError when the database cannot be reached)."""
    import psycopg

    with _store_errors(conninfo), psycopg.connect(conninfo) as connection:
        row = connection.execute(_HAS_SCHEMA).fetchone()
    if row is None or not row[0]:
        raise UsageError(
            "the deployment's database has no queue yet",
            fix="run `interview-assistant worker --migrate` once",
        )


@contextmanager
def _store_errors(conninfo: str) -> Iterator[None]:
    """psycopg's errors as the store's one-line StoreError naming the database."""
    import psycopg

    from assistant.store.postgres import database_error, describe

    try:
        yield
    except psycopg.Error as error:
        raise database_error(error, describe(conninfo)) from None


def enqueue_pass(
    app: procrastinate.App,
    account_id: str,
    *,
    now: datetime | None = None,
    at: datetime | None = None,
) -> int | None:
    """Enqueue one pass for ``account_id``; the job id, or None if one is already waiting.

    ``now`` fixes the time the pass acts at (tests, a replay); None means the worker's
    clock when the pass runs. ``at`` schedules the job no sooner than that time.
    """
    try:
        return app.configure_task(
            PASS_TASK,
            lock=f"account:{account_id}",
            queueing_lock=f"pass:{account_id}",
            schedule_at=at,
        ).defer(account_id=account_id, now=now.isoformat() if now else None)
    except AlreadyEnqueued:
        return None


_DEFER_IN = (
    "SELECT unnest(procrastinate_defer_jobs_v1(ARRAY[ROW('default', %s, 0, %s, %s, %s::jsonb,"
    " NULL)::procrastinate_job_to_defer_v1]))"
)


def enqueue_pass_in(connection: Any, account_id: str, *, now: datetime | None = None) -> int | None:
    """Enqueue a pass for ``account_id`` inside the caller's open transaction on
    ``connection`` (a psycopg ``Connection``); the job id, or None if one is waiting.

    The job exists only if that transaction commits, so a state change and the pass it
    calls for (an account added or resumed: its first pass now, not at its next slot)
    happen together or not at all. Same lock and queueing lock as :func:`enqueue_pass`;
    through procrastinate's own SQL function, so its NOTIFY wakes a worker on commit.
    """
    import psycopg

    args = json.dumps({"account_id": account_id, "now": now.isoformat() if now else None})
    try:
        with connection.transaction():  # a savepoint: a waiting pass leaves ours intact
            row = connection.execute(
                _DEFER_IN, (PASS_TASK, f"account:{account_id}", f"pass:{account_id}", args)
            ).fetchone()
    except psycopg.errors.UniqueViolation:
        return None
    return int(row[0] if isinstance(row, tuple) else next(iter(row.values())))


_BUSY_ACCOUNTS = (
    "SELECT lock FROM procrastinate_jobs"
    " WHERE task_name = %(task)s AND status IN ('todo', 'doing') AND lock IS NOT NULL"
)


def busy_accounts(app: procrastinate.App) -> set[str]:
    """Accounts with a pass waiting or running: enqueuing another would pile up (or, for
    a running one that a stall recovery puts back to ``todo``, clash with its queueing
    lock)."""
    rows = app.connector.get_sync_connector().execute_query_all(_BUSY_ACCOUNTS, task=PASS_TASK)
    return {row["lock"].removeprefix("account:") for row in rows}


def enqueue_due(
    app: procrastinate.App,
    deployment: PassRunner,
    timestamp: int,
    polls: PollIntervals | None = None,
) -> list[tuple[str, int]]:
    """Enqueue the passes due in ``[timestamp, timestamp + WINDOW_SECONDS)``.

    Returns ``(account_id, slot)`` for each pass enqueued (slot in Unix seconds). An
    account whose pass is still waiting or running is skipped: its next slot comes.
    ``polls`` caches the accounts' intervals between calls (a worker keeps one).
    """
    polls = polls or PollIntervals(deployment)
    busy = busy_accounts(app)
    enqueued = []
    for account_id in deployment.account_ids():
        poll = polls.get(account_id)
        if account_id in busy or poll is None:
            continue
        slot = slot_in_window(account_id, poll, timestamp, timestamp + WINDOW_SECONDS)
        if slot is None:
            continue
        at = datetime.fromtimestamp(slot, UTC)
        if enqueue_pass(app, account_id, at=at) is not None:
            enqueued.append((account_id, slot))
    return enqueued


async def recover_stalled(app: procrastinate.App, stalled_after: float) -> list[int]:
    """Put back to ``todo`` each pass whose worker sent no heartbeat for ``stalled_after``
    seconds (it was killed or lost its machine); the job ids put back.

    When another pass of that account is already waiting, the stalled one is closed as
    ``failed`` instead (two waiting passes would break the queueing lock, and the waiting
    one does the same work). Source: procrastinate's "retry stalled jobs" recipe
    (``JobManager.get_stalled_jobs``).
    """
    stalled = await app.job_manager.get_stalled_jobs(
        task_name=PASS_TASK, seconds_since_heartbeat=stalled_after
    )
    recovered = []
    for job in stalled:
        assert job.id is not None
        try:
            await app.job_manager.retry_job(job)
        except UniqueViolation:
            log.warning(
                "a worker stopped in the middle of a pass (job %s); the account's"
                " next pass is already waiting",
                job.id,
            )
            await app.job_manager.finish_job(job, Status.FAILED, delete_job=False)
            continue
        log.warning("a worker stopped in the middle of a pass (job %s); running it again", job.id)
        recovered.append(job.id)
    return recovered


def one_line(error: Exception) -> str:
    """The error as one line (a ConfigError lists its problems on several)."""
    return " ".join(str(error).split())


def _context(context: procrastinate.JobContext) -> dict[str, Any]:
    return context.additional_context


def _wall_clock() -> datetime:
    return datetime.now(UTC)


def pass_account(
    context: procrastinate.JobContext, account_id: str, now: str | None = None
) -> dict[str, Any]:
    """One pass for one account; returns a summary (stored by procrastinate, for logs)."""
    services = _context(context)
    deployment: PassRunner = services["deployment"]
    clock: Callable[[], datetime] = services.get("clock", _wall_clock)
    when = datetime.fromisoformat(now) if now else clock()
    with for_account(account_id):
        return _pass_account(deployment, account_id, when)


def _pass_account(deployment: PassRunner, account_id: str, when: datetime) -> dict[str, Any]:
    try:
        report = deployment.run_pass(account_id, when)
    except (AuthError, ConfigError) as error:
        # Retrying cannot help: the account waits for the operator (`accounts list`
        # shows why), and the log says so once.
        if deployment.halt(account_id, one_line(error), when):
            repair = (
                f"`interview-assistant accounts update {account_id} --config FILE`, then "
                if isinstance(error, ConfigError)
                else ""
            )
            log.warning(
                "account %s halted: %s; its passes stop until %s"
                "`interview-assistant accounts resume %s`",
                account_id,
                one_line(error),
                repair,
                account_id,
            )
        return {"account": account_id, "halted": True}
    except NotFoundError:
        # Removed after this pass was enqueued: nothing is left to do.
        log.info("account %s was removed; its pass is dropped", account_id)
        return {"account": account_id, "removed": True}
    for problem in report.errors:
        log.warning("account %s: %s", account_id, problem)
    return {
        "account": account_id,
        "briefings": len(report.briefings),
        "drafts": len(report.drafts_created),
        "errors": len(report.errors),
    }


def enqueue_due_passes(context: procrastinate.JobContext, timestamp: int) -> int:
    """Enqueue the passes due in the minute starting at ``timestamp``; how many."""
    services = _context(context)
    deployment = services["deployment"]
    enqueued = enqueue_due(context.app, deployment, timestamp, services.get("poll_intervals"))
    log.info("%d passes enqueued for the minute from %d", len(enqueued), timestamp)
    return len(enqueued)


async def recover_stalled_passes(context: procrastinate.JobContext, timestamp: int) -> int:
    """Put passes of dead workers back in the queue; how many."""
    stalled_after = _context(context).get("stalled_after", STALLED_AFTER_SECONDS)
    return len(await recover_stalled(context.app, stalled_after))


def pass_jobs(app: procrastinate.App, statuses: Iterable[str]) -> list[dict[str, Any]]:
    """The pass jobs in ``statuses`` (``todo``, ``doing``, ``succeeded``, ``failed``…):
    dicts with ``id``, ``account``, ``status``, ``attempts``, oldest first (the benchmark,
    the tests)."""
    rows = app.connector.get_sync_connector().execute_query_all(
        "SELECT id, args->>'account_id' AS account, status::text AS status, attempts"
        " FROM procrastinate_jobs WHERE task_name = %(task)s AND status::text = ANY(%(s)s)"
        " ORDER BY id",
        task=PASS_TASK,
        s=list(statuses),
    )
    return [dict(row) for row in rows]

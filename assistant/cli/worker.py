"""``interview-assistant worker``: work the operator deployment's queue of passes."""

from __future__ import annotations

import click

from assistant.errors import UsageError
from assistant.operator.worker import HEARTBEAT_SECONDS, STALLED_AFTER_SECONDS
from assistant.paths import DATABASE_URL_ENV, operator_mode


@click.command()
@click.option(
    "--concurrency",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Passes this worker runs at once (each holds one database connection).",
)
@click.option(
    "--migrate",
    is_flag=True,
    help="Create the queue's tables in the deployment's database if missing, then exit.",
)
@click.option("--name", help="A name for this worker in the log (default: the host name).")
@click.option(
    "--heartbeat",
    default=HEARTBEAT_SECONDS,
    type=click.FloatRange(0.1),
    help=f"Seconds between this worker's heartbeats (default {HEARTBEAT_SECONDS:g}).",
)
@click.option(
    "--stalled-after",
    default=STALLED_AFTER_SECONDS,
    type=click.FloatRange(1),
    help="Seconds without a heartbeat after which another worker runs a pass again "
    f"(default {STALLED_AFTER_SECONDS:g}).",
)
def worker(
    concurrency: int, migrate: bool, name: str | None, heartbeat: float, stalled_after: float
) -> None:
    """Run passes for the accounts of an operator deployment, until stopped.

    Needs INTERVIEW_ASSISTANT_DATABASE_URL and INTERVIEW_ASSISTANT_TOKEN_KEYS (see
    docs/operator.md). Start any number of workers on any number of machines: each
    account gets one pass per poll interval, never two at once. SIGTERM or Ctrl-C lets
    the running passes finish, then stops.
    """
    import socket

    if not operator_mode():
        raise UsageError(
            "`worker` runs the passes of a deployment for many job seekers, and operator "
            "mode is off",
            fix=f"set {DATABASE_URL_ENV} to the deployment's PostgreSQL URL (docs/operator.md);"
            " a single user runs `interview-assistant run` instead",
        )
    if stalled_after < 2 * heartbeat:
        raise UsageError(
            f"--stalled-after {stalled_after:g} is less than twice --heartbeat {heartbeat:g}: "
            "one late heartbeat would make a live worker look dead",
            fix=f"give --stalled-after {2 * heartbeat:g} or more",
        )
    require_operator_extra()
    from assistant.operator.deployment import Deployment
    from assistant.operator.queue import migrate as migrate_queue
    from assistant.operator.queue import require_schema
    from assistant.operator.worker import WorkerSettings, run_worker

    deployment = Deployment.from_env()
    url = deployment.settings.database_url
    _require_ordinary_role(url)
    if migrate:
        created = migrate_queue(url)
        click.echo(
            "Created the queue's tables." if created else "The queue's tables were already there."
        )
        return
    require_schema(url)
    settings = WorkerSettings(
        concurrency=concurrency,
        name=name or socket.gethostname(),
        heartbeat_seconds=heartbeat,
        stalled_after=stalled_after,
    )
    click.echo(
        f"Worker {settings.name} working the queue ({concurrency} at once); "
        "SIGTERM or Ctrl-C stops it after the running passes."
    )
    try:
        run_worker(deployment, url, settings)
    finally:
        deployment.close()
    click.echo(f"Worker {settings.name} stopped.")


def _require_ordinary_role(url: str) -> None:
    """Refuse a superuser or BYPASSRLS role before any pass is queued: every pass would
    fail on it (see :func:`assistant.store.postgres.refuse_bypassing_role`)."""
    import psycopg
    from psycopg.rows import dict_row

    from assistant.store.postgres import database_error, describe, refuse_bypassing_role

    try:
        with psycopg.connect(url, row_factory=dict_row, connect_timeout=10) as connection:
            refuse_bypassing_role(connection, describe(url))
    except psycopg.Error as exc:
        raise database_error(exc, describe(url)) from None


def require_operator_extra() -> None:
    """UsageError naming the extra to install when the queue's libraries are missing."""
    import importlib.util

    missing = [
        m for m in ("procrastinate", "psycopg", "cryptography") if not importlib.util.find_spec(m)
    ]
    if missing:
        raise UsageError(
            f"operator mode needs {', '.join(missing)}, which this installation lacks",
            fix="pip install 'interview-assistant[operator]'",
        )

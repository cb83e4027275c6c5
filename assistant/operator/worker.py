"""``interview-assistant worker``: one process working the deployment's queue.

Any number of workers may run, on any number of machines, against one database: the
queue hands each job to one worker, and the per-account lock keeps two passes of one
account apart (see :mod:`assistant.operator.queue`). Each worker also runs the periodic
tasks; procrastinate defers each periodic job once, whichever worker gets there first.

Stopping: SIGTERM or SIGINT (procrastinate's handlers) stops taking jobs and lets the
running passes finish; a worker killed outright leaves its pass ``doing`` until another
worker's stall recovery puts it back in the queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # procrastinate is imported when a worker starts, not for `--help`
    from assistant.operator.schedule import PassRunner

log = logging.getLogger(__name__)

# Seconds without a heartbeat after which a worker counts as dead (procrastinate's default).
STALLED_AFTER_SECONDS = 30.0
# Seconds between a worker's heartbeats (procrastinate's default); a third of
# STALLED_AFTER_SECONDS, so one late heartbeat never makes a live worker look dead.
HEARTBEAT_SECONDS = 10.0
# How often an idle worker looks for jobs when a NOTIFY was missed, in seconds.
POLL_SECONDS = 5.0


@dataclass
class WorkerSettings:
    """How one worker runs.

    ``concurrency``: passes at once (each in a thread, each holding one store
    connection). ``heartbeat_seconds`` / ``stalled_after``: seconds between heartbeats,
    and without one before the worker's running pass is recovered by another worker.
    ``wait``: False stops once the queue is empty (tests, the benchmark).
    ``clock``: the time a pass acts at when its job names none (tests inject one).
    ``periodic``: False runs only the jobs in the queue, none on the wall clock's minutes.
    """

    concurrency: int = 1
    name: str | None = None
    heartbeat_seconds: float = HEARTBEAT_SECONDS
    stalled_after: float = STALLED_AFTER_SECONDS
    poll_seconds: float = POLL_SECONDS
    wait: bool = True
    clock: Callable[[], datetime] | None = None
    periodic: bool = True


def run_worker(deployment: PassRunner, conninfo: str, settings: WorkerSettings) -> None:
    """Work the queue until stopped (or, with ``settings.wait`` False, until it is empty).

    Blocks; installs handlers for SIGINT and SIGTERM (graceful stop). Raises
    ``procrastinate.exceptions.ConnectorException`` when the database cannot be reached.
    """
    from assistant.operator.queue import make_app
    from assistant.operator.schedule import PollIntervals

    # The queue's own connections: LISTEN, fetching, finishing, heartbeats.
    app = make_app(conninfo, max_connections=2 + settings.concurrency, periodic=settings.periodic)
    context: dict[str, object] = {
        "deployment": deployment,
        "poll_intervals": PollIntervals(deployment),
        "stalled_after": settings.stalled_after,
    }
    if settings.clock is not None:
        context["clock"] = settings.clock
    log.info("worker %s starting: %d pass(es) at once", settings.name or "", settings.concurrency)
    app.run_worker(
        concurrency=settings.concurrency,
        name=settings.name,
        wait=settings.wait,
        additional_context=context,
        update_heartbeat_interval=settings.heartbeat_seconds,
        stalled_worker_timeout=settings.stalled_after,
        fetch_job_polling_interval=settings.poll_seconds,
        # Passes succeed, fail or halt in the pass log and the store; the queue keeps only
        # what is waiting, running or failed.
        delete_jobs="successful",
        install_signal_handlers=settings.wait,
    )
    log.info("worker %s stopped", settings.name or "")

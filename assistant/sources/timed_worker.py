"""One daemon thread that runs jobs one after another, each waited for a bounded time.

A calendar read expands each recurring series in a worker thread, because a rule that
matches no date makes dateutil walk to the year 9999 and nothing can interrupt that
walk (:func:`assistant.sources.expansion.occurrences`). Starting a thread per series
cost about half a millisecond each (a quarter of a second for 500 series, measured by
``scripts/bench.py``); this worker is started once per read and reused. A job still
running when its time is up is abandoned with its thread (a daemon: it ends when that
job does, or with the process), and the next job gets a new thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

_Job = tuple[Callable[[], Any], "queue.SimpleQueue[tuple[bool, Any]]"]


class Late(Exception):
    """The job was still running when its time was up; it was abandoned."""


class TimedWorker:
    """Runs ``job()`` in a daemon thread and waits at most ``seconds`` for it.

    Not shared between threads: one reader uses one worker. :meth:`close` ends the
    thread (a read calls it when it is done).
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[_Job | None] | None = None
        self._thread: threading.Thread | None = None

    def run(self, job: Callable[[], Any], seconds: float) -> Any:
        """``job()``'s result, or its exception raised here; :class:`Late` when it takes
        longer than ``seconds`` (wall-clock)."""
        if self._jobs is None:
            self._jobs = queue.SimpleQueue()
            self._thread = threading.Thread(
                target=_serve, args=(self._jobs,), name=self._name, daemon=True
            )
            self._thread.start()
        answer: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        self._jobs.put((job, answer))
        try:
            ok, value = answer.get(timeout=seconds)
        except queue.Empty:
            # The thread is busy with this job for as long as it takes: leave it to it,
            # with word to end once the job is done; the next job gets a new thread.
            self._jobs.put(None)
            self._jobs = self._thread = None
            raise Late from None
        if ok:
            return value
        raise value

    def close(self) -> None:
        """End the thread, which has nothing left to do, and wait for it (a second at
        most): a read on two cores forks only when no other thread runs
        (:func:`assistant.sources.parallel.can_fork`)."""
        if self._jobs is not None and self._thread is not None:
            self._jobs.put(None)
            self._thread.join(1.0)
        self._jobs = self._thread = None


def _serve(jobs: queue.SimpleQueue[_Job | None]) -> None:
    while (item := jobs.get()) is not None:
        job, answer = item
        try:
            answer.put((True, job()))
        except BaseException as exc:  # handed to the waiting reader
            answer.put((False, exc))
        # nothing of a finished job stays referenced while the thread waits
        item = job = answer = None  # type: ignore[assignment]

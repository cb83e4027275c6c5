"""The worker thread a read expands its recurring series in
(:mod:`assistant.sources.timed_worker`): reused from job to job, abandoned when late.

Nothing here sleeps: a late job is held by an event the test sets afterwards.
"""

from __future__ import annotations

import threading

import pytest

from assistant.sources.timed_worker import Late, TimedWorker


def test_one_thread_serves_job_after_job() -> None:
    worker = TimedWorker("test-worker")
    threads = {worker.run(threading.get_ident, 5.0) for _ in range(20)}
    worker.close()
    assert len(threads) == 1
    assert threading.get_ident() not in threads


def test_a_jobs_exception_is_raised_in_the_reader() -> None:
    worker = TimedWorker("test-worker")

    def broken() -> None:
        raise KeyError("no such rule part")

    with pytest.raises(KeyError, match="no such rule part"):
        worker.run(broken, 5.0)
    assert worker.run(lambda: "next job", 5.0) == "next job"  # the thread carries on
    worker.close()


def test_a_late_job_is_abandoned_and_the_next_gets_a_new_thread() -> None:
    worker = TimedWorker("test-worker")
    release = threading.Event()
    started: list[int] = []

    def endless_walk() -> None:
        started.append(threading.get_ident())
        release.wait(30)

    with pytest.raises(Late):
        worker.run(endless_walk, 0.05)
    try:
        fresh = worker.run(threading.get_ident, 5.0)
        assert started and fresh != started[0]
    finally:
        release.set()
        worker.close()
    # the abandoned thread ends once its job does: no thread kept for good
    (abandoned,) = [t for t in threading.enumerate() if t.ident == started[0]] or [None]
    if abandoned is not None:
        abandoned.join(5.0)
        assert not abandoned.is_alive()


def test_close_ends_the_thread() -> None:
    worker = TimedWorker("test-worker-close")
    worker.run(lambda: None, 5.0)
    (thread,) = [t for t in threading.enumerate() if t.name == "test-worker-close"]
    assert thread.daemon
    worker.close()
    assert not thread.is_alive()  # ended before close returns: a later read may fork
    worker.close()  # closing twice does nothing

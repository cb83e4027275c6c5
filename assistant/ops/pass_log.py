"""Which passes ran, and which of them ran at a simulated time (``tick --now``).

``doctor`` compares the clock with the last *real* pass: a pass at a time given
with ``--now`` says nothing about the system clock. The rows live in the
``passes`` table (migration ``0002_pass_log``); only the newest few are kept.

:func:`new_warnings` keeps what the previous pass showed, so that ``tick`` and a
worker's pass (``assistant/operator/deployment.py``) show each warning once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime

from assistant.store import StorePort
from assistant.store.passes import PassRecord

__all__ = [
    "KEEP_PASSES",
    "PassRecord",
    "last_pass",
    "new_warnings",
    "record_pass",
    "simulated_times",
]

log = logging.getLogger(__name__)

# Enough history for `status` and `doctor`; older rows are dropped as new ones come.
KEEP_PASSES = 50


def record_pass(store: StorePort, at: datetime, *, simulated: bool, recorded_at: datetime) -> None:
    """Add a pass to the log. ``at`` is the time the pass acted at (``--now`` or the
    clock), ``recorded_at`` the wall clock when it ran; both aware datetimes."""
    store.record_pass(at, simulated=simulated, recorded_at=recorded_at, keep=KEEP_PASSES)


def last_pass(store: StorePort, *, real_only: bool = False) -> PassRecord | None:
    """The newest pass (only real ones when ``real_only``), or None.

    A database older than the pass log has only ``meta.last_sync``: that is taken
    as a real pass, as it was recorded then.
    """
    newest = store.newest_pass(real_only=real_only)
    if newest is not None:
        return newest
    if real_only and store.newest_pass() is not None:
        return None  # only simulated passes so far
    legacy = store.get_meta("last_sync")
    if legacy is None:
        return None
    moment = datetime.fromisoformat(legacy)
    return PassRecord(moment, False, moment)


def simulated_times(store: StorePort) -> set[datetime]:
    """The times (aware) the kept passes ran at a time given with ``--now``: what a
    pass made then (a draft's ``created_at``) is dated on that simulated clock."""
    return store.simulated_pass_times()


def new_warnings(store: StorePort, warnings: list[str], now: datetime) -> list[str]:
    """The warnings not already shown by the previous pass.

    A skipped event in a calendar is skipped again on every pass; printed each time,
    cron would mail the same lines every five minutes. The log keeps every one, and
    ``status`` lists each new one once (its "Recent problems").
    """
    for warning in warnings:
        log.info("calendar warning: %s", warning)
    seen = set(json.loads(store.get_meta("shown_warnings") or "[]"))
    digests = {hashlib.sha256(w.encode()).hexdigest()[:16]: w for w in warnings}
    store.set_meta("shown_warnings", json.dumps(sorted(digests)))
    fresh = [w for digest, w in digests.items() if digest not in seen]
    for warning in fresh:
        store.log_activity("warning", warning, now)
    return fresh

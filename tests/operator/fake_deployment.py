"""A stand-in for ``assistant.operator.deployment.Deployment`` in the queue's tests.

It records every pass (account, now), can fail an account's passes with a chosen error,
and notices two passes of one account running at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from assistant.services import TickReport


@dataclass
class FakeDeployment:
    """Accounts by id → poll seconds; ``fail[id]`` raises that error on the account's pass;
    ``during[id]`` runs inside the account's pass (to hold it open)."""

    polls: dict[str, int]
    fail: dict[str, Exception] = field(default_factory=dict)
    during: dict[str, Callable[[], None]] = field(default_factory=dict)
    passes: list[tuple[str, datetime]] = field(default_factory=list)
    halted: dict[str, str] = field(default_factory=dict)
    overlaps: list[str] = field(default_factory=list)
    _running: set[str] = field(default_factory=set)
    _mutex: threading.Lock = field(default_factory=threading.Lock)

    def account_ids(self) -> list[str]:
        return [a for a in self.polls if a not in self.halted]

    def poll_seconds(self, account_id: str) -> int:
        return self.polls[account_id]

    def run_pass(self, account_id: str, now: datetime) -> TickReport:
        with self._mutex:
            if account_id in self._running:
                self.overlaps.append(account_id)
            self._running.add(account_id)
            self.passes.append((account_id, now))
        try:
            if account_id in self.during:
                self.during[account_id]()
            if account_id in self.fail:
                raise self.fail[account_id]
            return TickReport(calendars_read=["fake"], briefings=[f"briefing for {account_id}"])
        finally:
            with self._mutex:
                self._running.discard(account_id)

    def halt(self, account_id: str, why: str, now: datetime) -> bool:
        first = account_id not in self.halted
        self.halted.setdefault(account_id, why)
        return first

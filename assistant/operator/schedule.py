"""When each account's passes are due: fixed slots in its poll interval (issue 20).

Pure but for :class:`PollIntervals`, which asks the deployment. An account polled every
``poll`` seconds is due at ``k * poll + offset`` for every integer k, ``offset`` a hash of
its id: every worker computes the same slots, no state is kept, and the accounts spread
evenly over the interval instead of all being due at its top.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from assistant.config import ScheduleSettings
from assistant.errors import ConfigError, NotFoundError

if TYPE_CHECKING:
    from assistant.services import TickReport

# The periodic task's cadence: a pass is enqueued at most once a minute per account.
WINDOW_SECONDS = 60
# The poll interval of an account whose config no longer loads: the config's default.
DEFAULT_POLL_SECONDS = int(ScheduleSettings().poll.total_seconds())


class PassRunner(Protocol):
    """What the queue needs of a deployment (``assistant.operator.deployment.Deployment``)."""

    def account_ids(self) -> list[str]:
        """The active accounts: neither removed nor halted."""

    def poll_seconds(self, account_id: str) -> int:
        """How often the account's calendars are read, in seconds (its config's poll)."""

    def run_pass(self, account_id: str, now: datetime) -> TickReport:
        """One pass at ``now``; raises AuthError (grant gone) or TransientError (retry)."""

    def halt(self, account_id: str, why: str, now: datetime) -> bool:
        """Stop scheduling the account; True only the first time."""


def account_offset(account_id: str, poll_seconds: int) -> int:
    """The account's fixed second within its poll interval, spread by a hash of its id."""
    digest = hashlib.sha256(account_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") % poll_seconds


def slot_in_window(account_id: str, poll_seconds: int, start: int, end: int) -> int | None:
    """When, in ``[start, end)`` (Unix seconds), the account's next pass is due, or None.

    An account polled every ``poll_seconds`` is due at ``k * poll_seconds + offset`` for
    every integer k, ``offset`` from :func:`account_offset`. Stateless: every worker
    computes the same slots, and a restart neither skips nor doubles one (except slots of
    a minute no worker ran at all, which wait for the next slot).
    """
    poll = max(1, poll_seconds)
    offset = account_offset(account_id, poll)
    k = -((offset - start) // poll)  # ceil((start - offset) / poll)
    slot = k * poll + offset
    return slot if slot < end else None


class PollIntervals:
    """Each account's poll interval in seconds, asked of the deployment at most once per
    ``refresh_seconds`` per account: reading it parses the account's stored config, too
    slow to repeat for every account every minute.

    A config that no longer loads gets the default interval, so that the account's pass
    runs and halts it with the reason; an account removed meanwhile gets None.
    """

    def __init__(
        self,
        deployment: PassRunner,
        refresh_seconds: float = 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.deployment = deployment
        self.refresh_seconds = refresh_seconds
        self.clock = clock
        self._known: dict[str, tuple[int | None, float]] = {}

    def get(self, account_id: str) -> int | None:
        now = self.clock()
        known = self._known.get(account_id)
        if known is not None and now - known[1] < self.refresh_seconds:
            return known[0]
        try:
            seconds: int | None = self.deployment.poll_seconds(account_id)
        except ConfigError:
            seconds = DEFAULT_POLL_SECONDS
        except NotFoundError:
            seconds = None
        self._known[account_id] = (seconds, now)
        return seconds

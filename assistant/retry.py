"""Provider-neutral retry policy: capped exponential backoff with jitter, ``Retry-After``.

The HTTP transports decide *whether* a request may be repeated (a throttled request
was not carried out; a POST that timed out may have been); this module only says
*how long* to wait before the next attempt. The numbers follow the usual guidance
for Google and Microsoft Graph alike: honour the server's ``Retry-After`` (RFC 9110
§10.2.3, in seconds), else back off exponentially with jitter, never beyond a cap.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

from assistant.errors import TransientError

log = logging.getLogger(__name__)

BASE_DELAY = 1.0
MAX_DELAY = 32.0

Result = TypeVar("Result")


class UncertainError(TransientError):
    """The request went out and no clear answer came back: it may have been carried out.

    ``retry_after`` carries the server's ``Retry-After`` in seconds when it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def retry_after_seconds(value: str | None, now_epoch: float | None = None) -> float | None:
    """A ``Retry-After`` header in seconds: a number of seconds, or an HTTP date.

    An HTTP date needs ``now_epoch`` (seconds since the epoch, UTC) to be turned
    into a wait; without it, or when unreadable, the answer is None.
    """
    if not value:
        return None
    text = value.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    if now_epoch is None:
        return None
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - now_epoch)
    except (TypeError, ValueError):
        return None


def backoff_delay(
    attempt: int,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
    *,
    base: float = BASE_DELAY,
    cap: float = MAX_DELAY,
) -> float:
    """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0).

    The server's ``retry_after`` wins, capped at ``cap``; otherwise 1–2 s, 2–4 s,
    4–8 s … (half the ceiling plus jitter), never more than ``cap``.
    """
    if retry_after is not None:
        return min(retry_after, cap)
    ceiling = min(cap, base * 2**attempt)
    return ceiling / 2 + rand() * ceiling / 2


def retry_in_pass(
    call: Callable[[], Result],
    reconcile: Callable[[], Any],
    *,
    retry_on: type[UncertainError],
    attempts: int,
    sleep: Callable[[float], None],
    rand: Callable[[], float] = random.random,
) -> Result | Any:
    """``call()``, repeated after a ``retry_on`` error, at most ``attempts`` times in all.

    Before each repeat it waits (the error's ``retry_after``, else capped backoff), then
    asks ``reconcile()`` whether the outcome the error may have hidden is there after
    all (a draft created, a message sent); a result there (not None) is returned
    instead of trying again. The last error propagates to the caller.
    """
    for attempt in range(attempts):
        try:
            return call()
        except retry_on as error:
            if attempt + 1 >= attempts:
                raise
            log.info("%s; looking, then trying again within this pass", error.message)
            sleep(backoff_delay(attempt, error.retry_after, rand))
            found = reconcile()
            if found is not None:
                return found
    raise AssertionError("unreachable")  # pragma: no cover

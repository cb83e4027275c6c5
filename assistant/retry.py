"""Provider-neutral retry policy: capped exponential backoff with jitter, ``Retry-After``.

The HTTP transports decide *whether* a request may be repeated after an error answer
(a throttled request was not carried out); this module says *how long* to wait
before the next attempt, what a request that got no answer at all means
(:func:`no_answer`), and how a caller repeats a POST within one pass after looking
for its outcome (:func:`retry_in_pass`). The numbers follow the usual guidance
for Google and Microsoft Graph alike: honour the server's ``Retry-After`` (RFC 9110
§10.2.3, in seconds), else back off exponentially with jitter, never beyond a cap.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from assistant.errors import TransientError, UncertainError

log = logging.getLogger(__name__)

BASE_DELAY = 1.0
MAX_DELAY = 32.0

Result = TypeVar("Result")

__all__ = [
    "BASE_DELAY",
    "MAX_DELAY",
    "UncertainError",
    "backoff_delay",
    "no_answer",
    "retry_after_seconds",
    "retry_in_pass",
]


def retry_after_seconds(value: str | None, now_epoch: float | None = None) -> float | None:
    """A ``Retry-After`` header in seconds: ``delay-seconds`` or an ``HTTP-date``.

    ``delay-seconds`` is ``1*DIGIT`` (RFC 9110 §10.2.3), so ``-5``, ``1.5`` or ``nan``
    are not waits: the answer is None and the caller backs off on its own. An HTTP
    date needs ``now_epoch`` (seconds since the epoch, UTC) to be turned into a wait;
    without it, or when unreadable, the answer is None.
    """
    if not value:
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():
        return float(text)
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

    The server's ``retry_after`` (seconds) wins, capped at ``cap``; otherwise, with
    the defaults, 0.5–1 s, 1–2 s, 2–4 s … (half the ceiling plus jitter), never more
    than ``cap``. ``rand`` returns a float in [0, 1) (injected, so tests are exact).
    """
    if retry_after is not None:
        return min(retry_after, cap)
    ceiling = min(cap, base * 2**attempt)
    return ceiling / 2 + rand() * ceiling / 2


def no_answer(
    exc: Exception, *, server: str, method: str, url: str, safe: frozenset[str], last: bool
) -> None:
    """After a request to ``server`` got no answer (``exc``, a ``requests`` exception):
    raise, or return so the caller backs off and sends it again.

    A connect timeout never reached the server, so any method may be repeated. Any
    other failure may have come after the server acted: a ``method`` not in ``safe``
    (a POST: a send, a new draft) raises :class:`UncertainError` and is never
    repeated here. When ``last`` (no attempt left) it raises :class:`TransientError`.
    """
    import requests

    name = type(exc).__name__
    reached = not isinstance(exc, requests.ConnectTimeout)
    if reached and method not in safe:
        raise UncertainError(
            f"no answer from {server} to {method} {urlsplit(url).path} ({name});"
            " it may have been carried out"
        ) from None
    if last:
        raise TransientError(f"{server} could not be reached ({name})") from None


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

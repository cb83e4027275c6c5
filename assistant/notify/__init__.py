"""Notifications: short messages where the user looks, each sent at most once.

:mod:`.base` holds the :class:`Notifier` port and :class:`Notice`; :mod:`.memory`
the in-package fake; :mod:`.apprise` the adapter for ``[notify] urls``;
:mod:`.page` where ``serve`` says the local page runs. :func:`announce` is what
a pass calls once its real work is done.

At most once, and never in the way: each notice's key is recorded before it is
sent, so a crash or a re-run never repeats it; a notifier that fails costs one
warning for the pass (and one line in ``status``), and nothing else waits on it.
Like every note to self, nothing rings during quiet hours: notices wait for them
to end.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime, tzinfo

from assistant.dates import format_moment
from assistant.durations import plural
from assistant.notify.base import Notice, Notifier, NotifyError, redact_notify_url
from assistant.notify.memory import MemoryNotifier
from assistant.store import StorePort
from assistant.text import one_line

log = logging.getLogger(__name__)

# Meta key: JSON list of notices held back by quiet hours.
DEFERRED = "notices_deferred"

__all__ = [
    "MemoryNotifier",
    "Notice",
    "Notifier",
    "NotifyError",
    "announce",
    "briefing_notice",
    "check_in_notice",
    "drafts_notice",
    "redact_notify_url",
]


def _with_page(text: str, page: str, path: str) -> str:
    return f"{text}\n{page}{path}" if page else text


def briefing_notice(
    key: str,
    summary: str,
    company: str | None,
    start: datetime,
    tz: tzinfo,
    page: str,
    event_id: str,
    locale: str,
) -> Notice:
    """ "Briefing ready": a briefing was delivered to the user's inbox. The notice is in
    English: ``start`` is shown in ``tz`` as ``locale`` (the user's English) writes it."""
    when = format_moment(start, tz, locale)
    title = f"Briefing ready{': ' + one_line(company, 60) if company else ''}"
    body = f"Your briefing for “{one_line(summary, 120)}” ({when}) is in your inbox."
    return Notice(f"notice/{key}", title, _with_page(body, page, f"/briefing?event={event_id}"))


def drafts_notice(event_id: str, summary: str, count: int, page: str) -> Notice:
    """ "Drafts waiting": the drafts after an interview are ready for approval."""
    title = f"{plural(count, 'draft')} waiting for your approval"
    body = f"After “{one_line(summary, 120)}”. Nothing is sent until you approve it."
    return Notice(f"notice/drafts/{event_id}", title, _with_page(body, page, "/drafts"))


def check_in_notice(event_id: str, company: str, days: int, page: str) -> Notice:
    """A check-in nudge: no later round after ``days`` days."""
    title = f"Time to check in with {one_line(company, 60)}"
    body = (
        f"No later round in {plural(days, 'day')}. A short check-in draft is waiting"
        " for your approval."
    )
    return Notice(f"notice/nudge/{event_id}", title, _with_page(body, page, "/pipeline"))


def announce(
    notifier: Notifier | None,
    notices: Sequence[Notice],
    store: StorePort,
    now: datetime,
    *,
    quiet: bool = False,
) -> str | None:
    """Send each notice not sent before; return one warning when any failed, else None.

    During quiet hours (``quiet``) nothing rings: the notices wait in the store and go
    out with the first pass after them. A notice's key is recorded before the
    attempt: a failed one is reported, not retried, so an outage never makes the
    pass repeat itself or flood the user later.
    """
    if notifier is None:
        return None
    waiting = [Notice(**item) for item in json.loads(store.get_meta(DEFERRED) or "[]")]
    held = {notice.key for notice in waiting}
    due = [*waiting, *(n for n in notices if n.key not in held)]
    if quiet:
        if len(due) > len(waiting):
            store.set_meta(DEFERRED, json.dumps([asdict(n) for n in due]))
        return None
    if waiting:
        store.set_meta(DEFERRED, "[]")
    failed: list[str] = []
    for notice in due:
        if store.get_meta(notice.key) is not None:
            continue
        store.set_meta(notice.key, now.isoformat())
        try:
            notifier.notify(notice)
        except NotifyError as error:
            failed.append(error.message)
            log.info("notification %s not delivered: %s", notice.key, error.message)
    if not failed:
        return None
    warning = (
        f"{plural(len(failed), 'notification')} not delivered ({failed[0]});"
        " the pass's work is done, check [notify] urls in config.toml"
    )
    store.log_activity("warning", warning, now)
    return warning

"""What every page needs, shared by ``app`` (the factory) and ``views`` (the pages).

Kept apart from both so that neither imports the other: ``app`` builds the Flask
application around ``views``, and ``views`` reaches the configured
:class:`~assistant.app.App` through :func:`site`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from flask import current_app, redirect, render_template, url_for
from werkzeug.routing import BaseConverter, ValidationError

from assistant.app import App
from assistant.models import DraftState
from assistant.services import Services
from assistant.store import Store, StorePort

EXTENSION = "interview_assistant"
PENDING = (DraftState.DRAFTED, DraftState.APPROVED)
# A page load notices drafts sent or deleted in the mail client, if the lock is free
# soon; otherwise it shows what the store knows rather than keep the user waiting.
SYNC_LOCK_WAIT = 2.0


def utc_now() -> datetime:
    """The real clock; tests pass a fixed one instead."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Site:
    """What every request needs: the configured app and the clock."""

    app: App
    now: Callable[[], datetime]

    @property
    def tz(self) -> tzinfo:
        return self.app.tz

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The store, opened for this request only."""
        with self.app.open_store() as store:
            yield store

    @contextmanager
    def services(self, *, exclusive: bool = True) -> Iterator[Services]:
        """Services around a fresh store; under the home's lock unless told otherwise."""
        if exclusive:
            with self.app.exclusive(), self.store() as store:
                yield self.app.services(store, calendars=())
        else:
            with self.store() as store:
                yield self.app.services(store, calendars=())


def site() -> Site:
    """The :class:`Site` of the current request's application."""
    site: Site = current_app.extensions[EXTENSION]
    return site


def page(template: str, store: StorePort, **context: Any) -> str:
    """Render a page with what the layout needs (the waiting-drafts count, the zone)."""
    waiting = len(store.drafts(states=PENDING))
    return render_template(template, waiting=waiting, tz=site().tz, **context)


def back_to(endpoint: str) -> Any:
    """Post/Redirect/Get: after a form, show the page it came from (and its notice)."""
    return redirect(url_for(endpoint))


# SQLite's INTEGER is a signed 64-bit number: a larger id names no row (and must not
# reach the database, which would refuse to bind it).
MAX_ID = 2**63 - 1


class IdConverter(BaseConverter):
    """``<id:draft_id>``: a positive decimal id within SQLite's range; anything else is 404."""

    regex = r"[0-9]{1,25}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 0 < number <= MAX_ID:
            raise ValidationError()
        return number

    def to_url(self, value: Any) -> str:
        return str(int(value))

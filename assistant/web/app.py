"""The Flask application behind ``interview-assistant serve``.

:func:`create_app` wires the pages (``views``) to one :class:`~assistant.app.App`
and guards them (``security``). Each request opens the store for itself (SQLite
connections belong to one thread, and the server runs a thread per request) and
builds the services only when it needs the mailbox or the templates. Everything
that changes state runs under the home's lock, exactly like the CLI, so a tick
and a click never interleave.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

import jinja2
from flask import Flask, current_app, flash, redirect, render_template, request, url_for

from assistant.app import App
from assistant.errors import AssistantError, NotFoundError, UsageError
from assistant.i18n import text_locale
from assistant.models import DraftState
from assistant.resources import resource_path
from assistant.services import Services
from assistant.store import Store
from assistant.templating import when_filter
from assistant.web import security

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


def create_app(app: App, token: str, now: Callable[[], datetime] = utc_now) -> Flask:
    """The page for ``app``'s home; ``token`` is the secret in the printed URL.

    ``now`` is the clock (tests inject a fixed one). Set ``config["WEB_PORT"]``
    once the server has its port, so only that port is accepted in Host headers.
    """
    from assistant.web.views import pages

    web = Flask(
        __name__,
        template_folder=str(resource_path("templates", "web")),
        static_folder=str(resource_path("templates", "web", "static")),
        static_url_path="/static",
    )
    web.config["MAX_CONTENT_LENGTH"] = 1_000_000
    web.extensions[EXTENSION] = Site(app, now)
    web.jinja_env.undefined = jinja2.StrictUndefined
    web.jinja_env.trim_blocks = True
    web.jinja_env.lstrip_blocks = True
    # The pages are in English; dates follow the user's country where it writes English.
    english = text_locale(app.user.locale, "en")
    web.jinja_env.filters["when"] = when_filter(english)
    security.install(web, token)
    web.register_blueprint(pages)
    web.register_error_handler(AssistantError, _assistant_error)
    web.register_error_handler(404, _not_found)
    web.register_error_handler(405, _not_found)
    return web


def page(template: str, store: Store, **context: Any) -> str:
    """Render a page with what the layout needs (the waiting-drafts count, the zone)."""
    waiting = len(store.drafts(states=PENDING))
    return render_template(template, waiting=waiting, tz=site().tz, **context)


def back_to(endpoint: str) -> Any:
    """Post/Redirect/Get: after a form, show the page it came from (and its notice)."""
    return redirect(url_for(endpoint))


def _assistant_error(error: AssistantError) -> Any:
    """Errors the user can act on: a message on the page, never a traceback."""
    if isinstance(error, NotFoundError):
        return render_template("error.html", message=error.message), 404
    if request.method != "POST":
        return render_template("error.html", message=str(error)), 500
    # Command-line fixes ("see `drafts list --all`") mean little here; other errors
    # (a busy home, a full disk, a revoked account) keep theirs.
    flash(error.message if isinstance(error, UsageError) else str(error), "error")
    return back_to(_page_of(request.path))


def _page_of(path: str) -> str:
    return "pages.drafts" if path.startswith("/drafts") else "pages.upcoming"


def _not_found(_error: Any) -> Any:
    return render_template("error.html", message="There is no such page."), 404

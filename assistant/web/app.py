"""The Flask application behind ``interview-assistant serve``.

:func:`create_app` wires the pages (``views``) to one :class:`~assistant.app.App`
and guards them (``security``). Each request opens the store for itself (SQLite
connections belong to one thread, and the server runs a thread per request) and
builds the services only when it needs the mailbox or the templates. Everything
that changes state runs under the home's lock, exactly like the CLI, so a tick
and a click never interleave.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

import jinja2
from flask import Flask, flash, render_template, request

from assistant.app import App
from assistant.dates import reason_in_locale
from assistant.errors import AssistantError, NotFoundError, UsageError
from assistant.resources import resource_path
from assistant.templating import when_filter
from assistant.web import security
from assistant.web.pipeline_views import pipeline_pages
from assistant.web.site import EXTENSION, IdConverter, Site, back_to, utc_now
from assistant.web.views import pages


def create_app(app: App, token: str, now: Callable[[], datetime] = utc_now) -> Flask:
    """The page for ``app``'s home; ``token`` is the secret in the printed URL.

    ``now`` is the clock (tests inject a fixed one). Set ``config["WEB_PORT"]``
    once the server has its port, so only that port is accepted in Host headers.
    """
    web = Flask(
        __name__,
        template_folder=str(resource_path("templates", "web")),
        static_folder=str(resource_path("templates", "web", "static")),
        static_url_path="/static",
    )
    web.config["MAX_CONTENT_LENGTH"] = 1_000_000
    web.url_map.converters["id"] = IdConverter
    web.extensions[EXTENSION] = Site(app, now)
    web.jinja_env.undefined = jinja2.StrictUndefined
    web.jinja_env.trim_blocks = True
    web.jinja_env.lstrip_blocks = True
    # The pages are in English; dates follow the user's country where it writes English.
    web.jinja_env.filters["when"] = when_filter(app.english_locale)
    web.jinja_env.filters["reason"] = partial(reason_in_locale, locale=app.english_locale)
    security.install(web, token, clock=now)
    web.register_blueprint(pages)
    web.register_blueprint(pipeline_pages)
    web.register_error_handler(AssistantError, _assistant_error)
    web.register_error_handler(404, _not_found)
    web.register_error_handler(405, _not_found)
    return web


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

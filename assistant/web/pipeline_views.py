"""The Pipeline page: every application, one card per employer, each round in a row.

The same board as ``interview-assistant pipeline`` (:func:`assistant.pipeline.load_board`),
with each follow-up round linked to its briefing and its drafts. Setting a state
posts a form that does what ``pipeline set`` does, under the home's lock.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, request

from assistant.delivery import sent_words
from assistant.errors import UsageError
from assistant.i18n import using
from assistant.pipeline import AppState, load_board, set_state
from assistant.text import one_line
from assistant.web.site import back_to, page, site

pipeline_pages = Blueprint("pipeline", __name__)

STATES = [state.value for state in AppState]


@pipeline_pages.get("/pipeline")
def board() -> Any:
    """Applications with something ahead first, closed ones last."""
    now = site().now()
    # The page is in English: its "next" steps' dates as the user's English writes them.
    with site().store() as store, using(site().app.english_locale):
        applications = load_board(store, now, site().tz)
        briefed = {r.event_id for r in store.interviews(active_only=True)}
        return page(
            "pipeline.html",
            store,
            applications=applications,
            briefed=briefed,
            states=STATES,
            sent_heading=sent_words(site().app.settings.mail.backend),
        )


@pipeline_pages.post("/pipeline/state")
def set_application_state() -> Any:
    """Like ``pipeline set EMPLOYER --state … --note …``."""
    key, state = request.form.get("employer", ""), request.form.get("state", "")
    note = one_line(request.form.get("note", ""), 500)
    if state not in STATES:
        raise UsageError(f"{state!r} is not a state; pick one of {', '.join(STATES)}")
    now = site().now()
    with site().app.exclusive(), site().store() as store:
        found = [a for a in load_board(store, now, site().tz) if a.key == key]
        if not found:
            raise UsageError("that application is no longer in your pipeline; nothing changed")
        set_state(store, key, AppState(state), note, now)
    flash(f"{found[0].company} is now {state}.", "ok")
    return back_to("pipeline.board")

"""Fixtures for the web page: a home with a Maildir, interviews and drafts, and a signed-in client.

The home is real (config file, SQLite store, Maildir): the page builds its own
services from it, exactly as ``serve`` does. Only the calendar is a memory fake,
read once by a real pass to create the interviews and drafts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from assistant.app import App
from assistant.mail.maildir import DRAFTS, SENT, MaildirMailbox
from assistant.models import Event
from assistant.paths import Home
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from assistant.web import create_app
from tests.conftest import ME, NOW, make_event, me, person
from tests.unit.pipeline_events import FOLLOWED_ALL_ALONG

TOKEN = "test-token-0123456789"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'

CONFIG = f"""\
[user]
name = "Alex Rivera"
email = "{ME}"
timezone = "Europe/Berlin"
locale = "en_GB"

[schedule]
quiet_hours = ""
"""


@pytest.fixture
def web_home(home: Path) -> App:
    """An empty home: config, no interviews, no drafts."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(CONFIG, encoding="utf-8")
    return App.load(Home.at(home))


def hostile_past_interview() -> Event:
    """A follow-up interview three hours ago, its title and an interviewer's name hostile.

    The invite names no organiser, so the assistant chooses whom the request for the offer goes to.
    """
    event = make_event(
        summary=f"Second interview {SCRIPT} at Acme",
        start=NOW - timedelta(hours=3),
        uid="past-1",
        attendees=(
            me(),
            person("jordan@acme.example", "Jordan Lee (Head of Product)"),
            person("priya@acme.example", IMG),
        ),
    )
    return replace(event, organizer=None)


def upcoming_interview() -> Event:
    """A follow-up interview tomorrow at 14:00 Berlin (make_event's default)."""
    organizer = person("sam@initech.example", "Sam Lumb", is_organizer=True)
    return make_event(
        summary="Second interview: Designer at Initech",
        uid="next-1",
        organizer=organizer,
        attendees=(me(), organizer, person("pat@initech.example", "Pat Gibbs")),
    )


def seed(app: App, *events: Event) -> None:
    """One real pass at NOW over a memory calendar holding ``events``."""
    with app.exclusive(), app.open_store() as store:
        services = app.services(store, calendars=())
        services.sources = [MemoryCalendar(events)]
        # A job search the assistant followed all along: the one pass over its history drafts
        # what the passes along the way would have ([schedule] drafts_catch_up).
        services.timing = replace(services.timing, drafts_catch_up=FOLLOWED_ALL_ALONG)
        run_once(services, NOW)


@pytest.fixture
def seeded(web_home: App) -> App:
    """A home with one interview ahead and one just past (with its three drafts)."""
    seed(web_home, hostile_past_interview(), upcoming_interview())
    return web_home


def make_site(app: App) -> Flask:
    site = create_app(app, TOKEN, now=lambda: NOW)
    site.config["TESTING"] = True
    return site


def sign_in(client: FlaskClient) -> FlaskClient:
    response = client.get(f"/login?token={TOKEN}")
    assert response.status_code == 302
    return client


@pytest.fixture
def client(seeded: App) -> FlaskClient:
    """A browser that opened the printed link, on the seeded home."""
    return sign_in(make_site(seeded).test_client())


def csrf_of(client: FlaskClient, path: str = "/drafts") -> str:
    """The CSRF token a page's forms carry, read from the page like a browser would."""
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).get_data(as_text=True))
    assert found, f"no form with a CSRF token on {path}"
    return found.group(1)


def mailbox(app: App) -> MaildirMailbox:
    return MaildirMailbox(app.mailbox_path())


def sent_count(app: App) -> int:
    return len(mailbox(app).messages(SENT))


def drafts_count(app: App) -> int:
    return len(mailbox(app).messages(DRAFTS))

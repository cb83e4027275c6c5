"""Fixtures every layer's tests share: a throwaway home, a fixed clock, event factories.

Tests never touch the network (``responses`` stands in for HTTP), never sleep, and
never read the real user's home: ``INTERVIEW_ASSISTANT_HOME`` points at a temp dir.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from assistant.compose import User
from assistant.detect import Profile
from assistant.mail.memory import MemoryMailbox
from assistant.models import Attendee, AttendeeKind, Event, PartStat
from assistant.plan import Timing
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from assistant.templating import Renderer

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
CORPUS_MISSING = (
    f"the optional shared test corpus of real-world .ics files is not beside the checkout "
    f"(looked for {CORPUS})"
)
DATA = Path(__file__).resolve().parent / "data"

BERLIN = ZoneInfo("Europe/Berlin")
# A fixed "now" for tests: Monday 12 April 2027, 09:00 in Berlin.
NOW = datetime(2027, 4, 12, 9, 0, tzinfo=BERLIN)
ME = "me@example.com"


@pytest.fixture
def corpus() -> Path:
    """``../shared/corpus``; tests that need it skip cleanly when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(CORPUS_MISSING)
    return CORPUS


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh INTERVIEW_ASSISTANT_HOME for this test."""
    root = tmp_path / "home"
    monkeypatch.setenv("INTERVIEW_ASSISTANT_HOME", str(root))
    return root


def person(email: str, name: str = "", **kwargs: Any) -> Attendee:
    return Attendee(
        email=email, name=name, partstat=kwargs.pop("partstat", PartStat.ACCEPTED), **kwargs
    )


def me(**kwargs: Any) -> Attendee:
    return Attendee(
        email=ME,
        name="Alex Rivera",
        partstat=kwargs.pop("partstat", PartStat.ACCEPTED),
        is_self=True,
        **kwargs,
    )


def room(email: str = "room-4@resource.calendar.google.com", name: str = "Room 4") -> Attendee:
    return Attendee(email=email, name=name, kind=AttendeeKind.ROOM)


def make_event(
    summary: str = "Second interview: Product Manager at Acme",
    start: datetime | None = None,
    minutes: int = 60,
    uid: str = "evt-1",
    organizer: Attendee | None = None,
    attendees: tuple[Attendee, ...] | None = None,
    **kwargs: Any,
) -> Event:
    """An interview-like event (Acme, tomorrow 14:00 Berlin) unless told otherwise."""
    start = start or NOW + timedelta(days=1, hours=5)
    if organizer is None:
        organizer = person("jordan@acme.example", "Jordan Lee", is_organizer=True)
    if attendees is None:
        attendees = (me(), organizer, person("priya@acme.example", "Priya Raman"))
    return Event(
        uid=uid,
        start=start,
        end=start + timedelta(minutes=minutes),
        summary=summary,
        organizer=organizer,
        attendees=attendees,
        source="memory",
        timezone="Europe/Berlin",
        **kwargs,
    )


def invite_from(sender: str, uid: str, title: str, start: datetime, description: str = "") -> Event:
    """An hour's invite ``title`` from ``sender`` (an address only, no name) to
    me@example.org alone, starting at ``start`` (an aware datetime): the shape an
    applicant-tracking system's mailbox sends, for detection tests that read a process's
    rounds in turn."""
    host = Attendee(email=sender)
    return make_event(
        title,
        start=start,
        uid=uid,
        organizer=host,
        attendees=(Attendee(email="me@example.org"), host),
        description=description,
    )


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    return make_event


def build_services(calendar: MemoryCalendar, store: Store, mailbox: Any, **kwargs: Any) -> Services:
    defaults: dict[str, Any] = dict(
        sources=[calendar],
        store=store,
        mailbox=mailbox,
        # An English-speaking user in Berlin who asked for British conventions ([user] locale).
        renderer=Renderer(locale="en_GB"),
        profile=Profile.build([ME]),
        timing=Timing(tz=BERLIN),
        user=User(name="Alex Rivera", email=ME, tz=BERLIN, signature="Alex Rivera", locale="en_GB"),
    )
    defaults.update(kwargs)
    return Services(**defaults)


@pytest.fixture
def calendar() -> MemoryCalendar:
    """An empty in-package calendar (events added with ``put``)."""
    return MemoryCalendar()


@pytest.fixture
def mailbox() -> MemoryMailbox:
    """An empty in-package mailbox (``inbox`` and ``drafts`` by reference)."""
    return MemoryMailbox()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "state.db") as opened:
        yield opened


@pytest.fixture
def services(store: Store) -> Services:
    """Services around a memory calendar and a memory mailbox, user in Berlin."""
    return build_services(MemoryCalendar(), store, MemoryMailbox())


@pytest.fixture
def utc_now() -> datetime:
    return NOW.astimezone(UTC)

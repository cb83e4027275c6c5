"""The services one pass of the assistant works with, and its report.

``app.App.services`` builds the real ones from config; tests build fakes
(``MemoryCalendar``, ``MemoryMailbox``, an in-memory ``Store``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from assistant.compose import User
from assistant.delivery import LOCAL_BACKEND
from assistant.detect import Profile
from assistant.mail.base import Mailbox
from assistant.models import Detection
from assistant.notify.base import Notice, Notifier
from assistant.plan import Timing
from assistant.sources.base import CalendarSource
from assistant.store import StorePort
from assistant.templating import Renderer


@dataclass
class Services:
    """Everything a pass needs. ``app.build_services`` makes the real one; tests make fakes."""

    sources: Sequence[CalendarSource]
    store: StorePort
    mailbox: Mailbox
    renderer: Renderer
    profile: Profile
    timing: Timing
    user: User
    history: timedelta = timedelta(days=120)
    horizon: timedelta = timedelta(days=60)
    remind_after: timedelta = timedelta(days=3)
    salary_for: Callable[[Detection], Any] = lambda detection: None
    # Messages one pass may create ([limits] messages_per_pass); the rest wait for the next.
    max_messages: int = 50
    # Short messages where the user looks ([notify] urls); None sends none.
    notifier: Notifier | None = None
    # The local page's address while `serve` runs ("" otherwise), for notifications.
    page_address: Callable[[], str] = lambda: ""
    # Check-in nudges: working days after a round with no later one (0: never).
    check_in_after: int = 7
    weekend: frozenset[int] = frozenset({5, 6})
    # The [mail] backend: what "sending" an approved draft does (the local one only files it).
    mail_backend: str = LOCAL_BACKEND
    # Test seam: called with a step name at each boundary where a crash could happen.
    checkpoint: Callable[[str], None] = lambda step: None


@dataclass
class TickReport:
    """What one pass did, for the command line, the log and ``status``."""

    calendars_read: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interviews: int = 0
    briefings: list[str] = field(default_factory=list)
    drafts_created: list[str] = field(default_factory=list)
    # Drafts a mark had withdrawn, filed again now that the mark is undone.
    drafts_restored: int = 0
    # Interviews first seen this pass that had ended too long ago for drafts (titles).
    not_drafted: list[str] = field(default_factory=list)
    # Drafts waiting for approval once the pass is done (all of them, not only new ones).
    drafts_waiting: int = 0
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # subjects of notes to self delivered
    check_ins: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """False when anything failed: one calendar of several that could not be read, a
        mailbox that refused a job. The rest of the pass still ran; ``tick`` then exits 1
        so cron's mail and systemd's failed units show a partial failure too (README,
        "Exit codes")."""
        return not self.errors

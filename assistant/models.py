"""The data the core passes around. No I/O here, and nothing that reads the clock.

An :class:`Event` is what any calendar source (ICS file, URL, Google) produces; the
core never sees a source's own format. Detection turns events into
:class:`Detection` verdicts; the planner turns interviews into :class:`Job` rows.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

# Untrusted event text is capped when it enters the model, so no later step has to
# remember to: a 100 kB description is parsed, then cut to what a message may quote.
FIELD_CAP = 2000
SUMMARY_CAP = 500


def cap_text(text: str | None, limit: int = FIELD_CAP) -> str:
    """Return ``text`` cut to ``limit`` characters, ending in "…" when it was cut."""
    if not text:
        return ""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


class PartStat(enum.StrEnum):
    """An attendee's answer to the invitation (RFC 5545 PARTSTAT, Google responseStatus)."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    NEEDS_ACTION = "needs-action"


class AttendeeKind(enum.StrEnum):
    """Who or what an attendee is (RFC 5545 CUTYPE). Only people get messages."""

    PERSON = "person"
    ROOM = "room"
    RESOURCE = "resource"
    GROUP = "group"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Attendee:
    """One person (or room, or list) on an invitation."""

    email: str
    name: str = ""
    partstat: PartStat = PartStat.NEEDS_ACTION
    kind: AttendeeKind = AttendeeKind.PERSON
    is_self: bool = False
    is_organizer: bool = False
    optional: bool = False

    @property
    def display(self) -> str:
        """The name when there is one, else the address."""
        return self.name or self.email


class EventStatus(enum.StrEnum):
    """The event's own status (RFC 5545 STATUS, Google status)."""

    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Event:
    """One calendar event instance, as every source reports it.

    Datetimes are timezone-aware. ``recurrence_id`` is the instance's *original*
    start (RECURRENCE-ID, or Google's ``originalStartTime``): together with ``uid``
    it names the instance for good, even after the event is moved.
    """

    uid: str
    start: datetime
    end: datetime
    summary: str = ""
    description: str = ""
    location: str = ""
    source: str = ""
    recurrence_id: datetime | None = None
    all_day: bool = False
    status: EventStatus = EventStatus.CONFIRMED
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    conference_url: str = ""
    timezone: str = ""
    event_type: str = "default"
    # The zone name as the invite wrote it when that is not ``timezone`` itself: a
    # Windows name ("W. Europe Standard Time"), an offset, a display name. Such a name
    # stands for many countries (assistant/salary/abroad.py); "" when the invite wrote
    # the IANA name.
    timezone_written: str = ""

    @property
    def event_id(self) -> str:
        """The stable id printed by ``scan`` and accepted by ``mark``, ``debrief``…"""
        return make_event_id(self.uid, self.recurrence_id)

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def others(self) -> tuple[Attendee, ...]:
        """Attendees other than the calendar's owner."""
        return tuple(a for a in self.attendees if not a.is_self)

    def my_partstat(self) -> PartStat | None:
        """The owner's own answer, when the owner is on the attendee list."""
        for attendee in self.attendees:
            if attendee.is_self:
                return attendee.partstat
        return None

    def moved_to(self, start: datetime, end: datetime) -> Event:
        """The same instance at another time (used by tests and fakes)."""
        return replace(self, start=start, end=end)


def make_event_id(uid: str, recurrence_id: datetime | None) -> str:
    """``UID`` for single events, ``UID@YYYYMMDDTHHMMSSZ`` for one instance of a series."""
    if recurrence_id is None:
        return uid
    instant = recurrence_id.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{uid}@{instant}"


@dataclass(frozen=True)
class Verdict:
    """Detection's answer for one event, with the reasons that fired."""

    is_follow_up: bool
    confidence: float
    reasons: tuple[str, ...]
    company: str | None = None
    role: str | None = None
    interviewers: tuple[Attendee, ...] = ()
    recruiter: Attendee | None = None
    supervisory: bool = False
    mentions_test: bool = False
    language: str = "en"
    first_interview_id: str | None = None
    overridden: bool = False
    # For the pipeline: the employer keys detection links rounds by (a corporate
    # domain's label, a squashed company name), and which round this is when it is
    # one at all: "screen", "first" or "later" ("" for events that are no round).
    employer_keys: tuple[str, ...] = ()
    round_kind: str = ""


@dataclass(frozen=True)
class Detection:
    """An event together with its verdict."""

    event: Event
    verdict: Verdict


class JobKind(enum.StrEnum):
    BRIEFING = "briefing"
    DRAFTS = "drafts"
    NUDGE = "nudge"


class JobState(enum.StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    DROPPED = "dropped"
    FAILED = "failed"


@dataclass(frozen=True)
class Job:
    """One action the assistant owes the user, due at ``due_at``.

    ``key`` is the idempotency key: the same key acts once, whatever happens.
    """

    key: str
    kind: JobKind
    event_id: str
    due_at: datetime
    detail: str = ""


class DraftKind(enum.StrEnum):
    THANK_YOU = "thank-you"
    OFFER_REQUEST = "offer-request"
    CHECK_IN = "check-in"


class DraftState(enum.StrEnum):
    """``drafted → approved → sent``, or ``rejected``, or ``gone`` (removed outside)."""

    DRAFTED = "drafted"
    APPROVED = "approved"
    SENT = "sent"
    REJECTED = "rejected"
    GONE = "gone"


@dataclass(frozen=True)
class Draft:
    """A message to someone other than the user, waiting for approval."""

    id: int
    key: str
    event_id: str
    kind: DraftKind
    state: DraftState
    to: tuple[str, ...]
    subject: str
    body: str
    created_at: datetime
    updated_at: datetime
    mailbox_ref: str = ""
    message_id: str = ""
    edited: bool = False
    guessed_recipient: bool = False
    send_at: datetime | None = None
    sent_at: datetime | None = None
    interview_summary: str = ""
    notes: dict[str, str] = field(default_factory=dict)
    # Why the draft exists ("on the invite"), stored when it was made; None for a
    # draft made before reasons were stored (migration 0004): worked out when listed.
    reason: str | None = None

    @property
    def to_header(self) -> str:
        return ", ".join(self.to)

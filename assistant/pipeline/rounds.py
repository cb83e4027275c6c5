"""Rounds: every interview with an employer, first contacts included, and where they are kept.

Detection already links a later round to an earlier one by employer key (a
corporate domain's label, a squashed company name; see
:mod:`assistant.detect.verdict.linkage`) and says which events are rounds at all
(``Verdict.round_kind``). This module turns those verdicts into :class:`Round`
rows, keeps them in the store's ``rounds`` table (migration ``0003_pipeline``)
and keeps the state the user sets per application (``applications``).

The ``interviews`` table holds only follow-ups, the ones the assistant acts on;
the pipeline needs the screens and first interviews too, so they get their own
table, written on each pass.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from assistant.models import Attendee, Detection
from assistant.store import StorePort
from assistant.store.pipeline import Person, RoundRow
from assistant.text import one_line


class RoundKind(enum.StrEnum):
    """Which round of an application an event is."""

    SCREEN = "screen"
    FIRST = "first"
    LATER = "later"

    @property
    def label(self) -> str:
        """``screen``, ``first interview``, ``later round``: as the pipeline prints it."""
        return {"screen": "screen", "first": "first interview", "later": "later round"}[self.value]


class AppState(enum.StrEnum):
    """Where an application stands (``pipeline set EMPLOYER --state …``)."""

    ACTIVE = "active"
    WAITING = "waiting"
    OFFER = "offer"
    CLOSED = "closed"


@dataclass(frozen=True)
class Round:
    """One interview-like event with an employer, as the pipeline keeps it.

    ``keys`` are detection's employer keys; rounds sharing any key belong to one
    application. ``people`` are the interviewers met (never the user). Datetimes
    are aware.
    """

    event_id: str
    keys: tuple[str, ...]
    company: str | None
    role: str | None
    kind: RoundKind
    start: datetime
    end: datetime
    summary: str
    people: tuple[Attendee, ...] = ()
    recruiter: Attendee | None = None
    active: bool = True
    first_seen: datetime | None = None  # when a pass first recorded it (UTC)


def round_of(detection: Detection) -> Round | None:
    """The round ``detection`` is, or None for an event that is no round.

    A verdict the user overrode decides: marked a follow-up, it is a later round;
    marked not a follow-up (``mark --not-follow-up``, the web page's button), it stays
    the application's round it was, and one detection took for a later round is a
    first interview: the mark says which round it is, not that the application is
    none (``pipeline set EMPLOYER --state closed`` says that).
    """
    verdict, event = detection.verdict, detection.event
    if verdict.is_follow_up:
        kind = RoundKind.LATER
    elif not verdict.round_kind:
        return None
    elif verdict.overridden and verdict.round_kind == RoundKind.LATER:
        kind = RoundKind.FIRST
    else:
        kind = RoundKind(verdict.round_kind)
    keys = verdict.employer_keys or ((verdict.company or "").casefold(),)
    keys = tuple(k for k in keys if k) or (event.event_id,)
    return Round(
        event_id=event.event_id,
        keys=keys,
        company=verdict.company,
        role=verdict.role,
        kind=kind,
        start=event.start,
        end=event.end,
        summary=one_line(event.summary, 200),
        people=verdict.interviewers,
        recruiter=verdict.recruiter,
    )


# --- the store's rounds and applications tables -------------------------------------


def _person(attendee: Attendee) -> Person:
    return (attendee.email, attendee.name)


def _row(item: Round, source: str) -> RoundRow:
    return RoundRow(
        event_id=item.event_id,
        source=source,
        keys=item.keys,
        company=item.company,
        role=item.role,
        kind=item.kind.value,
        start=item.start,
        end=item.end,
        summary=item.summary,
        people=tuple(_person(p) for p in item.people),
        recruiter=_person(item.recruiter) if item.recruiter else None,
    )


def record_rounds(
    store: StorePort,
    detections: Iterable[Detection],
    read_sources: Sequence[str],
    now: datetime,
) -> list[Round]:
    """Save every round among ``detections``; return them.

    A round still in the calendar but no longer a round (cancelled, declined) is made
    inactive, past or not. A round of a calendar read this pass (``read_sources``) that is gone from it is made inactive when it
    had not yet ended; rounds that ended and fell out of the window are history.
    """
    found: list[tuple[Round, str]] = []
    no_longer: set[str] = set()  # still in the calendar, but no round (any more)
    for detection in detections:
        found_round = round_of(detection)
        if found_round is not None:
            found.append((found_round, detection.event.source))
        else:
            no_longer.add(detection.event.event_id)
    store.sync_rounds([_row(r, source) for r, source in found], no_longer, read_sources, now)
    return [r for r, _ in found]


def stored_rounds(store: StorePort) -> list[Round]:
    """Every round the store keeps (inactive ones too), earliest first."""
    return [
        Round(
            event_id=row.event_id,
            keys=row.keys,
            company=row.company,
            role=row.role,
            kind=RoundKind(row.kind),
            start=row.start,
            end=row.end,
            summary=row.summary,
            people=tuple(Attendee(email, name) for email, name in row.people),
            recruiter=Attendee(*row.recruiter) if row.recruiter else None,
            active=row.active,
            first_seen=row.first_seen,
        )
        for row in store.round_rows()
    ]


@dataclass(frozen=True)
class StateMark:
    """The state the user set for an application, with their note and when (UTC)."""

    state: AppState
    note: str
    at: datetime


def set_state(store: StorePort, key: str, state: AppState, note: str, now: datetime) -> None:
    """Record ``state`` (and ``note``) for the application with employer key ``key``."""
    store.set_application_state(key, state.value, one_line(note, 500), now)


def stored_states(store: StorePort) -> dict[str, StateMark]:
    """Employer key → the state the user set."""
    return {
        row.employer: StateMark(AppState(row.state), row.note, row.updated_at)
        for row in store.application_states()
    }

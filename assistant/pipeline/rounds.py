"""Rounds: every interview with an employer, first contacts included, and where they are kept.

Detection already links a later round to an earlier one by employer key (a
corporate domain's label, a squashed company name; see
:mod:`assistant.detect.linkage`) and says which events are rounds at all
(``Verdict.round_kind``). This module turns those verdicts into :class:`Round`
rows, keeps them in the store's ``rounds`` table (migration ``0003_pipeline``)
and keeps the state the user sets per application (``applications``).

The ``interviews`` table holds only follow-ups, the ones the assistant acts on;
the pipeline needs the screens and first interviews too, so they get their own
table, written on each pass.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from assistant.models import Attendee, Detection
from assistant.store import Store
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
    marked not one, it leaves the pipeline too (the web page's "Not an interview").
    """
    verdict, event = detection.verdict, detection.event
    if verdict.is_follow_up:
        kind = RoundKind.LATER
    elif verdict.overridden or not verdict.round_kind:
        return None
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


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _person(attendee: Attendee) -> dict[str, str]:
    return {"name": attendee.name, "email": attendee.email}


def record_rounds(
    store: Store,
    detections: Iterable[Detection],
    read_sources: Sequence[str],
    now: datetime,
) -> list[Round]:
    """Save every round among ``detections``; return them.

    A round still in the calendar but no longer a round (cancelled, declined,
    marked not an interview) is made inactive, past or not. A round of a calendar
    read this pass (``read_sources``) that is gone from it is made inactive when it
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
    seen = {r.event_id for r, _ in found}
    with store.transaction() as db:
        for item, source in found:
            db.execute(
                """
                INSERT INTO rounds (event_id, source, keys, company, role, kind, start_at,
                    end_at, summary, people, recruiter, active, first_seen, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT (event_id) DO UPDATE SET
                    source = excluded.source, keys = excluded.keys,
                    company = excluded.company, role = excluded.role, kind = excluded.kind,
                    start_at = excluded.start_at, end_at = excluded.end_at,
                    summary = excluded.summary, people = excluded.people,
                    recruiter = excluded.recruiter, active = 1, updated_at = excluded.updated_at
                """,
                (
                    item.event_id,
                    source,
                    json.dumps(list(item.keys)),
                    item.company,
                    item.role,
                    item.kind.value,
                    _iso(item.start),
                    _iso(item.end),
                    item.summary,
                    json.dumps([_person(p) for p in item.people]),
                    json.dumps(_person(item.recruiter)) if item.recruiter else None,
                    _iso(now),
                    _iso(now),
                ),
            )
        active = {r["event_id"] for r in db.execute("SELECT event_id FROM rounds WHERE active = 1")}
        for event_id in active & no_longer:
            db.execute(
                "UPDATE rounds SET active = 0, updated_at = ? WHERE event_id = ?",
                (_iso(now), event_id),
            )
        if read_sources:
            marks = ",".join("?" * len(read_sources))
            rows = db.execute(
                f"SELECT event_id FROM rounds WHERE active = 1 AND source IN ({marks}) "
                "AND end_at > ?",
                (*read_sources, _iso(now)),
            ).fetchall()
            for row in rows:
                if row["event_id"] not in seen:
                    db.execute(
                        "UPDATE rounds SET active = 0, updated_at = ? WHERE event_id = ?",
                        (_iso(now), row["event_id"]),
                    )
    return [r for r, _ in found]


def stored_rounds(store: Store) -> list[Round]:
    """Every round the store keeps (inactive ones too), earliest first."""
    rows = store.db.execute("SELECT * FROM rounds ORDER BY start_at, event_id")
    return [
        Round(
            event_id=row["event_id"],
            keys=tuple(json.loads(row["keys"])),
            company=row["company"],
            role=row["role"],
            kind=RoundKind(row["kind"]),
            start=datetime.fromisoformat(row["start_at"]),
            end=datetime.fromisoformat(row["end_at"]),
            summary=row["summary"],
            people=tuple(Attendee(p["email"], p["name"]) for p in json.loads(row["people"])),
            recruiter=Attendee(**json.loads(row["recruiter"])) if row["recruiter"] else None,
            active=bool(row["active"]),
            first_seen=datetime.fromisoformat(row["first_seen"]),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class StateMark:
    """The state the user set for an application, with their note and when (UTC)."""

    state: AppState
    note: str
    at: datetime


def set_state(store: Store, key: str, state: AppState, note: str, now: datetime) -> None:
    """Record ``state`` (and ``note``) for the application with employer key ``key``."""
    with store.transaction() as db:
        db.execute(
            "INSERT INTO applications (employer, state, note, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (employer) DO UPDATE SET state = excluded.state, "
            "note = excluded.note, updated_at = excluded.updated_at",
            (key, state.value, one_line(note, 500), _iso(now)),
        )


def stored_states(store: Store) -> dict[str, StateMark]:
    """Employer key → the state the user set."""
    rows = store.db.execute("SELECT * FROM applications")
    return {
        row["employer"]: StateMark(
            AppState(row["state"]), row["note"], datetime.fromisoformat(row["updated_at"])
        )
        for row in rows
    }

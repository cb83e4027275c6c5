"""What the store hands back, and the conversions shared by every backend.

Times go in as ISO 8601 text in UTC with whole seconds (``_iso``); SQLite keeps that
text, PostgreSQL casts it to ``timestamptz``. Both read times and JSON back as text
(PostgreSQL's are loaded in their text form, see ``postgres.py``), so the row mappers
below serve both backends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from assistant.models import Draft, DraftKind, DraftState, Job, JobKind, JobState


def _iso(moment: datetime | None) -> str | None:
    """``moment`` as ISO 8601 text in UTC, whole seconds; ValueError on a naive time."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime reached the store")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _dt(text: str | None) -> datetime | None:
    """A stored time: ISO 8601 text, as both backends read it back (aware)."""
    return datetime.fromisoformat(text) if text else None


def _column(value: Any) -> Any:
    """A Python value as the store binds it: times as ISO text, flags 0/1 (lists: see
    :meth:`assistant.store.base.Queries.column`)."""
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, bool):
        return int(value)
    return value


@dataclass(frozen=True)
class InterviewRecord:
    """A follow-up interview as the store remembers it."""

    event_id: str
    uid: str
    source: str
    start: datetime
    end: datetime
    summary: str
    company: str | None
    role: str | None
    active: bool
    inactive_why: str | None
    detection: dict[str, Any]
    first_seen: datetime
    briefed_start: datetime | None


@dataclass(frozen=True)
class JobRecord:
    """A job with its bookkeeping: state, failed attempts, last error, when it finished."""

    job: Job
    state: JobState
    attempts: int
    last_error: str | None
    finished_at: datetime | None


def _interview(row: Any) -> InterviewRecord:
    return InterviewRecord(
        event_id=row["event_id"],
        uid=row["uid"],
        source=row["source"],
        start=_dt(row["start_at"]),  # type: ignore[arg-type]
        end=_dt(row["end_at"]),  # type: ignore[arg-type]
        summary=row["summary"],
        company=row["company"],
        role=row["role"],
        active=bool(row["active"]),
        inactive_why=row["inactive_why"],
        detection=json.loads(row["detection"]),
        first_seen=_dt(row["first_seen"]),  # type: ignore[arg-type]
        briefed_start=_dt(row["briefed_start"]),
    )


def _job(row: Any) -> Job:
    return Job(
        key=row["key"],
        kind=JobKind(row["kind"]),
        event_id=row["event_id"],
        due_at=_dt(row["due_at"]),  # type: ignore[arg-type]
        detail=row["detail"],
    )


def _job_record(row: Any) -> JobRecord:
    return JobRecord(
        _job(row),
        JobState(row["state"]),
        row["attempts"],
        row["last_error"],
        _dt(row["finished_at"]),
    )


def _draft(row: Any) -> Draft:
    return Draft(
        id=row["id"],
        key=row["key"],
        event_id=row["event_id"],
        kind=DraftKind(row["kind"]),
        state=DraftState(row["state"]),
        to=tuple(json.loads(row["recipients"])),
        subject=row["subject"],
        body=row["body"],
        created_at=_dt(row["created_at"]),  # type: ignore[arg-type]
        updated_at=_dt(row["updated_at"]),  # type: ignore[arg-type]
        mailbox_ref=row["mailbox_ref"],
        message_id=row["message_id"],
        edited=bool(row["edited"]),
        guessed_recipient=bool(row["guessed_recipient"]),
        send_at=_dt(row["send_at"]),
        sent_at=_dt(row["sent_at"]),
        interview_summary=row["interview_summary"],
        reason=row["reason"],
    )

"""Detections to JSON and back, so the store can keep what detection saw.

Commands such as ``drafts approve`` or ``briefing preview`` then work from the
store alone, without reading every calendar again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from assistant.models import (
    Attendee,
    AttendeeKind,
    Detection,
    Event,
    EventStatus,
    PartStat,
    Verdict,
)


def _attendee(a: Attendee) -> dict[str, Any]:
    return {
        "email": a.email,
        "name": a.name,
        "partstat": a.partstat.value,
        "kind": a.kind.value,
        "is_self": a.is_self,
        "is_organizer": a.is_organizer,
        "optional": a.optional,
    }


def _attendee_from(d: dict[str, Any]) -> Attendee:
    return Attendee(
        email=d["email"],
        name=d.get("name", ""),
        partstat=PartStat(d.get("partstat", "needs-action")),
        kind=AttendeeKind(d.get("kind", "person")),
        is_self=d.get("is_self", False),
        is_organizer=d.get("is_organizer", False),
        optional=d.get("optional", False),
    )


def detection_to_dict(detection: Detection) -> dict[str, Any]:
    e, v = detection.event, detection.verdict
    return {
        "event": {
            "uid": e.uid,
            "start": e.start.isoformat(),
            "end": e.end.isoformat(),
            "summary": e.summary,
            "description": e.description,
            "location": e.location,
            "source": e.source,
            "recurrence_id": e.recurrence_id.isoformat() if e.recurrence_id else None,
            "all_day": e.all_day,
            "status": e.status.value,
            "organizer": _attendee(e.organizer) if e.organizer else None,
            "attendees": [_attendee(a) for a in e.attendees],
            "conference_url": e.conference_url,
            "timezone": e.timezone,
            "event_type": e.event_type,
            "timezone_written": e.timezone_written,
        },
        "verdict": verdict_to_dict(v),
    }


def detection_from_dict(data: dict[str, Any]) -> Detection:
    e, v = data["event"], data["verdict"]
    event = Event(
        uid=e["uid"],
        start=datetime.fromisoformat(e["start"]),
        end=datetime.fromisoformat(e["end"]),
        summary=e["summary"],
        description=e["description"],
        location=e["location"],
        source=e["source"],
        recurrence_id=datetime.fromisoformat(e["recurrence_id"]) if e["recurrence_id"] else None,
        all_day=e["all_day"],
        status=EventStatus(e["status"]),
        organizer=_attendee_from(e["organizer"]) if e["organizer"] else None,
        attendees=tuple(_attendee_from(a) for a in e["attendees"]),
        conference_url=e["conference_url"],
        timezone=e["timezone"],
        event_type=e["event_type"],
        timezone_written=e.get("timezone_written", ""),  # absent before 2026-12
    )
    verdict = verdict_from_dict(v)
    return Detection(event, verdict)


def verdict_to_dict(v: Verdict) -> dict[str, Any]:
    """One verdict as JSON (see :func:`verdict_from_dict`)."""
    return {
        "is_follow_up": v.is_follow_up,
        "confidence": v.confidence,
        "reasons": list(v.reasons),
        "company": v.company,
        "role": v.role,
        "interviewers": [_attendee(a) for a in v.interviewers],
        "recruiter": _attendee(v.recruiter) if v.recruiter else None,
        "supervisory": v.supervisory,
        "mentions_test": v.mentions_test,
        "language": v.language,
        "first_interview_id": v.first_interview_id,
        "overridden": v.overridden,
        "employer_keys": list(v.employer_keys),
        "round_kind": v.round_kind,
    }


def verdict_from_dict(v: dict[str, Any]) -> Verdict:
    """The verdict :func:`verdict_to_dict` wrote (older rows lack the later fields)."""
    return Verdict(
        is_follow_up=v["is_follow_up"],
        confidence=v["confidence"],
        reasons=tuple(v["reasons"]),
        company=v["company"],
        role=v["role"],
        interviewers=tuple(_attendee_from(a) for a in v["interviewers"]),
        recruiter=_attendee_from(v["recruiter"]) if v["recruiter"] else None,
        supervisory=v["supervisory"],
        mentions_test=v["mentions_test"],
        language=v.get("language", "en"),
        first_interview_id=v.get("first_interview_id"),
        overridden=v.get("overridden", False),
        employer_keys=tuple(v.get("employer_keys", ())),
        round_kind=v.get("round_kind", ""),
    )

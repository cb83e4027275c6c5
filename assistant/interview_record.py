"""What a pass keeps of a follow-up interview from its detection: the fields of
:class:`assistant.store.InterviewRecord`, and the facts of its first round that the
briefing names even once that round has left the calendar window."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.codec import detection_to_dict
from assistant.detect.who.persons import people_met
from assistant.models import Detection


def interview_fields(detection: Detection, by_id: Mapping[str, Detection]) -> dict[str, Any]:
    """What is kept of a follow-up interview from its detection (the event's id, UID,
    source, times and title, the company and role, the detection with its first round's
    facts): the fields of :class:`assistant.store.InterviewRecord` a pass writes and
    ``briefing preview`` makes for an event no pass has recorded yet."""
    event, verdict = detection.event, detection.verdict
    return {
        "event_id": event.event_id,
        "uid": event.uid,
        "source": event.source,
        "start": event.start,
        "end": event.end,
        "summary": event.summary,
        "company": verdict.company,
        "role": verdict.role,
        "detection": detection_to_dict(detection) | first_round_facts(detection, by_id),
    }


def first_round_facts(detection: Detection, by_id: Mapping[str, Detection]) -> dict[str, Any]:
    """``{"first_round": {summary, start, people: [{name, email}]}}`` for a later round
    whose first interview is among ``by_id`` (this pass's detections), else ``{}``.

    Only follow-ups are stored, so this is kept with the follow-up's own detection:
    the briefing can then name the first round (title, date, who was met) before the
    user has debriefed it, and even once it has left the calendar window.
    """
    first = by_id.get(detection.verdict.first_interview_id or "")
    if first is None:
        return {}
    # Persons only, as the briefing lists them: not the organisation's name nor its inbox.
    met = people_met(first.verdict.interviewers, first.verdict.company)
    people = [{"name": p.name, "email": p.email} for p in met if p.email]
    return {
        "first_round": {
            "summary": first.event.summary,
            "start": first.event.start.isoformat(),
            "people": people,
        }
    }

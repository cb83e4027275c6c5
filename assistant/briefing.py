"""What goes into a prep briefing. Pure: facts in, a template context out.

The sections follow the article the product is built on (job specifics and your
planned approach, questions to ask, meeting colleagues, salary, and whether the
company fits you), each tailored with what the invite says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from assistant.models import Detection
from assistant.text import one_line, plain_text

# Quoted event text is capped per field (the model caps at 2,000 characters).
DESCRIPTION_QUOTE = 1200


@dataclass(frozen=True)
class PreviousRound:
    """The earlier interview with the same employer, and what the user noted about it."""

    summary: str
    start: datetime
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class BriefingFacts:
    """Everything the briefing needs besides the detection itself."""

    user_name: str
    user_tz: tzinfo
    now: datetime
    previous: PreviousRound | None = None
    salary: Any = None
    is_update: bool = False
    reminders: tuple[str, ...] = field(default=())


def briefing_subject(detection: Detection, facts: BriefingFacts) -> str:
    event, verdict = detection.event, detection.verdict
    local = event.start.astimezone(facts.user_tz)
    company = verdict.company or "your follow-up interview"
    role = f" ({verdict.role})" if verdict.role else ""
    prefix = "Updated: " if facts.is_update else "Prep: "
    return one_line(f"{prefix}{company}{role} — {local:%a} {local.day} {local:%b}, {local:%H:%M}")


def briefing_context(detection: Detection, facts: BriefingFacts) -> dict[str, Any]:
    """The template context for ``briefing.txt`` and ``briefing.html``."""
    event, verdict = detection.event, detection.verdict
    company = verdict.company
    role = verdict.role
    own_zone = None
    if event.timezone and event.timezone != getattr(facts.user_tz, "key", None):
        try:
            from zoneinfo import ZoneInfo

            own_zone = ZoneInfo(event.timezone)
        except Exception:
            own_zone = None
    place = one_line(event.location, 300)
    return {
        "subject": briefing_subject(detection, facts),
        "user_name": one_line(facts.user_name, 80),
        "tz": facts.user_tz,
        "event_tz": own_zone,
        "is_update": facts.is_update,
        "company": one_line(company, 120) if company else None,
        "role": one_line(role, 120) if role else None,
        "the_company": one_line(company, 120) if company else "the company",
        "the_role": one_line(role, 120) if role else "the role",
        "title": one_line(event.summary, 200) or "(no title)",
        "start": event.start,
        "end": event.end,
        "minutes": event.duration.total_seconds() / 60,
        "location": place,
        "video_url": event.conference_url,
        "description": plain_text(event.description, DESCRIPTION_QUOTE),
        "interviewers": [
            {"name": one_line(p.name, 120), "email": one_line(p.email, 200)}
            for p in verdict.interviewers
        ],
        "supervisory": verdict.supervisory,
        "mentions_test": verdict.mentions_test,
        "previous": facts.previous,
        "salary": facts.salary,
        "reasons": list(verdict.reasons),
        "reminders": list(facts.reminders),
    }

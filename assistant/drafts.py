"""What drafts an interview gets, to whom, and what goes into each. Pure.

After a follow-up interview: one thank-you per interviewer, and one request for
the offer in writing to whoever scheduled it. Nothing here sends anything; the
runner stores the drafts and the user approves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from assistant.detect import Profile, is_person
from assistant.models import Attendee, Detection, DraftKind
from assistant.text import one_line

# Seniority words that make an attendee the likeliest decision-maker to ask.
_SENIOR = re.compile(
    r"\b(head|director|vp|vice president|chief|cto|ceo|founder|manager|lead)\b", re.I
)


@dataclass(frozen=True)
class PlannedDraft:
    """One draft to make: its key, kind, recipient, and whether the recipient is a guess."""

    key: str
    kind: DraftKind
    recipient: Attendee
    guessed_recipient: bool = False


def draft_key(event_id: str, kind: DraftKind, email: str) -> str:
    return f"draft/{event_id}/{kind.value}/{email.lower()}"


def _is_mine(attendee: Attendee, profile: Profile) -> bool:
    domain = attendee.email.rsplit("@", 1)[-1]
    return attendee.is_self or attendee.email in profile.addresses or domain in profile.own_domains


def plan_drafts(detection: Detection, profile: Profile) -> list[PlannedDraft]:
    """Thank-yous to each interviewer, and the offer request to the scheduler."""
    event, verdict = detection.event, detection.verdict
    organizer = event.organizer
    people = [a for a in verdict.interviewers if not _is_mine(a, profile) and is_person(a)]
    # The organizer usually scheduled it; they get the offer request, the others a thank-you.
    interviewers = [p for p in people if not (organizer and p.email == organizer.email)]
    if not interviewers and people:
        interviewers = people  # the organizer alone is the interviewer
    planned = [
        PlannedDraft(
            draft_key(event.event_id, DraftKind.THANK_YOU, p.email), DraftKind.THANK_YOU, p
        )
        for p in _unique(interviewers)
    ]
    scheduler = (
        organizer
        if organizer and is_person(organizer) and not _is_mine(organizer, profile)
        else None
    )
    guessed = False
    if scheduler is None and people:
        ranked = sorted(people, key=lambda p: (not _SENIOR.search(p.name or ""), people.index(p)))
        scheduler, guessed = ranked[0], True
    if scheduler is not None:
        key = draft_key(event.event_id, DraftKind.OFFER_REQUEST, scheduler.email)
        planned.append(PlannedDraft(key, DraftKind.OFFER_REQUEST, scheduler, guessed))
    return planned


def _unique(people: list[Attendee]) -> list[Attendee]:
    seen: set[str] = set()
    result = []
    for person in people:
        if person.email not in seen:
            seen.add(person.email)
            result.append(person)
    return result


def first_name(attendee: Attendee) -> str:
    """``"Dr. Jane Q. Doe"`` → ``Jane``; ``jane.doe@x`` → ``Jane``; otherwise empty."""
    name = one_line(attendee.name, 120)
    if "," in name:  # "Doe, Jane"
        name = name.split(",", 1)[1]
    words = [
        w
        for w in re.split(r"\s+", name)
        if w and not re.fullmatch(r"(?i)(dr|mr|mrs|ms|prof)\.?", w)
    ]
    if words and not re.search(r"[@\d]", words[0]):
        word = words[0]
    else:
        local = attendee.email.split("@", 1)[0]
        parts = [p for p in re.split(r"[._\-+]", local) if p.isalpha() and len(p) > 1]
        if not parts or (len(parts) == 1 and len(parts[0]) > 12):
            return ""
        word = parts[0]
    return word[:1].upper() + word[1:] if word.islower() or word.isupper() else word


def draft_subject(kind: DraftKind, detection: Detection) -> str:
    verdict = detection.verdict
    about = verdict.role or "the role"
    if kind is DraftKind.THANK_YOU:
        return one_line(
            f"Thank you — {about}" + (f" at {verdict.company}" if verdict.company else "")
        )
    return one_line(f"Next steps — {about}" + (f" at {verdict.company}" if verdict.company else ""))


def draft_context(
    planned: PlannedDraft,
    detection: Detection,
    *,
    user_name: str,
    signature: str,
    tz: tzinfo,
    debrief: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The template context for ``drafts/<kind>.txt``."""
    event, verdict = detection.event, detection.verdict
    debrief = debrief or {}
    notes = debrief.get("notes", {}) or {}
    topics = [one_line(t, 200) for t in debrief.get("topics", []) if t]
    return {
        "greeting_name": first_name(planned.recipient),
        "recipient": planned.recipient,
        "company": one_line(verdict.company, 120) if verdict.company else None,
        "role": one_line(verdict.role, 120) if verdict.role else None,
        "day": event.start.astimezone(tz),
        "note": one_line(notes.get(planned.recipient.email, ""), 300),
        "topics": topics,
        "offer_discussed": bool(debrief.get("offer_discussed")),
        "figure": one_line(debrief.get("figure", ""), 100),
        "user_name": one_line(user_name, 80),
        "signature": signature.strip(),
        "guessed_recipient": planned.guessed_recipient,
    }

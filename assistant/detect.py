"""Which events are the user's follow-up job interviews, and why.

One entry point: :func:`detect` takes every event in view (history included, so
earlier rounds can be linked) and returns a :class:`~assistant.models.Detection`
per event, each with a confidence and the reasons that fired. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from assistant.models import (
    Attendee,
    AttendeeKind,
    Detection,
    Event,
    EventStatus,
    PartStat,
    Verdict,
)

FREE_MAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "fastmail.com",
        "yandex.ru",
        "mail.com",
        "zoho.com",
        "hey.com",
    ]
)


@dataclass(frozen=True)
class Profile:
    """Who the user is and how detection is tuned (built from ``[user]`` and ``[detect]``)."""

    addresses: frozenset[str] = frozenset()
    own_domains: frozenset[str] = frozenset()
    threshold: float = 0.6
    extra_keywords: tuple[str, ...] = ()
    ignore_patterns: tuple[str, ...] = ()
    _ignore: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def build(
        cls,
        addresses: Sequence[str],
        own_domains: Sequence[str] = (),
        threshold: float = 0.6,
        extra_keywords: Sequence[str] = (),
        ignore_patterns: Sequence[str] = (),
    ) -> Profile:
        """Normalise addresses; default the user's own domain from their address."""
        lowered = frozenset(a.lower() for a in addresses if a)
        domains = {d.lower() for d in own_domains}
        if not domains:
            domains = {a.split("@", 1)[1] for a in lowered if "@" in a} - FREE_MAIL
        return cls(
            addresses=lowered,
            own_domains=frozenset(domains),
            threshold=threshold,
            extra_keywords=tuple(k.lower() for k in extra_keywords),
            ignore_patterns=tuple(ignore_patterns),
            _ignore=tuple(re.compile(p, re.I) for p in ignore_patterns),
        )


_INTERVIEW = re.compile(
    r"\binterview|\bvorstellungsgespr|\bentretien|\bentrevista|\bcolloquio", re.I
)
_LATER_ROUND = re.compile(
    r"\b(second|2nd|third|3rd|final|follow[- ]?up)\s+(round|interview|stage)"
    r"|\bround\s*[2-9]\b|\(\s*[2-9]\s*/\s*[2-9]\s*\)|\bonsite\b|\bpanel\b|meet the team"
    r"|zweites vorstellungsgespr|zweitgespr|\b2\.\s*runde|(second|deuxi[eè]me) entretien"
    r"|segunda entrevista|secondo colloquio|tweede gesprek",
    re.I,
)


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


def is_person(attendee: Attendee) -> bool:
    """A human who could read a message: not a room, resource, list or robot."""
    if attendee.kind not in (AttendeeKind.PERSON, AttendeeKind.UNKNOWN):
        return False
    local = attendee.email.split("@", 1)[0]
    robotic = re.search(
        r"no-?reply|notification|calendar|scheduling|group|team|jobs|careers", local
    )
    return bool(attendee.email) and not robotic and "resource.calendar" not in attendee.email


def interviewers_of(event: Event, profile: Profile) -> tuple[Attendee, ...]:
    """The people the user will meet (never the user, rooms, lists or robots)."""
    people = [
        a
        for a in event.attendees
        if not a.is_self and a.email not in profile.addresses and is_person(a)
    ]
    if not people and event.organizer and is_person(event.organizer):
        if event.organizer.email not in profile.addresses:
            people = [event.organizer]
    return tuple(people)


def company_of(event: Event, profile: Profile) -> str | None:
    """The employer: named in the title, or read from a corporate domain."""
    title = event.summary
    match = re.search(
        r"\b(?:at|with|@|bei|chez|con)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})", title
    )
    if match:
        return match.group(1).strip()
    for person in (event.organizer, *event.attendees):
        if person is None or person.email in profile.addresses:
            continue
        domain = _domain(person.email)
        if domain and domain not in FREE_MAIL and domain not in profile.own_domains:
            return domain.split(".")[-2].capitalize() if "." in domain else domain
    return None


def _verdict_for(event: Event, profile: Profile) -> Verdict:
    text = f"{event.summary}\n{event.description[:4000]}"
    reasons: list[str] = []
    negative: str | None = None
    if event.status is EventStatus.CANCELLED:
        negative = "the event is cancelled"
    elif event.my_partstat() is PartStat.DECLINED:
        negative = "you declined the invitation"
    elif event.all_day:
        negative = "an all-day event, not a meeting"
    elif any(p.search(event.summary) for p in profile._ignore):
        negative = "the title matches [detect] ignore_patterns"
    elif event.organizer and event.organizer.email in profile.addresses and not event.others:
        negative = "a block you made for yourself (no one else is invited)"
    score = 0.0
    if _INTERVIEW.search(text):
        score += 0.4
        reasons.append("mentions an interview")
    later = _LATER_ROUND.search(event.summary)
    if later:
        score += 0.5
        reasons.append(f"title names a later round: \u201c{later.group(0)}\u201d")
    for keyword in profile.extra_keywords:
        if keyword in text.lower():
            score += 0.5
            reasons.append(f"matches your extra keyword \u201c{keyword}\u201d")
    interviewers = interviewers_of(event, profile)
    if negative:
        reasons.append(negative)
        score = min(score, 0.1)
    confidence = round(min(score, 1.0), 2)
    return Verdict(
        is_follow_up=negative is None and confidence >= profile.threshold,
        confidence=confidence,
        reasons=tuple(reasons) or ("no interview wording",),
        company=company_of(event, profile),
        interviewers=interviewers,
        recruiter=event.organizer if event.organizer and is_person(event.organizer) else None,
    )


def detect(
    events: Sequence[Event], profile: Profile, overrides: Mapping[str, bool] | None = None
) -> list[Detection]:
    """Give every event a verdict. ``overrides`` (event id → follow-up?) come from ``mark``."""
    overrides = overrides or {}
    detections = []
    for event in events:
        verdict = _verdict_for(event, profile)
        if event.event_id in overrides:
            wanted = overrides[event.event_id]
            verdict = replace(
                verdict,
                is_follow_up=wanted,
                confidence=1.0 if wanted else 0.0,
                reasons=(
                    *verdict.reasons,
                    "you marked it " + ("a follow-up" if wanted else "not one"),
                ),
                overridden=True,
            )
        detections.append(Detection(event, verdict))
    return detections

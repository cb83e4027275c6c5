"""Who gets a draft after an interview, and why. Pure.

One thank-you per person the user met, and one request for the offer in writing
to whoever scheduled it. Each planned draft carries the reason it exists, which
``drafts list`` shows. The people come from:

- the invite's guests (people only: never the user, rooms, lists or robots);
- the organizer, who gets a thank-you when they took part: the only other
  person, named in the title ("Interview with Jordan Lee"), listed in the
  itinerary, or holding a title that is not a recruiter's ("Hiring Manager");
  a recruiter organizer gets the offer request only;
- the itinerary in the description (GoodTime, ModernLoop, Greenhouse, Ashby),
  whose people have no address on the invite: theirs is guessed from the
  employer's domain and the address pattern other people there follow
  (``first.last``…), and flagged as a guess, never sent without the user seeing
  it; with no domain to guess from, no draft is made, and :func:`unplanned` says
  how to add the address (``debrief --note "Name <address>=…"``);
- people the user added in the debrief (``added``).

A mass event (more than ``MASS_EVENT_GUESTS`` guests) gets no thank-you per
guest. Planning is linear in the number of guests.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import pairwise
from typing import Any

from assistant.briefing.invite import bare_name, named_to_meet, role_hint
from assistant.detect import Profile, is_person
from assistant.detect.domains import (
    domain_key,
    domain_of,
    is_free_mail,
    is_own,
    is_service,
    squash,
)
from assistant.detect.itinerary import (
    address_pattern,
    addresses_in,
    guess_address,
    read_itinerary,
)
from assistant.detect.people import (
    MASS_EVENT_GUESTS,
    interviewers_of,
    is_mass_event,
    same_name,
)
from assistant.detect.persons import is_named_person
from assistant.detect.prose_people import people_in_prose
from assistant.drafting.marks import REASON_OFFER_RECRUITER, REASON_OFFER_SENIOR
from assistant.models import (
    Attendee,
    AttendeeKind,
    Detection,
    DraftKind,
    Event,
    EventStatus,
    PartStat,
)

_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\.]+$")
# Words in a display name that suggest who decides; the higher, the likelier.
_SENIORITY = (
    (3, re.compile(r"\b(chief|c[etoif]o|founder|co-founder|president|owner|vp|vice president)\b", re.I)),
    (2, re.compile(r"\b(head|director|partner|gesch[aä]ftsf[uü]hrer\w*|leiter\w*)\b", re.I)),
    (1, re.compile(r"\b(manager|lead|principal|senior|sr\.?)\b", re.I)),
)  # fmt: skip
# A title that makes someone the recruiter, not an interviewer.
_RECRUITER = re.compile(
    r"\b(?:recruit\w*|talent|sourc\w*|coordinator|scheduler|hr|human\s+resources|people\s+(?:ops|partner)"
    r"|personal\w*|rh|rrhh|recrutement|reclutamiento|selezione)\b",
    re.I,
)

REASON_GUEST = "on the invite"
REASON_ORGANIZER_MET = "organised the interview and took part"
REASON_ORGANIZER_TEAM = (
    "no interviewer is named: thanks the team at the address that sent the invite"
)
REASON_ITINERARY = "named in the invite's itinerary"
REASON_TEXT = "named in the invite's text as someone you meet"
REASON_ADDED = "added in your debrief"
REASON_OFFER = "organised the interview"


@dataclass(frozen=True)
class PlannedDraft:
    """One draft to make: its key, kind, recipient, whether the recipient's address is a
    guess (on no invite: made from a name and the employer's address pattern), and why."""

    key: str
    kind: DraftKind
    recipient: Attendee
    guessed_recipient: bool = False
    interviewers: int = 1  # how many people the user met: "the team" or "our conversation"
    reason: str = ""  # why this draft exists, for `drafts list`


@dataclass
class _Plan:
    drafts: list[PlannedDraft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was not planned, and why


def draft_key(event_id: str, kind: DraftKind, email: str) -> str:
    """The idempotency key: the interview instance, the kind and the recipient."""
    return f"draft/{event_id}/{kind.value}/{email.lower()}"


def is_mine(attendee: Attendee, profile: Profile) -> bool:
    """The user: flagged as self, one of their addresses, or their own organisation."""
    return (
        attendee.is_self
        or profile.is_me(attendee.email)
        or is_own(domain_of(attendee.email), profile.own_domains)
    )


def is_addressable(attendee: Attendee | None, profile: Profile) -> bool:
    """A human other than the user who can read a message, at a well-formed address.

    Detection's ``is_person`` already turns away rooms, lists, shared mailboxes,
    robots and applicant-tracking or scheduling services.
    """
    return (
        attendee is not None
        and bool(_ADDRESS.match(attendee.email))
        and is_person(attendee)
        and not is_mine(attendee, profile)
    )


def _unique(people: Iterable[Attendee]) -> list[Attendee]:
    seen: set[str] = set()
    result = []
    for person in people:
        email = person.email.lower()
        if email not in seen:
            seen.add(email)
            result.append(person)
    return result


def seniority(attendee: Attendee) -> int:
    """How senior a display name looks: 0 (no sign) to 3 (chief, founder, VP)."""
    for rank, pattern in _SENIORITY:
        if pattern.search(attendee.name or ""):
            return rank
    return 0


def organizer_took_part(detection: Detection, organizer: Attendee, others: int) -> bool:
    """Whether the organizer was one of the interviewers, not only the scheduler.

    Yes when no one else is there (``others`` is 0); otherwise never for an
    organisation's or a team's mailbox (:func:`assistant.detect.persons.is_named_person`:
    "Fundación X - Selección" is named in the title as the employer, not as a person);
    for a person, when the title or text names them among the people met
    (:mod:`assistant.detect.prose_people`: "Interview with Jordan Lee", "with me and
    Nadia Qureshi"), never when it names others but not them; when the itinerary
    lists them, when the
    description names them among the people the candidate will meet, in any
    language detection knows ("Sie sprechen mit Frau Dr. Katrin Vogel …"), or when
    their title (display name or description, in those languages) is not a
    recruiter's ("Hiring Manager", "Leiterin Data Platform").
    """
    if others == 0:
        return True
    if not is_named_person(organizer, detection.verdict.company):
        return False  # an organisation's mailbox takes part in no interview itself
    event = detection.event
    prose = people_in_prose(event.summary or "", event.description or "")
    if prose.writer_takes_part or any(same_name(organizer, p.name) for p in prose.people):
        return True  # "with me and Nadia Qureshi", "Interview with Jordan Lee"
    if prose.people:
        return False  # the text names whom the user meets, and not them: they scheduled it
    name = bare_name(organizer.name).lower()
    if name and len(name) >= 4:
        if name in (event.summary or "").lower():
            return True
        if any(s.name.lower() == name for s in read_itinerary(event.description).sessions):
            return True
    if named_to_meet(organizer, event.description):
        return True
    title = role_hint(organizer, event.description)
    return bool(title) and not _RECRUITER.search(title)


def _corporate_domains(detection: Detection, profile: Profile) -> list[str]:
    """The employer's domains: of guests first, then of addresses the description gives."""
    found: dict[str, None] = {}
    event = detection.event
    candidates = [a.email for a in (event.organizer, *event.attendees) if a is not None]
    candidates += addresses_in(event.description) if event.description else ()
    for email in candidates:
        domain = domain_of(email)
        if (
            domain
            and not profile.is_me(email)
            and not is_free_mail(domain)
            and not is_service(domain)
            and not is_own(domain, profile.own_domains)
            and "resource." not in domain
        ):
            found.setdefault(domain, None)
    return _employers_domains(list(found), detection.verdict.company)


def _employers_domains(domains: list[str], company: str | None) -> list[str]:
    """Of ``domains``, the employer's: those whose label holds a word of ``company``
    ("sierraalta.example" for Producciones Sierra Alta). When the company is written in
    Latin letters and no domain holds a word of it, the addresses are a go-between's (an
    agency's, a search firm's): no one at the employer has an address to guess from them.
    Otherwise (no company, or one in another script) ``domains`` as they are."""
    squashed = (squash(w) for w in re.findall(r"[^\W\d_]{4,}", company or ""))
    words = [w for w in squashed if w.isascii() and len(w) >= 4]
    if not words:
        return domains
    return [d for d in domains if any(w in domain_key(d) for w in words)]


def _named_addresses(detection: Detection) -> tuple[tuple[str, str], ...]:
    """(name, address) pairs the invite shows: guests with names, and the description's."""
    event = detection.event
    pairs = [(bare_name(a.name), a.email) for a in event.attendees if a.name and "@" in a.email]
    return (*pairs[:200], *read_itinerary(event.description).addresses)


def _itinerary_people(
    detection: Detection, profile: Profile, known: set[str], plan: _Plan
) -> list[tuple[Attendee, str]]:
    """People named only in the description, each at a guessed address with the reason
    saying how it was guessed (or a note when no address can be guessed)."""
    verdict = detection.verdict
    interviewers = verdict.interviewers or interviewers_of(
        detection.event, profile, verdict.company
    )
    missing = [a for a in interviewers if not a.email]
    if not missing:
        return []
    domains = _corporate_domains(detection, profile)
    pairs = _named_addresses(detection)
    pattern = (address_pattern(pairs, domains[0]) if domains else None) or "first.last"
    guessed = f"address guessed as {pattern}@{domains[0] if domains else ''}"
    listed = {s.name.casefold() for s in read_itinerary(detection.event.description).sessions}
    people = []
    for person in missing:
        name = bare_name(person.name)
        email = guess_address(name, domains[0], pairs) if domains else ""
        where = REASON_ITINERARY if name.casefold() in listed else REASON_TEXT
        if not email:
            why = (
                "their name cannot be written as an address to guess"
                if domains
                else "no address on the invite is the employer's, to guess from"
            )
            plan.notes.append(
                f"no thank-you to {name} ({where}, with no address): {why}; add their "
                f"address with `debrief {shlex.quote(detection.event.event_id)} "
                f'--note "{name} <address>=what you talked about"`'
            )
        elif email not in known:
            known.add(email)
            entry = Attendee(email=email, name=person.name, kind=AttendeeKind.PERSON)
            people.append((entry, f"{where}; {guessed}"))
    return people


def _named_addressable(
    people: Iterable[Attendee], company: str | None, profile: Profile
) -> list[Attendee]:
    """``people`` who have not declined, at a well-formed address, each once: persons only,
    since a thank-you goes to each person met, not to an organisation's shared inbox."""
    return _unique(
        a
        for a in people
        if a.partstat is not PartStat.DECLINED
        and is_addressable(a, profile)
        and is_named_person(a, company)
    )


def _added_people(debrief: Mapping[str, Any] | None) -> list[Attendee]:
    """People the user added in the debrief: ``added`` is a list of {name, email}."""
    return [
        Attendee(email=str(p.get("email", "")).lower(), name=str(p.get("name", "")))
        for p in (debrief or {}).get("added", [])
        if isinstance(p, Mapping) and _ADDRESS.match(str(p.get("email", "")))
    ]


def _plan(detection: Detection, profile: Profile, debrief: Mapping[str, Any] | None) -> _Plan:
    event, verdict = detection.event, detection.verdict
    plan = _Plan()
    if event.status is EventStatus.CANCELLED or event.my_partstat() is PartStat.DECLINED:
        plan.notes.append("no drafts: the interview was cancelled or you declined it")
        return plan
    organizer = event.organizer if is_addressable(event.organizer, profile) else None
    organizer_email = organizer.email.lower() if organizer else ""
    mass = is_mass_event(event)
    # The people met are detection's (:func:`assistant.detect.people.interviewers_of`):
    # a guest the invite's text leaves out when it names whom the user meets scheduled
    # it, and may get the offer request, but no thank-you.
    # A verdict made without them (an older record, a test) gets them worked out now.
    interviewers = verdict.interviewers or interviewers_of(event, profile, verdict.company)
    people = _named_addressable(interviewers, verdict.company, profile)
    met: list[tuple[Attendee, str, bool]] = [
        (p, REASON_GUEST, False) for p in people if p.email.lower() != organizer_email
    ]
    unaddressed = [a for a in interviewers if not a.email]
    if mass:
        plan.notes.append(
            f"no thank-you per guest: {len(event.attendees)} guests make it a mass event "
            f"(more than {MASS_EVENT_GUESTS})"
        )
    elif organizer is not None and organizer_took_part(
        detection, organizer, len(met) + len(unaddressed)
    ):
        named = is_named_person(organizer, verdict.company)
        met.insert(0, (organizer, REASON_ORGANIZER_MET if named else REASON_ORGANIZER_TEAM, False))
    known = {p.email.lower() for p, _, _ in met} | {organizer_email}
    if not mass:
        met += [(p, how, True) for p, how in _itinerary_people(detection, profile, known, plan)]
    for person in _added_people(debrief):
        if person.email not in known and not is_mine(person, profile):
            known.add(person.email)
            met.append((person, REASON_ADDED, False))
    plan.drafts = [
        PlannedDraft(
            draft_key(event.event_id, DraftKind.THANK_YOU, p.email),
            DraftKind.THANK_YOU,
            p,
            guessed,
            len(met),
            reason,
        )
        for p, reason, guessed in met
    ]
    # The offer request's address is always one the invite gives: never a guessed one.
    # Whom to ask may be the assistant's choice, which its reason says (and
    # :func:`assistant.drafting.marks.recipient_chosen` shows beside the draft).
    scheduler, why = organizer, REASON_OFFER
    if scheduler is None and is_addressable(verdict.recruiter, profile):
        scheduler, why = verdict.recruiter, REASON_OFFER_RECRUITER
    guests = [] if mass else _named_addressable(event.attendees, verdict.company, profile)
    if scheduler is None and (people or guests):
        # max() keeps the first of equals: the earliest listed among the most senior.
        scheduler, why = max(people or guests, key=seniority), REASON_OFFER_SENIOR
    if scheduler is not None:
        key = draft_key(event.event_id, DraftKind.OFFER_REQUEST, scheduler.email)
        plan.drafts.append(
            PlannedDraft(key, DraftKind.OFFER_REQUEST, scheduler, False, len(met), why)
        )
    return plan


# A later instance of the same series starting within this long after an instance
# ends makes the two days of one onsite ("Onsite, day 1 of 2" written as a daily series).
NEXT_DAY = timedelta(hours=36)


def continued_next_day(detections: Iterable[Detection]) -> set[str]:
    """Event ids of follow-up instances that another instance of the same UID follows
    within :data:`NEXT_DAY`: a multi-day onsite's earlier days. Their drafts wait for
    the last day, so each person gets one thank-you, not one per day. Linear after a sort.
    """
    by_uid: dict[str, list[Event]] = {}
    for d in detections:
        if d.verdict.is_follow_up and d.event.recurrence_id is not None:
            by_uid.setdefault(d.event.uid, []).append(d.event)
    continued = set()
    for events in by_uid.values():
        events.sort(key=lambda e: e.start)
        for this, following in pairwise(events):
            if timedelta(0) <= following.start - this.end <= NEXT_DAY:
                continued.add(this.event_id)
    return continued


def plan_drafts(
    detection: Detection, profile: Profile, debrief: Mapping[str, Any] | None = None
) -> list[PlannedDraft]:
    """Thank-yous to each person met, and the offer request to the person who scheduled it.

    The offer request goes to the organizer; when the organizer is a robot (an ATS
    or a shared mailbox), to the recruiter detection named, else to the most
    senior-looking attendee, flagged as a guess. A cancelled or declined interview
    gets nothing. ``debrief`` is the stored debrief (its ``added`` people get a
    thank-you too). See the module docstring for who counts as met.
    """
    return _plan(detection, profile, debrief).drafts


def unplanned(
    detection: Detection, profile: Profile, debrief: Mapping[str, Any] | None = None
) -> list[str]:
    """Plain sentences about drafts not made and why (a mass event, a missing address)."""
    return _plan(detection, profile, debrief).notes

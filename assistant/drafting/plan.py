"""Who gets a draft after an interview, and why. Pure.

One thank-you per person the user met, and one request for the offer in writing
to whoever scheduled it. Each planned draft carries the reason it exists, which
``drafts list`` shows. The people come from:

- the invite's guests (people only: never the user, rooms, lists or robots);
- the organizer, who gets a thank-you when they took part: the only other
  person, named in the title ("Interview with Jordan Lee"), listed in the
  itinerary, or holding a title that is not a recruiter's ("Hiring Manager");
  a recruiter organizer gets the offer request only;
- people the invite's text or itinerary names who have no address on it
  (:mod:`.unaddressed`): theirs is the one earlier rounds with the employer showed
  (``book``), else guessed from the employer's domain and flagged as a guess; with
  neither, no draft is made, and :func:`unplanned` says why and how to add the
  address (``debrief --note "Name <address>=…"``);
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
from assistant.detect.employer.domains import domain_of, is_own
from assistant.detect.text.itinerary import read_itinerary
from assistant.detect.who.people import (
    MASS_EVENT_GUESTS,
    interviewers_of,
    is_mass_event,
    same_name,
)
from assistant.detect.who.persons import is_named_person
from assistant.detect.who.prose_people import people_in_prose
from assistant.drafting.earlier_addresses import AddressBook
from assistant.drafting.marks import REASON_OFFER_RECRUITER, REASON_OFFER_SENIOR
from assistant.drafting.reply_address import REASON_OFFER_REPLY, reply_address
from assistant.drafting.unaddressed import REASON_ITINERARY as REASON_ITINERARY  # re-exported
from assistant.drafting.unaddressed import REASON_TEXT as REASON_TEXT  # with the other reasons
from assistant.drafting.unaddressed import unaddressed_people
from assistant.models import (
    Attendee,
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
    sources: list[str] = field(default_factory=list)  # addresses from earlier rounds


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
    organisation's or a team's mailbox (:func:`assistant.detect.who.persons.is_named_person`:
    "Fundación X - Selección" is named in the title as the employer, not as a person);
    for a person, when the title or text names them among the people met
    (:mod:`assistant.detect.who.prose_people`: "Interview with Jordan Lee", "with me and
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


def _plan(
    detection: Detection,
    profile: Profile,
    debrief: Mapping[str, Any] | None,
    book: AddressBook | None = None,
) -> _Plan:
    event, verdict = detection.event, detection.verdict
    plan = _Plan()
    if event.status is EventStatus.CANCELLED or event.my_partstat() is PartStat.DECLINED:
        plan.notes.append("no drafts: the interview was cancelled or you declined it")
        return plan
    organizer = event.organizer if is_addressable(event.organizer, profile) else None
    organizer_email = organizer.email.lower() if organizer else ""
    mass = is_mass_event(event)
    # The people met are detection's (:func:`assistant.detect.who.people.interviewers_of`):
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
        nameless = unaddressed_people(detection, profile, known, book)
        met += nameless.people
        plan.notes += nameless.notes
        plan.sources += nameless.sources
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
    replies = reply_address(event, lambda email: is_mine(Attendee(email=email), profile))
    if scheduler is None and replies is not None:  # "Reply to recruiting@… with questions"
        scheduler, why = replies, REASON_OFFER_REPLY
    guests = [] if mass else _named_addressable(event.attendees, verdict.company, profile)
    if scheduler is None and (people or guests):
        # max() keeps the first of equals: the earliest listed among the most senior.
        scheduler, why = max(people or guests, key=seniority), REASON_OFFER_SENIOR
    added = [p for p in _added_people(debrief) if not is_mine(p, profile)]
    if scheduler is None and added:  # the note below says to add whom to ask
        scheduler, why = added[0], REASON_ADDED
    if scheduler is not None:
        key = draft_key(event.event_id, DraftKind.OFFER_REQUEST, scheduler.email)
        plan.drafts.append(
            PlannedDraft(key, DraftKind.OFFER_REQUEST, scheduler, False, len(met), why)
        )
    elif plan.drafts:  # thank-yous but no one to ask; with no draft at all, the note says so
        plan.notes.append(_no_offer_request(event, profile))
    return plan


def _no_offer_request(event: Event, profile: Profile) -> str:
    """Why no offer request was drafted, and the command that drafts one."""
    sender = event.organizer
    robot = sender is not None and "@" in sender.email and not is_mine(sender, profile)
    address = sender.email if sender is not None else ""
    return (
        "no request for the offer: "
        + (f"the invite came from an automated address ({address}) and" if robot else "the invite")
        + " gives no one's address to ask, nor one for replies; to have it drafted, "
        f"add whom to ask with `debrief {shlex.quote(event.event_id)} "
        '--note "Name <address>=what you talked about"`'
    )


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
    detection: Detection,
    profile: Profile,
    debrief: Mapping[str, Any] | None = None,
    book: AddressBook | None = None,
) -> list[PlannedDraft]:
    """Thank-yous to each person met, and the offer request to the person who scheduled it.

    The offer request goes to the organizer; when the organizer is a robot (an ATS
    or a shared mailbox), to the recruiter detection named, else to the most
    senior-looking attendee, flagged as a guess. A cancelled or declined interview
    gets nothing. ``debrief`` is the stored debrief (its ``added`` people get a
    thank-you too); ``book`` the addresses earlier rounds showed
    (:func:`assistant.drafting.address_book.address_book`), for people the invite names
    without one. See the module docstring for who counts as met.
    """
    return _plan(detection, profile, debrief, book).drafts


def unplanned(
    detection: Detection,
    profile: Profile,
    debrief: Mapping[str, Any] | None = None,
    book: AddressBook | None = None,
) -> list[str]:
    """Plain sentences about drafts not made and why (a mass event, a missing address,
    a name earlier rounds give several addresses)."""
    return _plan(detection, profile, debrief, book).notes


def drafts_explained(
    detection: Detection, profile: Profile, book: AddressBook | None = None
) -> list[str]:
    """For ``scan --explain``: where each address not on the invite came from
    (``"Marta Ocaña <marta.ocana@…>: address from the 12 March 2026 round “…”"``),
    then :func:`unplanned`'s sentences."""
    plan = _plan(detection, profile, None, book)
    return plan.sources + plan.notes

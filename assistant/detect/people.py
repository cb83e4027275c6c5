"""Who is on an invitation: the user, real people, rooms, lists and robots.

Only real people become interviewers or the recruiter: never the user, a room or
resource, a mailing list, a shared mailbox ("talent@", "careers@") or a service
that sends invitations for someone else (greenhouse.io, calendly.com…).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.domains import domain_of, is_service
from assistant.detect.itinerary import read_itinerary
from assistant.detect.profile import Profile
from assistant.models import Attendee, AttendeeKind, Event, PartStat

# Shared mailboxes and robots, known by a word of the address before the @.
_ROBOT_WORD = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|calendar|calendars"
    r"|scheduling|scheduler|invites?|invitations?|bounces?|mailer(?:-daemon)?|postmaster"
    r"|groups?|team|teams|jobs|careers?|karriere|recruiting|recruitment|recruiters?|recrutement"
    r"|reclutamiento|reclutamento|talent|talento|talents|hiring|interviews?|bewerbung(?:en)?"
    r"|events?|meetings?|rooms?|resource|raum|salle|sala|conf)(?:$|[._+-])",
    re.I,
)
# Whole addresses that are shared mailboxes, too short to match word by word.
_ROBOT_LOCAL = re.compile(
    r"^(?:hr|rh|rrhh|ta|people|personal|info|hello|hi|contact|admin|office|support|help"
    r"|sales|marketing|press|comms|everyone|all|staff)$",
    re.I,
)


def is_person(attendee: Attendee) -> bool:
    """A human who could read a message: not a room, resource, list, shared mailbox or robot."""
    if attendee.kind not in (AttendeeKind.PERSON, AttendeeKind.UNKNOWN):
        return False
    return _is_personal_address(attendee.email.strip().lower())


@lru_cache(maxsize=8192)
def _is_personal_address(email: str) -> bool:
    if "@" not in email:
        return False
    local, domain = email.rsplit("@", 1)
    if is_service(domain) or "resource." in domain or domain.startswith("group."):
        return False
    return not (_ROBOT_LOCAL.match(local) or _ROBOT_WORD.search(local))


def is_mine(attendee: Attendee | None, profile: Profile) -> bool:
    """The calendar's owner, by the source's flag or by one of their addresses."""
    return attendee is not None and (attendee.is_self or profile.is_me(attendee.email))


def everyone(event: Event) -> tuple[Attendee, ...]:
    """The organizer (when not also listed) and the attendees."""
    organizer = event.organizer
    if organizer is None:
        return event.attendees
    email = organizer.email
    for attendee in event.attendees:  # a plain loop: this runs for every event, often
        if attendee.email == email:
            return event.attendees
    return (organizer, *event.attendees)


def guests(event: Event, profile: Profile) -> tuple[Attendee, ...]:
    """Real people on the invitation other than the user, who have not declined."""
    return tuple(
        a
        for a in everyone(event)
        if not is_mine(a, profile) and a.partstat is not PartStat.DECLINED and is_person(a)
    )


# More guests than this make an invite a mass event (a webinar, an all-hands, a
# career fair): no one on it is an interviewer to thank one by one.
MASS_EVENT_GUESTS = 25


def is_mass_event(event: Event) -> bool:
    """Whether the invite has more than :data:`MASS_EVENT_GUESTS` guests."""
    return len(event.attendees) > MASS_EVENT_GUESTS


def interviewers_of(event: Event, profile: Profile) -> tuple[Attendee, ...]:
    """The people the user will meet (never the user, rooms, lists or robots).

    Attendees who declined are left out; with no attendee at all, the organizer
    is the one person the user meets. People the description's itinerary names
    (a scheduling system's invite, see :mod:`.itinerary`) and who are not guests
    are added, with no address unless the text gives one, and their job title in
    brackets after the name ("Raj Iyer (Staff Data Engineer)"). A mass event
    (:func:`is_mass_event`) has no interviewers.
    """
    if is_mass_event(event):
        return ()
    people = tuple(
        a
        for a in event.attendees
        if not is_mine(a, profile) and a.partstat is not PartStat.DECLINED and is_person(a)
    )
    organizer = event.organizer
    if not people and organizer and not is_mine(organizer, profile) and is_person(organizer):
        people = (organizer,)
    return people + _from_itinerary(event, people)


def _from_itinerary(event: Event, known: tuple[Attendee, ...]) -> tuple[Attendee, ...]:
    """The itinerary's people who are not on the invite already (by name or address)."""
    sessions = read_itinerary(event.description).sessions if event.description else ()
    if not sessions:
        return ()  # most invites: no need to gather the guests' names
    names = {a.name.strip().lower() for a in everyone(event) if a.name}
    addresses = {a.email.lower() for a in (*known, *everyone(event))}
    return tuple(
        Attendee(email=s.email, name=s.display, kind=AttendeeKind.PERSON)
        for s in sessions
        if s.name.lower() not in names and (not s.email or s.email not in addresses)
    )


def recruiter_of(event: Event, profile: Profile) -> Attendee | None:
    """Whoever scheduled the interview: the organizer, when that is a real person, else
    the recruiter or coordinator the description names with an address."""
    organizer = event.organizer
    if organizer is not None and not is_mine(organizer, profile) and is_person(organizer):
        return organizer
    contact = read_itinerary(event.description).contact if event.description else None
    if contact is None or profile.is_me(contact[1]):
        return None
    return Attendee(email=contact[1], name=contact[0], kind=AttendeeKind.PERSON)


def my_names(event: Event, profile: Profile) -> tuple[str, ...]:
    """How the user is called on this invitation (their display names, or the
    name in their address, such as "alex rivera" for alex.rivera@…)."""
    names = {a.name.strip().lower() for a in everyone(event) if is_mine(a, profile) and a.name}
    names.update(_address_names(profile.addresses))
    return tuple(n for n in names if len(n) >= 3)


@lru_cache(maxsize=64)
def _address_names(addresses: frozenset[str]) -> tuple[str, ...]:
    """The names in the user's addresses ("alex rivera" for alex.rivera@…), read once."""
    found = []
    for address in addresses:
        local = address.split("@", 1)[0]
        if re.fullmatch(r"[a-z]+[._][a-z]+", local):
            found.append(re.sub(r"[._]", " ", local))
    return tuple(found)


def domains_of(people: tuple[Attendee, ...]) -> list[str]:
    """The domains of ``people``, in order, without repeats."""
    seen: dict[str, None] = {}
    for person in people:
        domain = domain_of(person.email)
        if domain:
            seen.setdefault(domain, None)
    return list(seen)

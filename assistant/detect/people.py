"""Who is on an invitation: the user, real people, rooms, lists and robots.

Only real people become interviewers or the recruiter: never the user, a room or
resource, a mailing list, a shared mailbox ("talent@", "careers@") or a service
that sends invitations for someone else (greenhouse.io, calendly.com…).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.domains import domain_of, is_service
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
    if organizer is not None and all(a.email != organizer.email for a in event.attendees):
        return (organizer, *event.attendees)
    return event.attendees


def guests(event: Event, profile: Profile) -> tuple[Attendee, ...]:
    """Real people on the invitation other than the user, who have not declined."""
    return tuple(
        a
        for a in everyone(event)
        if not is_mine(a, profile) and a.partstat is not PartStat.DECLINED and is_person(a)
    )


def interviewers_of(event: Event, profile: Profile) -> tuple[Attendee, ...]:
    """The people the user will meet (never the user, rooms, lists or robots).

    Attendees who declined are left out; with no attendee at all, the organizer
    is the one person the user meets.
    """
    people = tuple(
        a
        for a in event.attendees
        if not is_mine(a, profile) and a.partstat is not PartStat.DECLINED and is_person(a)
    )
    organizer = event.organizer
    if not people and organizer and not is_mine(organizer, profile) and is_person(organizer):
        people = (organizer,)
    return people


def recruiter_of(event: Event, profile: Profile) -> Attendee | None:
    """Whoever scheduled the interview: the organizer, when that is a real person."""
    organizer = event.organizer
    if organizer is None or is_mine(organizer, profile) or not is_person(organizer):
        return None
    return organizer


def my_names(event: Event, profile: Profile) -> tuple[str, ...]:
    """How the user is called on this invitation (their display names, or the
    name in their address, such as "alex rivera" for alex.rivera@…)."""
    names = {a.name.strip().lower() for a in everyone(event) if is_mine(a, profile) and a.name}
    for address in profile.addresses:
        local = address.split("@", 1)[0]
        if re.fullmatch(r"[a-z]+[._][a-z]+", local):
            names.add(re.sub(r"[._]", " ", local))
    return tuple(n for n in names if len(n) >= 3)


def domains_of(people: tuple[Attendee, ...]) -> list[str]:
    """The domains of ``people``, in order, without repeats."""
    seen: dict[str, None] = {}
    for person in people:
        domain = domain_of(person.email)
        if domain:
            seen.setdefault(domain, None)
    return list(seen)

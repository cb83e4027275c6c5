"""Who is on an invitation: the user, real people, rooms, lists and robots.

Only real people become interviewers or the recruiter: never the user, a room or
resource, a mailing list, a shared mailbox ("talent@", "careers@") or a service
that sends invitations for someone else (greenhouse.io, calendly.com…).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.employer.domains import domain_of, is_service, squash, squash_variants
from assistant.detect.profile import Profile
from assistant.detect.text.itinerary import read_itinerary
from assistant.detect.who.names import name_parts
from assistant.detect.who.persons import is_organisation_name
from assistant.detect.who.prose_people import NamedPerson, people_in_prose
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


def interviewers_of(
    event: Event, profile: Profile, company: str | None = None, prose: bool = True
) -> tuple[Attendee, ...]:
    """The people the user will meet (never the user, rooms, lists or robots).

    Attendees who declined are left out. When the title or description names the
    people the user meets in prose ("with A and B", "con A y B", "面试官：A、B": see
    :mod:`.prose_people`), those are the ones met: a guest or the organizer the text
    does not name among them only scheduled it (a recruiter, an agency's consultant)
    unless the text says the writer takes part ("with me and A"). People it names who
    are not guests are added with no address and their job title in brackets
    ("Malcolm Treharne (Head of Factual)"); ``company`` (the employer detection found)
    keeps its name from being read as a person's. With no one named and no attendee,
    the organizer is the one person the user meets. People the description's itinerary
    names (a scheduling system's invite, see :mod:`.itinerary`) and who are not guests
    are added the same way. A mass event (:func:`is_mass_event`) has no interviewers.
    ``prose`` false skips reading the text for names (an event that is no interview:
    detection's time goes to the events that matter).
    """
    if is_mass_event(event):
        return ()
    people = tuple(
        a
        for a in event.attendees
        if not is_mine(a, profile) and a.partstat is not PartStat.DECLINED and is_person(a)
    )
    organizer = event.organizer
    organizer_person = (
        organizer
        if organizer and not is_mine(organizer, profile) and is_person(organizer)
        else None
    )
    named = named_in_prose(event, profile, company) if prose else ()
    if named:
        people = _as_named(event, people, organizer_person, named, profile)
    elif not people and organizer_person is not None:
        people = (organizer_person,)
    return people + _from_itinerary(event, people)


def named_in_prose(
    event: Event, profile: Profile, company: str | None = None
) -> tuple[NamedPerson, ...]:
    """The people the invite's title and text name as met (:mod:`.prose_people`), not the
    user, nor an organisation ("Crestview Media Group", ``company``'s name or words of an
    address's domain)."""
    found = people_in_prose(event.summary or "", event.description or "")
    mine = set(my_names(event, profile))
    domain_words = {
        w
        for a in everyone(event)
        for w in re.split(r"[.-]", domain_of(a.email) or "")
        if len(w) > 2
    }
    company_words = set(re.findall(r"\w+", (company or "").casefold()))

    kept = []
    for person in found.people:
        words = set(re.findall(r"\w+", person.name.casefold()))
        if (
            person.name.casefold() in mine
            or (company_words and words <= company_words)
            or _in_domains(words, domain_words)
            or is_organisation_name(person.name, company)
        ):
            continue
        kept.append(person)
    return tuple(kept)


def _in_domains(words: set[str], domain_words: set[str]) -> bool:
    """Whether every word of a name stands in an address's domain ("Wrenfield Films" and
    wrenfieldfilms.example): the employer, not a person."""
    return bool(words) and all(any(w in d for d in domain_words) for w in words)


def writer_takes_part(event: Event) -> bool:
    """Whether the invite's text says its writer takes part ("with me and Nadia Qureshi")."""
    return people_in_prose(event.summary or "", event.description or "").writer_takes_part


def _as_named(
    event: Event,
    guests: tuple[Attendee, ...],
    organizer: Attendee | None,
    named: tuple[NamedPerson, ...],
    profile: Profile,
) -> tuple[Attendee, ...]:
    """The people met when the text names them: every guest when it names one of them
    (none when it names none: they scheduled it), the organizer when it names them or
    its writer takes part, and the others it names, without an address."""
    candidates = (*guests, *((organizer,) if organizer is not None else ()))
    matches = [next((a for a in candidates if same_name(a, p.name)), None) for p in named]
    # The text names some guests: the others are met too (it need not name everyone).
    # It names none of them: the guests only scheduled it (a recruiter who booked it).
    met: list[Attendee] = [g for g in guests if any(g is m for m in matches)] and list(guests)
    for person, match in zip(named, matches, strict=True):
        entry = match or Attendee(email="", name=person.display, kind=AttendeeKind.PERSON)
        if all(entry is not m for m in met):
            met.append(entry)
    if organizer is not None and writer_takes_part(event) and all(m is not organizer for m in met):
        met.insert(0, organizer)
    return tuple(met)


def _forms(word: str) -> tuple[str, ...]:
    """``Kröger`` → ``("kroger", "kroeger")``; nothing for no word."""
    return squash_variants(word) if word else ()


def same_name(attendee: Attendee, name: str) -> bool:
    """Whether ``attendee`` is the person the text calls ``name``, accents and case aside:
    the same given and family name ("Qureshi, Nadia" is Nadia Qureshi); a form of address
    and their family name ("Mme Dubois" for Claire Dubois); or, when the invite gives
    one part of the name only, that part ("Maria <maria@…>" is María López, "Fenella"
    is Fenella Ashworth-Brook), or the address's local part holds the family name
    ("s.kroeger@…" is Sabine Kröger)."""
    given, family = (_forms(w) for w in name_parts(attendee.name or "")[1:])
    given2, family2 = (_forms(w) for w in name_parts(name)[1:])
    if not given2 and not family2:
        given2 = _forms(name)
    local = squash(attendee.email.split("@", 1)[0]) if attendee.email else ""

    def meets(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return bool(set(a) & set(b) - {""})

    if family and family2:
        # "Lucía Navarro" for Lucía Navarro Ibáñez: a family name may be one of two.
        words = tuple(squash(w) for w in (attendee.name or "").split())
        same_family = meets(family, family2) or meets(family2, words)
        return same_family and (not given or not given2 or meets(given, given2))
    if family2 and any(f and len(f) >= 4 and f in local for f in family2):
        return True
    return meets(given or family, given2 or family2)


def _from_itinerary(event: Event, known: tuple[Attendee, ...]) -> tuple[Attendee, ...]:
    """The itinerary's people who are not on the invite already (by name or address)."""
    sessions = read_itinerary(event.description).sessions if event.description else ()
    if not sessions:
        return ()  # most invites: no need to gather the guests' names
    names = {a.name.strip().lower() for a in everyone(event) if a.name}
    # People the text names too ("Interviewers: Raymond Oyelaran (SVP Production)") once.
    names |= {bare(a.name).lower() for a in known if not a.email}
    addresses = {a.email.lower() for a in (*known, *everyone(event)) if a.email}
    return tuple(
        Attendee(email=s.email, name=s.display, kind=AttendeeKind.PERSON)
        for s in sessions
        if s.name.lower() not in names and (not s.email or s.email not in addresses)
    )


def why_listed(event: Event, profile: Profile, company: str | None = None) -> list[str]:
    """Why each person :func:`interviewers_of` gives is someone the user meets, and why a
    guest it leaves out is not, one plain sentence each, for ``scan --explain``."""
    met = interviewers_of(event, profile, company)
    named = named_in_prose(event, profile, company)
    listed = {s.name.casefold() for s in read_itinerary(event.description).sessions}
    organizer = event.organizer.email.lower() if event.organizer else ""
    lines = []
    for person in met:
        who = bare(person.name) or person.email
        if not person.email and bare(person.name).casefold() in listed:
            how = "the invite's itinerary lists them"
        elif any(same_name(person, n.name) for n in named):
            how = "the invite's text names them as someone you meet"
        elif person.email and person.email.lower() == organizer and named:
            how = "organised it, and the text says its writer takes part"
        elif person.email and person.email.lower() == organizer:
            how = "organised it, and no one else is on the invite"
        else:
            how = "on the invite"
        address = "" if person.email else " (no address on the invite)"
        lines.append(f"you meet {who}{address}: {how}")
    for guest in event.attendees:
        if (
            named
            and guest.email
            and all(guest is not m for m in met)
            and not is_mine(guest, profile)
            and is_person(guest)
        ):
            lines.append(
                f"not counted as met: {bare(guest.name) or guest.email} is on the invite, but "
                "the text names others as the people you meet: taken to have scheduled it"
            )
    return lines


def bare(name: str) -> str:
    """``Raj Iyer (Staff Data Engineer)`` → ``Raj Iyer``: the name without its title."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


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

"""People met who have no address on the invite, and where theirs comes from. Pure.

The invite's text or its itinerary (GoodTime, ModernLoop, Greenhouse, Ashby) names
people who are not its guests (:func:`assistant.detect.who.people.interviewers_of`). Each
gets a thank-you at, in order:

1. the one address earlier rounds with the same employer showed for that name
   (:mod:`.earlier_addresses`): "address from the 12 March 2026 round “…”"; when they
   show several, no address is picked and a note says so;
2. an address guessed from the employer's domain and the pattern other people there
   follow (``first.last``…), flagged as a guess, never sent without the user seeing it;
3. none: a note says how to add it (``debrief --note "Name <address>=…"``).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

from assistant.briefing.invite import bare_name
from assistant.detect import Profile
from assistant.detect.employer.domains import (
    domain_key,
    domain_of,
    is_free_mail,
    is_own,
    is_service,
    squash,
)
from assistant.detect.text.itinerary import (
    address_pattern,
    addresses_in,
    guess_address,
    read_itinerary,
)
from assistant.detect.who.people import interviewers_of
from assistant.drafting.earlier_addresses import AddressBook
from assistant.models import Attendee, AttendeeKind, Detection

REASON_ITINERARY = "named in the invite's itinerary"
REASON_TEXT = "named in the invite's text as someone you meet"


@dataclass
class Unaddressed:
    """What :func:`unaddressed_people` found: ``people`` (each with the reason for their
    draft and whether the address is a guess), ``notes`` (people left without a draft,
    and why) and ``sources`` (where each address not on the invite came from, for
    ``scan --explain``)."""

    people: list[tuple[Attendee, str, bool]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


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


def _add_it(detection: Detection, name: str, where: str, why: str) -> str:
    return (
        f"no thank-you to {name} ({where}, with no address): {why}; add their "
        f"address with `debrief {shlex.quote(detection.event.event_id)} "
        f'--note "{name} <address>=what you talked about"`'
    )


def unaddressed_people(
    detection: Detection, profile: Profile, known: set[str], book: AddressBook | None = None
) -> Unaddressed:
    """The people met who have no address on the invite, each at the address the module
    docstring's order gives, with the reason saying where it came from; ``known`` (the
    addresses already drafted to, lower case) grows with each one added, so no one gets
    two. ``book``: earlier rounds' addresses (:func:`.address_book.address_book`)."""
    found = Unaddressed()
    verdict = detection.verdict
    interviewers = verdict.interviewers or interviewers_of(
        detection.event, profile, verdict.company
    )
    missing = [a for a in interviewers if not a.email]
    if not missing:
        return found
    domains = _corporate_domains(detection, profile)
    pairs = _named_addresses(detection)
    pattern = (address_pattern(pairs, domains[0]) if domains else None) or "first.last"
    guessed = f"address guessed as {pattern}@{domains[0] if domains else ''}"
    listed = {s.name.casefold() for s in read_itinerary(detection.event.description).sessions}
    for person in missing:
        name = bare_name(person.name)
        where = REASON_ITINERARY if name.casefold() in listed else REASON_TEXT
        earlier = book.lookup(name, detection, profile) if book else None
        if earlier is not None and earlier.ambiguous:
            found.notes.append(
                _add_it(
                    detection,
                    name,
                    where,
                    f"earlier invites from this employer give {len(earlier.addresses)} "
                    f"addresses for that name ({', '.join(earlier.addresses)}), so none was picked",
                )
            )
            continue
        if earlier is not None and earlier.sighting is not None:
            email, is_guess = earlier.sighting.email, False
            how = f"{where}; {earlier.sighting.source}"
            found.sources.append(f"{name} <{email}>: {earlier.sighting.source}")
        else:
            email, is_guess = (guess_address(name, domains[0], pairs) if domains else ""), True
            how = f"{where}; {guessed}"
        if not email:
            why = (
                "their name cannot be written as an address to guess"
                if domains
                else "no address on the invite is the employer's, to guess from"
            )
            found.notes.append(_add_it(detection, name, where, why))
        elif email not in known:
            known.add(email)
            entry = Attendee(email=email, name=person.name, kind=AttendeeKind.PERSON)
            found.people.append((entry, how, is_guess))
    return found

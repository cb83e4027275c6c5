"""Addresses people had on earlier invites from the same employer. Pure.

A later round often names the people the user meets only in its text ("you'll meet
Álvaro Requena and Marta Ocaña"), with no address; the same people were often guests
(RFC 5545 ATTENDEE or ORGANIZER) on an earlier round with that employer. This module
keeps what each earlier invite showed (a :class:`Sighting` per person and invite) and
answers, for a name without an address, which one address the employer's earlier
invites give that person, or that they give several (no guess is made then).

Rules (each one keeps a thank-you from reaching the wrong person):

- only invites of the same employer (detection's employer keys,
  ``Verdict.employer_keys``: a corporate domain's label or the company's squashed
  name) that started before the later round;
- names compare as :func:`assistant.detect.who.names.name_parts` reads them (nameparser):
  titles before the name ("Dr.", "Frau", "Pak", "Ibu") and middle names aside, accents
  and case aside (:func:`assistant.detect.employer.domains.squash_variants`); a name written
  with one word ("Dr. Halvorsen") matches a family name, and only when one address
  answers to it;
- two addresses for one name: no address, and the caller says so;
- a free-mail address (gmail.com…) is reused only from the person's own ATTENDEE or
  ORGANIZER entry, never from an address a description wrote beside a name;
- never the user's own addresses or organisation, never a robot or a shared mailbox
  (:func:`assistant.detect.who.people.is_person`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from assistant.detect import Profile
from assistant.detect.employer.domains import (
    domain_of,
    is_free_mail,
    is_own,
    is_service,
    squash_variants,
)
from assistant.detect.text.itinerary import read_itinerary
from assistant.detect.who.names import name_parts
from assistant.detect.who.people import is_person
from assistant.drafting.marks import FROM_EARLIER_ROUND
from assistant.models import Attendee, Detection
from assistant.text import one_line

# How an earlier invite gave the address: the person's own entry, or its description.
ATTENDEE, ORGANIZER, DESCRIPTION = "attendee", "organizer", "description"
_OWN_ENTRY = frozenset({ATTENDEE, ORGANIZER})


@dataclass(frozen=True)
class Sighting:
    """One person's address as one earlier invite gave it.

    ``how`` is :data:`ATTENDEE`, :data:`ORGANIZER` or :data:`DESCRIPTION`; ``start`` is
    the invite's start (aware, on the invite's own clock); ``keys`` its employer keys.
    """

    name: str
    email: str
    how: str
    event_id: str
    start: datetime
    summary: str
    keys: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape the store keeps (see :mod:`.address_book`)."""
        return {
            "name": self.name,
            "email": self.email,
            "how": self.how,
            "event_id": self.event_id,
            "start": self.start.isoformat(),
            "summary": self.summary,
            "keys": list(self.keys),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sighting:
        """The inverse of :meth:`as_dict`; KeyError or ValueError on a malformed entry."""
        return cls(
            name=str(data["name"]),
            email=str(data["email"]),
            how=str(data["how"]),
            event_id=str(data["event_id"]),
            start=datetime.fromisoformat(str(data["start"])),
            summary=str(data.get("summary", "")),
            keys=tuple(str(k) for k in data["keys"]),
        )

    @property
    def source(self) -> str:
        """Where the address came from, in words for ``drafts list``, ``debrief`` and
        ``scan --explain``: "address from the 2026-03-12 round “Erstgespräch”". The day is
        ISO 8601, as in detection's reasons: a draft's reason is stored, and where it is
        shown :func:`assistant.dates.reason_in_locale` writes the day as the reader's
        English writes it ("12 Mar 2026", "Mar 12, 2026")."""
        day = self.start.date().isoformat()
        title = one_line(self.summary, 60)
        said = "" if self.how in _OWN_ENTRY else ", where its description wrote it"
        return f"{FROM_EARLIER_ROUND}{day} round" + (f" “{title}”" if title else "") + said


@dataclass(frozen=True)
class Lookup:
    """What earlier invites say about one name: ``sighting`` the one address they give
    (None when none or several), ``addresses`` every address that answered (sorted)."""

    sighting: Sighting | None
    addresses: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        """Several addresses answer to the name: no address is picked."""
        return len(self.addresses) > 1


NOTHING = Lookup(None)


def _usable(attendee: Attendee, profile: Profile) -> bool:
    """A person's own address, not the user's, not a robot's or a shared mailbox's."""
    email = attendee.email.strip().lower()
    domain = domain_of(email)
    return (
        bool(domain)
        and bool(attendee.name.strip())
        and not attendee.is_self
        and not profile.is_me(email)
        and not is_own(domain, profile.own_domains)
        and not is_service(domain)
        and is_person(attendee)
    )


def sightings_of(detection: Detection, profile: Profile) -> list[Sighting]:
    """The named people with an address on ``detection``'s invite: its ORGANIZER, its
    ATTENDEEs and the (name, address) pairs its description writes (an itinerary's,
    :func:`assistant.detect.text.itinerary.read_itinerary`). None for an invite that is no
    round of an application (``Verdict.round_kind``: a screen, a first or a later
    interview) or has no employer keys. Linear in its guests; capped at 200 of them."""
    event, verdict = detection.event, detection.verdict
    keys = tuple(verdict.employer_keys)
    if not keys or not (verdict.is_follow_up or (verdict.round_kind and not verdict.overridden)):
        return []
    entries = [(event.organizer, ORGANIZER)] if event.organizer is not None else []
    entries += [(a, ATTENDEE) for a in event.attendees[:200]]
    pairs = read_itinerary(event.description).addresses if event.description else ()
    entries += [(Attendee(email=e, name=n), DESCRIPTION) for n, e in pairs[:200]]
    summary = one_line(event.summary, 200)
    start = _on_its_clock(event.start, event.timezone)
    seen: set[str] = set()
    found = []
    for attendee, how in entries:
        email = attendee.email.strip().lower()
        if email in seen or not _usable(attendee, profile):
            continue
        seen.add(email)
        name = one_line(attendee.name, 120)
        found.append(Sighting(name, email, how, event.event_id, start, summary, keys))
    return found


def _on_its_clock(start: datetime, zone: str) -> datetime:
    """``start`` as the invite's own zone (an IANA key) reads it, so the day named is the
    invite's; as it is when the zone is unknown or none (an ATS's UTC)."""
    try:
        return start.astimezone(ZoneInfo(zone)) if zone and "/" in zone else start
    except (ValueError, KeyError, OSError):
        return start


def _forms(word: str) -> set[str]:
    return set(squash_variants(word)) - {""} if word else set()


def _words(name: str) -> set[str]:
    return {form for word in name.split() for form in _forms(word)}


def same_person(named: str, known: str) -> bool:
    """Whether the name a later invite writes (``named``) is the person an earlier
    invite listed as ``known``: given and family name alike, titles ("Dr.", "Pak"),
    middle names, accents and case aside; a second family name may be left out
    ("Marta Ocaña" is Marta Ocaña Ruiz). ``named`` written with one word ("Dr. Ocaña",
    "Halvorsen") matches the family name, or a ``known`` written with that one word."""
    _t, given, family = name_parts(named)
    _k, known_given, known_family = name_parts(known)
    if not known_given and not known_family:
        return False
    if not (given and family):
        alone = _forms(given or family)
        if known_given and known_family:
            return bool(alone & _forms(known_family))
        return bool(alone & _forms(known_given or known_family))
    if not (known_given and known_family):
        return False  # "Marta Ocaña" is not any Marta an earlier invite names
    same_family = bool(_forms(family) & _forms(known_family)) or (
        bool(_forms(family) & _words(known)) or bool(_forms(known_family) & _words(named))
    )
    return same_family and bool(_forms(given) & _forms(known_given))


class AddressBook:
    """Earlier invites' :class:`Sighting`\\ s by employer key, for :meth:`lookup`."""

    def __init__(self, sightings: Iterable[Sighting] = ()) -> None:
        self._by_key: dict[str, list[Sighting]] = {}
        for sighting in sightings:
            for key in sighting.keys:
                self._by_key.setdefault(key, []).append(sighting)

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def lookup(self, name: str, detection: Detection, profile: Profile) -> Lookup:
        """The address earlier invites from ``detection``'s employer give the person
        called ``name`` (see the module's rules). The sighting cited is the latest of
        those that give it. Linear in the employer's sightings."""
        event = detection.event
        candidates: dict[str, Sighting] = {}
        for key in detection.verdict.employer_keys:
            for seen in self._by_key.get(key, ()):
                if seen.event_id == event.event_id or seen.start >= event.start:
                    continue
                if not self._allowed(seen, profile) or not same_person(name, seen.name):
                    continue
                kept = candidates.get(seen.email)
                if kept is None or (seen.how in _OWN_ENTRY, seen.start) > (
                    kept.how in _OWN_ENTRY,
                    kept.start,
                ):
                    candidates[seen.email] = seen
        if len(candidates) == 1:
            return Lookup(next(iter(candidates.values())), tuple(candidates))
        return Lookup(None, tuple(sorted(candidates)))

    @staticmethod
    def _allowed(seen: Sighting, profile: Profile) -> bool:
        """Rules that may have changed since it was kept (the user's addresses), and
        the private-address rule: free mail only from the person's own entry."""
        attendee = Attendee(email=seen.email, name=seen.name)
        if not _usable(attendee, profile):
            return False
        return seen.how in _OWN_ENTRY or not is_free_mail(domain_of(seen.email))


def book_of(
    sightings: Sequence[Sighting], detections: Iterable[Detection], profile: Profile
) -> AddressBook:
    """An :class:`AddressBook` of ``sightings`` (the store's) and of ``detections`` (a
    pass's or a scan's, which replace the store's sightings of the same invites)."""
    fresh = [s for d in detections for s in sightings_of(d, profile)]
    replaced = {s.event_id for s in fresh}
    return AddressBook([*(s for s in sightings if s.event_id not in replaced), *fresh])

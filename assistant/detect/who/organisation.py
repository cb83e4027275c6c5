"""The user's own organisation, learned from the calendar when it is not configured.

A job seeker who still works somewhere has work meetings in the same calendar:
stand-ups, 1:1s, reviews. Unless detection knows the employer, a colleague's
invite reads like any other company's, and one misjudged event (a talk the user
gave with colleagues) can make the employer "the company the user interviewed
with", so that every later work meeting "follows an earlier interview".

Two things are learned, and each is said in ``scan --explain`` and ``doctor``:

- the user's other addresses: an address that carries the user's own display
  name ("Alex Rivera" on alex.rivera@gmail.com and on arivera@northwind.example);
- the employer's domain: the corporate domain that shares the most meetings with
  the user and hosts recurring internal series (series organised from that domain
  with no other organisation on them). Interview processes are a few single events;
  a workplace is dozens of meetings and several weekly series.

Nothing is learned when ``[detect] own_domains`` is set: the user's word wins.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.detect.employer.domains import domain_of, is_free_mail, is_own, is_service
from assistant.detect.profile import Profile
from assistant.detect.who.people import everyone, is_mine
from assistant.models import Event

MIN_SHARED = 8  # events shared with the user before a domain can be the employer
MIN_SERIES = 2  # recurring internal series it must host
LEAD = 2.0  # how many times more meetings than the next corporate domain


@dataclass(frozen=True)
class OwnOrganisation:
    """What was learned: the user's other addresses, the employer's domains, and why."""

    addresses: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    reasons: tuple[str, ...] = ()
    # the domains of the user's addresses that no one else writes from: personal, not
    # an organisation's, so an event the user sends from there is not "from work"
    personal: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.addresses or self.domains or self.personal)

    def advice(self) -> str:
        """How to confirm or correct what was learned, in config.toml terms."""
        parts = [
            f"[user] aliases = {sorted(self.addresses)}" if self.addresses else "",
            f"[detect] own_domains = {sorted(self.domains)}" if self.domains else "",
        ]
        confirm = "; ".join(part for part in parts if part)
        return (
            (f"to confirm, add these to config.toml: {confirm}. " if confirm else "")
            + "To correct, set [detect] own_domains to your employer's real domains "
            "(nothing is inferred then) and list only your own addresses in [user] aliases."
        )


@lru_cache(maxsize=8192)
def _name_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    words = "".join(c for c in plain if not unicodedata.combining(c)).replace(",", " ").split()
    return " ".join(sorted(w.strip(".'\"") for w in words))


def _other_addresses(events: Sequence[Event], profile: Profile) -> dict[str, str]:
    """Addresses not configured that carry the user's own display name, with that name."""
    named = {person for event in events for person in everyone(event) if person.name}
    names: set[str] = set()
    for person in named:
        if is_mine(person, profile):
            key = _name_key(person.name)
            if len(key.split()) >= 2 and "@" not in key:
                names.add(key)
    if not names:
        return {}
    found: dict[str, str] = {}
    for person in sorted(named, key=lambda p: (p.email.lower(), p.name)):
        email = person.email.strip().lower()
        if (
            email
            and not is_mine(person, profile)
            and not is_service(domain_of(email))
            and _name_key(person.name) in names
        ):
            found.setdefault(email, person.name)
    return found


@lru_cache(maxsize=4096)
def _corporate(domain: str, own: frozenset[str]) -> bool:
    return bool(domain) and not (
        is_free_mail(domain) or is_service(domain) or "resource." in domain or is_own(domain, own)
    )


def _employer_domain(events: Sequence[Event], profile: Profile) -> tuple[str, int, int] | None:
    """The domain that shares most meetings with the user and hosts internal series."""
    shared: Counter[str] = Counter()
    series: dict[str, set[str]] = {}
    seen_uids: Counter[str] = Counter([e.uid for e in events])
    for event in events:
        domains = {domain_of(p.email) for p in everyone(event) if not is_mine(p, profile)}
        corporate = {d for d in domains if _corporate(d, profile.own_domains)}
        for domain in corporate:
            shared[domain] += 1
        organizer = event.organizer
        recurring = event.recurrence_id is not None or seen_uids[event.uid] > 1
        if recurring and organizer is not None and len(corporate) == 1:
            domain = domain_of(organizer.email)
            if domain in corporate or is_mine(organizer, profile):
                series.setdefault(next(iter(corporate)), set()).add(event.uid)
    ranked = shared.most_common(2)
    if not ranked:
        return None
    domain, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    hosted = len(series.get(domain, ()))
    if count >= MIN_SHARED and hosted >= MIN_SERIES and count >= LEAD * runner_up:
        return domain, count, hosted
    return None


def learn(events: Iterable[Event], profile: Profile) -> OwnOrganisation:
    """What the calendar says about the user's own addresses and employer.

    Pure: reads the events only. Returns an empty :class:`OwnOrganisation` when
    ``[detect] own_domains`` is configured or nothing is clear enough.
    """
    if profile.own_configured:
        return OwnOrganisation()
    events = list(events)
    reasons = []
    others = _other_addresses(events, profile)
    for email, name in sorted(others.items()):
        reasons.append(f"{email} is you: it carries your name, “{name}”")
    domains = {domain_of(e) for e in others} - {""}
    domains = {d for d in domains if _corporate(d, profile.own_domains)}
    for domain in sorted(domains):
        reasons.append(f"{domain} is your own organisation: one of your addresses is there")
    widened = profile.with_own(frozenset(others), frozenset(domains))
    employer = _employer_domain(events, widened)
    if employer:
        domain, count, hosted = employer
        domains.add(domain)
        reasons.append(
            f"{domain} is your employer: it shares {count} meetings with you, more than any "
            f"other organisation, and runs {hosted} recurring series of its own with you"
        )
    personal = _personal_domains(events, widened, frozenset(domains))
    for domain in sorted(personal):
        reasons.append(
            f"{domain} is a personal address, not an organisation: no one else on your "
            "calendar writes from it, while colleagues write from your workplace's"
        )
    return OwnOrganisation(frozenset(others), frozenset(domains), tuple(reasons), personal)


def _personal_domains(
    events: Sequence[Event], profile: Profile, work: frozenset[str]
) -> frozenset[str]:
    """The domains of the user's own addresses that no one else on the calendar writes
    from ("r.khoury@khoury.family"), when another own domain (``work`` among them) has
    colleagues writing from it: the workplace is there, the other domain is personal.
    Free-mail domains are never own in the first place."""
    mine = {domain_of(address) for address in profile.addresses} & profile.own_domains
    if not mine:
        return frozenset()
    shared = {
        domain_of(person.email)
        for event in events
        for person in everyone(event)
        if not is_mine(person, profile)
    }
    if not shared & (profile.own_domains | work):
        return frozenset()  # no workplace seen: an own domain may be one all the same
    return frozenset(mine - shared)

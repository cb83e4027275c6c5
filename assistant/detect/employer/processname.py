"""The employer's name as the fullest round of its process writes it.

A later invite often names the firm short ("Rowan & Hale – Final round") where another
invite of the same process wrote it whole: a first call's description ("the Head of
Operations role at Rowan & Hale Education Ltd"), a scheduler's title ("Call with Emma
(Harbor of Hope Medical Ships)"), a signature, or the initials the process uses ("INS")
spelled out ("Iarnród Network Services DAC"). A person names every round by the fullest
form any invite of the process shows, with its legal form when one shows it.

Read once, after every event's employer is chosen (:func:`widened`). The process of a
name is what detection already ties together: the events filed under the same employer
keys (:mod:`.linkage`; not a free-mail domain's, nor one filing many employers' names,
as an agency's or a platform's does), under a key the name's key begins that no domain
made (a note's "Geoandes Consultores Ltda." for "Geoandes"), the events with the same
people (a recruiter's call booked through a scheduler, "Emma Schultz via LinkedIn"),
and the user's own notes of a round that write the name (a first screen is a negative
but belongs to the process). Earlier and later rounds count alike. Only the same name
counts: the
short name itself, then words that read as the rest of a name (capitalised words, "&"
or "and" and a name, a legal form in any of the languages :mod:`.legalname` knows);
never a job, a round word, a team, a department, a city, a meeting service, a person
on the invite, or the name of another organisation the calendar meets on its own
domain (an agency booking the rounds). Two longer forms that are not one the other's
start ("Alder & Stone Healthcare", "Alder & Finch" both after "Alder") leave the name
as it is: no way to tell which firm is meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from assistant.detect.employer.domains import FREE_MAIL, domain_key, domain_of
from assistant.detect.employer.extract import name_key
from assistant.detect.employer.fullname import institution_noun
from assistant.detect.employer.initials import holds_initials, spelled_in_full
from assistant.detect.employer.legalname import LEGAL_END
from assistant.detect.employer.namerest import (
    CJK_FORM,
    no_job_round_or_team,
    parts_of,
    written_longer,
)
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.who.people import everyone
from assistant.detect.words.writing import UNSPACED
from assistant.models import Detection, Event, Verdict

# Free-mail labels: a recruiter writing from gmail ties no two processes together.
_FREE_KEYS = frozenset(domain_key(domain) for domain in FREE_MAIL)

# The most names one process's key files: its short and long forms, a team's, a note's.
_MOST_NAMES = 3


def _fullest(forms: set[str]) -> str | None:
    """The longest of ``forms`` when each of the others begins it; ``None`` when two
    disagree ("Acme Robotics" and "Acme Labs")."""
    if not forms:
        return None
    longest = max(forms, key=len)
    return longest if all(longest.startswith(form) for form in forms) else None


def _hiring(ev: Evidence, verdict: Verdict) -> bool:
    """Whether ``ev`` is part of a hiring process: a round, a screen, a note of one, an
    invite about a job, vetoed or not (a first screen is a negative of its process)."""
    return bool(
        verdict.is_follow_up
        or verdict.round_kind
        or ev.about_a_job
        or ev.first_round
        or ev.explicit
        or ev.stage
        or ev.described
    )


def widened(detections: Sequence[Detection], evidence: Sequence[Evidence]) -> list[Detection]:
    """``detections`` with each employer's name as the fullest invite of its process
    writes it; ``evidence`` is each detection's, in the same order.

    Returns a new list; detections whose name nobody writes longer are the same
    objects. Rule: the labelled calendars name every round of a process by "the fullest
    form any invite of that process shows, with its legal form if one shows it"."""
    by_name: dict[str, list[int]] = {}
    filed_as: dict[str, set[str]] = {}  # each name's keys
    wanted: set[str] = set()  # the names of hiring processes not written whole
    names_filed: dict[str, set[str]] = {}  # the employers' names each key files
    domain_keys: set[str] = set()  # the keys made from the domains of people met
    read: list[int] = []  # the events that may belong to a process: filed, or notes
    for at, (found, ev) in enumerate(zip(detections, evidence, strict=True)):
        if ev.keys or _note_of_a_round(ev):
            read.append(at)
        name = found.verdict.company
        if name:
            by_name.setdefault(name, []).append(at)
            if name not in wanted and _hiring(ev, found.verdict):
                wanted.add(name)
            filed_as.setdefault(name, set()).update(ev.keys)
            for key in ev.keys:
                names_filed.setdefault(key, set()).add(name)
        if ev.employer_people:
            domain_keys.update(_domain_keys(ev))
    # a registered name written with initials ("PBH „Żuraw” S.A.") may be spelled out
    wanted = {name for name in wanted if not _registered(name) or holds_initials(name)}
    if not wanted:
        return list(detections)
    # a key filing many employers' names is a go-between's or a platform's domain (an
    # agency books rounds for many clients), a free-mail one anyone's: no one process's
    shared = {key for key, names in names_filed.items() if len(names) > _MOST_NAMES}
    shared |= _FREE_KEYS
    keys_of = {name: filed_as[name] - shared for name in wanted}
    by_key: dict[str, set[str]] = {}
    by_person: dict[str, set[str]] = {}
    for name in wanted:
        for key in keys_of[name]:
            by_key.setdefault(key, set()).add(name)
        for at in by_name[name]:
            verdict = detections[at].verdict
            if verdict.is_follow_up or verdict.round_kind:  # the rounds' people
                for person in _people_met(detections[at].event):
                    by_person.setdefault(person, set()).add(name)
    linked: dict[str, set[str]] = {}
    forms = _forms_written(
        [(detections[at], evidence[at]) for at in read],
        wanted,
        (by_key, by_person, domain_keys, linked),
    )
    fuller: dict[str, str] = {}
    for name, (written, spelled) in forms.items():
        longer = _fullest(written)
        if longer is None and spelled:
            # "INS" where another round writes "Iarnród Network Services DAC"
            full = spelled_in_full(name, tuple(spelled))
            longer = full if full and no_job_round_or_team(full) else None
        own = keys_of[name] | linked.get(name, set())
        if (
            longer
            and not _another_organisation(longer, own, by_name, evidence)
            and (name_key(longer) not in domain_keys - own)
        ):
            fuller[name] = longer
    if not fuller:
        return list(detections)
    return [
        replace(found, verdict=replace(found.verdict, company=fuller[found.verdict.company]))
        if found.verdict.company in fuller
        else found
        for found in detections
    ]


def _note_of_a_round(ev: Evidence) -> bool:
    """Whether ``ev`` is the user's own note of a round ("Phone screen w/ Acme")."""
    return bool(ev.first_round or ev.explicit or ev.stage or ev.interview) and ev.solo


def _forms_written(
    events: Sequence[tuple[Detection, Evidence]],
    wanted: set[str],
    filed: tuple[dict[str, set[str]], dict[str, set[str]], set[str], dict[str, set[str]]],
) -> dict[str, tuple[set[str], list[str]]]:
    """For each name ``wanted``: the longer forms of it its process's events write, and
    the texts of its process's events that do not write it (for its initials).
    ``events``: those filed under a key, and the user's own notes of a round.

    A process's events are those filed under its keys (``filed``'s first: key → names),
    under a key its name's key begins that no domain made ("geoandesconsultores" for
    "Geoandes": a first call's note writing the name in full; "northgatecapital.example"
    is another firm's), or with its people (``filed``'s second: a recruiter's call
    booked through a scheduler); ``filed``'s third is the keys domains made, and its
    fourth gets, by name, the domains of the events filed with its process (not those
    met through its people only). Each distinct text is read once."""
    by_key, by_person, domain_keys = filed[:3]
    by_name_key: dict[str, set[str]] = {}
    for name in wanted:
        by_name_key.setdefault(name_key(name), set()).add(name)
    owners_of: dict[str, frozenset[str]] = {}  # each key's names, worked out once
    found: dict[str, tuple[set[str], list[str]]] = {}
    domains = filed[3]
    seen: set[tuple[object, ...]] = set()
    initialled = {name for name in wanted if holds_initials(name)}
    for detection, ev in events:
        if not ev.keys:
            # the user's own note of a round, filed under no key ("Phone screen w/ Acme
            # Robotics Ltd"): the names it writes
            _read_note(detection.event, wanted, initialled, found)
            continue
        owners: set[str] = set()
        for key in ev.keys:
            known = owners_of.get(key)
            if known is None:
                prefixes = by_name_key if key not in domain_keys else {}
                known = owners_of[key] = _owners(key, by_key, prefixes)
            owners |= known
        if owners and ev.employer_people:
            # the domains of the events filed with a process are the process's own
            theirs = _domain_keys(ev)
            for name in owners:
                domains.setdefault(name, set()).update(theirs)
        if by_person:
            people = _people_met(detection.event)
            owners.update(name for person in people for name in by_person.get(person, ()))
        if not owners:
            continue
        event = detection.event
        said = (event.summary, event.description, event.location, frozenset(owners))
        if said in seen:
            continue  # another instance of a series: read already
        seen.add(said)
        parts = parts_of(event)
        for name in owners:
            forms, spelled = found.setdefault(name, (set(), []))
            written = [part for part in parts if name in part]
            for part in written:
                forms.update(written_longer(name, part, event))
            if not written and name in initialled:
                spelled.extend(parts)
    return found


def _read_note(
    event: Event,
    wanted: set[str],
    initialled: set[str],
    found: dict[str, tuple[set[str], list[str]]],
) -> None:
    """Add to ``found`` what the user's own note ``event`` writes of the names
    ``wanted``: a longer form of a name it writes, or its text for the initials of a
    name it does not (``initialled``: those holding initials)."""
    parts = parts_of(event)
    for name in wanted:
        written = [part for part in parts if name in part]
        for part in written:
            found.setdefault(name, (set(), []))[0].update(written_longer(name, part, event))
        if not written and name in initialled:
            found.setdefault(name, (set(), []))[1].extend(parts)


def _owners(
    key: str, by_key: dict[str, set[str]], by_name_key: dict[str, set[str]]
) -> frozenset[str]:
    """The names whose process ``key`` files: those filed under it, and those whose own
    key begins it (a registered form's leading 株式会社 aside, or a Chinese one's city
    of two characters), but for a number after it ("Studio 5" is not "Studio 54")."""
    found = set(by_key.get(key, ()))
    bare = _CJK_LEADING_FORM.sub("", key)
    unspaced = UNSPACED.match(bare) is not None
    least = 2 if unspaced else 4
    for end in range(least, len(bare)):
        if not bare[end].isdigit():
            found |= by_name_key.get(bare[:end], set())
    if unspaced:
        # a Chinese registered name opening with its city: 上海瑞康医药科技有限公司 is 瑞康医药's
        for end in range(4, len(bare)):
            found |= by_name_key.get(bare[2:end], set())
    return frozenset(found)


_CJK_LEADING_FORM = re.compile(rf"^(?:{CJK_FORM})")
_CJK_FORM_IN = re.compile(CJK_FORM)


def _registered(name: str) -> bool:
    """Whether ``name`` ends with its legal form (or holds one, in a script without
    spaces), or with an institution's noun ("Carrow University", "Dunmore County
    Council"): nothing more to add to it; what follows such a name is one of its units
    ("Carrow University Art Galleries")."""
    last = name.split()[-1] if name.split() else ""
    return bool(
        LEGAL_END.search(name)
        or _CJK_FORM_IN.search(name)
        or institution_noun(last)
        or _UNIVERSITY.match(last)
    )


# A university's noun in the project's languages ("University", "Universität", "Uniwersytet").
_UNIVERSITY = re.compile(r"(?i)(?:univers|uniwersytet|üniversite|hochschule|大学|대학)")


# "Emma Schultz via LinkedIn": the person a scheduler writes for.
_VIA_SERVICE = re.compile(r"\s+(?:via|through|über|par|por|tramite)\s+.*$", re.I)


def _people_met(event: Event) -> list[str]:
    """The full names (two words at least, casefolded) of the people on ``event``
    besides the user: whom the rounds of one process share."""
    found = []
    for person in everyone(event):
        if person.name and not person.is_self:
            name = _VIA_SERVICE.sub("", person.name).casefold()
            if " " in name:
                found.append(name)
    return found


def _another_organisation(
    longer: str, keys: set[str], by_name: dict[str, list[int]], evidence: Sequence[Evidence]
) -> bool:
    """Whether ``longer`` is the name of events whose people are on a domain of their
    own, none of ``keys``: another organisation (an agency booking the rounds, a sister
    firm), not the process's employer written in full."""
    own = name_key(longer)
    for name, found in by_name.items():
        if name_key(name) != own:
            continue
        for at in found:
            theirs = _domain_keys(evidence[at]) - _FREE_KEYS
            if theirs and not theirs & keys:
                return True
    return False


def _domain_keys(ev: Evidence) -> set[str]:
    """The keys made from the domains of the employer's people on ``ev``."""
    return {_key_of_address(p.email) for p in ev.employer_people}


@lru_cache(maxsize=4096)
def _key_of_address(email: str) -> str:
    """The key made from ``email``'s domain: the same few addresses, again and again."""
    return domain_key(domain_of(email))

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

from assistant.detect import wording as w
from assistant.detect.domains import FREE_MAIL, domain_key, domain_of
from assistant.detect.evidence import Evidence
from assistant.detect.extract import name_key
from assistant.detect.fullname import institution_noun
from assistant.detect.initials import holds_initials, spelled_in_full
from assistant.detect.legalname import LEGAL_END, LEGAL_FORM
from assistant.detect.namematch import continues_name, ends_a_name, place_or_service
from assistant.detect.people import everyone
from assistant.detect.placenames import names_a_place
from assistant.detect.titles import round_words
from assistant.detect.writing import UNSPACED
from assistant.detect.writtenlonger import UNIT
from assistant.models import Detection, Event, Verdict

# Free-mail labels: a recruiter writing from gmail ties no two processes together.
_FREE_KEYS = frozenset(domain_key(domain) for domain in FREE_MAIL)

# One word of a name after the short name: a capitalised word, or a joining word and a
# capitalised word ("& Research", "and Gamble", "of Hope", "de Noticias").
_NEXT = re.compile(
    r"[ \t]+((?:(?:&|and|und|et|y|e|i|och|ve|en|of|for|de|del|della|di|du|des|da|do|dos|das"
    r"|van|von)[ \t]+)?([^\W\d_][\w'’-]*))(?![\w&])"
)
# A legal form ending the name ("… Education Ltd", "…, S.A.", "… A.Ş.").
_LEGAL_NEXT = re.compile(r",?[ \t]+(?:" + LEGAL_FORM.pattern + r")(?![\w&])")
# Where a name ends: the end of its line, punctuation, a dash between spaces, or a
# lower-case word that goes on with the sentence ("… at Acme Robotics next week").
_ENDS = re.compile(r"[ \t]*(?:$|[,.;:()\[\]|/–—!?<>\"“”]|-[ \t]|[^\W\d_](?<![A-ZÀ-ÖØ-Þ]))")
# The most names one process's key files: its short and long forms, a team's, a note's.
_MOST_NAMES = 3
# The most words a short name may be written longer by, legal form aside.
_MOST = 3
# A name in a script without spaces, registered: 株式会社 before or after it, 有限公司 after.
_CJK_FORM = "株式会社|有限会社|合同会社|주식회사|有限公司|股份有限公司"
_CJK_NAME_CHAR = "[\u30a0-\u30ff\u3400-\u9fff\uac00-\ud7af\u30fc]"


def _tail(line: str, end: int) -> str | None:
    """The words after a name that ends at ``end`` in ``line`` when they read as the
    rest of that name: up to three name words, a legal form, or both, up to where the
    name's part ends (the line's end, punctuation, a dash). A lower-case word may go on
    with the sentence only after a word that ends a firm's name ("… at Acme Consulting
    next week"): "Acme Data team" is a team."""
    at, last = end, ""
    for _ in range(_MOST):
        if _LEGAL_NEXT.match(line, at):
            break
        found = _NEXT.match(line, at)
        if found is None or not found.group(2)[0].isupper():
            break
        at, last = found.end(), found.group(2)
    legal = _LEGAL_NEXT.match(line, at)
    if legal is not None:
        at = legal.end()
    elif not last:
        return None
    after = _ENDS.match(line, at)
    # "… Education Ltd. I'll call you": the legal form's full stop ends the sentence
    if after is None and not line[:at].endswith("."):
        return None
    sentence_goes_on = after is not None and after.group(0)[-1:].isalpha()
    if sentence_goes_on and legal is None and not ends_a_name(last):
        return None
    return line[end:at]


def _reads_as_rest(added: str, people: frozenset[str]) -> bool:
    """Whether the words ``added`` continue a name: no job ("Head of Operations"), round
    word, team ("Talent Team"), agency's word ("Search"), department, city, meeting
    service or person met (``people``: the words of the names on the invite, and of
    its address). Before a
    legal form a job's word is the firm's trade ("Geoandes Consultores Ltda.")."""
    bare = _LEGAL_NEXT.sub("", added).strip()
    if not bare:
        return True  # a legal form alone: "Acme" → "Acme GmbH"
    words = [word for word in bare.split() if word[0].isupper()]
    return bool(
        words
        and all(continues_name(word) and word not in people for word in words)
        and not place_or_service(bare)
        and not names_a_place(bare)
        and not w.AGENCY.search(bare)
        and _no_job_round_or_team(bare, trade=bare != added.strip())
    )


def _no_job_round_or_team(phrase: str, trade: bool = False) -> bool:
    """Whether ``phrase`` holds no round word, job, team or occasion ("Final",
    "Engineer", "Talent Team", "Tech Talk"): such words after a name say what the
    meeting is, not who the firm is. ``trade``: a job's word is allowed (a legal form
    follows, so it names the firm's trade)."""
    return not (
        round_words().search(phrase)
        or (not trade and w.search(w.ROLE_NOUN, phrase))
        or UNIT.search(phrase)
        or _OCCASION.search(phrase)
    )


# What a meeting or a job is, written after a firm's name ("Acme Tech Talk & Networking",
# "Acme Graduate Programme"): no part of the name.
_OCCASION = re.compile(
    r"\b(?:talks?|networking|meetups?|webinars?|workshops?|sessions?|events?|days?|fairs?"
    r"|programmes?|programs?|schemes?|graduates?|internships?|trainees?|open\s+house"
    r"|info|demo|social|drinks|dinner|lunch|breakfast|coffee|visit|tour)\b",
    re.I,
)


def _written_longer(name: str, text: str, people: frozenset[str]) -> set[str]:
    """Each longer form of ``name`` that ``text`` writes (one line at a time)."""
    if UNSPACED.search(name):
        return _registered_unspaced(name, text)
    found: set[str] = set()
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before in "&-"):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            added = _tail(line, end - line_start)
            if added is not None and _reads_as_rest(added, people):
                found.add(name + added.rstrip())
        start = text.find(name, end)
    return found


def _registered_unspaced(name: str, text: str) -> set[str]:
    """The registered forms of ``name`` (a script without spaces) that ``text`` writes:
    株式会社森ノ宮建築設計事務所 for 森ノ宮, 森ノ宮建築設計事務所株式会社 too; the name's
    own characters run on up to the legal form or the first particle or honorific."""
    pattern = (
        rf"(?:{_CJK_FORM})\s?{re.escape(name)}{_CJK_NAME_CHAR}{{0,10}}"
        rf"|{re.escape(name)}{_CJK_NAME_CHAR}{{0,10}}?\s?(?:{_CJK_FORM})"
    )
    found = set()
    for match in re.finditer(pattern, text):
        # a department or an honorific after the name: 人事部, 採用担当, 様
        form = re.split(r"人事|採用|部|課|様|御中|さん|殿|より|から", match.group(0))[0]
        if form != name and re.search(_CJK_FORM, form):
            found.add(form)
    return found


def _texts(event: Event) -> tuple[str, frozenset[str]]:
    """What ``event`` writes (title, location, the organiser's display name, the
    description), one part a line; and the words no name of its runs on into: the
    names of the people on it, and its address after the location's first comma
    ("Hospital Alborán, Paseo Marítimo 25, Málaga": the city)."""
    foreign = [p.name for p in everyone(event) if p.name]
    if event.location and "," in event.location:
        foreign.append(event.location.split(",", 1)[1])
    words = frozenset(word.strip(",.;:()") for part in foreign for word in part.split())
    organizer = event.organizer.name if event.organizer and event.organizer.name else ""
    parts = (event.summary or "", event.location or "", organizer, event.description or "")
    return "\n".join(part for part in parts if part), words


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
    wanted: set[str] = set()  # the names of hiring processes not written whole
    names_filed: dict[str, set[str]] = {}  # the employers' names each key files
    domain_keys: set[str] = set()  # the keys made from the domains of people met
    for at, (found, ev) in enumerate(zip(detections, evidence, strict=True)):
        name = found.verdict.company
        if name:
            by_name.setdefault(name, []).append(at)
            if name not in wanted and _hiring(ev, found.verdict):
                wanted.add(name)
            for key in ev.keys:
                names_filed.setdefault(key, set()).add(name)
        domain_keys.update(_domain_keys(ev))
    wanted = {name for name in wanted if not _registered(name)}
    if not wanted:
        return list(detections)
    # a key filing many employers' names is a go-between's or a platform's domain (an
    # agency books rounds for many clients), a free-mail one anyone's: no one process's
    shared = {key for key, names in names_filed.items() if len(names) > _MOST_NAMES}
    shared |= _FREE_KEYS
    keys_of = {
        name: {key for at in by_name[name] for key in evidence[at].keys} - shared for name in wanted
    }
    by_key: dict[str, set[str]] = {}
    by_person: dict[str, set[str]] = {}
    for name in wanted:
        for key in keys_of[name]:
            by_key.setdefault(key, set()).add(name)
        for at in by_name[name]:
            for person in _people_met(detections[at].event):
                by_person.setdefault(person, set()).add(name)
    linked: dict[str, set[str]] = {}
    forms = _forms_written(detections, evidence, wanted, (by_key, by_person, domain_keys, linked))
    fuller: dict[str, str] = {}
    for name, (written, spelled) in forms.items():
        longer = _fullest(written)
        if longer is None and spelled and holds_initials(name):
            # "INS" where another round writes "Iarnród Network Services DAC"
            full = spelled_in_full(name, tuple(spelled))
            longer = full if full and _no_job_round_or_team(full) else None
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


def _forms_written(
    detections: Sequence[Detection],
    evidence: Sequence[Evidence],
    wanted: set[str],
    filed: tuple[dict[str, set[str]], dict[str, set[str]], set[str], dict[str, set[str]]],
) -> dict[str, tuple[set[str], list[str]]]:
    """For each name ``wanted``: the longer forms of it its process's events write, and
    the texts of its process's events that do not write it (for its initials).

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
    read: set[tuple[str, frozenset[str], frozenset[str]]] = set()
    for detection, ev in zip(detections, evidence, strict=True):
        if not ev.keys:
            # the user's own note of a round, filed under no key ("Phone screen w/ Acme
            # Robotics Ltd"): the names it writes; else a personal block, a meeting at
            # the user's own organisation
            if ev.solo and (ev.first_round or ev.explicit or ev.stage or ev.interview):
                _read_note(detection.event, wanted, found)
            continue
        owners: set[str] = set()
        for key in ev.keys:
            known = owners_of.get(key)
            if known is None:
                prefixes = by_name_key if key not in domain_keys else {}
                known = owners_of[key] = _owners(key, by_key, prefixes)
            owners |= known
        if owners:
            # the domains of the events filed with a process are the process's own
            for name in owners:
                domains.setdefault(name, set()).update(_domain_keys(ev))
        if by_person:
            people = _people_met(detection.event)
            owners.update(name for person in people for name in by_person.get(person, ()))
        if not owners:
            continue
        text, foreign = _texts(detection.event)
        if (text, foreign, frozenset(owners)) in read:
            continue  # another instance of a series: read already
        read.add((text, foreign, frozenset(owners)))
        for name in owners:
            forms, spelled = found.setdefault(name, (set(), []))
            if name in text:
                forms.update(_written_longer(name, text, foreign))
            else:
                spelled.append(text)
    return found


def _read_note(
    event: Event, wanted: set[str], found: dict[str, tuple[set[str], list[str]]]
) -> None:
    """Add to ``found`` what the user's own note ``event`` writes of the names
    ``wanted``: a longer form of a name it writes, or its text for the initials of a
    name it does not."""
    text, foreign = _texts(event)
    for name in wanted:
        if name in text:
            found.setdefault(name, (set(), []))[0].update(_written_longer(name, text, foreign))
        elif holds_initials(name):
            found.setdefault(name, (set(), []))[1].append(text)


def _owners(
    key: str, by_key: dict[str, set[str]], by_name_key: dict[str, set[str]]
) -> frozenset[str]:
    """The names whose process ``key`` files: those filed under it, and those whose own
    key begins it (a registered form's leading 株式会社 aside)."""
    found = set(by_key.get(key, ()))
    bare = _CJK_LEADING_FORM.sub("", key)
    least = 2 if UNSPACED.match(bare) else 4
    for end in range(least, len(bare)):
        found |= by_name_key.get(bare[:end], set())
    return frozenset(found)


_CJK_LEADING_FORM = re.compile(rf"^(?:{_CJK_FORM})")


def _registered(name: str) -> bool:
    """Whether ``name`` ends with its legal form (or holds one, in a script without
    spaces), or with an institution's noun ("Carrow University", "Dunmore County
    Council"): nothing more to add to it; what follows such a name is one of its units
    ("Carrow University Art Galleries")."""
    last = name.split()[-1] if name.split() else ""
    return bool(
        LEGAL_END.search(name)
        or re.search(_CJK_FORM, name)
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
    return {domain_key(domain_of(p.email)) for p in ev.employer_people}

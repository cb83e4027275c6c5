"""The last part of a role after a spaced dash that names no part of the job: the place,
the person, the employer or a field's label an invite writes there.

A job's specialism is written after a dash ("Project Manager – Tidal Energy", :mod:`.specialism`),
and so is much that is not the job: the town the post sits in ("Buyer – Tarnowskie Góry",
"Process Engineer - Fallon, NV"), the candidate or the scheduler ("Physiotherapist - K Doyle"),
the employer ("Claims Handler (m/w/d) - Nordhafen Versicherung") or a field's label
("Game Artist (m/w/d) – Auftraggeber: Acme AG"). Which is which is told from the data an
invite and its calendar carry, not from lists of words: the localities of the addresses
written in the calendar's locations (:mod:`.addressplace`), a town written with its state's
code after a comma, the names of the people on the invite, the employer's name, and a
colon after the words. A specialism is none of these and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import replace
from itertools import pairwise

from assistant.detect.employer.domains import squash
from assistant.detect.job.bracketnote import opens_with_whom
from assistant.detect.places.addressplace import localities
from assistant.detect.text.titles import round_words
from assistant.models import Detection

# The last part after a spaced dash: one to four words, no further dash or bracket.
_LAST_PART = re.compile(r"\s+[-–—]\s+([^\W\d_][^,()\[\]（）–—]{0,40}?)\s*$")
# A state's or a province's code after a town and a comma ("Fallon, NV", "Red Deer, AB").
_STATE_AFTER = r",[^\S\n]*[A-Z]{2}\b(?![\w-])"
# The colon after a field's label ("Kunde:", "Client :", "Cliente:").
_LABEL_AFTER = r"[^\S\n]?:"


def calendar_localities(locations: Iterable[str | None]) -> frozenset[str]:
    """The localities (casefolded) the addresses in the events' ``locations`` write
    ("ul. Lipowa 3, 43-300 Tarnowskie Góry" → "tarnowskie góry"): the towns the user's
    calendar takes them to, so a town after a job's dash that is one of them is a place."""
    found: set[str] = set()
    for location in set(locations):
        if location:
            found |= localities(location)
    return frozenset(found)


def without_named_tail(
    role: str | None,
    *,
    sources: tuple[str, ...] = (),
    people: Set[str] = frozenset(),
    company: str | None = None,
    places: Set[str] = frozenset(),
) -> str | None:
    """``role`` without its last part after a spaced dash when that part is a locality
    of ``places`` (casefolded, :func:`calendar_localities`), a town ``sources`` (the
    invite's title and text) write with a state's code after a comma ("– Fallon, NV"), a
    label ``sources`` write with a colon after it ("– Auftraggeber: …"), names of
    ``people`` (lower-case name words of the invite, initials allowed: "- K Doyle"), or
    the employer ``company`` ("- Nordhafen Versicherung" of "Nordhafen Versicherung AG").
    A part opening with a word for "with" of any language ("– avec la directrice", "–
    with the CFO", :func:`.opens_with_whom`) says whom the user meets and goes too.
    ``None`` stays ``None``; a specialism ("– Tidal Energy") stays."""
    found = _LAST_PART.search(role or "")
    if not (role and found and found.start() > 0):
        return role
    part = found.group(1).strip()
    if _is_place(part, sources, places) or _is_label(part, sources):
        return role[: found.start()].rstrip()
    if _names_people(part, people) or _is_employer(part, company) or opens_with_whom(part):
        return role[: found.start()].rstrip()
    return role


def _is_place(part: str, sources: tuple[str, ...], places: Set[str]) -> bool:
    """Whether ``part`` is a locality of ``places`` or a town written with its state."""
    if part.casefold() in places:
        return True
    after = re.compile(re.escape(part) + _STATE_AFTER)
    return any(after.search(source) for source in sources if source)


def _is_label(part: str, sources: tuple[str, ...]) -> bool:
    """Whether ``part`` is a field's label: a dash, one word and a colon in a source,
    a name after it ("– Auftraggeber: Acme AG"). A title's round after a colon
    ("Buyer - Metals: Second Interview") follows the job's whole name instead."""
    if len(part.split()) != 1:
        return False
    label = re.compile(r"[-–—]\s+" + re.escape(part) + _LABEL_AFTER + r"([^\n–—|]*)")
    return any(
        not round_words().search(found.group(1))
        for source in sources
        if source
        for found in label.finditer(source)
    )


def _names_people(part: str, people: Set[str]) -> bool:
    """Whether every word of ``part`` is a name word of ``people`` or an initial, one
    full name word among them ("C Brennan", "Ana Ruiz"). A title types a name without
    its accents ("Nguyen Thi Lan" of the guest "Nguyễn Thị Lan", "Bjork" of "Björk"):
    words are compared without them too (:func:`squash`)."""
    words = [word.strip(".,").casefold() for word in part.split()]
    if not all(word in people or len(word) == 1 for word in words):
        words = [squash(word) for word in words]
        people = {squash(word) for word in people}
    named = [word for word in words if word in people]
    initials = [word for word in words if len(word) == 1 and word.isalpha()]
    return bool(named) and len(named) + len(initials) == len(words)


def _is_employer(part: str, company: str | None) -> bool:
    """Whether ``part`` is the employer's name or a part of it of two words or more,
    compared without case, accents or punctuation, or holds two words in a row of the
    employer's name: a site or a brand of it named after it ("– Hotel Lago Azul Porto"
    of "Grupo Hoteleiro Lago Azul, S.A.")."""
    if not company:
        return False
    bare, firm = squash(part), squash(company)
    if not bare or not firm:
        return False
    if bare == firm or (len(part.split()) >= 2 and bare in firm) or firm in bare:
        return True
    return bool(_pairs(part) & _pairs(company))


def _pairs(words: str) -> set[tuple[str, str]]:
    """The pairs of words in a row of ``words`` (each :func:`squash`-ed), each word of
    two letters or more and capitalised as a name's is."""
    bare = [squash(word) if word[:1].isupper() else "" for word in words.split()]
    return {(a, b) for a, b in pairwise(bare) if len(a) > 1 and len(b) > 1}


def with_employer_tails_cut(detections: Sequence[Detection]) -> list[Detection]:
    """``detections`` with each role's last part after a dash cut when it is the
    employer's name as the detection finally gives it (:func:`without_named_tail`):
    a round may name the employer whole only once the process's fullest name is known
    ("Claims Handler - Nordhafen Versicherung" of "Nordhafen Versicherung Meyer & Co KG").
    Detections left as they are stay the same objects."""
    out = []
    for found in detections:
        role, company = found.verdict.role, found.verdict.company
        if role and company and _LAST_PART.search(role):
            cut = without_named_tail(role, company=company)
            if cut != role:
                found = replace(found, verdict=replace(found.verdict, role=cut))
        out.append(found)
    return out

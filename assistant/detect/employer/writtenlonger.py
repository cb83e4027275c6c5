"""The employer's name as the same invite writes it longer: a title shortens a firm's
name ("Second stage – Acme") where the organiser's display name or the location's first
part writes it whole ("Acme Tidal Energy"), or writes its last words as initials ("Acme
TE – final" at "Acme Tidal Energy, 4 Quay St").

Read per invite, after the employer is chosen: only a phrase that is the whole of its
part (the organiser's display name, the location before its first comma) counts, so a
sentence never lends its words, and the words added must read as a name's (capitalised,
no city, no round word, no job, no recruiting team or scheduler, not the words of the
organiser's own mailbox address). A title part after the name is not read: there it is
as often a department ("Final round – Acme Data Science").
"""

from __future__ import annotations

import re

from assistant.detect.employer.namecompare import initialled
from assistant.detect.employer.namematch import place_or_service
from assistant.detect.text.titles import round_words
from assistant.detect.words import wording as w
from assistant.models import Event

# Up to three capitalised words (or "&") after the short name: "Design & Research".
_MORE = r"((?:\s+(?:&|[A-ZÀ-ÖØ-Þ][\w'’.-]*)){1,3})"

# Words that make a longer phrase a mailbox or a unit, not the firm's name: "Acme
# Recruiting", "Acme Talent Team", "Acme Careers", "Acme HR".
UNIT = re.compile(
    r"\b(?:recruit\w*|talents?|careers?|hiring|hr|people|team|jobs?|hq|office|group\s+hr"
    # a team in the languages detection reads: "L'équipe Talents", "el equipo de"
    r"|[ée]quipe|equipo|squadra|zesp[oó]ł"
    r"|candidates?|calendar|schedul\w*|interviews?"
    r"|personal|karriere|talent[oi]|rekrytering|recrutement|reclutamento|reclutamiento"
    # "Acme Karriär", "Acme Carrières", "Acme Kariyer": the careers mailbox's name
    r"|karri[äe]r\w*|carri[èe]re?s?|carreiras?|carreras?|kariera|kariyer|rekruttering"
    r"|recrutamento|werving)\b",
    re.I,
)


def _whole_parts(event: Event) -> list[str]:
    """The phrases of ``event`` that may each be a whole name: the organiser's display
    name, the location before its first comma."""
    # a title part after the name is passed over: there it is as often a department
    # ("Final round – Acme Data Science"), and the title was read for the name already
    parts: list[str] = []
    organizer = event.organizer
    if organizer is not None and organizer.name:
        # a team's mailbox names itself ("Acme Talento" <talento@acme.example>): the
        # words its address spells are the mailbox's, not the firm's
        mailbox = organizer.email.split("@")[0].casefold()
        if not any(
            len(word) >= 3 and word.casefold() in mailbox for word in organizer.name.split()[1:]
        ):
            parts.append(organizer.name)
    if event.location:
        parts.append(event.location.split(",")[0])
    return [" ".join(part.split()) for part in parts if part.strip()]


def written_longer(name: str | None, event: Event) -> str | None:
    """``name`` as ``event`` writes it longer in a part of its own, else ``name``.

    ``name`` is the employer read for ``event`` (str or None); the result is the longer
    form when exactly one is written: "Acme" → "Acme Tidal Energy" (words added after
    it), "Acme TE" → "Acme Tidal Energy" (its initials spelled). Two different longer
    forms leave ``name`` as it is: no way to tell which is the firm."""
    if not name or len(name) < 3:
        return name
    head = name.split()[0] + " "
    # the cheap test first: most invites write no part longer than the name it opens
    longer = [p for p in _whole_parts(event) if p.startswith(head) and len(p) > len(name)]
    if not longer:
        return name
    after = re.compile(re.escape(name) + _MORE + r"$")
    found: set[str] = set()
    for part in longer:
        match = after.match(part)
        added = match is not None and _reads_as_name(match.group(1))
        spelled = initialled(name, part)
        if added or spelled:
            found.add(part)
    return found.pop() if len(found) == 1 else name


def _reads_as_name(added: str) -> bool:
    """Whether the words ``added`` after a name continue it, not a city, a round, a
    job or a recruiting team ("London", "Interview", "Engineer", "Talent Team")."""
    words = added.split()
    return bool(
        words[0] != "&"
        and words[-1] != "&"
        and not place_or_service(added)
        and not round_words().search(added)
        and not w.search(w.ROLE_NOUN, added)
        and not UNIT.search(added)
    )

"""A later round held as a whole day, or written in the user's own note by its stage alone.

A trial day, a working interview, a campus interview ("Jornada de prueba",
"Probearbeiten") fills a day on site: calendars write it as an all-day event, or the
user notes it for themselves with no one invited. Alone, such a day is no meeting (a
holiday, a conference day), and a stage's words alone say nothing of a job; once the
process's earlier rounds are known (an interview with the same employer before it), it
is that process's next round.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.detect.employer.extract import name_key
from assistant.detect.text.reading import numbered
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.verdict.initialsnote import employer_by_initials
from assistant.detect.verdict.linkage import EmployerIndex
from assistant.detect.verdict.vetoes import ALL_DAY
from assistant.detect.words import wording as w


def whole_day_round(ev: Evidence, index: EmployerIndex) -> Evidence:
    """``ev`` without its all-day veto when it names a stage that fills a working day
    ("Trial day – Acme", "Working interview @ Acme", "Probetag bei Acme") and an earlier
    round with the same employer came before it; else ``ev`` as it is. Other whole days
    stay no meeting, those of a process too: a farm visit, a travel day to a round."""
    if ev.veto != ALL_DAY or ev.first_round:
        return ev
    day = w.first_match(w.WHOLE_DAY_STAGE, ev.title) or _round_of_the_day(ev)
    if day is None:
        return ev
    lifted = replace(ev, veto=None, stage=ev.stage or day)
    if ev.solo:
        # the note's description too: "Trial day at our Leeds site" noted "with the team at
        # Acme Labs" or "bei A&L" (a day out names its host where the day is planned)
        lifted = _employer_noted(lifted, index, text=True) or lifted
    return lifted if index.earlier_round(lifted) is not None else ev


def _round_of_the_day(ev: Evidence) -> str | None:
    """The later round a whole day names: in its title ("Acme final stage – in person")
    or its description ("Final round: the whole day at our Zurich office"), a round
    its title numbers ("3e tour Acme – Lyon"), or, on an
    invite the employer's people send, a stage ("Site visit + meeting the directors");
    never a day of travel to it ("Acme final round (travel day)"). The user's own note
    naming a stage alone ("Acme farm visit") may be any day out."""
    if w.search(w.TRAVEL, ev.title):
        return None
    if ev.explicit or ev.described:
        return ev.explicit or ev.described
    # a round by its number ("3e tour Acme – à Lyon", "Round 3 – Acme"): no day out
    for found in w.LATER_STAGE.finditer(ev.title):
        if numbered(found.group(0)):
            return " ".join(found.group(0).split())
    host = ev.event.organizer
    sent = host is not None and any(host.email == p.email for p in ev.employer_people)
    return ev.stage if ev.strong_stage and sent else None


def noted_stage(ev: Evidence, index: EmployerIndex) -> Evidence:
    """The user's own note naming a stage ("Probearbeiten Hotel Nord (Rezeption)") whose
    title's name has no interviews of its own (a site of the employer's) while the
    note's place or words name an employer met in interviews ("… bei Acme Hotels
    GmbH"): that employer's round."""
    if not (ev.solo and ev.stage and ev.veto is None and not ev.explicit):
        return ev
    if not (ev.company and ev.company_from == "title"):
        return ev
    met = index.employer_written(ev.title)
    if met is not None and name_key(met) not in ev.keys:
        return ev  # an employer met, not a site ("Read up on Acme before the loop"): a block
    if index.earlier_round(ev) is not None:
        return ev
    noted = _employer_noted(ev, index, text=True)
    return noted if noted is not None and index.earlier_round(noted) is not None else ev


def _employer_noted(ev: Evidence, index: EmployerIndex, text: bool = False) -> Evidence | None:
    """``ev`` with the employer met in interviews that its title writes, or its place (two
    words of the name at least), or with ``text`` its description, or whose domain's name
    is a word of its title, or whose initials its title (or with ``text`` its
    description) writes ("K&F trial day", "Probetag bei M&S": :mod:`.initialsnote`);
    ``None`` when none other than the name the note gives is."""
    places = [(ev.title, 1), (ev.event.location or "", 2), ((ev.text or "") if text else "", 2)]
    for words, least in places:
        name = index.employer_written(words, least=least) if words else None
        if name is not None and name_key(name) not in ev.keys:
            return replace(ev, company=name, company_from="title", keys=ev.keys | {name_key(name)})
    # "Jornada de prueba en Hotel Brisamar Portixol": the name its domain gives
    name = index.employer_keyed(ev.title)
    for words in (ev.title, (ev.text or "") if text else ""):
        name = name or (employer_by_initials(words, index.interviewed) if words else None)
    if name is not None and name_key(name) not in ev.keys:
        return replace(ev, company=name, company_from="title", keys=ev.keys | {name_key(name)})
    return None

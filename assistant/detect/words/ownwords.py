"""When a profession's own words are a veto's words (issue 15, development set 19).

A journalist's job interviews speak of the press ("Final interview – Northwind Press
Group"), a researcher's of studies, an events manager's of audiences, a trainer's of
practice. A veto word read in such an invite must not beat plain hiring evidence: a
later round named in another part of the title, a hiring exercise the word qualifies
("prueba práctica": a practical test, not practice), a later stage or exercise the
title names where a description's "audience" is the panel the candidate faces, the
interviewers' words a tracking system says to the candidate. Conversely, interviews
tied by nothing but the word "interview" (the press interviews a journalist gives)
make no hiring process.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.detect.text.reading import TitleReading
from assistant.detect.text.titles import segments
from assistant.detect.words import eventkinds
from assistant.detect.words import wording as w

if TYPE_CHECKING:
    from assistant.detect.verdict.evidence import Evidence


def practical_test(title: str, guests: bool) -> bool:
    """Whether the title's practising word qualifies a hiring exercise it stands right
    after ("Prueba práctica y conversación con el equipo", "Prova pratica"): the
    exercise's kind, as Romance languages put the adjective after the noun, not a
    block to practise. Only with ``guests``: the user's own "Case study practice" is
    practice. ``title`` is the event's SUMMARY."""
    prep = w.search(w.PREP, title)
    if prep is None or not guests:
        return False
    return any(
        test.end() < prep.start() and not title[test.end() : prep.start()].strip()
        for test in w.TEST.finditer(title)
    )


def in_a_name(title: TitleReading) -> bool:
    """Whether every press or research word of the title stands inside a name of
    capitalised words, after its first word ("Final interview – Cobalt Press
    Agency": the employer's name), in a part of the title apart from the later round it
    names; "Second interview – Klinika magazine feature" and "User Interviews:
    Follow-up interview – … study" keep their veto."""
    later = title.explicit or title.stage
    if not later:
        return False
    found = False
    for part, _ in segments(title.title):
        words = w.OTHER_INTERVIEW.finditer(part)
        for match in words:
            before = part[: match.start()].split()
            # a name's word comes after the name's first word ("Cobalt Press Agency");
            # "User Interviews", "Studienteilnehmer Schlafstudie" name the research itself
            if (
                later.casefold() in part.casefold()
                or not _capitalised_name(part)
                or not (before and before[-1][:1].isupper())
            ):
                return False
            found = True
    return found


def _capitalised_name(part: str) -> bool:
    """Whether ``part`` is a name: two or more capitalised words ("Cobalt Press
    Agency", "Grupo Radio del Sur"), short joiners aside."""
    words = [word for word in part.split() if word[:1].isalpha()]
    capitalised = [word for word in words if word[:1].isupper()]
    # joiners: "of", "de", "del", "y" in "Voice of the Valley", "Grupo Radio del Sur"
    return len(capitalised) >= 2 and all(word in capitalised or len(word) <= 3 for word in words)


def faces_a_panel(title: TitleReading, recruiting: list[str]) -> bool:
    """Whether a description's "Audience: CEO, CFO" lists who the candidate presents
    to: the title names a hiring exercise ("Case presentation"), or a later stage
    ("Onsite loop") of an invite a recruiting service, mailbox or job field sends
    (``recruiting``, as :func:`.evidence._recruiting` lists it; its words alone, as a
    panel talk "on the future of the PM role" has, do not count)."""
    if title.kind and title.kind[0] == eventkinds.PUBLIC_KIND:
        return False
    sent = any(not reason.startswith("mentions") for reason in recruiting)
    return bool(w.search(w.TEST, title.title) or (title.stage and sent))


def only_the_word(ev: Evidence, earlier: Evidence) -> bool:
    """Whether the word "interview" is all that ties ``ev`` to ``earlier``: neither
    names an employer in words, a job, a round, an exercise or a recruiting sender. A journalist's or a
    researcher's interviews ("Interview with Coastline Radio re: the port strike",
    "Entrevista para una tesis") follow each other from the same producers; a press or
    research interview is no hiring process's first round."""
    # an employer named in words ("Interview – Acme" twice) is a process; a producer's
    # mailbox, known by its domain alone, books one outlet's interview after another
    named = ev.strong_company or earlier.strong_company
    return not (named or _about_a_job(ev) or _about_a_job(earlier))


def _about_a_job(ev: Evidence) -> bool:
    return bool(
        ev.recruiting
        or ev.role
        or ev.first_round
        or ev.explicit
        or ev.strong_stage
        or ev.described
        or ev.exercise
    )


def the_candidates_words(text: str, word: str, names: tuple[str, ...]) -> bool:
    """Whether the interviewers' ``word`` found in a description ("debrief", "You are
    scheduled to interview") is said to the user as the candidate: the description
    names one of the user's ``names`` (lower case, :func:`.people.my_names`) after a
    candidacy word ("Candidate: Robin Hale"), or the word stands on a line naming the
    round it belongs to in a field ("Interview: design exercise + debrief (round 2)"), or
    the word is the panel the candidate presents to ("will present … to the selection panel")."""
    lowered = text.lower()  # the same length as ``text``, unlike casefold (ß)
    # "… will present her plan to the selection panel": the panel is the audience
    if any(word.lower() in found.group(0).lower() for found in w.PRESENTS_TO.finditer(text)):
        return True
    for found in w.HIRING_SIDE_TITLE.finditer(text):
        after = lowered[found.end() : found.end() + 60].lstrip(" :\t-–")
        if any(name and after.startswith(name) for name in names):
            return True
    at = lowered.find(word.lower())
    if at < 0:
        return False
    start, end = lowered.rfind("\n", 0, at) + 1, lowered.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    # a field of the invite's own round, not a sentence ("Debrief after the second interview")
    field = re.match(r"\s*\w[\w ]{0,30}:\s", line) is not None
    return field and bool(w.search(w.EXPLICIT_LATER, line) or w.search(w.TEST, line))


def agency_named(title: str) -> bool:
    """Whether a part of ``title`` is an agency's name ("Northgate Talent", "Talentos de
    Prensa", ブリッジ人材紹介): an agency word inside a name of capitalised words, or in a
    script without capitals; an in-house "Recruiter call" or "talent team" names none."""
    for part, _ in segments(title):
        found = w.search(w.AGENCY, part)
        if found and (_capitalised_name(part) or not found.group(0)[:1].isascii()):
            return True
    return False

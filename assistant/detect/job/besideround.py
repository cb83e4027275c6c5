"""The job a title writes beside its round words, when no listed job word names it.

"Tweede gesprek – Manager Gastbeleving", "[Hanbit] 교정과 전문의 2차 면접", "Panel
Interview (Brand Partnerships Manager)": an invite about a round writes, beside the
round, the employer, the people met, the place, a note on the meeting, and the job.
Once the employer is known from elsewhere and the people on the invite are known, the
one part left over is the job, whatever its words: a profession nobody listed in
``detect/lang/*.toml`` is read where the invite puts it. :mod:`.roles` reads titles
through the job words first; this is asked only when that found nothing.
"""

from __future__ import annotations

import re
from collections.abc import Set

from assistant.detect.employer.confirmed import looks_like_name
from assistant.detect.employer.domains import squash
from assistant.detect.employer.domainspelling import spells_domain
from assistant.detect.employer.legalname import LEGAL_END, LEGAL_FORM
from assistant.detect.employer.namematch import COMPANY_WORD
from assistant.detect.job.besidejob import people_listed
from assistant.detect.job.jobbracket import WORK_MODE
from assistant.detect.job.roleclean import clean_role
from assistant.detect.job.rolecompare import is_the_company
from assistant.detect.job.roles import (
    meeting_words_only,
    names_the_meeting,
    role_phrase_left,
    team_at_end,
    with_detail,
    without_notice,
)
from assistant.detect.places.placenames import names_a_place
from assistant.detect.text.titles import (
    GO_BETWEEN,
    HONOURED_NAME,
    round_words,
    segments,
    without_round_words,
)
from assistant.detect.who.names import COURTESY_NAME
from assistant.detect.who.names import looks_like_name as looks_like_person
from assistant.detect.words import eventkinds
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Vocabulary
from assistant.detect.words.writing import UNSPACED

# The most words a job beside the round is written with ("Associate Director, Clinical
# Operations"); more is a sentence or a list.
_MOST_WORDS = 6


def role_beside_round(
    title: str, company: str, people: Set[str], labels: tuple[str, ...]
) -> str | None:
    """The one part of ``title`` beside its round words that is neither the employer
    (``company``, or a domain's ``labels``), a person on the invite (``people``: the
    words of their names), a place, the people or unit met, nor a note on the meeting;
    ``None`` when no part or more than one is left.

    The caller knows ``company`` from outside the title's parts, or the title writes it
    so that it cannot be the job (a legal form, a bracket heading the title): a title's
    part the employer reader took for a name is then no job taken twice."""
    title = HONOURED_NAME.sub(" ", title) if HONOURED_NAME.search(title) else title
    parts = segments(title)
    if not any(round_words().search(part) for part, _ in parts):
        return None
    left = _bracket_joined(
        [c for c in (_candidate(p, after, title) for p, after in parts) if c], title
    )
    left = [c for c in left if not _someone_else(c, company, people, labels)]
    if len(left) != 1:
        return None
    return clean_role(left[0], needs_role_word=False)


def _bracket_joined(left: list[str], title: str) -> list[str]:
    """``left`` with a part in brackets right after another ("Deniz Biyoloğu (Kıdemli)",
    "연구원(경력)") joined to it when it says which job it is (:func:`.roles.with_detail`):
    the title's marks cut one job in two."""
    joined: list[str] = []
    for part in left:
        if joined and with_detail(joined[-1], title) in (
            f"{joined[-1]} ({part})",
            f"{joined[-1]}({part})",
            f"{joined[-1]}（{part}）",
        ):
            joined[-1] = with_detail(joined[-1], title)
        else:
            joined.append(part)
    return joined


def _candidate(part: str, after_with: bool, title: str) -> str | None:
    """What of a title's ``part`` could be a job: the part, or what its round words leave
    ("Tweede gesprek Hoofd Productie" → "Hoofd Productie"); ``None`` for a part that
    says whom the user meets, what the meeting is, or is a note."""
    if not part or after_with or GO_BETWEEN.match(part) or _COURTESY_FIRST.match(part):
        return None  # "Dr. Amara Osei": a person, whatever the invite's guests
    rest = part
    if round_words().search(part):
        rest = without_notice(without_round_words(part))
        if not rest or not role_phrase_left(rest) or _qualifies_whom(rest, part):
            return None
        # "Live interview", "On Demand interview": how the round is held
        if any(rest in (w.first_match(way, part) or "") for way in _ways_of_meeting()):
            return None
    if meeting_words_only(rest):
        return None  # "Teams: …", "Einladung zum Vorstellungsgespräch": the invite's own word
    if (
        names_the_meeting(rest)
        or team_at_end(rest)
        or people_listed(rest, title)
        or _two_people(rest)  # "Edmund Marlowe & Grace Chen": whom the user meets
        or any(m.group(0) != "/" for m in WORK_MODE.finditer(rest))  # "remote", "(80 %)"
        or w.search(w.MEETING_NOTE, rest)
        or w.INTERVIEWER_RANK.fullmatch(rest)
        or eventkinds.event_kind(rest)
        or len(rest.split()) > _MOST_WORDS
    ):
        return None
    if not (rest[:1].isupper() or UNSPACED.match(rest)):
        return None  # "(nuova data)", "(in person)": a note in lower case
    if not (rest[-1:].isalnum() or rest[-1:] in ")）"):
        return None  # "Assessment +": a phrase the title's marks cut
    return rest


def _ways_of_meeting() -> tuple[Vocabulary, ...]:
    """The phrases naming a round by how it is held ("Live interview", "On Demand
    interview"): their word before the round's is no job. Read when asked (importing
    detection compiles no vocabulary)."""
    return (w.LIVE_INTERVIEW, w.RECORDED_INTERVIEW)


# A person's name after a courtesy or academic title ("Dr. Amara Osei", "Prof Lee").
_COURTESY_FIRST = re.compile(COURTESY_NAME)


def _qualifies_whom(rest: str, part: str) -> bool:
    """Whether ``rest`` is the first word of whom the round is with, which the round's
    words begin ("Clinical" of "Clinical Director interview", "Regional" of "Regional
    Manager round"): a word glued before a rank, no job of the user's."""
    after = part[part.find(rest) + len(rest) :].split()
    return bool(after) and bool(w.INTERVIEWER_RANK.fullmatch(after[0]))


def _two_people(part: str) -> bool:
    """Whether ``part`` joins two people's full names ("Ana Ruiz & Tom Bell")."""
    sides = _JOINED.split(part)
    return len(sides) == 2 and all(looks_like_person(side.strip()) for side in sides)


_JOINED = re.compile(r"\s(?:&|\+|and|und|et|y|e|en|och|ve)\s")


def _someone_else(candidate: str, company: str, people: Set[str], labels: tuple[str, ...]) -> bool:
    """Whether ``candidate`` names the employer, a person on the invite or a place."""
    key = squash(candidate)
    firm = squash(company)
    return bool(
        not key
        or is_the_company(candidate, company)
        or key in firm
        or firm in key
        or any(label and (label in key or key in label) for label in labels)
        or LEGAL_END.search(candidate)
        or LEGAL_FORM.search(candidate)
        or looks_like_name(candidate, people)
        or names_a_place(candidate)
    )


# "Rowan & Hale", "R&H", "Bayerwald Diagnostik, Regensburg": names joined, or a name and
# its seat, are a firm's way of writing, a job's rarely.
_FIRM_MARK = re.compile(r"[&+]|,\s*\S")

# An agency's domain ("junipersearch.example"): the stems of ``agency`` in the language
# files, read inside a domain's one word.
_AGENCY_LABEL = re.compile(r"search|recruit|talent|staffing|personnel|headhunt|resourcing|hiring")


def job_beside_round(
    candidate: str,
    title: str,
    labels: tuple[str, ...],
    people: Set[str],
    names: str,
    text: str,
) -> bool:
    """Whether ``candidate``, the part of a round's ``title`` the employer reader would
    take for a name ("Second interview – Farrier"), is the job beside the round instead.

    The employer is then known apart from the title: ``labels`` are the keys of its
    people's domains (non-empty, none spelled by ``candidate``), and no go-between sent
    the invite (an agency's domain, a person's ``names`` or the readable ``text`` saying
    so: the part is then its client). A part ending in a company's word ("Kestrel
    Robotics"), names joined ("Rowan & Pike", "R&H"), a name and its seat, or a name in a
    script without spaces, which no domain spells ("星河数据"), stays a name; so does a
    single word ("Monzo", "Farrier": a brand as often as a job).
    ``people`` are the words of the names of the people on the invite."""
    if not labels or UNSPACED.match(candidate) or spells_domain(candidate, labels):
        return False  # "星河数据": a domain cannot spell a name in a script without spaces
    if len(candidate.split()) < 2:
        return False  # "Final Interview w/ CEO – Monzo": one word is a brand as often as a job
    if (
        COMPANY_WORD.fullmatch(candidate.split()[-1])
        or _FIRM_MARK.search(candidate)
        or any(_AGENCY_LABEL.search(label) for label in labels)
        or (names and w.AGENCY.search(names))
        or w.search(w.AGENCY_TEXT, text)
    ):
        return False
    job = role_beside_round(title, labels[0], people, labels)
    return job is not None and squash(job) == squash(candidate)

"""What an invitation's title says about the job: the role, in any language.

The role is read from the title's parts here, from the fields applicant-tracking systems
write ("Position:", "Stelle:", "職種：") in :mod:`.rolefield`, and from the description's
words ("… for the Data Engineer role") in :mod:`.roletext`. Gender markers ("(m/w/d)",
"(all genders)") and requisition numbers are not part of it (:mod:`.roleclean`).
"""

from __future__ import annotations

import re

from assistant.detect.employer.fullname import institution_noun
from assistant.detect.employer.legalname import LEGAL_END
from assistant.detect.employer.namematch import COMPANY_WORD, place_or_service
from assistant.detect.job.besidejob import people_listed
from assistant.detect.job.bracketnote import (
    opens_with_whom,
    rank_after_capital,
    rank_in_lower_case,
    says_who_attends,
)
from assistant.detect.job.gendered import in_both_genders
from assistant.detect.job.inclusive import with_glued_endings
from assistant.detect.job.jobbracket import is_detail, is_note, mode_or_places
from assistant.detect.job.jobfield import degree_with_field
from assistant.detect.job.roleclean import BRACKETS, ROLE_NOISE, WORKLOAD, clean_role
from assistant.detect.job.roleseat import covers_a_region
from assistant.detect.job.specialism import with_specialism
from assistant.detect.places.placenames import names_a_place
from assistant.detect.text.titles import (
    GO_BETWEEN,
    HONOURED_NAME,
    marked_as_job,
    met_person,
    round_words,
    segments,
    without_round_words,
)
from assistant.detect.who.names import is_courtesy_title, is_form_of_address, looks_like_name
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED

# What is left of a title part once its round words are removed, when that is a role:
# capitalised words, or a script without capitals ("데이터 분석가").
_ROLE_PHRASE_ANY = (
    r"(?:[A-Z\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][\w&/+.·-]*)(?:\s+(?:[\w&/+.·-]+)){0,5}"
)


def role_in_title(title: str) -> str | None:
    """The role a title names ("Interview: Acme – Product Manager, Payments"), never
    the rank of the person the round is with ("Partner Interview", "… / COO").

    An inclusive ending in brackets ("Diretor(a)", "Mitarbeiter(in)") is part of the
    word, not a bracket that ends the role: the role is given as written."""
    return with_glued_endings(
        lambda text: _role_in_title(HONOURED_NAME.sub(" ", WORKLOAD.sub(" ", text))), title
    )


# A title's part ending in a word for a team ("Registrar team", "équipe Conservation"
# begins with it): whom the user meets, not the job.
_TEAM_AT_END = re.compile(r"\b(?:team|squad|crew|department|dept|unit)\W*$", re.I)


def _role_in_title(title: str) -> str | None:
    person = ""  # a person's name, whose title may follow in brackets
    after = False  # whether that name came after "with"
    parts = list(segments(title))
    for at, (segment, after_with) in enumerate(parts):
        if (
            person
            and f"{person} ({segment})" in title
            and (after or w.search(w.INTERVIEWER_RANK, segment))
        ):
            # "with Tom Ashworth (Head of Data)", "Final chat: Dana Reyes (VP Operations)":
            # the title of the person the round is with, a rank's word in it when no
            # "with" says so
            continue
        met = met_person().fullmatch(segment)  # "meet Ana (site engineer)": her job
        after = bool(met) or (after_with and _is_person(segment))
        person = met.group(1) if met else segment if _is_person(segment) else ""
        person = person if after or looks_like_name(person) else ""
        if interviewer_and_title(segment):
            continue  # "Follow-up – Dana Reyes, Nurse Manager": whom, then their title
        # a part a gender marker or a requisition closes is a job, whatever its words
        marked = not w.search(w.ROLE_NOUN, segment) and (
            marked_as_job(segment, title) or degree_with_field(segment)  # "Licenciada en …"
        )
        if (
            after_with
            or GO_BETWEEN.match(segment)
            or not (marked or w.search(w.ROLE_NOUN, segment))
        ):
            continue  # "(via Lindgren Executive Search)" names an agency, not the job
        if opens_with_whom(segment):
            continue  # "(med hotelldirektören)": "with" and whom, in any language
        if (
            names_the_meeting(segment)
            or team_at_end(segment)
            or rank_in_lower_case(segment)
            or rank_after_capital(segment)  # "Cross-functional partner": a session
        ):
            continue  # "Registrar team", "clinical director": the people met, not the job
        if people_listed(segment, title):
            continue  # "Interview loop (GM, Regional HR, Ops Director)": a loop's schedule
        if LEGAL_END.search(segment):
            continue  # "Harbour & Pilot Marine Ltd": a registered name, whatever its words
        # "数据分析师 二面", "Tweede gesprek Data-analist": the role beside the round words
        rest = without_round_words(segment) if round_words().search(segment) else segment
        rest = without_notice(rest) if rest != segment else rest
        if rest != segment and not role_phrase_left(rest):
            continue
        if _agency_only(rest):
            continue  # "Entrevista Vetas Executive Search": the agency met, not the job
        role = clean_role(rest, needs_role_word=not marked)
        if role and meeting_words_only(role):
            continue  # "Interview Invitation (Job ID 28-0311)": the invite's own word
        if role and not _ranks_only(_without_note(BRACKETS.sub("", role))):
            role = _with_and_part(_with_lower_part(role, parts[at + 1 :], title), title)
            role = with_detail(role, title)
            longer = with_specialism(role, title, title=True)  # "(Geologist – Iron Ore)"
            role = role if round_words().search(longer[len(role) :]) else longer
            return in_both_genders(role, (title,))  # "Geolog złożowy / Geolożka złożowa"
    return None


def meeting_words_only(phrase: str) -> bool:
    """Whether ``phrase`` is only words about the meeting ("Invitation", "Einladung",
    "Online", "Zoom"): the invite's own label or the service it is held on
    (``meeting_note`` of ``lang/``, :func:`.namematch.place_or_service`), never a job,
    whatever marks it as one (a requisition after "Interview Invitation")."""
    left = w.MEETING_NOTE.sub(" ", phrase)
    # what joins the label to its round ("Invitación a", "Einladung zum") is no job's word
    small = all(len(word) <= 3 and word.islower() for word in re.findall(r"\w+", left))
    return small or place_or_service(left.strip(" -–—:|/()"))


def role_phrase_left(rest: str) -> bool:
    """Whether what a title's part leaves once its round words are gone is written as a
    job can be: capitalised words, or a script without capitals ("데이터 분석가")."""
    return re.fullmatch(_ROLE_PHRASE_ANY, rest) is not None


def team_at_end(segment: str) -> bool:
    """Whether a title's part ends in a word for a team ("Registrar team"): whom the
    user meets, not the job."""
    return _TEAM_AT_END.search(segment) is not None


def _agency_only(rest: str) -> bool:
    """Whether the job word of a title's part is only inside an agency's name ("Vetas
    Executive Search", "Talent Partners Recruitment"): the firm, not a job."""
    agency = w.search(w.AGENCY, rest)
    if agency is None:
        return False
    return not w.search(w.ROLE_NOUN, rest[: agency.start()] + rest[agency.end() :])


def without_notice(rest: str) -> str:
    """``rest`` of a title's part, its round words gone, without the notice word that
    followed them in a script without spaces ("… 2차 면접 안내" → "…", "… 二次面接のご案内"):
    the invite's own label (``meeting_note`` of ``lang/``), never the job's."""
    if not UNSPACED.search(rest):
        return rest
    # notes one after another ("… 日程確定のお知らせ"): each in turn from the end
    shorter = " ".join(w.NOTE_AT_END_UNSPACED.sub("", rest).split())
    while shorter != rest:
        rest, shorter = shorter, " ".join(w.NOTE_AT_END_UNSPACED.sub("", shorter).split())
    return rest


def _with_lower_part(role: str, after: list[tuple[str, bool]], title: str) -> str:
    """``role`` with the part after its dash when that part goes on in lower case with a
    job's word ("Lekarz weterynarii – doradca techniczny ds. drobiu", "Vétérinaire –
    conseiller technique"): one job written in two parts, as the posting titles it."""
    if not after or after[0][1]:
        return role
    part = after[0][0]
    joined = re.search(re.escape(role) + r"\s+[–—-]\s+" + re.escape(part), title)
    if (
        joined
        and part[:1].islower()
        and w.search(w.ROLE_NOUN, part)
        and not round_words().search(part)
        and not names_the_meeting(part)
    ):
        return role + joined.group(0)[len(role) :]
    return role


# "and" (Dutch "en") after a job, then the words that close it: capitalised, or lower
# case after a capitalised one ("Speech and Language Therapist", "Moderne en Hedendaagse
# Kunst", "Inkoop en Logistiek"), up to the title's end or its next mark.
_AND_PART = re.compile(
    r"[^\S\n]+(?:and|en)[^\S\n]+((?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:[^\S\n]+(?:of|de|van|voor|[\w'’-]+)){0,3})"
    r"(?=[^\S\n]*(?:$|[-–—|:(),/\[（【]))",
    re.I,
)


def _with_and_part(role: str, title: str) -> str:
    """``role`` with what the title writes after it and "and" ("en" in Dutch) when that
    is the rest of the job ("Head of Finance and Operations", "Specialist Speech and
    Language Therapist", "Conservator Moderne en Hedendaagse Kunst"): the title's parts
    are cut at "and", as two people or two firms are joined by it; a person, a rank, a
    round, a place or a registered name after it is no part of the job."""
    at = title.find(role)
    found = _AND_PART.match(title, at + len(role)) if at >= 0 else None
    if found is None:
        return role
    part = found.group(1)
    # one job: the role ends in its field ("Head of Sales", "Specialist Speech",
    # "Conservator Moderne"), whose "and" no person's name follows in a title; or the
    # part ends in a job's word of its own ("Data Engineer and Team Lead")
    job_word = w.search(w.ROLE_NOUN, part.split()[-1])
    field_end = not w.search(w.ROLE_NOUN, role.split()[-1])
    if (
        not (job_word or field_end)
        or w.INTERVIEWER_RANK.fullmatch(part)
        or names_a_place(part)
        or round_words().search(part)
        or names_the_meeting(part)
        or LEGAL_END.search(part)
        or place_or_service(part)
        or covers_a_region(part)
    ):
        return role
    return title[at : found.end()]


def _ranks_only(phrase: str) -> bool:
    """Whether ``phrase`` is only interviewers' ranks ("COO", "President & COO", "CEO
    and CFO"): whom the round is with, not the job."""
    parts = re.split(r"\s*(?:[&+,/]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", phrase)
    return all(w.INTERVIEWER_RANK.fullmatch(part) for part in parts if part) and any(parts)


# A note after whom the user meets ("CFO again?", "CFO, phone", "COO – encore"): the
# rank met again or the way of meeting, not the job.
_NOTE_AFTER = re.compile(
    r"(?:[\s,;:–—-]+(?:again|too|also|once\s+more|nochmal|wieder|encore|otra\s+vez|de\s+novo"
    r"|di\s+nuovo|ancora|opnieuw|igen|tekrar|znowu|ponownie|phone|call|video|zoom|teams"
    r"|in\s+person|tbc|tbd))*[\s?!.]*$",
    re.I,
)


def _without_note(role: str) -> str:
    return _NOTE_AFTER.sub("", role.strip()).strip()


_PERSON = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}")


def _is_person(segment: str) -> bool:
    """Whether a title's part is written as a person's name ("Tom Ashworth", "Ing. Tom
    Ashworth": a courtesy title or form of address before it), not as a firm's ("Acme
    Robotics")."""
    words = segment.split()
    while len(words) > 2 and (
        is_form_of_address(words[0]) or (words[0].endswith(".") and is_courtesy_title(words[0]))
    ):
        words = words[1:]
    segment = " ".join(words)
    return bool(_PERSON.fullmatch(segment)) and not any(
        COMPANY_WORD.fullmatch(word) for word in segment.split()
    )


def interviewer_and_title(role: str) -> bool:
    """Whether ``role`` reads "Ana Ruiz, Head of Quality": a person's name (no job word
    in it) and then their title after a comma, as an invite introduces an interviewer."""
    head, comma, _ = role.partition(", ")
    return bool(comma) and _is_person(head) and not w.search(w.ROLE_NOUN, head)


def names_the_meeting(segment: str) -> bool:
    """Whether a title's part says whom the user meets or what the meeting is rather
    than the job: "meet the Head of Engineering & team", "Sam + CTO" (people joined by
    "+" or "<>"), "Genel Müdür ile", "与业务负责人", "Executive Leadership Team presentation", a unit
    ("Nursing Directorate"), who attends ("佐藤部長 同席", "Head of HR attending")."""
    return bool(
        " + " in segment
        or says_who_attends(segment)
        or " <> " in segment  # "Sam <> Finance Director": the user and whom they meet
        or w.search(w.MEETS_WHOM, segment)
        or w.search(w.MEETING_NOUN_AT_END, segment)
        or w.search(w.UNIT_AT_END, segment)
        or _unit_of(segment)
    )


def _unit_of(segment: str) -> bool:
    """Whether a title's part names a unit and what it is of ("Direção de Risco", "Panel
    with Diretoria de Engenharia") with no job's word before it: a word for a job inside
    the unit's name ("Diretoria") is the unit's; "Head of Department of Surgery" is a job."""
    unit = w.search(w.UNIT_OF, segment)
    if unit is None:
        return False
    job = w.search(w.ROLE_NOUN, segment)
    return job is None or job.start() >= unit.start()


def with_detail(role: str, title: str) -> str:
    """The role with the detail in brackets of either width after it ("Staff Nurse
    (Cardiology)", "研究員（ブルーカーボン）"), unless that is a gender marker, a requisition
    number, a round word, a work mode or places joined by "/"."""
    found = re.search(re.escape(role) + r"\s*([(（][^()（）]{1,40}[)）])", title)
    if (
        not found
        or not is_detail(found.group(1))
        or ROLE_NOISE.search(found.group(1))
        or round_words().search(found.group(1))
        or mode_or_places(found.group(1))
        or is_note(found.group(1))
        or opens_with_whom(found.group(1).strip("()（） "))
        or _an_institution(found.group(1).strip("()（） "))
        or _service_or_seat(found.group(1).strip("()（） "))
    ):
        return role
    return " ".join(found.group(0).split())


def _service_or_seat(inner: str) -> bool:
    """Whether a bracket's words are a meeting service or a city ("(Zoom)", "(Teams)",
    "(Lisboa)"): how or where the round is held, where a region ("(Europe)") is the
    market the job covers (:func:`.roleseat.covers_a_region`)."""
    return place_or_service(inner) and not covers_a_region(inner)


def _an_institution(inner: str) -> bool:
    """Whether a bracket's words name an institution, its noun first and a name after it
    ("(Hôpital vétérinaire Rive-Sud)"): the employer, not the job's specialism."""
    words = inner.split()
    return len(words) >= 3 and institution_noun(words[0])


def is_supervisory(role: str | None) -> bool:
    """Whether the role named involves supervising others."""
    return bool(role and w.SUPERVISORY.search(role))

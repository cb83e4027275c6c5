"""What an invitation says about the job: the role, in any language.

The role is read from the fields applicant-tracking systems write ("Position:",
"Stelle:", "職種：") and from the title's parts here, and from the description's words
("… for the Data Engineer role") in :mod:`.roletext`. Gender markers ("(m/w/d)", "(all
genders)") and requisition numbers are not part of it.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.employer.fullname import institution_noun
from assistant.detect.employer.legalname import LEGAL_END
from assistant.detect.employer.namematch import COMPANY_WORD
from assistant.detect.job.besidejob import ends_in_translation, people_listed, without_translation
from assistant.detect.job.bracketnote import opens_with_whom, rank_in_lower_case, whom_or_unit
from assistant.detect.job.gendered import in_both_genders
from assistant.detect.job.inclusive import with_glued_endings
from assistant.detect.job.jobbracket import WORK_MODE, is_detail, is_note, mode_or_places
from assistant.detect.job.jobfield import degree_with_field, field_at
from assistant.detect.job.specialism import with_lower_specialism, with_specialism
from assistant.detect.places.placenames import names_a_place
from assistant.detect.text.titles import (
    GENDER_MARK,
    GO_BETWEEN,
    HONOURED_NAME,
    marked_as_job,
    met_person,
    round_words,
    segments,
    without_round_words,
)
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Vocabulary
from assistant.detect.words.writing import UNSPACED

# The small words inside a job title, in the languages of ``lang/`` ("Head of Data",
# "Ingeniero/a de Datos", "Pessoa Engenheira de Dados", "Responsable des Données").
# "ds." is Polish "do spraw" ("Dyrektor ds. Likwidacji Szkód"); "and" in the other languages.
_JOINER = (
    r"(?:of|and|&|de|da|do|das|dos|del|des|di|della|du|für|vom|zum|zur|voor|van|ds\.|i|y|e|et|und|och"
    # "to" before two capitalised words: a programme's name ("Access to Justice Case
    # Manager"), not a verb after the job ("the Data Engineer to Meet the team")
    r"|to(?=[^\S\n]+[A-Z][\w'’-]*[^\S\n]+[A-Z]))(?![\w])"
)
# "·" joins an inclusive ending to its word in French ("Directeur·rice Commercial·e").
ROLE_PHRASE = rf"((?:[A-Z][\w&/+·-]*|{_JOINER})(?:,?[^\S\n]+(?:[A-Z][\w&/+·-]*|{_JOINER})){{0,6}})"
# What is left of a title part once its round words are removed, when that is a role:
# capitalised words, or a script without capitals ("데이터 분석가").
_ROLE_PHRASE_ANY = (
    r"(?:[A-Z\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][\w&/+.·-]*)(?:\s+(?:[\w&/+.·-]+)){0,5}"
)
ROLE_NOISE = re.compile(
    # a requisition number with a letter prefix in parts ("R-2028-0319", "JR_24_1187"),
    # before its first part alone ("R-2028") can match
    r"\b[A-Z]{1,4}[-_]\d{2,}(?:[-_/]\d{2,})+\b|"
    # an applicant-tracking id of capitals and digits mixed ("R-D0F8B", "REQ-7KX2P"), in
    # capitals only: a job's own words are never written so
    r"(?-i:\b[A-Z]{1,4}[-_](?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{4,10}\b)|"
    rf"\(\s*(?:{GENDER_MARK})\s*\)"
    r"|[-–,]?\s*\b[mwfd]\s*/\s*[mwfd]\s*/\s*[dxi]\b|"
    # a bare two-letter marker closing a job, as French and other postings write it
    # ("Responsable Merchandising H/F", "Chef de projet F/H", "Buyer M/F"), in capitals
    r"(?-i:[-–,]?\s*\b(?:H\s*/\s*F|F\s*/\s*H|M\s*/\s*F|F\s*/\s*M|M\s*/\s*W|W\s*/\s*M|H\s*/\s*M|M\s*/\s*H|K\s*/\s*M|M\s*/\s*K)\b(?!\s*/))|\b[A-Z]?\d{5,}\b|\b(?:R|REQ|JR|JOB)[-_]?\d{3,}\b|\(?\breq\b[^)]*\)?|#\S+"
    # a requisition number in parts ("(2027-3391)", "12-04417")
    r"|\(\s*(?:[A-Z]{1,4}[-_ ]?)?\d{2,}(?:[-/_.]\d{2,})+\s*\)|\b\d{2,}(?:[-_]\d{3,})+\b"
    # a labelled requisition in brackets ("(Requisition BCA-0392)", "(Ref. DE-221)",
    # "(Kennziffer 12)", "(Referencia: MX-88)")
    r"|\(\s*(?:requisition|ref(?:erence|erenz|erencia|erência|érence)?|job\s*(?:id|no)|vacancy"
    r"|vacature|kennziffer|stellen-?id|n[ºo°]|id)\b\.?[^)]{0,30}\)"
    r"|\(\s*[A-Z]{1,4}[-_ ]?\d{3,}\s*\)"
    # a posting's note on whom it welcomes, in brackets of either width ("（英語ネイティブ
    # 歓迎）", "(Spanish a plus)", "(Deutsch von Vorteil)"): a wish, not the job
    r"|[(（][^()（）]{0,40}(?:歓迎|優遇|尚可|不問|优先|優先|a\s+plus|preferred|welcome|von\s+Vorteil"
    r"|bevorzugt|souhaité|apprécié|deseable|valorad[oa]|desejável|gradit[oa]|pluspunt|meriterande)"
    r"[^()（）]{0,10}[)）]"
    # a site or a region in brackets after a job in a script without spaces ("（欧州拠点）",
    # "（上海办公室）", "(유럽)"): where the job is, as "(London / hybrid)" is
    r"|[(（][^()（）]{0,20}(?:拠点|勤務地|本社|支社|支店|オフィス|事務所|办公室|总部|總部|驻|駐"
    r"|근무지|지사|본사|사무소|欧州|欧洲|歐洲|유럽|アジア|亚洲|亞洲|아시아|亚太|亞太|아태|北米|北美|미주)"
    r"[^()（）]{0,10}[)）]",
    re.I,
)


# "Position" written after a job title in scripts without spaces ("データアナリスト職").
_POSITION_SUFFIX = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])(?:職|职位|職位|岗位|崗位)(?=\s|$)"
)


def clean_role(phrase: str, needs_role_word: bool = True) -> str | None:
    role = ROLE_NOISE.sub(" ", _POSITION_SUFFIX.sub("", phrase))
    role = " ".join(role.split()).strip(" ,.-–—:")
    role = re.sub(
        rf"(?:\s+(?:{_JOINER}|position|role|job|vacancy|opening))+$", "", role, flags=re.I
    )
    role = re.sub(r"^(?:the|a|an|our|your)\s+", "", role, flags=re.I)  # "for the Data Engineer"
    role = _after_talk_word(role)  # "Gesprek vacature …": the talk's word before the label
    role = w.POSITION_TAIL.sub("", w.POSITION_LEAD.sub("", role))  # "posizione di …", "… pozisyonu"
    role = _ELIDED_FIRST.sub("", role)  # "Poste d'orthophoniste": the job after "d'"
    role = _GLUED_REGISTERED_NAME.sub("", role)  # "…有限公司物业经理": the firm ends at its form
    named = not needs_role_word or w.search(w.ROLE_NOUN, role)
    return role if role and named and len(role) <= 80 else None


def _after_talk_word(role: str) -> str:
    """``role`` from its word for the post on, when one word with no job's in it comes
    before that ("Gesprek vacature Epidemioloog", "Gespräch Stelle …"): the meeting's
    word and the post's label, then the job."""
    head, _, rest = role.partition(" ")
    if rest and not w.search(w.ROLE_NOUN, head) and w.POSITION_LEAD.match(rest):
        return rest
    return role


# An elided article or preposition before the job (French, Italian: "d'", "l'", "dell'").
_ELIDED_FIRST = re.compile(r"^(?:d|l|dell|all|nell|un)['’](?=\w)", re.I)


# A registered name glued before a job in a script without spaces ("上海华庭物业管理有限公司
# 物业经理"): the firm's name ends at its legal form, the job follows.
_GLUED_REGISTERED_NAME = re.compile(
    r"^[\u3040-\u30ff\u3400-\u9fff]*?(?:股份有限公司|有限公司|株式会社|有限会社|合同会社|주식회사)"
    r"(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


# A registered name written before the job in a title ("株式会社ミナトヤ 海外マーケティング
# マネージャー", "주식회사 한빛 데이터 분석가"): a word holding a legal form of a script
# without spaces, and the name beside it when the form stands alone.
_LEADING_REGISTERED_NAME = re.compile(
    r"^(?:(?:株式会社|有限会社|合同会社|주식회사)\s?\S*|\S*(?:株式会社|有限会社|合同会社|有限公司|주식회사))\s+(?=\S)"
)


def role_in_title(title: str) -> str | None:
    """The role a title names ("Interview: Acme – Product Manager, Payments"), never
    the rank of the person the round is with ("Partner Interview", "… / COO").

    An inclusive ending in brackets ("Diretor(a)", "Mitarbeiter(in)") is part of the
    word, not a bracket that ends the role: the role is given as written."""
    return with_glued_endings(lambda text: _role_in_title(HONOURED_NAME.sub(" ", text)), title)


# A title's part ending in a word for a team ("Registrar team", "équipe Conservation"
# begins with it): whom the user meets, not the job.
_TEAM_AT_END = re.compile(r"\b(?:team|squad|crew|department|dept|unit)\W*$", re.I)


def _role_in_title(title: str) -> str | None:
    person = ""  # the name after "with", whose title may follow in brackets
    parts = list(segments(title))
    for at, (segment, after_with) in enumerate(parts):
        if person and f"{person} ({segment})" in title:
            continue  # "with Tom Ashworth (Head of Data)": the interviewer's title
        met = met_person().fullmatch(segment)  # "meet Ana (site engineer)": her job
        person = segment if after_with and _is_person(segment) else (met.group(1) if met else "")
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
        if names_the_meeting(segment) or team_at_end(segment) or rank_in_lower_case(segment):
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
        role = clean_role(_LEADING_REGISTERED_NAME.sub("", rest), needs_role_word=not marked)
        if role and not _ranks_only(_without_note(BRACKETS.sub("", role))):
            role = with_detail(_with_lower_part(role, parts[at + 1 :], title), title)
            longer = with_specialism(role, title, title=True)  # "(Geologist – Iron Ore)"
            role = role if round_words().search(longer[len(role) :]) else longer
            return in_both_genders(role, (title,))  # "Geolog złożowy / Geolożka złożowa"
    return None


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
    return " ".join(w.NOTE_AT_END_UNSPACED.sub("", rest).split())


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
    """Whether a title's part is written as a person's name ("Tom Ashworth"), not as a
    firm's ("Acme Robotics")."""
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
    ("Nursing Directorate")."""
    return bool(
        " + " in segment
        or " <> " in segment  # "Sam <> Finance Director": the user and whom they meet
        or w.search(w.MEETS_WHOM, segment)
        or w.search(w.MEETING_NOUN_AT_END, segment)
        or w.search(w.UNIT_AT_END, segment)
    )


# brackets of either width: "(Cardiology)", "（印尼方向）"
BRACKETS = re.compile(r"\s*[(（][^()（）]{1,40}[)）]")


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
    ):
        return role
    return " ".join(found.group(0).split())


def _an_institution(inner: str) -> bool:
    """Whether a bracket's words name an institution, its noun first and a name after it
    ("(Hôpital vétérinaire Rive-Sud)"): the employer, not the job's specialism."""
    words = inner.split()
    return len(words) >= 3 and institution_noun(words[0])


_FIELD_END = re.compile(
    r"\s+[-–—|@·•]\s+|\s+(?:at|bei|chez|en|presso|bij|w)\s+[A-Z]|\s{2,}|;\s"
    # a sentence ends; an abbreviation's full stop does not ("(Ref. X)", "Kierownik ds.
    # Marketingu", "Sr. Manager"): a word of one to three letters before it
    r"|(?<![(\s][Rr]ef)(?<![(\s][Nn][or])(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)\.\s+(?=[A-Z])"
)


# A field's value holding a round word is the interview's kind, not the job; a word for
# preparing is not one there ("Job Opening: Practice Manager" names a dental practice's job).
@cache
def round_in_job() -> Vocabulary:
    """The round vocabularies without the prep words ("practice", "rehearsal"), for words
    written with a job (a field's value, a team after a dash: "HR Manager – Legal
    Practice"); made on first use."""
    return Vocabulary.union(w.EXPLICIT_LATER, w.LATER_STAGE, w.LATER_CONTACT,
                            w.FIRST_ROUND, w.OTHER_INTERVIEW, w.INTERVIEW)  # fmt: skip


# A requisition number before the job and a dash ("Requisition: 4471 - Lead Planner"):
# the dash after it does not end the value, as one after the job does.
_NUMBER_FIRST = re.compile(r"^\s*(?:[A-Z]{1,4}[-_]?)?\d{3,}\s*[-–—|]\s+")
# A gender marker closes a job title; a comma after it goes on to the place
# ("Lead Planner (m/f/d), Frankfurt am Main").
_MARKER_THEN_PLACE = re.compile(rf"(\(\s*(?:{GENDER_MARK})\s*\))\s*,.*$", re.I)


def role_in_field(text: str) -> str | None:
    """The role an applicant-tracking field gives ("Position: Data Engineer (m/w/d)").

    The label is trusted: the value needs no role word, only to be short and not an
    interview phrase. A location or the employer after a dash is cut off.
    """
    for match in w.ROLE_FIELD.finditer(text):
        # a bracket of work mode or unit goes before the value is cut: "(Remote - EMEA)"
        # holds a dash; the place after a gender marker before that ("(m/f/d), Berlin")
        value = BRACKETS.sub(
            lambda m: (
                " "
                if WORK_MODE.search(m.group(0))
                or whom_or_unit(m.group(0))
                or is_note(m.group(0))
                or ends_in_translation(m.string, m.end())  # "편집장 (News Editor)"
                else m.group(0)
            ),
            _MARKER_THEN_PLACE.sub(r"\1", match.group(1)),
        )
        line = _NUMBER_FIRST.sub("", value).split("\n", 1)[0]
        value = _cut_at_field_end(line)
        value = " ".join(ROLE_NOISE.sub(" ", value).split()).strip(" ,.-–—:")
        value = without_translation(value)  # "データアナリスト（Data Analyst）"
        value = with_lower_specialism(value, line, _not_specialism)  # "… – internationella ärenden"
        if (
            value
            and not _CODE.fullmatch(value)  # "Requisition: CSS-2291": the number alone
            and len(value.split()) <= 8
            and not round_in_job().search(value)
            and "http" not in value
        ):
            return value
    return None


def _cut_at_field_end(line: str) -> str:
    """A field's ``line`` up to where its job ends (a dash, the employer after "at" …),
    the preposition before the job's field not among those ("Puesto: Técnico en Sanidad
    Animal – Madrid")."""
    for end in _FIELD_END.finditer(line):
        prep = re.match(r"\s+\w+\s", end.group(0))
        if not (prep and field_at(line, end.start(), prep.end() + end.start())):
            return line[: end.start()]
    return line


# A tracking system's number in capitals and digits ("CSS-2291", "HR_0815"), no job's words.
_CODE = re.compile(r"(?-i:[A-Z]{1,5}[-_/]?\d{2,}[\w/-]*)")


def _not_specialism(words: str) -> bool:
    """Whether lower-case words after a field's job say how the work is done, which
    round it is, or where ("– remote", "– second interview", "– jakarta")."""
    return bool(WORK_MODE.search(words) or round_words().search(words) or names_a_place(words))


def is_supervisory(role: str | None) -> bool:
    """Whether the role named involves supervising others."""
    return bool(role and w.SUPERVISORY.search(role))

"""Kinds of mistake development set 13 showed, each in new words and several languages:
a research study's "follow-up interview" with the user as a participant; a feedback call
that also names "next steps"; Czech rounds; a first round's word marked final; meeting a
firm's partners; a candidate presenting to the selection panel read as an interviewer's
brief; a note about the meeting, a department, a city, initials or a sentence-case name
taken for the employer; an agency's domain named where the title writes the employer;
a site in brackets, the employer's name or nothing where the role was named.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.afterform import without_department
from assistant.detect.employer.extract import company_of
from assistant.detect.employer.fullname import fuller_name, initials_then_words
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.roleemployer import without_employer_first
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_description
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_extraction import load_bench
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- steps around the interviews that are not rounds ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Follow-up interview – doctoral research on nurse rostering (participant)",
        "Second interview: longitudinal study of remote teams",
        "Zweites Interview – Studienteilnehmer Schlafstudie",
        "Deuxième entretien – participante à l'étude sur le télétravail",
        "Segunda entrevista – tesis doctoral sobre liderazgo",
        "Druhý pohovor – účastník studie o pracovní zátěži",
    ],
)
def test_a_research_study_interview_with_the_user_as_participant_is_no_round(title):
    earlier = invite("First interview – sleep study", "k.ahl@uni-north.example", days=-30)
    later = invite(title, "k.ahl@uni-north.example")
    assert not verdict_of(later, earlier).is_follow_up


def test_a_study_in_a_job_title_is_still_a_round():
    earlier = invite("Phone screen – Orvel", "hr@orvel.example", days=-10)
    later = invite("Second interview – Clinical Study Manager – Orvel", "hr@orvel.example")
    assert verdict_of(later, earlier).is_follow_up


@pytest.mark.parametrize(
    "title",
    [
        "Pellworth Advisory – feedback & next steps",
        "Next steps and feedback – Pellworth Advisory",
        "Pellworth Advisory – Feedback und nächste Schritte",
        "Pellworth Advisory – retour et prochaines étapes",
        "Pellworth Advisory – feedback y próximos pasos",
    ],
)
def test_feedback_beside_next_steps_is_a_step_around_the_interviews(title):
    earlier = invite("Pellworth Advisory – first conversation", "m@pellworth.example", days=-9)
    assert not verdict_of(invite(title, "m@pellworth.example"), earlier).is_follow_up


# --- later rounds -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Třetí kolo pohovoru – Vltavská strojírna",
        "3. kolo – Vltavská strojírna",
        "Závěrečný pohovor",
    ],
)
def test_czech_later_rounds(title):
    earlier = invite("Úvodní pohovor – Vltavská strojírna", "hr@vltavska.example", days=-14)
    v = verdict_of(invite(title, "hr@vltavska.example"), earlier)
    assert v.is_follow_up, why(v)
    assert v.language == "cs"


@pytest.mark.parametrize(
    "title",
    [
        "Orvel – Recruiter Round (final)",
        "Orvel – HR-Gespräch (final)",
        "Orvel – phone interview [last]",
    ],
)
def test_a_first_round_word_marked_final_is_the_last_round(title):
    earlier = invite("Orvel – Technical interview", "hr@orvel.example", days=-7)
    v = verdict_of(invite(title, "hr@orvel.example"), earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "booked", ["Meet the Partners – Ashgrove Legal", "Meet our managing partners – Ashgrove Legal"]
)
def test_meeting_a_firms_partners_after_a_first_round_is_a_later_contact(booked):
    earlier = invite("Ashgrove Legal – intro call", "lee@ashgrove.example", days=-12)
    description = f"Event Name: {booked}\nNotes: Last step for the associate role."
    later = invite(
        "Meeting between Lee Cardew and Robin Hale", "lee@ashgrove.example", description=description
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


def test_presenting_to_the_selection_panel_is_the_candidates_invite():
    text = (
        "You will deliver your prepared case (15 min) to the selection panel, followed by "
        "questions."
    )
    assert read_description(text).hiring_side is None
    brief = "Please join the selection panel on Thursday to score the shortlisted applicants."
    assert read_description(brief).hiring_side


def test_a_first_interview_with_the_committee_secretary_is_the_candidates():
    text = "We would like to invite you to a short first interview with the selection committee."
    assert read_description(text).hiring_side is None


# --- company names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "【二次面接】技術面接（オンライン）",
        "【复试】部门总监面试（改期）",
        "[2차 면접] 임원 면접 (화상)",
        "Second interview (rescheduled)",
        "Zweitgespräch (vor Ort)",
    ],
)
def test_a_note_about_the_meeting_in_brackets_is_no_employer(title):
    _, candidates, _ = title_names(title)
    assert candidates == ()


@pytest.mark.parametrize(
    ("name", "registered"),
    [
        ("ひまわり電機株式会社 品質保証部", "ひまわり電機株式会社"),
        ("青松医疗科技有限公司 人力资源部", "青松医疗科技有限公司"),
        ("누리소프트 주식회사 인사팀", "누리소프트 주식회사"),
        ("Lindqvist Labor GmbH Personalabteilung", "Lindqvist Labor GmbH"),
        ("AG Reinsurance", "AG Reinsurance"),
    ],
)
def test_a_department_after_the_legal_form_is_no_part_of_the_name(name, registered):
    assert without_department(name) == registered


@pytest.mark.parametrize(
    ("name", "title", "text", "full"),
    [
        (
            "Orvel CT",
            "Orvel CT – Panel interview",
            "Welcome to Orvel Clinical Trials Pte. Ltd. and thanks for applying.",
            "Orvel Clinical Trials Pte. Ltd.",
        ),
        (
            "Lindqvist Labor, Uppsala",
            "Andra intervju – Lindqvist Labor, Uppsala",
            "Adress: Lindqvist Labor AB, Dag Hammarskjölds väg 10",
            "Lindqvist Labor AB",
        ),
        (
            "Plzeň",
            "2. kolo – Zdravotní laboratoře Plzeň",
            "Sídlo: Zdravotní laboratoře Plzeň s.r.o., Klatovská 12",
            "Zdravotní laboratoře Plzeň s.r.o.",
        ),
        (
            "Hallam Institute",
            "Screening call – Hallam Institute for Sleep Research",
            "",
            "Hallam Institute for Sleep Research",
        ),
        ("Orvel", "Final – Orvel, Leeds", "Orvel is hiring.", "Orvel"),
        (
            "Hallam Institute",
            "Panel – Hallam Institute",
            "Your panel at Hallam Institute for Research Fellow candidates.",
            "Hallam Institute",
        ),
    ],
)
def test_a_titles_short_name_is_written_whole_from_the_invite(name, title, text, full):
    assert fuller_name(name, title, (title, text)) == full


def test_the_title_name_becomes_the_registered_one():
    event = invite(
        "Zweitgespräch – Kranich Optik, Jena",
        "j.weiss@weiss-personal.example",  # an agency sends it: no domain names the employer
        description="Ort: Kranich Optik GmbH, Carl-Zeiss-Platz 3, Jena",
    )
    assert company_of(event, PROFILE, event.description)[0] == "Kranich Optik GmbH"


@pytest.mark.parametrize(
    ("short", "name", "same"),
    [
        ("ZLP Plzeň", "Zdravotní laboratoře Plzeň s.r.o.", True),
        ("NKW Linz", "Nordkamm Kunststoff Werke Linz GmbH", True),
        ("ZLP Brno", "Zdravotní laboratoře Plzeň s.r.o.", False),
        ("HR Plzeň", "Zdravotní laboratoře Plzeň s.r.o.", False),
    ],
)
def test_initials_then_a_word_of_the_name(short, name, same):
    assert initials_then_words(short, name) is same


def test_a_note_writing_initials_and_a_word_of_the_name_is_that_employers():
    earlier = invite(
        "Úvodní pohovor – Zdravotní laboratoře Plzeň",
        "hr@zlplzen.example",
        days=-10,
        description="Sídlo: Zdravotní laboratoře Plzeň s.r.o.\nPozice: Vedoucí laboratoře",
    )
    v = verdict_of(note("Finální pohovor – ZLP Plzeň (osobně, s ředitelem)"), earlier)
    assert v.is_follow_up, why(v)
    assert v.company == "Zdravotní laboratoře Plzeň s.r.o."
    assert v.role == "Vedoucí laboratoře"


def test_an_agencys_round_whose_title_writes_the_employer_is_the_employers():
    agency = "ana@larchmont-ls.example"
    intro = invite(
        "Catch-up call – Larchmont Life Sciences",
        agency,
        days=-30,
        description="Good to talk.\nAna Pike\nSenior Consultant, Larchmont Life Sciences Recruitment",
    )
    earlier = invite(
        "Halvorsen Biologics – 1st stage interview (arranged by Larchmont)",
        agency,
        days=-14,
        description="Your first stage interview with my client, Halvorsen Biologics Ltd, for "
        "the Fleet Planner role.",
    )
    later = invite(
        "Halvorsen final – site visit Bergen",
        agency,
        description="Final stage at Halvorsen’s Bergen site: meet the COO. Travel booked by "
        "Halvorsen – details to follow.",
    )
    v = verdict_of(later, intro, earlier)
    assert v.is_follow_up, why(v)
    assert v.company == "Halvorsen Biologics Ltd"
    assert v.role == "Fleet Planner"


# --- roles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("■ 募集職種：品質保証マネージャー（北米拠点）\n■ 面接官：人事部", "品質保証マネージャー"),
        (
            "■ 募集職種：品質保証マネージャー（本社勤務地）\n■ 面接官：人事部",
            "品質保証マネージャー",
        ),
    ],
)
def test_a_site_or_region_in_full_width_brackets_is_no_part_of_the_role(text, role):
    assert read_description(text).role == role


@pytest.mark.parametrize(
    ("role", "company", "expected"),
    [
        ("누리소프트 품질 관리자", "누리소프트 주식회사", "품질 관리자"),
        ("Orvel Data Steward", "Orvel Ltd", "Data Steward"),
        ("Data Steward", "Orvel Ltd", "Data Steward"),
        ("Orvel", "Orvel Ltd", "Orvel"),
    ],
)
def test_the_employers_name_never_heads_a_role(role, company, expected):
    assert without_employer_first(role, company) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Recruiter Ines Falk – Regional Quality Lead (Graz, hybrid). Call on mobile.",
            "Regional Quality Lead",
        ),
        ("Personalberaterin Jana Roth – Leiterin Einkauf. Rückruf danach.", "Leiterin Einkauf"),
    ],
)
def test_a_note_naming_the_recruiter_then_the_job(text, role):
    assert role_in_text(text) == role


# --- scoring --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "same_as"),
    [
        ("Nordic Sleep Research Council (NSRC)", "Nordic Sleep Research Council"),
        ("Institute for Marine Biology (IMB)", "Institute for Marine Biology"),
    ],
)
def test_the_scorer_ignores_a_names_own_initials_in_brackets(name, same_as):
    bench = load_bench()
    assert bench.normalised(name) == bench.normalised(same_as)


def test_the_scorer_keeps_a_bracket_that_is_not_the_names_initials():
    bench = load_bench()
    assert bench.normalised("Orvel (Europe)") != bench.normalised("Orvel")
    assert bench.normalised("Orvel Data (XYZ)") != bench.normalised("Orvel Data")

"""Families of mistakes from the fourth development calendar, each in new words.

The calendar (``tests/data/detection_dev4``, first written blind) showed each
kind once; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale (robin.hale@fastmail.com), as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.extract import name_key
from assistant.detect.employer.legalname import registered_name
from assistant.detect.job.rolecompare import abbreviates
from assistant.detect.job.roles import role_in_title
from assistant.detect.text.reading import read_description, read_title
from assistant.models import Event
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why
from tests.unit.test_detect_unseen_families import meeting


def note(summary: str, days: float = 3) -> Event:
    """An event the user made alone: no organizer, no guests."""
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=f"note|{summary}",
        organizer=me_at(),
        attendees=(),
    )


# --- programmes, studies and classes that reuse round words --------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Webinar – Winning the final interview",
        "Livestream: nailing your second interview",
        "Webinaire : préparer son deuxième entretien",
        "Webinario: cómo superar la entrevista final",
        "Webinar: So gelingt das Zweitgespräch",
    ],
)
def test_a_webinar_about_a_later_round_is_a_programme(title):
    event = invite(title, "events@careerclinic.example", description="See you online.")
    verdict = verdict_of(event)
    assert not verdict.is_follow_up, why(verdict)


def test_a_booked_research_session_is_another_kind_of_interview():
    """The scheduling link's event name is a second title: its vetoes count too."""
    text = (
        "Event Name: User research interview – Checkout redesign (Part 2)\n\n"
        "Thanks for joining our follow-up interview. A voucher follows."
    )
    event = invite("Robin Hale and Mira Solano", "mira@labstudy.example", description=text)
    verdict = verdict_of(event)
    assert not verdict.is_follow_up, why(verdict)


@pytest.mark.parametrize(
    "title",
    [
        "Customer Interviews: second interview – onboarding flow",
        "UX Studies: follow-up interview (wave 2)",
        "Research sessions – final interview of the diary study",
    ],
)
def test_paid_research_in_the_plural_is_another_kind_of_interview(title):
    verdict = verdict_of(invite(title, "panel@fieldwork.example"))
    assert not verdict.is_follow_up, why(verdict)


def test_a_meetup_on_the_final_stage_of_something_else_is_no_round():
    host = person("hello@datacircle.example", "Data Circle", is_organizer=True)
    crowd = [person(f"member{i}@datacircle.example", f"Member {i}") for i in range(6)]
    text = "Doors 18:30, talks at 19:00, then drinks."
    event = meeting("Data Circle #14 – The final stage of model deployment", host, *crowd,
                    description=text)  # fmt: skip
    verdict = verdict_of(event)
    assert not verdict.is_follow_up, why(verdict)


@pytest.mark.parametrize(
    ("title", "later"),
    [
        ("Talk: the final phase of a product launch", False),
        ("Letzte Phase der Migration", False),
        ("Dernière étape du déploiement", False),
        ("Última fase del proyecto", False),
        ("Final stage of the interview process – Pellmont", True),
        ("Final stage of your application – Pellmont", True),
    ],
)
def test_the_last_stage_of_a_project_is_an_everyday_phrase(title, later):
    reading = read_title(title)
    assert bool(reading.explicit or reading.stage) is later, reading


@pytest.mark.parametrize(
    "title",
    [
        "钢琴课 – 第三轮考级",
        "Mandarin class: second round of tones",
        "Sprachkurs B2 – zweite Runde",
        "Cours de piano – dernier tour",
        "Clase de guitarra – ronda final",
        "Aula de violão – segunda rodada",
        "Lezione di cucina – round finale",
        "Dansles – finale ronde",
        "Spansklektion – andra rundan",
        "Lekcja hiszpańskiego – drugi etap",
        "Yüzme dersi – ikinci tur",
        "英会話レッスン 二次",
        "영어 수업 2차",
    ],
)
def test_a_class_or_lesson_in_any_language_is_no_interview(title):
    assert read_title(title).kind is not None, title


def test_the_users_note_of_a_class_round_is_not_acted_on():
    verdict = verdict_of(note("钢琴课 – 第三轮考级"))
    assert not verdict.is_follow_up, why(verdict)


# --- steps around the rounds ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Erbjudandegenomgång – Nordkap Data",
        "Angebotsgespräch – Weidner Logistik",
        "Appel autour de l'offre – Lumière Conseil",
        "Llamada sobre la oferta – Brisa Tech",
        "Conversa sobre a proposta – Vento Digital",
        "Proposta di assunzione – Colle Dati",
        "Aanbodgesprek – Duinwijk",
        "Omówienie oferty – Wisła Data",
        "İş teklifi görüşmesi – Boğaz Yazılım",
        "条件提示 – 青葉システム",
        "처우 안내 – 한강데이터",
        "录用沟通 – 青山科技",
        "Verbal offer – Pellmont",
    ],
)
def test_an_offer_conversation_in_any_language_is_a_step_around_the_rounds(title):
    assert read_title(title).not_a_round, title


def test_an_offer_conversation_with_the_same_people_is_no_later_round():
    first = invite("Interview – Nordkap Data", "ella@nordkapdata.example", days=-9)
    offer = invite("Erbjudandegenomgång – Nordkap Data", "ella@nordkapdata.example")
    verdict = verdict_of(offer, first)
    assert not verdict.is_follow_up, why(verdict)


def test_a_step_beside_a_later_round_with_guests_is_that_round():
    """ "Salary negotiation | final interview" with the employer's people is the final
    interview, with pay on the agenda; the same words alone are the user's to-do."""
    with_guests = invite("Salary negotiation | final interview", "ravi@quillmoor.example")
    verdict = verdict_of(with_guests)
    assert verdict.is_follow_up, why(verdict)
    assert not verdict_of(note("Salary negotiation | final interview")).is_follow_up
    assert not verdict_of(note("Send thank-you – final interview Quillmoor")).is_follow_up


# --- linkage through an agency --------------------------------------------------------------


def test_an_agencys_briefing_after_its_intro_call_is_no_round():
    intro = invite("Intro call – Harrowgate Search Partners", "tom@harrowgatesearch.example",
                   days=-10)  # fmt: skip
    briefing = invite(
        "Mandate briefing: Head of Data – confidential client",
        "tom@harrowgatesearch.example",
        description="I would like to brief you on the Head of Data mandate.",
    )
    verdict = verdict_of(briefing, intro)
    assert not verdict.is_follow_up, why(verdict)


def test_an_agency_arranged_interview_named_as_a_round_still_counts():
    intro = invite("Intro call – Harrowgate Search Partners", "tom@harrowgatesearch.example",
                   days=-10)  # fmt: skip
    later = invite("Second interview – Head of Data", "tom@harrowgatesearch.example")
    assert verdict_of(later, intro).is_follow_up


# --- company names ------------------------------------------------------------------------------


def test_founders_named_as_people_are_not_the_firm():
    host = person("jobs@ashdownquill.example", "Ashdown & Quill Recruiting", is_organizer=True)
    nora = person("nora@ashdownquill.example", "Nora Ashdown")
    theo = person("theo@ashdownquill.example", "Theo Quill")
    text = "A last conversation with our managing partners Nora Ashdown and Theo Quill."
    verdict = verdict_of(meeting("Final conversation", host, nora, theo, description=text))
    assert verdict.company and "Theo" not in verdict.company, verdict.company


def test_a_team_the_earlier_round_wrote_after_the_job_title_is_not_the_employer():
    """The first round wrote the job with its team and the employer; the second writes
    only "job, team": the team is part of the job, and the employer is the first's."""
    first = invite(
        "Interview: Staff Engineer, Payments Core – Brightmoor Savings",
        "li@brightmoor.example",
        days=-8,
    )
    later = invite("Second interview – Staff Engineer, Payments Core", "li@brightmoor.example")
    verdict = verdict_of(later, first)
    assert verdict.company == "Brightmoor Savings", why(verdict)
    assert verdict.role == "Staff Engineer, Payments Core"


def test_the_employer_after_the_job_title_in_an_agencys_invite_stays_the_employer():
    """ "Data Analyst, Pellmont" from an agency's address: Pellmont hires, not the agency."""
    event = invite("Second interview – Data Analyst, Pellmont", "sam@northgaterecruiting.example")
    assert verdict_of(event).company == "Pellmont"


def test_a_team_after_the_job_title_in_a_tracking_systems_invite_is_not_the_employer():
    text = (
        "Your interview for Staff Engineer, Payments Core is confirmed.\n"
        "Thank you for your interest in Brightmoor Savings Bank."
    )
    event = invite(
        "Second Interview: Staff Engineer, Payments Core", "no-reply@greenhouse.io",
        description=text,
    )  # fmt: skip
    verdict = verdict_of(event)
    assert verdict.company == "Brightmoor Savings Bank", why(verdict)


def test_the_name_written_in_full_on_the_signature_line_wins():
    text = "Looking forward to it.\n\nOla\nTalent Partner | Larkspur & Vine Consulting"
    event = invite("Second round – Larkspur & Vine", "ola@larkspurvine.example", description=text)
    assert verdict_of(event).company == "Larkspur & Vine Consulting"


def test_a_department_on_the_signature_line_does_not_lengthen_the_name():
    text = "See you then.\n\nOla\nLarkspur & Vine Data"
    event = invite("Second round – Larkspur & Vine", "ola@larkspurvine.example", description=text)
    assert verdict_of(event).company == "Larkspur & Vine"


def test_the_name_one_round_writes_in_full_is_used_for_the_others():
    """Sent through a tracking system, the rounds share no domain: the name is the key."""
    first = invite(
        "Phone interview – Harbor Point Insurance Company", "no-reply@greenhouse.io", days=-8
    )
    later = invite("Second interview – Harbor Point", "no-reply@greenhouse.io")
    assert verdict_of(later, first).company == "Harbor Point Insurance Company"


@pytest.mark.parametrize(
    ("name", "text", "registered"),
    [
        ("青竹数据", "感谢您应聘青竹数据科技（杭州）有限公司 数据分析师 职位", "青竹数据科技（杭州）有限公司"),
        ("青竹数据", "欢迎参加杭州青竹数据有限公司的面试", "杭州青竹数据有限公司"),
        ("Orchid Harbour", "an interview at Orchid Harbour Pte. Ltd. in Singapore", "Orchid Harbour Pte. Ltd."),
        ("Sungai Data", "Regards,\nSungai Data Sdn. Bhd.", "Sungai Data Sdn. Bhd."),
        ("Hanami Works", "Hanami Works Co., Ltd. HR", "Hanami Works Co., Ltd."),
        ("Boğaz Yazılım", "Saygılarımızla,\nBoğaz Yazılım Ltd. Şti.", "Boğaz Yazılım Ltd. Şti."),
        ("Andes Data", "Andes Data S. de R.L. de C.V., CDMX", "Andes Data S. de R.L. de C.V."),
        ("Nuvem", "Nuvem Tecnologia S/A", "Nuvem Tecnologia S/A"),
    ],
)  # fmt: skip
def test_registered_names_keep_their_city_and_their_legal_form_in_any_region(
    name, text, registered
):
    assert registered_name(name, text) == registered


def test_the_users_note_names_an_employer_whose_name_holds_a_pastimes_word():
    first = invite("Intro call – Birchfield Golf", "ana@birchfieldgolf.example", days=-6)
    verdict = verdict_of(note("Birchfield Golf final round"), first)
    assert verdict.is_follow_up, why(verdict)
    assert verdict.company == "Birchfield Golf"


def test_a_pastimes_final_round_in_the_users_note_stays_a_pastime():
    first = invite("Intro call – Birchfield Golf", "ana@birchfieldgolf.example", days=-6)
    verdict = verdict_of(note("Golf club final round"), first)
    assert not verdict.is_follow_up, why(verdict)


# --- roles ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Second Interview: Claims Analyst (2028-0417)", "Claims Analyst"),
        ("Onsite – Category Buyer (12-44871)", "Category Buyer"),
        ("Intervista – Responsabile acquisti (tramite Selecta Executive Search)",
         "Responsabile acquisti"),
        ("Interview – Data Engineer (via Kestrel Talent Partners)", "Data Engineer"),
    ],
)  # fmt: skip
def test_requisition_numbers_and_go_betweens_are_not_part_of_the_role(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "Interview – Kestrel Logistics (via Brightline Executive Search)",
        "Entretien – Maison Verne (par Hautrive Executive Partners)",
    ],
)
def test_a_go_between_is_never_the_role(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize("title", ["第二轮面试（产品负责人）", "二次面接（開発責任者）"])
def test_the_person_in_charge_a_round_is_with_is_not_the_role(title):
    assert role_in_title(title) is None


def test_a_role_written_with_initials_takes_the_earlier_rounds_full_title():
    first = invite("Phone screen – Group Product Manager – Talbot Labs", "kai@talbotlabs.example",
                   days=-7)  # fmt: skip
    later = invite("Final round – Talbot Labs (Group PM)", "kai@talbotlabs.example")
    assert verdict_of(later, first).role == "Group Product Manager"


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Group PM", "Group Product Manager", True),
        ("Senior TPM, Payments", "Senior Technical Program Manager, Payments", True),
        ("Product Manager", "Program Manager", False),
        ("Data Analyst", "Data Analyst II", False),
    ],
)
def test_initials_stand_for_the_words_they_begin(short, full, same):
    assert abbreviates(short, full) is same


# --- later rounds in the words of other hiring cultures ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Bar raiser interview – Quenby",
        "Team matching call – Quenby",
        "Culture fit interview – Quenby",
        "HM interview – Quenby",
        "Peer interview – Quenby",
        "三轮面试 - 数据分析师",
        "加面 - 数据分析师",
        "3回目の面接（営業部）",
        "ケース面接 – 青葉システム",
        "컬처핏 면접 – 한강데이터",
        "Entrevista de panel – Andes Data",
        "Bate-papo com o time – Vento Digital",
    ],
)
def test_later_rounds_named_by_count_or_kind_in_other_hiring_cultures(title):
    reading = read_title(title)
    assert reading.explicit or reading.stage or reading.contact, title
    assert not reading.first_round, title


@pytest.mark.parametrize("title", ["リクルーター面談", "1回目の面接（営業部）"])
def test_a_recruiters_talk_or_a_first_count_is_a_first_round(title):
    assert read_title(title).first_round, title


@pytest.mark.parametrize(
    ("written", "registered"),
    [
        ("Lumenfield Technologies", "Lumenfield Technologies Pte. Ltd."),
        ("Hanami Works", "Hanami Works Co., Ltd."),
        ("Sungai Data", "Sungai Data Sdn. Bhd."),
        ("Boğaz Yazılım", "Boğaz Yazılım Ltd. Şti."),
    ],
)
def test_a_two_word_legal_form_is_left_out_of_the_employer_key(written, registered):
    """One employer, one key: rounds that write the legal form link to those that don't."""
    assert name_key(written) == name_key(registered)


def test_the_fullest_form_an_earlier_round_wrote_is_the_role():
    """The screen named the team, the second round only the job: a third round that
    names neither is about the job with its team."""
    screen = invite(
        "Phone screen – Data Engineer, Search Relevance – Quenby", "ali@quenby.example", days=-12
    )
    second = invite("Second interview – Data Engineer – Quenby", "ali@quenby.example", days=-5)
    final = invite("Final interview with the CTO", "ali@quenby.example")
    assert verdict_of(final, screen, second).role == "Data Engineer, Search Relevance"


@pytest.mark.parametrize(
    "sender",
    ["no-reply@gupy.io", "noreply@mokahr.com", "notice@hrmos.co", "no-reply@greetinghr.com",
     "jobs@pageuppeople.com", "donotreply@myworkdayjobs.com"],
)  # fmt: skip
def test_regional_tracking_systems_are_recruiting_senders(sender):
    """A tracking system of Latin America or Asia-Pacific sends for an employer: its
    invite is part of a hiring process, and its domain is never the employer."""
    verdict = verdict_of(invite("Final interview – Quenby", sender))
    assert verdict.company == "Quenby"
    assert any("recruiting service" in reason for reason in verdict.reasons), why(verdict)


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("Doors 18:30, talks at 19:00, then drinks.", True),
        ("Thank you for registering for our session.", True),
        ("Merci pour votre inscription !", True),
        ("Looking forward to our talk at 14:00.", False),
        (
            "You have been invited to our assessment day; the registration desk is on floor 2.",
            False,
        ),
    ],
)
def test_a_public_programmes_description_is_told_from_an_invites(text, public):
    assert bool(read_description(text).public) is public, text


def test_a_short_name_two_employers_begin_with_is_left_as_written():
    """ "Harbor Point" could be either longer name: neither is given."""
    one = invite("Phone interview – Harbor Point Insurance Company", "no-reply@greenhouse.io",
                 days=-9)  # fmt: skip
    other = invite("Phone interview – Harbor Point Logistics", "no-reply@lever.co", days=-8)
    later = invite("Second interview – Harbor Point", "no-reply@greenhouse.io")
    assert verdict_of(later, one, other).company == "Harbor Point"


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Segunda entrevista na Vento Digital", "Vento Digital"),
        ("Andra intervju hos Nordkap Data", "Nordkap Data"),
        ("Segunda entrevista no Zoom", None),
        ("Andra intervju på Teams", None),
        ("Entrevista final em Lisboa", None),
    ],
)
def test_the_users_note_names_the_employer_after_at_in_other_languages(title, company):
    """ "na", "em", "hos", "på" say "at" as "at" does; a city or a meeting service after
    them says where, and the note without an employer is not acted on."""
    verdict = verdict_of(note(title))
    assert verdict.company == company
    assert verdict.is_follow_up is (company is not None), why(verdict)

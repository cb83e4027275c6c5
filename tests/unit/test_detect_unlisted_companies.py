"""Company names beside professions no language file lists.

The employer reader tells a job from an employer partly by the job words; a new
calendar's profession is on no list. These tests use jobs nobody listed (the first test
checks that) and read the employer from what else the invite says: its text writing the
part as the job, the name's shape (a legal form, the sender's name), a bracket after a
person or after the job, "an interview with X for <job>".
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.jobshape import (
    employer_after_job,
    name_shaped_over,
    written_as_the_job,
)
from assistant.detect.words import wording as w
from tests.conftest import NOW, make_event, me, person
from tests.unit.test_detect_kinds import verdict_of

UNLISTED = ("Kelp Forager", "Thatcher", "Peat Cutter", "Hedge Layer", "Fiskrökare", "鷹匠")


@pytest.mark.parametrize("job", UNLISTED)
def test_the_professions_of_these_tests_are_in_no_job_list(job):
    assert w.search(w.ROLE_NOUN, job) is None


def _company(
    title: str, sender: tuple[str, str], description: str = "", *guests: tuple[str, str]
) -> str | None:
    host = person(sender[0], sender[1], is_organizer=True)
    event = make_event(
        title,
        start=NOW + timedelta(days=2),
        uid=title,
        organizer=host,
        attendees=(me(), host, *(person(a, n) for a, n in guests)),
        description=description,
    )
    return verdict_of(event).company


# --- the invite's text writes the part as the job, the employer after it -------------------


def test_a_title_part_the_text_writes_as_the_job_at_the_employer_is_no_employer():
    company = _company(
        "Interview: Kelp Forager – Saltmarsh Provisions",
        ("noreply@smartrecruiters.com", "Recruiting"),
        "You are invited to an interview for the position of Kelp Forager at Saltmarsh"
        " Provisions.\n\nInterview: 2nd interview (Harvest team)",
    )
    assert company == "Saltmarsh Provisions"


def test_a_job_and_its_employer_after_a_comma_give_the_employer():
    company = _company(
        "Intervju 2 – Fiskrökare, Bryggans Rökeri AB",
        ("maja.lund@bryggansrokeri.example", "Maja Lund"),
        "Hej!\n\nVälkommen på intervju för tjänsten som Fiskrökare hos Bryggans Rökeri AB.",
    )
    assert company == "Bryggans Rökeri AB"


@pytest.mark.parametrize(
    "text",
    [
        "Your interview with Saltmarsh Provisions at Canary Wharf, 2nd floor.",
        "We look forward to meeting you for Saltmarsh Provisions at our office.",
    ],
)
def test_a_name_before_a_place_or_a_lower_case_word_is_not_made_a_job(text):
    assert not written_as_the_job("Saltmarsh Provisions", text)


def test_a_name_with_a_comma_stays_whole_unless_the_text_writes_its_head_as_the_job():
    assert (
        employer_after_job("Fenwick, Dale & Oakes LLP", "Meet Fenwick, Dale & Oakes LLP.") is None
    )


# --- another part of the title has a name's shape the first lacks ---------------------------


@pytest.mark.parametrize(
    ("title", "address", "company"),
    [
        ("【二次面接】鷹匠／株式会社かすみ野", "saiyo@kasumino.example", "株式会社かすみ野"),
        (
            "Second interview – Peat Cutter / Moorland Turf Ltd",
            "hr@mturf.example",
            "Moorland Turf Ltd",
        ),
    ],
)
def test_a_title_part_with_a_legal_form_wins_over_one_without(title, address, company):
    assert _company(title, (address, "")) == company


def test_the_part_the_tracking_systems_sender_is_named_after_is_the_employer():
    company = _company(
        "Technical interview: Kelp Forager - Tidewrack Growers Collective",
        ("no-reply@teamtailor-mail.example", "Tidewrack Growers Collective"),
        "Hi! You're through to the technical interview.\n\nSent with Teamtailor",
    )
    assert company == "Tidewrack Growers Collective"


def test_a_part_with_a_names_shape_itself_is_kept():
    assert name_shaped_over("Moorland Turf Ltd", ["Peat Cutter"], "Peat Cutter") is None


# --- a bracket after a person or after the job ----------------------------------------------


def test_a_bracket_after_a_person_on_the_invite_is_that_persons_job():
    company = _company(
        "Second interview - Ines Valdés (Cellar Hand)",
        ("joanna.pryce@arenasbodega.example", "Joanna Pryce"),
        "Dear Ines,\n\nWe'd like to invite you to a second interview with Andrew and our"
        " head of the cellar.\n\nKind regards,\nJoanna",
        ("ines.valdes@example.net", "Ines Valdés"),
        ("andrew.leong@arenasbodega.example", "Andrew Leong"),
    )
    assert company == "Arenasbodega"  # the domain, as the invite writes no name


def test_a_bracket_the_text_writes_with_the_job_is_the_jobs_field():
    company = _company(
        "İkinci görüşme – Peat Cutter (Turba Mevzuatı)",
        ("zeynep.aydin@anadoluturba.example", "Zeynep Aydın"),
        "Sayın aday,\n\nPozisyon: Peat Cutter (Turba Mevzuatı)\n\nSaygılarımızla,\n"
        "İnsan Kaynakları\nAnadolu Yenilenebilir Turba A.Ş.\nBüyükdere Cad. No:199, İstanbul",
    )
    assert company == "Anadolu Yenilenebilir Turba A.Ş."


# --- "an interview with X for <job>": what follows "for" is the job --------------------------


def test_for_and_the_job_after_an_institution_met_is_no_part_of_its_name():
    company = _company(
        "Live Interview – Gorsemoor Heritage Trust (HireVue)",
        ("noreply@hirevue.com", "Gorsemoor Heritage Trust via HireVue"),
        "Hello,\n\nYou have been scheduled for a live video interview with Gorsemoor"
        " Heritage Trust for Hedge Layer.\n\nHireVue Scheduling",
    )
    assert company == "Gorsemoor Heritage Trust"


# --- a part in a script without spaces beside a registered name written elsewhere ----------


@pytest.mark.parametrize(
    ("title", "sender", "description"),
    [
        # the registered name in the sender's display name
        (
            "【二次面接】鷹匠／ダルマ・ヨシダ様",
            ("saiyo@kasumi.example", "株式会社かすみ野 採用担当"),
            "",
        ),
        # in the text
        (
            "【复试】驯鹰人 - 技术面",
            ("hr@yunque.example", "王丽"),
            "您好，\n感谢您应聘云雀山林生态有限公司的职位。\n人力资源部",
        ),
    ],
)
def test_a_part_without_spaces_beside_a_registered_name_elsewhere_is_the_job(
    title, sender, description
):
    assert _company(title, sender, description) not in ("鷹匠", "驯鹰人")


def test_a_brand_the_registered_name_holds_stays_the_name():
    company = _company(
        "【复试】云雀山林 - 驯鹰人",
        ("hr@yunque.example", "王丽"),
        "您好，\n感谢您应聘上海云雀山林生态有限公司的职位。",
    )
    assert company is not None and "云雀山林" in company


# --- a name read whole that joins the job to the employer -----------------------------------


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Primera entrevista – Peat Cutter",
            "Te confirmamos tu entrevista para el puesto de Peat Cutter en Turberas del Norte S.A.",
        ),
        (
            "Första intervju – Fiskrökare, Bryggans Rökeri",
            "Tack för din ansökan!\n\nTjänst: Fiskrökare\n\nVänliga hälsningar\nBryggans Rökeri",
        ),
    ],
)
def test_a_name_read_whole_with_the_job_before_it_keeps_only_the_employer(title, description):
    company = _company(title, ("maja.lund@turberasbryggan.example", "Maja Lund"), description)
    assert company is None or not company.startswith(("Peat Cutter", "Fiskrökare"))


# --- a tracking system's sender names the employer the title part is not ---------------------


@pytest.mark.parametrize(
    "title",
    [
        "Interview: R-3310-0077 Hedge Layer - Second Interview",
        "Meet the Team: Hedge Layer Crew",
    ],
)
def test_a_title_part_sharing_no_word_with_the_systems_sender_firm_is_the_job(title):
    company = _company(
        title,
        ("notifications@bamboohr.example", "Quickthorn Estates & Gardens"),
        "Hi! We'd love for you to come in and meet the team.\n\n-- Sent with BambooHR",
    )
    assert company == "Quickthorn Estates & Gardens"


def test_a_title_part_sharing_a_word_with_the_systems_sender_stays_the_name():
    company = _company(
        "Second interview – Quickthorn Gardens",
        ("notifications@bamboohr.example", "Quickthorn Estates & Gardens"),
        "Hi! We'd love for you to come in and meet the team.\n\n-- Sent with BambooHR",
    )
    assert company is not None and company.startswith("Quickthorn")

"""Roles of professions no language file lists, read from where an invite puts a job.

A new calendar brings jobs nobody listed ("Farrier", "Kominiarz", "Cordiste"): the
places that only ever hold a job name it whatever its words. Each test uses a
profession the job-word lists of ``detect/lang/`` do not hold (the first test checks
that), so it fails if the place is read only through those lists.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_description, read_title
from assistant.detect.words import wording as w
from tests.conftest import REPO, person
from tests.unit.test_detect_kinds import invite, verdict_of
from tests.unit.test_detect_unseen_families import meeting

UNLISTED = (
    "鷹匠",
    "驯鹰人",
    "Stroopwafelbakker",
    "Bartnik",
    "Timmerman Sluisdeuren",
    "Fiskrökare",
    "Ferrador",
    "누룩 장인",
    "酿酒师",
    "Forge Tour",
    "Hoefsmid",
    "Kominiarz",
    "Cordiste",
    "Farrier",
    "Lock Keeper",
    "Hufschmied",
    "Baca Temizleyicisi",
    "Tonnelier",
    "Sluiswachter",
    "Vergolder",
)


@pytest.mark.parametrize("job", UNLISTED)
def test_the_professions_of_these_tests_are_in_no_job_list(job):
    assert w.search(w.ROLE_NOUN, job) is None


# --- a title's part closed by a gender marker or the posting's number ---------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Tweede gesprek – Hoefsmid (m/v/x)", "Hoefsmid"),
        ("Druga rozmowa – Kominiarz (k/m)", "Kominiarz"),
        ("Zweitgespräch: Vergolder (w/m/d) – Restaurierungswerkstatt", "Vergolder"),
        ("Deuxième entretien – Cordiste H/F", "Cordiste"),
        ("Entretien final – Tonnelier (F/H)", "Tonnelier"),
        ("Interview: Lock Keeper (R-0052291) – Round 2", "Lock Keeper"),
        ("Final interview – Farrier, Racing Yard (Req. 31877)", "Farrier, Racing Yard"),
        ("Tweede ronde – Sluiswachter (Vacature 2028-114)", "Sluiswachter"),
    ],
)
def test_a_title_part_closed_by_a_gender_marker_or_posting_number_is_the_job(title, role):
    assert role_in_title(title) == role
    assert read_title(title).role == role


@pytest.mark.parametrize(
    "title",
    [
        "Second interview – Brackenholt Saddlery GmbH (R-0052291)",  # a registered name
        "Zweitgespräch – Hufbeschlag (rescheduled)",  # a note, not a marker
        "Second interview – Farrier (2/3)",  # the round's count
    ],
)
def test_a_bracket_that_is_no_job_marker_makes_no_unlisted_part_a_job(title):
    assert role_in_title(title) is None


def test_a_marked_job_in_a_title_reaches_the_verdict():
    event = invite("Tweede gesprek – Hoefsmid (m/v/x)", "werving@paardenpraktijk.example")
    verdict = verdict_of(event)
    assert verdict.is_follow_up
    assert verdict.role == "Hoefsmid"


# --- a description's phrase that only ever holds a job -------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("We look forward to discussing the position of Farrier with you.", "Farrier"),
        ("Vielen Dank für Ihre Bewerbung als Hufschmied bei uns.", "Hufschmied"),
        (
            "Baca Temizleyicisi pozisyonu için ikinci görüşmeye davet ediyoruz.",
            "Baca Temizleyicisi",
        ),
        ("Nous vous recevons pour le poste de Tonnelier.", "Tonnelier"),
        ("Wij spreken je graag over de functie van Sluiswachter.", "Sluiswachter"),
    ],
)
def test_a_job_after_the_word_for_the_post_and_its_small_word_is_the_job(text, role):
    assert role_in_text(text) == role
    assert read_description(text).role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("We bevestigen je tweede gesprek voor de functie Stroopwafelbakker.", "Stroopwafelbakker"),
        ("Zapraszamy na drugą rozmowę na stanowisko Bartnik.", "Bartnik"),
        ("Välkommen till andra intervjun för tjänsten Fiskrökare.", "Fiskrökare"),
        ("A sua entrevista final para a vaga Ferrador foi agendada.", "Ferrador"),
        (
            "Je gesprek met het team voor de vacature Timmerman Sluisdeuren.",
            "Timmerman Sluisdeuren",
        ),
    ],
)
def test_a_job_right_after_the_article_and_the_word_for_the_post_is_the_job(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "この度は株式会社サンプル工房の鷹匠ポジションにご応募いただき、ありがとうございます。",
            "鷹匠",
        ),
        ("この度は鷹匠職にご応募いただき、誠にありがとうございます。", "鷹匠"),
        ("感谢您应聘驯鹰人岗位。", "驯鹰人"),
    ],
)
def test_a_job_closed_by_the_word_for_the_post_in_a_script_without_spaces(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Interview for Tonnelier at Maison Vérac\n\nPart 2 of 3.", "Tonnelier"),
        (
            "Hello Sam,\n\nYour interview for Lock Keeper at Canal Reach Trust is confirmed.",
            "Lock Keeper",
        ),
        ("Interview for Forge Tour Guide at Brackenholt Works, Sheffield", "Forge Tour Guide"),
    ],
)
def test_the_words_between_interview_for_and_at_the_employer_are_the_job(text, role):
    assert role_in_text(text) == role
    assert read_description(text).role == role


@pytest.mark.parametrize(
    "text",
    [
        "Interview for Tonnelier at 10 am in the cellar",  # a time, not an employer
        "Interview for some of our barrels at the cooperage",  # no job's capitals
    ],
)
def test_interview_for_before_a_time_or_a_lower_case_phrase_names_no_job(text):
    assert role_in_text(text) is None


def test_a_job_after_a_registered_name_and_a_dash_heading_the_text_is_the_job():
    text = "Brackenholt Saddlery, Ltd. – Farrier\n\nLoop part 2 of 3."
    assert role_in_text(text) == "Farrier"


def test_a_signatures_department_before_the_registered_name_is_no_job():
    text = "Kind regards,\nIlse Marsh\nPeople & Culture | Brackenholt Saddlery GmbH\nHofweg 3"
    assert role_in_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Los gastos de viaje corren a cargo de Herrajes Peñalba.",  # "a cargo de": who pays
        "Ahead of the call, have a look at the role Planning plays here.",  # no small word
    ],
)
def test_a_word_for_the_post_without_its_job_gives_no_role(text):
    assert role_in_text(text) is None


def test_a_rank_cut_from_its_lower_case_noun_is_no_job():
    """ "tjänsten som Senior hovslagare på …": the whole job, never "Senior" alone."""
    text = "Välkommen till intervjun för tjänsten som Senior hovslagare på Stall Norrvik AB."
    assert role_in_text(text) == "Senior hovslagare"


def test_the_employers_preposition_after_a_job_is_not_part_of_it():
    assert role_in_text("Danke für Ihre Bewerbung als Leiter Beschlagschmiede bei uns.") == (
        "Leiter Beschlagschmiede"
    )


# --- the one part of a later round's title left beside its round words -----------------------


@pytest.mark.parametrize(
    ("title", "host", "company", "role"),
    [
        (
            "Waterschap Delfland – tweede gesprek – Sluiswachter",
            "werving@waterschapdelfland.example",
            "Waterschap Delfland",
            "Sluiswachter",
        ),
        ("[한빛양조] 누룩 장인 2차 면접", "hr@hanbityangjo.example", "한빛양조", "누룩 장인"),
        ("【云帆酿造】酿酒师 二面", "hr@yunfanbrew.example", "云帆酿造", "酿酒师"),
        (
            "Harrow Saddlery – Panel Interview (Farrier)",
            "talent@harrowsaddlery.example",
            "Harrow Saddlery",
            "Farrier",
        ),
    ],
)
def test_the_one_part_left_beside_the_round_words_is_the_job(title, host, company, role):
    verdict = verdict_of(invite(title, host))
    assert verdict.is_follow_up
    assert (verdict.company, verdict.role) == (company, role)


def test_a_person_on_the_invite_beside_the_round_words_is_no_job():
    host = person("ines.tavora@brackenholt.example", "Ines Tavora", is_organizer=True)
    guest = person("dana.whitlock@brackenholt.example", "Dana Whitlock")
    verdict = verdict_of(meeting("Second interview – Dana Whitlock", host, guest))
    assert verdict.role is None


@pytest.mark.parametrize(
    "title",
    [
        "Final interview – Brackenholt Saddlery",  # the employer, its domain says so
        "Brackenholt – Second interview – Farrier – Hooper",  # two parts left: which?
        "Second interview – Farrier",  # one word: a brand as often as a job
    ],
)
def test_no_job_is_guessed_beside_the_round_words_when_the_part_is_not_alone(title):
    assert verdict_of(invite(title, "talent@brackenholt.example")).role is None


@pytest.mark.parametrize(
    ("title", "host", "role"),
    [
        ("Second interview – Forge Tour Guide", "talent@brackenholt.example", "Forge Tour Guide"),
        (
            "Tweede gesprek – Timmerman Sluisdeuren",
            "werving@waterschapdelfland.example",
            "Timmerman Sluisdeuren",
        ),
        ("İkinci mülakat – Baca Temizleyicisi", "ik@ozkaraisi.example", "Baca Temizleyicisi"),
    ],
)
def test_a_round_and_one_unlisted_part_from_a_known_domain_is_the_job_not_the_employer(
    title, host, role
):
    verdict = verdict_of(invite(title, host))
    assert verdict.is_follow_up
    assert verdict.role == role
    assert verdict.company != role


@pytest.mark.parametrize(
    ("title", "host", "company"),
    [
        # an agency's domain: the part beside the round is its client
        ("Second interview – Harrowgate", "tasha@juniperrecruiting.example", "Harrowgate"),
        # two names joined, or a name and its seat: a firm's way of writing
        ("Final round – Rowan & Pike", "hr@rpeducation.example", "Rowan & Pike"),
        ("Final round – R&P", "hr@rpeducation.example", None),
        # a name in a script without spaces, which no domain spells
        ("云帆酿造 | 复试", "hr@yunfanbrew.example", None),
        ("Zweitgespräch – Bayerwald Diagnostik, Regensburg", "hr@moravaclin.example", None),
        # a company's word closes it
        ("Second interview – Kestrel Robotics", "hr@krx.example", "Kestrel Robotics"),
    ],
)
def test_a_part_beside_the_round_that_reads_as_a_firm_stays_the_employer(title, host, company):
    verdict = verdict_of(invite(title, host))
    assert verdict.role is None
    if company:
        assert verdict.company == company


@pytest.mark.parametrize(
    ("title", "description", "role"),
    [
        (
            "Zoom meeting",
            "Topic: Tweede gesprek – Timmerman Sluisdeuren\nTime: 10:00 AM",
            "Timmerman Sluisdeuren",
        ),
        (
            "Brackenholt Saddlery GmbH",
            "Event Name: Second interview (Fiskrökare)\n\nInvitee: Sam",
            "Fiskrökare",
        ),
    ],
)
def test_the_part_beside_the_round_in_a_schedulers_second_title_is_the_job(
    title, description, role
):
    verdict = verdict_of(invite(title, "talent@brackenholt.example", description=description))
    assert verdict.is_follow_up
    assert verdict.role == role


def test_two_people_joined_beside_the_round_in_a_second_title_are_no_job():
    description = "Topic: Second interview - Edmund Harrowgate & Ines Tavora\nTime: 10:00"
    verdict = verdict_of(
        invite("Zoom meeting", "talent@brackenholt.example", description=description)
    )
    assert verdict.role is None


def test_the_earlier_rounds_job_wins_over_the_part_left_beside_the_round_words():
    first = invite("Phone screen – Farrier (R-40112)", "talent@brackenholt.example", days=-7)
    later = invite("Second interview – Forge Tour", "talent@brackenholt.example", uid="later")
    assert verdict_of(later, first).role == "Farrier"


# --- the ablation script: removing a word removes its match --------------------------------


def _ablation():
    spec = importlib.util.spec_from_file_location(
        "role_ablation", REPO / "scripts" / "role_ablation.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("role_ablation", module)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_ablation_unlists_a_sets_own_professions_and_lists_them_again_after():
    ablation = _ablation()
    entries = ablation.ablated_entries(["Senior Welder"])
    assert {(code, kind) for code, kind, _ in entries} >= {("en", "occupations")}
    assert any(kind == "rank_words" for _, kind, _ in entries)
    assert w.search(w.ROLE_NOUN, "Welder")
    with ablation.without_entries(entries):
        assert w.search(w.ROLE_NOUN, "Welder") is None
        assert role_in_title("Second interview – Welder") is None
        assert w.search(w.ROLE_NOUN, "Plumber")  # another set's profession stays
    assert w.search(w.ROLE_NOUN, "Welder")
    assert role_in_title("Second interview – Welder") == "Welder"


def test_a_job_joined_by_vom_zum_or_zur_after_a_label_is_read_whole():
    text = "vielen Dank für deine Bewerbung als Hüterin vom Deich (m/w/d) bei der Marschland GmbH."
    assert role_in_text(text) == "Hüterin vom Deich"

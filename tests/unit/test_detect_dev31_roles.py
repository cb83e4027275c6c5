"""Roles on invites to professions nobody listed, by the kinds development sets 31 to 33
(facilities, marine science, speech therapy) showed: the job carried over from an
earlier round, a bracket or a specialism that says which job it is, a place or an
office that does not, and whom the user meets that is no job of theirs.

Every test is written in new words, not the calendars' own; the professions of the
tests that are about unlisted words are in no job list (the first test checks that).
"""

from __future__ import annotations

import pytest

from assistant.detect.job.jobtail import with_tail
from assistant.detect.job.quotedrole import role_on_its_own
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roleseat import without_seat
from assistant.detect.job.roletext import role_in_text
from assistant.detect.places.placenames import is_city, names_a_place
from assistant.detect.words import wording as w
from tests.conftest import person
from tests.unit.test_detect_kinds import invite, verdict_of
from tests.unit.test_detect_unseen_families import meeting

UNLISTED = ("Baca Temizleyicisi", "Forge Tour Guide", "Timmerman Sluisdeuren", "鷹匠")


@pytest.mark.parametrize("job", UNLISTED)
def test_the_professions_of_these_tests_are_in_no_job_list(job):
    assert w.search(w.ROLE_NOUN, job) is None


# --- a job in unlisted words, named beside an earlier round's words, is carried over ----


@pytest.mark.parametrize(
    ("first", "later", "host", "role"),
    [
        (
            "İkinci mülakat – Baca Temizleyicisi",
            "Final mülakatı – Genel Müdür ile görüşme",
            "ik@ozkaraisi.example",
            "Baca Temizleyicisi",
        ),
        (
            "Second interview – Forge Tour Guide",
            "Final interview with the owners",
            "talent@brackenholt.example",
            "Forge Tour Guide",
        ),
    ],
)
def test_an_unlisted_job_beside_an_earlier_round_is_carried_to_the_later_round(
    first, later, host, role
):
    earlier = invite(first, host, days=1)
    event = invite(later, host, days=8)
    assert verdict_of(earlier).role == role
    verdict = verdict_of(event, earlier)
    assert verdict.is_follow_up
    assert verdict.role == role


# --- a bracket after the job, in either width: the job's unless place, mode or number ----


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "【二次面接】データサイエンティスト（需要予測） / 株式会社ミナト",
            "データサイエンティスト（需要予測）",
        ),
        ("【复试】数据分析师（风控方向）", "数据分析师（风控方向）"),
        (
            "Second interview – Court Interpreter (Portuguese/French)",
            "Court Interpreter (Portuguese/French)",
        ),
    ],
)
def test_a_bracket_of_either_width_saying_which_job_stays_with_it(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "Second interview – Court Interpreter (Lyon/Paris)",  # places
        "Second interview – Court Interpreter (REF/22/114)",  # the posting's number
        "Second interview – Court Interpreter (Remote/Lyon)",  # a work mode
    ],
)
def test_a_bracket_of_places_numbers_or_modes_joined_by_a_slash_is_dropped(title):
    assert role_in_title(title) == "Court Interpreter"


@pytest.mark.parametrize(
    ("title", "host", "role"),
    [
        (
            "[Özkara Isı] İkinci mülakat – Baca Temizleyicisi (Deneyimli)",
            "ik@ozkaraisi.example",
            "Baca Temizleyicisi (Deneyimli)",
        ),
        (
            "Brackenholt Saddlery – Second interview – Forge Tour Guide (Weekends)",
            "talent@brackenholt.example",
            "Forge Tour Guide (Weekends)",
        ),
        ("[한빛양조] 누룩 장인(신입) 2차 면접 안내", "hr@hanbit.example", "누룩 장인(신입)"),
    ],
)
def test_a_bracket_after_an_unlisted_job_beside_the_round_is_joined_to_it(title, host, role):
    verdict = verdict_of(invite(title, host))
    assert verdict.is_follow_up
    assert verdict.role == role


def test_a_city_in_brackets_after_an_unlisted_job_is_dropped():
    verdict = verdict_of(invite("[한빛양조] 누룩 장인(서울) 2차 면접 안내", "hr@hanbit.example"))
    assert verdict.role == "누룩 장인"


# --- a city alone or a site after the job's comma or dash is no part of it --------------


@pytest.mark.parametrize(
    ("role", "job"),
    [
        ("Lönehandläggare, Göteborg", "Lönehandläggare"),
        ("Water Quality Analyst (Estuaries), Accra", "Water Quality Analyst (Estuaries)"),
        ("Maintenance Planner – Riverside Campus", "Maintenance Planner"),
        ("Hausmeister – Harbour Tower", "Hausmeister"),
        ("Sales Lead – WA", "Sales Lead – WA"),  # a region the job covers
        ("Account Manager, EMEA", "Account Manager, EMEA"),
        ("Deputy Editor, Africa Desk", "Deputy Editor, Africa Desk"),  # a desk
        ("HR Manager – Legal Practice", "HR Manager – Legal Practice"),  # a field of work
    ],
)
def test_a_city_or_a_site_after_the_job_goes_a_region_or_field_stays(role, job):
    assert without_seat(role) == job


@pytest.mark.parametrize("city", ["Accra", "Perth", "Göteborg", "Montevideo", "서울", "パース"])
def test_the_cities_of_the_time_zones_are_places_in_every_language(city):
    assert is_city(city)
    assert names_a_place(city)


@pytest.mark.parametrize("word", ["North", "Center", "Desk", "EMEA"])
def test_a_compass_point_a_word_or_a_region_is_no_city(word):
    assert not is_city(word)


def test_a_field_value_with_a_city_after_the_comma_gives_the_job():
    text = "Hej!\n\nTjänst: Lönehandläggare, Göteborg\n\nVänliga hälsningar"
    event = invite("Andra intervju", "rekrytering@norrsken.example", description=text)
    assert verdict_of(event).role == "Lönehandläggare"


# --- whom the user meets is no job of theirs -------------------------------------------


def test_a_person_with_a_courtesy_title_beside_the_round_is_no_job():
    """A scheduling link's booking "between" the host and a guest whose name the invite
    gives: neither side is the job, whether the host's name is on the invite or not."""
    title = "Second conversation (30 min) between Prof. Halvard Nyquist and Mina Castell"
    host = person("bookings@stonebridgeclinic.example", is_organizer=True)
    guest = person("mina.castell@fastpost.example", "Mina Castell")
    assert verdict_of(meeting(title, host, guest)).role is None


def test_the_word_a_ranks_round_begins_with_is_no_job():
    """ "Veterinary Director interview": the round is with the director; "Veterinary"
    is no job the user applies for."""
    title = "Brackenholt Saddlery – Veterinary Director interview"
    assert verdict_of(invite(title, "talent@brackenholt.example")).role is None


@pytest.mark.parametrize(
    "title",
    [
        "Round 2 w/ Stonebridge - medical director",
        "Final interview - Stonebridge Clinic (board member)",
        "third chat – Stonebridge – practice owner",
    ],
)
def test_a_rank_written_in_lower_case_in_a_title_is_whom_the_user_meets(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("quick chat re: senior PT role @ Stonebridge", "senior PT"),  # said to be the job
        ("Round 2 – Stonebridge – Medical Director", "Medical Director"),  # capitalised
        ("【二面】医务总监 - 石桥诊所", "医务总监"),  # a script without capitals
    ],
)
def test_a_job_written_as_titles_write_it_stays(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Entretien téléphonique – Poste d'ergothérapeute", "ergothérapeute"),
        ("Colloquio – Posizione d'infermiere", "infermiere"),
    ],
)
def test_the_job_after_an_elided_article_is_read_without_it(title, role):
    verdict = verdict_of(invite(title, "rh@cliniqueboreale.example"))
    assert verdict.role == role


def test_a_requisition_number_alone_in_a_field_is_no_job():
    text = "Panel interview with the regional team.\nCompany: Orchard Lane Storage\nRequisition: OLS-7731\n"
    event = invite(
        "Panel Interview: Site Maintenance Lead", "ats@orchardlane.example", description=text
    )
    assert verdict_of(event).role == "Site Maintenance Lead"


# --- the words after a job that say which job it is -------------------------------------


@pytest.mark.parametrize(
    ("role", "title", "text", "company", "job"),
    [
        (
            "Pflegefachkraft",
            "Zweitgespräch",
            "Danke für Ihre Bewerbung als Pflegefachkraft (w/m/d) Intensivstation. Wir freuen uns.",
            "Klinikum Weserbogen gGmbH",
            "Pflegefachkraft Intensivstation",
        ),
        (
            "Ingeniera",
            "Segunda entrevista",
            "le invitamos a una entrevista para el puesto de Ingeniera hidráulica - Presas y "
            "Embalses en Aguas del Sur S.A.",
            "Aguas del Sur S.A.",
            "Ingeniera hidráulica - Presas y Embalses",
        ),
        (
            "Lecturer",
            "Panel",
            "The panel for the Lecturer in Coastal Geomorphology, followed by lunch.",
            "Harwick University",
            "Lecturer in Coastal Geomorphology",
        ),
        (
            "Fisioterapista",
            "Invito a colloquio: Fisioterapista – Area sportiva – secondo colloquio",
            "",
            "Centro Medico Dolomiti S.r.l.",
            "Fisioterapista – Area sportiva",
        ),
    ],
)
def test_the_words_after_a_job_that_say_which_job_it_is_are_kept(role, title, text, company, job):
    assert with_tail(role, title, text, company) == job


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Zweitgespräch", "Ihre Bewerbung als Pflegefachkraft (w/m/d) Hamburg. Wir freuen uns."),
        ("Zweitgespräch", "Ihre Bewerbung als Pflegefachkraft (w/m/d) Teilzeit. Wir freuen uns."),
        ("Panel", "The panel for the Pflegefachkraft in Lisbon, followed by lunch."),
        ("Second interview – Pflegefachkraft – Weserbogen", ""),  # the employer
        ("Second interview – Pflegefachkraft – Hanna Riedel", ""),  # the person invited
        ("Pflegefachkraft – Teilzeit – second interview", ""),  # a work mode
        ("Ihre Bewerbung als Pflegefachkraft\nWeserbogen Klinikum", ""),  # the next line
    ],
)
def test_a_place_an_employer_a_person_or_a_mode_after_the_job_is_not_kept(title, text):
    assert with_tail("Pflegefachkraft", title, text, "Weserbogen Klinikum") == "Pflegefachkraft"


def test_a_specialism_after_the_job_reaches_the_later_round_that_leaves_it_out():
    text = "Danke für Ihre Bewerbung als Pflegefachkraft (w/m/d) Intensivstation. Bis bald."
    first = invite(
        "Erstgespräch – Klinikum Weserbogen", "hr@weserbogen.example", days=1, description=text
    )
    later = invite("Zweitgespräch – Klinikum Weserbogen", "hr@weserbogen.example", days=8)
    assert verdict_of(later, first).role == "Pflegefachkraft Intensivstation"


# --- the job where an invite writes it in words of its own ------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Questions:\nWhich role are you applying for?\nHoof Care Assistant at Brackenholt "
            "Stables (weekends: yes, nights: no)\n\nPowered by Calendly.com",
            "Hoof Care Assistant",
        ),
        (
            "Questions:\nWhich position?\nLock Keeper - following up from our first call\n\n",
            "Lock Keeper",
        ),
        ("Which role are you interested in? Forge Tour Guide", "Forge Tour Guide"),
    ],
)
def test_a_scheduling_forms_answer_about_the_job_is_the_job(text, role):
    assert role_on_its_own(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "Which role are you interested in?\nnot sure yet, happy to chat",  # a sentence
        "Anything about the position we should know?\nNothing Special",  # asks no job
    ],
)
def test_an_answer_that_is_no_job_is_not_read_as_one(text):
    assert role_on_its_own(text) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "quick coffee to chat about the Harbour Pilot gig at the marina. no prep!",
            "Harbour Pilot",
        ),
        (
            "Looking forward to chatting about the Glacier Guide opportunity at Nordkapp Tours.",
            "Glacier Guide",
        ),
        (
            "como parte de la segunda etapa para el puesto de Intérprete Judicial (Portuguese/French), "
            "la Dra. Ruiz le entrevistará",
            "Intérprete Judicial (Portuguese/French)",
        ),
        ("关于 海事律师（Maritime Lawyer）职位，安排第二轮面试。", "海事律师"),
        ("感谢您应聘深圳蓝鲸航运有限公司船舶调度员岗位。", "船舶调度员"),
    ],
)
def test_the_job_a_sentence_names_in_words_of_its_own(text, role):
    assert role_in_text(text) == role

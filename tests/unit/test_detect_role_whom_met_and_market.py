"""Roles by the kinds development sets 34 and 35 (veterinary medicine, hotel operations)
showed: a title's part that opens with "with" in any language is whom the user meets,
never the job; a region or market after a comma stays on the job, a city does not; a
later invite writing the job shorter keeps the earlier round's market; a roster, a ship
or the employer's own short name in brackets is no part of the job; and a first round
vetoed as a round still names the job its process is for.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.bracketnote import opens_with_whom
from assistant.detect.job.jobbracket import mode_or_places
from assistant.detect.job.jobtail import with_tail
from assistant.detect.job.roleemployer import without_employer
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from tests.unit.test_detect_kinds import invite, verdict_of

# --- a part opening with "with", in any language, is whom the user meets ------------------


@pytest.mark.parametrize(
    "title",
    [
        "Andra samtal – Fjällbo Logistik (med lagerchefen)",
        "Segunda reunión Pinar Alto (con jefe de planta y socio)",
        "Runde 2 – Kranbau Süd (mit Werksleiter)",
        "Entrevista final – Vidraria Sul (com diretora industrial)",
    ],
)
def test_a_part_opening_with_with_is_never_the_role(title):
    assert role_in_title(title) is None


def test_a_job_before_whom_the_user_meets_keeps_no_bracket_of_whom():
    assert role_in_title("Round 2 – Crane Operator (With Site Director)") == "Crane Operator"


@pytest.mark.parametrize("part", ["Med Tech Coordinator", "Communications Lead", "Contadora"])
def test_a_job_beginning_like_a_with_word_is_still_a_job(part):
    assert not opens_with_whom(part)
    assert role_in_title(f"Second interview – Ardley Works – {part}") == part


def test_the_earlier_rounds_job_wins_over_whom_a_later_title_names():
    first = invite("Intervju: Lagerchef – Fjällbo Logistik", "rekrytering@fjallbo.example", days=1)
    later = invite(
        "Andra intervju – Fjällbo Logistik (med vd:n)", "rekrytering@fjallbo.example", days=9
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Lagerchef"


# --- a region or market after a comma stays on the job, a city does not -------------------


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        (
            "Agronomist",
            "thanks for your application for the post of Agronomist (m/f/d), Northern Europe at Ardley.",
            "Agronomist, Northern Europe",
        ),
        (
            "Field Engineer – Turbines",
            "Booked: Field Engineer – Turbines, Middle East & Africa (REQ-30021)",
            "Field Engineer – Turbines, Middle East & Africa",
        ),
        ("Agronomist", "Interview: Agronomist, Rotterdam – Ardley", "Agronomist"),
        ("Agronomist", "Interview: Agronomist (m/w/d), Hamburg – Ardley", "Agronomist"),
    ],
)
def test_a_region_after_a_comma_stays_a_city_does_not(role, text, expected):
    assert with_tail(role, text, "", None) == expected


def test_a_later_invite_writing_the_job_shorter_keeps_the_earlier_market():
    host = "talent@ardleyseeds.example"
    first = invite(
        "Interview – Ardley Seeds",
        host,
        days=1,
        description="Thanks for applying to the Seed Agronomist, Northern Europe role.",
    )
    later = invite(
        "Second interview – Ardley Seeds",
        host,
        days=9,
        description="A final conversation for the Seed Agronomist role with our CEO.",
    )
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Seed Agronomist, Northern Europe"


# --- a roster, a ship, the employer's short name in brackets: no part of the job ----------


@pytest.mark.parametrize("bracket", ["(Offshore – Rotational)", "(M/V Aurora Borealis)"])
def test_a_roster_or_a_ship_in_brackets_is_how_or_where_not_which_job(bracket):
    assert mode_or_places(bracket)
    assert role_in_field(f"Position: Chief Steward {bracket}\n") == "Chief Steward"


@pytest.mark.parametrize("bracket", ["(Pastry)", "(Night Audit)"])
def test_a_specialism_in_brackets_stays(bracket):
    assert not mode_or_places(bracket)


def test_the_employers_short_name_in_wide_brackets_is_no_part_of_the_job():
    assert without_employer("客房经理（云栖酒店）", "杭州云栖酒店管理有限公司") == "客房经理"
    assert (
        without_employer("客房经理（行政楼层）", "杭州云栖酒店管理有限公司")
        == "客房经理（行政楼层）"
    )


# --- a first round vetoed as a round still names the job ----------------------------------


def test_a_first_round_read_as_another_kind_still_names_the_job_for_later_rounds():
    host = "people@harrowgate-inns.example"
    first = invite(
        "Ihr Vorstellungsgespräch bei der Harrowgate Inns AG",
        host,
        days=1,
        description="Vielen Dank für Ihre Bewerbung als Leitung Housekeeping (w/m/d).",
    )
    later = invite(
        "Kennenlernen vor Ort – Harrowgate (Rundgang + Gespräch mit GL)",
        host,
        "gl@harrowgate-inns.example",
        days=12,
        description="Rundgang durch das Haus, danach Gespräch mit unserer Direktorin.",
    )
    verdict = verdict_of(later, first)
    assert verdict.role == "Leitung Housekeeping"


# --- a later title naming whom the user meets gives way to the earlier round's job --------


@pytest.mark.parametrize(
    ("later_title", "later_text"),
    [
        # the unit of the person met, whose own title the text writes in another form
        (
            "Segunda entrevista – Talleres Ocaña (Dirección Comercial)",
            "Te presento a la Lic. Inés Barrado, Directora Comercial, que te entrevistará.",
        ),
        # the person's title with words between in the text
        (
            "Entretien final – Verrerie Oudin (Responsable Usine Nord)",
            "Vous rencontrerez M. Gaspard Lenoir, Responsable de l'usine Nord.",
        ),
        # after "our"
        (
            "Talleres Ocaña | Final – Plant Operations Director",
            "The last step is a talk with Ms. Nerea Salas, our Plant Operations Director.",
        ),
        # a rank and, in brackets, whom it names
        (
            "Talleres Ocaña – final round",
            "Final round Talleres Ocaña – VP Industrial (Mr. Okoye) + team",
        ),
    ],
)
def test_whom_a_later_round_meets_gives_way_to_the_earlier_job(later_title, later_text):
    host = "seleccion@ocana-talleres.example"
    first = invite(
        "Entrevista – Jefe de Mantenimiento – Talleres Ocaña",
        host,
        days=1,
        description="Gracias por tu candidatura al puesto de Jefe de Mantenimiento.",
    )
    later = invite(later_title, host, "direccion@ocana-talleres.example", days=10,
                   description=later_text)  # fmt: skip
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "Jefe de Mantenimiento"


def test_a_rank_glued_to_a_surname_after_no_is_whom_the_user_meets():
    host = "saiyo@kitakaze-unyu.example"
    first = invite(
        "【一次面接】配車係／株式会社北風運輸", host, days=1,
        description="株式会社北風運輸の配車係ポジションにご応募いただきありがとうございます。",
    )  # fmt: skip
    later = invite(
        "【二次面接】北風運輸（運行部長）", host, "bucho@kitakaze-unyu.example", days=10,
        description="二次面接は運行部長の野々村（安全管理者）が担当いたします。",
    )  # fmt: skip
    verdict = verdict_of(later, first)
    assert verdict.is_follow_up
    assert verdict.role == "配車係"


@pytest.mark.parametrize(
    "title", ["Interview: Sam Jones - Owner conversation", "Entretien – échange avec le directeur"]
)
def test_a_rank_before_a_word_for_the_meeting_is_no_job(title):
    assert role_in_title(title) is None


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Gesprek vacature Teamleider Logistiek", "Teamleider Logistiek"),
        ("Gespräch Stelle Projektleiter Tiefbau", "Projektleiter Tiefbau"),
    ],
)
def test_a_talk_word_and_the_posts_label_before_the_job_are_no_part_of_it(title, role):
    assert role_in_title(title) == role

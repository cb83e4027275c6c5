"""Kinds of mistake development set 14 showed, each in new words and several languages:
a broadcaster's interview segment, the user's own block to prepare a round written in
the imperative, a talent-community call or a title saying it is not an interview; a
work-sample exercise or a presentation the invite asks for, after earlier rounds with
that employer; non-profit legal forms and a leading "The" in the scorer.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.fullname import fuller_name, institution_name, with_institution_noun
from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.roleemployer import university_unit
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_extraction import load_bench
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- press and media: a broadcaster's interview is no round ---------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Lakeshore FM – Morning Edition: second interview segment on river dredging",
        "TV North – news show: follow-up interview about the library closure",
        "Second interview – phone-in about the harbour plan",
        "Radio Vallée – deuxième entrevue à l'antenne sur la rénovation du théâtre",
        "Stadtradio – zweites Radiointerview zur Sanierung",
        "Radio Sierra – segunda entrevista en la radio sobre el archivo",
    ],
)
def test_a_broadcasters_interview_segment_is_no_round(title):
    earlier = invite("First interview – Weyland Trust", "hr@station.example", days=-20)
    later = invite(title, "producer@station.example")
    assert not verdict_of(later, earlier).is_follow_up


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Phone screen – Lakeshore FM", "Second interview – Lakeshore FM"),
        ("Phone screen – Lakeshore Radio", "Lakeshore Radio – second interview (Producer)"),
        ("Premier entretien – Radio-Vallée", "Radio-Vallée – deuxième entretien"),
        ("Erstgespräch – Stadtradio Nord", "Stadtradio Nord – Zweitgespräch"),
    ],
)
def test_a_broadcaster_hiring_is_still_interviewing(first, title):
    earlier = invite(first, "hr@lakeshore.example", days=-10)
    v = verdict_of(invite(title, "hr@lakeshore.example"), earlier)
    assert v.is_follow_up, why(v)


# --- the user's own block to prepare a round ------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Förbered tredje intervjun – Tallviks Bryggeri",
        "Bereite das Zweitgespräch vor – Tallvik",
        "Prepara la entrevista final – Tallvik",
        "Przygotuj się do drugiej rozmowy – Tallvik",
        "Připrav se na druhé kolo – Tallvik",
        "Get ready for the final round – Tallvik",
    ],
)
def test_a_note_to_prepare_a_round_in_the_imperative_is_no_round(title):
    earlier = invite("First interview – Tallvik", "hr@tallvik.example", days=-14)
    v = verdict_of(note(title), earlier)
    assert not v.is_follow_up, why(v)


# --- a talent pool's call, or a title that says it is no interview --------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Talent pool catch-up – Norrow Labs (not a formal interview)",
        "Talent network intro – Norrow Labs",
        "Keep in touch call – Norrow Labs, not an interview",
        "Communauté de talents – Norrow Labs",
        "Talentpool-Gespräch – Norrow Labs",
        "Bolsa de talento – Norrow Labs",
    ],
)
def test_a_talent_community_call_is_no_round(title):
    earlier = invite("Interview – Norrow Labs", "ines@norrow.example", days=-30)
    later = invite(title, "ines@norrow.example", description="Keep in touch for future roles.")
    assert not verdict_of(later, earlier).is_follow_up


# --- a work sample or a presentation after earlier rounds ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Mise en situation : analyse d'un dossier de prêt – Halden",
        "Ejercicio práctico: plan de inventario – Halden",
        "Esercitazione: piano di inventario – Halden",
        "Arbeitsprobe: Inventurkonzept – Halden",
    ],
)
def test_a_work_sample_after_an_interview_is_a_later_round(title):
    earlier = invite("Entretien – Halden", "rh@halden.example", days=-14)
    v = verdict_of(invite(title, "rh@halden.example"), earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "description",
    [
        "Please prepare a 10-minute presentation on your approach to storage audits.",
        "You will have 20 minutes to present your plan, then questions from the panel.",
        "Vous disposerez de 15 minutes pour présenter votre démarche au jury.",
        "Bitte bereiten Sie eine kurze Präsentation zu Ihrem Konzept vor.",
        "Le pedimos preparar una breve presentación sobre su propuesta.",
    ],
)
def test_a_presentation_the_invite_asks_for_after_an_interview_is_a_later_round(description):
    earlier = invite("Phone screen – Quillon Books", "ada@quillon.example", days=-21)
    later = invite(
        "Presentation: storage audit (Quillon Books)",
        "bo@quillon.example",
        description=description,
    )
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


def test_a_presentation_nobody_asks_the_user_to_give_is_no_round():
    earlier = invite("Phone screen – Quillon Books", "ada@quillon.example", days=-21)
    later = invite(
        "Presentation: Q3 storage figures (Quillon Books)",
        "bo@quillon.example",
        description="Bo walks us through the quarter.",
    )
    assert not verdict_of(later, earlier).is_follow_up


# --- company names: an institution's whole name ----------------------------------------


@pytest.mark.parametrize(
    ("name", "sources", "full"),
    [
        (
            "Harwick Museum",
            ("Final interview – Harwick Museum of Natural History",),
            "Harwick Museum of Natural History",
        ),
        (
            "Musée textile",
            ("Le jury du Musée textile de Haute-Alsace vous attend.",),
            "Musée textile de Haute-Alsace",
        ),
        (
            "Fondation Lisière",
            ("Entretien – Fondation Lisière pour la jeune création",),
            "Fondation Lisière pour la jeune création",
        ),
        (
            "Museo Andino",
            ("Segunda entrevista – Museo Andino de Arte Popular",),
            "Museo Andino de Arte Popular",
        ),
        ("Kettle Falls", ("Recruitment - Town of Kettle Falls",), "Town of Kettle Falls"),
        ("Casa Ceiba", ("Saludos,\nFundación Casa Ceiba, A.C.",), "Fundación Casa Ceiba, A.C."),
        ("Lindenhof", ("Stiftung Lindenhof, Personalabteilung",), "Stiftung Lindenhof"),
    ],
)
def test_an_institutions_whole_name_is_taken_from_the_invite(name, sources, full):
    assert institution_name(name, sources) == full


@pytest.mark.parametrize(
    ("name", "sources"),
    [
        # a job after "for": not the institution's
        ("Harwick Museum", ("Panel – Harwick Museum for Curator candidates",)),
        # lower-case words that run on into a sentence
        (
            "Fondation Lisière",
            ("La Fondation Lisière pour la création contemporaine vous invite à",),
        ),
        # a generic word in lower case is no part of the name
        ("Kettle Falls", ("the town of Kettle Falls is hiring",)),
    ],
)
def test_no_whole_name_is_made_up(name, sources):
    assert institution_name(name, sources) is None


def test_the_title_short_name_of_an_institution_is_written_whole():
    title = "2nd interview – Harwick Museum of Natural History"
    assert fuller_name("Harwick Museum", title, (title,)) == "Harwick Museum of Natural History"


@pytest.mark.parametrize(
    ("short", "name", "same"),
    [
        ("Casa Ceiba", "Fundación Casa Ceiba, A.C.", True),
        ("Kettle Falls", "Town of Kettle Falls", True),
        ("Ibarra", "Construcciones Ibarra", False),  # a trade's word is the name's own
    ],
)
def test_a_name_with_its_institution_noun_is_the_same_employer(short, name, same):
    assert with_institution_noun(short, name) is same


def test_an_earlier_round_under_the_institutions_full_name_links():
    earlier = invite(
        "Entrevista inicial – Coordinadora de Archivo",
        "rh@casaceiba.example",
        days=-14,
        description="Saludos,\nLucía Marín\nFundación Casa Ceiba, A.C.",
    )
    later = invite("Segunda entrevista / Casa Ceiba", "rh@casaceiba.example")
    v = verdict_of(later, earlier)
    assert v.is_follow_up and "follows an earlier interview" in why(v), why(v)


@pytest.mark.parametrize(
    ("name", "text", "registered"),
    [
        ("Kulturwerk Süd", "Kulturwerk Süd gGmbH, Sitz Augsburg", "Kulturwerk Süd gGmbH"),
        ("Freunde der Oper", "Freunde der Oper e.V. – Vorstand", "Freunde der Oper e.V."),
        ("Despacho Ruiz", "Despacho Ruiz, S.C.", "Despacho Ruiz, S.C."),
    ],
)
def test_non_profit_legal_forms_end_a_registered_name(name, text, registered):
    assert registered_name(name, text) == registered


@pytest.mark.parametrize(
    "title",
    [
        "【二次面接】部長面接（大阪支社）",
        "【最終面接】役員面接（名古屋本店）",
        "[최종 면접] 대표 면접 (부산 지사)",
        "终面（深圳总部）",
        "Final interview (head office)",
    ],
)
def test_an_office_in_brackets_is_no_employer(title):
    _, candidates, _ = title_names(title)
    assert candidates == ()


def test_a_person_with_a_courtesy_title_is_no_employer():
    event = invite(
        "Final interview – Head of Conservation",
        "talent@vellora-trust.example",
        description="We are pleased to confirm your final interview with Dr. Ines Varga, "
        "Director of Programmes, for the Head of Conservation position.",
    )
    name, _ = company_of(event, PROFILE, event.description)
    assert name and "Ines" not in name


def test_an_agencys_invite_names_its_client_as_the_employer():
    event = invite(
        "Brackenfield Arts Trust // first interview",
        "lena@northgate-talent.example",
        description="Hi, confirming your first interview with Brackenfield Arts Trust for "
        "the Archivist role.\n\nLena Ortiz | Northgate Talent Recruitment",
    )
    name, _ = company_of(event, PROFILE, event.description)
    assert name == "Brackenfield Arts Trust"


@pytest.mark.parametrize(
    ("company", "role", "title", "expected"),
    [
        (
            "Ellery University Art Museum",
            "Collections Manager",
            "Second interview – Collections Manager, Ellery University Art Museum",
            ("Ellery University", "Collections Manager, Ellery University Art Museum"),
        ),
        (
            "University of Dunmore Library",
            "Archivist",
            "Final interview – University of Dunmore Library",
            ("University of Dunmore", "Archivist"),
        ),
        (
            "Ellery Museum of Art",
            "Collections Manager",
            "Second interview – Ellery Museum of Art",
            ("Ellery Museum of Art", "Collections Manager"),
        ),
    ],
)
def test_a_universitys_gallery_library_or_museum_is_the_universitys_job(
    company, role, title, expected
):
    assert university_unit(company, role, title) == expected


def test_the_unit_in_the_role_is_carried_to_later_rounds():
    earlier = invite(
        "Phone screen: Collections Manager, Ellery University Art Museum",
        "careers@ellery-u.example",
        days=-30,
    )
    later = invite("Interview day – Ellery University Art Museum", "careers@ellery-u.example")
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)
    assert (v.company, v.role) == (
        "Ellery University",
        "Collections Manager, Ellery University Art Museum",
    )


# --- roles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Poste : Chargé·e des publics et de la médiation\n",
            "Chargé·e des publics et de la médiation",
        ),
        ("Poste : Médiateur·rice culturel·le\n", "Médiateur·rice culturel·le"),
        ("Poste : Régisseur·se d'œuvres · Lyon\n", "Régisseur·se d'œuvres"),
    ],
)
def test_a_french_inclusive_dot_is_no_field_separator(text, role):
    assert role_in_field(text) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Premier entretien – Chargée des archives et du patrimoine",
            "Chargée des archives et du patrimoine",
        ),
        (
            "Entrevue – Conservatrice ou conservateur des estampes",
            "Conservatrice ou conservateur des estampes",
        ),
        ("Second interview – Assistant Curator", "Assistant Curator"),
        ("Zweitgespräch – Kuratorin Fotografie", "Kuratorin Fotografie"),
        ("Segunda entrevista – Curadora de Arte Contemporáneo", "Curadora de Arte Contemporáneo"),
        ("2차 면접 – 전시 책임자", "전시 책임자"),
    ],
)
def test_collection_and_museum_jobs_are_roles_in_several_languages(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Final interview – Chief Financial Officer",
            "Your last interview is with Mr. Tomas Riedl, Chief Financial Officer, for the Archivist position.",
        ),
        (
            "Final mülakatı – Genel Müdür Kerem Aksoy",
            "Son aşama görüşmeniz Genel Müdürümüz Kerem Aksoy ile yapılacaktır.",
        ),
        ("Finální pohovor – CEO Jan Novák", "Setkáte se s naším CEO Jan Novák."),
    ],
)
def test_whom_the_user_meets_is_not_the_job_named_before(title, description):
    earlier = invite(
        "First interview – Archivist – Pendle Archives",
        "hr@pendle.example",
        days=-14,
        description="Position: Archivist",
    )
    later = invite(title, "hr@pendle.example", description=description)
    v = verdict_of(later, earlier)
    assert v.is_follow_up and v.role == "Archivist", (v.role, why(v))


@pytest.mark.parametrize(
    "title",
    ["Technical interview – Archivist team (Kestrel Trust)", "Panel – Conservation department"],
)
def test_a_team_met_is_not_the_role(title):
    assert role_in_title(title) is None


# --- scoring --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "same_as"),
    [
        ("Stadtteilbühne Nord gGmbH", "Stadtteilbühne Nord"),
        ("Jugendwerkstatt Ost gUG", "Jugendwerkstatt Ost"),
        ("Freundeskreis Museum e.V.", "Freundeskreis Museum"),
        ("Casa de las Letras, A.C.", "Casa de las Letras"),
        ("Despacho Ruiz, S.C.", "Despacho Ruiz"),
        ("Fundación Olmo I.A.P.", "Fundación Olmo"),
        ("The Larkspur Collection", "Larkspur Collection"),
    ],
)
def test_the_scorer_ignores_non_profit_legal_forms_and_a_leading_the(name, same_as):
    bench = load_bench()
    assert bench.normalised(name) == bench.normalised(same_as)


def test_the_scorer_keeps_words_that_only_look_like_a_legal_form():
    bench = load_bench()
    assert bench.normalised("AC Rovers") != bench.normalised("Rovers")
    assert bench.normalised("Theatre North") != bench.normalised("North")

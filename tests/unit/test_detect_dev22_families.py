"""Kinds of mistake development set 22 showed, each in new words and several languages:
job titles built on an occupation noun the vocabularies lacked (the veterinarian, an
adviser, a person "in charge"); a title that leaves out the job's first words, writes
it in two parts around a dash, or keeps a note on places in brackets; an agency
"retained to recruit" a job; a seat after the legal form, a registered name running on
over "and", a domain made of the name's first letters, a registered name in a script
without spaces anywhere in the text; the user's own notes naming the employer after a
person or after "HR"; prep notes and pay talks that name a round; meeting the partners
after a first interview; "my client" in the languages of ``lang/``. The user is Robin
Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.afterform import ending_at_form, without_seat
from assistant.detect.employer.domainspelling import initials_first
from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.scriptname import registered_in_script
from assistant.detect.employer.titlenames import title_names
from assistant.detect.job.jobbracket import is_note
from assistant.detect.job.rolecompare import qualified
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_title
from assistant.detect.who.gobetween import client_in_text
from tests.conftest import NOW, make_event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why

# --- job titles built on an occupation noun, in many languages ------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Erstgespräch – Tierärztin Großtierpraxis (m/w/d)", "Tierärztin Großtierpraxis"),
        ("Entretien – Vétérinaire équin itinérant (H/F)", "Vétérinaire équin itinérant"),
        ("Kennismaking – Dierenarts Gezelschapsdieren", "Dierenarts Gezelschapsdieren"),
        ("Rozmowa kwalifikacyjna – Lekarz weterynarii ds. koni", "Lekarz weterynarii ds. koni"),
        ("Mülakat – Veteriner Hekim (Kanatlı)", "Veteriner Hekim (Kanatlı)"),
        ("Intervju – Veterinär smådjur", "Veterinär smådjur"),
        ("Pohovor – Veterinární lékař pro skot", "Veterinární lékař pro skot"),
        ("Entrevista – Médica veterinaria de campo", "Médica veterinaria de campo"),
        ("[1차 면접] 수의 기술 담당", "수의 기술 담당"),
    ],
)  # fmt: skip
def test_occupation_noun_job_title(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("title", "firm"),
    [
        # the adjective of a firm's name is no job: Italian and Turkish write it so
        ("Colloquio – Clinica Veterinaria Monteverde", "Clinica Veterinaria Monteverde"),
        ("Mülakat – Ege Veteriner İlaç", "Ege Veteriner İlaç"),
    ],
)
def test_occupation_adjective_in_a_firms_name_is_no_job(title, firm):
    assert role_in_title(title) is None
    assert firm in title_names(title)[1]


# --- a title leaves out the job's first words ------------------------------------------------


@pytest.mark.parametrize(
    ("full", "part", "expected"),
    [
        ("Equine Field Advisor", "Field Advisor", True),
        ("Veteriner Hekim – Teknik Destek Uzmanı", "Teknik Destek Uzmanı", True),
        ("Senior Poultry Nutritionist", "Poultry Nutritionist", True),
        ("Job Requisition Principal Planner", "Principal Planner", False),  # a label's words
        ("Field Advisor", "Advisor", True),
        ("Fieldadvisor", "advisor", False),  # not whole words
        ("the equine Field Advisor", "Field Advisor", False),  # lower case: a sentence
    ],
)
def test_job_first_words_left_out(full, part, expected):
    assert qualified(full, part) is expected


def test_job_first_words_from_the_same_invites_text():
    later = invite(
        "Hollin Feeds | Field Advisor – technical interview",
        "ana.reyes@hollinfeeds.example",
        description="Technical interview for the Equine Field Advisor role at Hollin Feeds.",
    )
    assert verdict_of(later).role == "Equine Field Advisor"


def test_job_first_words_from_an_earlier_round():
    first = invite(
        "First interview – Senior Poultry Nutritionist",
        "talent@brackenmills.example",
        days=1,
    )
    later = invite("Second interview – Poultry Nutritionist", "talent@brackenmills.example", days=9)
    assert verdict_of(later, first).role == "Senior Poultry Nutritionist"


# --- one job written in two parts around a dash ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Entretien – Vétérinaire – conseiller technique porcs (H/F)",
         "Vétérinaire – conseiller technique porcs"),
        ("Rozmowa wstępna – Lekarz weterynarii – doradca ds. bydła (K/M)",
         "Lekarz weterynarii – doradca ds. bydła"),
        # the part after the dash is no job: a place, a way of working
        ("Interview – Data Engineer – remote", "Data Engineer"),
    ],
)  # fmt: skip
def test_job_in_two_parts_around_a_dash(title, role):
    assert role_in_title(title) == role


# --- a bracket of places or a long note after the job ----------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Job Requisition: R-0077120 Practice Manager (Leeds, United Kingdom)", "Practice Manager"),
        ("Role: Equine Vet Nurse (mobile clinic + two livery yards)", "Equine Vet Nurse"),
        ("Position: Staff Nurse (Cardiology)", "Staff Nurse (Cardiology)"),  # a specialism
    ],
)  # fmt: skip
def test_bracket_of_places_or_a_note_after_the_job(text, role):
    assert role_in_field(text) == role


def test_bracket_of_places_in_a_title():
    assert role_in_title("Interview: Store Manager (Lyon, France)") == "Store Manager"
    # a registered name in brackets is the employer's, weighed elsewhere, not a note
    assert not is_note("(Grupo Ferial Levante S.L.)")


# --- an agency retained to recruit a job -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("We have been retained by Harlow Feeds to recruit a Ruminant Nutritionist.",
         "Ruminant Nutritionist"),
        ("Nous sommes mandatés pour recruter un Responsable Qualité Fournisseurs.",
         "Responsable Qualité Fournisseurs"),
        ("Trabajamos para contratar a un Jefe de Planta en Burgos.", "Jefe de Planta"),
    ],
)  # fmt: skip
def test_agency_retained_to_recruit_a_job(text, role):
    assert role_in_text(text) == role


# --- the seat after a legal form -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nordhavn Feeds A/S, Esbjerg", "Nordhavn Feeds A/S"),
        ("Bellacqua Alimenti S.p.A., Verona", "Bellacqua Alimenti S.p.A."),
        ("Oster Pharma GmbH & Co. KG, Hamburg", "Oster Pharma GmbH & Co. KG"),
        ("Atlas Bank, N.A.", "Atlas Bank, N.A."),  # the legal form after the comma
        ("Harrow Holdings, Inc.", "Harrow Holdings, Inc."),
        ("Lindqvist Labor, Uppsala", "Lindqvist Labor, Uppsala"),  # no legal form: not judged
    ],
)
def test_seat_after_legal_form(name, expected):
    assert without_seat(name) == expected


def test_seat_after_legal_form_in_a_company_field():
    first = invite(
        "Intro call – Nordhavn Feeds",
        "mette@nordhavnfeeds.example",
        description="Vacancy: Ruminant Nutritionist\nCompany: Nordhavn Feeds A/S, Esbjerg\n",
    )
    assert verdict_of(first).company == "Nordhavn Feeds A/S"


# --- a registered name runs on over its "and" ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        ("Ege Gıda Sanayi", "Ege Gıda Sanayi ve Ticaret A.Ş. bünyesindeki pozisyon",
         "Ege Gıda Sanayi ve Ticaret A.Ş."),
        ("Conservas Ría", "en Conservas Ría y Mar S.L. te esperamos", "Conservas Ría y Mar S.L."),
        ("Ponti", "presso Ponti e Viadotti S.p.A. a Torino", "Ponti e Viadotti S.p.A."),
    ],
)  # fmt: skip
def test_registered_name_runs_on_over_and(name, text, full):
    assert registered_name(name, text) == full


# --- a domain made of the first letters of the name's first words ----------------------------


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Prodotti Meccanici Biotech", "pmbiotech", True),  # initials, then the last word
        ("Agropecuaria Sur S.A.", "agrosur", True),  # the first word cut short
        ("Laboratorios Cantábrico", "labcantabrico", True),
        ("Big Acme", "acme", False),  # a word left out is no initial
        ("Acme Data", "acmedata", False),  # the whole name: another rule's
    ],
)
def test_domain_of_first_letters(name, label, expected):
    assert initials_first(name, (label,)) is expected


def test_domain_of_first_letters_confirms_the_whole_name():
    first = invite(
        "Primo colloquio",
        "r.conti@pmtirreni.example",
        description="Grazie per la candidatura presso Prodotti Meccanici Tirreni S.r.l. per il ruolo.",
    )
    assert verdict_of(first).company == "Prodotti Meccanici Tirreni S.r.l."


# --- a registered name in a script without spaces, anywhere in the text ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이민호 님 안녕하세요.\n\n(주)푸른바다수산 인사팀 박지수입니다. 면접 일정을 안내드립니다.\n"
         "면접관: 인사팀 박지수\n감사합니다.\n\n\n\n\n\n\n\n\n\n\n\n\n", "(주)푸른바다수산"),
        ("안녕하세요. ㈜새솔바이오 채용 담당입니다.", "㈜새솔바이오"),
        ("感谢您应聘青禾农业科技有限公司的岗位。", "青禾农业科技有限公司"),
        ("株式会社ミドリ飼料 人事部の佐藤です。", "株式会社ミドリ飼料"),
        ("Thank you for applying.", None),
    ],
)  # fmt: skip
def test_registered_name_in_a_script_without_spaces(text, name):
    assert registered_in_script(text) == name


def test_registered_name_in_a_script_without_spaces_beats_the_domain():
    first = invite(
        "[1차 면접] 푸른바다수산 품질 관리자",
        "recruit@purunbada.example",
        description="(주)푸른바다수산 인사팀 박지수입니다. 품질 관리자 포지션 1차 면접을 안내드립니다.\n"
        + "\n".join(f"안내 {n}" for n in range(14)),
    )
    assert verdict_of(first).company == "(주)푸른바다수산"


# --- the user's own notes name the employer after a person or after "HR" ---------------------


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Phone screen – Ms. Varga, Lakeside Equine Clinic", "Lakeside Equine Clinic"),
        ("Erstgespräch – Frau Adler, Nordwerk Futtermittel", "Nordwerk Futtermittel"),
    ],
)
def test_own_note_employer_after_a_person_addressed(title, found):
    assert found in title_names(title)[1]


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Telefonata HR Oleandro Group – Responsabile Acquisti", "Oleandro Group"),
        ("Phone screen TA Brightmoor Foods", "Brightmoor Foods"),
    ],
)
def test_own_note_employer_after_who_calls(title, found):
    assert found in title_names(title)[2]


def test_own_notes_of_one_process_carry_the_employer_and_the_job():
    first = note("Telefonata HR Oleandro Group – Responsabile Acquisti", days=1)
    later = note("Secondo colloquio Oleandro – in sede", days=12)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert (v.company, v.role) == ("Oleandro Group", "Responsabile Acquisti")


# --- the user's prep notes and pay talks name a round but are none ---------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Questions to ask at the final round – Harlow Feeds",
        "Fragen für das Zweitgespräch – Nordwerk",
        "Preguntas para la entrevista final – Ortiz Agro",
        "Ripassare per il secondo colloquio – Lumio",
        "Réviser avant le deuxième entretien – Aubier",
        "逆質問リスト 最終面接 ミドリ飼料",
        "Pytania do rozmowy finałowej – Bartnik",
    ],
)
def test_prep_note_for_a_later_round(title):
    assert read_title(title).prep is not None
    first = invite("First interview", "hr@harlowfeeds.example", days=1)
    v = verdict_of(note(title, days=5), first)
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "青禾 – 薪资沟通",
        "年収交渉 – ミドリ飼料",
        "Salarisgesprek – Veldzorg",
        "Lönesamtal – Norrfjäll",
        "Mzdové vyjednávání – Horal",
    ],
)
def test_pay_talk_after_a_first_round(title):
    assert read_title(title).not_a_round is not None
    first = invite("First interview", "hr@qinghe.example", days=1)
    later = invite(title, "hr@qinghe.example", days=10)
    v = verdict_of(later, first)
    assert not v.is_follow_up, why(v)


# --- meeting the partners after a first interview --------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Incontro con i soci – Studio Dentistico Rovere",
        "Gesprek met de vennoten – Maatschap Ooms",
        "Möte med delägarna – Fjällvet",
        "Spotkanie ze wspólnikami – Bartnik",
        "Kurucular ile toplantı – Anka",
        "Encuentro con los propietarios – Ortiz Agro",
    ],
)
def test_meeting_the_partners_after_a_first_interview(title):
    first = invite("First interview", "office@roverepartners.example", days=1)
    later = invite(title, "office@roverepartners.example", "anna@roverepartners.example", days=14)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


# --- "my client" names the agency's client ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("ti confermo il colloquio presso il mio cliente Oleandro Group per la posizione",
         "Oleandro Group"),
        ("te confirmo la entrevista con mi cliente, Conservas Ría y Mar.", "Conservas Ría y Mar"),
        ("het gesprek bij mijn klant Veldzorg Groep gaat door", "Veldzorg Groep"),
        ("rozmowa u mojego klienta", None),  # no name follows
        # the legal form closes the name: the next sentence's first word is no part of it
        ("Bevestigd: gesprek bij mijn klant Duinrand Zorg B.V.. Je spreekt met Eva.",
         "Duinrand Zorg B.V"),
        ("Our client Larchmont Freight Ltd. Tomorrow you meet their COO.", "Larchmont Freight Ltd"),
        ("il mio cliente Ferri Costruzioni GmbH & Co. KG.", "Ferri Costruzioni GmbH & Co. KG"),
    ],
)  # fmt: skip
def test_my_client_names_the_agencys_client(text, client):
    assert client_in_text(text) == client


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Wexford Analytics Ltd Morgen", "Wexford Analytics Ltd"),
        ("Sabbia Logistica S.p.A.. Ci vediamo", "Sabbia Logistica S.p.A."),
        ("Brandt Holz GmbH & Co. KG", "Brandt Holz GmbH & Co. KG"),  # one form, not GmbH + words
        ("Kaya Tekstil Ltd. Şti.", "Kaya Tekstil Ltd. Şti."),
        ("Orchard Street Partners", "Orchard Street Partners"),  # no legal form: as it is
    ],
)  # fmt: skip
def test_legal_form_ends_a_name_that_ran_on(name, expected):
    assert ending_at_form(name) == expected


def test_site_visit_after_a_domain_that_cuts_the_name_short():
    # agrosierra.example for "Agropecuaria Sierra": read alone, the domain confirms only
    # "Sierra" in the visit's location, which another name than the first round's would be
    first = invite(
        "Primera entrevista – Jefe de Planta",
        "rrhh@agrosierra.example",
        days=1,
        description="Gracias por tu interés en la vacante de Jefe de Planta en Agropecuaria Sierra "
        "Norte, S.A. Te envío la convocatoria.",
    )
    visit = make_event(
        "Visita a la fábrica de Écija y reunión con el equipo",
        start=NOW + timedelta(days=12),
        uid="visit|agrosierra",
        organizer=first.organizer,
        attendees=(me_at(), first.organizer),
        location="Agropecuaria Sierra, Polígono Industrial La Campiña, Écija",
        description="Te confirmamos la visita a nuestra fábrica: recorrido y comida con el equipo.",
    )
    v = verdict_of(visit, first)
    assert v.is_follow_up, why(v)

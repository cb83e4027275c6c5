"""Kinds of mistake development set 23 showed, each in new words and several languages:
a word for "the position" kept with the job; an abbreviated courtesy title after a
dash taken for a team; round and notice words kept after a job in a script without
spaces; a job written after it before a Turkish position word; a founder's casual
word for a job; a later round clipping or coding the job the earlier round wrote in
full; a domain cutting a name's first word short; a registered name running on over
"and"; the head office written after a name; a place the location writes taken for
the employer; the employer named after a job and its requisition; a friend's round in
the user's own note; a note to take notes; meeting a department's team after earlier
rounds. The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.detect.employer.afterform import without_seat
from assistant.detect.employer.extract import company_of
from assistant.detect.employer.legalname import registered_name
from assistant.detect.job.quotedrole import role_in_lower_case
from assistant.detect.job.roleclean import clean_role
from assistant.detect.job.rolecompare import abbreviates, with_team
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, verdict_of, why

# --- a word for "the position" is not part of the job -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("posizione di Responsabile Magazzino", "Responsabile Magazzino"),
        ("Depo Planlama Uzmanı pozisyonu", "Depo Planlama Uzmanı"),
        ("puesto de Jefe de Almacén", "Jefe de Almacén"),
        ("vaga de Coordenador de Frota", "Coordenador de Frota"),
        ("poste de Chef d'équipe Maintenance", "Chef d'équipe Maintenance"),
        ("Stanowisko Kierownik Magazynu", "Kierownik Magazynu"),
        ("functie Teamleider Logistiek", "Teamleider Logistiek"),
        ("the Fleet Planning Manager vacancy", "Fleet Planning Manager"),  # as before
    ],
)  # fmt: skip
def test_position_word_beside_the_job(phrase, role):
    assert clean_role(phrase) == role


@pytest.mark.parametrize(
    "job",
    # a word that is a position word in one language and a job's word in another stays
    ["Cargo Operations Manager", "Post Office Manager", "Position Control Analyst"],
)
def test_job_words_that_resemble_a_position_word(job):
    assert clean_role(job) == job


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Ön görüşme – Bakım Planlama Müdürü pozisyonu", "Bakım Planlama Müdürü"),
        ("Primo colloquio – posizione Responsabile Magazzino", "Responsabile Magazzino"),
    ],
)
def test_position_word_in_a_title(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Merhaba, konuştuğumuz Bakım Planlama Müdürü pozisyonu için kısa bir görüşme.",
         "Bakım Planlama Müdürü"),
        ("Merhaba, şirketimizdeki Depo Operasyon Müdürü kadrosu hakkında ikinci görüşme.",
         "Depo Operasyon Müdürü"),
    ],
)  # fmt: skip
def test_job_before_a_turkish_position_word(text, role):
    assert role_in_text(text) == role


# --- an abbreviated courtesy title after a dash is no team -------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Primo colloquio – Responsabile Magazzino – Dott.ssa Ferrante",
        "Primo colloquio – Responsabile Magazzino – Ing. Valli",
        "Pohovor – Responsabile Magazzino – Mgr. Dvořák",
        "Interview – Responsabile Magazzino – Dr. Okafor",
    ],
)
def test_courtesy_title_after_the_job_is_no_team(title):
    assert with_team("Responsabile Magazzino", (title,), lambda team: False) == (
        "Responsabile Magazzino"
    )


def test_a_team_after_the_job_is_still_kept():
    title = "Second interview – Product Manager – Payments"
    assert with_team("Product Manager", (title,), lambda team: False) == (
        "Product Manager – Payments"
    )


# --- round, interviewer and notice words after a job in scripts without spaces ------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("[한결물류] 물류 운영 매니저 2차 실무진 면접 안내", "물류 운영 매니저"),
        ("[한결물류] 물류 운영 매니저 최종 임원 면접 안내", "물류 운영 매니저"),
        ("[한결물류] 물류 운영 매니저 1차 면접 안내", "물류 운영 매니저"),
        ("物流オペレーションマネージャー 二次面接のご案内", "物流オペレーションマネージャー"),
        ("物流运营经理 二面通知", "物流运营经理"),
    ],
)
def test_round_and_notice_words_after_a_job_unspaced(title, role):
    assert role_in_title(title) == role


# --- a later round writes the job clipped or coded -----------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Head of Network Ops", "Head of Network Operations"),
        ("Werksleitung HAM", "Werksleitung Hamburg"),
        ("Fleet Admin Lead", "Fleet Administration Lead"),
    ],
)
def test_role_clipped_or_coded(short, full):
    assert abbreviates(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Station Manager", "Station Manager Istanbul"),  # a word left out, not clipped
        ("Head of Network Planning", "Head of Network Operations"),
    ],
)
def test_role_not_clipped(short, full):
    assert not abbreviates(short, full)


def test_later_round_coding_the_job_takes_the_earlier_full_form():
    first = invite(
        "Vorstellungsgespräch – Werksleitung Hamburg (m/w/d) – Nordkai Logistik",
        "lea.brandt@nordkai.example",
        days=-9,
    )
    later = invite(
        "Zweites Gespräch – Werksleitung HAM – Nordkai Logistik",
        "lea.brandt@nordkai.example",
        days=2,
    )
    v = verdict_of(later, first)
    assert v.is_follow_up and v.role == "Werksleitung Hamburg"


# --- a founder's casual word for a job ---------------------------------------------------


def test_founders_word_for_a_job():
    text = "quick informal chat about the head of fleet planning thing we're setting up."
    assert role_in_lower_case(text) == "Head of Fleet Planning"


def test_numbered_round_after_a_founders_chat():
    chat = invite(
        "quick chat – Robin x Larkspur",
        "maya@larkspur-air.example",
        days=-8,
        description="hi Robin! a relaxed chat about the head of fleet planning gig. Maya",
    )
    later = invite("round 2 w/ Maya & the dispatch crew", "maya@larkspur-air.example", days=2)
    v = verdict_of(later, chat)
    assert v.is_follow_up, why(v)


# --- company names -----------------------------------------------------------------------


def test_domain_cuts_the_first_word_short():
    description = "Northern Star Shipping Lines\nInterview: second round with the COO"
    event = invite(
        "Video interview (Round 2) - Marine Superintendent",
        "hr@norstarshipping.example",
        description=description,
    )
    name, _ = company_of(event, PROFILE, description)
    assert name == "Northern Star Shipping Lines"


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        ("Harbourline", "Harbourline Ferry Terminals and Marine Ltd has invited you.",
         "Harbourline Ferry Terminals and Marine Ltd"),
        ("Vistula", "Vistula Porty i Usługi Morskie sp. z o.o. zaprasza",
         "Vistula Porty i Usługi Morskie sp. z o.o."),
    ],
)  # fmt: skip
def test_registered_name_over_four_words_and_and(short, text, full):
    assert registered_name(short, text) == full


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Ege Lojistik Hizmetleri Genel Müdürlük", "Ege Lojistik Hizmetleri"),
        ("Nordkai Logistik GmbH Hauptsitz", "Nordkai Logistik GmbH"),
        ("Harbourline Ferries Headquarters", "Harbourline Ferries"),
        ("Trasporti Liguri S.p.A. Sede Centrale", "Trasporti Liguri S.p.A."),
        ("Frachtwerk AG, Zug", "Frachtwerk AG"),
    ],
)
def test_head_office_after_a_name(written, name):
    assert without_seat(written) == name


@pytest.mark.parametrize(
    ("title", "location", "sender"),
    [
        ("Colloquio tecnico con il Direttore di Magazzino – Bergamo",
         "Aeroporto di Bergamo, Palazzina B", "hr@trasportiliguri.example"),
        ("Spotkanie z zespołem magazynu – Port Gdański",
         "Port Gdański, ul. Portowa 3, Gdańsk", "kadry@vpr-porty.example"),
        ("現場見学・チーム面談（関西空港）", "関西国際空港 第1ターミナル", "saiyo@kaiun-logi.example"),
    ],
)  # fmt: skip
def test_a_place_the_location_writes_is_no_employer(title, location, sender):
    event = replace(invite(title, sender), location=location)
    name, _ = company_of(event, PROFILE, "")
    assert name not in {"Bergamo", "Port Gdański", "関西空港", "現場見学"}


@pytest.mark.parametrize(
    ("title", "location", "sender", "name"),
    [
        # the employer's own office, written with its legal form, in an agency's invite
        ("Zweite Runde – Nordkai Logistik, Hamburg", "Nordkai Logistik GmbH, Kaiweg 4, Hamburg",
         "team@kessel-personal.example", "Nordkai Logistik GmbH"),
        # a domain keeps the name's last words
        ("Final round - Consolidated Ferry Bank", "Consolidated Ferry Bank, 9 Dock St, Leith",
         "careers@ferrybank.example", "Consolidated Ferry Bank"),
    ],
)  # fmt: skip
def test_the_employer_the_location_writes_is_kept(title, location, sender, name):
    event = replace(invite(title, sender), location=location)
    found, _ = company_of(event, PROFILE, "")
    assert found == name


def test_employer_after_the_job_and_its_requisition():
    from assistant.detect.employer.textname import named_in_text

    text = (
        "Your 2nd interview for the position Depot Operations Lead (Job Req ID 5521) at "
        "Northgate Rail Services Inc. has been scheduled."
    )
    assert named_in_text(text, set()) == "Northgate Rail Services Inc"
    assert named_in_text("Your second interview is with Mr Hollis and the CFO.", set()) is None


# --- the user's own notes ----------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Tom's final interview – fingers crossed!",
        "Mehmet'in ikinci mülakatı – bol şans",
        "Can'ın final mülakatı",
        "James' final interview",
        "Priya's final interview – good luck!",
    ],
)
def test_a_friends_round_in_the_users_note(title):
    v = verdict_of(note(title))
    assert not v.is_follow_up, why(v)


def test_a_firms_name_with_an_apostrophe_after_an_earlier_round_still_counts():
    first = invite("First interview – Kellby's", "maya@kellbys.example", days=-6)
    v = verdict_of(note("Kellby's final interview"), first)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "2nd interview Larkspur – take notes!",
        "Zweitgespräch Nordkai – Notizen machen",
        "2e entretien Larkspur – prendre des notes",
        "Segunda entrevista Larkspur – tomar notas",
        "2. mülakat Ege – notlarını al",
        "Drugi etap rekrutacji Larkspur – zrób notatki",
    ],
)
def test_a_note_to_take_notes_is_prep(title):
    v = verdict_of(note(title))
    assert not v.is_follow_up, why(v)


# --- meeting a department's team after earlier rounds -----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Conversa com a equipa de manutenção (Porto)",
        "Conversación con el equipo de almacén",
        "Depo ekibiyle tanışma – Ankara ofisi",
        "Kennenlernen des Lager-Teams in Bremen",
        "Kennenlernen des Vertriebsteams",
        "Kennismaking met het magazijnteam",
        "Träffa lagerteamet",
        "Meet the warehouse crew",
    ],
)
def test_meeting_a_departments_team_after_earlier_rounds(title):
    first = invite(
        "First interview – Harbour Logistics",
        "nina.berg@harbourlog.example",
        days=-10,
        description="Your first interview for the Shift Supervisor role.",
    )
    v = verdict_of(invite(title, "nina.berg@harbourlog.example", days=3), first)
    assert v.is_follow_up, why(v)

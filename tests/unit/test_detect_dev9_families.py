"""Families of mistakes from the ninth development calendar, each in new words.

The calendar (``tests/data/detection_dev9``, first written blind) showed each kind
once or twice; the tests below name the kind, with employers, people and phrases
made up here, in several languages where the kind is about words. The user is
Robin Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect import company_of
from assistant.detect.employer.infull import written_in_full
from assistant.detect.job.rolecompare import without_place
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.reading import read_description
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of, why

# --- roles: inclusive forms, booking fields, the employer's own words --------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Entretien de présélection – Chargé·e de Clientèle", "Chargé·e de Clientèle"),
        ("Entretien final (Responsable Logistique·e)", "Responsable Logistique·e"),
        ("Deuxième entretien · Acheteur·se Senior", "Acheteur·se Senior"),
    ],
)  # fmt: skip
def test_an_inclusive_ending_joined_by_a_middle_dot_stays_in_the_role(title, role):
    assert role_in_title(title) == role


def test_an_inclusive_ending_joined_by_a_middle_dot_in_a_sentence():
    text = "Nous confirmons votre entretien pour le poste de Conseiller·ère Patrimonial·e."
    assert role_in_text(text) == "Conseiller·ère Patrimonial·e"


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("Booking details\nService: Panel conversation – Head of Marketing\nStaff: Ana",
         "Head of Marketing"),
        ("Detalles de la reserva\nServicio: Entrevista final – Jefa de Compras\n",
         "Jefa de Compras"),
        ("Buchungsdetails\nDienstleistung: Zweitgespräch – Leiter Einkauf\n", "Leiter Einkauf"),
    ],
)  # fmt: skip
def test_a_booking_pages_service_names_the_round_and_the_job(description, role):
    reading = read_description(description)
    assert reading.role == role
    assert reading.booked


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Saw your profile – we're hiring a Head of Finance to run our two sites.",
         "Head of Finance"),
        ("We are looking for a Procurement Lead to grow the team.", "Procurement Lead"),
        ("Wir suchen einen Leiter Einkauf für unser Werk in Ulm.", "Leiter Einkauf"),
    ],
)  # fmt: skip
def test_the_employer_saying_whom_it_hires_names_the_job(text, role):
    assert role_in_text(text) == role


@pytest.mark.parametrize("text", ["With COO. Bring the case deck.", "Mit Geschäftsführer. Anzug."])
def test_a_sentence_naming_whom_the_user_meets_is_no_role(text):
    assert role_in_text(text) is None


@pytest.mark.parametrize(
    ("title", "field", "role"),
    [
        # the title's part names the session's topic, sharing no word with the field
        ("Interview loop 2/4: Vendor strategy", "Role: Supply Chain Lead", "Supply Chain Lead"),
        # the title writes the field's job more fully: kept
        ("Second interview – Senior Data Engineer", "Position: Data Engineer",
         "Senior Data Engineer"),
    ],
)  # fmt: skip
def test_a_tracking_systems_role_field_against_the_titles_role(title, field, role):
    event = invite(title, "recruiting@pelagos.example", "nina@pelagos.example",
                   description=f"Company: Pelagos Freight\n{field}\nInterviewer: Nina")  # fmt: skip
    assert verdict_of(event).role == role


def test_the_title_of_a_person_met_yields_to_the_job_the_earlier_round_named():
    first = invite(
        "Entrevista telefónica – Jefa de Compras (cliente: Brisamar Hoteles)",
        "seleccion@faro-rpo.example",
        days=-9,
    )
    later = make_event(
        "Entrevista con Brisamar Hoteles – Directora del hotel (3ª fase)",
        start=NOW + timedelta(days=2),
        uid="brisamar-3",
        organizer=person("seleccion@faro-rpo.example", "Faro RPO", is_organizer=True),
        attendees=(me_at(), person("lucia.prado@brisamar.example", "Lucía Prado")),
        description="Te entrevistará Lucía Prado, directora del Brisamar Sitges.",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.role == "Jefa de Compras"


# --- companies: the client an agency names, the fuller name, the tracking system's sender -


def test_an_agency_title_naming_its_client_interview_gives_the_client():
    event = invite(
        "Northbeam | Client interview: Ferrow Hotels – meeting with the Board",
        "ava@northbeamsearch.example",
        description="Dear Robin,\nThe Chair would like to meet you at their offices.",
    )
    assert company_of(event, PROFILE) == "Ferrow Hotels"


@pytest.mark.parametrize(
    ("name", "source", "full"),
    [
        ("Ember & Oak", "Thanks!\n— People Team, Ember & Oak Dining Group\n", "Ember & Oak Dining Group"),
        ("Ember & Oak", "Re: Sous Chef role at Ember & Oak Restaurants\n", "Ember & Oak Restaurants"),
        ("Lune & Sel", "x\nGroupe Brasserie Lune & Sel SA – Service RH", "Groupe Brasserie Lune & Sel SA"),
        ("Ember & Oak", "Ember & Oak Sales Team", "Ember & Oak"),
        ("Ember & Oak", "Ember & Oak HQ, 4 Mill Lane", "Ember & Oak"),
    ],
)  # fmt: skip
def test_the_fuller_name_the_invite_writes(name, source, full):
    assert written_in_full(name, (source,)) == full


def test_a_signature_after_the_conferencing_block_gives_the_fuller_name():
    description = (
        "Interview stage: Panel\nPosition: Pastry Lead\n\n"
        "Join with Google Meet: https://meet.google.com/abc-defg-hij\n\n"
        "— Talent Team, Ember & Oak Dining Group\n"
    )
    event = invite("Interview with Ember & Oak: Panel", "jo@emberoak.example",
                   description=description)  # fmt: skip
    assert company_of(event, PROFILE) == "Ember & Oak Dining Group"


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        ("Veldmark Logistik AG Recruiting", "Veldmark Logistik AG"),
        ("Corvo Hoteles S.A.", "Corvo Hoteles S.A."),
    ],
)
def test_a_tracking_systems_sender_named_after_the_firm_is_the_employer(sender, company):
    host = person("noreply@successfactors.eu", sender, is_organizer=True)
    event = make_event("Zweites Vorstellungsgespräch – Leitung Lager", start=NOW + timedelta(days=2),
                       uid=sender, organizer=host, attendees=(me_at(),))  # fmt: skip
    assert company_of(event, PROFILE) == company


def test_a_recruiters_name_on_a_tracking_systems_sender_is_no_employer():
    host = person("noreply@successfactors.eu", "Dana Whitfield", is_organizer=True)
    event = make_event("Zweites Vorstellungsgespräch – Leitung Lager", start=NOW + timedelta(days=2),
                       uid="dana", organizer=host, attendees=(me_at(),))  # fmt: skip
    assert company_of(event, PROFILE) != "Dana Whitfield"


# --- one name for one process ------------------------------------------------------------


def test_a_round_in_english_takes_the_registered_name_its_process_writes_in_japanese():
    first = invite("【一次面接】物流マネージャー職／株式会社みなと物産", "saiyo@minato-bussan.example",
                   days=-20)  # fmt: skip
    second = invite("【二次面接】物流マネージャー職／株式会社みなと物産", "saiyo@minato-bussan.example",
                    days=-10)  # fmt: skip
    english = invite("Minato Bussan K.K. – English interview with the export team",
                     "saiyo@minato-bussan.example")  # fmt: skip
    v = verdict_of(english, first, second)
    assert v.is_follow_up, why(v)
    assert v.company == "株式会社みなと物産"


def test_a_name_made_from_the_domain_gives_way_to_a_chinese_registered_name():
    first = invite(
        "【初试】物流经理 – 杭州青禾物流有限公司", "hr@qinghelogistics.example", days=-12
    )
    later = invite(
        "【复试】物流经理（二面）", "hr@qinghelogistics.example", "li@qinghelogistics.example"
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "杭州青禾物流有限公司"


def test_a_short_name_takes_the_registered_name_with_its_city_first():
    first = invite("【青禾物流】物流经理 一面", "li@qinghelogistics.example", days=-12,
                   description="恭喜您！\n\n杭州青禾物流有限公司 人力资源部")  # fmt: skip
    later = invite("终面 – 青禾物流", "li@qinghelogistics.example", "chen@qinghelogistics.example")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "杭州青禾物流有限公司"


def test_initials_for_the_last_words_take_the_registered_name():
    first = invite("Rozmowa wstępna – Kierownik Magazynu", "rekrutacja@mazurskagh.example",
                   days=-14, description="Pozdrawiamy,\nMazurska Grupa Handlowa sp. z o.o.")  # fmt: skip
    later = invite("Rozmowa finałowa – Mazurska GH", "rekrutacja@mazurskagh.example",
                   "ola@mazurskagh.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Mazurska Grupa Handlowa sp. z o.o."


def test_a_site_sharing_the_first_words_takes_the_registered_name():
    first = invite("Entrevista inicial – Diretora Comercial", "recrutamento@serralagoa.example",
                   days=-14, description="Cumprimentos,\nSerra Lagoa Hotéis, S.A.")  # fmt: skip
    later = invite("Entrevista final – Administração", "recrutamento@serralagoa.example",
                   "rui@serralagoa.example",
                   description="Confirmamos a entrevista final no Hotel Serra Lagoa Minho.")  # fmt: skip
    v = verdict_of(later, first)
    assert v.company is not None and v.company.startswith("Serra Lagoa Hotéis"), v.company


def test_the_users_note_naming_a_known_employer_beside_a_site_takes_the_employer():
    first = invite("Tallow & Thyme – intro with Priya", "priya@tallowthyme.example", days=-10,
                   description="Re: Head Chef role at Tallow & Thyme")  # fmt: skip
    later = note("Tallow & Thyme trial shift / final interview @ Clerkenwell site")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Tallow & Thyme"
    assert v.role == "Head Chef"


# --- later rounds named by an exercise, a live interview, an on-site day ----------------


def test_a_role_play_in_a_later_rounds_title_is_its_exercise():
    first = invite("Intro call: Robin x Pelagos", "recruiting@pelagos.example", days=-14)
    later = invite("Onsite loop 3/4: supplier negotiation role play", "recruiting@pelagos.example",
                   "omar@pelagos.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    [
        "Prep: final round Pelagos",
        "Mock interview w/ Sam (final round practice)",
        "Final round – preparation call",
    ],
)
def test_practising_for_a_later_round_stays_a_prep_block(title):
    first = invite("Intro call: Robin x Pelagos", "recruiting@pelagos.example", days=-14)
    later = invite(title, "sam@coachly.example")
    assert not verdict_of(later, first).is_follow_up


@pytest.mark.parametrize(
    ("title", "all_day"),
    [
        ("Live Interview: Harrow Leisure – Area Sales Manager", False),
        # the recorded one is a task to complete by a date: an all-day entry
        ("Live Interview: Harrow Leisure – Area Sales Manager", True),
        ("Entrevista en vivo: Harrow Leisure – Gerente de Ventas", False),
    ],
)
def test_a_live_interview_after_a_recorded_one_is_a_later_round(title, all_day):
    host = person("noreply@hirevue.com", "Harrow Leisure Talent Acquisition", is_organizer=True)
    recorded = make_event("On-Demand Interview – Harrow Leisure", start=NOW - timedelta(days=12),
                          uid="recorded", organizer=host, attendees=(me_at(),), all_day=all_day,
                          description="Harrow Leisure has invited you to a video interview "
                          "for Area Sales Manager.")  # fmt: skip
    live = make_event(title, start=NOW + timedelta(days=2), uid="live", organizer=host,
                      attendees=(me_at(),))  # fmt: skip
    v = verdict_of(live, recorded)
    assert v.is_follow_up, why(v)


def test_a_live_interview_alone_is_no_later_round():
    host = person("noreply@hirevue.com", "Harrow Leisure Talent Acquisition", is_organizer=True)
    live = make_event("Live Interview: Harrow Leisure", start=NOW + timedelta(days=2),
                      uid="live-alone", organizer=host, attendees=(me_at(),))  # fmt: skip
    assert not verdict_of(live).is_follow_up


@pytest.mark.parametrize(
    "title",
    [
        "Kennenlernen vor Ort & Teamtag – Bergfeld Hotels",
        "Bergfeld Hotels – Gespräch vor Ort mit Aufsichtsrat",
        "Vor-Ort-Termin Bergfeld Hotels",
    ],
)
def test_a_german_on_site_day_after_a_first_talk_is_a_later_round(title):
    first = invite("Erstgespräch: Leitung Revenue (m/w/d)", "jobs@bergfeld-hotels.example",
                   days=-14)  # fmt: skip
    later = invite(title, "jobs@bergfeld-hotels.example", "anna@bergfeld-hotels.example")
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


def test_a_first_kennenlernen_is_still_a_first_round():
    event = invite("Kennenlernen – Bergfeld Hotels", "jobs@bergfeld-hotels.example")
    v = verdict_of(event)
    assert not v.is_follow_up
    assert v.round_kind in ("screen", "first")


def test_an_agencys_on_site_meeting_takes_the_job_its_clients_round_named():
    agency = "m.kraus@kraus-personal.example"
    first = make_event(
        "Interview Seeblick Resort AG – Resident Manager (1. Runde)",
        start=NOW - timedelta(days=14),
        uid="seeblick-1",
        organizer=person(agency, "Mara Kraus", is_organizer=True),
        attendees=(me_at(), person("b.frey@seeblick-resort.example", "Beat Frey")),
    )
    later = invite("Seeblick Resort – Gespräch vor Ort mit Verwaltungsrat", agency)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.role == "Resident Manager"


# --- a booking made directly with the employer after an agency's first round ------------


def test_a_scheduler_booking_with_the_employer_follows_the_agencys_first_round():
    first = invite(
        "Hollin Vale Estates – first interview (via Marram Talent)",
        "cara@marramtalent.example",
        days=-12,
        description="Confirming your first interview with Hollin Vale Estates Ltd for the "
        "General Manager role at Hollin Lodge.",
    )
    booking = make_event(
        "Robin Hale and Piers Tallis",
        start=NOW + timedelta(days=2),
        uid="booking",
        organizer=person("piers@hollinestates.example", "Piers Tallis", is_organizer=True),
        attendees=(me_at(), person("piers@hollinestates.example", "Piers Tallis")),
        description="Event Name: Follow-up conversation (45 min)\n\nPlease share anything "
        "that will help prepare for our meeting.: Second conversation re GM role at Hollin "
        "Lodge.\n\nPowered by Calendly.com",
    )
    v = verdict_of(booking, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Hollin Vale Estates Ltd"
    assert v.role == "General Manager"


def test_a_site_of_the_employer_is_not_another_employer_for_the_link():
    first = invite("Interview: Hollin Vale Estates Ltd – Head Chef", "hr@hollinestates.example",
                   days=-12)  # fmt: skip
    later = invite("Hollin Lodge – second interview", "hr@hollinestates.example",
                   "piers@hollinestates.example")  # fmt: skip
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)
    assert v.company == "Hollin Vale Estates Ltd"


# --- the workplace in brackets after the job ---------------------------------------------


@pytest.mark.parametrize(
    ("role", "location", "expected"),
    [
        ("Hotel Manager (The Crane, Bath)", "The Crane, 3 Pulteney Rd, Bath BA2 4EZ",
         "Hotel Manager"),
        ("Jefe de Cocina (Hotel Mar Azul)", "Hotel Mar Azul, Av. del Puerto 4, Cádiz",
         "Jefe de Cocina"),
        # one word a location shares is the speciality, not the place
        ("Staff Nurse (Cardiology)", "St Anne's Hospital, Cardiology wing", "Staff Nurse (Cardiology)"),
        ("Data Engineer (Payments)", "Zoom", "Data Engineer (Payments)"),
    ],
)  # fmt: skip
def test_a_bracket_naming_the_invites_location_is_no_part_of_the_role(role, location, expected):
    assert without_place(role, location) == expected

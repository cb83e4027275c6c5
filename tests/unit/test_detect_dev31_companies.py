"""Kinds of wrong company development sets 31 to 33 showed (facilities, marine
conservation, speech therapy), each in new words: a job beside the round taken for the
employer, in several languages; a job field's head ("Lagerchef, Malmö"); a tracking
system's footer after the conferencing block; a platform's own sending domain; a name
run on past its sentence's full stop; an institution's noun cut off the name; an
officer in the possessive ("Acme's CFO"); an address's locality taken for the employer
or glued to its name. The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.infull import written_in_full
from assistant.detect.employer.initials import ended_at_own_initials, spelled_in_full
from assistant.detect.employer.legalname import registered_name
from assistant.detect.employer.meetingbody import meeting_body
from assistant.detect.employer.namecompare import clipped
from assistant.detect.employer.platformline import platform_domain
from assistant.detect.employer.textname import named_in_text
from assistant.detect.job.jobparts import in_the_job
from assistant.detect.places.addressplace import is_locality, localities, without_locality
from assistant.detect.text.reading import read_description
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, invite, me_at, verdict_of


def _company(event):
    text = read_description(event.description or "").text
    return company_of(event, PROFILE, text)[0]


# --- a job beside the round is no employer once the process names the job -----------------


@pytest.mark.parametrize(
    ("first", "later", "firm"),
    [
        # Dutch, Swedish, Polish, French: a trade nobody listed, the firm in the text
        (
            "Kennismaking – Hoefsmid (24 uur) – Robin Hale",
            "Tweede gesprek Robin Hale – Hoefsmid",
            "Stal Brederode B.V.",
        ),
        ("Första intervju: Hovslagare (deltid)", "Andra intervju: Hovslagare", "Hästgården AB"),
        (
            "Rozmowa wstępna – Kowal (praca zmianowa)",
            "Druga rozmowa – Kowal",
            "Kuźnia Wolny sp. z o.o.",
        ),
        (
            "Entretien découverte – Maréchal-ferrant (temps partiel)",
            "Deuxième entretien – Maréchal-ferrant",
            "Écurie Belcourt SAS",
        ),
    ],
)
def test_job_beside_round_named_by_the_process_is_no_employer(first, later, firm):
    domain = "stallion-yard.example"
    text = f"Company: {firm}\nCandidate: Robin Hale\n"
    one = invite(first, f"hr@{domain}", days=-10, description=text)
    two = invite(later, f"hr@{domain}", f"owner@{domain}", days=3, description="See you soon.")
    assert verdict_of(two, one).company == firm


def test_job_field_head_is_the_job_beside_a_round():
    # "Tjänst: Lagerchef, Malmö": the field's job before its place, not a name
    assert in_the_job("Lagerchef", "Hej!\n\nTjänst: Lagerchef, Malmö\n", "Slutintervju – Lagerchef")
    assert in_the_job("Hufschmied", "Stelle: Hufschmied, Kiel\n", "Zweites Gespräch – Hufschmied")


# --- a tracking system's footer after the conferencing block confirms the name ------------


def test_footer_after_conferencing_block_names_the_employer():
    description = (
        "Onsite Loop: Tenant Journeys\n\nCandidate: Robin Hale\nRole: Head of Leasing\n\n"
        "Join Zoom Meeting\nhttps://us02web.zoom.us/j/123456789\n\nMeeting ID: 123 456 789\n"
        "Passcode: 1111\n\nNeed to reschedule? Use the link in your confirmation email.\n"
        "Brightwater Lofts Inc. · 12 Dock Street, Boston, MA\n\nPowered by Ashby"
    )
    event = invite(
        "Onsite Loop: Tenant Journeys", "mia.cole@brightwaterlofts.example", description=description
    )
    assert (_company(event) or "").rstrip(".") == "Brightwater Lofts Inc"


# --- a platform's own sending domain is never the employer --------------------------------


def test_platform_footer_marks_its_sending_domain():
    assert platform_domain(
        "quickhire-mail.example", "Video: https://x.example\n\nPowered by Quickhire ATS"
    )
    assert platform_domain("notify.hirepond.example", "Thanks!\nSent with Hirepond")
    assert platform_domain("hirepond.example", "Bedankt!\nVerstuurd via Hirepond")
    # prose naming the employer is no platform's footer
    assert not platform_domain("larchfield.example", "Interview scheduled with Larchfield Homes")


def test_platform_sender_named_after_the_platform_is_not_the_employer():
    host = person(
        "notifications@quickhire-mail.example", "Harbourlight Trust Ltd", is_organizer=True
    )
    event = make_event(
        "Harbourlight Trust Ltd: Interview with Robin Hale",
        start=NOW + timedelta(days=2),
        uid="quickhire-1",
        organizer=host,
        attendees=(me_at(), host),
        description="Position: Dune Restoration Lead\nStage: Panel\n\nPowered by Quickhire ATS",
    )
    assert _company(event) == "Harbourlight Trust Ltd"


# --- a name spelled from its initials ends at its sentence's full stop --------------------


def test_initials_spelled_out_stop_at_the_sentence_end():
    text = "A quick chat about an opening at the Northern Rivers Wetland Council. See you then!"
    found = spelled_in_full("NRWC", (text,), made_up=True)
    assert found is not None and found.rstrip(".") == "Northern Rivers Wetland Council"


# --- an institution's noun written after the name is its last word ------------------------


@pytest.mark.parametrize(
    ("short", "text"),
    [
        (
            "Riverbend Sleep and Breathing",
            "Here is your itinerary for Riverbend Sleep and Breathing Clinic.",
        ),
        ("Harrow Vale Hearing", "Welcome to Harrow Vale Hearing Centre\n"),
        ("Lowmoor Heritage", "Interviews at Lowmoor Heritage Trust, 4 Mill Lane"),
    ],
)
def test_institution_noun_after_the_name_is_kept(short, text):
    assert written_in_full(short, (text,)) == text.split(short)[0][:0] + short + " " + text.split(
        short
    )[1].split()[0].strip(".,")


# --- an officer in the possessive names the firm, not the officer -------------------------


def test_officer_in_the_possessive_names_the_firm():
    assert named_in_text("Final interview with Larchmont's CFO next week.", set()) == "Larchmont"
    assert named_in_text("Panel interview with Ostwick’s Head of Estates.", set()) == "Ostwick"
    # a possessive inside a name stays ("… Children's Hospital")
    found = named_in_text("Your interview with Meadowvale Children's Hospital is booked.", set())
    assert found == "Meadowvale Children's Hospital"


# --- an address's locality is the place, never the employer -------------------------------


def test_localities_of_addresses_in_several_countries():
    assert "seaview nsw" in localities("4 Jetty Road, Seaview NSW 2041")
    assert "hafenstadt" in localities("Kaistraße 3, 24103 Hafenstadt")
    assert "sopotek" in localities("ul. Morska 5, 81-300 Sopotek")
    assert "vila nova" in localities("Rua do Cais 10, 4400-123 Vila Nova")
    assert is_locality("Seaview NSW", ("4 Jetty Road, Seaview NSW 2041",))
    assert (
        without_locality("Bayside Homes West Seaview", ("2 Pier St, West Seaview QLD 4217",))
        == "Bayside Homes"
    )


def test_locality_confirmed_by_the_domain_is_not_the_employer():
    description = "Candidate: Robin Hale\nPosition: Leasing Manager\nLocation: 4 Jetty Road, Seaview NSW 2041\n"
    event = invite(
        "Final Interview — Leasing Manager", "ola@seaviewpartners.example", description=description
    )
    event = make_event(
        event.summary,
        start=event.start,
        uid="seaview-1",
        organizer=event.organizer,
        attendees=event.attendees,
        description=description,
        location="4 Jetty Road, Seaview NSW 2041",
    )
    assert (_company(event) or "").casefold() != "seaview nsw"


@pytest.mark.parametrize(
    ("title", "location"),
    [
        ("Kennenlernen des Teams - Hafenstadt", "Kaistraße 3, 24103 Hafenstadt"),
        ("Spotkanie z zespołem - Sopotek", "ul. Morska 5, 81-300 Sopotek"),
    ],
)
def test_title_part_naming_the_address_locality_is_not_the_employer(title, location):
    # a tracking system's address for the employer: no domain of the employer's own
    host = person("recruiting@kwn.personio.example", "Küstenwerk Nord GmbH", is_organizer=True)
    event = make_event(
        title,
        start=NOW + timedelta(days=2),
        uid=title,
        organizer=host,
        attendees=(me_at(), host),
        description=f"Adresse: {location}",
        location=location,
    )
    assert _company(event) == "Küstenwerk Nord GmbH"


# --- a registered name with its trade after a dash, in a signature past the video block ---


def test_registered_name_with_trade_after_a_dash():
    signature = "Recursos Humanos | Marvela – Gestão de Condomínios, S.A.\nRua Augusta 10"
    assert registered_name("Marvela", signature) == "Marvela – Gestão de Condomínios, S.A."
    assert (
        registered_name("Pinhal", "Pinhal – Serviços de Saúde, Lda.")
        == "Pinhal – Serviços de Saúde, Lda."
    )


def test_signature_after_the_video_block_gives_the_registered_name():
    description = (
        "Olá Robin,\n\nConfirmamos a segunda entrevista.\n\nEntrar na reunião Zoom\n"
        "https://us02web.zoom.us/j/123456789\n\nID da reunião: 123 456 789\nSenha: 1111\n\n"
        "Com os melhores cumprimentos,\nAna Lopes\nRecursos Humanos | Marvela – Gestão de "
        "Condomínios, S.A.\nRua Augusta 10, Lisboa"
    )
    event = invite(
        "Marvela | Segunda entrevista", "ana.lopes@marvela.example", description=description
    )
    assert _company(event) == "Marvela – Gestão de Condomínios, S.A."


# --- a note's name with its last word cut short; a registered name quoting its own part ---


def test_clipped_last_word_is_the_name_written_in_full():
    assert clipped("Harbour Comm", "Harbour Communication Clinic")
    assert clipped("Vale Rehab", "Vale Rehabilitation Centre")
    assert not clipped("Harbour", "Harbour Communication Clinic")  # no word cut
    assert not clipped("Harbour Com", "Harbour Dental")


def test_clipped_name_in_a_note_takes_the_process_name():
    domain = "harbourcomm.example"
    one = invite(
        "Harbour Communication Clinic - Intro interview",
        f"lea@{domain}",
        days=-8,
        description="Topic: Harbour Communication Clinic - Intro interview (Pediatric SLP)",
    )
    two = invite("Harbour Comm - final chat w/ owners", f"lea@{domain}", days=2)
    assert verdict_of(two, one).company == "Harbour Communication Clinic"


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        (
            "Jaskółka",
            "zapraszamy do Centrum Rehabilitacji „Jaskółka” sp. z o.o. w Gdańsku",
            "Centrum Rehabilitacji „Jaskółka” sp. z o.o.",
        ),
        (
            "Lindenhof",
            "Ihr Gespräch bei der Pflegeheim „Lindenhof“ GmbH",
            "Pflegeheim „Lindenhof“ GmbH",
        ),
    ],
)
def test_registered_name_quoting_its_own_part(short, text, full):
    assert registered_name(short, text) == full


# --- a name in another script: one process per job ----------------------------------------


def _minato(title: str, days: float, uid: str):
    return invite(title, "hr@minatotech.example", "cto@minatotech.example", days=days, uid=uid)


def test_latin_round_for_its_own_job_keeps_its_latin_name():
    # the Japanese rounds for one job write 株式会社みなとテック; an English process for
    # another job at the same firm names it "Minato Tech K.K." with its own job
    japanese = [
        _minato("【株式会社みなとテック】一次面接のご案内", -20, "ja-1"),
        _minato("【株式会社みなとテック】二次面接のご案内", -10, "ja-2"),
    ]
    first = _minato(
        "Minato Tech K.K. – First interview (English) – Solutions Consultant", -5, "en-1"
    )
    later = _minato(
        "Minato Tech K.K. – Second interview (English) – Solutions Consultant", 2, "en-2"
    )
    assert verdict_of(later, *japanese, first).company == "Minato Tech K.K."


def test_latin_round_naming_no_job_takes_the_process_name():
    japanese = [
        _minato("【株式会社みなとテック】一次面接のご案内", -20, "ja-1"),
        _minato("【株式会社みなとテック】二次面接のご案内", -10, "ja-2"),
    ]
    later = _minato("Minato Tech K.K. – English interview with the sales team", 2, "en-3")
    assert verdict_of(later, *japanese).company == "株式会社みなとテック"


# --- officers and selection bodies are whom the user meets --------------------------------


@pytest.mark.parametrize(
    "name",
    ["Board Chair", "Selection Panel", "Hiring Committee", "Komisja rekrutacyjna", "Vorstand"],
)
def test_officers_and_selection_bodies_are_people_met(name):
    assert meeting_body(name)


@pytest.mark.parametrize("name", ["Kestrel Reef Trust", "Panel Systems Ltd", "Harbour Partners"])
def test_firms_are_not_selection_bodies(name):
    assert not meeting_body(name)


@pytest.mark.parametrize(
    "title", ["Final interview - Board Chair", "Final interview with Search Committee"]
)
def test_title_part_naming_an_officer_or_a_body_is_not_the_employer(title):
    # a search firm books the round: its domain spells "Search", not the employer
    event = invite(title, "ola@haldensearch.example")
    assert _company(event) not in ("Board Chair", "Search Committee")


# --- initials of a hyphenated word; a round's kind in Chinese ------------------------------


def test_hyphenated_word_gives_each_part_its_initial():
    assert ended_at_own_initials("Trans-Pacific Seabird Alliance (TPSA), Honolulu") == (
        "Trans-Pacific Seabird Alliance (TPSA)"
    )


@pytest.mark.parametrize("kind", ["综合面", "業務面"])
def test_chinese_round_kind_in_brackets_is_not_the_employer(kind):
    event = invite(f"【面试邀请】数据分析师 - 复试（{kind}）", "hr@lanhai.example")
    assert _company(event) != kind

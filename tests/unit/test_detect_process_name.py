"""The employer's fullest name across the rounds of one process (:mod:`.processname`).

A later invite names the firm short where another invite of the same process wrote it
whole (a first call's description, a scheduler's title, a signature, the user's own
note); every round is named by the fullest form, legal form kept. Never a job, a round
word, a team, a city, a meeting service, a department or an agency's own name; never a
different firm that shares a first word. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`; the employers are made up.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.detect import detect
from assistant.models import Attendee, Event
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_kinds import PROFILE, me_at


def round_of(
    summary: str,
    organizer: str,
    days: float,
    description: str = "",
    name: str = "",
    location: str = "",
    guests: tuple[Attendee, ...] = (),
) -> Event:
    """An invite from ``organizer`` (display name ``name``) ``days`` after now."""
    host = person(organizer, name, is_organizer=True)
    return make_event(
        summary,
        start=NOW + timedelta(days=days),
        uid=f"{summary}|{days}",
        organizer=host,
        attendees=(me_at(), host, *guests),
        description=description,
        location=location,
    )


def companies(*events: Event) -> dict[str, str | None]:
    """Each event's employer as detection names it, by title."""
    return {d.event.summary or "": d.verdict.company for d in detect(list(events), PROFILE)}


# --- the fullest form any round writes, earlier or later ---------------------------------


def test_recruiters_first_call_description_writes_the_firm_in_full_with_its_legal_form():
    # a recruiter on free mail: the first call is filed under the recruiter, not the firm
    first = round_of(
        "Agnes / Tom – Brackenridge & Voss chat",
        "tom.ferris.recruits@gmail.com",
        -20,
        "hi! quick chat re the Finance Lead opening at Brackenridge & Voss Logistics Ltd, "
        "Hull. Tom",
        name="Tom Ferris",
    )
    later = round_of(
        "Brackenridge & Voss – final round", "tom.ferris.recruits@gmail.com", 2, name="Tom Ferris"
    )
    assert companies(first, later)[later.summary] == "Brackenridge & Voss Logistics Ltd"


def test_scheduler_call_writes_a_french_sas_in_full_for_the_later_round():
    call = round_of(
        "Appel avec Claire Dufresne (Maisonneuve Conseil SAS)",
        "noreply@scheduler.example",
        -8,
        name="Claire Dufresne via Scheduler",
    )
    later = round_of(
        "Deuxième entretien – Maisonneuve", "rh@maisonneuve.example", 3, name="Claire Dufresne"
    )
    assert companies(call, later)[later.summary] == "Maisonneuve Conseil SAS"


def test_turkish_anonim_sirket_written_whole_in_a_recruiters_first_call():
    first = round_of(
        "Ayşe / Murat – Yakamoz Lojistik görüşmesi",
        "murat.k.ik@gmail.com",
        -20,
        "Merhaba! Yakamoz Lojistik Hizmetleri A.Ş. bünyesindeki Depo Müdürü pozisyonu için "
        "kısa bir görüşme. Murat",
        name="Murat Kaya",
    )
    later = round_of(
        "İkinci mülakat – Yakamoz Lojistik", "murat.k.ik@gmail.com", 2, name="Murat Kaya"
    )
    assert companies(first, later)[later.summary] == "Yakamoz Lojistik Hizmetleri A.Ş."


def test_japanese_kabushiki_kaisha_name_written_short_in_one_round_whole_in_another():
    first = round_of(
        "一次面接のご案内",
        "saiyo@shirasagi.example",
        -12,
        "山田様\n\n一次面接の日程が決まりました。\n\n株式会社白鷺精機 人事部 採用担当",
    )
    later = note("白鷺 最終面接（役員）", days=5)
    found = companies(first, later)
    assert found[later.summary] == "株式会社白鷺精機"


def test_scheduler_call_with_the_same_recruiter_writes_the_firm_in_full():
    recruiter = "Ama Owusu"
    call = round_of(
        f"Call with {recruiter} (Tidewell Seafood Cooperative)",
        "messages-noreply@scheduler.example",
        -9,
        name=f"{recruiter} via Scheduler",
    )
    later = round_of("Tidewell – second interview", "ama.owusu@tidewell.example", 6, name=recruiter)
    assert companies(call, later)[later.summary] == "Tidewell Seafood Cooperative"


def test_initials_spelled_out_by_a_scheduler_call_with_the_same_recruiter():
    call = round_of(
        "Call with Niamh Byrne (Kestrel Marine Terminals)",
        "noreply@scheduler.example",
        -8,
        name="Niamh Byrne via Scheduler",
    )
    later = round_of("KMT – final interview", "niamh@kmt.example", 3, name="Niamh Byrne")
    assert companies(call, later)[later.summary] == "Kestrel Marine Terminals"


# --- guards: words after the name that are no part of it -----------------------------------


def _with_first_round(description: str = "", location: str = "", name: str = "") -> str | None:
    first = round_of(
        "Fenwick – first interview",
        "jo@fenwick.example",
        -7,
        description,
        name=name,
        location=location,
    )
    later = round_of("Fenwick – second interview", "jo@fenwick.example", 3)
    return companies(first, later)[later.summary]


def test_a_job_after_the_name_is_not_part_of_it():
    assert _with_first_round("You would join as Fenwick Head of Procurement.") == "Fenwick"


def test_a_round_word_after_the_name_is_not_part_of_it():
    assert _with_first_round("Agenda: Fenwick Panel Interview\nBring ID.") == "Fenwick"


def test_a_team_after_the_name_is_not_part_of_it():
    assert _with_first_round("Best wishes,\nFenwick Talent Team") == "Fenwick"


def test_a_city_after_the_name_is_not_part_of_it():
    assert _with_first_round(location="Fenwick London") == "Fenwick"


def test_the_address_city_after_the_name_is_not_part_of_it():
    # a city the place list may not know: the invite's own address writes it
    assert _with_first_round("Venue: Fenwick Tromsø", location="Fenwick, 4 Quay St, Tromsø") == (
        "Fenwick"
    )


def test_a_meeting_service_after_the_name_is_not_part_of_it():
    assert _with_first_round(location="Fenwick Google Meet") == "Fenwick"


def test_a_department_after_the_name_is_not_part_of_it():
    assert _with_first_round("You would sit in Fenwick Data Science.") == "Fenwick"


def test_an_agencys_own_name_is_not_the_employer_in_full():
    # the recruiter's scheduler call names the search firm; the rounds name the client
    call = round_of(
        "Call with Jo Reyes (Fenwick Search Partners)",
        "messages-noreply@scheduler.example",
        -9,
        name="Jo Reyes via Scheduler",
    )
    later = round_of("Fenwick – second interview", "jo@fenwick.example", 3, name="Jo Reyes")
    assert companies(call, later)[later.summary] == "Fenwick"


def test_an_institution_written_whole_keeps_its_name_not_its_unit():
    first = round_of(
        "Interview – Carrick University",
        "hr@carrick.example",
        -7,
        "Welcome to Carrick University Sports Centre.",
    )
    later = round_of("Second interview – Carrick University", "hr@carrick.example", 3)
    assert companies(first, later)[later.summary] == "Carrick University"


def test_another_organisation_on_its_own_domain_never_merges():
    # the same recruiter also meets the user at a sister firm, on a domain of its own
    ours = round_of("Northgate – second interview", "kim@northgate.example", 3, name="Kim Lowe")
    first = round_of("Northgate – first interview", "kim@northgate.example", -9, name="Kim Lowe")
    theirs = round_of(
        "Northgate Capital – quarterly review",
        "kim.lowe@northgatecapital.example",
        -4,
        name="Kim Lowe",
    )
    assert companies(first, theirs, ours)[ours.summary] == "Northgate"


def test_two_firms_sharing_a_first_word_never_merge():
    stone = round_of("Halloway & Stone – second interview", "hr@hallowaystone.example", 3)
    stone_first = round_of("Halloway & Stone – first interview", "hr@hallowaystone.example", -8)
    finch = round_of(
        "Halloway & Finch – first interview",
        "hr@hallowayfinch.example",
        -6,
        "Halloway & Finch Family Trust invites you to interview.",
    )
    found = companies(stone_first, finch, stone)
    assert found[stone.summary] == "Halloway & Stone"


def test_two_longer_forms_that_disagree_leave_the_name_as_it_is():
    # the recruiter's scheduler calls write two firms that both begin "Marlowe"
    calls = [
        round_of(
            f"Call with Ines Marr ({firm})",
            "messages-noreply@scheduler.example",
            days,
            name="Ines Marr via Scheduler",
        )
        for firm, days in (("Marlowe Hop Growers", -12), ("Marlowe Glass Studio", -6))
    ]
    later = round_of("Marlowe – final interview", "ines@marlowe.example", 2, name="Ines Marr")
    assert companies(*calls, later)[later.summary] == "Marlowe"


def test_a_free_mail_recruiter_ties_no_two_processes_together():
    one = round_of("Ostwind – second interview", "kai.brandt@gmail.com", 2, name="Kai Brandt")
    other = round_of(
        "Intro call – Halvard Bygg",
        "mia.lund@gmail.com",
        -5,
        "Mia here; I used to work with the Ostwind Energiesysteme team.",
        name="Mia Lund",
    )
    # the only tie would be the free-mail domain: Ostwind is not Ostwind Energiesysteme
    assert companies(other, one)[one.summary] == "Ostwind"

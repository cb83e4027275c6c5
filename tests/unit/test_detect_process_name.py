"""The employer's fullest name across the rounds of one process (:mod:`.processname`).

A later invite names the firm short where another invite of the same process wrote it
whole (a first call's description, a scheduler's title, a signature, the user's own
note); every round is named by the fullest form, legal form kept. Never a job, a round
word, a team, a city, a meeting service, a department or an agency's own name; never a
different firm that shares a first word. The user is Robin Hale, as in
:mod:`tests.unit.test_detect_kinds`; the employers are made up.
"""

from __future__ import annotations

import pytest

from assistant.detect import detect
from assistant.models import Event
from tests.unit.test_detect_dev4_families import note
from tests.unit.test_detect_dev8_families import hosted
from tests.unit.test_detect_kinds import PROFILE


def round_of(
    summary: str,
    organizer: str,
    days: float,
    description: str = "",
    name: str = "",
    location: str = "",
) -> Event:
    """An invite from ``organizer`` (display name ``name``) ``days`` after now."""
    return hosted(summary, organizer, name, days=days, description=description, location=location)


def companies(*events: Event) -> dict[str, str | None]:
    """Each event's employer as detection names it, by title."""
    return {d.event.summary or "": d.verdict.company for d in detect(list(events), PROFILE)}


# --- the fullest form any round writes, earlier or later ---------------------------------


# A recruiter on free mail: the first call is filed under the recruiter, not the firm.
_FREE_MAIL_FIRST_CALLS = [
    (
        ("Agnes / Tom – Brackenridge & Voss chat", "Tom Ferris", "tom.ferris.recruits@gmail.com"),
        "hi! quick chat re the Finance Lead opening at Brackenridge & Voss Logistics Ltd, Hull.",
        "Brackenridge & Voss – final round",
        "Brackenridge & Voss Logistics Ltd",
    ),
    (
        ("Ayşe / Murat – Yakamoz Lojistik görüşmesi", "Murat Kaya", "murat.k.ik@gmail.com"),
        "Merhaba! Yakamoz Lojistik Hizmetleri A.Ş. bünyesindeki Depo Müdürü pozisyonu için "
        "kısa bir görüşme.",
        "İkinci mülakat – Yakamoz Lojistik",
        "Yakamoz Lojistik Hizmetleri A.Ş.",
    ),
]


@pytest.mark.parametrize(
    ("first", "description", "later_title", "expected"),
    _FREE_MAIL_FIRST_CALLS,
    ids=["english_ltd", "turkish_anonim_sirket"],
)
def test_recruiters_first_call_description_writes_the_firm_in_full(
    first, description, later_title, expected
):
    title, name, address = first
    call = round_of(title, address, -20, description, name=name)
    later = round_of(later_title, address, 2, name=name)
    assert companies(call, later)[later_title] == expected


# The recruiter's call booked through a scheduler ("… via Scheduler"): the same person
# as on the rounds, who are sent from the firm's own domain.
_SCHEDULER_CALLS = [
    (
        "Claire Dufresne",
        "Maisonneuve Conseil SAS",
        "Deuxième entretien – Maisonneuve",
        "rh@maisonneuve.example",
    ),
    (
        "Ama Owusu",
        "Tidewell Seafood Cooperative",
        "Tidewell – second interview",
        "ama@tidewell.example",
    ),
    ("Niamh Byrne", "Kestrel Marine Terminals", "KMT – final interview", "niamh@kmt.example"),
]


@pytest.mark.parametrize(
    ("recruiter", "firm", "later_title", "sender"),
    _SCHEDULER_CALLS,
    ids=["french_sas", "name_words_in_brackets", "initials_spelled_out"],
)
def test_scheduler_call_with_the_same_recruiter_writes_the_firm_in_full(
    recruiter, firm, later_title, sender
):
    call = round_of(
        f"Call with {recruiter} ({firm})",
        "noreply@scheduler.example",
        -8,
        name=f"{recruiter} via Scheduler",
    )
    later = round_of(later_title, sender, 3, name=recruiter)
    assert companies(call, later)[later_title] == firm


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

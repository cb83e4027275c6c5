"""A later round that names someone without an address reuses the address that person
had on an earlier invite from the same employer, when the name points at one address.

Each rule as a shape: the same process, another invite from the employer, two
addresses for one name (no draft, a note), a form of address before the name ("Pak",
"Ibu", "Dr."), accents written or left out, a surname alone, the private-address rule
(free mail only from the person's own ATTENDEE entry), never the user or a robot, and
nothing changed for a guest whose invite carries their address. The pass keeps the
addresses in the store, so a round read in an earlier pass still gives them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from assistant.detect import Profile, detect
from assistant.drafting.address_book import KEY, address_book, record_addresses
from assistant.drafting.earlier_addresses import AddressBook, book_of, same_person
from assistant.drafting.marks import REUSED_MARK, draft_marks
from assistant.drafting.plan import drafts_explained, plan_drafts, unplanned
from assistant.mail.memory import MemoryMailbox
from assistant.models import Attendee, Detection, DraftKind, DraftState
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import ME, build_services, make_event, me, person

PROFILE = Profile.build([ME])
FIRST_DAY = datetime(2027, 3, 12, 8, 0, tzinfo=UTC)
LATER_DAY = datetime(2027, 4, 13, 8, 0, tzinfo=UTC)
DOMAIN = "samudrabiru.example"
RECRUITER = person(f"dewi.anggraini@{DOMAIN}", "Dewi Anggraini", is_organizer=True)
ROLE = "Supply Planner at Samudra Biru Logistik"


def _round(title: str, start: datetime, uid: str, guests: tuple[Attendee, ...], text: str):
    """A round of the Supply Planner process, organised by the recruiter."""
    attendees = (me(), RECRUITER, *guests)
    return make_event(
        f"{title}: {ROLE}",
        start,
        uid=uid,
        organizer=RECRUITER,
        attendees=attendees,
        description=text,
    )


def _first(*guests: Attendee, description: str = "", start: datetime = FIRST_DAY, uid: str = "r1"):
    return _round("First interview", start, uid, guests, description)


def _later(text: str, *guests: Attendee, uid: str = "r2"):
    return _round("Second interview", LATER_DAY, uid, guests, text)


def _plan(*events) -> tuple[Detection, AddressBook]:
    detections = detect(list(events), PROFILE)
    later = next(d for d in detections if d.verdict.is_follow_up and d.event.start == LATER_DAY)
    return later, book_of([], detections, PROFILE)


def _thanks(detection: Detection, book: AddressBook | None) -> dict[str, tuple[bool, str]]:
    return {
        p.recipient.email: (p.guessed_recipient, p.reason)
        for p in plan_drafts(detection, PROFILE, None, book)
        if p.kind is DraftKind.THANK_YOU
    }


BAMBANG = person(f"bambang.wicaksono@{DOMAIN}", "Bambang Wicaksono")


def test_same_process_address_from_the_first_round():
    later, book = _plan(_first(BAMBANG), _later("You will meet Bambang Wicaksono on site."))
    thanks = _thanks(later, book)
    guessed, reason = thanks[BAMBANG.email]
    assert not guessed, "the address was on an invite: no guess"
    assert reason.endswith(
        "address from the 2027-03-12 round “First interview: Supply Planner at Samudra "
        "Biru Logistik”"
    ), reason
    assert drafts_explained(later, PROFILE, book)[0].startswith(
        f"Bambang Wicaksono <{BAMBANG.email}>: address from the 2027-03-12 round"
    )


def test_without_earlier_rounds_the_address_is_still_a_guess():
    later, _book = _plan(_later("You will meet Bambang Wicaksono on site."))
    guessed, reason = _thanks(later, AddressBook())[BAMBANG.email]
    assert guessed and "address guessed as first.last@" in reason


def test_another_invite_from_the_employer_gives_it():
    """A screen for another job at the same employer (another process) is an earlier
    invite from that employer too."""
    screen = make_event(
        "Phone screen: Warehouse Analyst at Samudra Biru Logistik",
        FIRST_DAY - timedelta(days=40),
        uid="other-job",
        organizer=RECRUITER,
        attendees=(me(), RECRUITER, person(f"ratna.kusumawati@{DOMAIN}", "Ratna Kusumawati")),
    )
    later, book = _plan(screen, _first(), _later("You will meet Ratna Kusumawati."))
    guessed, reason = _thanks(later, book)[f"ratna.kusumawati@{DOMAIN}"]
    assert not guessed and "address from the 2027-01-31 round" in reason, reason


def test_two_addresses_for_one_name_give_no_draft_and_say_so():
    first = _first(person(f"ratna.k@{DOMAIN}", "Ratna Kusumawati"))
    other = _first(
        person(f"rkusumawati@{DOMAIN}", "Ratna Kusumawati"),
        start=FIRST_DAY + timedelta(days=7),
        uid="r1b",
    )
    later, book = _plan(first, other, _later("You will meet Ratna Kusumawati."))
    assert not any("ratna" in email or "kusumawati" in email for email in _thanks(later, book))
    notes = unplanned(later, PROFILE, None, book)
    assert any(
        "no thank-you to Ratna Kusumawati" in n
        and "give 2 addresses for that name" in n
        and f"ratna.k@{DOMAIN}, rkusumawati@{DOMAIN}" in n
        and "none was picked" in n
        and "--note" in n
        for n in notes
    ), notes


def test_a_surname_alone_is_reused_only_when_one_person_has_it():
    one = _first(BAMBANG, person(f"sari.lestari@{DOMAIN}", "Sari Lestari"))
    later, book = _plan(one, _later("You will meet Ibu Lestari."))
    assert f"sari.lestari@{DOMAIN}" in _thanks(later, book)

    two = _first(
        person(f"sari.lestari@{DOMAIN}", "Sari Lestari"),
        person(f"yuni.lestari@{DOMAIN}", "Yuni Lestari"),
    )
    later, book = _plan(two, _later("You will meet Ibu Lestari."))
    assert not any("lestari" in email for email in _thanks(later, book))
    assert any("2 addresses" in n for n in unplanned(later, PROFILE, None, book))


@pytest.mark.parametrize(
    ("named", "known"),
    [
        ("Pak Bambang Wicaksono", "Bambang Wicaksono"),
        ("Bapak Bambang Wicaksono", "bambang wicaksono"),
        ("Dr. Radmila Šťastná", "Radmila Stastna"),
        ("Radmila Stastna", "RADMILA ŠŤASTNÁ"),
        ("Ibu Ratna Kusumawati", "Ratna Dewi Kusumawati"),  # a middle name
        ("Wicaksono, Bambang", "Bambang Wicaksono"),
        ("Radmila Šťastná", "Radmila Šťastná Horáková"),  # a second family name
        ("Dr. Šťastná", "Radmila Stastna"),
    ],
)
def test_the_same_person_titles_accents_and_middle_names_aside(named, known):
    assert same_person(named, known)


@pytest.mark.parametrize(
    ("named", "known"),
    [
        ("Bambang Wicaksono", "Bambang Sutrisno"),
        ("Bambang Wicaksono", "Agus Wicaksono"),
        ("Bambang Wicaksono", "Bambang"),  # a given name alone is anyone's
        ("Bambang", "Bambang Wicaksono"),  # a lone word is a surname, not a given name
        ("Radmila Šťastná", "samudrabiru.example"),
    ],
)
def test_different_people(named, known):
    assert not same_person(named, known)


def test_a_title_and_accents_in_the_later_invite():
    first = _first(BAMBANG, person(f"radmila.stastna@{DOMAIN}", "Radmila Stastna"))
    later, book = _plan(
        first, _later("You will meet Pak Bambang Wicaksono and Dr. Radmila Šťastná.")
    )
    thanks = _thanks(later, book)
    assert not thanks[BAMBANG.email][0]
    assert not thanks[f"radmila.stastna@{DOMAIN}"][0]


def test_free_mail_only_from_the_persons_own_attendee_entry():
    written = _first(description="Questions? Write to Nadia Rahmawati (nadia.rahma88@gmail.com).")
    later, book = _plan(written, _later("You will meet Nadia Rahmawati."))
    assert "nadia.rahma88@gmail.com" not in _thanks(later, book)

    own = _first(person("nadia.rahma88@gmail.com", "Nadia Rahmawati"))
    later, book = _plan(own, _later("You will meet Nadia Rahmawati."))
    guessed, reason = _thanks(later, book)["nadia.rahma88@gmail.com"]
    assert not guessed and "address from the 2027-03-12 round" in reason


def test_a_corporate_address_the_description_wrote_says_so():
    written = _first(
        description="Your interviewer: Hendra Gunawan (hendra.gunawan@samudrabiru.example)."
    )
    later, book = _plan(written, _later("You will meet Hendra Gunawan."))
    reason = _thanks(later, book)[f"hendra.gunawan@{DOMAIN}"][1]
    assert reason.endswith("where its description wrote it"), reason


def test_never_the_users_own_address_nor_a_robots():
    alias = Profile.build([ME, "alex.kerja@samudrabiru.example"])
    first = _first(
        person("alex.kerja@samudrabiru.example", "Bambang Wicaksono"),
        person(f"noreply@{DOMAIN}", "Bambang Wicaksono"),
        person("calendar-notification@google.com", "Bambang Wicaksono"),
    )
    detections = detect([first, _later("You will meet Bambang Wicaksono.")], alias)
    later = detections[-1]
    book = book_of([], detections, alias)
    emails = {p.recipient.email for p in plan_drafts(later, alias, None, book)}
    assert not emails & {
        "alex.kerja@samudrabiru.example",
        f"noreply@{DOMAIN}",
        "calendar-notification@google.com",
    }


def test_a_guest_with_an_address_on_the_invite_keeps_it():
    first = _first(person(f"bwicaksono@{DOMAIN}", "Bambang Wicaksono"))
    later, book = _plan(first, _later("", BAMBANG))
    thanks = _thanks(later, book)
    assert thanks[BAMBANG.email] == (False, "on the invite")
    assert f"bwicaksono@{DOMAIN}" not in thanks


def test_only_earlier_invites_count():
    after = _first(BAMBANG, start=LATER_DAY + timedelta(days=3), uid="r3")
    later, book = _plan(after, _later("You will meet Bambang Wicaksono."))
    assert _thanks(later, book)[BAMBANG.email][0], "a later invite's address is not reused"


# --- kept in the store, from one pass to the next ------------------------------------


def test_the_address_comes_from_the_store_in_a_later_pass(store):
    calendar = MemoryCalendar([_first(BAMBANG)])
    mailbox = MemoryMailbox()
    services = build_services(calendar, store, mailbox)
    run_once(services, FIRST_DAY + timedelta(hours=3))
    assert store.sync_state(KEY)["sightings"], "the first round's guests are kept"

    # The first round leaves the calendar (out of the window, or deleted): the store keeps it.
    calendar.remove(_first().event_id)
    calendar.put(_later("You will meet Pak Bambang Wicaksono."))
    run_once(services, LATER_DAY - timedelta(days=1))
    run_once(services, LATER_DAY + timedelta(hours=3))  # the drafts are due
    drafts = store.drafts(event_id=_later("").event_id)
    to_bambang = [d for d in drafts if d.to == (BAMBANG.email,)]
    assert len(to_bambang) == 1
    assert "address from the 2027-03-12 round" in (to_bambang[0].reason or "")
    assert REUSED_MARK in draft_marks(to_bambang[0])
    assert not to_bambang[0].guessed_recipient

    run_once(services, LATER_DAY + timedelta(hours=5))
    again = store.drafts(event_id=_later("").event_id)
    assert len(again) == len(drafts), "nothing is drafted twice"
    assert all(d.state is DraftState.DRAFTED for d in again)


def test_a_round_read_again_replaces_what_was_kept_of_it(store):
    now = FIRST_DAY + timedelta(hours=3)
    record_addresses(store, detect([_first(BAMBANG)], PROFILE), PROFILE, now)
    corrected = person(f"b.wicaksono@{DOMAIN}", "Bambang Wicaksono")
    record_addresses(store, detect([_first(corrected)], PROFILE), PROFILE, now)
    kept = {s["email"] for s in store.sync_state(KEY)["sightings"]}
    assert corrected.email in kept and BAMBANG.email not in kept


def test_a_damaged_row_is_read_as_none(store):
    store.save_sync_state(KEY, {"format": 1, "sightings": [{"name": "x"}]}, FIRST_DAY)
    assert not address_book(store, PROFILE)


def test_a_round_read_after_the_drafts_makes_no_second_thank_you(store):
    """Drafts were made with a guessed address; the first round (another address for the
    same person) is read afterwards; a debrief then adds someone: only they get a draft."""
    from assistant.drafting.debrief import debrief_target, record_debrief

    calendar = MemoryCalendar([_later("You will meet Bambang Wicaksono.")])
    services = build_services(calendar, store, MemoryMailbox())
    after = LATER_DAY + timedelta(hours=3)
    run_once(services, after)
    event_id = _later("").event_id
    before = {d.to for d in store.drafts(event_id=event_id)}
    assert (BAMBANG.email,) in before, "guessed as first.last"

    calendar.put(_first(person(f"b.wicaksono@{DOMAIN}", "Bambang Wicaksono")))
    run_once(services, after + timedelta(hours=1))
    target = debrief_target(services, event_id, after)
    outcome = record_debrief(services, target, after, added={f"agus.salim@{DOMAIN}": "Agus Salim"})
    now = {d.to for d in store.drafts(event_id=event_id)}
    assert now - before == {(f"agus.salim@{DOMAIN}",)}, outcome.created


def test_the_round_is_named_by_its_day_on_the_invites_own_clock():
    """23:30 UTC on 11 March is the morning of 12 March in Jakarta, where the invite is."""
    evening = replace(
        _first(BAMBANG, start=datetime(2027, 3, 11, 23, 30, tzinfo=UTC)), timezone="Asia/Jakarta"
    )
    later, book = _plan(evening, _later("You will meet Bambang Wicaksono."))
    assert "address from the 2027-03-12 round" in _thanks(later, book)[BAMBANG.email][1]

"""The approval workflow on the in-package fakes: drafted → approved → sent, rejected, gone.

Each test runs real passes (``run_once``) on a memory calendar, a memory mailbox
and a real SQLite store, then acts as the user would through ``approval``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from assistant import approval, notes_to_self
from assistant.drafting import debrief as debriefs
from assistant.errors import DraftGoneError, UsageError
from assistant.mail.memory import MemoryMailbox
from assistant.messages import message_id_for, plain_body
from assistant.models import Detection, DraftKind, DraftState, EventStatus, PartStat, Verdict
from assistant.runner import previous_round, run_once
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from tests.conftest import NOW, make_event, me, person

ENDED = make_event(start=NOW - timedelta(hours=3))  # Jordan organises, Priya interviews


@pytest.fixture
def calendar(services: Services) -> MemoryCalendar:
    return services.sources[0]  # type: ignore[return-value]


@pytest.fixture
def mailbox(services: Services) -> MemoryMailbox:
    return services.mailbox  # type: ignore[return-value]


@pytest.fixture
def made(services: Services, calendar: MemoryCalendar):
    """The drafts of an interview that ended two hours ago, by kind."""
    calendar.put(ENDED)
    run_once(services, NOW)
    return {d.kind: d for d in services.store.drafts()}


def test_drafts_are_made_once_and_nothing_is_sent(services, made, mailbox):
    assert set(made) == {DraftKind.THANK_YOU, DraftKind.OFFER_REQUEST}
    assert made[DraftKind.THANK_YOU].to == ("priya@acme.example",)
    assert made[DraftKind.OFFER_REQUEST].to == ("jordan@acme.example",)
    for later in (5, 60, 600):
        run_once(services, NOW + timedelta(minutes=later))
    assert len(services.store.drafts()) == 2 and len(mailbox.drafts) == 2
    assert mailbox.sent == {}, "nothing goes to anyone without approval"


def test_the_note_to_self_names_a_long_outlook_id_by_its_short_form(services, calendar, mailbox):
    long_id = (
        "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6C701000000000000000010000000FF99887766"
    )
    calendar.put(replace(ENDED, uid=long_id))
    run_once(services, NOW)
    (note,) = mailbox.inbox.values()
    text = plain_body(note)
    assert "interview-assistant debrief 99887766\n" in text
    assert long_id not in text


def test_the_note_to_self_invites_the_debrief_once_and_lists_the_drafts(services, made, mailbox):
    (note,) = mailbox.inbox.values()
    text = plain_body(note)
    assert str(note["To"]) == "Alex Rivera <me@example.com>"
    assert note["Subject"] == "How did it go at Acme? 2 drafts waiting for your approval"
    assert "interview-assistant debrief evt-1" in text
    offer = made[DraftKind.OFFER_REQUEST]
    assert (
        f"{offer.id}. Offer request to jordan@acme.example  [no offer assumed: if one was made, run debrief first]"
        in text
    )
    assert f"{made[DraftKind.THANK_YOU].id}. Thank-you to priya@acme.example\n" in text
    record = services.store.interview(ENDED.event_id)
    detection = Detection(ENDED, Verdict(True, 1, ("x",)))
    assert not notes_to_self.deliver_debrief_invite(
        services, record, detection, NOW + timedelta(hours=1)
    )
    run_once(services, NOW + timedelta(hours=1))
    assert len(mailbox.inbox) == 1


def test_approve_sends_once_and_a_second_approval_is_refused(services, made, mailbox):
    draft = made[DraftKind.THANK_YOU]
    sent = approval.approve(services, draft.id, NOW)
    assert sent.state is DraftState.SENT and sent.sent_at == NOW
    (message,) = mailbox.sent.values()
    assert str(message["To"]) == "Priya Raman <priya@acme.example>"
    assert message["Message-ID"] == message_id_for(draft.key)
    assert plain_body(message) == draft.body
    assert mailbox.drafts.keys() == {made[DraftKind.OFFER_REQUEST].mailbox_ref}
    with pytest.raises(UsageError, match="was already sent; nothing was sent"):
        approval.approve(services, draft.id, NOW + timedelta(minutes=1))
    run_once(services, NOW + timedelta(minutes=2))
    assert len(mailbox.sent) == 1


def test_a_rejected_draft_is_deleted_and_can_never_be_sent(services, made, mailbox):
    draft = made[DraftKind.OFFER_REQUEST]
    assert approval.reject(services, draft.id, NOW).state is DraftState.REJECTED
    assert draft.mailbox_ref not in mailbox.drafts
    with pytest.raises(UsageError, match="was rejected"):
        approval.approve(services, draft.id, NOW)
    with pytest.raises(UsageError, match="was rejected"):
        approval.reject(services, draft.id, NOW)
    assert mailbox.sent == {}


def test_approve_at_a_later_time_sends_on_the_first_pass_after_it(services, made, mailbox):
    draft = made[DraftKind.THANK_YOU]
    at = NOW + timedelta(hours=2)
    scheduled = approval.approve(services, draft.id, NOW, at=at)
    assert scheduled.state is DraftState.APPROVED and scheduled.send_at == at
    run_once(services, at - timedelta(minutes=1))
    assert mailbox.sent == {}
    report = run_once(services, at + timedelta(minutes=4))
    assert report.sent == [draft.subject] and len(mailbox.sent) == 1
    run_once(services, at + timedelta(minutes=9))
    assert len(mailbox.sent) == 1
    assert services.store.draft(draft.id).state is DraftState.SENT


def test_a_time_in_the_past_sends_now(services, made, mailbox):
    draft = made[DraftKind.THANK_YOU]
    assert (
        approval.approve(services, draft.id, NOW, at=NOW - timedelta(days=1)).state
        is DraftState.SENT
    )


def test_an_edit_is_kept_and_never_overwritten_by_a_debrief_or_a_move(
    services, made, mailbox, calendar
):
    draft = made[DraftKind.THANK_YOU]
    edited = approval.edit(services, draft.id, "Hi Priya,\n\nMy own words.\n\nAlex", NOW, "Thanks!")
    assert edited.edited and edited.body == "Hi Priya,\n\nMy own words.\n\nAlex\n"
    assert plain_body(mailbox.drafts[draft.mailbox_ref]) == edited.body
    assert mailbox.drafts[draft.mailbox_ref]["Subject"] == "Thanks!"
    target = debriefs.debrief_target(services, ENDED.event_id, NOW)
    outcome = debriefs.record_debrief(
        services, target, NOW, notes={"priya@acme.example": "your demo"}, figure="$120k"
    )
    assert outcome.kept_edited == [draft.id]
    assert outcome.updated == [made[DraftKind.OFFER_REQUEST].id]
    calendar.put(ENDED.moved_to(ENDED.start + timedelta(hours=1), ENDED.end + timedelta(hours=1)))
    run_once(services, NOW + timedelta(minutes=5))
    assert services.store.draft(draft.id).body == edited.body
    assert plain_body(mailbox.drafts[draft.mailbox_ref]) == edited.body
    assert len(services.store.drafts()) == 2 and len(mailbox.drafts) == 2


def test_an_empty_edit_is_refused_and_an_unchanged_one_is_not_an_edit(services, made):
    draft = made[DraftKind.THANK_YOU]
    with pytest.raises(UsageError, match="empty; the draft is unchanged"):
        approval.edit(services, draft.id, "  \n\n", NOW)
    same = approval.edit(services, draft.id, draft.body, NOW)
    assert not same.edited and same.body == draft.body
    assert services.store.draft(draft.id) == draft


def test_drafts_sent_or_deleted_in_the_mail_client_become_gone(services, made, mailbox):
    thanks, offer = made[DraftKind.THANK_YOU], made[DraftKind.OFFER_REQUEST]
    del mailbox.drafts[thanks.mailbox_ref]  # the user sent it from their mail client
    assert approval.sync_gone(services, NOW) == [thanks.id]
    with pytest.raises(UsageError, match="was sent or deleted in your mail client"):
        approval.approve(services, thanks.id, NOW)
    approval.approve(services, offer.id, NOW, at=NOW + timedelta(hours=1))
    del mailbox.drafts[offer.mailbox_ref]
    with pytest.raises(DraftGoneError):
        approval.send_approved(services, offer.id, NOW + timedelta(hours=1))
    assert services.store.draft(offer.id).state is DraftState.GONE
    assert mailbox.sent == {}


def test_drafts_left_alone_for_three_days_get_one_reminder(services, made, mailbox, calendar):
    run_once(services, NOW + timedelta(days=2, hours=23))
    assert len(mailbox.inbox) == 1, "only the note after the interview so far"
    for hours in (0, 1, 24, 24 * 7):
        run_once(services, NOW + timedelta(days=3, hours=hours))
    reminders = [m for m in mailbox.inbox.values() if "still waiting" in str(m["Subject"])]
    assert len(reminders) == 1, "one reminder, never more"
    text = plain_body(reminders[0])
    assert "This is the only reminder" in text
    for draft in made.values():
        assert f"{draft.id}. " in text and draft.subject in text
    # A later interview's drafts get their own single reminder; the old ones are not repeated.
    later = make_event(uid="evt-2", start=NOW + timedelta(days=5))
    calendar.put(later)
    run_once(services, later.end + timedelta(hours=1))
    run_once(services, later.end + timedelta(days=4))
    run_once(services, later.end + timedelta(days=9))
    reminders = [m for m in mailbox.inbox.values() if "still waiting" in str(m["Subject"])]
    assert len(reminders) == 2
    assert str(made[DraftKind.THANK_YOU].id) + ". " not in plain_body(reminders[1])


def test_a_draft_the_user_approved_or_rejected_is_not_reminded_about(services, made, mailbox):
    approval.reject(services, made[DraftKind.OFFER_REQUEST].id, NOW)
    approval.approve(services, made[DraftKind.THANK_YOU].id, NOW)
    run_once(services, NOW + timedelta(days=4))
    assert not [m for m in mailbox.inbox.values() if "still waiting" in str(m["Subject"])]


def test_the_reminder_waits_for_quiet_hours_to_end(services, made, mailbox):
    night = NOW.replace(hour=23) + timedelta(days=3)
    notes_to_self.send_reminders(services, night)
    assert len(mailbox.inbox) == 1
    assert notes_to_self.send_reminders(services, night.replace(hour=8) + timedelta(days=1))
    assert len(mailbox.inbox) == 2


def test_a_reschedule_after_the_drafts_updates_their_dates_in_place(
    services, made, mailbox, calendar
):
    thanks = made[DraftKind.THANK_YOU]
    assert "Monday 12 April" in thanks.body
    moved = ENDED.moved_to(ENDED.start - timedelta(days=3), ENDED.end - timedelta(days=3))
    calendar.put(moved)
    run_once(services, NOW + timedelta(minutes=5))
    after = services.store.draft(thanks.id)
    assert "Friday 9 April" in after.body and "Monday" not in after.body
    assert plain_body(mailbox.drafts[thanks.mailbox_ref]) == after.body
    assert len(services.store.drafts()) == 2 and len(mailbox.drafts) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda e: replace(e, status=EventStatus.CANCELLED),
        lambda e: replace(e, attendees=(me(partstat=PartStat.DECLINED), *e.attendees[1:])),
    ],
    ids=["cancelled", "declined"],
)
def test_a_cancelled_or_declined_interview_gets_no_drafts_and_no_note(
    services, calendar, mailbox, change
):
    upcoming = make_event(start=NOW + timedelta(days=1))
    calendar.put(upcoming)
    run_once(services, NOW)
    calendar.put(change(upcoming))
    run_once(services, upcoming.end + timedelta(hours=1))
    assert services.store.drafts() == []
    assert mailbox.drafts == {}
    assert not [m for m in mailbox.inbox.values() if "How did it go" in str(m["Subject"])]


def test_a_debrief_rerenders_the_waiting_drafts_in_place(services, made, mailbox):
    target = debriefs.debrief_target(services, ENDED.event_id, NOW)
    assert [p.email for p in target.interviewers] == ["priya@acme.example"]
    outcome = debriefs.record_debrief(
        services,
        target,
        NOW,
        topics=["the pricing roadmap"],
        notes={"Priya@acme.example": "your team's move to Rust"},
        offer_discussed=True,
        figure="$135,000 base",
    )
    assert sorted(outcome.updated) == sorted(d.id for d in made.values())
    assert outcome.offer_drafts == [made[DraftKind.OFFER_REQUEST].id]
    drafts = {d.kind: d for d in services.store.drafts()}
    assert {d.id for d in drafts.values()} == {d.id for d in made.values()}, "same drafts"
    assert "our conversation about your team's move to Rust." in drafts[DraftKind.THANK_YOU].body
    assert "for the offer of $135,000 base," in drafts[DraftKind.OFFER_REQUEST].body
    assert len(mailbox.drafts) == 2
    for draft in drafts.values():
        assert plain_body(mailbox.drafts[draft.mailbox_ref]) == draft.body
    again = debriefs.record_debrief(
        services, debriefs.debrief_target(services, ENDED.event_id, NOW), NOW
    )
    assert again.updated == [], "the same answers change nothing"


def test_a_debrief_note_must_name_someone_on_the_invite(services, made):
    target = debriefs.debrief_target(services, ENDED.event_id, NOW)
    with pytest.raises(UsageError, match=r"priya@acme\.exmaple is not on the invite") as caught:
        debriefs.record_debrief(services, target, NOW, notes={"priya@acme.exmaple": "typo"})
    assert "priya@acme.example" in str(caught.value.fix)
    assert services.store.debrief(ENDED.event_id) is None


def test_a_first_interview_is_debriefed_from_the_calendar_and_feeds_the_next_round(
    services, calendar, store
):
    first = make_event(
        summary="Phone screen – Acme",
        uid="acme-1",
        start=NOW - timedelta(days=10),
        attendees=(me(), person("jordan@acme.example", "Jordan Lee", is_organizer=True)),
    )
    calendar.put(first)
    run_once(services, NOW)
    assert store.find_interview(first.event_id) is None, "a first interview is not stored"
    target = debriefs.debrief_target(services, first.event_id, NOW)
    assert target.summary == "Phone screen – Acme" and target.start == first.start
    debriefs.record_debrief(
        services, target, NOW, topics=["team size"], notes={"jordan@acme.example": "the roadmap"}
    )
    saved = store.debrief("acme-1")
    assert saved["_event"]["summary"] == "Phone screen – Acme"
    assert saved["_event"]["start"] == first.start.isoformat()
    second = Detection(make_event(), Verdict(True, 0.9, ("x",), first_interview_id="acme-1"))
    previous = previous_round(services, second)
    assert previous is not None and previous.start == first.start
    assert previous.notes == ("team size",)
    assert previous.people_notes == {"jordan@acme.example": "the roadmap"}
    assert saved["_event"]["people"] == ["jordan@acme.example"]


def test_an_unknown_event_is_a_clear_error(services, made):
    with pytest.raises(Exception, match="cannot debrief 'nope'") as caught:
        debriefs.debrief_target(services, "nope", NOW)
    assert "scan --all" in caught.value.fix


def test_approving_a_draft_whose_mailbox_copy_was_never_written_writes_then_sends(
    services, mailbox
):
    draft, _ = services.store.add_draft(
        key="draft/x/thank-you/priya@acme.example",
        event_id="x",
        kind=DraftKind.THANK_YOU,
        recipients=["priya@acme.example"],
        subject="Thank you",
        body="Hi Priya,\n",
        message_id=message_id_for("draft/x/thank-you/priya@acme.example"),
        guessed_recipient=False,
        interview_summary="Second interview",
        now=NOW,
    )
    assert approval.approve(services, draft.id, NOW).state is DraftState.SENT
    assert len(mailbox.sent) == 1 and mailbox.drafts == {}


def test_editing_a_draft_approved_for_later_sends_the_new_text(services, made, mailbox):
    draft = made[DraftKind.THANK_YOU]
    at = NOW + timedelta(hours=1)
    approval.approve(services, draft.id, NOW, at=at)
    edited = approval.edit(services, draft.id, "Hi Priya,\n\nThank you!\n\nAlex", NOW)
    assert edited.state is DraftState.APPROVED and edited.send_at == at
    run_once(services, at)
    (message,) = mailbox.sent.values()
    assert plain_body(message) == "Hi Priya,\n\nThank you!\n\nAlex\n"


def test_each_draft_keeps_the_reason_it_was_made_for(services, made):
    reasons = approval.draft_reasons(services, services.store.drafts())
    assert all(draft.reason for draft in services.store.drafts())
    assert reasons == {draft.id: draft.reason for draft in services.store.drafts()}


def test_a_draft_made_before_reasons_were_stored_gets_its_reason_on_the_next_refresh(
    services, made
):
    draft = made[DraftKind.THANK_YOU]
    services.store.db.execute("UPDATE drafts SET reason = NULL WHERE id = ?", (draft.id,))
    assert services.store.draft(draft.id).reason is None
    planned = approval.draft_reasons(services, [services.store.draft(draft.id)])[draft.id]
    assert planned  # planned again from the stored interview
    approval.refresh_drafts(services, draft.event_id, NOW)
    assert services.store.draft(draft.id).reason == planned

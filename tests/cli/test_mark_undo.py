"""A wrong mark undone: what ``mark --not-follow-up`` withdrew (the pending briefing, the
waiting drafts) comes back, once, when the mark is cleared or reversed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.mail.maildir import DRAFTS, MaildirMailbox
from assistant.models import DraftState, JobState
from assistant.store import Store
from tests.cli.test_cli_basics import START, configure, inbox_kinds, interview_ics


def invoke(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def two_interviews(home: Path, tmp_path: Path) -> MaildirMailbox:
    """acme-2 at START (drafts made after it), acme-3 a week later (briefing pending)."""
    interview_ics(tmp_path / "cal.ics", START)
    later = interview_ics(tmp_path / "later.ics", START + timedelta(days=7))
    later.write_text(later.read_text().replace("UID:acme-2", "UID:acme-3"))
    configure(home, tmp_path / "cal.ics", later)
    invoke("tick", "--now", "2027-04-13T14:00:00Z")
    return MaildirMailbox(home / "mailbox")


def test_reversing_a_mark_brings_back_the_briefing_and_the_drafts_once(home: Path, tmp_path: Path):
    mailbox = two_interviews(home, tmp_path)
    assert len(mailbox.messages(DRAFTS)) == 2
    withdrawn = invoke("mark", "acme-2", "--not-follow-up").output
    assert "mark acme-2 --follow-up` brings back what was withdrawn" in withdrawn
    assert "Dropped its pending briefing" in invoke("mark", "acme-3", "--not-follow-up").output
    invoke("tick", "--now", "2027-04-13T15:00:00Z")
    assert mailbox.messages(DRAFTS) == []

    # Cleared: detection decides, and finds both follow-ups again.
    cleared = invoke("mark", "acme-2", "--clear").output
    assert "Its 2 withdrawn drafts come back if detection finds it a follow-up" in cleared
    reversed_ = invoke("mark", "acme-3", "--follow-up").output
    assert "The next pass plans its briefing and drafts." in reversed_
    tick = invoke("tick", "--now", "2027-04-13T16:00:00Z").output
    assert "2 withdrawn drafts back (2 waiting for approval)" in tick, tick
    assert len(mailbox.messages(DRAFTS)) == 2
    with Store.open(home / "state.db") as store:
        assert {d.state for d in store.drafts()} == {DraftState.DRAFTED}
        assert [r.state for r in store.jobs(event_id="acme-3")] == [JobState.PENDING] * len(
            store.jobs(event_id="acme-3")
        )
    dry = invoke("tick", "--dry-run", "--now", "2027-04-19T14:00:00Z").output
    assert "nothing is due" not in dry, dry

    invoke("tick", "--now", "2027-04-19T14:00:00Z")  # the day before acme-3
    assert inbox_kinds(mailbox).count("briefing") == 1
    # Once: more passes and marks bring nothing back a second time.
    invoke("mark", "acme-2", "--follow-up")
    invoke("tick", "--now", "2027-04-19T15:00:00Z")
    assert len(mailbox.messages(DRAFTS)) == 2
    assert inbox_kinds(mailbox).count("briefing") == 1
    with Store.open(home / "state.db") as store:
        assert len(store.drafts()) == 2


def test_a_draft_the_user_rejected_after_the_undo_stays_rejected(home: Path, tmp_path: Path):
    mailbox = two_interviews(home, tmp_path)
    invoke("mark", "acme-2", "--not-follow-up")
    invoke("mark", "acme-2", "--follow-up")
    invoke("tick", "--now", "2027-04-13T15:00:00Z")
    invoke("drafts", "reject", "1")
    invoke("mark", "acme-2", "--clear")
    invoke("tick", "--now", "2027-04-13T16:00:00Z")
    assert len(mailbox.messages(DRAFTS)) == 1
    with Store.open(home / "state.db") as store:
        assert store.draft(1).state is DraftState.REJECTED

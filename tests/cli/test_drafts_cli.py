"""``drafts list/show/edit/approve/reject`` against the local Maildir, as a user runs them.

Each test writes a calendar and a config.toml into a fresh home, runs ``tick
--now`` after the interview to make the drafts, then acts on them, counting the
files in the Maildir's ``.Drafts`` and ``.Sent``.
"""

from __future__ import annotations

import json
import quopri
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.mail.maildir import DRAFTS, INBOX, SENT, MaildirMailbox

START = datetime(2027, 4, 13, 12, 0, tzinfo=UTC)  # Tuesday, 14:00 in Berlin
AFTER = "2027-04-13T14:00:00Z"  # the drafts are due 30 minutes after the 13:00 end


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def write_calendar(path: Path) -> Path:
    """A first interview, and a second one with two interviewers, the organizer and a room."""
    fmt = "%Y%m%dT%H%M%SZ"

    def event(uid: str, summary: str, start: datetime, *people: str) -> list[str]:
        return [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20270101T000000Z",
            f"DTSTART:{start:{fmt}}",
            f"DTEND:{start + timedelta(hours=1):{fmt}}",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Jordan Lee:mailto:jordan@acme.example",
            "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:me@example.com",
            *people,
            "END:VEVENT",
        ]

    jordan = "ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@acme.example"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        *event(
            "acme-1", "Phone screen – Acme (Product Manager)", START - timedelta(days=10), jordan
        ),
        *event(
            "acme-2",
            "Second interview – Product Manager at Acme",
            START,
            jordan,
            "ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@acme.example",
            'ATTENDEE;CN="Okafor, Sam";PARTSTAT=ACCEPTED:mailto:sam@acme.example',
            "ATTENDEE;CN=Room 4;CUTYPE=ROOM:mailto:room4@resource.calendar.google.com",
        ),
        "END:VCALENDAR",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def configure(home: Path, calendar: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nname = "Alex Rivera"\nemail = "me@example.com"\n'
        'timezone = "Europe/Berlin"\nlocale = "en_GB"\nsignature = "Alex Rivera\\nalexrivera.example"\n'
        f"[calendar]\nics = ['{calendar}']\n",
        encoding="utf-8",
    )


class Maildir:
    def __init__(self, home: Path) -> None:
        self.box = MaildirMailbox(home / "mailbox")

    def count(self, folder: str) -> int:
        return len(self.box.messages(folder))

    def texts(self, folder: str) -> list[str]:
        return [p.read_bytes().decode("utf-8") for p in self.box.messages(folder)]


@pytest.fixture
def maildir(home: Path, tmp_path: Path) -> Maildir:
    """A home whose drafts were just made: 1 and 2 thank Priya and Sam, 3 asks Jordan."""
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    result = invoke("tick", "--now", AFTER)
    assert "3 drafts waiting for approval" in result.output, result.output
    return Maildir(home)


def listed() -> list[dict]:
    return json.loads(invoke("drafts", "list", "--json", "--all", "--now", AFTER).output)


def test_list_shows_state_recipient_subject_interview_and_age(maildir: Maildir):
    result = invoke("drafts", "list", "--now", "2027-04-13T16:00:00Z")
    lines = result.output.splitlines()
    assert lines[0].split() == ["1", "drafted", "2", "hours", "to", "priya@acme.example"]
    assert lines[1].strip().startswith("Thank you — ") and "at Acme" in lines[1]
    assert "(Second interview – Product Manager at Acme)" in lines[1]
    assert (
        "3  drafted  2 hours  to jordan@acme.example  "
        "[no offer assumed: if one was made, run debrief first]" in result.output
    )
    assert maildir.count(DRAFTS) == 3 and maildir.count(SENT) == 0


def test_list_json_has_the_documented_fields(maildir: Maildir):
    rows = listed()
    assert [(r["id"], r["kind"], r["to"]) for r in rows] == [
        (1, "thank-you", "priya@acme.example"),
        (2, "thank-you", "sam@acme.example"),
        (3, "offer-request", "jordan@acme.example"),
    ]
    for row in rows:
        assert row["state"] == "drafted" and row["interview_uid"] == "acme-2"
        assert isinstance(row["subject"], str) and row["guessed_recipient"] is False
    assert (
        rows[2]["note"] == "no offer assumed: if one was made, run debrief first"
        and rows[0]["note"] is None
    )


def test_show_prints_the_message_and_notes_that_are_not_part_of_it(maildir: Maildir):
    result = invoke("drafts", "show", "3")
    head, body = result.output.split("\n\n", 1)
    assert "To: jordan@acme.example" in head and "State: drafted" in head
    assert (
        "Note: no offer assumed: if one was made, run debrief first (not part of the message)"
        in head
    )
    assert body.startswith("Hi Jordan,\n") and "offer was discussed" not in body
    assert body.endswith("Alex Rivera\nalexrivera.example\n")
    greeting = invoke("drafts", "show", "2").output.split("\n\n", 1)[1].splitlines()[0]
    assert greeting == "Hi Sam,", "a 'Family, Given' name greets the given name"


def editor_script(tmp_path: Path, text: str) -> str:
    script = tmp_path / "editor.sh"
    script.write_text(f"#!/bin/sh\ncat > \"$1\" <<'EOF'\n{text}EOF\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_edit_opens_the_editor_and_keeps_the_text(
    maildir: Maildir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv(
        "EDITOR", editor_script(tmp_path, "Subject: Thanks, Priya\n\nHi Priya,\n\nMy own words.\n")
    )
    result = invoke("drafts", "edit", "1", "--now", AFTER)
    assert "Draft 1 updated" in result.output
    shown = invoke("drafts", "show", "1").output
    assert "Subject: Thanks, Priya" in shown and shown.endswith("Hi Priya,\n\nMy own words.\n")
    assert "[edited by you]" in invoke("drafts", "list", "--now", AFTER).output
    (on_disk,) = [t for t in maildir.texts(DRAFTS) if "priya@acme.example" in t]
    assert "My own words." in on_disk and "Subject: Thanks, Priya" in on_disk
    invoke("debrief", "acme-2", "--note", "priya@acme.example=your demo", "--now", AFTER)
    assert invoke("drafts", "show", "1").output.endswith("My own words.\n"), (
        "an edit is never overwritten"
    )
    assert maildir.count(DRAFTS) == 3


@pytest.mark.parametrize("editor", ["false", "/nonexistent/editor-xyz"])
def test_a_failing_or_missing_editor_leaves_the_draft_unchanged(
    maildir: Maildir, monkeypatch: pytest.MonkeyPatch, editor: str
):
    before = invoke("drafts", "show", "1").output
    files = maildir.texts(DRAFTS)
    monkeypatch.setenv("EDITOR", editor)
    monkeypatch.setenv("VISUAL", editor)
    result = CliRunner().invoke(cli, ["drafts", "edit", "1"])
    assert result.exit_code == 2
    assert "the editor could not run" in result.output and "draft 1 is unchanged" in result.output
    assert "export EDITOR=" in result.output
    assert "Traceback" not in result.output
    assert invoke("drafts", "show", "1").output == before
    assert maildir.texts(DRAFTS) == files


def test_approve_sends_once_and_a_second_approval_is_a_harmless_no_op(maildir: Maildir):
    result = invoke("drafts", "approve", "1", "--now", AFTER)
    assert result.output.startswith(
        "Draft 1 to priya@acme.example was filed in the local Sent folder; it was not emailed."
    )
    assert "send it yourself from your mail client" in result.output
    assert "interview-assistant connect google" in result.output
    assert maildir.count(SENT) == 1 and maildir.count(DRAFTS) == 2
    (sent,) = maildir.texts(SENT)
    assert "To: Priya Raman <priya@acme.example>" in sent
    again = CliRunner().invoke(cli, ["drafts", "approve", "1", "--now", AFTER])
    assert again.exit_code == 0
    assert (
        "Draft 1 was already filed in the local Sent folder (it was not emailed); "
        "nothing was sent or changed" in again.output
    )
    invoke("tick", "--now", "2027-04-13T15:00:00Z")
    assert maildir.count(SENT) == 1


def test_reject_deletes_the_draft_and_it_can_never_be_approved(maildir: Maildir):
    assert invoke("drafts", "reject", "2", "--now", AFTER).output.startswith("Rejected draft 2")
    assert maildir.count(DRAFTS) == 2
    refused = CliRunner().invoke(cli, ["drafts", "approve", "2"])
    assert refused.exit_code == 2 and "draft 2 was rejected" in refused.output
    assert maildir.count(SENT) == 0
    assert [r["state"] for r in listed()] == ["drafted", "rejected", "drafted"]


def test_approve_at_a_time_sends_on_the_first_tick_after_it(maildir: Maildir):
    result = invoke("drafts", "approve", "3", "--at", "2027-04-14 09:00", "--now", AFTER)
    assert (
        "will be filed in the local Sent folder (not emailed) for jordan@acme.example"
        " at Wed, 14 Apr 2027, 09:00 CEST" in result.output
    )
    listed = invoke("drafts", "list", "--now", AFTER).output
    assert "approved, files (not emailed) Wed 14 Apr, 09:00" in listed
    invoke("tick", "--now", "2027-04-14T06:59:00Z")
    assert maildir.count(SENT) == 0
    result = invoke("tick", "--now", "2027-04-14T07:00:00Z")
    assert "1 approved message filed in the local Sent folder (not emailed)" in result.output
    assert maildir.count(SENT) == 1 and maildir.count(DRAFTS) == 2
    invoke("tick", "--now", "2027-04-14T08:00:00Z")
    assert maildir.count(SENT) == 1


def test_a_draft_deleted_in_the_mail_client_is_gone_and_not_sent(maildir: Maildir):
    for path in maildir.box.messages(DRAFTS):
        if b"sam@acme.example" in path.read_bytes():
            path.unlink()
    refused = CliRunner().invoke(cli, ["drafts", "approve", "2"])
    assert refused.exit_code == 2 and "was sent or deleted in your mail client" in refused.output
    assert maildir.count(SENT) == 0


def test_the_note_after_the_interview_is_in_the_inbox(maildir: Maildir):
    (note,) = maildir.texts(INBOX)
    assert "Subject: How did it go at Acme? 3 drafts waiting for your approval" in note
    assert "interview-assistant debrief acme-2" in note
    text = quopri.decodestring(note.encode()).decode()
    assert "3. Offer request to jordan@acme.example  [no offer assumed: if one was made, run" in (
        text
    )


def test_an_offer_recipient_chosen_from_the_invite_is_noted_as_chosen_never_guessed(
    home: Path, tmp_path: Path
):
    calendar = tmp_path / "ats.ics"
    calendar.write_text(
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//test//EN",
                "BEGIN:VEVENT",
                "UID:globex-2",
                "DTSTAMP:20270101T000000Z",
                "DTSTART:20270413T120000Z",
                "DTEND:20270413T130000Z",
                "SUMMARY:Final round interview – Data Analyst, Globex",
                "ORGANIZER;CN=Globex Recruiting:mailto:no-reply@greenhouse.io",
                "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:me@example.com",
                "ATTENDEE;CN=Chen Wei;PARTSTAT=ACCEPTED:mailto:chen.wei@globex.example",
                "ATTENDEE;CN=Fatima Zahra (Head of Data);PARTSTAT=ACCEPTED:"
                "mailto:fatima.zahra@globex.example",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
        )
        + "\r\n",
        encoding="utf-8",
    )
    configure(home, calendar)
    invoke("tick", "--now", AFTER)
    rows = listed()
    assert [(r["kind"], r["to"], r["guessed_recipient"]) for r in rows] == [
        ("thank-you", "chen.wei@globex.example", False),
        ("thank-you", "fatima.zahra@globex.example", False),
        ("offer-request", "fatima.zahra@globex.example", False),
    ]
    listing = invoke("drafts", "list", "--now", AFTER).output
    assert "[recipient chosen by the assistant: check they are the right person]" in listing
    assert "guessed" not in listing  # every address here is on the invite
    head, body = invoke("drafts", "show", "3").output.split("\n\n", 1)
    assert "Note: recipient chosen by the assistant: check they are the right person" in head
    assert "chosen" not in body.lower() and body.startswith("Hi Fatima,\n")
    assert MaildirMailbox(home / "mailbox").messages(DRAFTS)
    for path in MaildirMailbox(home / "mailbox").messages(DRAFTS):
        assert b"chosen" not in path.read_bytes().lower()


def test_drafts_a_simulated_pass_made_have_no_age_on_the_wall_clock(
    maildir: Maildir, monkeypatch: pytest.MonkeyPatch
):
    # The list runs on the wall clock (no --now): the drafts were made at a simulated time.
    wall = datetime(2026, 11, 30, 4, 50, tzinfo=UTC)
    monkeypatch.setattr("assistant.cli.drafts.now_or", lambda text, tz: wall.astimezone(tz))
    result = invoke("drafts", "list")
    first = result.output.splitlines()[0]
    assert "made in a simulated pass" in first and "seconds" not in first
    assert [r["age"] for r in json.loads(invoke("drafts", "list", "--json").output)] == [
        "made in a simulated pass"
    ] * 3


def test_approving_on_a_clock_before_the_draft_was_made_is_refused(
    maildir: Maildir, monkeypatch: pytest.MonkeyPatch
):
    wall = datetime(2026, 11, 30, 4, 50, tzinfo=UTC)
    monkeypatch.setattr("assistant.cli.drafts.now_or", lambda text, tz: wall.astimezone(tz))
    result = invoke("drafts", "approve", "1")
    assert result.exit_code == 2
    assert "was made by a pass at the simulated time" in result.output
    assert "drafts approve 1 --now 2027-04-13T" in result.output
    assert maildir.count(SENT) == 0


def test_tick_with_now_says_the_pass_ran_at_the_simulated_time(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    result = invoke("tick", "--now", AFTER)
    first = result.output.splitlines()[0]
    assert first.startswith("Pass at the simulated time Tue, 13 Apr 2027, 16:00 CEST ")
    assert "recorded as simulated" in first

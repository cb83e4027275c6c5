"""The command line as a user meets it: tick, scan, demo, drafts JSON, help, errors."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import COMMANDS, cli
from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from tests.conftest import DATA

ICS = DATA / "ics"


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def interview_ics(path: Path, start: datetime) -> Path:
    """A follow-up interview at ``start`` (UTC), with two interviewers and a room."""
    end = start + timedelta(hours=1)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        "UID:acme-2",
        "DTSTAMP:20270101T000000Z",
        f"DTSTART:{start:{fmt}}",
        f"DTEND:{end:{fmt}}",
        "SUMMARY:Second interview – Product Manager at Acme",
        "ORGANIZER;CN=Jordan Lee:mailto:jordan@acme.example",
        "ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@acme.example",
        "ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@acme.example",
        "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.com",
        "ATTENDEE;CN=Room 4;CUTYPE=ROOM:mailto:room4@resource.calendar.google.com",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def inbox_kinds(mailbox: MaildirMailbox) -> list[str]:
    """What each INBOX message is, from the header the assistant stamps on it."""
    kinds = []
    for path in mailbox.messages(INBOX):
        header = next(
            (
                line
                for line in path.read_text().splitlines()
                if line.startswith("X-Interview-Assistant:")
            ),
            "X-Interview-Assistant: ?",
        )
        kinds.append(header.split(":", 1)[1].strip())
    return kinds


def configure(home: Path, *calendars: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    listed = ", ".join(f"'{c}'" for c in calendars)
    (home / "config.toml").write_text(
        f'[user]\nname = "Me"\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n'
        f"[calendar]\nics = [{listed}]\n"
    )


START = datetime(2027, 4, 13, 12, 0, tzinfo=UTC)


def test_tick_runs_due_jobs_at_the_given_time(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    result = invoke("tick", "--now", "2027-04-11T12:00:00Z")
    assert result.exit_code == 0, result.output
    assert "1 follow-up interview" in result.output
    mailbox = MaildirMailbox(home / "mailbox")
    assert mailbox.messages(INBOX) == []
    invoke("tick", "--now", "2027-04-12T14:00:00+02:00")  # 24 h before, as an offset time
    assert inbox_kinds(mailbox) == ["briefing"]
    invoke("tick", "--now", "2027-04-13 15:30")  # naive: the user's zone (13:30 UTC)
    assert len(mailbox.messages(DRAFTS)) == 2
    listed = json.loads(invoke("drafts", "list", "--json").output)
    assert {d["kind"] for d in listed} == {"thank-you", "offer-request"}
    for draft in listed:
        assert {"id", "state", "kind", "to", "subject", "interview_uid"} <= set(draft)
        assert draft["state"] == "drafted" and draft["interview_uid"] == "acme-2"
        assert isinstance(draft["to"], str) and "@acme.example" in draft["to"]


def test_tick_without_a_calendar_says_how_to_add_one(home: Path):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[user]\nemail = "me@example.com"\n')  # no calendar
    result = CliRunner().invoke(cli, ["tick"])
    assert result.exit_code == 2
    assert "no calendar is configured" in result.output
    assert "[calendar] ics" in result.output
    assert "Traceback" not in result.output


def test_a_bad_now_is_a_usage_error(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    result = CliRunner().invoke(cli, ["tick", "--now", "next tuesday"])
    assert result.exit_code == 2
    assert "2027-04-13T20:00:00Z" in result.output


def test_a_broken_config_lists_every_problem_and_exits_2(home: Path):
    home.mkdir(parents=True)
    (home / "config.toml").write_text(
        '[user]\nemail = "nope"\n[schedule]\npoll = "often"\nextra = 1\n'
    )
    result = CliRunner().invoke(cli, ["tick"])
    assert result.exit_code == 2
    assert "'user.email'" in result.output
    assert "'schedule.poll'" in result.output
    assert "unknown key 'schedule.extra'" in result.output


def test_scan_json_has_the_documented_shape(home: Path, tmp_path: Path):
    path = interview_ics(tmp_path / "cal.ics", START)
    configure(home)
    result = invoke(
        "scan", "--calendar", str(path), "--from", "2027-04-01", "--to", "2027-05-01", "--json"
    )
    (item,) = json.loads(result.output)
    assert item["uid"] == "acme-2"
    assert datetime.fromisoformat(item["start"]).utcoffset() is not None
    assert item["is_second_interview"] is True
    assert 0 <= item["confidence"] <= 1 and item["reasons"]
    assert "Acme" in item["company"]
    emails = {p["email"] for p in item["interviewers"]}
    assert "room4@resource.calendar.google.com" not in emails and "me@example.com" not in emails
    assert "priya@acme.example" in emails


def test_scan_all_lists_cancelled_events_with_a_false_verdict(home: Path):
    configure(home)
    result = invoke(
        "scan",
        "--calendar",
        str(ICS / "event_rrule_exdate_moved_cancelled.ics"),
        "--from",
        "2027-04-01",
        "--to",
        "2027-05-15",
        "--json",
        "--all",
    )
    items = json.loads(result.output)
    assert len(items) == 5
    cancelled = [i for i in items if any("cancel" in r for r in i["reasons"])]
    assert len(cancelled) == 1 and cancelled[0]["is_second_interview"] is False


def test_scan_reports_a_broken_calendar_and_reads_the_others(home: Path, tmp_path: Path):
    configure(home)
    good = interview_ics(tmp_path / "cal.ics", START)
    result = CliRunner().invoke(
        cli,
        [
            "scan",
            "--calendar",
            str(ICS / "broken_content_line.ics"),
            "--calendar",
            str(good),
            "--from",
            "2027-04-01",
            "--to",
            "2027-05-01",
            "--json",
        ],
    )
    assert result.exit_code == 1  # the good calendar is listed; the broken one still fails
    assert "broken_content_line.ics (line 9)" in result.stderr
    assert json.loads(result.stdout)[0]["uid"] == "acme-2"


def test_scan_exits_1_when_no_calendar_could_be_read(home: Path):
    configure(home)
    result = CliRunner().invoke(cli, ["scan", "--calendar", str(ICS / "broken_content_line.ics")])
    assert result.exit_code == 1


@pytest.mark.time_sensitive
def test_demo_leaves_a_briefing_and_the_drafts(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the demo's home, kept for the user
    result = invoke("demo", "--mailbox", str(tmp_path / "demo-mail"))
    assert result.exit_code == 0, result.output
    mailbox = MaildirMailbox(tmp_path / "demo-mail")
    kinds = sorted(inbox_kinds(mailbox))
    assert kinds == ["briefing", "note"], "one briefing, and the note inviting a debrief"
    # Two thank-yous (Chen, Fatima) and the offer request to the organizer (Maria).
    assert len(mailbox.messages(DRAFTS)) == 3
    assert not (home / "state.db").exists(), "the demo never touches the user's own home"
    assert "interview-assistant drafts list" in result.output
    (calendar,) = tmp_path.glob("interview-assistant-demo-*/example.ics")
    assert calendar.stat().st_mode & 0o077 == 0, "the demo home's files are the user's alone"


def all_command_paths() -> list[tuple[str, ...]]:
    """Every command and subcommand, as the words a user types."""
    import click

    paths: list[tuple[str, ...]] = []

    def walk(group: click.Group, prefix: tuple[str, ...]) -> None:
        context = click.Context(group)
        for name in group.list_commands(context):
            paths.append((*prefix, name))
            try:
                command = group.get_command(context, name)
            except ImportError:
                continue  # the test for this path fails and says why
            if isinstance(command, click.Group):
                walk(command, (*prefix, name))

    walk(cli, ())
    return paths


def test_every_top_level_command_is_listed():
    assert {p[0] for p in all_command_paths()} == set(COMMANDS)


@pytest.mark.parametrize("path", all_command_paths(), ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]):
    result = invoke(*path, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    body = result.output.split("\n\n", 2)[1].strip()
    assert len(body) > 20, f"{' '.join(path)} --help says too little"


def test_a_tick_steps_aside_while_another_pass_holds_the_home(home: Path, tmp_path: Path):
    import filelock

    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", "2027-04-11T12:00:00Z")  # creates the home and its lock file
    with filelock.FileLock(str(home / "tick.lock")):
        result = invoke("tick", "--now", "2027-04-12T13:00:00Z", "--wait", "0")
    assert result.exit_code == 0
    assert "stepping aside" in result.output
    assert MaildirMailbox(home / "mailbox").messages(INBOX) == []


def test_a_calendar_warning_is_printed_once_not_on_every_pass(home: Path, tmp_path: Path):
    calendar = interview_ics(tmp_path / "cal.ics", START)
    text = calendar.read_text().replace(
        "END:VCALENDAR",
        "BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR",
    )
    calendar.write_text(text)
    configure(home, calendar)
    first = invoke("tick", "--now", "2027-04-11T12:00:00Z")
    second = invoke("tick", "--now", "2027-04-11T12:05:00Z")
    assert "no start time" in first.stderr
    assert "no start time" not in second.stderr


def test_scan_without_any_calendar_is_a_usage_error(home: Path):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[user]\nemail = "me@example.com"\n')  # no calendar
    result = CliRunner().invoke(cli, ["scan"])
    assert result.exit_code == 2
    assert "--calendar FILE" in result.output


def test_scan_with_line_gives_titles_in_the_invites_language(home: Path):
    """ "Herrn Jan Becker (Teamleiter Disposition)" in a German description: scan's
    "with:" line carries the title, as the briefing does."""
    configure(home, DATA / "ics" / "organizer_honorific_named_to_meet_german.ics")
    result = CliRunner().invoke(
        cli, ["scan", "--all", "--from", "2026-12-01", "--to", "2026-12-31"]
    )
    assert result.exit_code == 0, result.output
    assert (
        "Dr. Sabine Krause (Leiterin Logistikplanung), Jan Becker (Teamleiter Disposition)"
        in result.output
    )

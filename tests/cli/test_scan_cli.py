"""``scan`` and ``mark`` from the command line: verdicts, reasons, linkage and overrides."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli

WINDOW = ("--from", "2027-04-01", "--to", "2027-05-01")
DOCUMENTED = {
    "uid",
    "start",
    "summary",
    "is_second_interview",
    "confidence",
    "reasons",
    "company",
    "role",
    "interviewers",
}


def vevent(uid: str, day: str, summary: str, organizer: str, *guests: str) -> list[str]:
    """One invitation on ``day`` (YYYYMMDD), 09:00 to 10:00 UTC."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20270101T000000Z",
        f"DTSTART:{day}T090000Z",
        f"DTEND:{day}T100000Z",
        f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
        "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.com",
    ]
    lines += [f"ATTENDEE;CN={g.split('@')[0].title()};PARTSTAT=ACCEPTED:mailto:{g}" for g in guests]
    return [*lines, "END:VEVENT"]


def configure(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n', encoding="utf-8"
    )


def write_home_and_calendar(home: Path, path: Path, events: list[str]) -> Path:
    """A home whose user is me@example.com in Berlin, and ``events`` as an .ics at ``path``."""
    configure(home)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *events, "END:VCALENDAR"]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def calendar(home: Path, tmp_path: Path) -> Path:
    """A screen in March (before the window), a later round and a lunch in April."""
    lines = [
        *vevent("screen", "20270310", "Recruiter call", "talent@tailspin.example"),
        *vevent(
            "later",
            "20270413",
            "Conversation with María López, Head of Design",
            "maria@tailspin.example",
            "maria@tailspin.example",
            "room-1@resource.calendar.google.com",
        ),
        *vevent("lunch", "20270414", "Lunch", "friend@gmail.com", "friend@gmail.com"),
    ]
    return write_home_and_calendar(home, tmp_path / "calendar.ics", lines)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def scan_json(calendar: Path) -> dict[str, dict]:
    result = run("scan", "--calendar", str(calendar), "--json", "--all", *WINDOW)
    assert result.exit_code == 0, result.output
    return {item["uid"]: item for item in json.loads(result.stdout)}


def test_scan_json_gives_the_documented_shape_and_links_to_the_earlier_round(calendar):
    items = scan_json(calendar)
    assert set(items) == {"later", "lunch"}  # the March screen is history, not listed
    later = items["later"]
    assert set(later) >= DOCUMENTED
    assert later["is_second_interview"] is True
    assert 0.6 <= later["confidence"] <= 1
    assert datetime.fromisoformat(later["start"]).utcoffset() is not None
    assert later["company"] == "Tailspin"
    assert later["role"] is None
    assert later["interviewers"] == [{"name": "Maria", "email": "maria@tailspin.example"}]
    assert later["first_interview_id"].startswith("screen")
    assert any("earlier interview" in reason for reason in later["reasons"])
    assert items["lunch"]["is_second_interview"] is False


def test_scan_without_all_lists_only_follow_ups(calendar):
    result = run("scan", "--calendar", str(calendar), "--json", *WINDOW)
    assert [item["uid"] for item in json.loads(result.stdout)] == ["later"]


def test_scan_explain_prints_the_reasons_for_every_verdict(calendar):
    result = run("scan", "--calendar", str(calendar), "--all", "--explain", *WINDOW)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "✔ follow-up" in text and "· not acted on" in text
    assert "    - follows an earlier interview with Tailspin" in text
    assert "    - confidence 0.00 is below your threshold 0.60" in text
    assert "the link counts because it names a job title" in text
    plain = run("scan", "--calendar", str(calendar), "--all", *WINDOW).stdout
    assert "    - " not in plain


def test_scan_explain_shows_the_own_organisation_it_learned(calendar: Path):
    """The user's name on a work address makes that address and its domain the user's own."""
    text = calendar.read_text(encoding="utf-8").replace(
        "ATTENDEE;CN=Me;", "ATTENDEE;CN=Robin Hale;"
    )
    at_work = [
        "BEGIN:VEVENT",
        "UID:work",
        "DTSTAMP:20270101T000000Z",
        "DTSTART:20270415T090000Z",
        "DTEND:20270415T100000Z",
        "SUMMARY:Budget check",
        "ORGANIZER:mailto:dana@quarry.example",
        "ATTENDEE;CN=Robin Hale;PARTSTAT=ACCEPTED:mailto:rhale@quarry.example",
        "END:VEVENT",
    ]
    text = text.replace("END:VCALENDAR", "\r\n".join(at_work) + "\r\nEND:VCALENDAR")
    calendar.write_text(text, encoding="utf-8")
    result = run("scan", "--calendar", str(calendar), "--explain", *WINDOW)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Your own organisation, learned from the calendar" in out
    assert "rhale@quarry.example is you: it carries your name, “Robin Hale”" in out
    assert "quarry.example is your own organisation" in out
    assert "[detect] own_domains" in out and "[user] aliases" in out
    plain = run("scan", "--calendar", str(calendar), *WINDOW).stdout
    assert "learned from the calendar" not in plain


def test_mark_overrides_a_verdict_and_the_override_survives_later_scans(calendar):
    ids = {uid: item["event_id"] for uid, item in scan_json(calendar).items()}
    result = run("mark", ids["later"], "--not-follow-up")
    assert result.exit_code == 0, result.output
    assert "not a follow-up interview" in result.stdout
    assert run("mark", ids["lunch"], "--follow-up").exit_code == 0
    for _ in range(2):
        items = scan_json(calendar)
        assert items["later"]["is_second_interview"] is False
        assert items["later"]["overridden"] is True
        assert items["later"]["reasons"][-1] == "you marked it not a follow-up interview"
        assert items["lunch"]["is_second_interview"] is True
    listed = run("scan", "--calendar", str(calendar), "--json", *WINDOW).stdout
    assert [item["uid"] for item in json.loads(listed)] == ["lunch"]


def test_scan_shows_the_users_mark_as_the_first_reason(calendar):
    ids = {uid: item["event_id"] for uid, item in scan_json(calendar).items()}
    assert run("mark", ids["later"], "--not-follow-up").exit_code == 0
    plain = run("scan", "--calendar", str(calendar), "--all", *WINDOW).stdout
    block = plain[plain.index(ids["later"]) :]
    why = next(line for line in block.splitlines() if line.startswith("    why: "))
    assert why.startswith("    why: you marked it not a follow-up interview"), why
    explained = run("scan", "--calendar", str(calendar), "--all", "--explain", *WINDOW).stdout
    block = explained[explained.index(ids["later"]) :]
    first = next(line for line in block.splitlines() if line.startswith("    - "))
    assert first == "    - you marked it not a follow-up interview", first


def test_mark_needs_a_direction_and_an_event(calendar):
    assert run("mark", "later").exit_code == 2
    result = run("mark", "  ", "--follow-up")
    assert result.exit_code == 2
    assert "fix:" in result.output


def test_scan_explains_what_to_do_when_there_is_nothing_to_read(home: Path, tmp_path: Path):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[user]\nemail = "me@example.com"\n')  # no calendar
    result = run("scan", "--json")
    assert result.exit_code == 2  # a setup mistake, like a bad config
    assert "no calendar to scan" in result.output and "--calendar" in result.output
    missing = run("scan", "--calendar", str(tmp_path / "missing.ics"), *WINDOW)
    assert missing.exit_code == 1
    assert "no such file" in missing.output
    backwards = run(
        "scan", "--calendar", str(tmp_path / "x.ics"), "--from", "2027-05-01", "--to", "2027-04-01"
    )
    assert backwards.exit_code == 2, "a usage mistake"
    assert "--to" in backwards.output


def test_scan_explain_says_a_mass_event_gets_no_thank_you_per_guest(home: Path, tmp_path: Path):
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n', encoding="utf-8"
    )
    guests = [f"guest{i}@tailspin.example" for i in range(30)]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        *vevent(
            "crowd",
            "20270413",
            "Final round interview – Tailspin",
            "maria@tailspin.example",
            *guests,
        ),
        "END:VCALENDAR",
    ]
    path = tmp_path / "crowd.ics"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    result = run("scan", "--calendar", str(path), "--explain", *WINDOW)
    assert "no thank-you per guest: 31 guests make it a mass event (more than 25)" in result.output


def test_scan_all_explain_lists_a_series_once_with_its_count_and_exceptions(home: Path, tmp_path):
    configure(home)
    weekly = [
        "BEGIN:VEVENT",
        "UID:weekly",
        "DTSTART:20270405T090000Z",
        "DTEND:20270405T093000Z",
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "SUMMARY:Weekly sync",
        "ORGANIZER:mailto:boss@work.example",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.com",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:weekly",
        "RECURRENCE-ID:20270412T090000Z",
        "DTSTART:20270413T140000Z",
        "DTEND:20270413T143000Z",
        "SUMMARY:Weekly sync (moved)",
        "ORGANIZER:mailto:boss@work.example",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.com",
        "END:VEVENT",
    ]
    path = tmp_path / "weekly.ics"
    text = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *weekly, "END:VCALENDAR"]
    path.write_text("\r\n".join(text) + "\r\n", encoding="utf-8")
    grouped = run("scan", "--calendar", str(path), "--all", "--explain", *WINDOW).stdout
    assert grouped.count("Weekly sync") == 2  # the entry, and its one exception
    assert (
        "series weekly: 4 instances, the last Mon, Apr 26, 2027, 11:00 AM; 1 exception" in grouped
    )
    assert "exception: Tue, Apr 13, 2027, 4:00 PM" in grouped
    assert "moved from Mon, Apr 12, 2027, 11:00 AM" in grouped
    listed = run("scan", "--calendar", str(path), "--all", *WINDOW).stdout
    assert listed.count("Weekly sync") == 4 and "series weekly" not in listed  # one per instance


OUTLOOK = "040000008200E00074C5B7101A82E00800000000"  # the 40 characters Outlook UIDs share


def test_scan_prints_a_short_unique_form_beside_a_long_id(home: Path, tmp_path: Path):
    events = [
        *vevent(OUTLOOK + "A1B2C3D4E5F60718", "20270413", "Second interview at Tailspin",
                "maria@tailspin.example", "maria@tailspin.example"),
        *vevent(OUTLOOK + "99887766554433AA", "20270414", "Lunch", "friend@gmail.com"),
    ]  # fmt: skip
    path = write_home_and_calendar(home, tmp_path / "outlook.ics", events)
    result = run("scan", "--calendar", str(path), "--all", *WINDOW)
    assert f"    id: {OUTLOOK}A1B2C3D4E5F60718  (or just E5F60718)" in result.output
    assert f"    id: {OUTLOOK}99887766554433AA  (or just 554433AA)" in result.output
    assert "    id: later" not in result.output

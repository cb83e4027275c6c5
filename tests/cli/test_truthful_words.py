"""Commands say truthfully what they read, tried as a new user would: a time without a
zone is the user's in every ``--now``, a calendar cut short keeps its complete events
with one warning and its fix, and "the window" is always named by its dates."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from assistant.cli import cli
from tests.cli.test_drafts_cli import configure, write_calendar
from tests.conftest import DATA

CUT_SHORT = DATA / "ics" / "calendar_cut_short_mid_event.ics"
FIX = "re-export or re-download it"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


# --- a time without a zone ----------------------------------------------------------------


def test_naive_now_is_the_users_zone_in_doctor(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))  # Europe/Berlin
    result = run("doctor", "--now", "2027-04-12 23:30")
    assert "ok   clock: Mon, 12 Apr 2027, 23:30 CEST" in result.output, result.output
    offset = run("doctor", "--now", "2027-04-12T21:30:00Z")
    assert "ok   clock: Mon, 12 Apr 2027, 23:30 CEST" in offset.output, "shown in the user's zone"


def test_naive_now_is_the_users_zone_in_scan(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    # 23:30 in Berlin; read as UTC it would be the next day there, and so the window.
    result = run("scan", "--now", "2026-11-29 23:30")
    assert result.exit_code == 0, result.output
    assert "No follow-up interviews from Fri, 30 Oct 2026 to Thu, 28 Jan 2027." in result.output


def test_unreadable_now_is_a_usage_error_in_doctor(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    result = run("doctor", "--now", "next tuesday")
    assert result.exit_code == 2
    assert "cannot read the time 'next tuesday'" in result.output
    assert "clock:" not in result.output


# --- a calendar cut short -------------------------------------------------------------------


def test_scan_of_a_calendar_cut_short_lists_its_complete_events_with_one_warning(home: Path):
    result = run(
        "scan", "--calendar", str(CUT_SHORT), "--from", "2027-04-01", "--to", "2027-05-01", "--all"
    )
    assert result.exit_code == 0, result.output
    assert "Second interview with Lumen Studios" in result.output
    assert "Dentist" in result.output and "Team lunch" not in result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "the 3 events written in full" in warnings[0]
    assert warnings[0].endswith(FIX)
    assert "error" not in result.output


def test_tick_status_and_doctor_say_a_calendar_is_cut_short_once_with_its_fix(
    home: Path, tmp_path: Path
):
    calendar = tmp_path / "calendar.ics"
    shutil.copy(CUT_SHORT, calendar)
    configure(home, calendar)
    ticked = run("tick", "--now", "2027-04-12 09:00")
    assert ticked.exit_code == 0, ticked.output
    assert ticked.output.count("ends in the middle of an event") == 1
    status = run("status", "--now", "2027-04-12 09:05").output
    problems = status.split("Recent problems:")[1]
    assert problems.count("ends in the middle of an event") == 1 and FIX in problems
    doctor = run("doctor", "--now", "2027-04-12 09:10")
    [line] = [line for line in doctor.output.splitlines() if line.startswith("warn calendar")]
    assert "ends in the middle of an event" in line and line.endswith(FIX)
    assert "location" not in doctor.output, "the file is where config.toml says"
    assert doctor.exit_code == 0, "a warning, not a failure: the complete events are read"


# --- the window, by its dates -------------------------------------------------------------------


def test_doctor_names_the_dates_of_the_window_a_pass_reads(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    result = run("doctor", "--now", "2027-04-12 09:00")
    [line] = [line for line in result.output.splitlines() if " calendar " in line]
    assert (
        "2 events from Sun, 13 Dec 2026 to Fri, 11 Jun 2027, the window a pass reads "
        "([calendar] history_days = 120 back, window_days = 60 ahead)" in line
    ), line


def test_scan_with_every_event_outside_the_window_says_where_they_lie(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    result = run("scan", "--now", "2026-11-30 12:00")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "No follow-up interviews from Sat, 31 Oct 2026 to Fri, 29 Jan 2027. None of the "
        "calendar's 2 events lies in it: they run from Sat, 3 Apr 2027 to Tue, 13 Apr 2027; "
        "`scan --from 2027-04-03 --to 2027-04-14` lists them."
    )
    widened = run("scan", "--from", "2027-04-03", "--to", "2027-04-14")
    assert "acme-2" in widened.output, "the flags it names do list the events"


def test_scan_with_events_in_the_window_but_no_interview_says_only_the_dates(
    home: Path, tmp_path: Path
):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    result = run("scan", "--now", "2027-04-12 08:00", "--from", "2027-04-12", "--to", "2027-04-13")
    assert result.output.strip() == (
        "No follow-up interviews from Mon, 12 Apr 2027 to Tue, 13 Apr 2027. "
        "(--all lists every event with its verdict.)"
    )


def test_scan_of_a_file_that_is_no_calendar_is_one_line_naming_the_fix(home: Path, tmp_path: Path):
    path = tmp_path / "notes.ics"
    path.write_text("shopping list\n", encoding="utf-8")
    result = run("scan", "--calendar", str(path))
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line == (
        f"error: calendar {path}: not an iCalendar file (no BEGIN:VCALENDAR) "
        "(give the path of an .ics file, or a calendar's private iCal link)"
    )

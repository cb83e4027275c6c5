"""init asks again for a calendar file that is not an iCalendar file (an HTML page saved
as .ics), as it does for a path with no file, instead of writing it to config.toml and
failing at the first scan."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.ops.first_run import calendar_problem


def test_a_page_saved_as_ics_is_asked_for_again(home: Path, tmp_path: Path):
    page = tmp_path / "export.ics"
    page.write_text("<!doctype html><html><body>Sign in to continue</body></html>")
    calendar = tmp_path / "calendar.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    answers = "\n".join(["Robin Ade", "robin@example.com", "Europe/Oslo", str(page), str(calendar)])
    result = CliRunner().invoke(cli, ["init", "--no-scan"], input=answers + "\n")
    assert result.exit_code == 0, result.output
    assert f"{page} is not an iCalendar file (no BEGIN:VCALENDAR)" in result.output
    assert result.output.count("Your calendar:") == 2
    text = (home / "config.toml").read_text()
    assert str(calendar) in text and str(page) not in text


def test_a_single_invitation_and_a_utf16_file_are_calendars(tmp_path: Path):
    invite = tmp_path / "invite.ics"
    invite.write_text("BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n")
    wide = tmp_path / "wide.ics"
    wide.write_bytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".encode("utf-16"))
    assert calendar_problem(str(invite)) is None
    assert calendar_problem(str(wide)) is None


def test_a_flag_given_page_is_refused_with_nothing_written(home: Path, tmp_path: Path):
    page = tmp_path / "export.ics"
    page.write_text("<html>Not found</html>")
    result = CliRunner().invoke(
        cli,
        ["init", "--no-input", "--no-scan", "--name", "Robin Ade", "--email",
         "robin@example.com", "--timezone", "Europe/Oslo", "--calendar", str(page)],
    )  # fmt: skip
    assert result.exit_code != 0
    assert "not an iCalendar file" in result.output and "nothing was written" in result.output
    assert not (home / "config.toml").exists()

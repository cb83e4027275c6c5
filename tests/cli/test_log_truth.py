"""The log says what happened: with the local mailbox an approved draft is filed, not
sent; a calendar that cannot be read is a warning in the file, printed once on the
terminal."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from tests.cli.test_drafts_cli import AFTER, configure, write_calendar


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def log_text(home: Path) -> str:
    return (home / "logs" / "interview-assistant.log").read_text(encoding="utf-8")


def test_approving_with_the_local_mailbox_logs_filed_not_sent(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    assert run("tick", "--now", AFTER).exit_code == 0
    assert run("drafts", "approve", "1", "--now", AFTER).exit_code == 0
    rows = log_text(home).splitlines()
    (line,) = [r for r in rows if "assistant.approval: draft" in r and "created" not in r]
    assert "filed in the local Sent folder, not emailed key=" in line, line
    assert "draft sent" not in log_text(home)


def test_an_unreadable_calendar_is_a_warning_in_the_log_and_said_once(home: Path, tmp_path: Path):
    configure(home, tmp_path / "missing.ics")
    result = run("tick", "--now", AFTER)
    assert result.exit_code == 1
    (line,) = [row for row in log_text(home).splitlines() if "calendar unreadable" in row]
    assert " WARNING assistant.runner: calendar unreadable: " in line
    assert result.output.count("missing.ics") == 1, result.output

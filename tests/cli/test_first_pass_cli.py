"""The first pass, the message cap and partial failures, as a new user meets them:
``tick``, ``status`` and ``drafts list`` tell one story, and the exit code tells
cron and systemd when any calendar failed.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.mail.maildir import DRAFTS, MaildirMailbox
from tests.cli.test_cli_basics import START, configure, inbox_kinds, interview_ics

ISO = "%Y-%m-%dT%H:%M:%SZ"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def at(delta: timedelta) -> str:
    return (START + delta).strftime(ISO)


def waiting_everywhere(home: Path) -> tuple[int, int, int]:
    """Drafts waiting as `status`, `drafts list` and the Drafts folder count them."""
    status = json.loads(invoke("status", "--json").output)
    listed = json.loads(invoke("drafts", "list", "--json").output)
    folder = MaildirMailbox(home / "mailbox").messages(DRAFTS)
    return len(status["pending_drafts"]), len(listed), len(folder)


def unreadable(kind: str, path: Path) -> Path:
    if kind == "not-a-calendar":  # a login page saved in its place, say
        path.write_text("<html><body>Please sign in</body></html>\n")
    return path  # "missing": never written


@pytest.mark.parametrize("kind", ["missing", "not-a-calendar"])
def test_tick_exits_1_when_one_calendar_of_two_fails(home: Path, tmp_path: Path, kind: str):
    good = interview_ics(tmp_path / "good.ics", START)
    configure(home, good, unreadable(kind, tmp_path / "bad.ics"))
    result = invoke("tick", "--now", at(-timedelta(hours=20)))
    assert result.exit_code == 1, result.output
    assert "bad.ics" in result.output and "1 calendar read" in result.output
    # The good calendar's work was still done: its briefing went out.
    assert inbox_kinds(MaildirMailbox(home / "mailbox")) == ["briefing"]
    assert invoke("tick", "--dry-run", "--now", at(-timedelta(hours=19))).exit_code == 1


def test_tick_exits_0_when_every_calendar_is_read(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "good.ics", START))
    assert invoke("tick", "--now", at(-timedelta(hours=20))).exit_code == 0


def test_tick_status_and_drafts_list_count_the_same_drafts_when_the_cap_cuts(
    home: Path, tmp_path: Path
):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    with (home / "config.toml").open("a") as config:
        config.write("[limits]\nmessages_per_pass = 1\n")
    invoke("tick", "--now", at(-timedelta(days=1, hours=1)))  # seen ahead: drafts owed

    first = invoke("tick", "--now", at(timedelta(hours=2)))  # two drafts and a note are due
    assert "1 draft waiting for approval" in first.output
    assert waiting_everywhere(home) == (1, 1, 1)

    second = invoke("tick", "--now", at(timedelta(hours=2, minutes=5)))
    assert "1 new draft (2 waiting for approval)" in second.output
    assert waiting_everywhere(home) == (2, 2, 2)


def test_a_draft_recorded_without_its_mailbox_copy_is_said_plainly(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", at(-timedelta(days=1, hours=1)))
    invoke("tick", "--now", at(timedelta(hours=2)))
    # As an interrupted pass could leave one: the row, and no copy in the folder.
    with sqlite3.connect(home / "state.db") as db:
        (ref,) = db.execute("SELECT mailbox_ref FROM drafts WHERE id = 1").fetchone()
        db.execute("UPDATE drafts SET mailbox_ref = '' WHERE id = 1")
    next(p for p in MaildirMailbox(home / "mailbox").messages(DRAFTS) if ref in p.name).unlink()

    listed = invoke("drafts", "list").output
    assert re.search(r"^\s+1  drafted, not in your Drafts folder yet", listed, re.M), listed
    status = invoke("status").output
    assert "1. [drafted, not in your Drafts folder yet]" in status


def test_a_first_tick_over_weeks_of_history_drafts_only_what_is_still_timely(
    home: Path, tmp_path: Path
):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    first = invoke("tick", "--now", at(timedelta(days=10)))
    assert first.exit_code == 0
    assert first.output.count("drafts_catch_up") == 1
    assert "had ended more than 2 days before the assistant first saw it" in first.output
    assert waiting_everywhere(home) == (0, 0, 0)
    assert "Not drafted: 1 past interview" in invoke("status").output
    again = invoke("tick", "--now", at(timedelta(days=10, minutes=5)))
    assert "drafts_catch_up" not in again.output

    with (home / "config.toml").open("a") as config:
        config.write('[schedule]\ndrafts_catch_up = "30d"\n')
    invoke("tick", "--now", at(timedelta(days=10, minutes=10)))
    assert waiting_everywhere(home) == (2, 2, 2)
    assert "Not drafted" not in invoke("status").output

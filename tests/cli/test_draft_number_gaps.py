"""A gap in the draft numbers is explained where the user looks for the missing one
(``drafts list --all``): the number was never given to a draft, nothing was lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.cli.drafts import unused_numbers
from tests.cli.test_drafts_cli import AFTER, configure, write_calendar


def test_unused_numbers_names_each_gap_below_the_highest():
    assert unused_numbers([1, 2, 3]) == ""
    assert unused_numbers([]) == ""
    assert "Number 2 was never used for a draft" in unused_numbers([1, 3])
    assert "Numbers 2 and 4 were never used" in unused_numbers([1, 3, 5])
    assert "No draft is missing" in unused_numbers([4])


def test_draft_list_all_says_a_skipped_number_was_never_a_draft(home: Path, tmp_path: Path):
    configure(home, write_calendar(tmp_path / "calendar.ics"))
    assert CliRunner().invoke(cli, ["tick", "--now", AFTER]).exit_code == 0
    # A store an older version filled: the last draft took a number past one it skipped.
    with sqlite3.connect(home / "state.db") as db:
        (top,) = db.execute("SELECT max(id) FROM drafts").fetchone()
        db.execute("UPDATE drafts SET id = ? WHERE id = ?", (top + 1, top))
    listed = CliRunner().invoke(cli, ["drafts", "list", "--all", "--now", AFTER]).output
    assert f"Number {top} was never used for a draft" in listed, listed
    waiting = CliRunner().invoke(cli, ["drafts", "list", "--now", AFTER]).output
    assert "never used" not in waiting, "only the full list can tell a gap from a filter"

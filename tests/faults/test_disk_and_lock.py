"""A full disk and a database locked by another process: one clear error, no corruption.

The disk fills under the mailbox (``os.replace`` answering ENOSPC, as it would)
and under the database (SQLite's ``max_page_count``, which makes SQLite answer
"database or disk is full" exactly as a full disk does). The lock is held by a
real second process in ``BEGIN EXCLUSIVE``, with the store's busy timeout cut
short so the test does not wait fifteen seconds.
"""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

import assistant.mail.maildir as maildir_module
import assistant.store.sqlite as store_module
from assistant.app import App
from assistant.cli import cli
from assistant.errors import StoreError
from assistant.paths import Home
from assistant.runner import run_once
from assistant.store import Store
from tests.faults.scenario import DRAFTS_OWED, NOW, child_env, count_mail, lost_jobs, make_home


def integrity(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def one_pass(home: Path, minutes: int = 0):
    app = App.load(Home.at(home))
    with app.exclusive(), app.open_store() as store:
        return run_once(app.services(store), NOW + timedelta(minutes=minutes))


# --- the disk under the mailbox fills up ---------------------------------------------------


def test_a_full_disk_under_the_mailbox_is_one_clear_error_then_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    home = make_home(tmp_path / "home")
    real_replace = maildir_module.os.replace

    def no_space(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(maildir_module.os, "replace", no_space)
    report = one_pass(home)
    assert report.errors, "the failure is reported"
    assert all("No space left on device" in e for e in report.errors)
    assert all("\n" not in e and "Traceback" not in e for e in report.errors)
    mailbox = home / "mailbox"
    assert not any((mailbox / "tmp").iterdir()), "no half-written file is left behind"

    monkeypatch.setattr(maildir_module.os, "replace", real_replace)  # space was freed
    one_pass(home, 5)
    one_pass(home, 10)
    found = count_mail(home)
    assert (found.briefings, found.drafts) == (1, DRAFTS_OWED)
    assert lost_jobs(home, NOW + timedelta(minutes=10)) == []


def test_tick_shows_the_full_mailbox_as_one_line(home: Path, monkeypatch: pytest.MonkeyPatch):
    make_home(home)

    def no_space(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(maildir_module.os, "replace", no_space)
    result = CliRunner().invoke(cli, ["tick", "--now", NOW.isoformat()])
    assert "Traceback" not in result.output
    assert "No space left on device" in result.output
    assert "free disk space" in result.output or "No space" in result.output


# --- the disk under the database fills up --------------------------------------------------


@pytest.fixture
def full_database(monkeypatch: pytest.MonkeyPatch):
    """Make every store the next pass opens unable to grow past its current size."""
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def open_full(cls, path):
        store = real_open(cls, path)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_full))
    return monkeypatch


def test_a_full_disk_under_the_database_is_a_store_error_and_no_corruption(
    tmp_path: Path, full_database: pytest.MonkeyPatch
):
    home = make_home(tmp_path / "home")
    Store.open(home / "state.db").close()
    with pytest.raises(StoreError, match="full") as caught:
        one_pass(home)
    assert caught.value.fix and "free" in caught.value.fix
    full_database.undo()
    assert integrity(home / "state.db") == "ok"
    one_pass(home, 5)
    one_pass(home, 10)
    found = count_mail(home)
    assert (found.briefings, found.drafts) == (1, DRAFTS_OWED)
    assert lost_jobs(home, NOW + timedelta(minutes=10)) == []


# --- another process holds the database ------------------------------------------------------

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold it until the test closes our stdin
connection.execute("ROLLBACK")
"""


@pytest.fixture
def locked_database(home: Path, monkeypatch: pytest.MonkeyPatch):
    """A second process holding an exclusive lock on the home's database."""
    make_home(home)
    Store.open(home / "state.db").close()  # created and migrated, in WAL mode
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(home / "state.db")],
        env=child_env(home),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield holder
    if holder.poll() is None:
        holder.communicate(timeout=10)


def test_a_locked_database_is_one_clear_line_and_exit_1(home: Path, locked_database):
    result = CliRunner().invoke(cli, ["tick", "--now", NOW.isoformat()])
    assert result.exit_code == 1, result.output
    assert "locked by another process" in result.output
    assert "fix:" in result.output
    assert "Traceback" not in result.output

    locked_database.communicate(timeout=10)  # the other process lets go
    assert integrity(home / "state.db") == "ok"
    again = CliRunner().invoke(cli, ["tick", "--now", NOW.isoformat()])
    assert again.exit_code == 0, again.output
    found = count_mail(home)
    assert (found.briefings, found.drafts) == (1, DRAFTS_OWED)


def test_status_reads_while_another_process_holds_the_lock(home: Path, locked_database):
    """WAL: readers never wait for a writer."""
    result = CliRunner().invoke(cli, ["status", "--json"])
    assert result.exit_code == 0, result.output

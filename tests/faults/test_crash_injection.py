"""Kill the process at every step boundary; after a restart, nothing is lost or doubled.

The crash is real: a child process calls ``os._exit`` from the ``Services.checkpoint``
test seam, so no ``finally`` runs, no transaction commits and no file is closed.
The restart is a new pass on the same home. Counting the Maildir's files (not
the store's opinion) shows 0 duplicates; the store shows 0 lost jobs.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

import assistant.migrations as migrations_module
from assistant.app import App
from assistant.errors import StoreError
from assistant.models import DraftState, JobState
from assistant.paths import Home
from assistant.runner import run_once
from assistant.store import Store
from tests.faults.scenario import (
    DRAFTS_OWED,
    NOW,
    count_mail,
    lost_jobs,
    make_home,
    run_python,
)

CRASHED = 77

# One pass (and, for the send steps, the approval of the first draft) that dies at ``step``.
CRASHING_PASS = """
import os, sys
from datetime import datetime
from assistant import approval
from assistant.app import App
from assistant.runner import run_once

step, now = sys.argv[1], datetime.fromisoformat(sys.argv[2])

def checkpoint(name):
    if name == step:
        os._exit(77)

app = App.load()
with app.exclusive(), app.open_store() as store:
    services = app.services(store)
    services.checkpoint = checkpoint
    run_once(services, now)
    if step.startswith("send:"):
        approval.approve(services, store.drafts()[0].id, now)
"""

STEPS = [
    "briefing:before-mailbox",
    "briefing:after-mailbox",
    "drafts:before-mailbox",
    "drafts:after-mailbox",
    "note:before-mailbox",  # the debrief invitation after the drafts
    "note:after-mailbox",
    "send:before-mailbox",
    "send:after-mailbox",
]


def counts(home: Path) -> tuple[int, int, int]:
    """(briefings, drafts, sent) in the Maildir; count_mail also refuses any doubled note.

    The one interview that ended owes one note too (the debrief invitation): a crash
    around it must not lose it either.
    """
    found = count_mail(home)
    assert found.notes == 1, found
    return found.briefings, found.drafts, found.sent


def restart(home: Path, minutes: int) -> None:
    """A new pass on the same home, as the next tick would run it."""
    app = App.load(Home.at(home))
    with app.exclusive(), app.open_store() as store:
        run_once(app.services(store), NOW + timedelta(minutes=minutes))


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_each_step_loses_and_doubles_nothing(tmp_path: Path, step: str):
    home = make_home(tmp_path / "home")
    crashed = run_python(CRASHING_PASS, home, step, NOW.isoformat())
    assert crashed.returncode == CRASHED, crashed.stderr  # it really died at the step

    restart(home, 5)
    restart(home, 10)

    sends = 1 if step.startswith("send:") else 0
    assert counts(home) == (1, DRAFTS_OWED - sends, sends)
    assert lost_jobs(home, NOW + timedelta(minutes=10)) == []
    with Store.open(home / "state.db") as store:
        done = [r.job.key for r in store.jobs(state=JobState.DONE)]
        assert len(done) == len(set(done)) == 2  # one briefing, one round of drafts
        drafts = store.drafts()
        assert len(drafts) == DRAFTS_OWED
        assert [d.state for d in drafts].count(DraftState.SENT) == sends


def test_the_restart_itself_may_crash_again(tmp_path: Path):
    """Two crashes in a row at different steps still end with one of everything."""
    home = make_home(tmp_path / "home")
    first = run_python(CRASHING_PASS, home, "briefing:after-mailbox", NOW.isoformat())
    second = run_python(
        CRASHING_PASS, home, "drafts:after-mailbox", (NOW + timedelta(minutes=5)).isoformat()
    )
    assert (first.returncode, second.returncode) == (CRASHED, CRASHED)
    restart(home, 10)
    assert counts(home) == (1, DRAFTS_OWED, 0)
    assert lost_jobs(home, NOW + timedelta(minutes=10)) == []


# --- migrations ---------------------------------------------------------------------------


def schema_and_rows(path: Path) -> tuple[list[tuple[str, str]], dict[str, list[tuple]]]:
    connection = sqlite3.connect(path)
    try:
        schema = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        rows = {
            name: connection.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()
            for name, sql in schema
            if sql and sql.startswith("CREATE TABLE")
        }
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    return schema, rows


@pytest.fixture
def used_home(tmp_path: Path) -> Path:
    """A home with interviews, jobs and drafts in its database."""
    home = make_home(tmp_path / "home")
    restart(home, 0)
    return home


def test_a_failing_migration_leaves_the_database_as_it_was(
    used_home: Path, monkeypatch: pytest.MonkeyPatch
):
    database = used_home / "state.db"
    before = schema_and_rows(database)
    broken = (
        "0999_test_broken",
        "CREATE TABLE half_done (a INTEGER); INSERT INTO nowhere VALUES (1)",
    )
    monkeypatch.setattr(migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, broken])
    with pytest.raises(StoreError, match="nowhere"):
        Store.open(database)
    assert schema_and_rows(database) == before

    fixed = ("0999_test_broken", "CREATE TABLE half_done (a INTEGER)")
    monkeypatch.setattr(
        migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS[:-1], fixed]
    )
    with Store.open(database) as store:
        assert store.migrate() == []  # applied by open, once
        names = [r["name"] for r in store.db.execute("SELECT name FROM migrations")]
    assert names[-1] == "0999_test_broken"
    schema, rows = schema_and_rows(database)
    assert "half_done" in dict(schema)
    assert rows["jobs"] == before[1]["jobs"]


# The child appends a migration whose second statement kills the process mid-transaction.
CRASHING_MIGRATION = """
import os, sqlite3, sys
import assistant.migrations as migrations_module
from assistant.store import Store

real_connect = sqlite3.connect

def connect(*args, **kwargs):
    connection = real_connect(*args, **kwargs)
    connection.create_function("crash", 0, lambda: os._exit(77))
    return connection

sqlite3.connect = connect
migrations_module.MIGRATIONS.append(
    ("0999_test_crash", "CREATE TABLE half_done (a INTEGER); INSERT INTO half_done VALUES (1); SELECT crash()")
)
Store.open(sys.argv[1])
"""


def test_a_process_killed_mid_migration_leaves_no_trace_and_the_next_open_migrates(
    used_home: Path, monkeypatch: pytest.MonkeyPatch
):
    database = used_home / "state.db"
    before = schema_and_rows(database)
    crashed = run_python(CRASHING_MIGRATION, used_home, str(database))
    assert crashed.returncode == CRASHED, crashed.stderr
    assert schema_and_rows(database) == before

    good = ("0999_test_crash", "CREATE TABLE half_done (a INTEGER)")
    monkeypatch.setattr(migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, good])
    with Store.open(database):
        pass
    assert "half_done" in dict(schema_and_rows(database)[0])
    restart(used_home, 5)  # and the assistant carries on with its work
    assert counts(used_home) == (1, DRAFTS_OWED, 0)

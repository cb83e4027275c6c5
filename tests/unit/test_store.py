"""The SQLite store: migrations, WAL, job reconciliation and the draft compare-and-set."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from assistant.migrations import MIGRATIONS
from assistant.models import DraftKind, DraftState, Job, JobKind, JobState
from assistant.store import Store
from tests.conftest import NOW


def test_migrations_are_named_unique_and_recorded(tmp_path: Path):
    names = [name for name, _ in MIGRATIONS]
    assert len(names) == len(set(names))
    assert all(name[:4].isdigit() for name in names)
    with Store.open(tmp_path / "s.db") as store:
        applied = [r["name"] for r in store.db.execute("SELECT name FROM migrations ORDER BY name")]
        assert applied == names
        assert store.migrate() == []  # reopening applies nothing twice


def test_the_database_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path):
    with Store.open(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def job(key: str, due_hours: float) -> Job:
    return Job(key, JobKind.BRIEFING, "evt", NOW + timedelta(hours=due_hours))


def test_reconcile_inserts_moves_and_drops_pending_jobs_only(store: Store):
    store.reconcile_jobs("evt", [job("a", 1), job("b", 2)], NOW)
    assert store.finish_job("a", JobState.DONE, NOW)
    store.reconcile_jobs("evt", [job("a", 5), job("c", 3)], NOW)
    states = {r.job.key: (r.state, r.job.due_at) for r in store.jobs()}
    assert states["a"] == (JobState.DONE, NOW + timedelta(hours=1)), "finished jobs are history"
    assert states["b"][0] is JobState.DROPPED
    assert states["c"] == (JobState.PENDING, NOW + timedelta(hours=3))
    assert not store.finish_job("a", JobState.DONE, NOW), "a job finishes once"


def test_due_jobs_and_next_due(store: Store):
    store.reconcile_jobs("evt", [job("late", 3), job("soon", 1)], NOW)
    assert store.next_due() == NOW + timedelta(hours=1)
    assert [j.key for j in store.due_jobs(NOW + timedelta(hours=2))] == ["soon"]


def add(store: Store, key: str = "draft/evt/thank-you/jane@acme.example"):
    return store.add_draft(
        key=key,
        event_id="evt",
        kind=DraftKind.THANK_YOU,
        recipients=["jane@acme.example"],
        subject="Thank you",
        body="Hi Jane",
        message_id="<x@y>",
        guessed_recipient=False,
        interview_summary="Second interview",
        now=NOW,
    )


def test_a_draft_key_is_added_once(store: Store):
    first, created = add(store)
    again, created_again = add(store)
    assert created and not created_again
    assert first.id == again.id
    assert len(store.drafts()) == 1


def test_move_draft_is_a_compare_and_set(store: Store):
    draft, _ = add(store)
    assert store.move_draft(draft.id, [DraftState.DRAFTED], DraftState.APPROVED, NOW)
    assert not store.move_draft(draft.id, [DraftState.DRAFTED], DraftState.APPROVED, NOW)
    assert store.draft(draft.id).state is DraftState.APPROVED


def test_overrides_survive_reopening(tmp_path: Path):
    with Store.open(tmp_path / "s.db") as store:
        store.set_override("evt", False, NOW)
    with Store.open(tmp_path / "s.db") as store:
        assert store.overrides() == {"evt": False}


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path):
    bad = tmp_path / "s.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    try:
        Store.open(bad)
    except Exception as error:
        from assistant.errors import StoreError

        assert isinstance(error, StoreError)
        assert "not a readable database" in error.message
        assert error.fix
    else:
        raise AssertionError("opening a corrupt database must fail")
    assert isinstance(sqlite3.sqlite_version, str)

"""The Store contract: every implementation of StorePort (SQLite, PostgreSQL) passes it.

A backend's test module subclasses :class:`StoreContract` and provides an
``open_store`` fixture: a callable that opens a new store (a connection of its own) on
one database made for the test. Each call is a separate writer, as two processes would
be; the concurrency tests race several of them on one job or draft and check that
exactly one wins, which is what makes a briefing go out once and approve-twice send once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, timedelta
from typing import Any

import pytest

from assistant.errors import NotFoundError
from assistant.mail.memory import MemoryMailbox
from assistant.models import DraftKind, DraftState, Job, JobKind, JobState
from assistant.ops.pass_log import last_pass, record_pass
from assistant.pipeline.rounds import AppState, set_state, stored_rounds, stored_states
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from assistant.store import InterviewRecord, StorePort
from assistant.store.pipeline import RoundRow
from tests.conftest import BERLIN, NOW, build_services, make_event

OpenStore = Callable[[], StorePort]
# Writers racing in the concurrency tests: more than the machine's cores, so they overlap.
RACERS = 8


def a_job(key: str, due_hours: float, kind: JobKind = JobKind.BRIEFING) -> Job:
    return Job(key, kind, "evt", NOW + timedelta(hours=due_hours))


def add_draft(store: StorePort, key: str = "draft/evt/thank-you/jane@acme.example") -> Any:
    return store.add_draft(
        key=key,
        event_id="evt",
        kind=DraftKind.THANK_YOU,
        recipients=["jane@acme.example", "Ana <ana@acme.example>"],
        subject="Thank you – 100% worth it?",
        body="Hi Jane,\nthanks ? see you",
        message_id="<x@y>",
        guessed_recipient=True,
        interview_summary="Second interview",
        now=NOW,
    )


def save_interview(store: StorePort, event_id: str = "evt", **changes: Any) -> InterviewRecord:
    fields: dict[str, Any] = {
        "event_id": event_id,
        "uid": f"{event_id}@example.com",
        "source": "calendar",
        "start": NOW + timedelta(days=1),
        "end": NOW + timedelta(days=1, hours=1),
        "summary": "Second interview – Acme",
        "company": "Acme",
        "role": None,
        "active": True,
        "inactive_why": None,
        "detection": {"score": 0.9, "reasons": ["second round"], "nested": {"ok": True}},
        "now": NOW,
    }
    return store.save_interview(**{**fields, **changes})


def race(open_store: OpenStore, action: Callable[[StorePort], Any]) -> list[Any]:
    """Run ``action`` on RACERS stores at once (a barrier lines them up); their results.

    Each thread opens its own store (sqlite3 connections stay in their thread) and waits
    at the barrier, so the actions start together.
    """
    barrier = threading.Barrier(RACERS, timeout=60)

    def run(_: int) -> Any:
        store = open_store()
        try:
            barrier.wait()
            return action(store)
        finally:
            store.close()

    with ThreadPoolExecutor(RACERS) as pool:
        return list(pool.map(run, range(RACERS)))


class StoreContract:
    """Behaviour the core relies on. Subclasses provide the ``open_store`` fixture."""

    @pytest.fixture
    def open_store(self) -> OpenStore:  # pragma: no cover - always overridden
        raise NotImplementedError

    @pytest.fixture
    def store(self, open_store: OpenStore) -> Iterator[StorePort]:
        opened = open_store()
        yield opened
        opened.close()

    # --- migrations -----------------------------------------------------------------------

    def test_reopening_applies_no_migration_twice(self, open_store: OpenStore) -> None:
        with_schema = open_store()
        try:
            assert with_schema.migrate() == []
        finally:
            with_schema.close()

    # --- interviews -----------------------------------------------------------------------

    def test_an_interview_round_trips_with_times_in_utc(self, store: StorePort) -> None:
        saved = save_interview(store)
        assert saved.start == NOW + timedelta(days=1)
        assert saved.start.utcoffset() == timedelta(0)
        assert saved.detection == {
            "score": 0.9,
            "reasons": ["second round"],
            "nested": {"ok": True},
        }
        assert saved.active and saved.briefed_start is None
        assert store.find_interview("evt") == saved
        assert store.find_interview("nothing") is None
        with pytest.raises(NotFoundError):
            store.interview("nothing")

    def test_saving_again_updates_but_keeps_first_seen(self, store: StorePort) -> None:
        save_interview(store)
        store.set_briefed_start("evt", NOW + timedelta(days=1))
        later = save_interview(store, summary="Moved", now=NOW + timedelta(hours=5))
        assert later.summary == "Moved"
        assert later.first_seen == NOW
        assert later.briefed_start == NOW + timedelta(days=1)

    def test_a_naive_time_is_refused(self, store: StorePort) -> None:
        with pytest.raises(ValueError, match="naive"):
            save_interview(store, now=NOW.replace(tzinfo=None))

    def test_a_nul_in_calendar_text_never_fails_a_write(self, store: StorePort) -> None:
        """SQLite keeps U+0000; PostgreSQL cannot, and keeps U+FFFD in its place."""
        saved = save_interview(store, summary="Second\x00 round", detection={"why\x00": ["a\x00"]})
        assert saved.summary.replace("\ufffd", "\x00") == "Second\x00 round"
        (key,) = saved.detection
        assert key.replace("\ufffd", "\x00") == "why\x00"
        draft, _ = add_draft(store)
        changed = store.update_draft(draft.id, NOW, body="x\x00", recipients=["a\x00@b"])
        assert (changed.body + changed.to[0]).replace("\ufffd", "\x00") == "x\x00a\x00@b"

    def test_interviews_in_start_order_and_missing_ones_deactivated(self, store: StorePort) -> None:
        save_interview(store, "late", start=NOW + timedelta(days=3), end=NOW + timedelta(days=3))
        save_interview(store, "early")
        save_interview(store, "other", source="elsewhere")
        save_interview(store, "past", start=NOW - timedelta(days=2), end=NOW - timedelta(days=2))
        assert [r.event_id for r in store.interviews()][:2] == ["past", "early"]
        gone = store.deactivate_missing({"early"}, ["calendar"], NOW)
        assert sorted(gone) == ["late"], "other sources and past interviews stay"
        assert store.interview("late").inactive_why == "removed from the calendar"
        active = {r.event_id for r in store.interviews(active_only=True)}
        assert active == {"early", "other", "past"}

    def test_overrides_and_debriefs(self, store: StorePort) -> None:
        store.set_override("evt", True, NOW)
        store.set_override("evt", False, NOW)
        assert store.overrides() == {"evt": False}
        assert store.clear_override("evt") and not store.clear_override("evt")
        assert store.debrief("evt") is None
        store.save_debrief("evt", {"went": "well", "salary": 100}, NOW)
        store.save_debrief("evt", {"went": "better"}, NOW)
        assert store.debrief("evt") == {"went": "better"}

    # --- jobs -----------------------------------------------------------------------------

    def test_reconcile_inserts_moves_and_drops_pending_jobs_only(self, store: StorePort) -> None:
        store.reconcile_jobs("evt", [a_job("a", 1), a_job("b", 2)], NOW)
        assert store.finish_job("a", JobState.DONE, NOW)
        store.reconcile_jobs("evt", [a_job("a", 5), a_job("c", 3)], NOW)
        states = {r.job.key: (r.state, r.job.due_at) for r in store.jobs()}
        assert states["a"] == (JobState.DONE, NOW + timedelta(hours=1)), "finished jobs are history"
        assert states["b"][0] is JobState.DROPPED
        assert states["c"] == (JobState.PENDING, NOW + timedelta(hours=3))

    def test_a_dropped_job_wanted_again_is_pending_again(self, store: StorePort) -> None:
        # A mark undone, or a verdict back: what was dropped never acted, so it comes back.
        store.reconcile_jobs("evt", [a_job("a", 1), a_job("b", 2)], NOW)
        assert store.finish_job("a", JobState.DONE, NOW)
        store.reconcile_jobs("evt", [], NOW)
        store.reconcile_jobs("evt", [a_job("a", 4), a_job("b", 3)], NOW)
        states = {r.job.key: (r.state, r.job.due_at, r.finished_at) for r in store.jobs()}
        assert states["a"] == (JobState.DONE, NOW + timedelta(hours=1), NOW), "done stays done"
        assert states["b"] == (JobState.PENDING, NOW + timedelta(hours=3), None)
        assert [j.key for j in store.due_jobs(NOW + timedelta(hours=3))] == ["b"]

    def test_reconcile_leaves_other_kinds_alone(self, store: StorePort) -> None:
        store.reconcile_jobs("evt", [a_job("nudge", 1, JobKind.NUDGE)], NOW, kinds=[JobKind.NUDGE])
        store.reconcile_jobs("evt", [], NOW)
        assert [r.state for r in store.jobs(event_id="evt")] == [JobState.PENDING]

    def test_due_jobs_and_next_due(self, store: StorePort) -> None:
        assert store.next_due() is None
        store.reconcile_jobs("evt", [a_job("late", 3), a_job("soon", 1), a_job("also", 1)], NOW)
        assert store.next_due() == NOW + timedelta(hours=1)
        assert store.next_due().tzinfo is not None  # type: ignore[union-attr]
        assert [j.key for j in store.due_jobs(NOW + timedelta(hours=2))] == ["also", "soon"]
        assert [r.job.key for r in store.jobs(state=JobState.PENDING)] == ["also", "soon", "late"]

    def test_a_failed_attempt_is_counted_and_the_job_stays_pending(self, store: StorePort) -> None:
        store.reconcile_jobs("evt", [a_job("a", 1)], NOW)
        assert store.job_failed("a", "timeout") == 1
        assert store.job_failed("a", "timeout again") == 2
        assert store.job_failed("missing", "x") == 0
        (record,) = store.jobs()
        assert (record.state, record.attempts, record.last_error) == (
            JobState.PENDING,
            2,
            "timeout again",
        )
        assert store.finish_job("a", JobState.DONE, NOW, note="sent")
        (record,) = store.jobs()
        assert (record.last_error, record.finished_at) == ("sent", NOW)

    def test_a_job_finishes_once(self, store: StorePort) -> None:
        store.reconcile_jobs("evt", [a_job("a", 1)], NOW)
        assert store.finish_job("a", JobState.DONE, NOW)
        assert not store.finish_job("a", JobState.FAILED, NOW)
        assert not store.finish_job("missing", JobState.DONE, NOW)

    # --- drafts ---------------------------------------------------------------------------

    def test_a_draft_round_trips(self, store: StorePort) -> None:
        draft, created = add_draft(store)
        assert created
        assert draft.to == ("jane@acme.example", "Ana <ana@acme.example>")
        assert draft.subject == "Thank you – 100% worth it?"
        assert draft.body == "Hi Jane,\nthanks ? see you"
        assert draft.state is DraftState.DRAFTED and draft.guessed_recipient
        assert draft.created_at == NOW and not draft.edited
        assert store.draft(draft.id) == draft

    def test_a_draft_key_is_added_once(self, store: StorePort) -> None:
        first, created = add_draft(store)
        again, created_again = add_draft(store)
        assert created and not created_again
        assert first.id == again.id
        assert len(store.drafts()) == 1

    def test_a_draft_asked_for_again_takes_no_number(self, store: StorePort) -> None:
        first, _ = add_draft(store, "draft/day-one/thank-you/ines@bakery.example")
        add_draft(store, "draft/day-one/thank-you/ines@bakery.example")
        add_draft(store, "draft/day-one/thank-you/ines@bakery.example")
        next_one, _ = add_draft(store, "draft/day-two/thank-you/otto@bakery.example")
        assert next_one.id == first.id + 1, "a repeated key must leave no gap in the numbers"

    def test_no_draft_for_an_unknown_or_impossible_id(self, store: StorePort) -> None:
        for draft_id in (0, -1, 999, 2**63, 2**80):
            with pytest.raises(NotFoundError):
                store.draft(draft_id)

    def test_drafts_filtered_by_state_and_interview(self, store: StorePort) -> None:
        one, _ = add_draft(store, "k1")
        two, _ = add_draft(store, "k2")
        store.move_draft(two.id, [DraftState.DRAFTED], DraftState.APPROVED, NOW)
        assert [d.id for d in store.drafts()] == [one.id, two.id]
        assert [d.id for d in store.drafts(states=[DraftState.APPROVED])] == [two.id]
        assert store.drafts(event_id="other") == []

    def test_update_draft_changes_allowed_columns_only(self, store: StorePort) -> None:
        draft, _ = add_draft(store)
        later = NOW + timedelta(hours=1)
        changed = store.update_draft(
            draft.id, later, body="New", recipients=["x@example.com"], edited=True, send_at=later
        )
        assert (changed.body, changed.to, changed.edited) == ("New", ("x@example.com",), True)
        assert changed.send_at == later.astimezone(UTC) and changed.updated_at == later
        with pytest.raises(ValueError, match="state"):
            store.update_draft(draft.id, NOW, state="sent")

    def test_move_draft_is_a_compare_and_set(self, store: StorePort) -> None:
        draft, _ = add_draft(store)
        assert store.move_draft(
            draft.id, [DraftState.DRAFTED], DraftState.APPROVED, NOW, mailbox_ref="ref-1"
        )
        assert not store.move_draft(draft.id, [DraftState.DRAFTED], DraftState.APPROVED, NOW)
        moved = store.draft(draft.id)
        assert (moved.state, moved.mailbox_ref) == (DraftState.APPROVED, "ref-1")

    # --- sync state, activity, meta ---------------------------------------------------------

    def test_sync_state_and_meta(self, store: StorePort) -> None:
        assert store.sync_state("google") == {}
        store.save_sync_state("google", {"token": "abc", "etags": {"a": 1}}, NOW)
        store.save_sync_state("google", {"token": "def"}, NOW)
        assert store.sync_state("google") == {"token": "def"}
        assert store.get_meta("k") is None
        store.set_meta("k", "1")
        store.set_meta("k", "2")
        assert store.get_meta("k") == "2"

    def test_kept_verdicts_are_taken_back_on_unchanged_input(self, store: StorePort) -> None:
        from assistant.detect import Profile
        from assistant.pipeline.reuse import detect_or_reuse

        events = [
            make_event(start=NOW + timedelta(days=2)),
            make_event(uid="lunch", summary="Lunch"),
        ]
        profile = Profile.build(["me@example.com"])
        first, reused_first = detect_or_reuse(events, profile, {}, ["calendar:v1"], store, NOW)
        again, reused_again = detect_or_reuse(events, profile, {}, ["calendar:v1"], store, NOW)
        assert (reused_first, reused_again) == (False, True) and again == first
        assert not detect_or_reuse(events, profile, {}, ["calendar:v2"], store, NOW)[1]

    def test_activity_is_newest_first_and_pruned(self, store: StorePort) -> None:
        for number in range(505):
            store.log_activity("error" if number % 2 else "info", f"m{number}", NOW)
        latest = store.recent_activity(limit=600)
        assert len(latest) == 500, "the newest 500 are kept"
        assert latest[0] == (NOW, "info", "m504")
        assert [m for _, _, m in store.recent_activity(2, level="info")] == ["m504", "m502"]

    # --- pipeline rounds and the pass log ----------------------------------------------------

    def test_sync_rounds_deactivates_what_left_and_keeps_history(self, store: StorePort) -> None:
        def row(event_id: str, source: str, hours: float) -> RoundRow:
            start = NOW + timedelta(hours=hours)
            return RoundRow(
                event_id=event_id,
                source=source,
                keys=("acme",),
                company="Acme & Söhne",
                role=None,
                kind="later",
                start=start,
                end=start + timedelta(hours=1),
                summary="Panel",
                people=(("ana@acme.example", "Ana Ruiz"),),
                recruiter=("rec@acme.example", "Rec"),
            )

        rows = [row("past", "cal", -48), row("soon", "cal", 24), row("other", "web", 30)]
        rows.append(row("withdrawn", "cal", 50))
        store.sync_rounds(rows, [], ["cal", "web"], NOW)
        later = NOW + timedelta(minutes=5)
        # Next pass: "withdrawn" is still there but no round; "soon" and "past" are gone from
        # "cal"; "web" was not read this time.
        store.sync_rounds([], ["withdrawn"], ["cal"], later)
        active = {r.event_id: r.active for r in store.round_rows()}
        assert active == {"past": True, "soon": False, "other": True, "withdrawn": False}
        past = store.round_rows()[0]
        assert past.people == (("ana@acme.example", "Ana Ruiz"),)
        assert past.recruiter == ("rec@acme.example", "Rec") and past.first_seen == NOW

    def test_application_state_is_one_row_per_employer(self, store: StorePort) -> None:
        store.set_application_state("acme", "offer", "verbal", NOW)
        store.set_application_state("acme", "closed", "", NOW + timedelta(days=1))
        [only] = store.application_states()
        assert (only.state, only.note, only.updated_at) == ("closed", "", NOW + timedelta(days=1))

    def test_pass_log_keeps_the_newest_and_tells_simulated_apart(self, store: StorePort) -> None:
        for hour in range(6):
            at = NOW + timedelta(hours=hour)
            store.record_pass(at, simulated=hour % 2 == 1, recorded_at=NOW, keep=4)
        assert store.newest_pass().at == NOW + timedelta(hours=5)  # type: ignore[union-attr]
        assert store.newest_pass(real_only=True).at == NOW + timedelta(hours=4)  # type: ignore[union-attr]
        assert store.simulated_pass_times() == {NOW + timedelta(hours=h) for h in (3, 5)}

    def test_a_new_database_is_sound(self, store: StorePort) -> None:
        assert store.integrity_problem() is None

    # --- the core, unchanged, on this store ---------------------------------------------------

    def test_whole_passes_brief_and_draft_once(self, store: StorePort) -> None:
        """Interviews, jobs, drafts, and the pipeline's and pass log's own SQL, end to end."""
        calendar, mailbox = MemoryCalendar(), MemoryMailbox()
        services = build_services(
            calendar, store, mailbox, timing=Timing(tz=BERLIN, quiet_hours=None)
        )
        event = make_event(start=NOW + timedelta(hours=12))
        calendar.put(event)
        after = event.end + timedelta(hours=1)
        reports = [run_once(services, moment) for moment in (NOW, NOW, after, after)]
        assert [len(r.briefings) for r in reports] == [1, 0, 0, 0]
        assert [len(r.drafts_created) for r in reports] == [0, 0, 2, 0]
        assert len(mailbox.drafts) == 2 and len(store.drafts()) == 2
        assert [r.event_id for r in stored_rounds(store)] == [event.event_id]
        set_state(store, "acme", AppState.OFFER, "verbal offer", NOW)
        assert stored_states(store)["acme"].at == NOW
        record_pass(store, after, simulated=False, recorded_at=after)
        record_pass(store, after + timedelta(days=9), simulated=True, recorded_at=after)
        real = last_pass(store, real_only=True)
        assert real is not None and real.at == after and not real.simulated
        assert last_pass(store).simulated  # type: ignore[union-attr]

    # --- exactly once, with concurrent writers ----------------------------------------------

    def test_concurrent_passes_finish_a_job_once(self, open_store: OpenStore, store: StorePort):
        store.reconcile_jobs("evt", [a_job("a", 1)], NOW)
        won = race(open_store, lambda s: s.finish_job("a", JobState.DONE, NOW))
        assert won.count(True) == 1
        assert [r.state for r in store.jobs()] == [JobState.DONE]

    def test_concurrent_approvals_move_a_draft_once(
        self, open_store: OpenStore, store: StorePort
    ) -> None:
        draft, _ = add_draft(store)
        won = race(
            open_store,
            lambda s: s.move_draft(draft.id, [DraftState.DRAFTED], DraftState.APPROVED, NOW),
        )
        assert won.count(True) == 1

    def test_concurrent_adds_of_one_draft_key_make_one_draft(
        self, open_store: OpenStore, store: StorePort
    ) -> None:
        results = race(open_store, add_draft)
        assert [created for _, created in results].count(True) == 1
        assert len({draft.id for draft, _ in results}) == 1
        assert len(store.drafts()) == 1

    def test_concurrent_reconciles_keep_one_row_per_key(
        self, open_store: OpenStore, store: StorePort
    ) -> None:
        race(open_store, lambda s: s.reconcile_jobs("evt", [a_job("a", 1), a_job("b", 2)], NOW))
        assert sorted(r.job.key for r in store.jobs()) == ["a", "b"]

    def test_concurrent_failures_are_all_counted(
        self, open_store: OpenStore, store: StorePort
    ) -> None:
        store.reconcile_jobs("evt", [a_job("a", 1)], NOW)
        counts = race(open_store, lambda s: s.job_failed("a", "timeout"))
        assert sorted(counts) == list(range(1, RACERS + 1))

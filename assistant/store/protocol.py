"""The Store port: what the core needs of state, whichever database keeps it.

Every time argument is an aware ``datetime`` (a naive one raises ValueError); every time
returned is in UTC, to the second. Database faults (locked, full, unreachable, corrupt)
raise :class:`~assistant.errors.StoreError` with a one-line fix. Each method that writes
runs in one transaction of its own: it is done completely or not at all.

Exactly-once rests on three guarantees every implementation keeps, tested with
concurrent writers in ``tests/contracts/store_contract.py``:

- :meth:`StorePort.finish_job` is a compare-and-set on ``pending``: a job finishes once;
- :meth:`StorePort.move_draft` is a compare-and-set on the draft's state;
- :meth:`StorePort.add_draft` is idempotent on the draft key.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol

from assistant.models import Draft, DraftKind, DraftState, Job, JobKind, JobState
from assistant.store.passes import PassRecord
from assistant.store.pipeline import ApplicationRow, RoundRow
from assistant.store.records import InterviewRecord, JobRecord


class StorePort(Protocol):
    """State for one user's interviews, jobs, drafts, rounds and passes (see the module
    docstring)."""

    #: Runs one statement with ``?`` placeholders outside a transaction (rows are read
    #: by column name; times and JSON come back as ISO text). Only the store's own query
    #: groups and tests use it: the core asks for state through the methods below.
    db: Any
    #: Where the data lives, for messages: a file path, or a URL without its password.
    path: Any

    def close(self) -> None:
        """Release the connection. The store is unusable afterwards."""

    def migrate(self) -> list[str]:
        """Apply the named migrations not yet applied, in order; return their names.

        Each migration runs in one transaction with the row recording it, so a crash
        leaves the schema as it was; two processes migrating at once apply each once.
        """

    def transaction(self) -> AbstractContextManager[Any]:
        """One write transaction; the value runs statements with ``?`` placeholders.

        Commits on leaving, rolls back on any exception (StoreError for database faults).
        """

    # --- interviews ---------------------------------------------------------------------

    def save_interview(
        self,
        *,
        event_id: str,
        uid: str,
        source: str,
        start: datetime,
        end: datetime,
        summary: str,
        company: str | None,
        role: str | None,
        active: bool,
        inactive_why: str | None,
        detection: dict[str, Any],
        now: datetime,
    ) -> InterviewRecord:
        """Insert or update the interview ``event_id``; return it as stored.

        ``detection`` is JSON-serialisable. ``first_seen`` (``now`` the first time) and
        ``briefed_start`` are kept across updates.
        """

    def interview(self, event_id: str) -> InterviewRecord:
        """The interview ``event_id``; raises NotFoundError when there is none."""

    def find_interview(self, event_id: str) -> InterviewRecord | None:
        """The interview ``event_id``, or None."""

    def interviews(self, *, active_only: bool = False) -> list[InterviewRecord]:
        """Every interview (or only the active ones), by start time."""

    def deactivate_missing(
        self, seen: set[str], sources: Sequence[str], now: datetime
    ) -> list[str]:
        """Deactivate interviews of ``sources`` not in ``seen`` that end after ``now``.

        Returns their event ids; their reason becomes "removed from the calendar".
        """

    def set_briefed_start(self, event_id: str, start: datetime) -> None:
        """Remember the start time the briefing of ``event_id`` was written for."""

    def set_override(self, event_id: str, follow_up: bool, now: datetime) -> None:
        """Record the user's verdict (``mark``): ``event_id`` is a follow-up or not."""

    def clear_override(self, event_id: str) -> bool:
        """Forget the verdict for ``event_id``; False when there was none."""

    def overrides(self) -> dict[str, bool]:
        """Every recorded verdict: event id → follow-up or not."""

    def save_debrief(self, event_id: str, data: dict[str, Any], now: datetime) -> None:
        """Keep the debrief notes ``data`` (JSON-serialisable) for ``event_id``."""

    def debrief(self, event_id: str) -> dict[str, Any] | None:
        """The debrief notes of ``event_id``, or None."""

    # --- jobs ---------------------------------------------------------------------------

    def reconcile_jobs(
        self,
        event_id: str,
        wanted: Sequence[Job],
        now: datetime,
        kinds: Sequence[JobKind] = ...,
    ) -> None:
        """Make the pending jobs of ``event_id`` of ``kinds`` exactly ``wanted``.

        New keys are inserted as pending; pending ones take their new due time; pending
        ones not wanted become ``dropped``; dropped ones wanted again are pending again
        (they never acted). Jobs done, skipped or failed are never touched. ``kinds``
        defaults to briefings and drafts.
        """

    def due_jobs(self, now: datetime) -> list[Job]:
        """Pending jobs due at or before ``now``, by due time then key."""

    def next_due(self) -> datetime | None:
        """The earliest due time of a pending job, or None when none is pending."""

    def jobs(
        self, *, event_id: str | None = None, state: JobState | None = None
    ) -> list[JobRecord]:
        """Jobs with their bookkeeping, by due time then key; optionally filtered."""

    def finish_job(self, key: str, state: JobState, now: datetime, note: str | None = None) -> bool:
        """Compare-and-set: move job ``key`` from pending to ``state``.

        True for exactly one caller; False when it was not pending (another pass
        finished it, or there is no such job). ``note`` replaces the last error if given.
        """

    def job_failed(self, key: str, error: str) -> int:
        """Count a failed attempt of job ``key`` (it stays pending); return the count.

        0 when there is no such job.
        """

    # --- drafts -------------------------------------------------------------------------

    def add_draft(
        self,
        *,
        key: str,
        event_id: str,
        kind: DraftKind,
        recipients: Sequence[str],
        subject: str,
        body: str,
        message_id: str,
        guessed_recipient: bool,
        interview_summary: str,
        now: datetime,
        reason: str = "",
    ) -> tuple[Draft, bool]:
        """Record a draft (state ``drafted``) before it reaches the mailbox, with the
        ``reason`` it exists (shown by ``drafts list``; "" for none).

        Idempotent on ``key``: returns (draft, True) the first time and (the existing
        draft, False) after, however many callers race.
        """

    def draft(self, draft_id: int) -> Draft:
        """The draft ``draft_id``; raises NotFoundError when there is none."""

    def drafts(
        self, *, states: Sequence[DraftState] | None = None, event_id: str | None = None
    ) -> list[Draft]:
        """Drafts by id, optionally only those in ``states`` and/or of ``event_id``."""

    def update_draft(self, draft_id: int, now: datetime, **fields: Any) -> Draft:
        """Change columns of a draft (``subject``, ``body``, ``recipients``, …); return it.

        Raises ValueError for a column that may not change, NotFoundError for no draft.
        """

    def move_draft(
        self,
        draft_id: int,
        from_states: Sequence[DraftState],
        to: DraftState,
        now: datetime,
        **fields: Any,
    ) -> bool:
        """Compare-and-set: move a draft to ``to`` (setting ``fields``) if in ``from_states``.

        True for exactly one of any number of racing callers; False otherwise.
        """

    # --- sync state, activity, meta -------------------------------------------------------

    def sync_state(self, source: str) -> dict[str, Any]:
        """What ``source`` kept after its last sync; {} before the first."""

    def save_sync_state(self, source: str, data: dict[str, Any], now: datetime) -> None:
        """Replace ``source``'s sync state with ``data`` (JSON-serialisable)."""

    def log_activity(self, level: str, message: str, now: datetime) -> None:
        """Append to the short history ``status`` shows (the last 500 rows are kept)."""

    def recent_activity(
        self, limit: int = 10, level: str | None = None
    ) -> list[tuple[datetime, str, str]]:
        """The latest ``limit`` rows, newest first: (time, level, message)."""

    def get_meta(self, key: str) -> str | None:
        """The text kept under ``key``, or None."""

    def set_meta(self, key: str, value: str) -> None:
        """Keep ``value`` under ``key``."""

    # --- pipeline: rounds and applications ----------------------------------------------

    def sync_rounds(
        self,
        found: Sequence[RoundRow],
        no_longer: Collection[str],
        read_sources: Sequence[str],
        now: datetime,
    ) -> None:
        """Save one pass's rounds in one transaction (see ``store/pipeline.py``)."""

    def round_rows(self) -> list[RoundRow]:
        """Every stored round, inactive ones too, earliest first."""

    def set_application_state(self, employer: str, state: str, note: str, now: datetime) -> None:
        """Record the user's state and note for the application ``employer``."""

    def application_states(self) -> list[ApplicationRow]:
        """Every state the user set, one per employer key."""

    # --- pass log -----------------------------------------------------------------------

    def record_pass(
        self, at: datetime, *, simulated: bool, recorded_at: datetime, keep: int
    ) -> None:
        """Add a pass to the log; keep only the newest ``keep``."""

    def newest_pass(self, *, real_only: bool = False) -> PassRecord | None:
        """The newest logged pass (only real ones when ``real_only``), or None."""

    def simulated_pass_times(self) -> set[datetime]:
        """The times the kept simulated passes acted at."""

    def integrity_problem(self) -> str | None:
        """What a quick check of the database finds wrong, or None when it is sound."""

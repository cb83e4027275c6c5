"""Drafts: every message waiting for (or past) the user's approval.

Two guarantees live here. The draft key is unique, so a re-run never makes a second
draft (:meth:`DraftQueries.add_draft`); and :meth:`DraftQueries.move_draft` is a
compare-and-set on the state, so approving twice sends once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from assistant.errors import NotFoundError
from assistant.models import Draft, DraftKind, DraftState
from assistant.store.base import Queries, marks
from assistant.store.records import _draft, _iso

# The columns update_draft and move_draft may change besides the state.
DRAFT_FIELDS = frozenset(
    {
        "subject",
        "body",
        "recipients",
        "mailbox_ref",
        "edited",
        "send_at",
        "sent_at",
        "reminded_at",
        "interview_summary",
        "reason",
    }
)


class DraftQueries(Queries):
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
        """Record a draft before it is written to the mailbox. Returns (draft, created).

        A key already present returns the existing draft: a re-run never makes a second.
        ``reason``: why the draft exists, as ``drafts list`` shows it ("" for none).
        """
        with self.transaction() as db:
            # Asked first: an INSERT that meets the key still takes the next id from
            # SQLite's AUTOINCREMENT counter (and a PostgreSQL sequence), so a re-run
            # would leave a gap in the numbers the user sees, as if a draft were lost.
            if db.execute("SELECT 1 FROM drafts WHERE key = ?", (key,)).fetchone():
                cursor = None
            else:
                cursor = db.execute(
                    """
                    INSERT INTO drafts (key, event_id, kind, state, recipients, subject,
                        body, message_id, guessed_recipient, interview_summary, reason,
                        created_at, updated_at)
                    VALUES (?, ?, ?, 'drafted', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (key) DO NOTHING
                    """,
                    (
                        key,
                        event_id,
                        kind.value,
                        self.encode_json(list(recipients)),
                        subject,
                        body,
                        message_id,
                        int(guessed_recipient),
                        interview_summary,
                        reason,
                        _iso(now),
                        _iso(now),
                    ),
                )
            created = cursor is not None and cursor.rowcount == 1
        row = self.db.execute("SELECT * FROM drafts WHERE key = ?", (key,)).fetchone()
        return _draft(row), created

    def draft(self, draft_id: int) -> Draft:
        """The draft ``draft_id``; raises NotFoundError when there is none."""
        # An id beyond a signed 64-bit integer names no draft (and cannot be bound).
        row = None
        if 0 < draft_id < 2**63:
            row = self.db.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                f"no draft with id {draft_id}",
                fix="`interview-assistant drafts list --all` lists every draft with its id",
            )
        return _draft(row)

    def drafts(
        self, *, states: Sequence[DraftState] | None = None, event_id: str | None = None
    ) -> list[Draft]:
        """Drafts by id, optionally only those in ``states`` and/or of ``event_id``."""
        sql = "SELECT * FROM drafts WHERE 1 = 1"
        args: list[str] = []
        if states:
            sql += f" AND state IN ({marks(len(states))})"
            args.extend(s.value for s in states)
        if event_id:
            sql += " AND event_id = ?"
            args.append(event_id)
        return [_draft(r) for r in self.db.execute(sql + " ORDER BY id", args)]

    def update_draft(self, draft_id: int, now: datetime, **fields: Any) -> Draft:
        """Change columns of a draft (``subject``, ``body``, ``recipients``, ``mailbox_ref``…)."""
        unknown = set(fields) - DRAFT_FIELDS
        if unknown:
            raise ValueError(f"cannot update draft columns {sorted(unknown)}")
        values = {k: self.column(v) for k, v in fields.items()}
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self.transaction() as db:
            db.execute(
                f"UPDATE drafts SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), _iso(now), draft_id),
            )
        return self.draft(draft_id)

    def move_draft(
        self,
        draft_id: int,
        from_states: Sequence[DraftState],
        to: DraftState,
        now: datetime,
        **fields: Any,
    ) -> bool:
        """Atomically move a draft between states; False when it was not in ``from_states``.

        This compare-and-set is what makes approve-twice send once.
        """
        values = {k: self.column(v) for k, v in fields.items()}
        extra = "".join(f", {k} = ?" for k in values)
        with self.transaction() as db:
            cursor = db.execute(
                f"UPDATE drafts SET state = ?, updated_at = ?{extra} "
                f"WHERE id = ? AND state IN ({marks(len(from_states))})",
                (to.value, _iso(now), *values.values(), draft_id, *(s.value for s in from_states)),
            )
            moved = cursor.rowcount == 1
        return moved

"""The pass log (``passes``, migration ``0002_pass_log``): when passes ran, and which
of them at a simulated time (``tick --now``). ``assistant/ops/pass_log.py`` reads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from assistant.store.base import Queries


@dataclass(frozen=True)
class PassRecord:
    """One pass: the time it acted at (aware), whether that time was simulated, and
    the real time it was recorded (aware)."""

    at: datetime
    simulated: bool
    recorded_at: datetime


class PassQueries(Queries):
    def record_pass(
        self, at: datetime, *, simulated: bool, recorded_at: datetime, keep: int
    ) -> None:
        """Add a pass; keep only the newest ``keep``. Both times are aware."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO passes (at, simulated, recorded_at) VALUES (?, ?, ?)",
                (at.isoformat(), int(simulated), recorded_at.isoformat()),
            )
            db.execute(
                "DELETE FROM passes WHERE id NOT IN "
                "(SELECT id FROM passes ORDER BY id DESC LIMIT ?)",
                (keep,),
            )

    def newest_pass(self, *, real_only: bool = False) -> PassRecord | None:
        """The newest logged pass (only real ones when ``real_only``), or None."""
        sql = "SELECT at, simulated, recorded_at FROM passes"
        if real_only:
            sql += " WHERE simulated = 0"
        row = self.db.execute(sql + " ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        return PassRecord(
            datetime.fromisoformat(row["at"]),
            bool(row["simulated"]),
            datetime.fromisoformat(row["recorded_at"]),
        )

    def simulated_pass_times(self) -> set[datetime]:
        """The times (aware) the kept passes acted at when they were simulated."""
        rows = self.db.execute("SELECT at FROM passes WHERE simulated = 1").fetchall()
        return {datetime.fromisoformat(row["at"]) for row in rows}

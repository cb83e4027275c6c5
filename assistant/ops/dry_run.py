"""``tick --dry-run``: what a pass would do, with nothing changed.

The pass runs for real, on a copy: the database is copied with SQLite's backup
API through a read-only connection (the original's bytes stay as they were), and
the mailbox is a :class:`RecordingMailbox` that writes nothing and remembers what
it was asked to do. The copy is deleted afterwards. The caller keeps the log
quiet (``assistant.logs.terminal_only``) and takes no lock, since nothing is written.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from assistant.app import App
from assistant.messages import recipients_of, wire_bytes
from assistant.notify import MemoryNotifier
from assistant.runner import TickReport, run_once
from assistant.store import Store


@dataclass(frozen=True)
class Action:
    """One thing the pass would do: ``kind`` is ``briefing``, ``note``, ``draft``,
    ``update``, ``send``, ``delete`` or ``notify``; ``to`` the recipients' addresses
    (for ``notify``, the notification URLs, redacted)."""

    kind: str
    to: tuple[str, ...]
    subject: str


@dataclass
class RecordingMailbox:
    """A mailbox that writes nothing and records every call, for a dry run.

    Every draft reference is taken to exist, so approved drafts show as sends.
    """

    actions: list[Action] = field(default_factory=list)

    def _note(self, kind: str, message: EmailMessage) -> str:
        wire_bytes(message)  # the recipient check a real mailbox makes, refusals included
        to = tuple(recipients_of(message))
        self.actions.append(Action(kind, to, str(message.get("Subject", ""))))
        return str(message.get("Message-ID", f"dry-run-{len(self.actions)}"))

    def deliver(self, message: EmailMessage) -> str:
        return self._note(str(message.get("X-Interview-Assistant", "briefing")), message)

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        self._note("draft" if ref is None else "update", message)
        return ref or str(message.get("Message-ID", ""))

    def draft_exists(self, ref: str) -> bool:
        return True

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        return self._note("send", message)

    def delete_draft(self, ref: str) -> None:
        self.actions.append(Action("delete", (), ref))


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database at ``source`` to ``target`` without writing to ``source``.

    Opened read-only (``mode=ro``), so no checkpoint or migration touches it.
    Raises ``sqlite3.DatabaseError`` when it cannot be read.
    """
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(str(target))
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def rehearse(app: App, now: datetime) -> tuple[TickReport, list[Action]]:
    """Run one pass at ``now`` on a copy of the home's database and a recording mailbox.

    Returns the pass's report and what it would have written or sent. Calendars are
    read as in a real pass (a private link is fetched). Raises what ``run_once``
    raises; the copy is removed in every case.
    """
    mailbox = RecordingMailbox()
    notifier = MemoryNotifier()  # notifications are recorded, never sent
    with tempfile.TemporaryDirectory(prefix="interview-assistant-dry-run-") as folder:
        copy = Path(folder) / "state.db"
        if app.home.database.exists():
            copy_database(app.home.database, copy)
        with Store.open(copy) as store:
            services = app.services(store)
            where = services.notifier.label if services.notifier is not None else ""
            services = replace(services, mailbox=mailbox, notifier=notifier if where else None)
            report = run_once(services, now)
    notices = [Action("notify", (where,), notice.title) for notice in notifier.sent]
    return report, mailbox.actions + notices

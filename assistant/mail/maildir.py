"""The local mailbox: a Maildir++ tree any mail client can open.

Briefings go to the root folder (INBOX), drafts to ``.Drafts`` and approved
messages to ``.Sent``. Nothing here leaves the machine.

File names are derived from the Message-ID rather than from the clock, as Maildir
usually does: the same message always has the same name, so writing it twice is
impossible, and a crash between writing and recording is repaired by the next run
finding the file already there. Writes go to ``tmp/`` and are renamed into place,
as the Maildir format asks, so a reader never sees half a message.

The tree is private: folders 0700, messages 0600, whatever the umask. A root owned
by another user, or writable by others, is refused (:mod:`assistant.private`).
Temporary files are created with ``O_EXCL | O_NOFOLLOW``, so a symlink planted in
``tmp/`` is never written through, and files left in ``tmp/`` for more than 36 hours
by a crashed writer are removed, as the Maildir convention says.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from assistant.errors import DraftGoneError, MailboxError
from assistant.messages import wire_bytes
from assistant.private import FOLDER_MODE, create_private, private_folder

INBOX = ""
DRAFTS = ".Drafts"
SENT = ".Sent"

# Maildir info suffixes: seen; draft; seen.
_FLAGS = {INBOX: "", DRAFTS: "D", SENT: "S"}
# Files in tmp/ older than this were left by a crashed writer (the Maildir convention).
STALE_TMP_SECONDS = 36 * 3600


def file_name(message_id: str) -> str:
    digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:32]
    return f"{digest}.interview-assistant"


class MaildirMailbox:
    """A Maildir++ tree rooted at ``root`` (created on first use).

    ``clock`` (seconds since the epoch) dates stale ``tmp/`` files; tests fix it.
    """

    def __init__(self, root: Path, clock: Callable[[], float] = time.time) -> None:
        self.root = Path(root)
        self.clock = clock
        self._ready: set[str] = set()

    def folder(self, name: str) -> Path:
        path = self.root / name if name else self.root
        if name in self._ready:
            return path
        try:
            private_folder(self.root, "mailbox folder")
            for sub in ("", "cur", "new", "tmp"):
                with contextlib.suppress(FileExistsError):
                    (path / sub).mkdir(mode=FOLDER_MODE)
            if name:
                (path / "maildirfolder").touch(mode=0o600, exist_ok=True)
            self._clean_tmp(path / "tmp")
        except OSError as exc:
            raise MailboxError(
                f"cannot create the mailbox folder {path}: {exc.strerror}",
                fix="check [mail.local] path in config.toml and its permissions",
            ) from None
        self._ready.add(name)
        return path

    def _clean_tmp(self, tmp: Path) -> None:
        """Remove what crashed writers left in ``tmp/`` more than 36 hours ago."""
        oldest = self.clock() - STALE_TMP_SECONDS
        for entry in os.scandir(tmp):
            with contextlib.suppress(OSError):
                if entry.stat(follow_symlinks=False).st_mtime < oldest:
                    os.unlink(entry.path)

    def _find(self, folder: str, name: str) -> Path | None:
        base = self.folder(folder)
        for sub in ("new", "cur"):
            for candidate in (base / sub).glob(name + "*"):
                return candidate
        return None

    def _write(self, folder: str, message: EmailMessage, *, replace: bool) -> str:
        name = file_name(str(message["Message-ID"]))
        existing = self._find(folder, name)
        if existing is not None and not replace:
            return name
        base = self.folder(folder)
        flags = _FLAGS[folder]
        # INBOX messages start unread in new/; drafts and sent copies are already "seen".
        target = existing or (
            base / "new" / name if not flags else base / "cur" / f"{name}:2,{flags}"
        )
        temporary = base / "tmp" / f"{name}.{os.getpid()}.{secrets.token_hex(4)}"
        data = wire_bytes(message)  # checked recipients; UTF-8 headers when needed (RFC 6532)
        try:
            with open(create_private(temporary), "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise MailboxError(
                f"cannot write to the mailbox {base}: {exc.strerror}",
                fix="free disk space or fix the folder's permissions",
            ) from None
        return name

    def deliver(self, message: EmailMessage) -> str:
        return self._write(INBOX, message, replace=False)

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        if ref is not None and self._find(DRAFTS, ref) is None:
            raise DraftGoneError(f"draft {ref} is no longer in {self.root / DRAFTS}")
        if ref is None and self._find(SENT, file_name(str(message["Message-ID"]))):
            raise MailboxError("this draft was already sent")
        return self._write(DRAFTS, message, replace=ref is not None)

    def draft_exists(self, ref: str) -> bool:
        return self._find(DRAFTS, ref) is not None

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        """Locally, "sending" files the approved message in ``.Sent``; the draft goes."""
        name = file_name(str(message["Message-ID"]))
        draft = self._find(DRAFTS, ref)
        if draft is None and self._find(SENT, name) is None:
            raise DraftGoneError(f"draft {ref} was deleted from {self.root / DRAFTS}")
        self._write(SENT, message, replace=False)
        if draft is not None:
            draft.unlink(missing_ok=True)
        return name

    def delete_draft(self, ref: str) -> None:
        draft = self._find(DRAFTS, ref)
        if draft is not None:
            draft.unlink(missing_ok=True)

    def messages(self, folder: str) -> list[Path]:
        """The message files in ``folder`` (``INBOX``, ``DRAFTS`` or ``SENT``), for tests and status."""
        base = self.folder(folder)
        return sorted([*(base / "new").iterdir(), *(base / "cur").iterdir()])


def from_app(app: Any) -> MaildirMailbox:
    """The factory ``app.App.mailbox`` calls for ``[mail] backend = "local"``."""
    return MaildirMailbox(app.mailbox_path())

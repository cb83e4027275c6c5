"""Private files: the home, the database, logs, config and the Maildir are the user's alone.

Draft bodies, debrief notes and salary figures live in these files, so folders are
created 0700 and files 0600 whatever the umask (the mode is set explicitly after
creation, since the umask only ever removes bits). A folder that already exists
must belong to the user and must not be writable by group or others: in such a
folder another account could swap a file for a symlink between two of our calls.
It is refused with the command that fixes it, never silently used. New files are
opened with ``O_EXCL | O_NOFOLLOW``, so a planted file or symlink is never written
through.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from assistant.errors import UsageError

FOLDER_MODE = 0o700
FILE_MODE = 0o600
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)
# Flags for a new private file: never an existing one, never through a symlink.
CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | CLOEXEC


def _euid() -> int | None:
    """The effective user id; None where the platform has none (Windows)."""
    return os.geteuid() if hasattr(os, "geteuid") else None


def check_folder(path: Path, what: str) -> None:
    """Raise :class:`~assistant.errors.UsageError` unless ``path`` is the user's own,
    not writable by group or others. Modes and owners are POSIX; elsewhere nothing
    is checked."""
    uid = _euid()
    if uid is None:
        return
    info = path.stat()
    if info.st_uid != uid:
        raise UsageError(
            f"the {what} {path} belongs to another user (uid {info.st_uid}), so it is not used",
            fix=f"use a folder of your own, or make it yours: `chown -R {uid} {path}`",
        )
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise UsageError(
            f"the {what} {path} can be written by other users, so it is not used",
            fix=f"`chmod 700 {path}`",
        )


def private_folder(path: Path, what: str = "folder") -> Path:
    """Create ``path`` (and missing parents) 0700, or check an existing one and make it 0700.

    Raises :class:`~assistant.errors.UsageError` for a folder owned by another user
    or writable by group or others.
    """
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # a concurrent pass made it first
            path.mkdir(mode=FOLDER_MODE)
    check_folder(path, what)
    if _euid() is not None and stat.S_IMODE(path.stat().st_mode) != FOLDER_MODE:
        path.chmod(FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and 0600 if missing; make an existing file of the user's 0600."""
    path = Path(path)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, CREATE_FLAGS, FILE_MODE))
    if _euid() is not None:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            raise UsageError(
                f"{path} is a symbolic link, so it is not used",
                fix=f"remove the link and run the command again: `rm {path}`",
            )
        if info.st_uid == _euid() and stat.S_IMODE(info.st_mode) != FILE_MODE:
            path.chmod(FILE_MODE)
    return path


def create_private(path: Path) -> int:
    """A new file at ``path``, open for writing, 0600: raises ``FileExistsError`` when
    anything (a file, a symlink) is already there, rather than write through it."""
    descriptor = os.open(path, CREATE_FLAGS, FILE_MODE)
    private_descriptor(descriptor)
    return descriptor


def private_descriptor(descriptor: int) -> None:
    """Make an open file 0600 whatever the umask (POSIX; a no-op where modes don't exist)."""
    if hasattr(os, "fchmod"):
        with contextlib.suppress(OSError):  # not ours to change: leave it
            os.fchmod(descriptor, FILE_MODE)


def write_private(path: Path, text: str | bytes) -> None:
    """Write ``text`` (UTF-8 when a str) to ``path`` atomically, readable by the owner
    only (0600).

    The temporary file is created 0600 from the start (``mkstemp`` uses ``O_EXCL``),
    so the content is never readable by others, not even for a moment;
    ``os.replace`` makes the switch atomic.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        private_descriptor(handle)
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8") if isinstance(text, str) else text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise

"""Logging: a rotating file under the data folder, and the terminal for warnings.

Every command calls :func:`setup_logging` once, from the ``cli`` group. The levels:

============  ================  ==========================
flags         terminal (stderr) file ``logs/interview-assistant.log``
============  ================  ==========================
(none)        WARNING           INFO
``-q``        WARNING           WARNING
``-v``        INFO              INFO
``-vv``       DEBUG             DEBUG
============  ================  ==========================

What may be logged: at INFO, each action with its idempotency key (``key=...``)
and never a message body; tokens and secret URLs never, at any level. The
:class:`SecretFilter` on both handlers is the safety net for the second rule: it
masks token-like values and private calendar links in whatever reaches it.
In operator mode a pass runs inside :func:`for_account`, and :class:`AccountFilter`
starts each of its lines with ``account <id>:``, so one worker's log tells whose
pass wrote what.
Only the ``assistant`` loggers are handled here, so HTTP libraries' debug lines
(which print request paths, and so private links) never reach the file.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TextIO

from assistant.errors import UsageError
from assistant.private import private_descriptor, private_folder
from assistant.text import inert, redact_url

LOG_FILE_NAME = "interview-assistant.log"
# Five files of 1 MB: months of INFO lines for one person's calendar.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_OURS = "_interview_assistant_handler"

_SECRETS = (
    # key=value, key: value, "key": "value" for names that hold secrets
    (
        re.compile(
            r"(?i)\b(access_token|refresh_token|id_token|client_secret|password|passwd"
            r"|authorization|api[_-]?key|token)(\"?'?\s*[:=]\s*\"?'?)(?:bearer\s+)?[^\s\"',;&]+"
        ),
        r"\1\2[redacted]",
    ),
    (re.compile(r"(?i)\bbearer\s+[\w.~+/=-]+"), "Bearer [redacted]"),
    (re.compile(r"\bya29\.[\w.-]+"), "[redacted]"),  # Google access tokens
    (re.compile(r"\b1//[\w.-]{20,}"), "[redacted]"),  # Google refresh tokens
)
_URL = re.compile(r"(?i)\b(?:https?|webcal)://[^\s\"'<>]+")


def mask_secrets(text: str) -> str:
    """``text`` with token-like values masked and URLs reduced to their host."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return _URL.sub(lambda m: redact_url(m.group(0)), text)


class SecretFilter(logging.Filter):
    """Masks secrets in each record's final message (arguments included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


# The account whose pass is running in this thread or task (operator mode), else None.
_ACCOUNT: ContextVar[str | None] = ContextVar("assistant_log_account", default=None)


@contextmanager
def for_account(account_id: str) -> Iterator[None]:
    """Name ``account_id`` in every log line written inside the ``with`` block.

    A context variable, so passes of different accounts running at once in one
    worker (threads or tasks) each keep their own.
    """
    token = _ACCOUNT.set(account_id)
    try:
        yield
    finally:
        _ACCOUNT.reset(token)


class AccountFilter(logging.Filter):
    """Starts each record's message with ``account <id>:`` inside :func:`for_account`.

    Idempotent (both handlers apply it to the same record), and a message that
    already begins by naming the account is left as it is.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        account = _ACCOUNT.get()
        if account is not None:
            message = record.getMessage()
            if not message.startswith(f"account {account}"):
                record.msg, record.args = f"account {account}: {message}", None
        return True


# ``log.warning(..., extra=SHOWN)``: the command prints this problem itself, so the
# terminal leaves it out and only the file keeps it (at its real level).
SHOWN = {"shown_by_command": True}


class NotShownFilter(logging.Filter):
    """Keeps records marked :data:`SHOWN` off the terminal: printed once, not twice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "shown_by_command", False)


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that goes silent when it cannot be written (disk full, gone).

    The default prints a traceback to stderr for every record; a full disk would
    then bury the one useful error line. ``doctor`` reports the unwritable folder.
    Several processes may write the same file (``run`` plus a command): lines are
    appended whole, and a rotation race costs at most a few lines.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        self.close()
        self.setLevel(logging.CRITICAL + 1)

    def _open(self) -> io.TextIOWrapper:
        """The log file, created 0600 whatever the umask (it names interviews and people)."""
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(self.baseFilename, flags, 0o600)
        private_descriptor(descriptor)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


class InertFormatter(logging.Formatter):
    """Log lines that cannot act on a terminal (event text is in them; the log is read
    with ``cat`` and ``tail``): controls and escape sequences removed, line feeds kept."""

    def format(self, record: logging.LogRecord) -> str:
        return inert(super().format(record), keep_newlines=True)


class StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a record comes (test runners swap it)."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


class TerminalFormatter(logging.Formatter):
    """One plain line per record on the terminal: ``warning: the message``.

    No logger names and no tracebacks there (the file keeps both): a person at the
    terminal reads what happened and what to do, not where in the code it was.
    """

    def format(self, record: logging.LogRecord) -> str:
        first = record.getMessage().strip().splitlines() or [""]
        return inert(f"{record.levelname.lower()}: {first[0]}")  # event text is in it


def terminal_only() -> None:
    """Detach the log file for the rest of this process (``tick --dry-run`` logs nothing)."""
    logger = logging.getLogger("assistant")
    for handler in [h for h in logger.handlers if isinstance(h, logging.FileHandler)]:
        logger.removeHandler(handler)
        handler.close()


def levels(verbose: int = 0, quiet: bool = False) -> tuple[int, int]:
    """The (terminal, file) levels for the ``-v`` count and ``-q`` flag."""
    if verbose > 1:
        return logging.DEBUG, logging.DEBUG
    if verbose == 1:
        return logging.INFO, logging.INFO
    return logging.WARNING, logging.WARNING if quiet else logging.INFO


def log_file(log_dir: Path) -> Path:
    return log_dir / LOG_FILE_NAME


def setup_logging(
    verbose: int = 0, quiet: bool = False, log_dir: Path | None = None, *, to_file: bool = True
) -> Path | None:
    """Route the ``assistant`` loggers to stderr and the rotating file; return the file.

    Safe to call more than once (each call replaces the handlers of the one
    before). Without ``log_dir`` the home's ``logs`` folder is used; when it cannot
    be created, or ``to_file`` is False (a home not set up yet, where nothing may be
    created), only the terminal is used and None is returned.
    """
    terminal_level, file_level = levels(verbose, quiet)
    logger = logging.getLogger("assistant")
    for handler in [h for h in logger.handlers if getattr(h, _OURS, False)]:
        logger.removeHandler(handler)
        handler.close()
    secrets, accounts = SecretFilter(), AccountFilter()

    terminal = StderrHandler()
    terminal.setLevel(terminal_level)
    terminal.setFormatter(TerminalFormatter())
    terminal.addFilter(NotShownFilter())
    handlers: list[logging.Handler] = [terminal]

    path = None
    try:
        if not to_file:
            raise OSError("no log file wanted")
        if log_dir is None:
            from assistant.paths import Home

            log_dir = Home.from_env().ensure().log_dir  # the whole home 0700, checked
        private_folder(log_dir, "log folder")
        path = log_file(log_dir)
        file = QuietRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        file.setLevel(file_level)
        file.setFormatter(InertFormatter(FILE_FORMAT))
        handlers.append(file)
    except (OSError, UsageError):
        # A read-only or unsafe home: the terminal still works, and the command (or
        # doctor) says why.
        path = None
    for handler in handlers:
        handler.addFilter(accounts)
        handler.addFilter(secrets)
        setattr(handler, _OURS, True)
        logger.addHandler(handler)
    logger.setLevel(min(terminal_level, file_level))
    return path

"""One exception tree for the whole project.

::

    AssistantError                 anything the user can act on; never shows a traceback
    ├── ConfigError                config.toml is wrong (exit 2); carries every problem
    ├── UsageError                 a command was called wrongly (exit 2)
    ├── CalendarError              one calendar could not be read; the others carry on
    ├── MailboxError               the mailbox refused or failed an operation
    │   ├── DraftGoneError         the draft was sent or deleted outside the tool
    │   ├── RecipientError         an address the user did not approve, or one that
    │   │                          cannot be written safely: nothing saved or sent
    │   └── UncertainSendError     it may have been sent; never resent without asking
    ├── StoreError                 the database is locked, full or unreadable
    ├── AuthError                  an account needs connecting again
    ├── TransientError             worth retrying later (429, 5xx, timeouts, network)
    │   └── UncertainError         a request went out, no clear answer: it may have happened
    └── NotFoundError              no such draft, event or interview (exit 2: a wrong id)

Every message says what happened and, where there is one, the command that fixes it
(``fix``). Anything not derived from ``AssistantError`` is a bug and is shown as such.
"""

from __future__ import annotations


class AssistantError(Exception):
    """A problem the user can understand and act on."""

    exit_code = 1

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} ({self.fix})" if self.fix else self.message


class ConfigError(AssistantError):
    """The configuration is invalid; ``problems`` lists every one of them."""

    exit_code = 2

    def __init__(
        self, problems: list[str], *, path: str | None = None, fix: str | None = None
    ) -> None:
        where = f" in {path}" if path else ""
        lines = "\n".join(f"  - {p}" for p in problems)
        if fix is None and path:
            fix = f"edit {path}, then check it with `interview-assistant doctor`"
        super().__init__(f"configuration problems{where}:\n{lines}", fix=fix)
        self.problems = problems
        self.path = path


class UsageError(AssistantError):
    """A command was called with arguments that cannot work."""

    exit_code = 2


class CalendarError(AssistantError):
    """One calendar could not be fetched or parsed.

    ``source`` is the calendar's display label, already redacted of secrets.
    """

    def __init__(
        self, source: str, reason: str, *, line: int | None = None, fix: str | None = None
    ) -> None:
        where = f" (line {line})" if line else ""
        super().__init__(f"calendar {source}{where}: {reason}", fix=fix)
        self.source = source
        self.reason = reason
        self.line = line


class MailboxError(AssistantError):
    """The mailbox could not complete an operation."""


class DraftGoneError(MailboxError):
    """The draft no longer exists in the mailbox: the user sent or deleted it there."""


class RecipientError(MailboxError):
    """A message would reach an address the user did not approve, or an address cannot be
    written safely (an encoded word, a control character, an invalid international
    domain). Raised before anything is saved or sent; never retried.
    """


class UncertainSendError(MailboxError):
    """The server may or may not have the message (the connection dropped after DATA).

    Nothing is resent until the user decides (``drafts approve ID --resend`` or
    ``--already-sent``); ``message_id`` names the message.
    """

    def __init__(self, message: str, *, message_id: str, fix: str | None = None) -> None:
        super().__init__(message, fix=fix)
        self.message_id = message_id


class StoreError(AssistantError):
    """The state database could not be used."""


class AuthError(AssistantError):
    """An account's credentials are missing, expired or revoked."""


class TransientError(AssistantError):
    """A temporary failure (rate limit, server error, network); retry later."""


class UncertainError(TransientError):
    """The request went out and no clear answer came back: it may have been carried out.

    Raised by the HTTP transports (``assistant/google/transport.py``,
    ``assistant/microsoft/transport.py``) for a POST that timed out or got a 5xx; the
    caller looks for the outcome before trying again (:func:`assistant.retry.retry_in_pass`).
    ``retry_after`` carries the server's ``Retry-After`` in seconds when it sent one.
    """

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NotFoundError(AssistantError):
    """The named draft, event or interview does not exist: the id given was wrong, a
    usage mistake like any other (exit 2, as the README's table of exit codes says)."""

    exit_code = 2

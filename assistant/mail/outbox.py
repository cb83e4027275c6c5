"""The send journal of SMTP: exactly once across retries.

SMTP has no "did you already get this?": sending twice delivers twice. So every
send goes through the :class:`Outbox`, a journal kept in the store, keyed by the
message's Message-ID (which the core derives from the action's key):

* ``sending`` is recorded *before* the connection is opened;
* ``sent`` once the server accepted the message (250 after DATA);
* ``not-sent`` when it was refused, or the connection failed before DATA: safe to retry;
* ``uncertain`` when the connection was lost after DATA was under way, or a
  previous attempt stopped mid-way (``sending`` found at start): the server may
  have the message. It is **never resent silently**: sending raises
  :class:`UncertainSendError` until the user says what happened
  (:meth:`Outbox.resolve`, which ``drafts approve ID --resend`` is meant to call).

A briefing or note is addressed to the user alone: after one "maybe sent" error
it is not resent either, and the job counts as done.

The journal is transport-neutral: :class:`Transport` is all it needs of a server
(``assistant.mail.smtp.SmtpTransport`` in use, a fake in tests). Both the ``smtp``
and the ``imap+smtp`` mailboxes send through it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from email.message import EmailMessage
from typing import Any, Protocol

from assistant.errors import AuthError, MailboxError, TransientError, UncertainSendError, UsageError
from assistant.mail.ledger import message_id_of
from assistant.messages import recipients_of
from assistant.text import one_line

log = logging.getLogger(__name__)


class OutcomeUnknown(Exception):
    """Raised by a :class:`Transport` when the connection failed after DATA began: the
    server may have the message."""


class Transport(Protocol):
    """A mail server that submits one message (``assistant.mail.smtp.SmtpTransport``)."""

    def send(self, message: EmailMessage, sender: str, recipients: Sequence[str]) -> None:
        """Submit ``message``; raise MailboxError/AuthError/TransientError/UsageError when
        it was certainly not accepted, :class:`OutcomeUnknown` when it may have been."""


class Outbox:
    """The send journal: what was sent, what may have been. Kept in the store's meta table."""

    SENDING, SENT, UNCERTAIN, NOT_SENT = "sending", "sent", "uncertain", "not-sent"

    def __init__(self, store: Any, transport: Transport, sender: str) -> None:
        self.store = store
        self.transport = transport
        self.sender = sender

    def state(self, message_id: str) -> str | None:
        state: str | None = self.store.get_meta(f"outbox/{message_id}")
        return state

    def _mark(self, message_id: str, state: str) -> None:
        self.store.set_meta(f"outbox/{message_id}", state)

    def send_once(
        self, message: EmailMessage, recipients: Sequence[str], *, ask_before_resend: bool = True
    ) -> bool:
        """Send unless already sent; True when it was sent by this call.

        A message that may already have been sent raises :class:`UncertainSendError`
        (or, with ``ask_before_resend`` False, for notes to the user, is skipped).
        """
        message_id = message_id_of(message)
        state = self.state(message_id)
        if state == self.SENT:
            return False
        if state == self.SENDING:  # an earlier attempt stopped mid-way
            self._mark(message_id, self.UNCERTAIN)
            raise self._uncertain(message, "an earlier attempt to send it was interrupted")
        if state == self.UNCERTAIN:
            if ask_before_resend:
                raise self._uncertain(message, "the connection was lost while sending it")
            log.warning("not resending %s: it may have been sent already", message_id)
            return False
        self._mark(message_id, self.SENDING)
        try:
            self.transport.send(message, self.sender, recipients)
        except OutcomeUnknown as exc:
            self._mark(message_id, self.UNCERTAIN)
            why = f"the connection was lost after the message ({exc})"
            raise self._uncertain(message, why) from None
        except (MailboxError, AuthError, TransientError, UsageError):
            self._mark(message_id, self.NOT_SENT)
            raise
        self._mark(message_id, self.SENT)
        log.info("sent over SMTP message_id=%s", message_id)
        return True

    def resolve(self, message_id: str, *, was_sent: bool) -> None:
        """The user's answer about a "maybe sent" message: sent, or send it again."""
        state = self.state(message_id)
        if state == self.SENT and not was_sent:
            raise UsageError(
                "that message was certainly sent; it will not be sent again",
                fix="check your Sent folder",
            )
        if state in (self.SENDING, self.UNCERTAIN, None, self.NOT_SENT):
            self._mark(message_id, self.SENT if was_sent else self.NOT_SENT)

    def _uncertain(self, message: EmailMessage, why: str) -> UncertainSendError:
        message_id = message_id_of(message)
        subject = one_line(str(message.get("Subject", "")), 80)
        to = ", ".join(recipients_of(message))
        draft_id = self._draft_id(message_id)
        target = str(draft_id) if draft_id is not None else "ID"
        return UncertainSendError(
            f"{subject!r} to {to} may have been sent: {why}; it was not sent again",
            message_id=message_id,
            fix="check your Sent folder (or ask the recipient); to send it anyway:"
            f" `interview-assistant drafts approve {target} --resend`",
        )

    def _draft_id(self, message_id: str) -> int | None:
        drafts = getattr(self.store, "drafts", None)
        if drafts is None:
            return None
        return next((d.id for d in drafts() if d.message_id == message_id), None)

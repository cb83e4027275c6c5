"""Real delivery over SMTP, and the ``smtp`` mailbox built on it.

``[mail] backend = "smtp"`` sends for real but has no server-side folders: SMTP
only submits mail. So drafts wait in the local Maildir (``[mail.local] path``,
the same tree the ``local`` backend uses, which any mail client can open), and
approved drafts are sent over SMTP to their recipients, with a copy filed in the
Maildir's ``.Sent``. Briefings and notes go over SMTP to the user's own address.
``imap+smtp`` (``assistant.mail.imap``) keeps the drafts on the IMAP server instead.

Exactly once across retries
---------------------------
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
"""

from __future__ import annotations

import copy
import logging
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from assistant.errors import (
    AuthError,
    DraftGoneError,
    MailboxError,
    RecipientError,
    TransientError,
    UncertainSendError,
    UsageError,
)
from assistant.mail.maildir import MaildirMailbox, file_name
from assistant.messages import address_key, needs_utf8, recipients_of, wire_bytes
from assistant.secrets import Credential
from assistant.text import inert, one_line

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 30
CONNECT_FIX = "interview-assistant connect imap"


@dataclass(frozen=True)
class Endpoint:
    """How to reach and log in to one mail server (SMTP here, IMAP in ``imap``).

    ``password`` is called at login time, so a missing password only matters
    when the server is used. ``ssl_context`` replaces the default verifying
    context (tests pass one that trusts their own certificate authority).
    """

    host: str
    port: int
    security: str  # "tls" (implicit), "starttls" or "none"
    username: str
    password: Callable[[], str]
    verify: bool = True
    ssl_context: ssl.SSLContext | None = None
    timeout: float = TIMEOUT_SECONDS

    @property
    def name(self) -> str:
        return f"{self.host}:{self.port}"

    def tls_context(self) -> ssl.SSLContext:
        if self.ssl_context is not None:
            return self.ssl_context
        context = ssl.create_default_context()
        if not self.verify:  # the user's explicit choice ([…] verify = false)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context


def endpoint_from(settings: Any, credential: Credential) -> Endpoint:
    """An Endpoint from a ``[mail.smtp]`` or ``[mail.imap]`` settings section."""
    return Endpoint(
        host=settings.host,
        port=settings.port,
        security=settings.security,
        username=credential.account,
        password=credential.lookup(),
        verify=settings.verify,
    )


def tls_failure(what: str, endpoint: Endpoint, exc: BaseException) -> MailboxError:
    """A certificate that cannot be verified: never retried, never silently accepted."""
    reason = getattr(exc, "verify_message", "") or type(exc).__name__
    return MailboxError(
        f"the {what} server {endpoint.name} has a certificate that cannot be verified ({reason})",
        fix="check the host name; only for a server you trust, set verify = false",
    )


class _OutcomeUnknown(Exception):
    """Internal: the connection failed after DATA began."""


class SmtpTransport:
    """One SMTP server. Each send uses its own connection, closed afterwards."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint

    def check_login(self) -> None:
        """Connect, secure and log in, then hang up; raises what :meth:`send` would."""
        self._close(self._connect())

    def _connect(self) -> smtplib.SMTP:
        e = self.endpoint
        smtp: smtplib.SMTP | None = None
        try:
            if e.security == "tls":
                smtp = smtplib.SMTP_SSL(e.host, e.port, timeout=e.timeout, context=e.tls_context())
            else:
                smtp = smtplib.SMTP(e.host, e.port, timeout=e.timeout)
            smtp.ehlo()
            if e.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise MailboxError(
                        f"the SMTP server {e.name} does not offer STARTTLS, so the password"
                        " would travel unencrypted",
                        fix='use the server\'s TLS port (usually 465) with security = "tls"'
                        " in [mail.smtp]",
                    )
                smtp.starttls(context=e.tls_context())
                smtp.ehlo()
            if e.username:
                smtp.login(e.username, e.password())
            return smtp
        except BaseException as exc:
            if smtp is not None:
                smtp.close()
            raise _connect_error(e, exc) from None

    def send(self, message: EmailMessage, sender: str, recipients: Sequence[str]) -> None:
        """Submit ``message`` to ``recipients``.

        Raises an :class:`~assistant.errors.AssistantError` when the message was
        certainly not accepted, and ``_OutcomeUnknown`` when it may have been.
        """
        outgoing = _without_bcc(message)  # checked against the approved recipients first
        international = not (sender.isascii() and all(r.isascii() for r in recipients))
        international = international or needs_utf8(message)
        smtp = self._connect()
        try:
            options = ["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else []
            if international:
                if not smtp.has_extn("smtputf8"):
                    # RFC 6531: without SMTPUTF8 a non-ASCII mailbox cannot be named.
                    raise RecipientError(
                        f"the SMTP server {self.endpoint.name} cannot send to international"
                        f" addresses (no SMTPUTF8): {_non_ascii(sender, recipients)};"
                        " nothing was sent, the draft stays",
                        fix="send this one from your mail client, or use a server that offers"
                        " SMTPUTF8",
                    )
                options = ["SMTPUTF8", "BODY=8BITMIME"]
            try:
                _expect(smtp.mail(sender, options), f"the sender {sender}")
                refused = {}
                for recipient in recipients:
                    code, reply = smtp.rcpt(recipient)
                    if code not in (250, 251):
                        refused[recipient] = _reply(code, reply)
                if refused:
                    # All or nothing: a thank-you that reaches half its recipients was
                    # not what the user approved.
                    raise MailboxError(
                        "the SMTP server refused "
                        + "; ".join(f"{r} ({why})" for r, why in refused.items())
                        + "; nothing was sent",
                        fix="correct the address (`interview-assistant drafts edit`)",
                    )
            except (OSError, smtplib.SMTPException) as exc:
                raise TransientError(
                    f"the SMTP server {self.endpoint.name} failed before the message was"
                    f" sent ({_why(exc)}); nothing was sent, it will be retried"
                ) from None
            try:
                smtp.data(outgoing)
            except smtplib.SMTPDataError as exc:  # a definite "no" to this message
                cls = TransientError if 400 <= exc.smtp_code < 500 else MailboxError
                raise cls(
                    f"the SMTP server refused the message: {_reply(exc.smtp_code, exc.smtp_error)}"
                ) from None
            except (OSError, smtplib.SMTPException) as exc:
                raise _OutcomeUnknown(_why(exc)) from None
        finally:
            self._close(smtp)

    @staticmethod
    def _close(smtp: smtplib.SMTP) -> None:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


def _connect_error(e: Endpoint, exc: BaseException) -> BaseException:
    if isinstance(exc, MailboxError | AuthError | UsageError | TransientError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return AuthError(
            f"the SMTP server {e.name} refused the login for {e.username}",
            fix=f"check the password (an app password for most providers): `{CONNECT_FIX}`",
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailboxError(
            f"the SMTP server {e.name} does not offer a login on this connection",
            fix='use security = "starttls" (port 587) or "tls" (port 465) in [mail.smtp]',
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return tls_failure("SMTP", e, exc)
    if isinstance(exc, OSError | smtplib.SMTPException):
        return TransientError(
            f"cannot reach the SMTP server {e.name} ({_why(exc)}); nothing was sent",
            fix="check [mail.smtp] host, port and security, and the network",
        )
    return exc


def _expect(answer: tuple[int, bytes], what: str) -> None:
    code, reply = answer
    if code != 250:
        raise MailboxError(f"the SMTP server refused {what}: {_reply(code, reply)}")


def _reply(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return one_line(f"{code} {text}", 200)


def _why(exc: BaseException) -> str:
    return one_line(str(exc), 120) or type(exc).__name__


def _without_bcc(message: EmailMessage) -> bytes:
    """The wire form, CRLF line ends, with any Bcc header left out, checked by
    :func:`~assistant.messages.wire_bytes` against the approved recipients."""
    approved = recipients_of(message)
    data = wire_bytes(message, approved=approved)  # the whole message, Bcc included
    if message.get("Bcc") is None:
        return data
    hidden = {address_key(a.addr_spec) for h in message.get_all("Bcc", []) for a in h.addresses}
    message = copy.deepcopy(message)
    del message["Bcc"]
    return wire_bytes(message, approved=[a for a in approved if address_key(a) not in hidden])


def _non_ascii(sender: str, recipients: Sequence[str]) -> str:
    return ", ".join(inert(a) for a in [sender, *recipients] if not a.isascii()) or "a header"


def message_id_of(message: EmailMessage) -> str:
    message_id = str(message.get("Message-ID", "")).strip()
    if not message_id:
        raise ValueError("a message without Message-ID cannot be sent exactly once")
    return message_id


class Outbox:
    """The send journal: what was sent, what may have been. Kept in the store's meta table."""

    SENDING, SENT, UNCERTAIN, NOT_SENT = "sending", "sent", "uncertain", "not-sent"

    def __init__(self, store: Any, transport: SmtpTransport, sender: str) -> None:
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
        except _OutcomeUnknown as exc:
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


class SmtpMailbox:
    """``[mail] backend = "smtp"``: drafts in the local Maildir, delivery over SMTP."""

    def __init__(self, outbox: Outbox, drafts: MaildirMailbox, user_address: str) -> None:
        self.outbox = outbox
        self.drafts = drafts
        self.user_address = user_address

    def deliver(self, message: EmailMessage) -> str:
        # The envelope goes to the user alone, whatever the headers say.
        self.outbox.send_once(message, [self.user_address], ask_before_resend=False)
        return message_id_of(message)

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        return self.drafts.save_draft(message, ref)

    def draft_exists(self, ref: str) -> bool:
        return self.drafts.draft_exists(ref)

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        state = self.outbox.state(message_id_of(message))
        if state in (None, Outbox.NOT_SENT) and not self.drafts.draft_exists(ref):
            raise DraftGoneError(f"draft {ref} was deleted from {self.drafts.root}")
        self.outbox.send_once(message, recipients_of(message))
        try:
            return self.drafts.send_draft(ref, message)  # files the copy in .Sent
        except DraftGoneError:  # sent, but the local draft vanished meanwhile
            return file_name(message_id_of(message))

    def delete_draft(self, ref: str) -> None:
        self.drafts.delete_draft(ref)

    def resolve_uncertain(self, message_id: str, *, was_sent: bool) -> None:
        """See :meth:`Outbox.resolve`."""
        self.outbox.resolve(message_id, was_sent=was_sent)


def smtp_endpoint(app: Any) -> Endpoint:
    """The configured SMTP server; the login defaults to the user's address."""
    smtp = app.settings.mail.smtp
    credential = Credential(
        account=smtp.username,
        password_env=smtp.password_env,
        what="SMTP",
        section="mail.smtp",
        connect=CONNECT_FIX,
    )
    return endpoint_from(smtp, credential)


def outbox_for(app: Any, store: Any = None) -> Outbox:
    """The SMTP outbox, journaled in ``store`` (the app's own store when not given)."""
    return Outbox(
        store if store is not None else app.open_store(),
        SmtpTransport(smtp_endpoint(app)),
        app.settings.user.email,
    )


def from_app(app: Any, store: Any = None) -> SmtpMailbox:
    """The factory ``app.App.mailbox`` calls for ``[mail] backend = "smtp"``."""
    return SmtpMailbox(
        outbox_for(app, store), MaildirMailbox(app.mailbox_path()), app.settings.user.email
    )

"""Real delivery over SMTP, and the ``smtp`` mailbox built on it.

``[mail] backend = "smtp"`` sends for real but has no server-side folders: SMTP
only submits mail. So drafts wait in the local Maildir (``[mail.local] path``,
the same tree the ``local`` backend uses, which any mail client can open), and
approved drafts are sent over SMTP to their recipients, with a copy filed in the
Maildir's ``.Sent``. Briefings and notes go over SMTP to the user's own address.
``imap+smtp`` (``assistant.mail.imap``) keeps the drafts on the IMAP server instead.

Every send goes through the :class:`~assistant.mail.outbox.Outbox`, the journal that
keeps it exactly once across retries.
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
    UsageError,
)
from assistant.mail.ledger import message_id_of
from assistant.mail.maildir import MaildirMailbox, file_name
from assistant.mail.outbox import Outbox, OutcomeUnknown
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
        certainly not accepted, and ``OutcomeUnknown`` when it may have been.
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
                raise OutcomeUnknown(_why(exc)) from None
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

"""``[mail] backend = "imap+smtp"``: drafts in the user's own IMAP mailbox, sending over SMTP.

Drafts are APPENDed to the Drafts folder, found by its SPECIAL-USE ``\\Drafts``
attribute (RFC 6154), else by name (``[mail.imap] drafts_folder``, then the usual
names), so they show up in whatever mail client the user reads. The user can
edit, send or delete them there too.

A draft's reference is its Message-ID, which the core derives from the draft's
key and never changes. Everything is found with ``UID SEARCH HEADER Message-ID``,
so the reference survives the user's client re-filing a message, and a draft the
user deleted or sent from their client is simply not found: ``gone``. Replacing
a draft appends the new version and then deletes the old one (IMAP messages
cannot be changed in place), keeping the same Message-ID and so the same ref.

Approval sends over SMTP through the same :class:`~assistant.mail.outbox.Outbox`
as the ``smtp`` backend (exactly once, "maybe sent" is never resent silently),
appends a copy to the Sent folder (``\\Sent``) unless the provider already filed
one, and removes the draft. Briefings go over SMTP to the user's own address.
"""

from __future__ import annotations

import contextlib
import copy
import imaplib
import logging
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any, TypeVar

from assistant.errors import AuthError, DraftGoneError, MailboxError, TransientError
from assistant.mail.imap_folders import DRAFTS, SENT, Folder, choose_folder, parse_list, quote
from assistant.mail.ledger import message_id_of
from assistant.mail.outbox import Outbox
from assistant.mail.smtp import CONNECT_FIX, Endpoint, endpoint_from, outbox_for, tls_failure
from assistant.messages import recipients_of, wire_bytes
from assistant.secrets import Credential
from assistant.text import one_line

log = logging.getLogger(__name__)

# A connection idle longer than this is checked with NOOP before use.
IDLE_CHECK_SECONDS = 60
T = TypeVar("T")


class ImapClient:
    """One IMAP account: a session opened on first use and reopened when it drops."""

    def __init__(
        self, endpoint: Endpoint, *, drafts_folder: str = "", sent_folder: str = ""
    ) -> None:
        self.endpoint = endpoint
        self.configured = {DRAFTS: drafts_folder, SENT: sent_folder}
        self._connection: imaplib.IMAP4 | None = None
        self._capabilities: frozenset[str] = frozenset()
        self._selected: str | None = None
        self._folders: dict[str, str] = {}
        self._last_used = 0.0

    # --- the session ------------------------------------------------------------

    def login(self) -> imaplib.IMAP4:
        """Connect, secure and log in (used directly by ``connect imap`` and ``doctor``)."""
        e = self.endpoint
        connection: imaplib.IMAP4 | None = None
        try:
            if e.security == "tls":
                connection = imaplib.IMAP4_SSL(
                    e.host, e.port, ssl_context=e.tls_context(), timeout=e.timeout
                )
            else:
                connection = imaplib.IMAP4(e.host, e.port, timeout=e.timeout)
                if e.security == "starttls":
                    if "STARTTLS" not in connection.capabilities:
                        raise MailboxError(
                            f"the IMAP server {e.name} does not offer STARTTLS, so the"
                            " password would travel unencrypted",
                            fix='use the server\'s TLS port (usually 993) with security = "tls"'
                            " in [mail.imap]",
                        )
                    connection.starttls(ssl_context=e.tls_context())
            try:
                connection.login(e.username, e.password())
            except imaplib.IMAP4.error:
                raise AuthError(
                    f"the IMAP server {e.name} refused the login for {e.username}",
                    fix=f"check the password (an app password for most providers): `{CONNECT_FIX}`",
                ) from None
            _, data = connection.capability()
            self._capabilities = frozenset((data[0] or b"").decode().upper().split())
            return connection
        except BaseException as exc:
            if connection is not None:
                _shutdown(connection)
            raise _imap_error(e, exc) from None

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                self._connection.logout()
        self._connection, self._selected = None, None

    def _session(self) -> imaplib.IMAP4:
        if self._connection is not None and time.monotonic() - self._last_used > IDLE_CHECK_SECONDS:
            try:
                self._connection.noop()
            except (OSError, imaplib.IMAP4.error):
                self._connection = None
        if self._connection is None:
            self._connection, self._selected = self.login(), None
        self._last_used = time.monotonic()
        return self._connection

    def _call(self, operation: Callable[[imaplib.IMAP4], T], *, retry: bool = True) -> T:
        """Run ``operation``; a dropped connection is reopened once for a repeatable one."""
        for attempt in (1, 2):
            connection = self._session()
            try:
                return operation(connection)
            except (OSError, imaplib.IMAP4.abort) as exc:
                self._connection = None
                if not retry or attempt == 2:
                    raise _imap_error(self.endpoint, exc) from None
            except imaplib.IMAP4.error as exc:
                raise MailboxError(
                    f"the IMAP server {self.endpoint.name} refused a command: {_why(exc)}"
                ) from None
        raise AssertionError("unreachable")

    # --- folders and messages ----------------------------------------------------

    def folder(self, use: str) -> str:
        """The name of the Drafts (``\\Drafts``) or Sent (``\\Sent``) folder."""
        if use not in self._folders:
            found = choose_folder(self._call(self._list), use, self.configured[use])
            if found is None:
                key = "drafts_folder" if use == DRAFTS else "sent_folder"
                wanted = self.configured[use] or use.strip("\\")
                raise MailboxError(
                    f"no {wanted} folder on the IMAP server {self.endpoint.name}",
                    fix=f"set [mail.imap] {key} to the folder's name as your mail client shows it",
                )
            self._folders[use] = found
        return self._folders[use]

    def _list(self, connection: imaplib.IMAP4) -> list[Folder]:
        if "SPECIAL-USE" in self._capabilities:
            # imaplib has no call for LIST-EXTENDED's RETURN option: send it as is.
            typ, data = connection._simple_command("LIST", '""', '"*"', "RETURN", "(SPECIAL-USE)")
            typ, data = connection._untagged_response(typ, data, "LIST")
        else:
            typ, data = connection.list('""', '"*"')
        return parse_list(data)

    def _select(self, connection: imaplib.IMAP4, folder: str) -> None:
        if self._selected == folder:
            # Let the server tell this session what other clients changed meanwhile
            # (it may hold back their expunges until a command like NOOP).
            connection.noop()
            return
        typ, data = connection.select(quote(folder))
        if typ != "OK":
            raise imaplib.IMAP4.error(f"cannot open {folder}: {data}")
        self._selected = folder

    def find(self, use: str, message_id: str) -> list[str]:
        """UIDs of the messages in the folder whose Message-ID header is ``message_id``.

        Messages flagged ``\\Deleted`` (deleted in a client that expunges later) don't count.
        """
        folder = self.folder(use)

        def search(connection: imaplib.IMAP4) -> list[str]:
            self._select(connection, folder)
            _, data = connection.uid(
                "SEARCH", "UNDELETED", "HEADER", "Message-ID", quote(message_id)
            )
            return (data[0] or b"").decode().split() if data else []

        return self._call(search)

    def append(self, use: str, message: EmailMessage, flags: str) -> None:
        folder = self.folder(use)
        # RFC 6532 UTF-8 headers when an address needs them: an IMAP literal may carry
        # any octet but NUL (RFC 3501 4.3), and servers store them as given.
        data = wire_bytes(message)

        def append(connection: imaplib.IMAP4) -> None:
            typ, reply = connection.append(quote(folder), flags, None, data)
            if typ != "OK":
                raise imaplib.IMAP4.error(f"APPEND refused: {reply}")

        # Not repeated on a dropped connection: the first try may have landed.
        self._call(append, retry=False)

    def remove(self, use: str, uids: list[str]) -> None:
        """Delete messages by UID (only those: UID EXPUNGE where the server has UIDPLUS)."""
        if not uids:
            return
        folder, numbers = self.folder(use), ",".join(uids)

        def remove(connection: imaplib.IMAP4) -> None:
            self._select(connection, folder)
            connection.uid("STORE", numbers, "+FLAGS.SILENT", "(\\Deleted)")
            if "UIDPLUS" in self._capabilities:
                connection.uid("EXPUNGE", numbers)
            else:
                connection.expunge()

        self._call(remove)


def _shutdown(connection: imaplib.IMAP4) -> None:
    with contextlib.suppress(OSError):
        connection.shutdown()


def _why(exc: BaseException) -> str:
    return one_line(str(exc), 160) or type(exc).__name__


def _imap_error(e: Endpoint, exc: BaseException) -> BaseException:
    if isinstance(exc, AuthError | MailboxError | TransientError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        return tls_failure("IMAP", e, exc)
    if isinstance(exc, OSError | imaplib.IMAP4.abort):
        return TransientError(
            f"cannot reach the IMAP server {e.name} ({_why(exc)}); will retry",
            fix="check [mail.imap] host, port and security, and the network",
        )
    if isinstance(exc, imaplib.IMAP4.error):  # e.g. STARTTLS not offered
        return MailboxError(
            f"the IMAP server {e.name} refused: {_why(exc)}",
            fix="check [mail.imap] security (tls on port 993, starttls on 143)",
        )
    return exc


def _with_message_id(message: EmailMessage, message_id: str) -> EmailMessage:
    if message_id_of(message) == message_id:
        return message
    renamed = copy.deepcopy(message)
    renamed.replace_header("Message-ID", message_id)
    return renamed


class ImapSmtpMailbox:
    """Drafts in the IMAP Drafts folder; sending over SMTP with a copy in Sent."""

    def __init__(self, imap: ImapClient, outbox: Outbox, user_address: str) -> None:
        self.imap = imap
        self.outbox = outbox
        self.user_address = user_address

    def deliver(self, message: EmailMessage) -> str:
        self.outbox.send_once(message, [self.user_address], ask_before_resend=False)
        return message_id_of(message)

    def save_draft(self, message: EmailMessage, ref: str | None = None) -> str:
        if ref is None:
            ref = message_id_of(message)
            if self.outbox.state(ref) == Outbox.SENT:
                raise MailboxError("this draft was already sent")
            if not self.imap.find(DRAFTS, ref):
                self.imap.append(DRAFTS, message, "(\\Draft \\Seen)")
            return ref
        old = self.imap.find(DRAFTS, ref)
        if not old:
            raise DraftGoneError(f"draft {ref} is no longer in the IMAP Drafts folder")
        # Append first, then delete: a failure in between leaves two copies, never none.
        self.imap.append(DRAFTS, _with_message_id(message, ref), "(\\Draft \\Seen)")
        self.imap.remove(DRAFTS, old)
        return ref

    def draft_exists(self, ref: str) -> bool:
        return bool(self.imap.find(DRAFTS, ref))

    def send_draft(self, ref: str, message: EmailMessage) -> str:
        message_id = message_id_of(message)
        drafts = self.imap.find(DRAFTS, ref)
        state = self.outbox.state(message_id)
        if state == Outbox.UNCERTAIN and self.imap.find(SENT, message_id):
            # The provider filed the message in Sent: it did go out.
            self.outbox.resolve(message_id, was_sent=True)
            state = Outbox.SENT
        if state in (None, Outbox.NOT_SENT) and not drafts:
            raise DraftGoneError(f"draft {ref} was sent or deleted in your mail client")
        self.imap.folder(SENT)  # a missing Sent folder is reported before sending, not after
        self.outbox.send_once(message, recipients_of(message))
        if not self.imap.find(SENT, message_id):  # many providers file SMTP mail themselves
            self.imap.append(SENT, message, "(\\Seen)")
        self.imap.remove(DRAFTS, drafts)
        return message_id

    def delete_draft(self, ref: str) -> None:
        self.imap.remove(DRAFTS, self.imap.find(DRAFTS, ref))

    def resolve_uncertain(self, message_id: str, *, was_sent: bool) -> None:
        """See :meth:`assistant.mail.outbox.Outbox.resolve`."""
        self.outbox.resolve(message_id, was_sent=was_sent)

    def close(self) -> None:
        self.imap.close()


def imap_client(app: Any) -> ImapClient:
    """The configured IMAP account; the login defaults to the SMTP one."""
    imap = app.settings.mail.imap
    credential = Credential(
        account=imap.username or app.settings.mail.smtp.username,
        password_env=imap.password_env or app.settings.mail.smtp.password_env,
        what="IMAP",
        section="mail.imap",
        connect=CONNECT_FIX,
    )
    return ImapClient(
        endpoint_from(imap, credential),
        drafts_folder=imap.drafts_folder,
        sent_folder=imap.sent_folder,
    )


def from_app(app: Any, store: Any = None) -> ImapSmtpMailbox:
    """The factory ``app.App.mailbox`` calls for ``[mail] backend = "imap+smtp"``."""
    return ImapSmtpMailbox(imap_client(app), outbox_for(app, store), app.settings.user.email)

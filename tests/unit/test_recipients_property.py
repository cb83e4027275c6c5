"""Property: whatever the display name, every backend's bytes address exactly the approved ones.

The names mix arbitrary Unicode (controls, separators, bidi, NEL, U+2028) with
the pieces of an attack: encoded words in q and b forms and several charsets,
CR LF, header names, ``@``, angle brackets, commas and quotes. For each name the
draft is built the way the pass builds it (``compose.draft_message``) and handed
to the memory and Maildir mailboxes, the IMAP APPEND, the SMTP transport, Gmail's
``raw`` and the Microsoft Graph message JSON; what each would write or send is parsed
back.
"""

from __future__ import annotations

import base64
import tempfile
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import Parser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.compose import User, draft_message
from assistant.errors import RecipientError
from assistant.mail.gmail import raw_message
from assistant.mail.graph import graph_message
from assistant.mail.imap import DRAFTS as IMAP_DRAFTS
from assistant.mail.imap import ImapClient
from assistant.mail.maildir import DRAFTS, MaildirMailbox
from assistant.mail.memory import MemoryMailbox
from assistant.mail.smtp import Endpoint, SmtpTransport
from assistant.messages import wire_bytes
from assistant.models import Draft, DraftKind, DraftState

WHEN = datetime(2027, 4, 12, 9, 0, tzinfo=UTC)
USER = User(name="Alex Rivera", email="me@example.com", tz=ZoneInfo("Europe/Berlin"))
APPROVED = ("sam@acme.example", "priya@acme.example")
PIECES = [
    "=?utf-8?q?",
    "=?iso-8859-1?Q?",
    "=?utf-8?b?",
    "?=",
    "=0D=0A",
    "=40",
    "=2C",
    "Qm9zcyA8Ym9zc0BleC5leGFtcGxlPg==",
    "\r\n",
    "\n",
    "\r",
    "\u2028",
    "\u2029",
    "\x85",
    "\x9b",
    "\u202e",
    "\x00",
    "Bcc:",
    "Cc: ",
    "To:",
    "Reply-To:",
    "boss@current-employer.example",
    "@",
    "<",
    ">",
    ",",
    ";",
    '"',
    "\\",
    "(",
    ")",
    ":",
    " ",
    "\t",
    "Okafor, Samuel",
    "José",
    "Müller, Jürgen",
    "東京",
    "aaaaaaaaaaaaaaaa",
]
# Long names with commas and non-ASCII words once made the stdlib's folding lose the
# comma between two addresses into an encoded word: lists run up to 30 pieces.
NAMES = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map("".join),
)


def a_draft() -> Draft:
    return Draft(
        id=1,
        key="evt-1/thank-you",
        event_id="evt-1",
        kind=DraftKind.THANK_YOU,
        state=DraftState.DRAFTED,
        to=APPROVED,
        subject="Thank you",
        body="Hello\n",
        created_at=WHEN,
        updated_at=WHEN,
        message_id="<thank-you@interview-assistant.local>",
    )


def addresses(data: bytes) -> list[str]:
    """Every mailbox named in a recipient or originator header of ``data``."""
    head = data.decode("utf-8").replace("\r\n", "\n").split("\n\n", 1)[0]
    parsed = Parser(policy=policy.default).parsestr(head + "\n\n", headersonly=True)
    found = []
    for name in ("to", "cc", "bcc", "reply-to", "sender", "resent-to", "resent-cc"):
        for value in parsed.get_all(name, []):
            found.extend(a.addr_spec for a in value.addresses)
    assert [a.addr_spec for a in parsed["From"].addresses] == [USER.email]
    return found


class FakeImap:
    def __init__(self) -> None:
        self.appended: list[bytes] = []

    def append(self, folder: str, flags: str, when: Any, data: bytes) -> tuple[str, list[bytes]]:
        self.appended.append(data)
        return "OK", [b""]


class FakeSmtp:
    def __init__(self) -> None:
        self.rcpt_to: list[str] = []
        self.data_sent = b""

    def has_extn(self, name: str) -> bool:
        return name.lower() in ("8bitmime", "smtputf8")

    def mail(self, sender: str, options: Any = ()) -> tuple[int, bytes]:
        return 250, b"ok"

    def rcpt(self, recipient: str) -> tuple[int, bytes]:
        self.rcpt_to.append(recipient)
        return 250, b"ok"

    def data(self, data: bytes) -> tuple[int, bytes]:
        self.data_sent = data
        return 250, b"queued"

    def quit(self) -> None:
        pass


def backends(message: EmailMessage) -> dict[str, tuple[list[str], bytes]]:
    """What each backend writes or sends for ``message``: (envelope or [], bytes)."""
    out: dict[str, tuple[list[str], bytes]] = {}
    memory = MemoryMailbox()
    memory.save_draft(message)
    out["memory"] = ([], wire_bytes(message))  # the bytes its check parsed back
    with tempfile.TemporaryDirectory() as folder:
        maildir = MaildirMailbox(Path(folder))
        maildir.save_draft(message)
        [path] = maildir.messages(DRAFTS)
        out["maildir"] = ([], path.read_bytes())
    imap = ImapClient(Endpoint("imap.invalid", 993, "tls", "me", lambda: "x"))
    fake_imap = FakeImap()
    imap._folders[IMAP_DRAFTS] = "Drafts"
    imap._call = lambda operation, retry=True: operation(fake_imap)  # type: ignore[method-assign]
    imap.append(IMAP_DRAFTS, message, "(\\Draft)")
    out["imap"] = ([], fake_imap.appended[0])
    transport = SmtpTransport(Endpoint("smtp.invalid", 587, "starttls", "me", lambda: "x"))
    fake_smtp = FakeSmtp()
    transport._connect = lambda: fake_smtp  # type: ignore[assignment, method-assign, return-value]
    transport.send(message, USER.email, list(APPROVED))
    out["smtp"] = (fake_smtp.rcpt_to, fake_smtp.data_sent)
    out["gmail"] = ([], base64.urlsafe_b64decode(raw_message(message)))
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=NAMES, second=NAMES)
def test_any_display_name_on_any_backend_addresses_exactly_the_approved(
    first: str, second: str
) -> None:
    names = {APPROVED[0]: first, APPROVED[1]: second}
    message = draft_message(a_draft(), USER, WHEN, names)
    for backend, (envelope, data) in backends(message).items():
        assert sorted(addresses(data)) == sorted(APPROVED), backend
        assert b"current-employer" not in data.split(b"\n\n", 1)[0], backend
        if backend == "smtp":
            assert envelope == list(APPROVED)
    graph = graph_message(message)
    recipients = [
        r["emailAddress"]
        for field in ("toRecipients", "ccRecipients", "bccRecipients", "replyTo")
        for r in graph.get(field, [])
    ]
    assert sorted(r["address"] for r in recipients) == sorted(APPROVED), "graph"
    assert not any("@" in r.get("name", "") for r in recipients), "graph"


@settings(max_examples=60, deadline=None)
@given(name=NAMES)
def test_a_message_carrying_an_unapproved_address_is_refused_by_every_backend(name: str) -> None:
    message = draft_message(a_draft(), USER, WHEN, {APPROVED[0]: name})
    message["Cc"] = "boss@current-employer.example"
    for attempt in (
        lambda: MemoryMailbox().save_draft(message),
        lambda: raw_message(message),
        lambda: graph_message(message),
    ):
        try:
            attempt()
        except RecipientError:
            continue
        raise AssertionError("an unapproved Cc was not refused")

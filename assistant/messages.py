"""Email messages, built with the stdlib ``email`` package and nothing else.

Recipients are data, never text. Every address header is built from
:class:`email.headerregistry.Address` objects whose display names have been
cleaned (:func:`clean_display_name`), and every backend gets its bytes from
:func:`wire_bytes`, which serializes the message, parses the bytes back and stops
the message (:class:`~assistant.errors.RecipientError`) when an address appears
there that the user did not approve, or a header that was never set.

Why both: the ``email`` package decodes RFC 2047 encoded words while it parses
a header value it was handed, and on Pythons without the fix for CVE-2024-6923
(3.11.7, 3.12.1) writes what they decode, CR LF included, back out verbatim. So an
attendee named ``=?utf-8?q?Lee=0D=0ABcc:_x=40y?=`` would become a ``Bcc:`` line.
Cleaning keeps encoded words and controls from reaching the library at all; the
parse-back check catches whatever a future library or a future backend does.

International addresses follow RFC 6531/6532: domains are IDNA-encoded (A-labels),
and a non-ASCII local part is written as UTF-8 (``utf8=True`` policies), never as an
encoded word before the ``@``. Message-IDs are derived from the action's
idempotency key, so the same action always produces the same Message-ID.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from email import policy as policies
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import Parser
from email.policy import Policy
from email.utils import format_datetime

from assistant.errors import RecipientError
from assistant.text import SUBJECT_CAP, inert, one_line

# A whole message stays under this; bodies are cut (with a note) before it is reached.
MESSAGE_CAP = 100_000
DISPLAY_NAME_CAP = 120
LINE_CAP = 998
# Headers that name mailboxes (RFC 5322 3.6.2, 3.6.3, 3.6.6).
RECIPIENT_HEADERS = ("to", "cc", "bcc", "resent-to", "resent-cc", "resent-bcc")
ORIGINATOR_HEADERS = ("from", "sender", "reply-to", "resent-from", "resent-sender")

# RFC 2047 2: =?charset?encoding?text?=; matched loosely, as lenient parsers decode.
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[^?]*\?.*?\?=", re.S)
# What a display name may not keep: address syntax and encoded-word markers.
_ADDRESS_MARKS = re.compile(r"[<>]|=\?|\?=")


class OutgoingMessage(EmailMessage):
    """A message that knows who it was addressed to: ``approved`` (addr-specs), ``sender``."""

    approved: tuple[str, ...] = ()
    sender: str = ""


def message_id_for(key: str, domain: str = "interview-assistant.local") -> str:
    """A stable Message-ID for the action ``key``."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}@{domain}>"


def clean_display_name(name: str | None) -> str:
    """A display name reduced to plain words, or ``""`` when nothing plain is left.

    Encoded words (RFC 2047), words holding an ``@``, angle brackets, control,
    format and separator characters (C0, C1, bidi, U+2028, NEL) are dropped; commas,
    quotes and other specials of a real name ("Okafor, Samuel") stay, and the
    ``email`` package quotes them when it writes the header.
    """
    text = _ENCODED_WORD.sub(" ", name or "")
    words = inert(text).split()
    words = [_ADDRESS_MARKS.sub(" ", word) for word in words if "@" not in word]
    plain = " ".join(" ".join(words).split())
    if not any(char.isalnum() for char in plain):
        return ""
    return one_line(plain, DISPLAY_NAME_CAP)


def header_text(text: str | None, limit: int = SUBJECT_CAP) -> str:
    """Unstructured header text (a Subject) that the library cannot turn into a new line.

    Encoded words are decoded here, as the library would decode them, until none is
    left (at most three rounds); the result is flattened onto one line, and any
    ``=?`` that remains is spaced out so nothing is decoded again.
    """
    value = text or ""
    for _ in range(3):
        if "=?" not in value:
            break
        value = str(policies.default.header_factory("Subject", one_line(value, 4 * limit)))
    return one_line(value.replace("=?", "= ?"), limit)


def _ascii_domain(domain: str, email: str) -> str:
    """The domain as A-labels (IDNA 2008 with UTS 46 mapping, RFC 5891)."""
    if domain.isascii():
        return domain.lower()
    import idna

    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except idna.IDNAError:
        raise RecipientError(
            f"the address {inert(email)!r} has a domain that is not a valid"
            " international domain name",
            fix="correct the address in the invitation or the draft",
        ) from None


def address(email: str, name: str = "") -> Address:
    """A structured address; the display name is cleaned, the domain IDNA-encoded.

    Raises :class:`~assistant.errors.RecipientError` for an address that cannot be
    written safely (no ``@``, an encoded word or a control character in it).
    """
    email = one_line(email, 320)
    local, _, domain = email.rpartition("@")
    if not local or not domain or "=?" in email or inert(email) != email or " " in email:
        raise RecipientError(
            f"{inert(email)!r} is not an email address that can be written safely",
            fix="correct the address in the invitation or the draft",
        )
    try:
        return Address(
            display_name=clean_display_name(name),
            username=local,
            domain=_ascii_domain(domain, email),
        )
    except (ValueError, TypeError) as exc:  # the library's own refusal
        raise RecipientError(f"{inert(email)!r} is not a valid email address ({exc})") from None


def address_key(addr_spec: str) -> str:
    """The form addresses are compared in: lower case, the domain as A-labels."""
    local, _, domain = addr_spec.strip().rpartition("@")
    try:
        domain = _ascii_domain(domain, addr_spec)
    except RecipientError:
        domain = domain.lower()
    return f"{local.lower()}@{domain}"


def _limit(text: str, budget: int) -> str:
    if len(text) <= budget:
        return text
    return text[: budget - 60].rstrip() + "\n\n[… shortened: the message was too long]\n"


def build_message(
    *,
    sender: Address,
    to: Sequence[Address],
    subject: str,
    text: str,
    date: datetime,
    message_id: str,
    html: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> OutgoingMessage:
    """A complete message: plain text, plus an HTML alternative when given.

    ``sender`` and ``to`` are structured addresses (from :func:`address`); their
    addr-specs become the message's ``approved`` recipients and ``sender``.
    """
    message = OutgoingMessage()
    message.approved = tuple(a.addr_spec for a in to)
    message.sender = sender.addr_spec
    message["From"] = sender
    message["To"] = list(to)
    message["Subject"] = header_text(subject, SUBJECT_CAP)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    for name, value in (extra_headers or {}).items():
        message[name] = header_text(value, 200)
    # Budget the parts so the whole message, HTML included, stays under MESSAGE_CAP.
    budget = MESSAGE_CAP // 3 if html else MESSAGE_CAP - 4000
    message.set_content(_limit(text, budget), subtype="plain", charset="utf-8")
    if html is not None:
        message.add_alternative(_limit(html, budget), subtype="html", charset="utf-8")
    return message


def _header_addresses(message: EmailMessage, names: Iterable[str]) -> list[str]:
    found: list[str] = []
    for name in names:
        for value in message.get_all(name, []):
            found.extend(a.addr_spec for a in getattr(value, "addresses", ()))
    return found


def recipients_of(message: EmailMessage) -> list[str]:
    """Who the message is for: its approved recipients, else the structured To/Cc/Bcc.

    Never parsed from header text, which is what an encoded word would fool.
    """
    approved = getattr(message, "approved", ())
    return list(approved) if approved else _header_addresses(message, RECIPIENT_HEADERS)


def needs_utf8(message: EmailMessage) -> bool:
    """Whether an address of the message has a non-ASCII local part (RFC 6531 SMTPUTF8)."""
    sender = getattr(message, "sender", "")
    specs = [*recipients_of(message), *([sender] if sender else [])]
    specs += _header_addresses(message, ORIGINATOR_HEADERS)
    return not all(spec.isascii() for spec in specs)


def wire_bytes(
    message: EmailMessage, *, linesep: str = "\r\n", approved: Sequence[str] | None = None
) -> bytes:
    """The bytes every backend writes or sends, checked against the approved recipients.

    The message is serialized (UTF-8 headers, RFC 6532, when an address needs them;
    else RFC 2047 for names), parsed back, and compared: the headers must be the
    ones that were set, the recipient headers must name exactly ``approved`` (default:
    the message's own approved list, else its structured To/Cc/Bcc), and originator
    headers only the sender. Raises :class:`~assistant.errors.RecipientError`
    otherwise; nothing is written or sent then.
    """
    chosen: Policy = policies.SMTPUTF8 if needs_utf8(message) else policies.SMTP
    # Lines up to RFC 5322's hard limit (2.1.1): the stdlib's folding of address lists
    # loses a separator comma into an encoded word on 3.11 ("=?utf-8?q?=2C?="), and a
    # header that needs no folding never meets that code.
    data = message.as_bytes(policy=chosen.clone(linesep=linesep, max_line_length=LINE_CAP))
    check_serialized(message, data, recipients_of(message) if approved is None else approved)
    return data


def check_serialized(message: EmailMessage, data: bytes, approved: Sequence[str]) -> None:
    """Raise :class:`~assistant.errors.RecipientError` unless ``data`` addresses only ``approved``."""
    text = data.decode("utf-8", "surrogateescape")
    head = text.split("\r\n\r\n" if "\r\n\r\n" in text else "\n\n", 1)[0]
    parsed = Parser(policy=policies.default).parsestr(head + "\n\n", headersonly=True)
    subject = one_line(str(message.get("Subject", "")), 80)
    set_names = sorted(name.lower() for name in message)  # iterating gives header names
    written = sorted(name.lower() for name in parsed)
    if set_names != written:
        extra = sorted(set(written) - set(set_names)) or sorted(set(set_names) - set(written))
        raise RecipientError(
            f"the message {subject!r} would have been written with a changed header"
            f" ({', '.join(inert(e) for e in extra)}); nothing was saved or sent",
            fix="report this: a name in the invitation tried to add a header",
        )
    wanted = {address_key(a) for a in approved}
    found = {address_key(a) for a in _header_addresses(parsed, RECIPIENT_HEADERS)}
    sender = getattr(message, "sender", "")
    senders = {address_key(a) for a in _header_addresses(parsed, ORIGINATOR_HEADERS)}
    allowed_senders = {address_key(sender)} if sender else senders
    stray = sorted((found - wanted) | (senders - allowed_senders))
    if stray:
        raise RecipientError(
            f"the message {subject!r} would also go to {', '.join(inert(s) for s in stray)},"
            " which you did not approve; nothing was saved or sent",
            fix="check the recipient's name in the invitation; the draft is unchanged",
        )
    if found != wanted:
        missing = ", ".join(inert(a) for a in sorted(wanted - found))
        raise RecipientError(
            f"the message {subject!r} lost the recipient {missing} when written;"
            " nothing was saved or sent"
        )


def plain_body(message: EmailMessage) -> str:
    """The text/plain part's content."""
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""

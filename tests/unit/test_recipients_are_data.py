"""Recipients are data, never text: a name in an invitation cannot add an address or a header.

Every test looks at the serialized bytes a backend writes or sends. The hostile
names are RFC 2047 encoded words (q and b encodings, UTF-8 and Latin-1), raw and
encoded CR LF, U+2028, NEL and angle brackets; each tries To, Cc, Bcc or Reply-To.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import Parser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.errors import RecipientError
from assistant.mail.maildir import DRAFTS, MaildirMailbox
from assistant.messages import (
    address,
    build_message,
    clean_display_name,
    header_text,
    message_id_for,
    wire_bytes,
)
from assistant.models import DraftState
from assistant.runner import run_once
from assistant.sources.ics import IcsSource
from assistant.sources.ics_events import Owner
from tests.conftest import DATA, ME, NOW, build_services, make_event, me, person

BOSS = "boss@current-employer.example"
WHEN = datetime(2027, 4, 12, 9, 0, tzinfo=UTC)

HOSTILE_NAMES = {
    "q_at_comma": "=?utf-8?q?boss=40current-employer=2Eexample=2C?=",
    "q_crlf_bcc": "=?utf-8?q?Lee=0D=0ABcc:_boss=40current-employer=2Eexample?=",
    "q_crlf_cc": "=?utf-8?q?Lee=0D=0ACc:_boss=40current-employer=2Eexample?=",
    "q_crlf_reply_to": "=?utf-8?Q?Lee=0D=0AReply-To:_boss=40current-employer=2Eexample?=",
    "b_at_angle": "=?utf-8?b?Qm9zcyA8Ym9zc0BjdXJyZW50LWVtcGxveWVyLmV4YW1wbGU+LA==?=",
    "latin1_q_at_comma": "=?iso-8859-1?q?B=F6ss_boss=40current-employer=2Eexample=2C?=",
    "latin1_b_crlf_bcc": "=?ISO-8859-1?B?TGVlDQpCY2M6IGJvc3NAY3VycmVudC1lbXBsb3llci5leGFtcGxl?=",
    "raw_crlf_bcc": "Lee\r\nBcc: boss@current-employer.example",
    "u2028_cc": "Lee\u2028Cc: boss@current-employer.example",
    "nel_bcc": "Lee\x85Bcc: boss@current-employer.example",
    "angle_brackets": "Boss <boss@current-employer.example>, Sam",
    "nested_encoded_word": "=?utf-8?q?=3D=3Futf-8=3Fq=3Fboss=3D40current-employer=3D2Eexample?=",
}


def headers_of(data: bytes) -> EmailMessage:
    """The message as an RFC 6532 reader sees it (UTF-8 headers decoded)."""
    return Parser(policy=policy.default).parsestr(data.decode("utf-8"))  # type: ignore[return-value]


def header_names(data: bytes) -> list[str]:
    head = data.split(b"\r\n\r\n", 1)[0].decode("utf-8")
    return [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line[:1] not in " \t"]


def one_draft(name: str, email: str = "sam@acme.example") -> EmailMessage:
    return build_message(
        sender=address(ME, "Alex Rivera"),
        to=[address(email, name)],
        subject="Thank you",
        text="Hello",
        date=WHEN,
        message_id=message_id_for("draft/" + email),
    )


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_attendee_cn_encoded_word_adds_no_address_or_header(name: str) -> None:
    data = wire_bytes(one_draft(name))
    assert BOSS.encode() not in data
    assert header_names(data).count("to") == 1
    assert not {"bcc", "cc", "reply-to"} & set(header_names(data))
    parsed = headers_of(data)
    assert [a.addr_spec for a in parsed["To"].addresses] == ["sam@acme.example"]


def test_attendee_cn_encoded_word_drafts_in_the_maildir_name_only_the_approved(
    tmp_path: Path, store
) -> None:
    """The invite from the security review, end to end: .ics → pass → Maildir bytes."""
    source = IcsSource(
        str(DATA / "ics" / "attendee_cn_encoded_word.ics"),
        Owner(frozenset([ME]), ZoneInfo("Europe/Berlin")),
    )
    mailbox = MaildirMailbox(tmp_path / "mail")
    services = build_services(source, store, mailbox)  # type: ignore[arg-type]
    run_once(services, NOW + timedelta(hours=6))
    drafts = {d.to[0]: d for d in store.drafts()}
    assert {"sam@acme.example", "lee@acme.example", "samuel@acme.example"} <= set(drafts)
    written = {}
    for path in mailbox.messages(DRAFTS):
        data = path.read_bytes()
        assert BOSS.encode() not in data
        assert "bcc" not in header_names(data)
        to = [a.addr_spec for a in headers_of(data)["To"].addresses]
        written[to[0]] = data
        assert len(to) == 1
    assert b"\r\nTo: sam@acme.example\r\n" in written["sam@acme.example"]
    assert b'\r\nTo: "Okafor, Samuel" <samuel@acme.example>\r\n' in written["samuel@acme.example"]
    # RFC 6532: the international address is UTF-8, never an encoded word before the @.
    assert "\r\nTo: José <josé@acme.example>\r\n".encode() in written["josé@acme.example"]
    assert all(d.state is DraftState.DRAFTED for d in drafts.values())


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Okafor, Samuel", "Okafor, Samuel"),
        ('Sam "Sammy" O\'Kafor (HR)', 'Sam "Sammy" O\'Kafor (HR)'),
        ("José Müller", "José Müller"),
        ("sam@acme.example", ""),
        ("Sam <sam@acme.example>", "Sam"),
        ("=?utf-8?q?Jos=C3=A9?=", ""),
        ("\u202eLee\u202c \x1b[31m\x9b1mRed", "Lee Red"),
        ("\r\n\t", ""),
    ],
)
def test_display_names_are_reduced_to_plain_words(name: str, kept: str) -> None:
    assert clean_display_name(name) == kept


def test_real_names_with_specials_are_quoted_by_the_library() -> None:
    data = wire_bytes(one_draft("Okafor, Samuel"))
    assert b'\r\nTo: "Okafor, Samuel" <sam@acme.example>\r\n' in data


def test_the_check_catches_what_the_library_writes_unchecked() -> None:
    """Without the cleaning, the stdlib (3.11.7 lacks the CVE-2024-6923 fix) writes the
    extra address or header; the parse-back check refuses the message either way."""
    for name in (HOSTILE_NAMES["q_at_comma"], HOSTILE_NAMES["q_crlf_bcc"]):
        raw = EmailMessage()
        raw["From"] = ME
        raw["To"] = [Address(display_name=name, addr_spec="sam@acme.example")]
        raw["Subject"] = "Thank you"
        raw.set_content("Hello")
        with pytest.raises(RecipientError, match="nothing was saved or sent"):
            wire_bytes(raw, approved=["sam@acme.example"])


@pytest.mark.parametrize(
    "subject",
    [
        "=?utf-8?q?Hi=0D=0ABcc:_boss=40current-employer=2Eexample?=",
        "=?utf-8?b?SGkNCkJjYzogYm9zc0BjdXJyZW50LWVtcGxveWVyLmV4YW1wbGU=?=",
        "Hi\u2028Bcc: boss@current-employer.example",
        "=?utf-8?q?=3D=3Futf-8=3Fq=3FHi=3D0D=3D0ABcc:_boss=3D40x=3F=3D?=",
    ],
)
def test_subject_encoded_word_cannot_add_a_header(subject: str) -> None:
    message = build_message(
        sender=address(ME),
        to=[address("sam@acme.example")],
        subject=subject,
        text="Hello",
        date=WHEN,
        message_id="<a@b>",
    )
    data = wire_bytes(message)
    assert "bcc" not in header_names(data)
    assert "\r\n" not in header_text(subject) and "=?" not in header_text(subject)


def test_event_text_in_the_subject_of_a_real_pass_adds_no_header(services, store) -> None:
    event = make_event(
        summary="Second interview at =?utf-8?q?Acme=0D=0ABcc:_boss=40current-employer=2Eexample?=",
        start=NOW - timedelta(hours=3),
        attendees=(me(), person("priya@acme.example", HOSTILE_NAMES["q_crlf_cc"])),
    )
    services.sources[0].put(event)
    run_once(services, NOW)
    for message in services.mailbox.drafts.values():
        data = wire_bytes(message)
        assert BOSS.encode() not in data and "cc" not in header_names(data)


# --- international addresses (RFC 6531, 6532; IDNA 2008) -------------------------------


def test_international_domains_are_idna_encoded() -> None:
    data = wire_bytes(one_draft("Jürgen", "jürgen@bücher.example"))
    assert "\r\nTo: Jürgen <jürgen@xn--bcher-kva.example>\r\n".encode() in data
    ascii_local = wire_bytes(one_draft("Jürgen", "juergen@bücher.example"))
    assert b"\r\nTo: =?utf-8?q?J=C3=BCrgen?= <juergen@xn--bcher-kva.example>\r\n" in ascii_local


def test_an_international_local_part_is_never_an_encoded_word(tmp_path: Path) -> None:
    mailbox = MaildirMailbox(tmp_path / "mail")
    mailbox.save_draft(one_draft("José", "josé@acme.example"))
    [path] = mailbox.messages(DRAFTS)
    data = path.read_bytes()
    assert "To: José <josé@acme.example>".encode() in data
    assert b"?=@" not in data


@pytest.mark.parametrize(
    "email", ["=?utf-8?q?boss?=@acme.example", "sam smith@acme.example", "sam"]
)
def test_addresses_that_cannot_be_written_safely_are_refused(email: str) -> None:
    with pytest.raises(RecipientError):
        address(email)


def test_an_invalid_international_domain_is_a_clear_error() -> None:
    with pytest.raises(RecipientError, match="not a valid international domain"):
        address("sam@bü\u0300\u0301--.example")


def test_imap_and_gmail_keep_an_international_draft_in_utf8() -> None:
    """RFC 6532 in the IMAP APPEND and in Gmail's raw message alike."""
    import base64

    from assistant.mail.gmail import raw_message
    from assistant.mail.imap import DRAFTS as IMAP_DRAFTS
    from assistant.mail.imap import ImapClient
    from assistant.mail.smtp import Endpoint
    from tests.unit.test_recipients_property import FakeImap

    message = one_draft("José", "josé@acme.example")
    client = ImapClient(Endpoint("imap.invalid", 993, "tls", "me", lambda: "x"))
    fake = FakeImap()
    client._folders[IMAP_DRAFTS] = "Drafts"
    client._call = lambda operation, retry=True: operation(fake)  # type: ignore[method-assign]
    client.append(IMAP_DRAFTS, message, "(\\Draft)")
    gmail = base64.urlsafe_b64decode(raw_message(message))
    for data in (fake.appended[0], gmail):
        assert "To: José <josé@acme.example>".encode() in data
        assert b"?=@" not in data


def test_an_unwritable_address_skips_its_draft_and_the_others_are_written(services, store) -> None:
    event = make_event(
        start=NOW - timedelta(hours=3),
        attendees=(
            me(),
            person("jordan@acme.example", "Jordan Lee", is_organizer=True),
            person("=?utf-8?q?boss?=@acme.example", "Boss"),
            person("priya@acme.example", "Priya Raman"),
        ),
    )
    services.sources[0].put(event)
    report = run_once(services, NOW)
    assert report.errors == []
    written = {tuple(m.approved) for m in services.mailbox.drafts.values()}
    assert ("priya@acme.example",) in written and ("jordan@acme.example",) in written
    assert all("boss" not in a for approved in written for a in approved)
    [(_, level, text)] = [a for a in store.recent_activity() if "was not written" in a[2]]
    assert level == "warning" and "can be written safely" in text


@pytest.mark.parametrize(
    "first",
    ["aaaaaaaaaaaaaaaaaa東Okafor, Samuel", "Dr. Jürgen Müller-Lüdenscheidt, Head of Product"],
)
def test_long_non_ascii_names_with_commas_keep_every_recipient(first: str) -> None:
    """The stdlib's folding once turned the comma between two addresses into an encoded
    word (``=?utf-8?q?=2C?=``), losing the second recipient; long lines avoid that code."""
    message = build_message(
        sender=address(ME, "Alex Rivera"),
        to=[address("sam@acme.example", first), address("priya@acme.example", "Müller, Jürgen")],
        subject="Thank you",
        text="Hello",
        date=WHEN,
        message_id="<two@interview-assistant.local>",
    )
    for data in (wire_bytes(message), wire_bytes(message, linesep="\n")):
        to = headers_of(data)["To"].addresses
        assert [(a.display_name, a.addr_spec) for a in to] == [
            (first, "sam@acme.example"),
            ("Müller, Jürgen", "priya@acme.example"),
        ]

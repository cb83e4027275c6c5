"""Messages in the local Maildir are proper MIME that any mail client reads."""

from __future__ import annotations

import email
import mailbox as stdlib_mailbox
from datetime import timedelta
from email import policy
from pathlib import Path

from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.conftest import NOW, build_services, make_event, me, person


def run_demo_like(tmp_path: Path) -> MaildirMailbox:
    maildir = MaildirMailbox(tmp_path / "mail")
    event = make_event(
        start=NOW + timedelta(hours=5),
        summary="Zweites Vorstellungsgespräch – Müller & Söhne",
        organizer=person("jürgen@mueller.example", "Jürgen Kößler", is_organizer=True),
        attendees=(
            me(),
            person("jürgen@mueller.example", "Jürgen Kößler"),
            person("lea@mueller.example", "Léa Ødegaard"),
        ),
    )
    with Store.open(tmp_path / "s.db") as store:
        services = build_services(MemoryCalendar([event]), store, maildir)
        run_once(services, NOW)
        run_once(services, event.end + timedelta(hours=1))
    return maildir


def test_briefing_is_multipart_with_encoded_headers(tmp_path: Path):
    maildir = run_demo_like(tmp_path)
    (path,) = [
        p for p in maildir.messages(INBOX) if b"X-Interview-Assistant: briefing" in p.read_bytes()
    ]
    raw = path.read_bytes()
    assert b"=?utf-8?" in raw.split(b"\n\n", 1)[0], "non-ASCII subject is RFC 2047 encoded"
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Message-ID"].startswith("<") and message["Date"]
    assert "—" in str(message["Subject"])  # decoded back from RFC 2047


def test_drafts_have_encoded_names_and_live_in_drafts(tmp_path: Path):
    maildir = run_demo_like(tmp_path)
    drafts = maildir.messages(DRAFTS)
    assert drafts and all(p.name.endswith(":2,D") for p in drafts)
    for path in drafts:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["To"].addresses[0].domain == "mueller.example"


def test_a_stock_maildir_reader_opens_the_tree(tmp_path: Path):
    maildir = run_demo_like(tmp_path)
    box = stdlib_mailbox.Maildir(str(maildir.root), create=False)
    assert len(box) == len(maildir.messages(INBOX)) >= 1
    assert set(box.list_folders()) >= {"Drafts"}
    assert len(box.get_folder("Drafts")) == len(maildir.messages(DRAFTS))

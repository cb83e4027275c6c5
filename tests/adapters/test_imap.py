"""``imap+smtp`` against a real Dovecot and a real SMTP server: folders, flags, faults.

What the user's own mail client would see is checked through a second IMAP
session (``Dovecot.messages`` and friends), never through the adapter's answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.app import App
from assistant.approval import sync_gone
from assistant.errors import (
    AuthError,
    DraftGoneError,
    MailboxError,
    TransientError,
    UncertainSendError,
)
from assistant.mail.imap import ImapClient, ImapSmtpMailbox
from assistant.mail.imap_folders import choose_folder, encode_folder_name, parse_list
from assistant.mail.outbox import Outbox
from assistant.mail.smtp import Endpoint, SmtpTransport
from assistant.messages import message_id_for
from assistant.models import DraftKind, DraftState
from assistant.paths import Home
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.conftest import ME, NOW, build_services
from tests.contracts.mailbox_contract import a_message
from tests.servers import (
    AIOSMTPD_WARNING,
    PASSWORD,
    USER,
    Dovecot,
    MemoryKeyring,
    SmtpServer,
    free_port,
)

pytestmark = AIOSMTPD_WARNING
JANE = "jane@acme.example"


def client_for(dovecot: Dovecot, user: str, password: str = PASSWORD, **folders: str) -> ImapClient:
    endpoint = Endpoint("127.0.0.1", dovecot.port, "none", user, lambda: password, timeout=5)
    return ImapClient(endpoint, **folders)


def mailbox_for(imap: ImapClient, smtp: SmtpServer, store: Store) -> ImapSmtpMailbox:
    endpoint = Endpoint("127.0.0.1", smtp.port, "none", USER, lambda: PASSWORD, timeout=5)
    return ImapSmtpMailbox(imap, Outbox(store, SmtpTransport(endpoint), ME), ME)


@pytest.fixture
def user(dovecot: Dovecot) -> str:
    return dovecot.add_user()


@pytest.fixture
def mailbox(
    dovecot: Dovecot,
    user: str,
    smtp_server: SmtpServer,
    store: Store,
) -> Iterator[ImapSmtpMailbox]:
    box = mailbox_for(client_for(dovecot, user), smtp_server, store)
    yield box
    box.close()


# --- drafts in the user's own Drafts folder ----------------------------------------------


def test_a_draft_lands_in_the_drafts_folder_flagged_as_a_draft(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
) -> None:
    ref = mailbox.save_draft(a_message("draft/a", body="Dear Jane, thank you."))
    assert ref == message_id_for("draft/a")
    [(message, flags)] = dovecot.messages(user, "Drafts")
    assert "\\Draft" in flags
    assert message["Subject"] == "Thank you (draft/a)"
    assert message["To"] == "Jane Doe <jane@acme.example>"
    assert "Dear Jane, thank you." in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert dovecot.uids(user, "INBOX") == []


def test_replacing_a_draft_changes_its_text_and_keeps_one_copy(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
) -> None:
    ref = mailbox.save_draft(a_message("draft/b", body="First text"))
    assert mailbox.save_draft(a_message("draft/b", body="Second text"), ref) == ref
    [(message, _)] = dovecot.messages(user, "Drafts")
    assert "Second text" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert message["Message-ID"] == ref


def test_a_draft_sent_from_the_users_own_client_is_gone(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
    smtp_server: SmtpServer,
    store: Store,
) -> None:
    message = a_message("draft/c")
    ref = mailbox.save_draft(message)
    draft, _ = store.add_draft(
        key="draft/c",
        event_id="evt-1",
        kind=DraftKind.THANK_YOU,
        recipients=[JANE],
        subject="Thank you",
        body="Hello",
        message_id=ref,
        guessed_recipient=False,
        interview_summary="Second interview",
        now=NOW,
    )
    store.update_draft(draft.id, NOW, mailbox_ref=ref)
    # The user's client sends it: the draft leaves Drafts, a copy goes to Sent.
    dovecot.append(user, "Sent", message, "(\\Seen)")
    dovecot.delete(user, "Drafts", ref)

    services = build_services(MemoryCalendar(), store, mailbox)
    assert sync_gone(services, NOW) == [draft.id]
    assert store.draft(draft.id).state is DraftState.GONE
    with pytest.raises(DraftGoneError):
        mailbox.send_draft(ref, message)
    assert smtp_server.handler.received == []


def test_a_draft_flagged_deleted_but_not_yet_expunged_counts_as_gone(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
) -> None:
    ref = mailbox.save_draft(a_message("draft/d"))
    client = dovecot.login(user)
    client.select("Drafts")
    client.uid("STORE", dovecot.uids(user, "Drafts")[0], "+FLAGS", "(\\Deleted)")
    client.logout()
    assert not mailbox.draft_exists(ref)


def test_a_drafts_folder_named_in_config_is_used(
    dovecot: Dovecot,
    user: str,
    smtp_server: SmtpServer,
    store: Store,
) -> None:
    dovecot.create(user, encode_folder_name("Entwürfe"))
    imap = client_for(dovecot, user, drafts_folder="Entwürfe")
    box = mailbox_for(imap, smtp_server, store)
    box.save_draft(a_message("draft/e"))
    box.close()
    assert len(dovecot.uids(user, "Entw&APw-rfe")) == 1
    assert dovecot.uids(user, "Drafts") == []


def test_a_missing_configured_folder_names_the_setting(
    dovecot: Dovecot,
    user: str,
    smtp_server: SmtpServer,
    store: Store,
) -> None:
    box = mailbox_for(client_for(dovecot, user, drafts_folder="Brouillons"), smtp_server, store)
    with pytest.raises(MailboxError, match="Brouillons") as caught:
        box.save_draft(a_message("draft/f"))
    assert "drafts_folder" in (caught.value.fix or "")


# --- approval: SMTP, a copy in Sent, the draft removed ----------------------------------


def test_sending_delivers_over_smtp_files_a_copy_in_sent_and_removes_the_draft(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("draft/g")
    ref = mailbox.save_draft(message)
    mailbox.send_draft(ref, message)
    assert [r.recipients for r in smtp_server.handler.received] == [[JANE]]
    [(copy, flags)] = dovecot.messages(user, "Sent")
    assert copy["Message-ID"] == ref and "\\Seen" in flags
    assert dovecot.uids(user, "Drafts") == []


def test_no_second_sent_copy_when_the_provider_filed_one(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
) -> None:
    message = a_message("draft/h")
    ref = mailbox.save_draft(message)
    dovecot.append(user, "Sent", message, "(\\Seen)")  # as Gmail or Outlook do for SMTP mail
    mailbox.send_draft(ref, message)
    assert len(dovecot.uids(user, "Sent")) == 1


def test_maybe_sent_is_settled_by_the_copy_the_provider_filed(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("draft/i")
    ref = mailbox.save_draft(message)
    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError):
        mailbox.send_draft(ref, message)
    smtp_server.handler.drop_after_data = False
    assert mailbox.draft_exists(ref)  # nothing decided yet: the draft waits

    dovecot.append(user, "Sent", message, "(\\Seen)")  # the provider's copy shows up
    mailbox.send_draft(ref, message)
    assert len(smtp_server.handler.received) == 1  # not resent
    assert not mailbox.draft_exists(ref)
    assert mailbox.outbox.state(ref) == Outbox.SENT


def test_maybe_sent_without_evidence_asks_the_user(
    mailbox: ImapSmtpMailbox,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("draft/j")
    ref = mailbox.save_draft(message)
    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError):
        mailbox.send_draft(ref, message)
    smtp_server.handler.drop_after_data = False
    with pytest.raises(UncertainSendError):
        mailbox.send_draft(ref, message)
    assert len(smtp_server.handler.received) == 1
    mailbox.resolve_uncertain(ref, was_sent=False)  # `drafts approve ID --resend`
    mailbox.send_draft(ref, message)
    assert len(smtp_server.handler.received) == 2


# --- logins and connections ---------------------------------------------------------------


def test_a_wrong_imap_password_names_the_fix(dovecot: Dovecot, user: str) -> None:
    with pytest.raises(AuthError) as caught:
        client_for(dovecot, user, password="wrong").login()
    assert "connect imap" in (caught.value.fix or "")


def test_an_imap_server_that_is_down_is_transient() -> None:
    endpoint = Endpoint("127.0.0.1", free_port(), "none", "x", lambda: "y", timeout=2)
    with pytest.raises(TransientError):
        ImapClient(endpoint).login()


def test_starttls_is_refused_when_the_server_does_not_offer_it(
    dovecot: Dovecot,
    user: str,
) -> None:
    endpoint = Endpoint("127.0.0.1", dovecot.port, "starttls", user, lambda: PASSWORD, timeout=5)
    with pytest.raises(MailboxError, match="does not offer STARTTLS"):
        ImapClient(endpoint).login()


def test_a_dropped_connection_is_reopened(
    mailbox: ImapSmtpMailbox,
    dovecot: Dovecot,
    user: str,
) -> None:
    ref = mailbox.save_draft(a_message("draft/k"))
    assert mailbox.imap._connection is not None
    mailbox.imap._connection.shutdown()  # the server or a NAT box hung up
    assert mailbox.draft_exists(ref)


def test_the_app_builds_imap_smtp_from_config_and_the_keyring(
    home: Path,
    dovecot: Dovecot,
    user: str,
    smtp_server: SmtpServer,
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.set_password("interview-assistant", user, PASSWORD)
    memory_keyring.set_password("interview-assistant", USER, PASSWORD)
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        f"""
[user]
email = "{ME}"

[mail]
backend = "imap+smtp"

[mail.smtp]
host = "127.0.0.1"
port = {smtp_server.port}
security = "none"
username = "{USER}"

[mail.imap]
host = "127.0.0.1"
port = {dovecot.port}
security = "none"
username = "{user}"
"""
    )
    box = App.load(Home.at(home)).mailbox()
    assert isinstance(box, ImapSmtpMailbox)
    message = a_message("draft/app")
    ref = box.save_draft(message)
    box.send_draft(ref, message)
    box.close()
    assert len(dovecot.uids(user, "Sent")) == 1
    assert len(smtp_server.handler.to(JANE)) == 1


# --- folder lists, as servers without SPECIAL-USE send them ---------------------------------


def test_folders_are_found_by_name_when_no_attribute_marks_them() -> None:
    listed = parse_list(
        [
            b'(\\HasNoChildren) "." INBOX',
            b'(\\HasNoChildren) "." "INBOX.Sent Messages"',
            (b'(\\HasNoChildren) "." {12}', b"INBOX.Drafts"),
            b'(\\Noselect \\HasChildren) "." Archive',
        ]
    )
    assert choose_folder(listed, "\\Drafts") == "INBOX.Drafts"
    assert choose_folder(listed, "\\Sent") is None  # not a usual name: needs sent_folder
    assert choose_folder(listed, "\\Sent", "INBOX.Sent Messages") == "INBOX.Sent Messages"


def test_an_attribute_wins_over_a_name() -> None:
    listed = parse_list([b'(\\HasNoChildren) "/" Drafts', b'(\\Drafts) "/" "[Mail]/Entw&APw-rfe"'])
    assert choose_folder(listed, "\\Drafts") == "[Mail]/Entw&APw-rfe"


def test_folder_names_are_encoded_in_modified_utf7() -> None:
    assert encode_folder_name("Entwürfe") == "Entw&APw-rfe"
    assert encode_folder_name("Tom & Jerry") == "Tom &- Jerry"
    assert encode_folder_name("Drafts") == "Drafts"

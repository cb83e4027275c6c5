"""The ``smtp`` backend against a real SMTP server (aiosmtpd on loopback).

Covers the Mailbox contract, STARTTLS and implicit TLS with a certificate the
test makes and trusts, AUTH, refusals, and the server that hangs up after DATA:
"maybe sent", never resent without the user's say.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.app import App
from assistant.approval import approve, send_scheduled
from assistant.compose import draft_message
from assistant.errors import (
    AuthError,
    DraftGoneError,
    MailboxError,
    TransientError,
    UncertainSendError,
)
from assistant.mail.maildir import DRAFTS, SENT, MaildirMailbox
from assistant.mail.outbox import Outbox
from assistant.mail.smtp import (
    Endpoint,
    SmtpMailbox,
    SmtpTransport,
)
from assistant.messages import message_id_for
from assistant.models import Draft, DraftKind, DraftState
from assistant.paths import Home
from assistant.services import Services, TickReport
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.conftest import ME, NOW, build_services
from tests.contracts.mailbox_contract import MailboxContract, a_message
from tests.servers import (
    AIOSMTPD_WARNING,
    PASSWORD,
    USER,
    SmtpServer,
    Tls,
    free_port,
    start_smtp,
)

pytestmark = AIOSMTPD_WARNING
JANE = "jane@acme.example"


def endpoint(server: SmtpServer, password: str = PASSWORD, **changes: Any) -> Endpoint:
    values: dict[str, Any] = dict(
        host="127.0.0.1",
        port=server.port,
        security=server.security,
        username=USER,
        password=lambda: password,
        timeout=5,
    )
    values.update(changes)
    return Endpoint(**values)


def saved_draft(
    services: Services, key: str, to: str = JANE, names: dict[str, str] | None = None
) -> Draft:
    """A thank-you to ``to`` recorded in the store and written to the mailbox, as a pass would."""
    store = services.store
    draft, _ = store.add_draft(
        key=key,
        event_id=key.split("/", 1)[0],
        kind=DraftKind.THANK_YOU,
        recipients=[to],
        subject="Thank you",
        body="Dear Jane,\n",
        message_id=message_id_for(key),
        guessed_recipient=False,
        interview_summary="Second interview",
        now=NOW,
    )
    ref = services.mailbox.save_draft(draft_message(draft, services.user, NOW, names))
    return store.update_draft(draft.id, NOW, mailbox_ref=ref)


def smtp_mailbox(server: SmtpServer, store: Store, tmp_path: Path, **changes: Any) -> SmtpMailbox:
    outbox = Outbox(store, SmtpTransport(endpoint(server, **changes)), ME)
    return SmtpMailbox(outbox, MaildirMailbox(tmp_path / "mail"), ME)


@pytest.fixture
def mailbox(smtp_server: SmtpServer, store: Store, tmp_path: Path) -> SmtpMailbox:
    return smtp_mailbox(smtp_server, store, tmp_path)


@pytest.fixture(scope="module")
def starttls_server(tls: Tls) -> Iterator[SmtpServer]:
    server = start_smtp("starttls", tls)
    yield server
    server.controller.stop()


@pytest.fixture(scope="module")
def implicit_tls_server(tls: Tls) -> Iterator[SmtpServer]:
    server = start_smtp("tls", tls)
    yield server
    server.controller.stop()


class TestSmtpMailboxContract(MailboxContract):
    """Drafts in the local Maildir; the SMTP server's own record counts what was sent."""

    @pytest.fixture
    def server(self, smtp_server: SmtpServer) -> SmtpServer:
        return smtp_server

    @pytest.fixture
    def mailbox(self, server: SmtpServer, store: Store, tmp_path: Path) -> SmtpMailbox:
        self.server = server
        return smtp_mailbox(server, store, tmp_path)

    def inbox_count(self, mailbox: Any) -> int:
        return len(self.server.handler.to(ME))

    def drafts_count(self, mailbox: Any) -> int:
        return len(mailbox.drafts.messages(DRAFTS))

    def sent_count(self, mailbox: Any) -> int:
        return len(self.server.handler.to(JANE))

    def delete_outside(self, mailbox: Any, ref: str) -> None:
        for path in mailbox.drafts.messages(DRAFTS):
            if path.name.startswith(ref):
                path.unlink()


# --- security and login ---------------------------------------------------------------


def test_starttls_with_a_trusted_certificate_delivers(
    starttls_server: SmtpServer,
    tls: Tls,
    store: Store,
    tmp_path: Path,
) -> None:
    starttls_server.handler.reset()
    box = smtp_mailbox(starttls_server, store, tmp_path, ssl_context=tls.client_context())
    box.deliver(a_message("briefing/tls", to=ME))
    [received] = starttls_server.handler.received
    assert received.recipients == [ME]
    assert received.message["Subject"] == "Thank you (briefing/tls)"


def test_implicit_tls_delivers(
    implicit_tls_server: SmtpServer,
    tls: Tls,
    store: Store,
    tmp_path: Path,
) -> None:
    implicit_tls_server.handler.reset()
    box = smtp_mailbox(implicit_tls_server, store, tmp_path, ssl_context=tls.client_context())
    box.deliver(a_message("briefing/smtps", to=ME))
    assert len(implicit_tls_server.handler.received) == 1


def test_an_unknown_certificate_is_refused_and_nothing_is_sent(
    starttls_server: SmtpServer, store: Store, tmp_path: Path
) -> None:
    starttls_server.handler.reset()
    box = smtp_mailbox(starttls_server, store, tmp_path)  # the default, verifying context
    message = a_message("briefing/untrusted", to=ME)
    with pytest.raises(MailboxError, match="cannot be verified") as caught:
        box.deliver(message)
    assert "verify = false" in (caught.value.fix or "")
    assert starttls_server.handler.received == []
    assert box.outbox.state(message_id_for("briefing/untrusted")) == Outbox.NOT_SENT


def test_verify_false_accepts_the_certificate_when_the_user_says_so(
    starttls_server: SmtpServer, store: Store, tmp_path: Path
) -> None:
    starttls_server.handler.reset()
    box = smtp_mailbox(starttls_server, store, tmp_path, verify=False)
    box.deliver(a_message("briefing/unverified", to=ME))
    assert len(starttls_server.handler.received) == 1


def test_starttls_is_required_when_configured(
    smtp_server: SmtpServer,
    store: Store,
    tmp_path: Path,
) -> None:
    box = smtp_mailbox(smtp_server, store, tmp_path, security="starttls")
    with pytest.raises(MailboxError, match="does not offer STARTTLS"):
        box.deliver(a_message("briefing/no-starttls", to=ME))
    assert smtp_server.handler.received == []


def test_a_wrong_password_names_the_fix_and_sends_nothing(
    smtp_server: SmtpServer,
    store: Store,
    tmp_path: Path,
) -> None:
    box = smtp_mailbox(smtp_server, store, tmp_path, password="wrong")
    with pytest.raises(AuthError) as caught:
        box.deliver(a_message("briefing/bad-login", to=ME))
    assert "connect imap" in (caught.value.fix or "")
    assert smtp_server.handler.received == []


def test_a_server_that_is_down_is_a_transient_error(store: Store, tmp_path: Path) -> None:
    down = Endpoint("127.0.0.1", free_port(), "none", USER, lambda: PASSWORD, timeout=2)
    box = SmtpMailbox(Outbox(store, SmtpTransport(down), ME), MaildirMailbox(tmp_path), ME)
    message = a_message("briefing/down", to=ME)
    with pytest.raises(TransientError, match="nothing was sent"):
        box.deliver(message)
    assert box.outbox.state(message_id_for("briefing/down")) == Outbox.NOT_SENT


def test_check_login_succeeds_with_the_right_password(smtp_server: SmtpServer) -> None:
    SmtpTransport(endpoint(smtp_server)).check_login()
    with pytest.raises(AuthError):
        SmtpTransport(endpoint(smtp_server, password="nope")).check_login()


# --- who receives what ----------------------------------------------------------------


def test_briefings_go_to_the_user_alone_whatever_the_headers_say(
    mailbox: SmtpMailbox,
    smtp_server: SmtpServer,
) -> None:
    mailbox.deliver(a_message("briefing/headers", to=JANE))
    [received] = smtp_server.handler.received
    assert received.recipients == [ME]
    assert received.sender == ME


def test_approved_drafts_go_to_their_recipients_without_bcc(
    mailbox: SmtpMailbox,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("draft/bcc")
    message["Bcc"] = "hidden@acme.example"
    message.approved = (*message.approved, "hidden@acme.example")  # approved, but not shown
    ref = mailbox.save_draft(message)
    mailbox.send_draft(ref, message)
    [received] = smtp_server.handler.received
    assert sorted(received.recipients) == ["hidden@acme.example", JANE]
    assert received.message["Bcc"] is None
    assert len(mailbox.drafts.messages(SENT)) == 1


def test_a_refused_recipient_sends_nothing_and_can_be_retried(
    mailbox: SmtpMailbox,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("draft/refused")
    ref = mailbox.save_draft(message)
    smtp_server.handler.refuse_recipients.add(JANE)
    with pytest.raises(MailboxError, match=r"refused jane@acme\.example"):
        mailbox.send_draft(ref, message)
    assert smtp_server.handler.received == []
    assert mailbox.draft_exists(ref)
    smtp_server.handler.refuse_recipients.clear()
    mailbox.send_draft(ref, message)
    assert len(smtp_server.handler.received) == 1


# --- "maybe sent": the server hangs up after DATA --------------------------------------


def test_a_lost_connection_after_data_is_maybe_sent_and_never_resent_silently(
    mailbox: SmtpMailbox,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("draft/dropped")
    ref = mailbox.save_draft(message)
    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError) as caught:
        mailbox.send_draft(ref, message)
    assert caught.value.message_id == message_id_for("draft/dropped")
    assert "--resend" in (caught.value.fix or "")
    assert len(smtp_server.handler.received) == 1  # the server did get it

    smtp_server.handler.drop_after_data = False
    for _ in range(3):  # retries (later ticks) ask again instead of sending
        with pytest.raises(UncertainSendError):
            mailbox.send_draft(ref, message)
    assert len(smtp_server.handler.received) == 1
    assert mailbox.draft_exists(ref)


def test_the_user_can_say_it_did_arrive(mailbox: SmtpMailbox, smtp_server: SmtpServer) -> None:
    message = a_message("draft/arrived")
    ref = mailbox.save_draft(message)
    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError):
        mailbox.send_draft(ref, message)
    smtp_server.handler.drop_after_data = False
    mailbox.resolve_uncertain(message_id_for("draft/arrived"), was_sent=True)
    mailbox.send_draft(ref, message)
    assert len(smtp_server.handler.received) == 1
    assert not mailbox.draft_exists(ref)
    assert len(mailbox.drafts.messages(SENT)) == 1


def test_the_user_can_ask_for_one_resend(mailbox: SmtpMailbox, smtp_server: SmtpServer) -> None:
    message = a_message("draft/resend")
    ref = mailbox.save_draft(message)
    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError):
        mailbox.send_draft(ref, message)
    smtp_server.handler.drop_after_data = False
    mailbox.resolve_uncertain(message_id_for("draft/resend"), was_sent=False)
    mailbox.send_draft(ref, message)
    mailbox.send_draft(ref, message)  # and only one
    assert len(smtp_server.handler.received) == 2
    with pytest.raises(Exception, match="certainly sent"):
        mailbox.resolve_uncertain(message_id_for("draft/resend"), was_sent=False)


def test_an_interrupted_earlier_attempt_counts_as_maybe_sent(
    mailbox: SmtpMailbox,
    smtp_server: SmtpServer,
    store: Store,
) -> None:
    message = a_message("draft/crashed")
    ref = mailbox.save_draft(message)
    # What a process killed in the middle of the SMTP dialogue leaves behind.
    store.set_meta(f"outbox/{message_id_for('draft/crashed')}", Outbox.SENDING)
    with pytest.raises(UncertainSendError, match="interrupted"):
        mailbox.send_draft(ref, message)
    assert smtp_server.handler.received == []


def test_a_briefing_that_may_have_arrived_is_reported_once_then_left_alone(
    mailbox: SmtpMailbox,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("briefing/dropped", to=ME)
    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError):
        mailbox.deliver(message)
    smtp_server.handler.drop_after_data = False
    mailbox.deliver(message)  # the next pass: no error, and no second copy
    assert len(smtp_server.handler.received) == 1


def test_a_deleted_local_draft_is_gone_before_anything_is_sent(
    mailbox: SmtpMailbox,
    smtp_server: SmtpServer,
) -> None:
    message = a_message("draft/deleted")
    ref = mailbox.save_draft(message)
    mailbox.drafts.delete_draft(ref)
    with pytest.raises(DraftGoneError):
        mailbox.send_draft(ref, message)
    assert smtp_server.handler.received == []


# --- through the approval workflow and the app -----------------------------------------


def test_approval_after_a_dropped_connection_waits_for_the_user(
    smtp_server: SmtpServer,
    store: Store,
    tmp_path: Path,
) -> None:
    box = smtp_mailbox(smtp_server, store, tmp_path)
    services = build_services(MemoryCalendar(), store, box)
    draft = saved_draft(services, "evt-1/thank-you/jane")

    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError) as caught:
        approve(services, draft.id, NOW)
    assert f"drafts approve {draft.id} --resend" in (caught.value.fix or "")
    smtp_server.handler.drop_after_data = False

    report = TickReport()
    send_scheduled(services, NOW, report)  # the next pass tries again: it must ask, not send
    assert len(smtp_server.handler.received) == 1
    assert "may have been sent" in report.errors[0]
    assert store.draft(draft.id).state is DraftState.APPROVED


def test_the_app_builds_the_smtp_backend_from_config(
    home: Path,
    starttls_server: SmtpServer,
    tls: Tls,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    starttls_server.handler.reset()
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        f"""
[user]
email = "{ME}"

[mail]
backend = "smtp"

[mail.smtp]
host = "127.0.0.1"
port = {starttls_server.port}
security = "starttls"
username = "{USER}"
password_env = "TEST_SMTP_PASSWORD"
"""
    )
    monkeypatch.setenv("TEST_SMTP_PASSWORD", PASSWORD)
    # The default verifying context trusts what SSL_CERT_FILE names: here, the test CA.
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca_file))
    app = App.load(Home.at(home))
    with app.open_store() as store:
        box = app.mailbox(store)
        assert isinstance(box, SmtpMailbox)
        assert box.outbox.store is store  # the send journal lives in the pass's own store
        assert box.drafts.root == app.mailbox_path()
        box.deliver(a_message("briefing/app", to=ME))
    assert [r.recipients for r in starttls_server.handler.received] == [[ME]]


def test_a_missing_password_variable_names_the_fix(
    home: Path,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        f'[user]\nemail = "{ME}"\n[mail]\nbackend = "smtp"\n[mail.smtp]\nhost = "127.0.0.1"\n'
        f'port = {smtp_server.port}\nsecurity = "none"\nusername = "{USER}"\n'
        'password_env = "TEST_SMTP_UNSET"\n'
    )
    monkeypatch.delenv("TEST_SMTP_UNSET", raising=False)
    box = App.load(Home.at(home)).mailbox()  # building it needs no password yet
    with pytest.raises(AuthError, match="TEST_SMTP_UNSET") as caught:
        box.deliver(a_message("briefing/nopass", to=ME))
    assert "TEST_SMTP_UNSET" in (caught.value.fix or "")
    assert smtp_server.handler.received == []


@pytest.mark.parametrize(
    ("was_sent", "deliveries"), [(False, 2), (True, 1)], ids=["resend", "already-sent"]
)
def test_the_users_answer_settles_a_maybe_sent_draft(
    smtp_server: SmtpServer, store: Store, tmp_path: Path, was_sent: bool, deliveries: int
) -> None:
    from assistant.approval import settle_uncertain

    smtp_server.handler.reset()
    box = smtp_mailbox(smtp_server, store, tmp_path)
    services = build_services(MemoryCalendar(), store, box)
    draft = saved_draft(services, f"evt-2/thank-you/jane/{was_sent}")
    smtp_server.handler.drop_after_data = True
    with pytest.raises(UncertainSendError):
        approve(services, draft.id, NOW)
    smtp_server.handler.drop_after_data = False

    settle_uncertain(
        services, draft.id, was_sent=was_sent
    )  # drafts approve --resend / --already-sent
    approve(services, draft.id, NOW)
    assert len(smtp_server.handler.received) == deliveries
    assert store.draft(draft.id).state is DraftState.SENT

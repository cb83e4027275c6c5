"""International addresses over SMTP (RFC 6531) and the envelope of a hostile-named draft.

A server that offers SMTPUTF8 gets the message with UTF-8 headers and the
SMTPUTF8 parameter; one that doesn't gets nothing: a one-line refusal, the draft
stays waiting, and nothing is marked "may have been sent".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.approval import approve, send_scheduled
from assistant.errors import RecipientError
from assistant.mail.maildir import MaildirMailbox
from assistant.mail.outbox import Outbox
from assistant.mail.smtp import SmtpMailbox, SmtpTransport
from assistant.models import DraftState
from assistant.services import Services, TickReport
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.adapters.test_smtp import endpoint, saved_draft
from tests.conftest import ME, NOW, build_services
from tests.servers import AIOSMTPD_WARNING, SmtpServer, start_smtp

pytestmark = AIOSMTPD_WARNING
JOSE = "josé@acme.example"


@pytest.fixture(scope="module")
def utf8_server() -> Iterator[SmtpServer]:
    server = start_smtp("none", enable_SMTPUTF8=True)
    yield server
    server.controller.stop()


@pytest.fixture(scope="module")
def ascii_server() -> Iterator[SmtpServer]:
    server = start_smtp("none", enable_SMTPUTF8=False)  # aiosmtpd's Controller offers it by default
    yield server
    server.controller.stop()


def services_with_draft(
    server: SmtpServer, store: Store, tmp_path: Path, to: str, name: str = ""
) -> tuple[Services, int]:
    server.handler.reset()
    box = SmtpMailbox(
        Outbox(store, SmtpTransport(endpoint(server)), ME), MaildirMailbox(tmp_path / "mail"), ME
    )
    services = build_services(MemoryCalendar(), store, box)
    draft = saved_draft(services, f"evt-1/thank-you/{to}", to, {to: name} if name else None)
    return services, draft.id


def test_an_international_address_goes_out_with_smtputf8(
    utf8_server: SmtpServer, store: Store, tmp_path: Path
) -> None:
    services, draft_id = services_with_draft(utf8_server, store, tmp_path, JOSE, "José")
    sent = approve(services, draft_id, NOW)
    assert sent.state is DraftState.SENT
    [received] = utf8_server.handler.received
    assert received.recipients == [JOSE]
    to = received.message.get_all("To")[0]
    assert "=?" not in str(to) and len(to.addresses) == 1  # UTF-8, not an encoded word


def test_without_smtputf8_the_draft_stays_and_nothing_may_have_been_sent(
    ascii_server: SmtpServer, store: Store, tmp_path: Path
) -> None:
    services, draft_id = services_with_draft(ascii_server, store, tmp_path, JOSE, "José")
    with pytest.raises(RecipientError) as caught:
        approve(services, draft_id, NOW)
    message = str(caught.value)
    assert "\n" not in message and "SMTPUTF8" in message and JOSE in message
    assert "may have been sent" not in message
    assert ascii_server.handler.received == []
    draft = store.draft(draft_id)
    assert draft.state is DraftState.DRAFTED and draft.send_at is None
    outbox: Outbox = services.mailbox.outbox  # type: ignore[attr-defined]
    assert outbox.state(draft.message_id) == Outbox.NOT_SENT
    report = TickReport()
    send_scheduled(services, NOW, report)  # the next pass does not try it again
    assert report.errors == [] and ascii_server.handler.received == []


def test_an_international_domain_alone_needs_no_smtputf8(
    ascii_server: SmtpServer, store: Store, tmp_path: Path
) -> None:
    services, draft_id = services_with_draft(ascii_server, store, tmp_path, "sam@bücher.example")
    assert approve(services, draft_id, NOW).state is DraftState.SENT
    [received] = ascii_server.handler.received
    assert received.recipients == ["sam@xn--bcher-kva.example"]


def test_a_hostile_display_name_reaches_only_the_approved_envelope(
    ascii_server: SmtpServer, store: Store, tmp_path: Path
) -> None:
    name = "=?utf-8?q?boss=40current-employer=2Eexample=2C?="
    services, draft_id = services_with_draft(
        ascii_server, store, tmp_path, "sam@acme.example", name
    )
    approve(services, draft_id, NOW)
    [received] = ascii_server.handler.received
    assert received.recipients == ["sam@acme.example"]
    assert [a.addr_spec for a in received.message["To"].addresses] == ["sam@acme.example"]

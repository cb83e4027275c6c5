"""The Mailbox contract against the Gmail adapter, with Gmail faked on ``responses``;
plus what only Gmail has: unconfirmed sends, 404 drafts, the ledger."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import responses

from assistant.errors import AuthError, DraftGoneError, MailboxError, TransientError
from assistant.mail.gmail import IN_PASS_ATTEMPTS, GmailMailbox, content_digest, raw_message
from assistant.store import Store
from tests.adapters.google_fakes import GMAIL, FakeGmail, fixture, make_api, write_token
from tests.contracts.mailbox_contract import MailboxContract, a_message


@pytest.fixture
def gmail() -> Iterator[FakeGmail]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake = FakeGmail(rsps)
        fake.rsps = rsps  # type: ignore[attr-defined]
        yield fake


@pytest.fixture
def gmail_mailbox(gmail: FakeGmail, store: Store, tmp_path: Path) -> GmailMailbox:
    account = write_token(tmp_path / "google-token.json")
    mailbox = GmailMailbox(make_api(account), store)
    mailbox.fake = gmail  # type: ignore[attr-defined]  # lets the count helpers look inside
    return mailbox


class TestGmailContract(MailboxContract):
    @pytest.fixture
    def mailbox(self, gmail_mailbox: GmailMailbox) -> GmailMailbox:
        return gmail_mailbox

    def inbox_count(self, mailbox: Any) -> int:
        return len(mailbox.fake.inbox)

    def drafts_count(self, mailbox: Any) -> int:
        return len(mailbox.fake.drafts)

    def sent_count(self, mailbox: Any) -> int:
        return len(mailbox.fake.sent)

    def delete_outside(self, mailbox: Any, ref: str) -> None:
        del mailbox.fake.drafts[ref]


def sends(gmail: FakeGmail) -> list[Any]:
    return [c for c in gmail.rsps.calls if c.request.url.startswith(GMAIL + "/drafts/send")]  # type: ignore[attr-defined]


def test_messages_are_base64url_of_the_whole_message(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/raw", body="Ünïcode and a long line " * 10)
    gmail_mailbox.save_draft(message)
    request = gmail.rsps.calls[-1].request  # type: ignore[attr-defined]
    raw = json.loads(request.body)["message"]["raw"]
    assert raw == raw_message(message)
    assert base64.urlsafe_b64decode(raw + "==") == message.as_bytes()
    assert "userId" not in request.url and "/users/me/drafts" in request.url


def test_a_timeout_after_drafts_send_went_out_sends_nothing_twice(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/timeout")
    ref = gmail_mailbox.save_draft(message)
    gmail.timeout_after_send = True
    with pytest.raises(TransientError, match="checked before"):
        gmail_mailbox.send_draft(ref, message)
    assert len(gmail.sent) == 1  # it did go out
    assert len(sends(gmail)) == 1  # and the transport did not repeat the POST
    assert gmail_mailbox.record(str(message["Message-ID"]))["state"] == "uncertain"

    gmail_mailbox.send_draft(ref, message)  # the next attempt reconciles first
    assert len(gmail.sent) == 1
    assert len(sends(gmail)) == 1
    assert gmail_mailbox.record(str(message["Message-ID"]))["state"] == "sent"


def test_a_5xx_on_drafts_send_is_uncertain_and_checked_before_retrying(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/500")
    ref = gmail_mailbox.save_draft(message)
    # More 5xx than one call retries: the pass gives up, and the next one checks first.
    gmail.fail_next["drafts.send"] = [(500, fixture("error_500_backend.json"))] * IN_PASS_ATTEMPTS
    with pytest.raises(TransientError):
        gmail_mailbox.send_draft(ref, message)
    assert gmail.sent == [] and ref in gmail.drafts  # Gmail failed before sending
    gmail_mailbox.send_draft(ref, message)  # drafts.get finds it still there: send now
    assert len(gmail.sent) == 1 and not gmail.drafts


def test_a_404_on_a_draft_means_gone_and_is_never_retried(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/404")
    ref = gmail_mailbox.save_draft(message)
    del gmail.drafts[ref]  # the user sent or deleted it in Gmail
    before = len(gmail.rsps.calls)  # type: ignore[attr-defined]
    with pytest.raises(DraftGoneError):
        gmail_mailbox.save_draft(a_message("draft/404", body="changed"), ref)
    assert len(gmail.rsps.calls) == before + 1  # type: ignore[attr-defined]
    assert gmail_mailbox.record(str(message["Message-ID"]))["state"] == "gone"
    assert gmail_mailbox.draft_exists(ref) is False


def test_send_uses_the_final_content_when_it_changed(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    ref = gmail_mailbox.save_draft(a_message("draft/final", body="first words"))
    final = a_message("draft/final", body="the approved words")
    gmail_mailbox.send_draft(ref, final)
    assert b"the approved words" in gmail.sent[0]


def test_unchanged_content_is_sent_with_one_request(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/same")
    ref = gmail_mailbox.save_draft(message)
    before = len(gmail.rsps.calls)  # type: ignore[attr-defined]
    gmail_mailbox.send_draft(ref, message)
    assert len(gmail.rsps.calls) == before + 1  # type: ignore[attr-defined]


def test_content_digest_ignores_the_date_header() -> None:
    one = a_message("draft/date")
    two = a_message("draft/date")
    two.replace_header("Date", "Tue, 13 Apr 2027 10:00:00 +0000")
    assert content_digest(one) == content_digest(two)
    assert content_digest(one) != content_digest(a_message("draft/date", body="other"))


def test_an_unconfirmed_briefing_is_not_sent_again(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("briefing/uncertain", to="me@example.com")
    gmail.timeout_after_send = True
    with pytest.raises(TransientError, match="will not be sent again"):
        gmail_mailbox.deliver(message)
    gmail_mailbox.deliver(message)
    gmail_mailbox.deliver(message)
    assert len(gmail.inbox) == 1


def test_a_refused_briefing_can_be_tried_again(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("briefing/refused", to="me@example.com")
    gmail.fail_next["messages.send"] = [(400, {"error": {"code": 400, "message": "Bad"}})]
    with pytest.raises(MailboxError):
        gmail_mailbox.deliver(message)
    gmail_mailbox.deliver(message)
    assert len(gmail.inbox) == 1


def test_an_unconfirmed_draft_creation_is_found_instead_of_made_twice(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/create-timeout")
    gmail.fail_next["drafts.create"] = [(503, fixture("error_500_backend.json"))] * IN_PASS_ATTEMPTS
    with pytest.raises(TransientError):
        gmail_mailbox.save_draft(message)
    # Pretend the 503 hid a success: the draft is there, under the same Message-ID.
    ref = gmail_mailbox.save_draft(a_message("draft/other"))
    gmail.drafts["r-99"] = message.as_bytes()
    found = gmail_mailbox.save_draft(message)
    assert found == "r-99"
    assert len(gmail.drafts) == 2 and ref in gmail.drafts


def test_reject_deletes_the_draft_in_gmail(gmail_mailbox: GmailMailbox, gmail: FakeGmail) -> None:
    ref = gmail_mailbox.save_draft(a_message("draft/reject"))
    gmail_mailbox.delete_draft(ref)
    assert ref not in gmail.drafts


def test_a_disconnected_account_fails_fast_without_http(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    gmail_mailbox.api.account.mark_disconnected("Google answered invalid_grant")
    with pytest.raises(AuthError, match="connect google"):
        gmail_mailbox.deliver(a_message("briefing/x", to="me@example.com"))
    assert len(gmail.rsps.calls) == 0  # type: ignore[attr-defined]


# --- a 5xx on a create or a send is reconciled and retried within the same call --------------


def calls_to(gmail: FakeGmail, method: str, path: str) -> list[Any]:
    return [
        c
        for c in gmail.rsps.calls  # type: ignore[attr-defined]
        if c.request.method == method and c.request.url.split("?")[0] == GMAIL + path
    ]


def test_two_500s_on_drafts_create_are_retried_within_the_call(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    gmail.fail_next["drafts.create"] = [(500, fixture("error_500_backend.json"))] * 2
    ref = gmail_mailbox.save_draft(a_message("draft/two-500s"))
    assert list(gmail.drafts) == [ref]
    assert len(calls_to(gmail, "POST", "/drafts")) == 3
    assert len(calls_to(gmail, "GET", "/drafts")) == 2, "looked for it before each retry"
    sleeps = gmail_mailbox.api.sleep
    assert sleeps == [0.75, 1.5], "exponential backoff with jitter (rand 0.5)"


def test_a_retry_after_on_a_5xx_is_honoured_within_the_call(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    backend = fixture("error_500_backend.json")
    gmail.fail_next["drafts.create"] = [(503, backend, {"Retry-After": "7"}), (500, backend)]
    ref = gmail_mailbox.save_draft(a_message("draft/retry-after"))
    assert list(gmail.drafts) == [ref]
    assert gmail_mailbox.api.sleep == [7.0, 1.5], "Retry-After first, then backoff"


def test_a_500_that_hid_a_created_draft_is_not_made_twice(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/hidden-create")
    # Gmail made the draft, then answered 500: from the mailbox's side, it is there.
    gmail.drafts["r-7"] = message.as_bytes()
    gmail.fail_next["drafts.create"] = [(500, fixture("error_500_backend.json"))]
    assert gmail_mailbox.save_draft(message) == "r-7"
    assert list(gmail.drafts) == ["r-7"]
    assert len(calls_to(gmail, "POST", "/drafts")) == 1


def test_a_500_on_drafts_send_is_retried_and_a_send_it_hid_is_not_repeated(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    message = a_message("draft/send-500")
    ref = gmail_mailbox.save_draft(message)
    gmail.fail_next["drafts.send"] = [(500, fixture("error_500_backend.json"))]
    gmail_mailbox.send_draft(ref, message)
    assert len(gmail.sent) == 1 and len(sends(gmail)) == 2

    other = a_message("draft/send-500-hidden")
    ref = gmail_mailbox.save_draft(other)
    gmail.sent.append(gmail.drafts.pop(ref))  # Gmail sent it, then answered 500
    gmail.fail_next["drafts.send"] = [(500, fixture("error_500_backend.json"))]
    gmail_mailbox.send_draft(ref, other)
    assert len(gmail.sent) == 2 and len(sends(gmail)) == 3, "found gone: not sent again"
    assert gmail_mailbox.record(str(other["Message-ID"]))["state"] == "sent"


def test_a_500_on_messages_send_is_retried_within_the_call(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail
) -> None:
    gmail.fail_next["messages.send"] = [(503, fixture("error_500_backend.json"))]
    gmail_mailbox.deliver(a_message("briefing/503", to="me@example.com"))
    assert len(gmail.inbox) == 1


def test_after_two_500s_on_drafts_create_the_drafts_exist_once_at_the_end_of_the_tick(
    gmail_mailbox: GmailMailbox, gmail: FakeGmail, store: Store
) -> None:
    from datetime import timedelta

    from assistant.runner import run_once
    from assistant.sources.memory import MemoryCalendar
    from tests.conftest import NOW, build_services, make_event

    interview = make_event(start=NOW - timedelta(hours=3))  # ended two hours ago
    services = build_services(MemoryCalendar([interview]), store, gmail_mailbox)
    gmail.fail_next["drafts.create"] = [(500, fixture("error_500_backend.json"))] * 2
    report = run_once(services, NOW)
    assert report.errors == []
    assert len(report.drafts_created) == 2  # a thank-you to Priya, the offer request to Jordan
    ids = [
        line
        for raw in gmail.drafts.values()
        for line in raw.decode().splitlines()
        if line.lower().startswith("message-id:")
    ]
    assert len(ids) == 2 and len(set(ids)) == 2, "each draft exists once"
    assert {d.state.value for d in store.drafts()} == {"drafted"}
    assert all(d.mailbox_ref in gmail.drafts for d in store.drafts())

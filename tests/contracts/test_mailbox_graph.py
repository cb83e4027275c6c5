"""The Mailbox contract against the Graph adapter, with Outlook faked on ``responses``;
plus what only Graph has: uncertain creations and sends, 404 drafts, the marks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import responses

from assistant.errors import AuthError, DraftGoneError, MailboxError, TransientError
from assistant.mail.graph import KEY_HEADER, GraphMailbox, content_digest, graph_message
from assistant.store import Store
from tests.adapters.graph_fakes import (
    GRAPH,
    FakeOutlook,
    Sleeps,
    connected_account,
    make_api,
    query,
)
from tests.contracts.mailbox_contract import MailboxContract, a_message


@pytest.fixture
def outlook() -> Iterator[FakeOutlook]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield FakeOutlook(rsps)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def graph_mailbox(
    outlook: FakeOutlook, store: Store, tmp_path: Path, sleeps: Sleeps
) -> GraphMailbox:
    api = make_api(connected_account(tmp_path), sleeps)
    mailbox = GraphMailbox(api, store, sleep=sleeps, rand=lambda: 0.5)
    mailbox.fake = outlook  # type: ignore[attr-defined]  # lets the count helpers look inside
    return mailbox


class TestGraphContract(MailboxContract):
    @pytest.fixture
    def mailbox(self, graph_mailbox: GraphMailbox) -> GraphMailbox:
        return graph_mailbox

    def inbox_count(self, mailbox: Any) -> int:
        # A briefing is sent to the user: what went out to them is what arrives.
        return len(mailbox.fake.sent)

    def drafts_count(self, mailbox: Any) -> int:
        return len(mailbox.fake.drafts)

    def sent_count(self, mailbox: Any) -> int:
        return len(mailbox.fake.sent)

    def delete_outside(self, mailbox: Any, ref: str) -> None:
        del mailbox.fake.drafts[ref]


def calls(outlook: FakeOutlook, method: str, path: str) -> list[Any]:
    return [
        c
        for c in outlook.rsps.calls
        if c.request.method == method and c.request.url.split("?")[0] == GRAPH + path
    ]


def sends(outlook: FakeOutlook, ref: str) -> list[Any]:
    return calls(outlook, "POST", f"me/messages/{ref}/send")


def test_a_draft_carries_its_message_id_and_our_header(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    message = a_message("draft/marks", body="Ünïcode thanks")
    ref = graph_mailbox.save_draft(message)
    draft = outlook.drafts[ref]
    assert draft["internetMessageId"] == str(message["Message-ID"])
    assert {"name": KEY_HEADER, "value": str(message["Message-ID"])} in draft[
        "internetMessageHeaders"
    ]
    assert draft["toRecipients"] == [
        {"emailAddress": {"address": "jane@acme.example", "name": "Jane Doe"}}
    ]
    assert draft["body"] == {"contentType": "Text", "content": "Ünïcode thanks\n"}


def test_a_draft_is_created_once_through_two_injected_503s(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook, sleeps: Sleeps
) -> None:
    outlook.fail_next["create"] = [(503, {"Retry-After": "7"}, False), (503, {}, False)]
    message = a_message("draft/503")
    ref = graph_mailbox.save_draft(message)
    assert list(outlook.drafts) == [ref]
    assert len(calls(outlook, "POST", "me/messages")) == 3  # the POST is never repeated blind
    assert sleeps[0] == 7  # Retry-After honoured
    # before each new attempt, Drafts was searched for the Message-ID
    searches = calls(outlook, "GET", "me/mailFolders/drafts/messages")
    assert "%20eq%20" in searches[0].request.url
    assert query(searches[0])["$filter"] == [f"internetMessageId eq '{message['Message-ID']}'"]


def test_a_503_that_hid_a_success_finds_the_draft_instead_of_making_another(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    outlook.fail_next["create"] = [(503, {}, True)]
    ref = graph_mailbox.save_draft(a_message("draft/hidden"))
    assert list(outlook.drafts) == [ref]
    assert len(calls(outlook, "POST", "me/messages")) == 1


def test_a_creation_still_failing_after_the_pass_is_looked_for_next_pass(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    message = a_message("draft/next-pass")
    outlook.fail_next["create"] = [(503, {}, False), (503, {}, False), (504, {}, True)]
    with pytest.raises(TransientError, match="looked for"):
        graph_mailbox.save_draft(message)
    assert graph_mailbox.record(str(message["Message-ID"]))["state"] == "creating"
    ref = graph_mailbox.save_draft(message)  # the next pass finds the one the 504 hid
    assert list(outlook.drafts) == [ref]
    assert len(calls(outlook, "POST", "me/messages")) == 3


def test_approve_through_a_lost_reply_sends_once(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    message = a_message("draft/lost-reply")
    ref = graph_mailbox.save_draft(message)
    outlook.timeout_after_send = True
    with pytest.raises(TransientError, match="checked before"):
        graph_mailbox.send_draft(ref, message)
    assert len(outlook.sent) == 1 and len(sends(outlook, ref)) == 1
    assert graph_mailbox.record(str(message["Message-ID"]))["state"] == "uncertain"

    graph_mailbox.send_draft(ref, message)  # approving again looks in Sent Items first
    graph_mailbox.send_draft(ref, message)
    assert len(outlook.sent) == 1 and len(sends(outlook, ref)) == 1
    entry = graph_mailbox.record(str(message["Message-ID"]))
    assert entry["state"] == "sent" and entry["confirmed"] is True


def test_a_5xx_on_send_is_looked_into_and_sent_in_the_same_pass(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook, sleeps: Sleeps
) -> None:
    message = a_message("draft/send-503")
    ref = graph_mailbox.save_draft(message)
    outlook.fail_next["send"] = [(503, {"Retry-After": "4"}, False)]
    graph_mailbox.send_draft(ref, message)
    assert len(outlook.sent) == 1 and not outlook.drafts
    assert len(sends(outlook, ref)) == 2 and sleeps == [4.0]
    assert calls(outlook, "GET", "me/mailFolders/sentitems/messages")  # looked first


def test_a_5xx_on_send_that_hid_a_success_is_not_sent_again(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    message = a_message("draft/send-hidden")
    ref = graph_mailbox.save_draft(message)
    outlook.fail_next["send"] = [(500, {}, True)]
    graph_mailbox.send_draft(ref, message)
    assert len(outlook.sent) == 1 and len(sends(outlook, ref)) == 1
    assert graph_mailbox.record(str(message["Message-ID"]))["state"] == "sent"


def test_a_send_failing_all_pass_is_looked_into_next_pass(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    message = a_message("draft/send-500")
    ref = graph_mailbox.save_draft(message)
    outlook.fail_next["send"] = [(500, {}, False)] * 3
    with pytest.raises(TransientError, match="checked before"):
        graph_mailbox.send_draft(ref, message)
    assert outlook.sent == [] and ref in outlook.drafts
    assert graph_mailbox.record(str(message["Message-ID"]))["state"] == "uncertain"
    graph_mailbox.send_draft(ref, message)  # still a draft: not sent, so send it now
    assert len(outlook.sent) == 1 and not outlook.drafts


def test_a_draft_deleted_in_outlook_is_not_recreated(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    message = a_message("draft/deleted")
    ref = graph_mailbox.save_draft(message)
    del outlook.drafts[ref]  # the user deleted (or sent) it in Outlook
    before = len(outlook.rsps.calls)
    with pytest.raises(DraftGoneError):
        graph_mailbox.save_draft(a_message("draft/deleted", body="re-rendered"), ref)
    assert len(outlook.rsps.calls) == before + 1  # one PATCH, no retry
    with pytest.raises(DraftGoneError):
        graph_mailbox.save_draft(message)  # and never made anew
    assert outlook.drafts == {} and not calls(outlook, "POST", "me/messages")[1:]
    assert graph_mailbox.record(str(message["Message-ID"]))["state"] == "gone"


def test_a_re_render_patches_the_draft_in_place(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    ref = graph_mailbox.save_draft(a_message("draft/patch", body="first words"))
    graph_mailbox.save_draft(a_message("draft/patch", body="better words"), ref)
    [patch] = calls(outlook, "PATCH", f"me/messages/{ref}")
    sent = json.loads(patch.request.body)
    assert sent["body"]["content"] == "better words\n"
    assert "internetMessageHeaders" not in sent  # headers are set on creation only


def test_send_uses_the_final_content_and_unchanged_content_costs_one_request(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    ref = graph_mailbox.save_draft(a_message("draft/final", body="first words"))
    graph_mailbox.send_draft(ref, a_message("draft/final", body="the approved words"))
    assert outlook.sent[0]["body"]["content"] == "the approved words\n"
    same = a_message("draft/same")
    ref = graph_mailbox.save_draft(same)
    before = len(outlook.rsps.calls)
    graph_mailbox.send_draft(ref, same)
    assert len(outlook.rsps.calls) == before + 1


def test_content_digest_ignores_date_and_sees_the_body() -> None:
    one, two = a_message("draft/date"), a_message("draft/date")
    two.replace_header("Date", "Tue, 13 Apr 2027 10:00:00 +0000")
    assert content_digest(one) == content_digest(two)
    assert content_digest(one) != content_digest(a_message("draft/date", body="other"))


def test_recipients_come_from_structured_addresses() -> None:
    from assistant.messages import address

    message = a_message("draft/comma")
    message.replace_header("To", [address("jane@acme.example", 'Doe, Jane "JD"')])
    message["Cc"] = [address("sam@acme.example", "Sam Lee"), address("kim@acme.example")]
    message.approved = ("jane@acme.example", "sam@acme.example", "kim@acme.example")
    body = graph_message(message)
    assert body["toRecipients"] == [
        {"emailAddress": {"address": "jane@acme.example", "name": 'Doe, Jane "JD"'}}
    ]
    assert [r["emailAddress"]["address"] for r in body["ccRecipients"]] == [
        "sam@acme.example",
        "kim@acme.example",
    ]
    assert "name" not in body["ccRecipients"][1]["emailAddress"]


def test_html_alternative_is_the_body() -> None:
    from datetime import UTC, datetime

    from assistant.messages import address, build_message

    message = build_message(
        sender=address("me@example.com"),
        to=[address("jane@acme.example")],
        subject="Briefing",
        text="plain",
        html="<p>rich</p>",
        date=datetime(2027, 4, 12, tzinfo=UTC),
        message_id="<b-1@interview-assistant.local>",
    )
    assert graph_message(message)["body"] == {"contentType": "HTML", "content": "<p>rich</p>\n"}


def test_a_refused_request_is_a_mailbox_error_and_not_retried(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    outlook.fail_next["create"] = [(400, {}, False)]
    with pytest.raises(MailboxError, match="HTTP 400"):
        graph_mailbox.save_draft(a_message("draft/400"))
    assert len(calls(outlook, "POST", "me/messages")) == 1
    graph_mailbox.save_draft(a_message("draft/400"))  # a later pass may try again
    assert len(outlook.drafts) == 1


def test_a_disconnected_account_fails_fast_without_http(
    graph_mailbox: GraphMailbox, outlook: FakeOutlook
) -> None:
    graph_mailbox.api.account.mark_disconnected("Microsoft answered invalid_grant")
    with pytest.raises(AuthError, match="disconnected") as caught:
        graph_mailbox.deliver(a_message("briefing/x", to="me@example.com"))
    assert caught.value.fix == "interview-assistant connect microsoft"
    assert len(outlook.rsps.calls) == 0

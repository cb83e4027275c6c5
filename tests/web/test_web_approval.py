"""Editing, approving and rejecting drafts from the page: the CLI's rules, exactly once."""

from __future__ import annotations

from datetime import timedelta

from flask.testing import FlaskClient

from assistant.app import App
from assistant.mail.maildir import DRAFTS, SENT
from assistant.models import DraftState
from tests.conftest import NOW
from tests.web.conftest import csrf_of, drafts_count, mailbox, sent_count

NEW_BODY = "Hi Jordan,\r\n\r\nThank you for the demo of the roadmap.\r\n\r\nAlex\r\n"


def draft_state(app: App, draft_id: int) -> DraftState:
    with app.open_store() as store:
        return store.draft(draft_id).state


def follow(client: FlaskClient, path: str, **form: str) -> str:
    if "csrf" not in form:
        form["csrf"] = csrf_of(client)
    response = client.post(path, data=form, follow_redirects=True)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_save_keeps_the_users_text_in_the_store_and_the_mailbox(
    client: FlaskClient, seeded: App
) -> None:
    html = follow(client, "/drafts/1/save", subject="Thank you, Jordan", body=NEW_BODY)
    assert "Your changes are saved." in html
    with seeded.open_store() as store:
        draft = store.draft(1)
    assert draft.edited
    assert draft.subject == "Thank you, Jordan"
    assert draft.body == "Hi Jordan,\n\nThank you for the demo of the roadmap.\n\nAlex\n"
    assert draft.state is DraftState.DRAFTED
    saved = next(p for p in mailbox(seeded).messages(DRAFTS) if draft.mailbox_ref in p.name)
    assert b"demo of the roadmap" in saved.read_bytes()
    assert sent_count(seeded) == 0


def test_saving_unchanged_text_changes_nothing(client: FlaskClient, seeded: App) -> None:
    with seeded.open_store() as store:
        draft = store.draft(1)
    html = follow(client, "/drafts/1/save", subject=draft.subject, body=draft.body)
    assert "Nothing had changed." in html
    with seeded.open_store() as store:
        assert not store.draft(1).edited


def test_an_empty_message_is_refused(client: FlaskClient, seeded: App) -> None:
    html = follow(client, "/drafts/1/approve", subject="Hi", body="  \r\n", when="now")
    assert "cannot be empty" in html
    assert draft_state(seeded, 1) is DraftState.DRAFTED
    assert sent_count(seeded) == 0


def test_approve_sends_the_text_on_screen_once(client: FlaskClient, seeded: App) -> None:
    html = follow(client, "/drafts/1/approve", subject="Thanks", body=NEW_BODY, when="now")
    assert "to jordan@acme.example was filed in the local Sent folder; it was not emailed" in html
    assert draft_state(seeded, 1) is DraftState.SENT
    [sent] = mailbox(seeded).messages(SENT)
    assert b"demo of the roadmap" in sent.read_bytes()
    assert drafts_count(seeded) == 2


def test_approve_twice_sends_once(client: FlaskClient, seeded: App) -> None:
    csrf = csrf_of(client)
    first = client.post("/drafts/1/approve", data={"csrf": csrf, "when": "now"})
    second = client.post("/drafts/1/approve", data={"csrf": csrf, "when": "now"})
    assert first.status_code == second.status_code == 302
    assert sent_count(seeded) == 1
    html = client.get("/drafts").get_data(as_text=True)
    assert "was already sent; nothing was sent" in html
    # The same form again, with its text, still sends nothing more.
    follow(client, "/drafts/1/approve", csrf=csrf, subject="x", body="other", when="now")
    assert sent_count(seeded) == 1


def test_approve_for_later_waits_for_the_next_pass(client: FlaskClient, seeded: App) -> None:
    html = follow(client, "/drafts/2/approve", when="later", at="2027-04-13T18:30")
    assert (
        "it will be filed in the local Sent folder (not emailed) for priya@acme.example"
        " on Tue 13 Apr, 18:30, by the" in html
    )
    with seeded.open_store() as store:
        draft = store.draft(2)
    assert draft.state is DraftState.APPROVED
    assert draft.send_at == NOW.replace(day=13, hour=18, minute=30)
    assert sent_count(seeded) == 0
    page = client.get("/drafts").get_data(as_text=True)
    assert "Files (not emailed) Tue 13 Apr, 18:30" in page, "the local mailbox files it"
    assert ">Sends " not in page


def test_approve_for_a_past_or_missing_time_sends_nothing(client: FlaskClient, seeded: App) -> None:
    past = (NOW - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    assert "already passed" in follow(client, "/drafts/2/approve", when="later", at=past)
    assert "pick the date and time" in follow(client, "/drafts/2/approve", when="later", at="")
    assert draft_state(seeded, 2) is DraftState.DRAFTED
    assert sent_count(seeded) == 0


def test_reject_deletes_the_draft_and_never_sends_it(client: FlaskClient, seeded: App) -> None:
    html = follow(client, "/drafts/3/reject")
    assert "it will not be sent" in html
    assert draft_state(seeded, 3) is DraftState.REJECTED
    assert drafts_count(seeded) == 2
    html = follow(client, "/drafts/3/approve", when="now")
    assert "was rejected; nothing was sent" in html
    assert sent_count(seeded) == 0


def test_a_draft_deleted_in_the_mail_client_is_reported_not_sent(
    client: FlaskClient, seeded: App
) -> None:
    csrf = csrf_of(client)
    for message in mailbox(seeded).messages(DRAFTS):
        message.unlink()
    html = follow(client, "/drafts/1/approve", csrf=csrf, when="now")
    assert "deleted" in html
    assert draft_state(seeded, 1) is DraftState.GONE
    assert sent_count(seeded) == 0


def test_the_drafts_page_says_why_each_draft_exists(client: FlaskClient, seeded: App) -> None:
    html = client.get("/drafts").get_data(as_text=True)
    assert "why: on the invite" in html
    assert "why: the most senior-looking person (no person organised it)" in html


def test_the_page_refuses_a_draft_a_later_simulated_pass_made_like_the_cli(seeded: App) -> None:
    from datetime import UTC

    from tests.web.conftest import create_app

    earlier = create_app(seeded, "earlier-token-0123456789", now=lambda: NOW - timedelta(hours=5))
    earlier.config["TESTING"] = True
    client = earlier.test_client()
    assert client.get("/login?token=earlier-token-0123456789").status_code == 302
    html = follow(client, "/drafts/1/approve", when="now")
    assert "later than now" in html and "nothing was sent or changed" in html
    assert draft_state(seeded, 1) is DraftState.DRAFTED and sent_count(seeded) == 0
    # On the same clock (the page's clock in UTC, as `serve` has it), it is filed, and its
    # Date header is in the user's zone (Berlin, +0200 in April), as the CLI writes it.
    later = create_app(seeded, "later-token-0123456789", now=lambda: NOW.astimezone(UTC))
    later.config["TESTING"] = True
    client = later.test_client()
    assert client.get("/login?token=later-token-0123456789").status_code == 302
    follow(client, "/drafts/1/approve", when="now")
    [sent] = mailbox(seeded).messages(SENT)
    date = next(line for line in sent.read_bytes().splitlines() if line.startswith(b"Date: "))
    assert date.endswith(b"+0200"), date

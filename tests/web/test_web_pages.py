"""The pages: what Upcoming, a briefing, Drafts and History show, and their empty states."""

from __future__ import annotations

from dataclasses import replace

import pytest
from flask.testing import FlaskClient
from markupsafe import escape

from assistant import approval
from assistant.app import App
from assistant.errors import AuthError
from assistant.models import DraftState
from tests.conftest import NOW
from tests.web.conftest import (
    IMG,
    SCRIPT,
    csrf_of,
    make_site,
    seed,
    sign_in,
    upcoming_interview,
)

ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
ESCAPED_IMG = "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"


def text_of(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


def assert_inert(html: str) -> None:
    """Hostile text is shown as text: never as a tag or an attribute."""
    assert SCRIPT not in html
    assert "<img" not in html
    assert "onerror=alert(1)>" not in html


def put_hostile_body(app: App, draft_id: int) -> None:
    with app.exclusive(), app.open_store() as store:
        approval.edit(
            app.services(store, calendars=()),
            draft_id,
            f"Hi {SCRIPT}\n{IMG}\nThanks",
            NOW,
            subject=f"Thanks {IMG}",
        )


def test_upcoming_lists_interviews_ahead_first_with_time_company_and_reasons(
    client: FlaskClient,
) -> None:
    html = text_of(client, "/")
    ahead, just_past, past = (
        html.index("<h2>Initech"),
        html.index("Just past"),
        html.index("<h2>Acme"),
    )
    assert ahead < just_past < past
    # Tomorrow 14:00 in Berlin, the user's zone (the store keeps UTC).
    assert "Tuesday, 13 April 2027, 14:00 CEST" in html
    assert "title names a later round" in html
    assert "/briefing?event=next-1" in html
    assert "3 drafts waiting" in html
    assert "Not a follow-up interview</button>" in html, "what the mark means, not more"


def test_upcoming_shows_the_interviews_own_zone_when_it_differs(web_home: App) -> None:
    seed(web_home, replace(upcoming_interview(), timezone="America/New_York"))
    client = sign_in(make_site(web_home).test_client())
    html = text_of(client, "/")
    assert "Tuesday, 13 April 2027, 14:00 CEST" in html
    assert "(08:00 EDT there)" in html


@pytest.mark.parametrize("zone", ["UTC", "Etc/GMT+5"])
def test_a_utc_invite_gets_no_there_time(web_home: App, zone: str) -> None:
    seed(web_home, replace(upcoming_interview(), timezone=zone))
    client = sign_in(make_site(web_home).test_client())
    html = text_of(client, "/")
    assert "Tuesday, 13 April 2027, 14:00 CEST" in html
    assert " there)" not in html


def test_hostile_event_text_is_escaped_on_every_page(client: FlaskClient, seeded: App) -> None:
    put_hostile_body(seeded, 2)
    for path in ("/", "/drafts", "/briefing?event=past-1", "/briefing/frame?event=past-1"):
        html = text_of(client, path)
        assert_inert(html)
    assert ESCAPED_SCRIPT in text_of(client, "/")
    drafts = text_of(client, "/drafts")
    assert ESCAPED_SCRIPT in drafts and ESCAPED_IMG in drafts
    assert ESCAPED_SCRIPT in text_of(client, "/briefing/frame?event=past-1")
    client.post("/drafts/2/reject", data={"csrf": csrf_of(client)})
    history = text_of(client, "/history")
    assert_inert(history)
    assert ESCAPED_SCRIPT in history and ESCAPED_IMG in history


def test_the_briefing_page_frames_the_rendered_briefing(client: FlaskClient) -> None:
    page = text_of(client, "/briefing?event=next-1")
    assert '<iframe class="briefing"' in page
    assert 'sandbox src="/briefing/frame?event=next-1"' in page
    assert "Nothing is sent from this page" in page
    frame = text_of(client, "/briefing/frame?event=next-1")
    assert "Initech" in frame
    assert "Questions to ask" in frame


def test_an_unknown_interview_or_draft_is_a_clear_404(client: FlaskClient) -> None:
    for path in ("/briefing?event=nope", "/briefing/frame?event=nope", "/no-such-page"):
        response = client.get(path)
        assert response.status_code == 404, path
    assert "no interview with id nope" in client.get("/briefing?event=nope").get_data(as_text=True)
    response = client.post("/drafts/99/reject", data={"csrf": csrf_of(client)})
    assert response.status_code == 404
    assert "no draft with id 99" in response.get_data(as_text=True)


def test_not_a_follow_up_marks_it_like_mark_and_drops_its_pending_jobs(
    client: FlaskClient, seeded: App
) -> None:
    with seeded.open_store() as store:
        assert any(r.job.event_id == "next-1" for r in store.jobs(state=None))
        pending_before = [r for r in store.jobs(event_id="next-1") if r.state.value == "pending"]
    assert pending_before
    response = client.post(
        "/interviews/not-an-interview",
        data={"csrf": csrf_of(client, "/"), "event": "next-1"},
        follow_redirects=True,
    )
    html = response.get_data(as_text=True)
    assert "is marked as not a follow-up interview" in html
    assert "interview-assistant mark next-1 --follow-up" in html
    assert "/briefing?event=next-1" not in html
    with seeded.open_store() as store:
        assert store.overrides() == {"next-1": False}
        states = {r.state.value for r in store.jobs(event_id="next-1")}
    assert "pending" not in states


def test_drafts_show_recipient_subject_body_and_their_flags(
    client: FlaskClient, seeded: App
) -> None:
    html = text_of(client, "/drafts")
    with seeded.open_store() as store:
        for draft in store.drafts():
            assert f"to {draft.to_header}" in html
            assert f'value="{draft.subject}"' in html
            assert f">{escape(draft.body)}</textarea>" in html
    assert "Request for the offer" in html
    assert "No offer assumed: if one was made, run debrief first" in html
    # No organiser: whom to ask is the assistant's choice, at an address the invite gives.
    assert html.count("The assistant chose whom to write to") == 1
    assert "The address was guessed" not in html
    assert html.count('name="csrf"') == 3
    assert (
        "Approve and file in Sent (not emailed)" in html
        and "Reject" in html
        and "Save changes" in html
    )


def test_history_lists_sent_rejected_and_gone_drafts(client: FlaskClient, seeded: App) -> None:
    csrf = csrf_of(client)
    client.post("/drafts/1/approve", data={"csrf": csrf, "when": "now"})
    client.post("/drafts/2/reject", data={"csrf": csrf})
    with seeded.open_store() as store:
        ref = store.draft(3).mailbox_ref
    next(p for p in (seeded.mailbox_path() / ".Drafts" / "cur").iterdir() if ref in p.name).unlink()
    drafts = text_of(client, "/drafts")  # loading Drafts notices the deleted one
    assert "No drafts waiting" in drafts
    history = text_of(client, "/history")
    assert "Filed in the local Sent folder, not emailed ·" in history
    assert "Rejected ·" in history
    assert "Sent or deleted in your mail client" in history
    with seeded.open_store() as store:
        assert [d.state for d in store.drafts()] == [
            DraftState.SENT,
            DraftState.REJECTED,
            DraftState.GONE,
        ]


def test_each_page_has_a_clear_empty_state(web_home: App) -> None:
    client = sign_in(make_site(web_home).test_client())
    assert "No follow-up interviews yet" in text_of(client, "/")
    assert "No drafts waiting" in text_of(client, "/drafts")
    assert "Nothing here yet" in text_of(client, "/history")


def test_the_stylesheet_is_served_locally(client: FlaskClient) -> None:
    response = client.get("/static/style.css")
    assert response.status_code == 200
    assert response.mimetype == "text/css"
    assert "@import" not in response.get_data(as_text=True)
    assert "url(" not in response.get_data(as_text=True)


def test_drafts_still_show_when_the_mailbox_cannot_be_checked(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disconnected(*_: object) -> list[int]:
        raise AuthError("Google said the access was revoked", fix="interview-assistant connect")

    monkeypatch.setattr(approval, "sync_gone", disconnected)
    html = text_of(client, "/drafts")
    assert "Could not check your mailbox" in html and "access was revoked" in html
    assert html.count('class="card draft"') == 3

"""The login link works once; sessions end when idle and after a maximum age; ids out of range are 404."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from flask.testing import FlaskClient

from assistant.app import App
from assistant.errors import NotFoundError
from assistant.store import Store
from assistant.web import create_app
from assistant.web.security import ABSOLUTE_SECONDS, IDLE_SECONDS, issue_login
from tests.conftest import NOW
from tests.web.conftest import TOKEN, csrf_of, make_site, sent_count, sign_in


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def test_the_login_link_works_once(seeded: App) -> None:
    site = make_site(seeded)
    first = sign_in(site.test_client())
    assert first.get("/drafts").status_code == 200
    again = site.test_client()  # someone who read the link from a screen or /proc
    refused = again.get(f"/login?token={TOKEN}")
    assert refused.status_code == 403
    assert "Set-Cookie" not in refused.headers
    assert again.get("/drafts").status_code == 403
    assert first.get("/drafts").status_code == 200, "the user's own session carries on"


def test_each_issued_link_works_once_and_only_for_its_server(seeded: App) -> None:
    site = make_site(seeded)
    extra = issue_login(site)
    assert extra != TOKEN
    client = site.test_client()
    assert client.get(f"/login?token={extra}").status_code == 302
    assert site.test_client().get(f"/login?token={extra}").status_code == 403
    assert make_site(seeded).test_client().get(f"/login?token={extra}").status_code == 403


@pytest.mark.parametrize(
    ("steps", "open_after"),
    [
        # Idle: a request every 29 minutes keeps it; 31 minutes of silence ends it.
        ([IDLE_SECONDS - 60] * 3, True),
        ([IDLE_SECONDS + 60], False),
        # Absolute: busy all along, but 12 hours after login it ends anyway.
        ([IDLE_SECONDS - 60] * (ABSOLUTE_SECONDS // (IDLE_SECONDS - 60) + 1), False),
    ],
    ids=["active", "idle", "too-old"],
)
def test_sessions_expire_when_idle_and_after_a_maximum_age(
    seeded: App, steps: list[int], open_after: bool
) -> None:
    clock = Clock()
    site = create_app(seeded, TOKEN, now=clock)
    site.config["TESTING"] = True
    client = sign_in(site.test_client())
    status = 200
    for seconds in steps:
        clock.now += timedelta(seconds=seconds)
        status = client.get("/drafts").status_code
        if status != 200:
            break
    assert (status == 200) is open_after
    if not open_after:
        clock.now = NOW + timedelta(seconds=sum(steps))
        assert client.get("/drafts").status_code == 403, "an ended session stays ended"


@pytest.mark.parametrize("draft_id", ["1" * 25, "9" * 25, str(2**63), "0", "1" * 26])
@pytest.mark.parametrize("action", ["approve", "reject", "save"])
def test_out_of_range_draft_ids_answer_404(
    client: FlaskClient, seeded: App, draft_id: str, action: str
) -> None:
    response = client.post(f"/drafts/{draft_id}/{action}", data={"csrf": csrf_of(client)})
    assert response.status_code == 404
    assert sent_count(seeded) == 0


def test_the_store_knows_no_draft_beyond_sqlite_integers(store: Store) -> None:
    for draft_id in (10**24, 2**63, 0, -1):
        with pytest.raises(NotFoundError):
            store.draft(draft_id)

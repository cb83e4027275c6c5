"""End to end in headless Chromium: the printed link, a briefing, editing and approving a draft.

A real ``serve`` process runs on a demo home. The browser opens the token URL,
reads a briefing, edits a draft and approves it; the approved text must land in
the Maildir's ``.Sent`` once. Every page is screenshotted into a temp folder, and
every request the pages make must stay on the local server.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from assistant.mail.maildir import SENT, MaildirMailbox
from tests.web.served import Served, launch_chromium, make_demo_home, why_no_browser

pytestmark = [
    pytest.mark.skipif(why_no_browser() is not None, reason=why_no_browser() or ""),
    pytest.mark.time_sensitive,  # a served home on the real clock
]

EDITED = "Hi Chen,\n\nThank you for walking me through the dashboards today.\n\nAlex Demo"


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("web-demo")
    make_demo_home(root, datetime.now(UTC))
    return root


@pytest.fixture(scope="module")
def served(demo_root: Path) -> Iterator[Served]:
    running = Served.start(demo_root)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, served: Served) -> Iterator[Any]:
    """A fresh browser profile that records every request and console complaint."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.requests = []  # type: ignore[attr-defined]
    page.complaints = []  # type: ignore[attr-defined]
    page.on("request", lambda request: page.requests.append(request.url))
    page.on(
        "console",
        lambda message: page.complaints.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: page.complaints.append(str(error)))
    yield page
    context.close()


def assert_stayed_local(page: Any, served: Served, *, refused: bool = False) -> None:
    """Every request went to the local server, and nothing broke the page's policy."""
    elsewhere = [url for url in page.requests if not url.startswith(served.base_url + "/")]
    assert elsewhere == []
    complaints = page.complaints
    if refused:  # the browser reports the 403 of the page itself as a console error
        complaints = [c for c in complaints if "status of 403" not in c]
    assert complaints == []


def test_without_the_link_the_page_is_refused(page: Any, served: Served) -> None:
    response = page.goto(served.base_url + "/drafts")
    assert response.status == 403
    assert "Open the link" in page.inner_text("main")
    assert "Globex" not in page.content()
    assert_stayed_local(page, served, refused=True)


def test_review_edit_and_approve_in_chromium(
    page: Any, served: Served, demo_root: Path, tmp_path: Path
) -> None:
    page.goto(served.login_url)
    assert page.url == served.base_url + "/"  # the token is gone from the address bar
    [cookie] = page.context.cookies()
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert "Acme Robotics" in page.inner_text("main")
    page.screenshot(path=tmp_path / "upcoming.png", full_page=True)

    page.get_by_role("link", name="Read the briefing").first.click()
    briefing = page.frame_locator("iframe.briefing")
    assert "Acme Robotics" in briefing.locator("h1").inner_text()
    page.screenshot(path=tmp_path / "briefing.png", full_page=True)

    stale = page.context.new_page()  # a second tab, left open on the drafts
    stale.goto(served.base_url + "/drafts")

    page.get_by_role("link", name="Drafts").click()
    card = page.locator("article.draft", has_text="chen.wei@globex.example")
    card.locator("textarea").fill(EDITED)
    card.get_by_role("button", name="Approve and file in Sent (not emailed)").click()
    assert "filed in the local Sent folder; it was not emailed" in page.inner_text(".notice")
    assert page.locator("article.draft").count() == 2
    page.screenshot(path=tmp_path / "drafts.png", full_page=True)

    [sent] = MaildirMailbox(demo_root / "mailbox").messages(SENT)
    assert b"walking me through the dashboards" in sent.read_bytes()

    # The stale tab's form, submitted after the send, must not send a second copy.
    stale.locator("article.draft", has_text="chen.wei@globex.example").get_by_role(
        "button", name="Approve and file in Sent (not emailed)"
    ).click()
    assert "already sent" in stale.inner_text(".notice")
    assert len(MaildirMailbox(demo_root / "mailbox").messages(SENT)) == 1

    page.get_by_role("link", name="History").click()
    assert "Filed in the local Sent folder, not emailed ·" in page.inner_text("main")
    page.screenshot(path=tmp_path / "history.png", full_page=True)

    for name in ("upcoming", "briefing", "drafts", "history"):
        assert (tmp_path / f"{name}.png").stat().st_size > 10_000
    assert_stayed_local(page, served)

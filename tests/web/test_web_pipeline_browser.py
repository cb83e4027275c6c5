"""The Pipeline page in headless Chromium, on a served demo home: cards, links, a state set.

Uses the browser test's fixtures (a real ``serve`` on the demo home, a fresh
browser profile per test that records every request). Every request must stay
on the local server; the page is screenshotted into a temp folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.served import Served, why_no_browser
from tests.web.test_web_browser import (  # noqa: F401 (fixtures)
    assert_stayed_local,
    browser,
    demo_root,
    page,
    served,
)

pytestmark = [
    pytest.mark.skipif(why_no_browser() is not None, reason=why_no_browser() or ""),
    pytest.mark.time_sensitive,  # a served home on the real clock
]


def test_the_pipeline_in_chromium(page: Any, served: Served, tmp_path: Path) -> None:  # noqa: F811
    page.goto(served.login_url)
    page.get_by_role("link", name="Pipeline").click()
    assert page.url == served.base_url + "/pipeline"

    cards = page.locator("article.application")
    assert cards.count() == 2
    acme = page.locator("article.application", has_text="Acme Robotics")
    assert acme.locator("table.rounds tbody tr").count() == 2
    assert "screen" in acme.locator("tbody tr").nth(0).inner_text()
    assert "later round" in acme.locator("tbody tr").nth(1).inner_text()
    page.screenshot(path=tmp_path / "pipeline.png", full_page=True)
    assert (tmp_path / "pipeline.png").stat().st_size > 10_000

    globex = page.locator("article.application", has_text="Globex")
    globex.get_by_role("link", name="3 drafts").click()
    assert page.url == served.base_url + "/drafts"
    page.go_back()

    acme = page.locator("article.application", has_text="Acme Robotics")
    acme.get_by_role("link", name="Briefing").click()
    assert "Acme Robotics" in page.frame_locator("iframe.briefing").locator("h1").inner_text()

    page.get_by_role("link", name="Pipeline").click()
    globex = page.locator("article.application", has_text="Globex")
    globex.get_by_label("State").select_option("closed")
    globex.get_by_label("Note").fill("took the Acme offer")
    globex.get_by_role("button", name="Save").click()
    assert "Globex is now closed." in page.inner_text(".notice")
    closed = page.locator("article.application", has_text="Globex")
    assert "Next: closed: took the Acme offer" in closed.inner_text()
    assert_stayed_local(page, served)

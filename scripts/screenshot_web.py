#!/usr/bin/env python3
"""Screenshot each page of the local review page (``interview-assistant serve``).

    python scripts/screenshot_web.py [OUT_DIR]      # every page, into OUT_DIR (default: a temp folder)
    python scripts/screenshot_web.py --readme       # the README's pictures, into docs/
    python scripts/screenshot_web.py --page pipeline docs/   # one page only

It builds a demo home (the bundled example calendar, one pass), starts a real
``serve`` on it, and drives Debian's Chromium with Playwright: Upcoming, a
briefing, Drafts, the Pipeline, then History after one draft is approved and one rejected.
Nothing touches the network: the page only talks to 127.0.0.1, and Chromium
runs with background networking off. Needs ``apt-get install chromium``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.web.served import Served, launch_chromium, make_demo_home, why_no_browser  # noqa: E402

# The README shows these; keep them small (1x scale, a laptop-sized window).
README_PAGES = ("upcoming", "drafts", "pipeline")
PAGES = ("upcoming", "briefing", "drafts", "pipeline", "history")
VIEWPORT = {"width": 1000, "height": 760}


def shoot(page: Any, out: Path, name: str, full: bool = True, down_to: str = "") -> Path:
    """Screenshot the page (whole, or the window), or from the top down to ``down_to``."""
    target = out / f"web-{name}.png"
    if down_to:
        box = page.locator(down_to).first.bounding_box()
        clip = {"x": 0, "y": 0, "width": VIEWPORT["width"], "height": box["y"] + box["height"] + 20}
        page.screenshot(path=str(target), full_page=True, clip=clip)
    else:
        page.screenshot(path=str(target), full_page=full)
    print(f"wrote {target} ({target.stat().st_size // 1024} kB)")
    return target


def take(out: Path, names: tuple[str, ...] | None = None) -> list[Path]:
    """Screenshot the pages in ``names`` (all of them when None) into ``out``."""
    from playwright.sync_api import sync_playwright

    wanted = names or PAGES
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ia-web-shots-") as folder:
        home = Path(folder) / "home"
        make_demo_home(home, datetime.now(UTC))
        served = Served.start(home)
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1, locale="en-GB")
                page.goto(served.login_url)
                if "upcoming" in wanted:
                    written.append(shoot(page, out, "upcoming"))
                if "briefing" in wanted:
                    page.get_by_role("link", name="Read the briefing").first.click()
                    page.frame_locator("iframe.briefing").locator("h1").wait_for()
                    written.append(shoot(page, out, "briefing", full=False))
                page.goto(served.base_url + "/drafts")
                if "drafts" in wanted:
                    written.append(shoot(page, out, "drafts", down_to="article.draft"))
                if "pipeline" in wanted:
                    page.goto(served.base_url + "/pipeline")
                    written.append(shoot(page, out, "pipeline"))
                if "history" in wanted:
                    page.goto(served.base_url + "/drafts")
                    drafts = page.locator("article.draft")
                    drafts.nth(0).get_by_role(
                        "button", name="Approve and file in Sent (not emailed)"
                    ).click()
                    page.locator("article.draft").nth(0).get_by_role(
                        "button", name="Reject"
                    ).click()
                    page.get_by_role("link", name="History").click()
                    written.append(shoot(page, out, "history"))
                browser.close()
        finally:
            served.stop()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, help="folder for the PNGs")
    parser.add_argument(
        "--readme", action="store_true", help="write only the README's pictures, into docs/"
    )
    parser.add_argument(
        "--page", choices=PAGES, action="append", help="only this page (repeatable)"
    )
    args = parser.parse_args()
    reason = why_no_browser()
    if reason:
        print(f"cannot take screenshots: {reason}", file=sys.stderr)
        return 1
    if args.readme:
        out = REPO / "docs"
    else:
        out = args.out or Path(tempfile.mkdtemp(prefix="ia-web-screenshots-"))
    out.mkdir(parents=True, exist_ok=True)
    take(out, tuple(args.page) if args.page else (README_PAGES if args.readme else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())

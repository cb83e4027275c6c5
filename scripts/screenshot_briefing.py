#!/usr/bin/env python3
"""Render a sample briefing's HTML and screenshot it in headless Chromium.

    python scripts/screenshot_briefing.py [--out docs] [--html FILE] [--chromium PATH]

Writes ``briefing-desktop.png`` (1200 px wide) and ``briefing-phone.png`` (390 px)
into ``--out``, to look at before and after changing the briefing's layout; the
sample's HTML is kept only when ``--html`` names a file. Each page is measured first (``--dump-dom`` with a one-line
script added to a copy of the page), so the screenshot holds the whole briefing.
Not part of CI; needs Chromium (``apt-get install -y chromium``); Pillow, when
installed, shrinks the PNGs with a 128-colour palette. Nothing here
touches the network: Chromium is started with background networking off and the
page fetches nothing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.briefing import BriefingFacts, PreviousRound  # noqa: E402
from assistant.compose import User, compose_briefing  # noqa: E402
from assistant.config import SalarySettings  # noqa: E402
from assistant.models import Attendee, Detection, Event, PartStat, Verdict  # noqa: E402
from assistant.salary.advice import advise  # noqa: E402
from assistant.templating import Renderer  # noqa: E402

WIDTHS = {"desktop": 1200, "phone": 390}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def sample_html() -> str:
    """A briefing with most of what a real one has: two people, round 1, a test, figures."""
    berlin, new_york = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
    now = datetime(2027, 4, 12, 9, 0, tzinfo=berlin)
    start = datetime(2027, 4, 13, 10, 0, tzinfo=new_york)
    me = Attendee("alex@example.com", "Alex Rivera", PartStat.ACCEPTED, is_self=True)
    jordan = Attendee("jordan.lee@acme-robotics.example", "Jordan Lee", is_organizer=True)
    priya = Attendee("priya@acme-robotics.example", "Priya Raman (Staff Engineer)")
    event = Event(
        uid="sample-2nd-round",
        start=start,
        end=start + timedelta(minutes=90),
        summary="Second interview: Engineering Manager at Acme Robotics",
        description=(
            "Hi Alex, thanks again for your time last week!\n"
            "You'll meet Jordan Lee, Director of Engineering, and Priya Raman.\n"
            "Please bring a laptop: there is a 30-minute coding exercise.\n"
            "Join: https://acme-robotics.zoom.us/j/5551234567"
        ),
        location="Acme Robotics, 200 Park Ave S, New York, NY 10003",
        organizer=jordan,
        attendees=(me, jordan, priya),
        timezone="America/New_York",
    )
    verdict = Verdict(
        is_follow_up=True,
        confidence=0.9,
        reasons=("title names a later round",),
        company="Acme Robotics",
        role="Engineering Manager",
        supervisory=True,
        interviewers=(jordan, priya),
        mentions_test=True,
    )
    detection = Detection(event, verdict)
    facts = BriefingFacts(
        user_name="Alex Rivera",
        user_tz=berlin,
        now=now,
        previous=PreviousRound(
            "Interview: Acme Robotics (recruiter call)",
            now - timedelta(days=9),
            ("fleet telemetry", "on-call"),
            {"jordan.lee@acme-robotics.example": "wants faster releases"},
            ("jordan.lee@acme-robotics.example",),
        ),
        salary=advise(detection, SalarySettings()),
    )
    user = User("Alex Rivera", "alex@example.com", berlin)
    message = compose_briefing(detection, facts, user, Renderer(), "sample", now)
    return message.get_body(preferencelist=("html",)).get_content()  # type: ignore[union-attr]


def chromium(binary: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return done.stdout


def page_height(binary: str, page: Path, width: int) -> int:
    """The page's full height at ``width``, read from a measuring copy of it."""
    probe = page.with_name(f"probe-{width}.html")
    # --dump-dom lays pages out at least 500 px wide whatever --window-size says, so
    # the probe pins its own width to lay out exactly as the screenshot will.
    script = (
        f"<style>html{{width:{width}px}}</style>"
        "<script>document.body.dataset.h=document.documentElement.scrollHeight</script>"
    )
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"))
    try:
        dom = chromium(binary, "--dump-dom", f"--window-size={width},800", probe.as_uri())
    finally:
        probe.unlink()
    found = re.search(r'data-h="(\d+)"', dom)
    return int(found.group(1)) if found else 2400


def shrink(png: Path) -> None:
    """Cut the file to about a third with a 128-colour palette, when Pillow is installed.

    Pillow is optional (not a project dependency): without it the PNG stays as is.
    """
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as shot:
        small = shot.convert("RGB").quantize(
            128, Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
        )
    small.save(png, optimize=True)


def shoot(binary: str, page: Path, width: int, target: Path) -> None:
    """One screenshot of the whole page at ``width``."""
    height = page_height(binary, page, width)
    chromium(binary, f"--screenshot={target}", f"--window-size={width},{height}", page.as_uri())
    shrink(target)
    print(f"{target} ({width}x{height}, {target.stat().st_size // 1024} kB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--html", type=Path, help="also keep the sample briefing's HTML here")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    options = parser.parse_args()
    if not Path(options.chromium).exists():
        print("Chromium not found: apt-get install -y chromium, or pass --chromium PATH")
        return 1
    options.out.mkdir(parents=True, exist_ok=True)
    html = sample_html()
    if options.html:
        options.html.write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "briefing-sample.html"
        page.write_text(html, encoding="utf-8")
        for name, width in WIDTHS.items():
            shoot(options.chromium, page, width, options.out / f"briefing-{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A real ``serve`` process on a demo home, and headless Chromium to drive it.

Shared by the end-to-end tests and ``scripts/screenshot_web.py``. Chromium is
Debian's ``/usr/bin/chromium`` driven by Playwright (never ``playwright install``);
where it is missing, the tests that need it skip with the reason.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from assistant.app import App
from assistant.demo import demo_config, write_demo_calendar
from assistant.paths import Home

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEMO_ZONE = "Europe/Berlin"
START_TIMEOUT = 20.0


def why_no_browser() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    return None


def make_demo_home(root: Path, now: datetime) -> App:
    """The demo's calendar and config in ``root``, after one pass at ``now``.

    One pass is enough for the page: the follow-up interview tomorrow is listed,
    and the one that ended an hour ago already has its three drafts.
    """
    from assistant.cli.passes import tick_once

    root.mkdir(parents=True, exist_ok=True)
    calendar = write_demo_calendar(root / "example.ics", now, ZoneInfo(DEMO_ZONE))
    config = demo_config(calendar, root / "mailbox", DEMO_ZONE)
    (root / "config.toml").write_text(config, encoding="utf-8")
    app = App.load(Home.at(root))
    tick_once(app, now)
    return app


@dataclass
class Served:
    """A running ``interview-assistant serve`` and the URL it printed."""

    process: subprocess.Popen[str]
    login_url: str
    output: queue.Queue[str]

    @property
    def base_url(self) -> str:
        return self.login_url.split("/login", 1)[0]

    @classmethod
    def start(cls, home: Path, *extra: str) -> Served:
        """Start ``python -m assistant serve --port 0`` on ``home``; wait for its URL."""
        env = {**os.environ, "INTERVIEW_ASSISTANT_HOME": str(home), "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--port", "0", *extra],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # A thread reads the output, so a server that never prints cannot hang the caller.
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True).start()
        printed = ""
        while True:
            try:
                line = lines.get(timeout=START_TIMEOUT)
            except queue.Empty:
                line = ""
            printed += line
            found = re.search(r"http://127\.0\.0\.1:\d+/login\?token=[\w-]+", line)
            if found:
                return cls(process, found.group(0), lines)
            if not line:
                process.kill()
                process.wait()
                raise RuntimeError(f"serve did not print its URL:\n{printed}")

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, as a user would; returns the exit code and what it printed after."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        printed = []
        while True:
            line = self.output.get(timeout=5)
            if not line:
                break
            printed.append(line)
        return self.process.returncode, "".join(printed)


def _pump(stream: IO[str], lines: queue.Queue[str]) -> None:
    """Copy ``stream``'s lines into ``lines``; an empty string marks its end."""
    for line in stream:
        lines.put(line)
    lines.put("")


def launch_chromium(playwright: Any) -> Any:
    """Headless Debian Chromium, with nothing that phones home."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
    )

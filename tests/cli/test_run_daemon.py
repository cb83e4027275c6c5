"""`run` in a real process: it works, sleeps, and stops cleanly on SIGTERM and SIGINT."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli_basics import configure, interview_ics


@pytest.mark.time_sensitive
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_run_delivers_then_stops_cleanly_on_a_signal(tmp_path: Path, signum: int):
    home = tmp_path / "home"
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=3)
    configure(home, interview_ics(tmp_path / "cal.ics", soon))
    # The process runs on the real clock: without quiet hours the briefing (due at once,
    # the interview being 3 hours away) goes out at any hour of the day.
    with (home / "config.toml").open("a") as config:
        config.write('[schedule]\nquiet_hours = ""\n')
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "run"],
        env={**os.environ, "INTERVIEW_ASSISTANT_HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    inbox = home / "mailbox" / "new"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (inbox.is_dir() and any(inbox.iterdir())):
        time.sleep(0.1)  # waiting on a real process, not on the code under test
    process.send_signal(signum)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "stopped." in out
    assert len(list(inbox.iterdir())) == 1

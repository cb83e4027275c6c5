"""``drafts list`` with drafts waiting reads the store and the mailbox, nothing more.

Each draft's reason is stored when it is made (migration ``0004_draft_reason``), so
listing needs no detection, composing or templates. Drafts made before that have no
stored reason: they still list with the reason planned again from their interview.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from assistant.mail.maildir import DRAFTS
from assistant.paths import Home
from tests.cli.test_drafts_cli import AFTER, Maildir, listed, maildir  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
# Loaded only by detection, planning, composing, templates or a provider's client, and
# the home's lock, taken only when a draft's mailbox copy is gone.
HEAVY = (
    "filelock",
    "assistant.detect",
    "assistant.briefing",
    "assistant.compose",
    "assistant.approval",
    "assistant.templating",
    "assistant.drafting.plan",
    "jinja2",
    "icalendar",
    "nameparser",
    "googleapiclient",
    "google.auth",
    "msal",
    "requests",
)
PROBE = (
    "import json, sys\n"
    "from assistant.cli import cli\n"
    "try:\n    cli(['drafts', 'list', '--now', sys.argv[1]], prog_name='interview-assistant')\n"
    "except SystemExit:\n    pass\n"
    "heavy = tuple(json.loads(sys.argv[2]))\n"
    "print('LOADED=' + json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))\n"
)


def list_in_a_new_process(home: Path) -> tuple[str, list[str]]:
    """``drafts list``'s output and the :data:`HEAVY` modules it loaded, in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "INTERVIEW_ASSISTANT_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, AFTER, json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    output, _, marker = done.stdout.rpartition("LOADED=")
    return output, json.loads(marker)


def forget_reasons(home: Path) -> None:
    """Make the drafts look as drafts made before migration 0004 do: no stored reason."""
    with sqlite3.connect(Home.at(home).database) as db:
        db.execute("UPDATE drafts SET reason = NULL")


def test_drafts_list_with_drafts_loads_no_detection_composing_or_provider(
    maildir: Maildir,  # noqa: F811
    home: Path,
):
    output, loaded = list_in_a_new_process(home)
    assert output.count("why: ") == 3 and "to priya@acme.example" in output
    assert loaded == []


def test_drafts_made_before_reasons_were_stored_list_the_same_reasons(
    maildir: Maildir,  # noqa: F811
    home: Path,
):
    stored = [row["reason"] for row in listed()]
    assert all(stored), stored
    forget_reasons(home)
    assert [row["reason"] for row in listed()] == stored
    # The probe is not blind: planning the old drafts' reasons again loads detection.
    output, loaded = list_in_a_new_process(home)
    assert output.count("why: ") == 3
    assert "assistant.detect" in loaded and "assistant.drafting.plan" in loaded


def test_a_draft_deleted_in_the_mail_client_is_listed_as_gone(
    maildir: Maildir,  # noqa: F811
    home: Path,
):
    for path in maildir.box.messages(DRAFTS):
        if b"sam@acme.example" in path.read_bytes():
            path.unlink()
    output, loaded = list_in_a_new_process(home)
    assert "sam@acme.example" not in output and output.count("why: ") == 2
    assert loaded and all(m.startswith("filelock") for m in loaded), "the lock, nothing more"
    states = {row["to"]: row["state"] for row in listed()}
    assert states["sam@acme.example"] == "gone" and states["priya@acme.example"] == "drafted"

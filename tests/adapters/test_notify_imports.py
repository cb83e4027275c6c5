"""Commands that never notify never load Apprise, even with [notify] urls configured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.adapters.test_google_imports import PROBE

APPRISE = ("apprise",)


def _loaded(home: Path, args: list[str], code: str = PROBE) -> list[str]:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[notify]\nurls = ["json://127.0.0.1:9/hook"]\n', encoding="utf-8"
    )
    env = {**os.environ, "INTERVIEW_ASSISTANT_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(args), json.dumps(APPRISE)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    marker = next(line for line in result.stdout.splitlines() if line.startswith("LOADED="))
    return json.loads(marker[len("LOADED=") :])


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["pipeline", "--now", "2027-04-12T09:00:00Z"],
        ["pipeline", "--json", "--now", "2027-04-12T09:00:00Z"],
        ["status", "--now", "2027-04-12T09:00:00Z"],
        ["drafts", "list"],
    ],
)
def test_commands_that_do_not_notify_do_not_import_apprise(tmp_path: Path, args: list[str]) -> None:
    assert _loaded(tmp_path / "home", args) == []


def test_the_probe_would_notice_apprise_being_imported(tmp_path: Path) -> None:
    code = PROBE.replace(
        "from assistant.cli import main", "import apprise\nfrom assistant.cli import main"
    )
    assert "apprise" in _loaded(tmp_path / "home", ["--help"], code)

"""Commands that never talk to Microsoft never load msal (start-up time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.adapters.test_google_imports import PROBE

MICROSOFT_MODULES = ("msal",)


def loaded(tmp_path: Path, args: list[str], code: str = PROBE) -> list[str]:
    env = {**os.environ, "INTERVIEW_ASSISTANT_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(args), json.dumps(MICROSOFT_MODULES)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    marker = next(line for line in result.stdout.splitlines() if line.startswith("LOADED="))
    found: list[str] = json.loads(marker[len("LOADED=") :])
    return found


@pytest.mark.parametrize(
    "args", [["--help"], ["drafts", "list"], ["connect", "microsoft", "--help"], ["status"]]
)
def test_local_commands_do_not_import_msal(tmp_path: Path, args: list[str]) -> None:
    assert loaded(tmp_path, args) == []


def test_the_probe_would_notice_msal_being_imported(tmp_path: Path) -> None:
    code = PROBE.replace(
        "from assistant.cli import main", "import msal\nfrom assistant.cli import main"
    )
    assert "msal" in loaded(tmp_path, ["--help"], code)

"""Commands that never talk to Google never load the Google libraries (start-up time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOGLE_MODULES = ("googleapiclient", "google.auth", "google.oauth2", "google_auth_oauthlib")

PROBE = """
import json, sys
args, prefixes = json.loads(sys.argv[1]), tuple(json.loads(sys.argv[2]))
from assistant.cli import main
sys.argv = ["interview-assistant", *args]
try:
    main()
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.startswith(prefixes))
print("LOADED=" + json.dumps(loaded))
"""


def loaded(
    tmp_path: Path, args: list[str], prefixes: tuple[str, ...], code: str = PROBE
) -> list[str]:
    """The modules starting with ``prefixes`` that running the CLI with ``args`` loads,
    in a fresh process with an empty home."""
    env = {**os.environ, "INTERVIEW_ASSISTANT_HOME": str(tmp_path / "home")}
    env.pop("INTERVIEW_ASSISTANT_GOOGLE_API_ROOT", None)
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(args), json.dumps(prefixes)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    marker = next(line for line in result.stdout.splitlines() if line.startswith("LOADED="))
    found: list[str] = json.loads(marker[len("LOADED=") :])
    return found


@pytest.mark.parametrize("args", [["--help"], ["drafts", "list"]])
def test_local_commands_do_not_import_google(tmp_path: Path, args: list[str]) -> None:
    assert loaded(tmp_path, args, GOOGLE_MODULES) == []


def test_the_probe_would_notice_google_being_imported(tmp_path: Path) -> None:
    code = PROBE.replace(
        "from assistant.cli import main",
        "import googleapiclient.discovery\nfrom assistant.cli import main",
    )
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(["--help"]), json.dumps(GOOGLE_MODULES)],
        capture_output=True,
        text=True,
        env={**os.environ, "INTERVIEW_ASSISTANT_HOME": str(tmp_path / "home")},
        timeout=60,
    )
    assert "googleapiclient" in result.stdout

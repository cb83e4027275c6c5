"""Commands that never talk to Microsoft never load msal (start-up time)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adapters.test_google_imports import PROBE, loaded

MICROSOFT_MODULES = ("msal",)


@pytest.mark.parametrize(
    "args", [["--help"], ["drafts", "list"], ["connect", "microsoft", "--help"], ["status"]]
)
def test_local_commands_do_not_import_msal(tmp_path: Path, args: list[str]) -> None:
    assert loaded(tmp_path, args, MICROSOFT_MODULES) == []


def test_the_probe_would_notice_msal_being_imported(tmp_path: Path) -> None:
    code = PROBE.replace(
        "from assistant.cli import main", "import msal\nfrom assistant.cli import main"
    )
    assert "msal" in loaded(tmp_path, ["--help"], MICROSOFT_MODULES, code)

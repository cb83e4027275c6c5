"""Commands that never notify never load Apprise, even with [notify] urls configured."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adapters.test_google_imports import PROBE, loaded

APPRISE = ("apprise",)


def _loaded(tmp_path: Path, args: list[str], code: str = PROBE) -> list[str]:
    """What ``args`` loads of Apprise in a home whose config has [notify] urls."""
    home = tmp_path / "home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[notify]\nurls = ["json://127.0.0.1:9/hook"]\n', encoding="utf-8"
    )
    return loaded(tmp_path, args, APPRISE, code)


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
    assert _loaded(tmp_path, args) == []


def test_the_probe_would_notice_apprise_being_imported(tmp_path: Path) -> None:
    code = PROBE.replace(
        "from assistant.cli import main", "import apprise\nfrom assistant.cli import main"
    )
    assert "apprise" in _loaded(tmp_path, ["--help"], code)

"""`scan --calendar FILE` names the flag, not config.toml, when the file is missing: the
path came from the command line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli


def test_a_missing_file_given_to_the_flag_points_at_the_flag(home: Path, tmp_path: Path):
    result = CliRunner().invoke(cli, ["scan", "--calendar", str(tmp_path / "nope.ics")])
    assert result.exit_code == 1
    [line] = result.output.splitlines()
    assert line.endswith("no such file (check the path given to --calendar)")
    assert "config.toml" not in line

"""A mistyped command is answered with the closest one, at the top as in the groups:
the top-level commands are imported only when called, so click alone would offer none."""

from __future__ import annotations

from click.testing import CliRunner

from assistant.cli import cli


def test_a_mistyped_top_level_command_is_offered_the_closest():
    result = CliRunner().invoke(cli, ["scna"])
    assert result.exit_code == 2
    assert "No such command 'scna'. Did you mean 'scan'?" in result.output


def test_a_mistyped_command_in_a_group_is_offered_the_closest():
    result = CliRunner().invoke(cli, ["drafts", "aprove"])
    assert "Did you mean 'approve'?" in result.output


def test_nothing_is_offered_when_nothing_is_close():
    result = CliRunner().invoke(cli, ["xyzzy"])
    assert result.exit_code == 2
    assert "Did you mean" not in result.output


def test_operator_commands_are_not_offered_to_a_single_user(monkeypatch):
    monkeypatch.delenv("INTERVIEW_ASSISTANT_DATABASE_URL", raising=False)
    result = CliRunner().invoke(cli, ["workr"])
    assert "'worker'" not in result.output

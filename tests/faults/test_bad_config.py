"""A config.toml with every kind of mistake: every problem listed at once, exit 2.

One pass through the file must name each bad key with what is allowed, so a
person fixes them all in one edit instead of one per run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli

# (TOML line inside its section, the key the message must name)
MISTAKES = {
    "user": [
        ('email = "not an address"', "'user.email'"),
        ('timezone = "Mars/Olympus_Mons"', "'user.timezone'"),
        ('language = "klingon"', "'user.language'"),
        ("name = 42", "'user.name'"),
        ('nickname = "Al"', "unknown key 'user.nickname'"),
    ],
    "calendar": [
        ("ics = [1, 2]", "'calendar.ics'"),
        ("google = 3", "'calendar.google'"),
        ("window_days = -3", "'calendar.window_days'"),
    ],
    "detect": [
        ("threshold = 2.5", "'detect.threshold'"),
        ('ignore_patterns = ["(unclosed"]', "'detect.ignore_patterns'"),
    ],
    "mail": [('backend = "smtp"', "'mail.smtp.host' is needed")],
    "mail.smtp": [
        ("port = 99999", "'mail.smtp.port'"),
        ('security = "maybe"', "'mail.smtp.security'"),
    ],
    "schedule": [
        ('briefing_lead = ["tomorrow"]', "'schedule.briefing_lead'"),
        ('poll = "often"', "'schedule.poll'"),
        ('quiet_hours = "late"', "'schedule.quiet_hours'"),
    ],
    "salary": [
        ("min = 150000", "'salary.min' is larger than 'salary.max'"),
        ("max = 90000", "'salary.min' is larger than 'salary.max'"),
        ('pins = { Acme = "developer" }', "'salary.pins'"),
    ],
    "nonsense": [("x = 1", "unknown key 'nonsense'")],
}


def write_config(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    sections = [
        f"[{section}]\n" + "".join(f"{line}\n" for line, _ in lines)
        for section, lines in MISTAKES.items()
    ]
    # The user's email is also needed by the smtp backend: its absence is one more problem.
    (home / "config.toml").write_text("\n".join(sections))


def test_every_problem_is_listed_and_tick_exits_2(home: Path):
    write_config(home)
    result = CliRunner().invoke(cli, ["tick"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    missing = [
        expected
        for lines in MISTAKES.values()
        for _, expected in lines
        if expected not in result.output
    ]
    assert missing == [], result.output
    listed = [line for line in result.output.splitlines() if line.startswith("  - ")]
    assert len(listed) >= sum(len(lines) for lines in MISTAKES.values()) - 1
    assert str(home / "config.toml") in result.output


@pytest.mark.parametrize("command", [["status"], ["drafts", "list"], ["scan"]])
def test_other_commands_refuse_the_same_way(home: Path, command: list[str]):
    write_config(home)
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 2, result.output
    assert "'user.timezone'" in result.output and "Traceback" not in result.output


def test_a_file_that_is_not_toml_says_where(home: Path):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[user\nname = "unterminated\n')
    result = CliRunner().invoke(cli, ["tick"])
    assert result.exit_code == 2
    assert "not valid TOML" in result.output and "line 1" in result.output

"""Configuration: defaults, the commented example, and every mistake reported at once."""

from __future__ import annotations

import re
import tomllib
from datetime import time, timedelta
from pathlib import Path

import pytest

from assistant.config import Settings, iter_keys, load_settings, parse_settings
from assistant.errors import ConfigError
from assistant.paths import Home
from tests.conftest import REPO

EXAMPLE = REPO / "config" / "config.example.toml"


def test_no_file_means_every_default(tmp_path: Path):
    settings = load_settings(tmp_path / "config.toml")
    assert settings == Settings()
    assert settings.schedule.briefing_lead == (timedelta(hours=24),)
    assert settings.schedule.drafts_after == timedelta(minutes=30)
    assert settings.schedule.poll == timedelta(minutes=5)
    assert settings.schedule.quiet_hours == (time(21), time(7))
    assert settings.mail.backend == "local"


def test_the_example_parses_and_names_every_key():
    text = EXAMPLE.read_text()
    parse_settings(tomllib.loads(text))
    mentioned = set(re.findall(r"^#?\s*([a-z_]+)\s*=", text, re.M))
    missing = [key for key in iter_keys() if key.rsplit(".", 1)[-1] not in mentioned]
    assert missing == []


def test_every_problem_is_reported_with_its_key_and_what_is_allowed():
    raw = {
        "user": {"email": "not-an-address", "timezone": "Mars/Olympus", "shoe_size": 44},
        "schedule": {"briefing_lead": ["soon"], "quiet_hours": "late"},
        "mail": {"backend": "pigeon"},
        "detect": {"threshold": 3, "ignore_patterns": ["(unclosed"]},
        "nonsense": {"a": 1},
    }
    with pytest.raises(ConfigError) as caught:
        parse_settings(raw, path="config.toml")
    problems = "\n".join(caught.value.problems)
    for fragment in [
        "'user.email'",
        "an email address",
        "'user.timezone'",
        "IANA timezone",
        "unknown key 'user.shoe_size'",
        "'schedule.briefing_lead'",
        '"24h"',
        "'schedule.quiet_hours'",
        "'mail.backend'",
        '"local"',
        "'detect.threshold'",
        "from 0 to 1",
        "not a regex",
        "unknown key 'nonsense'",
    ]:
        assert fragment in problems
    assert len(caught.value.problems) == 9
    assert caught.value.exit_code == 2


def test_durations_and_lead_lists():
    settings = parse_settings({"schedule": {"briefing_lead": ["2h", "1d"], "drafts_after": "90s"}})
    assert settings.schedule.briefing_lead == (timedelta(days=1), timedelta(hours=2))
    assert settings.schedule.drafts_after == timedelta(seconds=90)
    assert parse_settings({"schedule": {"quiet_hours": ""}}).schedule.quiet_hours is None


def test_invalid_toml_is_one_clear_problem(tmp_path: Path):
    path = tmp_path / "config.toml"
    path.write_text("[user\nname = 1")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(path)


def test_home_env_holds_everything_and_is_created(tmp_path: Path):
    home = Home.from_env({"INTERVIEW_ASSISTANT_HOME": str(tmp_path / "h")}).ensure()
    assert home.config_file == tmp_path / "h" / "config.toml"
    assert home.database.parent == tmp_path / "h"
    assert home.default_mailbox == tmp_path / "h" / "mailbox"
    assert (tmp_path / "h").is_dir()


def test_without_the_env_platform_dirs_are_used():
    home = Home.from_env({})
    assert "interview-assistant" in str(home.config_dir)
    assert "interview-assistant" in str(home.data_dir)


def test_day_counts_and_dollar_amounts_say_what_they_are():
    with pytest.raises(ConfigError) as caught:
        parse_settings({"calendar": {"window_days": "sixty"}, "salary": {"min": -5}})
    problems = "\n".join(caught.value.problems)
    assert "'calendar.window_days'" in problems and "whole number of days" in problems
    assert "'salary.min'" in problems and "dollars per year" in problems

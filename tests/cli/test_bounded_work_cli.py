"""Bounded work as a user sees it: ``tick``, ``scan --explain`` and ``status``.

A hostile calendar (a zone repeating every second, an interview repeating every
quarter hour) sits beside a real interview. The passes end in seconds, the real
interview is acted on, and each warning reaches tick and status once.
"""

from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.config import parse_settings
from assistant.errors import ConfigError
from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from tests.cli.test_cli_basics import START, configure, interview_ics
from tests.conftest import DATA

BOUND_SECONDS = 10.0


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def timed(*args: str):
    began = time.perf_counter()
    result = invoke(*args)
    assert time.perf_counter() - began < BOUND_SECONDS
    return result


def quarter_hour_interviews(path: Path, days: int = 2) -> Path:
    """The issue's "Second interview" every 15 minutes, ending after ``days`` days."""
    text = (DATA / "ics" / "series_hourly_byminute_quarter_hours.ics").read_text()
    until = (START + timedelta(days=days)).strftime("%Y%m%dT%H%M%SZ")
    text = text.replace("BYMINUTE=0,15,30,45", f"BYMINUTE=0,15,30,45;UNTIL={until}")
    text = text.replace("20270413T", START.strftime("%Y%m%dT"))
    path.write_text(text)
    return path


def test_a_zone_repeating_every_second_costs_seconds_and_warns_once(home: Path, tmp_path: Path):
    hostile = DATA / "ics" / "vtimezone_standard_rrule_secondly.ics"
    configure(home, hostile, interview_ics(tmp_path / "cal.ics", START))
    first = timed("tick", "--now", "2027-04-11T12:00:00Z")
    assert first.exit_code == 0, first.output
    assert "1 follow-up interview." in first.output
    assert first.output.count("ignored time zone Custom/Busy") == 1
    second = timed("tick", "--now", "2027-04-11T12:05:00Z")
    assert "Custom/Busy" not in second.output  # shown once, not every pass

    status = invoke("status", "--json", "--now", "2027-04-11T12:06:00Z")
    problems = [p["message"] for p in json.loads(status.output)["problems"]]
    assert sum("Custom/Busy" in p for p in problems) == 1
    assert any("Team sync" in p for p in problems)


def test_scan_warns_about_the_zone_and_lists_the_event(home: Path):
    configure(home, DATA / "ics" / "vtimezone_standard_rrule_secondly.ics")
    result = CliRunner().invoke(
        cli, ["scan", "--all", "--from", "2027-04-01", "--to", "2027-05-01"]
    )
    assert result.exit_code == 0, result.output
    assert "Team sync" in result.output
    assert result.output.count("ignored time zone Custom/Busy") == 1


def test_an_interview_every_quarter_hour_is_not_acted_on_and_explained(home: Path, tmp_path: Path):
    configure(home, quarter_hour_interviews(tmp_path / "flood.ics"))
    scan = timed("scan", "--explain", "--all", "--from", "2027-04-12", "--to", "2027-04-20")
    assert "follow-up" not in scan.output.replace("not acted on", "")
    assert "15 minutes apart" in scan.output and "at least a day apart" in scan.output
    data = json.loads(
        invoke("scan", "--json", "--all", "--from", "2027-04-12", "--to", "2027-04-20").output
    )
    # Every quarter hour from 09:00 on 13 April to UNTIL, 12:00 on 15 April: 51 h × 4 + 1.
    assert len(data) == 205 and not any(d["is_second_interview"] for d in data)

    tick = timed("tick", "--now", "2027-04-12T12:00:00Z")
    assert "0 follow-up interviews" in tick.output
    mailbox = MaildirMailbox(home / "mailbox")
    assert mailbox.messages(INBOX) == [] and mailbox.messages(DRAFTS) == []


def test_a_daily_byhour_flood_is_not_acted_on(home: Path, tmp_path: Path):
    """DAILY;BYHOUR=9,10,11 makes three interviews a day: sub-daily like HOURLY."""
    text = (DATA / "ics" / "series_hourly_byminute_quarter_hours.ics").read_text()
    path = tmp_path / "byhour.ics"
    path.write_text(text.replace("FREQ=HOURLY;BYMINUTE=0,15,30,45", "FREQ=DAILY;BYHOUR=9,10,11"))
    configure(home, path)
    args = ("scan", "--json", "--all", "--from", "2027-04-12", "--to", "2027-04-20")
    data = json.loads(timed(*args).output)
    assert len(data) == 7 * 3 and not any(d["is_second_interview"] for d in data)
    assert all("60 minutes apart" in d["reasons"][-1] for d in data)


def test_an_endless_quarter_hour_series_is_refused_at_the_source(home: Path):
    """The issue's input, without an end: refused before expansion, with a warning."""
    configure(home, DATA / "ics" / "series_hourly_byminute_quarter_hours.ics")
    tick = timed("tick", "--now", "2027-04-12T12:00:00Z")
    assert "flood-1" in tick.output and "times in the window" in tick.output
    assert MaildirMailbox(home / "mailbox").messages(INBOX) == []


def test_the_message_cap_warning_reaches_tick_and_status(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    with (home / "config.toml").open("a") as config:
        config.write("[limits]\nmessages_per_pass = 1\n")
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    tick = invoke("tick", "--now", "2027-04-13T15:00:00Z")  # two drafts and a note are due
    assert tick.output.count("messages_per_pass") == 1
    status = json.loads(invoke("status", "--json", "--now", "2027-04-13T15:01:00Z").output)
    assert sum("messages_per_pass" in p["message"] for p in status["problems"]) == 1


@pytest.mark.parametrize(
    ("limits", "fragment"),
    [
        ({"calendar_seconds": 0}, "'limits.calendar_seconds'"),
        ({"calendar_seconds": "ten"}, "seconds above 0"),
        ({"calendar_seconds": True}, "'limits.calendar_seconds'"),
        ({"messages_per_pass": 0}, "'limits.messages_per_pass'"),
        ({"messages_per_pass": 2.5}, "at least 1"),
    ],
)
def test_limits_are_validated(limits: dict, fragment: str):
    with pytest.raises(ConfigError) as caught:
        parse_settings({"limits": limits})
    assert fragment in "\n".join(caught.value.problems)


def test_limits_are_read():
    settings = parse_settings({"limits": {"calendar_seconds": 2.5, "messages_per_pass": 7}})
    assert settings.limits.calendar_seconds == 2.5 and settings.limits.messages_per_pass == 7

"""What a user reads: durations and counts in words, one-line terminal messages, and
no promise to retry from a command that runs once."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from assistant.cli import cli
from assistant.cli.common import one_shot
from assistant.durations import every, in_words, plural
from assistant.logs import TerminalFormatter


@pytest.mark.parametrize(
    ("duration", "words"),
    [
        (timedelta(seconds=10), "10 seconds"),
        (timedelta(seconds=1), "1 second"),
        (timedelta(minutes=5), "5 minutes"),
        (timedelta(minutes=90), "1 hour 30 minutes"),
        (timedelta(days=2, hours=3, minutes=4), "2 days 3 hours"),
        (timedelta(0), "0 seconds"),
        (timedelta(minutes=-5), "5 minutes"),
    ],
)
def test_durations_are_words(duration: timedelta, words: str):
    assert in_words(duration) == words


def test_every_and_plural_read_naturally():
    assert every(timedelta(minutes=5)) == "every 5 minutes"
    assert every(timedelta(minutes=1)) == "every minute"
    assert every(timedelta(hours=1)) == "every hour"
    assert plural(1, "draft") == "1 draft" and plural(3, "draft") == "3 drafts"


def test_the_terminal_gets_one_plain_line_per_record():
    try:
        raise ValueError("inside")
    except ValueError:
        record = logging.LogRecord(
            "assistant.runner", logging.WARNING, __file__, 1, "skipped %s\nsecond", ("x",), None
        )
        record.exc_info = __import__("sys").exc_info()
    line = TerminalFormatter().format(record)
    assert line == "warning: skipped x"


@pytest.mark.parametrize(
    "text",
    [
        "calendar x: the server answered 503; will retry",
        "Gmail answered HTTP 429, will retry.",
        "could not reach Google to refresh the sign-in (boom); Will retry",
    ],
)
def test_one_shot_drops_the_promise_to_retry(text: str):
    assert "retry" not in one_shot(text).lower()
    assert one_shot("nothing to change") == "nothing to change"


@responses.activate
def test_tick_with_a_failing_calendar_does_not_promise_a_retry(home: Path):
    responses.get("https://calendar.example/private.ics", status=503)
    home.mkdir(parents=True)
    (home / "config.toml").write_text(
        '[user]\nname = "Me"\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n'
        '[calendar]\nics = ["https://calendar.example/private.ics"]\n'
    )
    result = CliRunner().invoke(cli, ["tick", "--now", "2027-04-12T09:00:00Z"])
    assert result.exit_code == 1
    assert "503" in result.output
    assert "will retry" not in result.output
    assert "WARNING" not in result.output and "assistant." not in result.output

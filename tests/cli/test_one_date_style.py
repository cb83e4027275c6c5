"""One way to write a date on every screen: the same moment reads "Apr 20" with a 12-hour
clock for a U.S. user and "20 Apr" with a 24-hour clock for a British one, whichever
command shows it (``status``, ``drafts list``, ``scan``, ``pipeline``, the "Briefing
ready" notice), tried as a new user would: one calendar, one clock given with --now.

Both users live in Berlin (no TZ dependence: every time is in Europe/Berlin); only
``[user] locale`` differs, and with it the English the terminal writes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.notify import briefing_notice
from tests.cli.test_scan_cli import vevent, write_home_and_calendar

AFTER = "2027-04-13T14:00:00Z"  # the second round is over; the final one is ahead
FINAL = datetime(2027, 4, 20, 9, 0, tzinfo=UTC)  # Tuesday 20 April, 11:00 in Berlin

# locale -> (the final round's start without the year, with it, the other locale's words)
STYLES = {
    "en_US": ("Tue, Apr 20, 11:00 AM", "Tue, Apr 20, 2027, 11:00 AM", ("20 Apr", "11:00 CEST")),
    "en_GB": ("Tue 20 Apr, 11:00", "Tue, 20 Apr 2027, 11:00", ("Apr 20,", "11:00 AM")),
}


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def write_home(home: Path, calendar: Path, locale: str) -> None:
    """A first, a second and a final round with Acme; the user in Berlin, in ``locale``."""
    guests = ("jordan@acme.example", "priya@acme.example")
    rounds = [
        vevent("acme-1", "20270403", "Phone screen – Acme (Product Manager)", *guests),
        vevent("acme-2", "20270413", "Second interview – Product Manager at Acme", *guests),
        vevent("acme-3", "20270420", "Final interview – Product Manager at Acme", *guests),
    ]
    write_home_and_calendar(home, calendar, [line for event in rounds for line in event])
    config = home / "config.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + f'locale = "{locale}"\n'
        f"[calendar]\nics = ['{calendar}']\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize("locale", sorted(STYLES))
def test_the_same_moment_reads_the_same_on_every_screen(
    home: Path, tmp_path: Path, locale: str
) -> None:
    short, dated, other_style = STYLES[locale]
    write_home(home, tmp_path / "calendar.ics", locale)
    invoke("tick", "--now", AFTER)  # the second round's thank-yous are drafted
    # A thank-you for the second round, approved to go at the final round's start.
    approved = invoke("drafts", "approve", "1", "--at", "2027-04-20 11:00", "--now", AFTER)
    assert f"at {dated} CEST" in approved.output

    screens = {
        "status": invoke("status", "--now", AFTER).output,
        "drafts list": invoke("drafts", "list", "--now", AFTER).output,
        "scan": invoke("scan", "--now", AFTER).output,
        "pipeline": invoke("pipeline", "--now", AFTER).output,
    }
    assert f"approved, files (not emailed) {short}" in screens["status"]
    assert f"approved, files (not emailed) {short}" in screens["drafts list"]
    assert f"{dated}  ✔ follow-up" in screens["scan"]
    assert f" on {short}" in screens["pipeline"].split("next: ", 1)[1]
    for name, text in screens.items():
        for words in other_style:
            assert words not in text, f"{name} writes {words!r} for a {locale} user:\n{text}"


@pytest.mark.parametrize("locale", sorted(STYLES))
def test_the_briefing_ready_notice_writes_the_users_english(locale: str) -> None:
    short, _, other_style = STYLES[locale]
    notice = briefing_notice(
        "briefing/acme-3",
        "Final interview – Product Manager at Acme",
        "Acme",
        FINAL,
        ZoneInfo("Europe/Berlin"),
        "",
        "acme-3",
        locale,
    )
    assert f"“Final interview – Product Manager at Acme” ({short}) is in" in notice.body
    assert not any(words in notice.body for words in other_style)


@pytest.mark.parametrize(
    ("locale", "day"), [("en_US", "on Apr 3, 2027: “"), ("en_GB", "on 3 Apr 2027: “")]
)
def test_scan_explain_names_the_earlier_round_by_the_users_date(
    home: Path, tmp_path: Path, locale: str, day: str
) -> None:
    write_home(home, tmp_path / "calendar.ics", locale)
    explained = invoke("scan", "--now", AFTER, "--explain").output
    assert f"follows an earlier interview with Acme {day}Phone screen" in explained, explained

"""One way to write a date on every screen: the same moment reads "Apr 20" with a 12-hour
clock for a U.S. user and "20 Apr" with a 24-hour clock for a British one, whichever
command shows it (``status``, ``drafts list``, ``scan``, ``pipeline``, the "Briefing
ready" notice), tried as a new user would: one calendar, one clock given with --now.

Both users live in Berlin (no TZ dependence: every time is in Europe/Berlin); only
``[user] locale`` differs, and with it the English the terminal writes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.notify import briefing_notice

AFTER = "2027-04-13T14:00:00Z"  # the second round is over; the final one is ahead
FINAL = datetime(2027, 4, 20, 12, 0, tzinfo=UTC)  # Tuesday 20 April, 14:00 in Berlin

# locale -> (the moment without the year, with it, the other locale's words for it)
STYLES = {
    "en_US": ("Tue, Apr 20, 2:00 PM", "Tue, Apr 20, 2027, 2:00 PM", ("20 Apr", "14:00")),
    "en_GB": ("Tue 20 Apr, 14:00", "Tue, 20 Apr 2027, 14:00", ("Apr 20,", "2:00 PM")),
}


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def write_home(home: Path, calendar: Path, locale: str) -> None:
    """A first, a second and a final round with Acme; the user in Berlin, in ``locale``."""
    fmt = "%Y%m%dT%H%M%SZ"
    jordan = "ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@acme.example"
    priya = "ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@acme.example"
    rounds = [
        ("acme-1", "Phone screen – Acme (Product Manager)", FINAL - timedelta(days=17)),
        ("acme-2", "Second interview – Product Manager at Acme", FINAL - timedelta(days=7)),
        ("acme-3", "Final interview – Product Manager at Acme", FINAL),
    ]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for uid, summary, start in rounds:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20270101T000000Z",
            f"DTSTART:{start:{fmt}}",
            f"DTEND:{start + timedelta(hours=1):{fmt}}",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Jordan Lee:mailto:jordan@acme.example",
            "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:me@example.com",
            jordan,
            priya,
            "END:VEVENT",
        ]
    calendar.write_text("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n", encoding="utf-8")
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nname = "Alex Rivera"\nemail = "me@example.com"\n'
        f'timezone = "Europe/Berlin"\nlocale = "{locale}"\n'
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
    approved = invoke("drafts", "approve", "1", "--at", "2027-04-20 14:00", "--now", AFTER)
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

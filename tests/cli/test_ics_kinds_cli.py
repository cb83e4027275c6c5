"""Issue 14's shapes as a user meets them: what ``scan`` prints, the drafts' To: lines,
the briefing's zone line, and every assumption warned about once in ``scan``,
``tick`` and ``status``."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli import cli
from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from tests.conftest import DATA

ICS = DATA / "ics"
WINDOW = ("--from", "2026-12-01", "--to", "2027-01-01")
AFTER = "2026-12-08T17:00:00Z"  # drafts are due 30 minutes after the 16:00Z end
DAY_BEFORE = "2026-12-07T16:00:00Z"  # 11:00 in New York: the briefing is due


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def configure(home: Path, *calendars: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    listed = ", ".join(f"'{ICS / name}'" for name in calendars)
    (home / "config.toml").write_text(
        '[user]\nname = "Alex Rivera"\nemail = "alex.rivera@example.com"\n'
        f'timezone = "America/New_York"\nlocale = "en_GB"\n[calendar]\nics = [{listed}]\n',
        encoding="utf-8",
    )


def scan_json(name: str) -> tuple[list[dict], str]:
    result = invoke("scan", "--calendar", str(ICS / name), "--json", "--all", *WINDOW)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def mail(home: Path, folder: str) -> list[str]:
    box = MaildirMailbox(home / "mailbox")
    return [p.read_bytes().decode("utf-8") for p in box.messages(folder)]


def header_lines(texts: list[str], name: str) -> list[str]:
    return sorted(
        line for text in texts for line in text.splitlines() if line.startswith(f"{name}:")
    )


def test_attendee_cn_unquoted_comma(home: Path):
    (item,), _ = scan_json("attendee_cn_unquoted_comma.ics")
    assert {"name": "Okafor, Samuel", "email": "sam.okafor@acme.example"} in item["interviewers"]
    configure(home, "attendee_cn_unquoted_comma.ics")
    assert invoke("tick", "--now", AFTER).exit_code == 0
    drafts = mail(home, DRAFTS)
    assert header_lines(drafts, "To") == [
        'To: "Lee, Jordan" <jordan.lee@acme.example>',
        'To: "Okafor, Samuel" <sam.okafor@acme.example>',
    ]
    greetings = sorted(
        line for text in drafts for line in text.splitlines() if line.startswith("Hi ")
    )
    assert greetings == ["Hi Jordan,", "Hi Samuel,"]


def test_attendee_email_param_relay_and_urn(home: Path):
    (item,), stderr = scan_json("attendee_email_param_relay_and_urn.ics")
    assert item["company"] == "Acme"
    assert item["recruiter"] == {"name": "Jordan Lee", "email": "jordan.lee@acme.example"}
    assert {"name": "Priya Raman", "email": "priya.raman@acme.example"} in item["interviewers"]
    assert "imip.me.com" not in json.dumps(item) + stderr
    configure(home, "attendee_email_param_relay_and_urn.ics")
    invoke("tick", "--now", AFTER)
    assert header_lines(mail(home, DRAFTS), "To") == [
        "To: Jordan Lee <jordan.lee@acme.example>",
        "To: Priya Raman <priya.raman@acme.example>",
    ]


def test_uid_shared_by_two_events_lists_both():
    items, stderr = scan_json("uid_shared_by_two_events.ics")
    assert [(i["summary"], i["event_id"], i["start"]) for i in items] == [
        ("Team talk", "20261208@example.org#20261208T090000Z", "2026-12-08T09:00:00+00:00"),
        (
            "Second interview - Data Analyst, Acme",
            "20261208@example.org#20261208T150000Z",
            "2026-12-08T15:00:00+00:00",
        ),
    ]
    assert items[1]["is_second_interview"]
    assert stderr.count('share the UID "20261208@example.org"') == 1


def test_tzid_unknown_etc_utc_minus_is_read_at_its_offset():
    (item,), stderr = scan_json("tzid_unknown_etc_utc_minus.ics")
    assert item["start"] == "2026-12-08T17:00:00+02:00"
    assert '"Etc/UTC-2"' in stderr and "UTC+2" in stderr


def briefing_text(home: Path, calendar: str) -> str:
    configure(home, calendar)
    invoke("tick", "--now", DAY_BEFORE)
    (raw,) = MaildirMailbox(home / "mailbox").messages(INBOX)
    message = email.message_from_bytes(raw.read_bytes(), policy=policy.default)
    return message.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_the_briefing_keeps_the_invites_own_zone_but_no_city_for_a_windows_name(home: Path):
    # "Romance Standard Time" is Paris, Brussels, Copenhagen and Madrid (CLDR windowsZones).
    text = briefing_text(home, "tzid_windows_romance_exchange_vtimezone.ics")
    assert "11:30–13:30 CET" in [one.strip() for one in text.splitlines()]
    assert "Paris time" not in text


@pytest.mark.parametrize(
    ("calendar", "line"),
    [
        ("tzid_unknown_etc_utc_minus.ics", "17:00–18:00 UTC+2"),
        ("attendee_cn_unquoted_comma.ics", "15:00–16:00 UTC"),
    ],
)
def test_an_invite_in_utc_or_a_bare_offset_gets_no_second_clock(
    home: Path, calendar: str, line: str
):
    # UTC and offsets are how the sender's system wrote the time, not where the interview is.
    text = briefing_text(home, calendar)
    assert line not in [one.strip() for one in text.splitlines()]
    assert "UTC UTC time" not in text and "GMT-2 time" not in text


def test_a_utf16_calendar_is_an_icalendar_file():
    (item,), stderr = scan_json("encoding_utf16_bom.ics")
    assert item["company"] == "Acme" and item["is_second_interview"]
    # The byte-order mark says the encoding: nothing is guessed, so nothing is said of
    # it. The one line left is that no address is configured (a one-event calendar has
    # no owner to infer), which this scan before init rightly says.
    assert [line for line in stderr.splitlines() if "no address is configured" not in line] == []
    assert "read as" not in stderr


@pytest.mark.parametrize(
    ("calendar", "said"),
    [
        ("tzid_unknown_etc_utc_minus.ics", 'the time zone "Etc/UTC-2" is not a known zone name'),
        ("tzid_unknown_common_forms.ics", '"Olympus Mons Time"'),
        ("uid_shared_by_two_events.ics", 'several events share the UID "20261208@example.org"'),
        ("uid_missing_and_empty.ics", "3 events have no UID"),
        ("encoding_cp1252_no_charset.ics", "read as Windows-1252"),
        ("attendee_uri_schemes.ics", "3 guests without an email address were left out"),
        ("tzid_broken_vtimezone_offset.ics", "time zone definitions (VTIMEZONE) cannot be read"),
    ],
)
def test_no_warning_is_silenced(home: Path, calendar: str, said: str):
    _, stderr = scan_json(calendar)
    assert stderr.count(said) == 1, stderr
    configure(home, calendar)
    first = invoke("tick", "--now", "2026-12-01T15:00:00Z")
    assert first.stderr.count(said) == 1, first.stderr
    again = invoke("tick", "--now", "2026-12-01T15:10:00Z")
    assert said not in again.stderr, "said once, not on every pass"
    status = invoke("status", "--now", "2026-12-01T15:20:00Z").output
    assert status.count(said) == 1
    assert "Recent problems: none" not in status


def test_organizer_relay_without_email_never_names_the_company():
    (item,), _ = scan_json("organizer_relay_without_email.ics")
    assert item["company"] != "Me"
    assert item["company"] == "Acme"

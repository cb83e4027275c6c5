"""``briefing preview``: the briefing for a stored interview, rendered and never sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.mail.maildir import INBOX, MaildirMailbox
from assistant.store import Store

NOW = "2027-04-12T09:00:00+02:00"
START = datetime(2027, 4, 14, 12, 0, tzinfo=UTC)  # Wednesday 14:00 in Berlin


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def write_calendar(path: Path) -> Path:
    """One follow-up interview, two days after NOW, that mentions a case study."""
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        "UID:acme-2",
        "DTSTAMP:20270101T000000Z",
        f"DTSTART:{START:{fmt}}",
        f"DTEND:{START + timedelta(hours=1):{fmt}}",
        "SUMMARY:Second interview – Product Manager at Acme",
        "DESCRIPTION:Please prepare a short case study.\\nJoin: https://acme.zoom.us/j/42",
        "ORGANIZER;CN=Jordan Lee:mailto:jordan@acme.example",
        "ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@acme.example",
        "ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@acme.example",
        "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.com",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def stored_interview(home: Path, tmp_path: Path) -> str:
    """A home whose tick has seen the interview (its briefing is not due yet); its id."""
    calendar = write_calendar(tmp_path / "calendar.ics")
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nname = "Alex Rivera"\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\nlocale = "en_GB"\n'
        f"[calendar]\nics = ['{calendar}']\n"
    )
    result = invoke("tick", "--now", NOW)
    assert "1 follow-up interview" in result.output
    with Store.open(home / "state.db") as store:
        (record,) = store.interviews()
    return record.event_id


def test_preview_prints_the_briefing_and_writes_the_html(home: Path, tmp_path: Path) -> None:
    event_id = stored_interview(home, tmp_path)
    html = tmp_path / "out" / "briefing.html"
    result = invoke("briefing", "preview", event_id, "--html", str(html), "--now", NOW)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Subject: Prep: Acme, ")
    assert "Wed 14 Apr, 14:00" in out.splitlines()[0]
    assert "Hi Alex," in out and "AT A GLANCE" in out
    assert "!! TO PREPARE: the invite mentions a case study." in out
    assert "https://acme.zoom.us/j/42" in out
    assert f"HTML written to {html}" in out
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "To prepare:" in page
    assert '<a href="https://acme.zoom.us/j/42"' in page
    # A preview sends nothing: the inbox is as the tick left it (empty).
    assert MaildirMailbox(home / "mailbox").messages(INBOX) == []


def test_preview_uses_the_users_templates_and_salary_settings(home: Path, tmp_path: Path) -> None:
    event_id = stored_interview(home, tmp_path)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.txt").write_text(
        '{% extends "default:briefing.txt" %}{% block footer %}\n-- my footer\n{% endblock %}'
    )
    with (home / "config.toml").open("a") as config:
        config.write(f"[templates]\npath = '{templates}'\n[salary]\nmin = 90000\nmax = 110000\n")
    out = invoke("briefing", "preview", event_id, "--now", NOW).output
    assert out.rstrip().endswith("-- my footer")
    assert (
        "Your researched range: US$90,000–US$110,000 a year." in out
    )  # en_GB: CLDR names the dollar


def test_preview_of_an_unknown_event_names_the_fix(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[user]\nemail = "me@example.com"\n')
    result = CliRunner().invoke(cli, ["briefing", "preview", "nope", "--now", NOW])
    assert result.exit_code == 2, "a wrong id is a usage mistake"
    assert "no interview with id nope" in result.output
    assert "`interview-assistant scan` prints" in result.output, "a command that lists ids"
    assert "Traceback" not in result.output


def configured(home: Path, tmp_path: Path) -> None:
    """A home with the calendar configured and no pass run yet."""
    calendar = write_calendar(tmp_path / "calendar.ics")
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text(
        '[user]\nname = "Alex Rivera"\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n'
        f"[calendar]\nics = ['{calendar}']\n"
    )


def test_preview_before_any_pass_judges_the_event_as_scan_does(home: Path, tmp_path: Path) -> None:
    configured(home, tmp_path)
    scan = CliRunner().invoke(cli, ["scan", "--now", NOW])
    assert "acme-2" in scan.output and "✔" in scan.output, scan.output
    result = CliRunner().invoke(cli, ["briefing", "preview", "acme-2", "--now", NOW])
    assert result.exit_code == 0, result.output
    assert "not a follow-up interview" not in result.output
    assert "No pass has planned this briefing yet: the next pass does." in result.output
    assert "Second interview – Product Manager at Acme" in result.output
    assert "case study" in result.output


def test_preview_of_an_event_marked_not_one_says_how_to_undo_the_mark(
    home: Path, tmp_path: Path
) -> None:
    event_id = stored_interview(home, tmp_path)
    assert invoke("mark", event_id, "--not-follow-up").exit_code == 0
    result = CliRunner().invoke(cli, ["briefing", "preview", event_id, "--now", NOW])
    assert result.exit_code == 2
    assert f"you marked {event_id} as not a follow-up interview" in result.output
    assert f"mark {event_id} --follow-up" in result.output
    assert invoke("mark", event_id, "--follow-up").exit_code == 0
    again = CliRunner().invoke(cli, ["briefing", "preview", event_id, "--now", NOW])
    assert again.exit_code == 0, again.output

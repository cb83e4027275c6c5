"""A new user's first hour: the demo at any hour and in any zone, init, doctor without
a config, tick --dry-run and simulated passes, and mark refusing what does not exist."""

from __future__ import annotations

import re
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.mail.maildir import DRAFTS, INBOX, MaildirMailbox
from assistant.models import DraftState
from assistant.store import Store
from tests.cli.test_cli_basics import START, configure, inbox_kinds, interview_ics


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


# --- the demo, at any hour, in any zone ----------------------------------------------------

ZONES = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin", "America/New_York"]


@pytest.mark.time_sensitive
@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("local", ["01:00", "09:59", "10:00", "23:30"])
def test_demo_delivers_the_briefing_at_any_hour(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zone: str, local: str
):
    tz = ZoneInfo(zone)
    hour, minute = map(int, local.split(":"))
    now = datetime(2026, 12, 1, hour, minute, tzinfo=tz).astimezone(UTC)
    monkeypatch.setattr("assistant.cli.passes.utc_now", lambda: now)
    monkeypatch.setattr("assistant.app.user_timezone", lambda settings: tz)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the demo's home, kept for the user
    result = invoke("demo", "--mailbox", str(tmp_path / "mail"))
    assert result.exit_code == 0, result.output
    mailbox = MaildirMailbox(tmp_path / "mail")
    assert sorted(inbox_kinds(mailbox)) == ["briefing", "note"]
    assert len(mailbox.messages(DRAFTS)) == 3
    assert "1 briefing delivered; 3 drafts waiting for approval; 1 note to you delivered." in (
        result.output
    )
    demo_home = re.search(
        r"INTERVIEW_ASSISTANT_HOME=(\S+) interview-assistant drafts list", result.output
    )
    assert demo_home, result.output
    log = Path(demo_home.group(1)) / "logs" / "interview-assistant.log"
    assert "briefing delivered" in log.read_text(), "the demo logs into its own home"
    assert not home.exists(), "nothing is written in the user's home, not even a log folder"


# --- doctor and init -------------------------------------------------------------------------


def test_doctor_without_a_config_says_to_run_init(home: Path):
    result = invoke("doctor")
    assert result.exit_code == 2
    assert "FAIL configuration: there is no configuration file yet" in result.output
    assert "interview-assistant init" in result.output
    assert "is valid" not in result.output


@pytest.mark.time_sensitive  # scan's window starts at the real now
def test_init_without_questions_writes_a_config_doctor_accepts(home: Path, tmp_path: Path):
    calendar = interview_ics(tmp_path / "cal.ics", datetime.now(UTC) + timedelta(days=3))
    result = invoke(
        "init", "--no-input", "--name", "Alex Rivera", "--email", "me@example.com",
        "--timezone", "Pacific/Kiritimati", "--calendar", str(calendar),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    text = (home / "config.toml").read_text()
    assert 'timezone = "Pacific/Kiritimati"' in text and text.count("\n# ") >= 3
    assert "Second interview – Product Manager at Acme" in result.output, "scan ran"
    doctor = invoke("doctor")
    assert "ok   configuration:" in doctor.output and "is valid" in doctor.output


def test_init_asks_with_the_detected_zone_as_default(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("assistant.ops.first_run.detected_timezone", lambda: "Pacific/Pago_Pago")
    result = invoke("init", "--no-scan", input="Alex Rivera\nme@example.com\n\ngoogle\n")
    assert result.exit_code == 0, result.output
    assert "[Pacific/Pago_Pago]" in result.output
    text = (home / "config.toml").read_text()
    assert 'timezone = "Pacific/Pago_Pago"' in text and "ics = []" in text
    assert "connect google" in result.output


def test_init_refuses_bad_answers_and_an_existing_config(home: Path):
    bad = invoke(
        "init", "--no-input", "--name", "A", "--email", "nope", "--timezone", "Mars/Base",
        "--calendar", "/no/such.ics",
    )  # fmt: skip
    assert bad.exit_code == 2
    assert "'nope' is not an email address" in bad.output and "Mars/Base" in bad.output
    assert "no calendar file" in bad.output and not (home / "config.toml").exists()
    missing = invoke("init", "--no-input", "--email", "me@example.com")
    assert missing.exit_code == 2 and "--name is missing" in missing.output
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text("# mine\n")
    again = invoke("init", "--no-input", "--name", "A", "--email", "me@example.com")
    assert again.exit_code == 2 and "already exists" in again.output
    assert (home / "config.toml").read_text() == "# mine\n"


# --- tick --dry-run and simulated passes ---------------------------------------------------------


def test_dry_run_changes_nothing_and_names_the_recipients(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    first = invoke("tick", "--dry-run", "--now", "2027-04-12T12:00:00Z")
    assert first.exit_code == 0, first.output
    assert "would deliver a briefing to me@example.com" in first.output
    assert not (home / "state.db").exists(), "a dry run creates no database either"
    invoke("tick", "--now", "2027-04-12T12:00:00Z")  # the real briefing: a store and a log
    log = home / "logs" / "interview-assistant.log"
    store_before = (home / "state.db").read_bytes()
    log_before = log.read_bytes()
    mailbox = MaildirMailbox(home / "mailbox")
    inbox_before = mailbox.messages(INBOX)
    result = invoke("tick", "--dry-run", "--now", "2027-04-13T14:00:00Z")
    assert result.exit_code == 0, result.output
    assert "nothing was changed" in result.output
    assert "would create a draft to jordan@acme.example" in result.output
    assert "would create a draft to priya@acme.example" in result.output
    assert "would deliver a note to me@example.com" in result.output
    assert (home / "state.db").read_bytes() == store_before
    assert log.read_bytes() == log_before
    assert mailbox.messages(INBOX) == inbox_before and mailbox.messages(DRAFTS) == []


def test_tick_now_is_recorded_as_simulated_and_doctor_does_not_blame_the_clock(
    home: Path, tmp_path: Path
):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    assert "for real" in invoke("tick", "--help").output
    invoke("tick", "--now", "2027-04-13T14:00:00Z")  # far after the doctor's "now"
    result = invoke("doctor", "--now", "2027-04-10T12:00:00Z")
    assert "FAIL clock" not in result.output and "NTP" not in result.output
    status = invoke("status", "--now", "2027-04-13T15:00:00Z")
    assert "simulated" in status.output


# --- mark ---------------------------------------------------------------------------------


RECURRING = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:weekly-sync
DTSTAMP:20270101T000000Z
DTSTART:20270405T090000Z
DTEND:20270405T093000Z
RRULE:FREQ=WEEKLY;COUNT=3
SUMMARY:Weekly interview panel sync
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def marked_home(home: Path, tmp_path: Path) -> Path:
    recurring = tmp_path / "recurring.ics"
    recurring.write_text(RECURRING.replace("\n", "\r\n"))
    configure(home, interview_ics(tmp_path / "cal.ics", START), recurring)
    invoke("scan", "--from", "2027-04-01", "--to", "2027-05-01", "--all")
    return home


def test_mark_refuses_an_unknown_id_and_names_the_nearest(marked_home: Path):
    result = invoke("mark", "acme-3", "--follow-up")
    assert result.exit_code == 2
    assert "no event with the id 'acme-3'" in result.output
    assert "did you mean acme-2" in result.output
    with Store.open(marked_home / "state.db") as store:
        assert store.overrides() == {}


def test_mark_a_series_needs_series(marked_home: Path):
    refused = invoke("mark", "weekly-sync", "--not-follow-up")
    assert refused.exit_code == 2
    assert "recurring event with 3 instances" in refused.output and "--series" in refused.output
    one = invoke("mark", "weekly-sync@20270412T090000Z", "--not-follow-up")
    assert one.exit_code == 0, one.output
    every = invoke("mark", "weekly-sync", "--series", "--follow-up")
    assert every.exit_code == 0, every.output
    with Store.open(marked_home / "state.db") as store:
        assert len(store.overrides()) == 3 and all(store.overrides().values())


def test_mark_clear_returns_the_event_to_detection(marked_home: Path):
    assert invoke("mark", "acme-2", "--not-follow-up").exit_code == 0
    result = invoke("mark", "acme-2", "--clear")
    assert result.exit_code == 0 and "Cleared the mark on acme-2" in result.output
    with Store.open(marked_home / "state.db") as store:
        assert store.overrides() == {}
    assert "had no mark" in invoke("mark", "acme-2", "--clear").output
    assert invoke("mark", "acme-2").exit_code == 2, "a direction or --clear is needed"


def test_not_follow_up_withdraws_drafts_and_the_pending_briefing(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    later = interview_ics(tmp_path / "later.ics", START + timedelta(days=7))
    later.write_text(later.read_text().replace("UID:acme-2", "UID:acme-3"))
    configure(home, tmp_path / "cal.ics", later)
    invoke("tick", "--now", "2027-04-13T14:00:00Z")  # drafts for acme-2; acme-3's briefing pending
    mailbox = MaildirMailbox(home / "mailbox")
    assert len(mailbox.messages(DRAFTS)) == 2
    result = invoke("mark", "acme-2", "--not-follow-up")
    assert result.exit_code == 0, result.output
    assert "Withdrew 2 waiting drafts (1, 2)" in result.output
    assert mailbox.messages(DRAFTS) == []
    with Store.open(home / "state.db") as store:
        assert {d.state for d in store.drafts()} == {DraftState.REJECTED}
    second = invoke("mark", "acme-3", "--not-follow-up")
    assert "Dropped its pending briefing" in second.output
    invoke("tick", "--now", "2027-04-19T14:00:00Z")  # the day before acme-3
    assert inbox_kinds(mailbox) == ["note"], "no briefing for an interview marked not one"


def test_init_no_input_refuses_an_email_without_a_dotted_domain_before_writing(
    home: Path, tmp_path: Path
):
    # The email check at init is the config's: what init writes always loads.
    result = invoke(
        "init", "--no-input", "--name", "Jamie Carter", "--email", "jamie.carter@gmail",
        "--timezone", "America/New_York", "--calendar", "google",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "'jamie.carter@gmail' is not a full email address" in result.output
    assert not (home / "config.toml").exists()


def test_the_example_config_named_by_init_and_doctor_exists_wherever_it_is_installed(
    home: Path,
):
    """A pip install has no ``config/`` folder beside it: the config ``init`` writes and
    ``doctor``'s fix name the example file where this install keeps it."""
    from assistant.ops.first_run import Answers, config_text

    written = config_text(Answers(name="Robin Hale", email="robin@example.org", timezone="UTC"))
    [named] = re.findall(r"with its default, is in (\S+\.toml)\.", written)
    assert Path(named).is_absolute() and Path(named).is_file()
    assert f"copy {named} there" in invoke("doctor").output

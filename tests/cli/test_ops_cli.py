"""``status``, ``doctor`` and ``service install`` as a user runs them."""

from __future__ import annotations

import json
import plistlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli
from assistant.ops import service_units
from assistant.ops.pass_log import record_pass
from assistant.store import Store
from tests.cli.test_cli_basics import START, configure, interview_ics

REPO = Path(__file__).resolve().parents[2]
# The example paths of the launchd copy in scripts/ (launchd expands no ~ or $HOME).
MAC_PROGRAM = "/usr/local/bin/interview-assistant"
MAC_LOGS = "/Users/you/Library/Application Support/interview-assistant/logs"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


# --- status ------------------------------------------------------------------------------


SECRET = "https://calendar.example.org/ical/me/private-0123456789abcdef/basic.ics"


def test_status_on_a_fresh_home_says_never_synced(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    result = invoke("status")
    assert result.exit_code == 0, result.output
    assert "Last successful sync: never" in result.output
    # not "nothing planned" alone: the interviews ahead are planned by the first pass
    assert "nothing planned yet: no pass has succeeded (`interview-assistant tick`" in (
        " ".join(result.output.split())
    )


def test_status_shows_sync_jobs_drafts_and_problems_with_secrets_redacted(
    home: Path, tmp_path: Path
):
    calendar = interview_ics(tmp_path / "cal.ics", START)
    configure(home, calendar)
    config = home / "config.toml"
    config.write_text(config.read_text().replace(f"'{calendar}'", f"'{calendar}', '{SECRET}'"))
    # The URL cannot be fetched (no network in tests): that is the recent error.
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    invoke("tick", "--now", "2027-04-13T15:00:00Z")  # after the interview: drafts

    text = invoke("status", "--now", "2027-04-13T15:05:00Z")
    assert text.exit_code == 0, text.output
    assert "0123456789abcdef" not in text.output
    assert "calendar.example.org" in text.output
    # Berlin time, in U.S. English (no [user] locale: Germany's, whose English is en_US).
    assert "Last successful sync: Tue, Apr 13, 5:00 PM" in text.output
    assert "Drafts waiting for you: 2" in text.output
    assert "could not be fetched" in text.output

    data = json.loads(invoke("status", "--json", "--now", "2027-04-13T15:05:00Z").output)
    assert "0123456789abcdef" not in json.dumps(data)
    assert datetime.fromisoformat(data["last_sync"]) == datetime(2027, 4, 13, 15, 0, tzinfo=UTC)
    assert [c["kind"] for c in data["calendars"]] == ["ics", "ics"]
    assert {d["state"] for d in data["pending_drafts"]} == {"drafted"}
    assert len(data["pending_drafts"]) == 2
    assert {p["level"] for p in data["problems"]} == {"error", "warning"}
    assert data["log_file"].endswith("interview-assistant.log")
    # A week later, with no pass since, those problems are no longer "recent".
    later = invoke("status", "--now", "2027-04-20T15:06:00Z")
    assert "Recent problems: none" in later.output


def test_status_lists_the_next_due_jobs_in_order(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    data = json.loads(invoke("status", "--json", "--now", "2027-04-11T12:05:00Z").output)
    kinds = [j["kind"] for j in data["next_jobs"]]
    assert kinds == ["briefing", "drafts"]
    dues = [datetime.fromisoformat(j["due_at"]) for j in data["next_jobs"]]
    assert dues == sorted(dues)
    assert all(j["key"] for j in data["next_jobs"])


def test_a_skipped_briefing_is_noted_in_status(home: Path, tmp_path: Path):
    """Asleep through the briefing's due time and the interview's start: a note says so."""
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    invoke("tick", "--now", "2027-04-13T12:10:00Z")  # woke up after the interview began
    data = json.loads(invoke("status", "--json", "--now", "2027-04-13T12:11:00Z").output)
    notes = [p["message"] for p in data["problems"] if p["level"] == "warning"]
    assert any(
        "skipped: the interview began at Tue, Apr 13, 2027, 2:00 PM, before the pass that was "
        "to send it ran at Tue, Apr 13, 2027, 2:10 PM" in n
        for n in notes
    ), notes


# --- doctor ------------------------------------------------------------------------------


def test_doctor_passes_on_a_working_setup(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    result = invoke("doctor", "--now", "2027-04-11T12:30:00Z")
    assert result.exit_code == 0, result.output
    for name in ("configuration", "database", "clock", "timezone", "calendar", "mailbox"):
        assert f"ok   {name}" in result.output
    assert "FAIL" not in result.output


def test_doctor_names_each_problem_and_its_fix_and_exits_1(home: Path, tmp_path: Path):
    configure(home, tmp_path / "missing.ics")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the mailbox should be")
    with (home / "config.toml").open("a") as config:
        config.write(f"[mail.local]\npath = '{blocked}'\n")
    result = invoke("doctor")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    calendar = next(i for i, line in enumerate(lines) if line.startswith("FAIL calendar"))
    assert "no such file" in lines[calendar] and "fix:" in lines[calendar + 1]
    mailbox = next(i for i, line in enumerate(lines) if line.startswith("FAIL mailbox"))
    assert "fix:" in lines[mailbox + 1]
    assert "2 problems found" in result.output


def test_doctor_before_init_creates_nothing_and_says_init_will(home: Path):
    """doctor only reads: on a machine where nothing is set up yet it reports the
    missing folders and configuration and leaves the disk as it found it."""
    result = invoke("doctor")
    assert result.exit_code == 2, result.output
    assert not home.exists(), "doctor made the home folder"
    assert f"ok   home folder: {home} does not exist yet" in result.output
    assert "`interview-assistant init` will create it" in result.output
    assert "FAIL configuration: there is no configuration file yet" in result.output


def test_doctor_fails_a_folder_that_cannot_be_made(home: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setattr("assistant.ops.doctor.os.access", lambda path, mode: False)
    result = invoke("doctor")
    assert result.exit_code == 2
    assert f"FAIL home folder: {home} does not exist and cannot be created ({tmp_path}" in (
        result.output
    )
    assert "fix: make " in result.output


def test_doctor_reports_an_invalid_config_with_every_problem(home: Path):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[user]\nemail = "nope"\ntimezone = "Mars/Base"\n')
    result = invoke("doctor")
    assert result.exit_code == 2, "a configuration mistake, as for every command"
    assert "FAIL configuration" in result.output
    assert "'user.email'" in result.output and "'user.timezone'" in result.output
    assert "fix: edit" in result.output


def test_doctor_notices_a_clock_that_went_backwards(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    real = datetime(2027, 4, 11, 12, 0, tzinfo=UTC)
    with Store.open(home / "state.db") as store:  # a pass by the clock, as `run` records it
        record_pass(store, real, simulated=False, recorded_at=real)
    result = invoke("doctor", "--now", "2027-04-10T12:00:00Z")
    assert result.exit_code == 1
    assert "FAIL clock" in result.output and "NTP" in result.output


def test_doctor_flags_a_damaged_database(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    (home / "state.db").write_bytes(b"this is not a database" * 100)
    result = invoke("doctor")
    assert result.exit_code == 1
    assert "FAIL database" in result.output and "fix:" in result.output


def test_doctor_warns_when_no_pass_ran_lately_without_failing(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    result = invoke("doctor", "--now", "2027-04-14T12:00:00Z")
    assert "warn background runs" in result.output
    assert "service install --user" in result.output
    assert result.exit_code == 0


def test_doctor_runs_googles_checks(home: Path, tmp_path: Path):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    with (home / "config.toml").open("a") as config:
        config.write("google = true\n")  # appended to [calendar]
    result = invoke("doctor")
    assert "interview-assistant connect google" in result.output
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_doctor_checks_the_smtp_login(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import socket

    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    with (home / "config.toml").open("a") as config:
        config.write(
            f'[mail]\nbackend = "smtp"\n[mail.smtp]\nhost = "127.0.0.1"\nport = {port}\n'
            'security = "none"\n'
        )
    result = invoke("doctor")
    assert "SMTP login" in result.output
    assert result.exit_code == 1


# --- service install -----------------------------------------------------------------------


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway $HOME, so the install writes nowhere real."""
    root = tmp_path / "user"
    root.mkdir()
    monkeypatch.setenv("HOME", str(root))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return root


def test_install_writes_the_run_service_with_real_paths(home: Path, user_home: Path):
    result = invoke("service", "install", "--user", "--manager", "systemd")
    assert result.exit_code == 0, result.output
    unit = user_home / ".config/systemd/user/interview-assistant.service"
    text = unit.read_text()
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    program = exec_start.split("=", 1)[1].split()[0]
    assert Path(program).is_absolute() and Path(program).exists()
    assert exec_start.endswith(" run")
    assert f"Environment=INTERVIEW_ASSISTANT_HOME={home.resolve()}" in text
    assert "RestartPreventExitStatus=2" in text
    assert "systemctl --user enable --now interview-assistant.service" in result.output


def test_install_timer_writes_a_oneshot_tick_and_a_persistent_timer(home: Path, user_home: Path):
    result = invoke("service", "install", "--user", "--timer", "--manager", "systemd")
    assert result.exit_code == 0, result.output
    folder = user_home / ".config/systemd/user"
    service = (folder / "interview-assistant-tick.service").read_text()
    timer = (folder / "interview-assistant-tick.timer").read_text()
    assert "Type=oneshot" in service and " tick" in service
    assert "Persistent=true" in timer and "OnCalendar=" in timer
    assert "enable --now interview-assistant-tick.timer" in result.output


def test_dry_run_writes_nothing(home: Path, user_home: Path):
    result = invoke("service", "install", "--user", "--dry-run", "--manager", "systemd")
    assert result.exit_code == 0
    assert "[Service]" in result.output and "would write" in result.output
    assert not (user_home / ".config").exists()


def test_install_without_user_is_refused(home: Path, user_home: Path):
    result = invoke("service", "install")
    assert result.exit_code == 2
    assert "--user" in result.output


def test_install_then_uninstall(home: Path, user_home: Path):
    invoke("service", "install", "--user", "--manager", "systemd")
    result = invoke("service", "uninstall", "--user", "--manager", "systemd")
    assert result.exit_code == 0
    assert not (user_home / ".config/systemd/user/interview-assistant.service").exists()


def test_launchd_plist_is_valid_and_runs_run(home: Path, user_home: Path):
    result = invoke("service", "install", "--user", "--manager", "launchd")
    assert result.exit_code == 0, result.output
    path = user_home / "Library/LaunchAgents/com.interview-assistant.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["ProgramArguments"][-1] == "run"
    assert Path(agent["ProgramArguments"][0]).is_absolute()
    assert agent["EnvironmentVariables"]["INTERVIEW_ASSISTANT_HOME"] == str(home.resolve())
    assert "launchctl bootstrap" in result.output


def test_cron_line_escapes_percent_and_quotes_spaces(home: Path, user_home: Path, monkeypatch):
    monkeypatch.setenv("INTERVIEW_ASSISTANT_HOME", "/data/my home/100%")
    result = invoke("service", "install", "--user", "--cron")
    line = result.output.splitlines()[-1]
    assert line.startswith("*/5 * * * * ")
    assert "'/data/my home/100\\%'" in line
    assert line.endswith(" tick >/dev/null")


def test_systemd_arguments_are_quoted_and_percent_escaped():
    assert service_units.systemd_quote("/opt/my apps/ia") == '"/opt/my apps/ia"'
    assert service_units.systemd_quote("/x/100%") == "/x/100%%"
    assert service_units.systemd_quote("plain") == "plain"


def test_the_copies_in_scripts_match_what_install_writes():
    placeholder = service_units.PLACEHOLDER
    expected = {
        "systemd/interview-assistant.service": service_units.systemd_service(placeholder, None),
        **{f"systemd/{u.name}": u for u in service_units.systemd_timer(placeholder, None)},
        "launchd/com.interview-assistant.plist": service_units.launchd_plist(
            [MAC_PROGRAM], None, MAC_LOGS
        ),
    }
    for relative, unit in expected.items():
        assert (REPO / "scripts" / relative).read_text() == unit.text, relative
    cron = (REPO / "scripts/cron.txt").read_text()
    line = service_units.cron_line(["PROGRAM"], None)
    assert line.replace("PROGRAM", "$HOME/.local/bin/interview-assistant") in cron


def test_status_works_while_a_tick_holds_the_database(home: Path, tmp_path: Path):
    """status only reads: a long pass writing in WAL mode does not block it."""
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    invoke("tick", "--now", "2027-04-11T12:00:00Z")
    with Store.open(home / "state.db") as writer, writer.transaction():
        writer.db.execute("INSERT INTO meta (key, value) VALUES ('busy', '1')")
        result = invoke("status", "--now", (START - timedelta(days=1)).isoformat())
    assert result.exit_code == 0, result.output


def test_doctor_names_simulated_passes_and_reads_the_calendar_at_the_given_time(
    home: Path, tmp_path: Path
):
    configure(home, interview_ics(tmp_path / "cal.ics", START))
    for moment in ("2027-04-09T07:00:00Z", "2027-04-10T07:00:00Z", "2027-04-11T07:00:00Z"):
        assert invoke("tick", "--now", moment).exit_code == 0
    result = invoke("doctor", "--now", "2027-04-11T08:00:00Z")
    assert "no pass has run yet" not in result.output
    assert "3 simulated passes" in result.output and "none on the real clock" in result.output
    # The calendar's window is read around the given time, not the machine's date.
    assert "1 event from Sat, Dec 12, 2026 to Thu, Jun 10, 2027" in result.output, result.output

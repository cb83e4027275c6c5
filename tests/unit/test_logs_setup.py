"""Logging: levels, the rotating file, masked secrets, keys on every action, no bodies."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

import assistant.logs as logs
from assistant import approval
from assistant.logs import levels, mask_secrets, setup_logging
from assistant.mail.memory import MemoryMailbox
from assistant.plan import Timing
from assistant.runner import run_once
from assistant.sources.memory import MemoryCalendar
from tests.conftest import BERLIN, NOW, REPO, build_services, make_event


@pytest.fixture(autouse=True)
def restore_logging():
    """Each test sets up logging its own way; put the assistant logger back afterwards."""
    logger = logging.getLogger("assistant")
    before, level = list(logger.handlers), logger.level
    yield
    for handler in list(logger.handlers):
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


@pytest.mark.parametrize(
    ("verbose", "quiet", "expected"),
    [
        (0, False, (logging.WARNING, logging.INFO)),
        (0, True, (logging.WARNING, logging.WARNING)),
        (1, False, (logging.INFO, logging.INFO)),
        (2, False, (logging.DEBUG, logging.DEBUG)),
    ],
)
def test_flags_set_the_terminal_and_file_levels(verbose, quiet, expected):
    assert levels(verbose, quiet) == expected


def test_the_file_gets_info_and_the_terminal_only_warnings(tmp_path: Path, capsys):
    path = setup_logging(log_dir=tmp_path / "logs")
    log = logging.getLogger("assistant.example")
    log.info("briefing delivered key=briefing/x/24h")
    log.warning("calendar unreadable")
    assert path is not None
    written = path.read_text()
    assert "key=briefing/x/24h" in written and "calendar unreadable" in written
    stderr = capsys.readouterr().err
    assert "calendar unreadable" in stderr and "key=briefing" not in stderr


def test_setting_up_twice_does_not_double_lines(tmp_path: Path):
    setup_logging(log_dir=tmp_path)
    path = setup_logging(log_dir=tmp_path)
    logging.getLogger("assistant.example").info("once")
    assert path is not None and path.read_text().count("once") == 1


def test_the_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = setup_logging(log_dir=tmp_path)
    for n in range(200):
        logging.getLogger("assistant.example").info("line %d %s", n, "x" * 40)
    assert path is not None
    backups = sorted(tmp_path.glob(f"{logs.LOG_FILE_NAME}.*"))
    assert 1 <= len(backups) <= logs.BACKUP_COUNT
    assert path.stat().st_size <= 2000 + 200


def test_an_unwritable_log_folder_leaves_the_terminal_working(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    assert setup_logging(log_dir=blocker / "logs") is None
    logging.getLogger("assistant.example").warning("still shown")


@pytest.mark.parametrize(
    "secret",
    [
        "access_token=ya29.a0AfH6SMBx-secret",
        '"refresh_token": "1//0gLx-secret-refresh-token-value"',
        "Authorization: Bearer abc.def.secret",
        "client_secret=GOCSPX-secret",
        "password: hunter2secret",
        "fetched https://calendar.example.org/ical/me/private-0123secret/basic.ics",
    ],
)
def test_secrets_are_masked(secret: str):
    masked = mask_secrets(secret)
    assert "secret" not in masked.replace("client_secret", ""), masked


def test_a_secret_in_a_record_never_reaches_the_file(tmp_path: Path):
    path = setup_logging(log_dir=tmp_path)
    logging.getLogger("assistant.google").info("refreshed %s", "access_token=ya29.zzzSECRET")
    assert path is not None and "SECRET" not in path.read_text()


def test_every_action_logs_its_key_and_no_body_at_info(store, caplog):
    marker = "PRIVATE-DESCRIPTION-7731"
    event = make_event(start=NOW + timedelta(hours=5), description=f"Agenda: {marker}")
    calendar = MemoryCalendar([event])
    mailbox = MemoryMailbox()
    services = build_services(calendar, store, mailbox, timing=Timing(tz=BERLIN, quiet_hours=None))
    with caplog.at_level(logging.INFO, logger="assistant"):
        run_once(services, NOW)
        run_once(services, event.end + timedelta(hours=1))
        draft = store.drafts()[0]
        approval.approve(services, draft.id, event.end + timedelta(hours=2))
    text = "\n".join(r.getMessage() for r in caplog.records)
    briefings = [r.job.key for r in store.jobs() if r.job.kind.value == "briefing"]
    for key in briefings + [d.key for d in store.drafts()]:
        assert f"key={key}" in text, key
    assert marker not in text
    body_lines = [line for line in draft.body.splitlines() if len(line) > 30]
    assert body_lines and not any(line in text for line in body_lines)


def test_help_imports_no_google_http_or_calendar_library():
    code = (
        "import sys\n"
        "from assistant.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='interview-assistant')\n"
        "except SystemExit:\n    pass\n"
        "heavy = {'google', 'googleapiclient', 'requests', 'urllib3', 'httplib2', 'icalendar',\n"
        "         'recurring_ical_events', 'jinja2', 'flask', 'caldav', 'sqlite3'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": ""},
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_drafts_list_with_nothing_to_list_reads_the_store_alone(tmp_path):
    """``drafts list`` answers from the store: no templates, detection or mailbox code."""
    code = (
        "import sys\n"
        "from assistant.cli import cli\n"
        "try:\n    cli(['drafts', 'list'], prog_name='interview-assistant')\n"
        "except SystemExit:\n    pass\n"
        "heavy = {'jinja2', 'icalendar', 'requests', 'nameparser'}\n"
        "mine = {'assistant.detect', 'assistant.compose', 'assistant.approval',\n"
        "        'assistant.templating', 'assistant.briefing', 'assistant.mail.maildir'}\n"
        "print(sorted(({m.split('.')[0] for m in sys.modules} & heavy) | (set(sys.modules) & mine)))\n"
    )
    home = tmp_path / "h"
    home.mkdir()
    (home / "config.toml").write_text('[user]\nemail = "me@example.com"\n', encoding="utf-8")
    env = {"PYTHONPATH": str(REPO), "PATH": "", "INTERVIEW_ASSISTANT_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO, env=env
    )
    assert "No drafts waiting" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_lines_written_during_an_account_pass_name_the_account(tmp_path: Path, capsys):
    """Operator mode: two passes at once in one worker, each line names its own account;
    a line already naming it is not named twice, and lines outside a pass are as before."""
    import threading

    path = setup_logging(log_dir=tmp_path / "logs")
    log = logging.getLogger("assistant.example")
    both_running = threading.Barrier(2)

    def a_pass(account_id: str) -> None:
        with logs.for_account(account_id):
            both_running.wait(timeout=10)
            log.info("briefing delivered key=briefing/%s", account_id)
            log.warning("account %s: calendar unreadable", account_id)

    passes = [threading.Thread(target=a_pass, args=(name,)) for name in ("ana", "ben")]
    for thread in passes:
        thread.start()
    for thread in passes:
        thread.join()
    log.info("worker stopped")
    assert path is not None
    written = path.read_text()
    for name in ("ana", "ben"):
        assert f"account {name}: briefing delivered key=briefing/{name}" in written
        assert f"account {name}: calendar unreadable" in written
        assert f"account {name}: account {name}" not in written
    assert "ana: briefing delivered key=briefing/ben" not in written
    assert "INFO assistant.example: worker stopped" in written
    stderr = capsys.readouterr().err
    assert stderr.count("warning: account ana: calendar unreadable") == 1

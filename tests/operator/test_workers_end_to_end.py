"""End to end: three accounts, two worker processes, one real PostgreSQL.

Each account has an .ics calendar with a follow-up interview and the local mailbox. The
first worker is SIGKILLed in the middle of a pass (while it reads a calendar the test
holds open); the other worker recovers that pass. Every account gets its briefing once
and its drafts once, however often its passes run. Passes act at times the test puts in
their jobs; the only waiting is for the workers, each wait with a timeout.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from assistant.mail.maildir import DRAFTS, MaildirMailbox
from tests.cli.test_cli_basics import START, inbox_kinds, interview_ics
from tests.operator.databases import operator_db, with_accounts  # noqa: F401 (fixture)
from tests.postgres_server import PostgresServer, postgres_server  # noqa: F401 (fixture)
from tests.servers import LOOPBACK

pytestmark = pytest.mark.slow

ACCOUNTS = ("ana", "ben", "cleo")
BEFORE = START - timedelta(hours=20)  # the briefing is due (24 hours ahead), out of quiet hours
AFTER = START + timedelta(hours=2)  # the drafts are due (30 minutes after the end)
WAIT_S = 90.0


class HeldCalendar:
    """Serves one .ics file over HTTP; the first request waits until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.body = path.read_bytes()
        self.held = threading.Event()  # a pass is inside the first request
        self.released = threading.Event()
        calendar = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if not calendar.held.is_set():
                    calendar.held.set()
                    calendar.released.wait(timeout=WAIT_S)
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/calendar")
                    self.send_header("Content-Length", str(len(calendar.body)))
                    self.end_headers()
                    self.wfile.write(calendar.body)
                except OSError:
                    pass  # the worker that asked was killed

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://{LOOPBACK}:{self.server.server_address[1]}/calendar.ics"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def release(self) -> None:
        self.released.set()

    def close(self) -> None:
        self.release()
        self.server.shutdown()
        self.server.server_close()


def account_config(calendar: str, mail: Path) -> str:
    return (
        '[user]\nname = "Me"\nemail = "me@example.com"\ntimezone = "Europe/Berlin"\n'
        f'[calendar]\nics = ["{calendar}"]\n'
        # A yearly poll: the periodic task (on the wall clock) adds no pass of its own (one
        # chance in 525,600 a minute): at the wall clock the interviews of 2027 are out of sight.
        '[schedule]\npoll = "365d"\n'
        f'[mail]\nbackend = "local"\n[mail.local]\npath = "{mail}"\n'
    )


@pytest.fixture
def held(tmp_path: Path) -> Iterator[HeldCalendar]:
    calendar = HeldCalendar(interview_ics(tmp_path / "held.ics", START))
    yield calendar
    calendar.close()


class Workers:
    """Worker processes of one deployment; each one's output in a file."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = env, logs
        self.processes: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str) -> subprocess.Popen[bytes]:
        out = (self.logs / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "assistant",
                "-v",
                "worker",
                "--name",
                name,
                "--heartbeat",
                "0.5",
                "--stalled-after",
                "2",
            ],
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        self.processes[name] = process
        return process

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def stop_all(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)


def wait_for(condition: Any, what: str, workers: Workers) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    logs = "\n".join(f"--- {n}\n{workers.log(n)[-3000:]}" for n in workers.processes)
    raise AssertionError(f"timed out waiting for {what}\n{logs}")


def test_each_account_gets_its_briefing_and_drafts_once_across_a_killed_worker(
    operator_db: str,  # noqa: F811
    held: HeldCalendar,
    tmp_path: Path,
) -> None:
    from cryptography.fernet import Fernet

    from assistant.operator import queue

    mailboxes = {a: tmp_path / "mail" / a for a in ACCOUNTS}
    for account in ACCOUNTS:
        calendar = (
            held.url if account == "ana" else str(interview_ics(tmp_path / f"{account}.ics", START))
        )
        with_accounts(operator_db, account, config=account_config(calendar, mailboxes[account]))
    assert queue.migrate(operator_db) is True
    env = {
        **os.environ,
        "INTERVIEW_ASSISTANT_DATABASE_URL": operator_db,
        "INTERVIEW_ASSISTANT_TOKEN_KEYS": Fernet.generate_key().decode(),
        "INTERVIEW_ASSISTANT_HOME": str(tmp_path / "home"),
    }
    workers = Workers(env, tmp_path)
    app = queue.make_app(operator_db, periodic=False)

    def passes_left() -> bool:
        return bool(queue.pass_jobs(app, ["todo", "doing"]))

    try:
        with app.open():
            for account in ACCOUNTS:  # ana's job first: the first worker takes it
                assert queue.enqueue_pass(app, account, now=BEFORE) is not None
            first = workers.start("first")
            wait_for(held.held.is_set, "the first worker to be inside ana's pass", workers)
            workers.start("second")
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
            held.release()
            wait_for(lambda: not passes_left(), "the passes before the interview", workers)
            # Once more at the same time, and after the interview, twice.
            for moment in (BEFORE, AFTER, AFTER):
                for account in ACCOUNTS:
                    assert queue.enqueue_pass(app, account, now=moment) is not None
                wait_for(lambda: not passes_left(), f"the passes at {moment}", workers)
            assert queue.pass_jobs(app, ["failed"]) == []

        second = workers.processes["second"]
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=30) == 0
    finally:
        workers.stop_all()

    second_log = workers.log("second")
    assert "a worker stopped in the middle of a pass" in second_log
    assert "stopped." in second_log  # the graceful stop said so
    for account in ACCOUNTS:
        mailbox = MaildirMailbox(mailboxes[account])
        # The briefing, and the note saying the drafts are waiting: once each.
        assert sorted(inbox_kinds(mailbox)) == ["briefing", "note"], account
        assert sorted(recipients(mailbox, DRAFTS)) == INTERVIEWERS, account


INTERVIEWERS = ["jordan@acme.example", "priya@acme.example"]


def recipients(mailbox: MaildirMailbox, folder: str) -> list[str]:
    """The To address of each message in ``folder``."""
    found = []
    for path in mailbox.messages(folder):
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        found.extend(address.addr_spec for address in message["To"].addresses)
    return found

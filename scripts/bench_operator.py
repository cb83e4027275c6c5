#!/usr/bin/env python3
"""Benchmark of operator mode: 1,000 accounts, passes as jobs, one and two workers.

A throwaway PostgreSQL (Debian's package, as in the tests) holds a deployment of N
accounts (default 1,000), each with its own config: one .ics calendar served by a local
HTTP server (the stand-in for the calendar API: one request per pass, as a sync-token
poll is) holding one follow-up interview, and the local Maildir (the stand-in for the
mail API). For each worker count (default 1 and 2, each a real ``interview-assistant
worker`` process with ``--concurrency C``), on a fresh database:

- ``first``   every account's pass is enqueued at once, its briefing due: N passes
              that each deliver a briefing (the heaviest pass there is);
- ``steady``  the same again: N passes that find nothing new (the every-poll pass);
- ``paced``   N passes scheduled evenly over a window (as the periodic task spreads
              them over each minute), at half the capacity measured in ``first``, after
              moving each account's second interview so that its briefing is due; the
              delay from each pass's due time to its briefing's delivery is what a user
              waits beyond the poll interval.

Passes act at the wall clock, as in production (the interviews are placed relative to
it, and quiet hours are off). Each account's poll interval is a year, so the periodic
task adds no passes of its own; the benchmark enqueues them.

Reported: passes per second, p50/p95/max delay from due time to delivery (the briefing's
file in the Maildir), database connections held (``pg_stat_activity``, sampled every
0.1 s), CPU seconds per pass of the workers and of PostgreSQL, and what one account costs
at rest (rows and bytes of its store tables).

Run:  python scripts/bench_operator.py [--accounts 1000] [--workers 1,2] [--concurrency 4]
                                       [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# An interview this far ahead has its briefing (24 hours ahead) due now.
DUE_NOW = timedelta(hours=20)
# The benchmark's own connections carry this name, and are not counted.
BENCH = "ia-bench"
TICKS = 1.0 / os.sysconf("SC_CLK_TCK")
WAIT_S = 1800


def interview_ics(account: str, starts: tuple[datetime, datetime]) -> bytes:
    """Two follow-up interviews for ``account`` at ``starts``, each with two interviewers."""
    fmt = "%Y%m%dT%H%M%SZ"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"]
    for start, company in zip(starts, ("Acme", "Globex"), strict=True):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{account}-{company.lower()}-2",
            "DTSTAMP:20270101T000000Z",
            f"DTSTART:{start:{fmt}}",
            f"DTEND:{start + timedelta(hours=1):{fmt}}",
            f"SUMMARY:Second interview – Product Manager at {company}",
            f"ORGANIZER;CN=Jordan Lee:mailto:jordan@{company.lower()}.example",
            f"ATTENDEE;CN=Jordan Lee;PARTSTAT=ACCEPTED:mailto:jordan@{company.lower()}.example",
            f"ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@{company.lower()}.example",
            f"ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:{account}@example.com",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


class CalendarServer:
    """Serves ``/<account>.ics``, counting the requests. The first interview's briefing is
    due from the start; the second one's when :meth:`second_due_now` moves it."""

    def __init__(self) -> None:
        now = datetime.now(UTC)
        self.starts = (now + DUE_NOW, now + timedelta(days=30))
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests += 1
                body = interview_ics(self.path.strip("/").removesuffix(".ics"), server.starts)
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.request_queue_size = 128
        self.http.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.http.server_address[1]}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def second_due_now(self) -> None:
        self.starts = (self.starts[0], datetime.now(UTC) + DUE_NOW)


def account_config(account: str, calendars: str, mail: Path) -> str:
    return (
        f'[user]\nname = "Job Seeker {account}"\nemail = "{account}@example.com"\n'
        'timezone = "Europe/Berlin"\n'
        f'[calendar]\nics = ["{calendars}/{account}.ics"]\n'
        # A yearly poll: the periodic task adds no passes of its own during a run. Drafts
        # a week after, no quiet hours: a delivering pass delivers one briefing, any hour.
        '[schedule]\npoll = "365d"\ndrafts_after = "7d"\nquiet_hours = ""\n'
        f'[mail]\nbackend = "local"\n[mail.local]\npath = "{mail}"\n'
    )


class Sampler:
    """Samples the connections to one database every 0.1 s in a thread."""

    def __init__(self, admin: str, dbname: str) -> None:
        import psycopg

        self.connection = psycopg.connect(admin, autocommit=True, application_name=BENCH)
        self.dbname = dbname
        self.samples: list[int] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.stop.is_set():
            row = self.connection.execute(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = %s AND application_name <> %s",
                (self.dbname, BENCH),
            ).fetchone()
            self.samples.append(int(row[0]) if row else 0)
            self.stop.wait(0.1)

    def close(self) -> dict[str, float]:
        self.stop.set()
        self.thread.join()
        self.connection.close()
        return {"max": max(self.samples), "median": statistics.median(self.samples)}


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds of ``pids`` (and their reaped children) so far."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15]) * TICKS  # utime stime cutime cstime
    return total


def postgres_pids(root: Path) -> list[int]:
    """The processes of the server whose data folder is under ``root``."""
    pid_file = root / "data" / "postmaster.pid"
    postmaster = int(pid_file.read_text().split()[0])
    children = Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
    return [postmaster, *map(int, children)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def delivered(mail: Path) -> dict[str, float]:
    """Account → when its briefing reached its INBOX (the file's mtime, Unix seconds)."""
    found = {}
    for box in mail.iterdir():
        new = box / "new"
        files = list(new.iterdir()) if new.is_dir() else []
        if files:
            found[box.name] = max(f.stat().st_mtime for f in files)
    return found


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.05)


def run_workers(
    count: int, concurrency: int, env: dict[str, str], logs: Path
) -> list[subprocess.Popen[bytes]]:
    processes = []
    for n in range(count):
        log = (logs / f"worker-{count}-{n}.log").open("wb")
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "assistant",
                    "worker",
                    "--name",
                    f"w{n}",
                    "--concurrency",
                    str(concurrency),
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    for n, process in enumerate(processes):
        wait_until(
            lambda n=n: "working the queue" in (logs / f"worker-{count}-{n}.log").read_text(),
            "the workers to start",
        )
        if process.poll() is not None:
            raise SystemExit((logs / f"worker-{count}-{n}.log").read_text())
    return processes


def one_setup(
    server: Any, accounts: list[str], workers: int, concurrency: int, tmp: Path
) -> dict[str, Any]:
    """One deployment, ``workers`` worker processes, the three phases; the figures."""
    import psycopg
    from cryptography.fernet import Fernet

    from assistant.operator import queue
    from tests.operator.databases import operator_database, with_accounts

    calendars = CalendarServer()
    mail = tmp / f"mail-{workers}"
    url = operator_database(server)
    dbname = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    admin = server.conninfo(dbname)
    began = time.perf_counter()
    for account in accounts:
        with_accounts(url, account, config=account_config(account, calendars.base, mail / account))
    adding = time.perf_counter() - began
    queue.migrate(url)
    env = {
        **os.environ,
        "INTERVIEW_ASSISTANT_DATABASE_URL": url,
        "INTERVIEW_ASSISTANT_TOKEN_KEYS": Fernet.generate_key().decode(),
        "INTERVIEW_ASSISTANT_HOME": str(tmp / f"home-{workers}"),
        "PYTHONPATH": str(REPO),
    }
    processes = run_workers(workers, concurrency, env, tmp)
    pids = [p.pid for p in processes]
    app = queue.make_app(f"{url} application_name={BENCH}", periodic=False)
    figures: dict[str, Any] = {"workers": workers, "concurrency": concurrency,
                               "adding_accounts_s": adding}  # fmt: skip

    def idle() -> bool:
        return not queue.pass_jobs(app, ["todo", "doing"])

    def phase(name: str, spread_s: float, expect_briefings: bool) -> None:
        sampler = Sampler(admin, dbname)
        cpu_w, cpu_pg = cpu_seconds(pids), cpu_seconds(postgres_pids(server.root))
        before = delivered(mail) if mail.exists() else {}
        # A burst is due as it is enqueued (NOTIFY wakes the workers); a spread is due at
        # each pass's slot, which a worker finds by polling (every 5 s) as in production.
        t0 = time.time() + (1.0 if spread_s else 0.0)
        due = {}
        for i, account in enumerate(accounts):
            if spread_s:
                due[account] = t0 + spread_s * i / len(accounts)
                at = datetime.fromtimestamp(due[account], UTC)
                queue.enqueue_pass(app, account, at=at)
            else:
                due[account] = time.time()
                queue.enqueue_pass(app, account)

        def finished() -> bool:
            if queue.pass_jobs(app, ["todo", "doing"]):
                return False
            if not expect_briefings:
                return True
            now_delivered = delivered(mail)
            return all(now_delivered.get(a, 0) > before.get(a, 0) for a in accounts)

        wait_until(finished, f"the {name} passes")
        elapsed = time.time() - t0
        connections = sampler.close()
        result: dict[str, Any] = {
            "passes": len(accounts),
            "elapsed_s": elapsed,
            "passes_per_s": len(accounts) / elapsed,
            "connections": connections,
            "worker_cpu_s_per_pass": (cpu_seconds(pids) - cpu_w) / len(accounts),
            "postgres_cpu_s_per_pass": (cpu_seconds(postgres_pids(server.root)) - cpu_pg)
            / len(accounts),
            "failed": len(queue.pass_jobs(app, ["failed"])),
        }
        if expect_briefings:
            # Exactly once: each account's INBOX holds one briefing per interview so far.
            wanted = 2 if name == "paced" else 1
            counts = [len(list((mail / a / "new").iterdir())) for a in accounts]
            result["accounts_with_wrong_briefing_count"] = sum(c != wanted for c in counts)
            at = delivered(mail)
            delays = [at[a] - due[a] for a in accounts]
            result["delay_s"] = {
                "p50": percentile(delays, 50),
                "p95": percentile(delays, 95),
                "max": max(delays),
            }
        figures[name] = result
        print(f"  {workers} worker(s), {name}: {json.dumps(result)}", flush=True)

    try:
        with app.open():
            phase("first", 0.0, expect_briefings=True)
            phase("steady", 0.0, expect_briefings=False)
            # The second interview moves closer, so its briefing is due: passes like the
            # first ones, offered at half the measured capacity.
            calendars.second_due_now()
            rate = figures["first"]["passes_per_s"] / 2
            phase("paced", len(accounts) / rate, True)
            assert idle()
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=120)
        figures["at_rest"] = costs(admin, len(accounts))
        figures["periodic_enqueue_s"] = periodic_cost(url, env)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
        calendars.http.shutdown()
    figures["calendar_requests"] = calendars.requests
    return figures


def periodic_cost(url: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds the every-minute task takes over all accounts: its first run in a worker
    (every account's config parsed for its poll interval) and a later one (cached)."""
    from assistant.operator import queue
    from assistant.operator.deployment import Deployment
    from assistant.operator.schedule import PollIntervals
    from assistant.operator.settings import OperatorSettings

    deployment = Deployment(OperatorSettings.from_env(env))
    polls = PollIntervals(deployment)
    app = queue.make_app(f"{url} application_name={BENCH}", periodic=False)
    timings = {}
    minute = int(time.time()) // 60 * 60
    with app.open():
        for run in ("first", "later"):
            began = time.perf_counter()
            queue.enqueue_due(app, deployment, minute, polls)
            timings[run] = time.perf_counter() - began
            minute += 60
    deployment.close()
    return timings


def costs(admin: str, accounts: int) -> dict[str, Any]:
    """Rows and bytes per account in the store's tables (as the superuser: RLS bypassed)."""
    import psycopg

    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r' "
                "AND relname NOT LIKE 'procrastinate%' ORDER BY relname"
            )
        ]
        rows, size = {}, 0
        for table in tables:
            count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            rows[table] = int(count[0]) if count else 0
            total = connection.execute("SELECT pg_total_relation_size(%s)", (table,)).fetchone()
            size += int(total[0]) if total else 0
        queue_size = connection.execute(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "WHERE c.relkind = 'r' AND c.relname LIKE 'procrastinate%'"
        ).fetchone()
    return {
        "rows_per_account": sum(rows.values()) / accounts,
        "rows_by_table": rows,
        "bytes_per_account": size / accounts,
        "queue_bytes": int(queue_size[0]) if queue_size else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--workers", default="1,2", help="worker counts to measure")
    parser.add_argument("--concurrency", type=int, default=4, help="passes per worker")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()

    from tests.postgres_server import PostgresServer, find_binaries, server_os_user
    from tests.servers import free_port

    binaries = find_binaries()
    if binaries is None:
        raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="ia-bench-pg-"))
    tmp = Path(tempfile.mkdtemp(prefix="ia-bench-"))
    server = PostgresServer(
        root=root, port=free_port(), binaries=binaries, os_user=server_os_user()
    )
    accounts = [f"acct-{n:05d}" for n in range(args.accounts)]
    report: dict[str, Any] = {
        "accounts": args.accounts,
        "cpus": os.cpu_count(),
        "load_before": os.getloadavg(),
        "python": sys.version.split()[0],
        "runs": [],
    }
    try:
        server.start()
        for workers in (int(w) for w in args.workers.split(",")):
            report["runs"].append(one_setup(server, accounts, workers, args.concurrency, tmp))
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
    report["load_after"] = os.getloadavg()
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

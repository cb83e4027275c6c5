#!/usr/bin/env python3
"""Benchmark: scanning big calendars, re-ticks on unchanged input, detection, start-up.

Synthetic calendars of 1k, 10k and 50k single events spread over two years, plus
one weekly series of 104 instances for every 20 single events, are read four ways:

- ``plain``  icalendar parse + recurring_ical_events expansion over the two years;
- ``parse``  the icalendar parse alone (the floor a full parse cannot go under);
- ``ical``   the ``ical`` library's timeline over the two years (skipped if missing);
- ``scan``   the assistant's own read: only its window (120 days back, 60 ahead),
  single events outside it dropped before parsing, series expanded inside it.

Then a re-tick: the same read in a new process with the store's cache warm, on
the unchanged file and on a URL (a local ``http.server`` answering 304 to the
conditional GET). Each measurement runs in a fresh child process, timed from
after its imports; peak memory is the child's maximum resident set size.

Also: detection throughput (``scripts/bench_detect.py``), ``--help`` and
``drafts list`` start-up next to ``python -c pass`` (best of N), and the HTTP
requests per steady-state poll at Google and Microsoft (``scripts/bench_providers.py``).

Run:  python scripts/bench.py [--quick] [--json bench-results.json]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2027, 4, 12, 8, 0, tzinfo=UTC)
SIZES = (1_000, 10_000, 50_000)
SERIES_EVERY = 20
STARTUP_RUNS = 7

# --- the synthetic calendar ---------------------------------------------------------------

TITLES = ["Standup", "1:1 with Dana", "Design review", "Lunch", "Planning", "Dentist"]
INTERVIEWS = ["Phone screen – {c}", "Second interview – Product Manager at {c}"]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"]
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Berlin",
    "BEGIN:STANDARD",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def synthetic_calendar(singles: int, now: datetime = NOW) -> bytes:
    """``singles`` events over [now - 1 year, now + 1 year), and a weekly series per 20."""
    rnd = random.Random(singles)
    base = (now - timedelta(days=365)).replace(tzinfo=None)
    local = "%Y%m%dT%H%M%S"
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interview-assistant//bench//EN"]
    out += VTIMEZONE
    for i in range(singles):
        start = base + timedelta(minutes=15 * rnd.randrange(2 * 365 * 24 * 4))
        company = COMPANIES[i % len(COMPANIES)]
        title = (INTERVIEWS[i % 2] if i % 50 == 0 else rnd.choice(TITLES)).format(c=company)
        out += [
            "BEGIN:VEVENT",
            f"UID:single-{i}@bench",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=Europe/Berlin:{start:{local}}",
            f"DTEND;TZID=Europe/Berlin:{start + timedelta(hours=1):{local}}",
            f"SUMMARY:{title}",
            "DESCRIPTION:Agenda: review the numbers\\, then next steps.\\nJoin: https://meet.google.com/abc-defg-hij",
            f"ORGANIZER;CN=Jordan Lee:mailto:jordan@{company.lower()}.example",
            "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.com",
            f"ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@{company.lower()}.example",
            "END:VEVENT",
        ]
        if i % SERIES_EVERY == 0:
            first = base + timedelta(days=rnd.randrange(7), hours=rnd.randrange(8, 18))
            out += [
                "BEGIN:VEVENT",
                f"UID:series-{i}@bench",
                "DTSTAMP:20260101T000000Z",
                f"DTSTART;TZID=Europe/Berlin:{first:{local}}",
                f"DTEND;TZID=Europe/Berlin:{first + timedelta(minutes=30):{local}}",
                "RRULE:FREQ=WEEKLY;COUNT=104",
                f"SUMMARY:Weekly sync {i}",
                "END:VEVENT",
            ]
    out.append("END:VCALENDAR")
    return ("\r\n".join(out) + "\r\n").encode()


# --- one measurement, in a child process ---------------------------------------------------


def _peak_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def measure(kind: str, location: str, database: str) -> dict[str, Any]:
    """Runs in the child: import what ``kind`` needs, then time only the work."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Europe/Berlin")
    two_years = (NOW - timedelta(days=365), NOW + timedelta(days=365))
    window = (NOW - timedelta(days=120), NOW + timedelta(days=60))
    if kind in ("plain", "parse"):
        import icalendar
        import recurring_ical_events

        data = Path(location).read_bytes()
        began = time.perf_counter()
        calendar = icalendar.Calendar.from_ical(data)
        count = len(calendar.subcomponents)
        if kind == "plain":
            count = len(recurring_ical_events.of(calendar).between(*two_years))
    elif kind == "ical":
        from ical.calendar_stream import IcsCalendarStream

        text = Path(location).read_text()
        began = time.perf_counter()
        calendar = IcsCalendarStream.calendar_from_ics(text)
        count = sum(1 for _ in calendar.timeline_tz(tz).overlapping(*two_years))
    else:  # scan, retick: the assistant's own read, with the cache when given a database
        from assistant.sources.event_cache import EventCache
        from assistant.sources.ics import IcsSource, Owner
        from assistant.store import Store

        owner = Owner(frozenset({"me@example.com"}), tz)
        store = Store.open(database) if database else None
        if location.startswith("http"):
            import requests  # noqa: F401  (imported by the source on first use)
        began = time.perf_counter()
        source = IcsSource(location, owner, EventCache(store) if store else None)
        result = source.read(*window)
        count = len(result.events)
        if kind == "retick" and not result.unchanged:
            raise SystemExit("the re-tick parsed again: the cache was not used")
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "peak_mb": _peak_mb(), "items": count}


def child(kind: str, location: str, database: str = "") -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, location, database],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# --- a local server answering conditional GETs ---------------------------------------------


def serve(path: Path) -> tuple[ThreadingHTTPServer, str]:
    body = path.read_bytes()
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    modified = formatdate(path.stat().st_mtime, usegmt=True)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/private-link/basic.ics"


# --- the parts of the report --------------------------------------------------------------


def calendars(sizes: tuple[int, ...], folder: Path) -> list[dict[str, Any]]:
    rows = []
    has_ical = importlib.util.find_spec("ical") is not None
    for size in sizes:
        path = folder / f"calendar-{size}.ics"
        path.write_bytes(synthetic_calendar(size))
        row: dict[str, Any] = {"singles": size, "series": size // SERIES_EVERY}
        row["megabytes"] = round(path.stat().st_size / 2**20, 1)
        print(f"  {size:,} events ({row['megabytes']} MB)...", file=sys.stderr, flush=True)
        row["plain"] = child("plain", str(path))
        row["parse"] = child("parse", str(path))
        row["ical"] = child("ical", str(path)) if has_ical else {"error": "pip install ical"}
        row["scan"] = child("scan", str(path))
        database = str(folder / f"state-{size}.db")
        child("scan", str(path), database)  # warms the cache, as the previous tick would
        row["retick_file"] = child("retick", str(path), database)
        server, url = serve(path)
        try:
            url_database = str(folder / f"state-url-{size}.db")
            child("scan", url, url_database)
            row["retick_url"] = child("retick", url, url_database)
        finally:
            server.shutdown()
        plain = row["plain"].get("seconds")
        for name in ("parse", "ical", "scan", "retick_file", "retick_url"):
            seconds = row[name].get("seconds")
            if plain and seconds:
                row[name]["ratio_to_plain"] = round(seconds / plain, 3)
        if row["ical"].get("seconds") and row["scan"].get("seconds"):
            row["scan"]["ratio_to_ical"] = round(row["scan"]["seconds"] / row["ical"]["seconds"], 3)
        rows.append(row)
    return rows


def detection() -> dict[str, Any]:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import bench_detect

        return dict(bench_detect.run(10_000))
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}


def provider_requests() -> dict[str, Any]:
    sys.path.insert(0, str(REPO / "scripts"))
    sys.path.insert(0, str(REPO))  # the Microsoft part replays the tests' stand-ins
    try:
        import bench_providers

        return dict(bench_providers.run())
    except Exception as exc:
        return {"error": f"n/a ({type(exc).__name__}: {exc})"}


def best_of(command: list[str], env: dict[str, str], runs: int = STARTUP_RUNS) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - began)
    return min(times)


def startup(folder: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "INTERVIEW_ASSISTANT_HOME": str(folder / "home")}
    subprocess.run(
        [sys.executable, "-m", "assistant", "drafts", "list"], env=env, capture_output=True
    )
    baseline = best_of([sys.executable, "-c", "pass"], env)
    help_time = best_of([sys.executable, "-m", "assistant", "--help"], env)
    drafts = best_of([sys.executable, "-m", "assistant", "drafts", "list"], env)
    return {
        "python_c_pass": baseline,
        "help": help_time,
        "drafts_list": drafts,
        "help_over_python": help_time - baseline,
        "drafts_list_over_python": drafts - baseline,
    }


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for package in ("icalendar", "recurring-ical-events", "ical"):
        try:
            from importlib.metadata import version

            versions[package] = version(package)
        except Exception:
            versions[package] = "not installed"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        **versions,
    }


# --- printing -----------------------------------------------------------------------------


def _cell(result: dict[str, Any], ratio: str = "ratio_to_plain") -> str:
    if "error" in result:
        return "n/a"
    text = f"{result['seconds']:.3f}s {result['peak_mb']:.0f}MB"
    return text + (f" ({result[ratio]:.2f}x)" if ratio in result else "")


def print_table(report: dict[str, Any]) -> None:
    print(
        f"\nMachine: {report['machine']['cpu']}, {report['machine']['cores']} cores, "
        f"Python {report['machine']['python']}"
    )
    header = (
        "events",
        "plain",
        "parse only",
        "ical timeline",
        "scan",
        "re-tick file",
        "re-tick 304",
    )
    print("\n" + " | ".join(header))
    print(" | ".join("---" for _ in header))
    for row in report["calendars"]:
        cells = [f"{row['singles']:,}+{row['series']} series ({row['megabytes']} MB)"]
        cells += [_cell(row["plain"]).split(" (")[0]]
        cells += [_cell(row[k]) for k in ("parse", "ical", "scan", "retick_file", "retick_url")]
        print(" | ".join(cells))
    detect = report["detection"]
    if "events_per_second" in detect:
        print(
            f"\nDetection: {detect['events_per_second']:,.0f} events/s ({detect['events']:,} events)"
        )
    else:
        print(f"\nDetection: {detect.get('error')}")
    s = report["startup"]
    print(
        f"Start-up (best of {STARTUP_RUNS}): python -c pass {s['python_c_pass'] * 1000:.0f} ms, "
        f"--help {s['help'] * 1000:.0f} ms (+{s['help_over_python'] * 1000:.0f}), "
        f"drafts list {s['drafts_list'] * 1000:.0f} ms (+{s['drafts_list_over_python'] * 1000:.0f})"
    )
    print(f"Provider requests: {json.dumps(report['providers'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the 1k calendar")
    parser.add_argument(
        "--json", default=str(REPO / "bench-results.json"), help="where to write JSON"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(*args.child)))
        return
    sizes = SIZES[:1] if args.quick else SIZES
    with tempfile.TemporaryDirectory(prefix="ia-bench-") as name:
        folder = Path(name)
        print("measuring calendars (each in a fresh process)...", file=sys.stderr)
        report = {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine(),
            "calendars": calendars(sizes, folder),
            "detection": detection(),
            "startup": startup(folder),
            "providers": provider_requests(),
        }
    print_table(report)
    Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()

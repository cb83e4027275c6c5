#!/usr/bin/env python3
"""Benchmark: scanning big calendars, re-ticks on unchanged input, detection, start-up.

Synthetic calendars of 1k, 10k and 50k single events spread over two years (each
with an organizer and guests), plus one weekly series of 104 instances with no one
invited for every 20 single events, are read by every contender over the *same*
window, twice: the default window a ``tick`` reads (120 days back, 60 ahead) and two
years:

- ``parse``  the icalendar parse alone (the floor of any design that parses everything);
- ``plain``  icalendar parse + recurring-ical-events expansion of the window;
- ``ical``   the ``ical`` library's timeline over the window (``pip install .[bench]``);
- ``scan``   the assistant: read and detect. In the default window it skips what
  cannot matter, as ``tick`` and ``scan`` do; in the two-year one it reads every
  event, as ``scan --all`` does. A calendar of 1 MB or more is read on two cores
  (half its events in a second process); its peak memory is given for both;
- ``scan1``  the same on one core (the calendar not split), for the single-core figure.

Then a re-tick: the default-window read in a new process with the store's cache
warm, on the unchanged file and on a URL (a local ``http.server`` answering 304).
Each measurement runs in a fresh child process, timed from after its imports; peak
memory is the child's maximum resident set size. Every ratio is taken within one
run (all contenders measured one after the other), and ``--repeat`` shows how much
the ratios move between runs on a busy machine.

Also: detection throughput (``scripts/bench_detect.py``), ``--help`` and
``drafts list`` start-up (with no drafts, and with 20 waiting) next to ``python -c
pass`` (best of N), and the HTTP
requests per steady-state poll at Google and Microsoft (``scripts/bench_providers.py``).

Run:  python scripts/bench.py [--quick] [--sizes 1000,10000] [--repeat 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import random
import statistics
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


def _peak_mb(who: str = "RUSAGE_SELF") -> float:
    """Peak resident memory of this process (or, with ``RUSAGE_CHILDREN``, of its
    largest child: the second reader of a calendar read on two cores), in MB."""
    import resource

    peak = resource.getrusage(getattr(resource, who)).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


WINDOWS = {
    # the default window a tick reads: [calendar] history_days back, window_days ahead
    "default": (NOW - timedelta(days=120), NOW + timedelta(days=60)),
    "two_years": (NOW - timedelta(days=365), NOW + timedelta(days=365)),
}


_cpu_before_children = 0.0


def measure(kind: str, location: str, database: str) -> dict[str, Any]:
    """Runs in the child: import what ``kind`` needs, then time only the work.

    ``kind`` is ``parse`` (the icalendar parse alone) or ``<contender>:<window>``:
    ``plain`` (icalendar + recurring-ical-events), ``ical`` (the ``ical`` library's
    timeline), ``scan`` (the assistant: read and detect, skipping what cannot matter
    in the default window as ``tick`` and ``scan`` do, everything in the two-year one
    as ``scan --all`` does), ``scan1`` (the same on one core: a large calendar is not
    split between two processes, :mod:`assistant.sources.parallel`), ``retick`` (the
    same with the store's cache warm).
    """
    from zoneinfo import ZoneInfo

    global _cpu_before_children
    _cpu_before_children = _cpu("RUSAGE_CHILDREN")
    tz = ZoneInfo("Europe/Berlin")
    contender, _, window_name = kind.partition(":")
    window = WINDOWS.get(window_name, WINDOWS["default"])
    if contender in ("plain", "parse"):
        import icalendar
        import recurring_ical_events

        data = Path(location).read_bytes()
        began, cpu = time.perf_counter(), _cpu()
        calendar = icalendar.Calendar.from_ical(data)
        count = len(calendar.subcomponents)
        if contender == "plain":
            count = len(recurring_ical_events.of(calendar).between(*window))
    elif contender == "ical":
        from ical.calendar_stream import IcsCalendarStream

        text = Path(location).read_text()
        began, cpu = time.perf_counter(), _cpu()
        calendar = IcsCalendarStream.calendar_from_ics(text)
        count = sum(1 for _ in calendar.timeline_tz(tz).overlapping(*window))
    else:  # scan, scan1, retick: the assistant's own read and detection
        from assistant.detect import Profile, detect, warm_up
        from assistant.detect.text.relevance import Relevance
        from assistant.sources import parallel
        from assistant.sources.event_cache import EventCache
        from assistant.sources.expansion import ReadLimits
        from assistant.sources.ics import IcsSource, Owner
        from assistant.store import Store

        # Start-up stays out of the timing: what importing detection used to do (compile
        # the vocabularies, read the word lists) is done here, before the clock starts.
        warm_up()
        profile = Profile.build(["me@example.com"])
        owner = Owner(profile.addresses, tz)
        relevance = Relevance.of(profile) if window_name == "default" else None
        # The two-year read is the whole window, as with a raised [limits] calendar_seconds:
        # the default budget (10 s, 200,000 instances) would stop it early at 50k events.
        limits = ReadLimits(seconds=600, instances=10**7) if window_name == "two_years" else None
        store = Store.open(database) if database else None
        if store is not None:  # what a tick imports to reuse verdicts (`scan` does not)
            from assistant.pipeline.reuse import detect_or_reuse
        if contender == "scan1":  # on one core: no calendar is large enough to split
            parallel.PARALLEL_MIN_BYTES = sys.maxsize
        if location.startswith("http"):
            import requests  # noqa: F401  (imported by the source on first use)
        steps = _time_the_split()
        began, cpu = time.perf_counter(), _cpu()
        cache = EventCache(store) if store else None
        source = IcsSource(location, owner, cache, limits, relevance)
        result = source.read(*window)
        read_seconds, read_cpu = time.perf_counter() - began, _cpu() - cpu
        if store is not None:  # as a tick detects: reusing the previous pass's verdicts
            detections, reused = detect_or_reuse(
                result.events, profile, {}, [result.token], store, NOW
            )
        else:
            detections, reused = detect(result.events, profile), False
        count = len(detections)
        if contender == "retick" and not (result.unchanged and reused):
            raise SystemExit("the re-tick parsed or detected again: the cache was not used")
        if any("stopped reading" in warning for warning in result.warnings):
            raise SystemExit("the read was cut short by its budget: " + result.warnings[0])
        seconds, cpu_seconds = time.perf_counter() - began, _cpu() - cpu
        child_cpu = _cpu("RUSAGE_CHILDREN") - _cpu_before_children
        # On two free cores: the split, then the longer of this process's half and the
        # child's read, then what follows here (taking the child's events, detection).
        split, half = steps.get("split", 0.0), steps.get("half", read_cpu)
        after = cpu_seconds - split - half
        return {
            "seconds": seconds,
            "read_seconds": read_seconds,
            "cpu_seconds": cpu_seconds,
            "child_cpu_seconds": child_cpu,
            "critical_cpu_seconds": split + max(half, child_cpu) + after,
            "peak_mb": _peak_mb(),
            "child_peak_mb": _peak_mb("RUSAGE_CHILDREN"),
            "items": count,
        }
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "cpu_seconds": _cpu() - cpu, "peak_mb": _peak_mb(), "items": count}


def _time_the_split() -> dict[str, float]:
    """CPU seconds of the two steps of a read on two cores that come before the child's
    events are taken (``split``: dividing the calendar; ``half``: this process's half),
    filled in as the read runs; empty when the calendar is read in one process."""
    from assistant.sources import ics

    steps: dict[str, float] = {}
    split, read_whole = ics.split_calendar, ics.IcsSource._read_whole

    def timed_split(*args: Any, **kwargs: Any) -> Any:
        began = _cpu()
        try:
            return split(*args, **kwargs)
        finally:
            steps["split"] = _cpu() - began

    def timed_half(self: Any, *args: Any, **kwargs: Any) -> Any:
        began = _cpu()
        try:
            return read_whole(self, *args, **kwargs)
        finally:
            if "split" in steps:  # a whole read (no split) is not a half
                steps["half"] = steps.get("half", 0.0) + _cpu() - began

    ics.split_calendar = timed_split  # type: ignore[assignment]
    ics.IcsSource._read_whole = timed_half  # type: ignore[method-assign]
    return steps


def _cpu(who: str = "RUSAGE_SELF") -> float:
    """CPU seconds (user + system) of this process, or of its ended children (the
    second reader of a calendar read on two cores)."""
    import resource

    usage = resource.getrusage(getattr(resource, who))
    return usage.ru_utime + usage.ru_stime


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


# Ratios within one run: (name, numerator, denominator, the numerator's figure); the
# assistant's figures are read and detection ("seconds") or the read alone.
RATIOS = [
    ("scan_all_2y / plain_2y", "scan:two_years", "plain:two_years", "seconds"),
    ("scan_all_2y one core / plain_2y", "scan1:two_years", "plain:two_years", "seconds"),
    ("ical_2y / plain_2y", "ical:two_years", "plain:two_years", "seconds"),
    ("parse / plain_2y", "parse", "plain:two_years", "seconds"),
    ("scan_default / plain_default", "scan:default", "plain:default", "seconds"),
    ("ical_default / plain_default", "ical:default", "plain:default", "seconds"),
    ("scan_default / parse", "scan:default", "parse", "seconds"),
    ("scan_default one core / parse", "scan1:default", "parse", "seconds"),
    ("retick_file read / plain_default", "retick:default", "plain:default", "read_seconds"),
    ("retick_url read / plain_default", "retick_url:default", "plain:default", "read_seconds"),
    ("retick_file with detection / plain_default", "retick:default", "plain:default", "seconds"),
]
# CPU time (user + system), steadier than the wall clock on a shared machine. A read on
# two cores is counted by its critical path: the split, the longer of the two halves,
# then taking the child's events and detection (what it would take on two free cores).
CPU_RATIOS = [
    ("scan_all_2y / plain_2y", "scan:two_years", "plain:two_years"),
    ("scan_all_2y one core / plain_2y", "scan1:two_years", "plain:two_years"),
    ("parse / plain_2y", "parse", "plain:two_years"),
]
MEMORY_RATIOS = [
    ("scan_default / plain_default", "scan:default", "plain:default"),
    ("scan_default one core / plain_default", "scan1:default", "plain:default"),
]


def one_run(path: Path, folder: Path, has_ical: bool) -> dict[str, Any]:
    """Every contender on one calendar, one after the other: one run."""
    run: dict[str, Any] = {"parse": child("parse", str(path))}
    for window in WINDOWS:
        run[f"plain:{window}"] = child(f"plain:{window}", str(path))
        run[f"ical:{window}"] = (
            child(f"ical:{window}", str(path)) if has_ical else {"error": "pip install ical"}
        )
        run[f"scan:{window}"] = child(f"scan:{window}", str(path))
        run[f"scan1:{window}"] = child(f"scan1:{window}", str(path))
    database = str(folder / f"state-{path.stem}.db")
    Path(database).unlink(missing_ok=True)
    child("scan:default", str(path), database)  # warms the cache, as the previous tick would
    run["retick:default"] = child("retick:default", str(path), database)
    server, url = serve(path)
    try:
        url_database = str(folder / f"state-url-{path.stem}.db")
        Path(url_database).unlink(missing_ok=True)
        child("scan:default", url, url_database)
        run["retick_url:default"] = child("retick:default", url, url_database)
    finally:
        server.shutdown()
    run["ratios"] = {
        name: round(run[a][figure] / run[b]["seconds"], 3)
        for name, a, b, figure in RATIOS
        if run[a].get(figure) and run[b].get("seconds")
    }
    run["cpu_ratios"] = {
        name: round(_longer_cpu(run[a]) / run[b]["cpu_seconds"], 3)
        for name, a, b in CPU_RATIOS
        if run[a].get("cpu_seconds") and run[b].get("cpu_seconds")
    }
    run["memory_ratios"] = {
        name: round(run[a]["peak_mb"] / run[b]["peak_mb"], 3)
        for name, a, b in MEMORY_RATIOS
        if run[a].get("peak_mb") and run[b].get("peak_mb")
    }
    return run


def _longer_cpu(result: dict[str, Any]) -> float:
    """The CPU seconds a measurement would take on free cores: its critical path (a read
    on two cores waits for its child before detecting), else its one process's."""
    return float(result.get("critical_cpu_seconds") or result["cpu_seconds"])


def calendars(sizes: tuple[int, ...], folder: Path, repeat: int) -> list[dict[str, Any]]:
    rows = []
    has_ical = importlib.util.find_spec("ical") is not None
    for size in sizes:
        path = folder / f"calendar-{size}.ics"
        path.write_bytes(synthetic_calendar(size))
        row: dict[str, Any] = {"singles": size, "series": size // SERIES_EVERY}
        row["megabytes"] = round(path.stat().st_size / 2**20, 1)
        row["runs"] = []
        for number in range(repeat):
            print(
                f"  {size:,} events ({row['megabytes']} MB), run {number + 1}/{repeat}...",
                file=sys.stderr,
                flush=True,
            )
            row["runs"].append(one_run(path, folder, has_ical))
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


STARTUP_DRAFTS = 20


def home_with_drafts(home: Path, count: int = STARTUP_DRAFTS) -> None:
    """A set-up home with ``count`` drafts waiting, each with its copy in the local
    Maildir (``drafts list`` checks every copy is still there) and its stored reason."""
    from email.message import EmailMessage

    from assistant.mail.maildir import MaildirMailbox
    from assistant.models import DraftKind
    from assistant.store import Store

    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text('[user]\nemail = "me@example.com"\n', encoding="utf-8")
    mailbox = MaildirMailbox(home / "mailbox")
    with Store.open(home / "state.db") as store:
        for n in range(count):
            draft, _ = store.add_draft(
                key=f"draft/bench-{n}/thank-you/person{n}@acme.example",
                event_id=f"bench-{n}",
                kind=DraftKind.THANK_YOU,
                recipients=[f"person{n}@acme.example"],
                subject=f"Thank you — interview {n} at Acme",
                body="Hello,\n\nThank you for your time today.\n",
                message_id=f"<bench-{n}@interview-assistant.local>",
                guessed_recipient=False,
                interview_summary=f"Second interview {n} – Acme",
                now=NOW,
                reason="on the invite",
            )
            message = EmailMessage()
            message["To"], message["Subject"] = draft.to_header, draft.subject
            message["Message-ID"] = draft.message_id
            message.set_content(draft.body)
            store.update_draft(draft.id, NOW, mailbox_ref=mailbox.save_draft(message))


def startup(folder: Path) -> dict[str, float]:
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)  # a set-up home with no drafts: commands run
    (home / "config.toml").write_text('[user]\nemail = "me@example.com"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "INTERVIEW_ASSISTANT_HOME": str(home)}
    drafts_list = [sys.executable, "-m", "assistant", "drafts", "list"]
    subprocess.run(drafts_list, env=env, capture_output=True)
    baseline = best_of([sys.executable, "-c", "pass"], env)
    help_time = best_of([sys.executable, "-m", "assistant", "--help"], env)
    drafts = best_of(drafts_list, env)
    listed = subprocess.run(drafts_list, env=env, capture_output=True)
    if b"No drafts waiting" not in listed.stdout:
        raise SystemExit(f"drafts list did not run: {listed.stderr.decode()[-300:]}")
    busy = folder / "home-with-drafts"
    home_with_drafts(busy)
    busy_env = {**env, "INTERVIEW_ASSISTANT_HOME": str(busy)}
    listed = subprocess.run(drafts_list, env=busy_env, capture_output=True)
    if listed.stdout.count(b"why: on the invite") != STARTUP_DRAFTS:
        raise SystemExit(f"drafts list did not list the drafts: {listed.stderr.decode()[-300:]}")
    with_drafts = best_of(drafts_list, busy_env)
    return {
        "python_c_pass": baseline,
        "help": help_time,
        "drafts_list": drafts,
        "drafts_list_with_drafts": with_drafts,
        "help_over_python": help_time - baseline,
        "drafts_list_over_python": drafts - baseline,
        "drafts_list_with_drafts_over_python": with_drafts - baseline,
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


def _spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.3f}"
    ordered = sorted(values)
    return f"{statistics.median(ordered):.3f} ({ordered[0]:.3f}–{ordered[-1]:.3f})"


def print_table(report: dict[str, Any]) -> None:
    m = report["machine"]
    print(f"\nMachine: {m['cpu']}, {m['cores']} cores, {m['system']}, Python {m['python']}")
    print(
        "Libraries: "
        + ", ".join(f"{k} {m[k]}" for k in ("icalendar", "recurring-ical-events", "ical"))
    )
    for row in report["calendars"]:
        print(
            f"\n{row['singles']:,} events + {row['series']:,} weekly series "
            f"({row['megabytes']} MB), {len(row['runs'])} run(s)"
        )
        print("measurement | seconds | of which read | CPU s (child) | peak MB | items")
        print("--- | --- | --- | --- | --- | ---")
        first = row["runs"][0]
        for name, result in first.items():
            if name in ("ratios", "cpu_ratios", "memory_ratios"):
                continue
            if "error" in result:
                print(f"{name} | n/a ({result['error']}) | | | |")
                continue
            seconds = [r[name]["seconds"] for r in row["runs"] if "seconds" in r[name]]
            reads = [r[name]["read_seconds"] for r in row["runs"] if "read_seconds" in r[name]]
            peaks = [r[name]["peak_mb"] for r in row["runs"] if "peak_mb" in r[name]]
            children = [r[name].get("child_peak_mb", 0) for r in row["runs"]]
            cpus = [r[name].get("cpu_seconds", 0.0) for r in row["runs"]]
            child_cpus = [r[name].get("child_cpu_seconds", 0.0) for r in row["runs"]]
            cpu = _spread(cpus) + (f" ({_spread(child_cpus)})" if max(child_cpus) else "")
            read = _spread(reads) if reads else ""
            peak = f"{max(peaks):.0f}" + (f" (child {max(children):.0f})" if max(children) else "")
            print(f"{name} | {_spread(seconds)} | {read} | {cpu} | {peak} | {result['items']:,}")
        print("ratio (within each run) | median (min–max over runs)")
        print("--- | ---")
        for name in first["ratios"]:
            print(f"{name} | {_spread([r['ratios'][name] for r in row['runs']])}")
        for name in first.get("cpu_ratios", {}):
            values = [r["cpu_ratios"][name] for r in row["runs"]]
            print(f"CPU time {name} | {_spread(values)}")
        for name in first["memory_ratios"]:
            values = [r["memory_ratios"][name] for r in row["runs"]]
            print(f"peak memory {name} | {_spread(values)}")
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
        f"drafts list {s['drafts_list'] * 1000:.0f} ms (+{s['drafts_list_over_python'] * 1000:.0f}), "
        f"drafts list with {STARTUP_DRAFTS} drafts {s['drafts_list_with_drafts'] * 1000:.0f} ms "
        f"(+{s['drafts_list_with_drafts_over_python'] * 1000:.0f})"
    )
    print(f"Provider requests: {json.dumps(report['providers'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the 1k calendar")
    parser.add_argument(
        "--sizes", help="comma-separated numbers of single events (default 1000,10000,50000)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per calendar (default 1)")
    parser.add_argument(
        "--json", default=str(REPO / "bench-results.json"), help="where to write JSON"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(*args.child)))
        return
    sizes = SIZES[:1] if args.quick else SIZES
    if args.sizes:
        sizes = tuple(int(n) for n in args.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="ia-bench-") as name:
        folder = Path(name)
        print("measuring calendars (each in a fresh process)...", file=sys.stderr)
        report = {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine(),
            "calendars": calendars(sizes, folder, max(args.repeat, 1)),
            "detection": detection(),
            "startup": startup(folder),
            "providers": provider_requests(),
        }
    print_table(report)
    Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()

"""Detection's speed, held by a count that no load on the machine can change, and by a
loose ratio of CPU time for what the count cannot see.

Issue 15 asks that 10,000 events detect in well under a second. Seconds, and even ratios
of CPU time, depend on the machine and on what else runs on it: detection's ratio to
plain work over the same events was 5.0× to 5.9× on an idle machine and 12.9× to 19× on one
whose memory was contended (BENCHMARKS.md), so no ratio can hold a change of half again
on every machine. ``scripts/bench_detect.py 10000`` gives the seconds.

What holds it here:

- **The calls detection makes** (Python functions and C functions such as a regular
  expression's ``search``, as :mod:`cProfile` counts them) the first time it reads
  1,000 synthetic events in a fresh process: the same number on every run, load and
  hash seed. A rule added later that makes detection do two-fifths more is seen.
- **A loose ratio of CPU time** to plain work, for a rule whose few calls are each slow
  (a regular expression that backtracks): it fails at several times the usual cost.

Each has a second test proving it can fail.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from assistant.detect import Profile, detect, warm_up
from assistant.models import Event
from tests.unit.test_detect_extraction import load_bench

REPO = Path(__file__).resolve().parents[2]

# Calls made by the first detection of the 1,000 events in a fresh process after
# start-up: 660,054 when this was written, 684,530 after the rounds of 2026-12-01,
# 916,893 after those of 2026-12-02, 919,887 after those of 2026-12-03 (Python 3.11,
# every hash seed alike), 787,719 once no pattern was built from an employer's name that a
# substring test already rules out (2026-12-03), 797,989 after the rounds on development
# sets 56 to 59 that evening (recall, company names and roles: 1.3 % more), 665,295 once
# warm_up made the fixed patterns and name tables a first detection made (2026-12-03),
# 669,399 with the rounds on development sets 60 to 63 (roles and company names) merged:
# the budget is about 1 % over, so a new rule must pay for the calls it adds.
# Detecting them, emptying every cache and detecting them again always fails it (the
# second test). Lower it when detection gets cheaper.
CALLS_BUDGET = 672_000

# A fresh process, as a user's scan is: start-up, then the first detection of the 1,000
# events counted, ``times`` times over with every cache emptied between. Prints the count.
COUNT_CALLS = """
import cProfile, functools, gc, importlib.util, pstats, re, sys
from assistant.detect import Profile, detect, warm_up
spec = importlib.util.spec_from_file_location("bench_detect", "scripts/bench_detect.py")
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_detect"] = bench
spec.loader.exec_module(bench)
events = bench.synthetic_calendar(1000)
profile = Profile.build([bench.USER, bench.WORK])
warm_up()
profiler = cProfile.Profile()
for turn in range(int(sys.argv[1])):
    if turn:
        re.purge()
        for thing in gc.get_objects():
            if isinstance(thing, functools._lru_cache_wrapper):
                thing.cache_clear()
        warm_up()
    profiler.enable()
    detect(events, profile)
    profiler.disable()
print(pstats.Stats(profiler).total_calls)
"""

# CPU time of detecting 3,000 events over that of counting their words: 5.0 to 9 on an
# idle machine, 12.9 to 19 with contended memory (BENCHMARKS.md). Six times the work
# (32.6 on an idle machine) always fails it.
RATIO_LIMIT = 25.0
_WORD = re.compile(r"\w+")


def _calls(times: int = 1) -> int:
    """The calls (Python and C alike, as :class:`cProfile.Profile` counts them) of
    :data:`COUNT_CALLS` in a fresh interpreter, run from the checkout."""
    done = subprocess.run(
        [sys.executable, "-c", COUNT_CALLS, str(times)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[-1])


def _reference(events: Sequence[Event]) -> dict[str, int]:
    """Plain work over the same events: every word of their texts and every guest's
    domain counted in a dict."""
    seen: dict[str, int] = {}
    for event in events:
        for text in (event.summary, event.description):
            for word in _WORD.findall(text.lower()):
                seen[word] = seen.get(word, 0) + 1
        for attendee in event.attendees:
            domain = attendee.email.rsplit("@", 1)[-1]
            seen[domain] = seen.get(domain, 0) + 1
    return seen


def _cpu_seconds(work: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time (seconds) ``work`` took over ``runs`` runs."""
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        work()
        best = min(best, time.process_time() - began)
    return best


def _ratio(work: Callable[[], object], events: Sequence[Event]) -> float:
    reference = _cpu_seconds(lambda: _reference(events), runs=5)
    return _cpu_seconds(work) / reference


@pytest.fixture(scope="module")
def bench():
    bench = load_bench()  # scripts/bench_detect.py
    warm_up()  # start-up, not detection (as scripts/bench_detect.py times it)
    return bench


@pytest.fixture(scope="module")
def profile(bench) -> Profile:
    return Profile.build([bench.USER, bench.WORK])


@pytest.fixture(scope="module")
def calendar(bench) -> list[Event]:
    return bench.synthetic_calendar(3000)


def test_detection_stays_within_its_budget_of_calls():
    calls = _calls()
    assert calls < CALLS_BUDGET, f"detection made {calls:,} calls (budget {CALLS_BUDGET:,})"


def test_the_budget_notices_detection_doing_twice_the_work():
    assert _calls(times=2) >= CALLS_BUDGET


def test_detection_stays_within_its_ratio_to_plain_work(calendar, profile):
    ratio = _ratio(lambda: detect(calendar, profile), calendar)
    assert ratio < RATIO_LIMIT, f"detection took {ratio:.1f}× the reference ({RATIO_LIMIT}×)"


def test_the_ratio_notices_detection_six_times_as_slow(calendar, profile):
    def six_times() -> None:
        for _ in range(6):
            detect(calendar, profile)

    assert _ratio(six_times, calendar) >= RATIO_LIMIT

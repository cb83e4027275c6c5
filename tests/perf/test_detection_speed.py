"""Detection's speed, as a ratio to a fixed amount of plain Python work in the same run.

Issue 15 asks that 10,000 events detect in well under a second. Seconds depend on the
machine and on what else runs on it, so this test compares CPU time (never the wall
clock) with a reference: counting the words of the same events, which any machine and
any load slow alike. Each side is the best of three runs. ``scripts/bench_detect.py
10000`` gives the seconds; this test keeps a rule added later from slowing detection by
half again without anyone seeing it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence

import pytest

from assistant.detect import Profile, detect, warm_up
from assistant.models import Event
from tests.unit.test_detect_extraction import load_bench

# Detection of 3,000 events took 5.7 to 7.7 times the reference when this was written
# (nine runs on a loaded two-core machine, BENCHMARKS.md), 7.6 to 9.0 after the names of
# the people met were read from the invites' text, and once 10.6 in a whole-suite run
# beside other work. About half again more than the usual ratio fails; twice the work
# always does (the second test).
LIMIT = 12.0
_WORD = re.compile(r"\w+")


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
def calendar() -> tuple[list[Event], Profile]:
    bench = load_bench()  # scripts/bench_detect.py
    warm_up()  # start-up, not detection (as scripts/bench_detect.py times it)
    return bench.synthetic_calendar(3000), Profile.build([bench.USER, bench.WORK])


def test_detection_stays_within_its_ratio_to_plain_work(calendar):
    events, profile = calendar
    ratio = _ratio(lambda: detect(events, profile), events)
    assert ratio < LIMIT, f"detection took {ratio:.1f}× the reference (limit {LIMIT}×)"


def test_the_ratio_notices_detection_twice_as_slow(calendar):
    events, profile = calendar

    def twice() -> None:
        detect(events, profile)
        detect(events, profile)

    assert _ratio(twice, events) >= LIMIT

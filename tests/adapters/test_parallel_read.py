"""A calendar read in two processes reads as it does in one (:mod:`assistant.sources.parallel`).

Every fixture and corpus file is read both ways over several windows, every event
wanted (as ``scan --all`` reads), with the size threshold lowered so every calendar
may be split: the same events, in the same order, the same warnings, or the
same error. Reads that a half's warning sends back to one process count as equal
too, so a synthetic calendar (as ``scripts/bench.py`` makes them) proves the
halves are really read apart and merged.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from assistant.detect.profile import Profile
from assistant.detect.text.relevance import Relevance
from assistant.errors import CalendarError
from assistant.sources import ics, parallel
from assistant.sources.base import CalendarRead
from assistant.sources.ics import IcsSource
from tests.adapters.test_fast_paths import FIXTURES, OWNER, WINDOWS
from tests.conftest import DATA

REPO = Path(__file__).resolve().parents[2]
RELEVANCE = Relevance.of(Profile.build(["me@example.com"]))


def load_bench():
    spec = importlib.util.spec_from_file_location("bench", REPO / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("bench", module)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


class Merges:
    """Counts the reads that were split, read in two processes and merged."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = parallel.read_split

        def counting(*args: object) -> CalendarRead | None:
            merged = real(*args)  # type: ignore[arg-type]
            self.count += merged is not None
            return merged

        monkeypatch.setattr(ics, "read_split", counting)


def read_both_ways(
    path: Path, monkeypatch: pytest.MonkeyPatch, relevance: Relevance | None = None
) -> tuple[list[CalendarRead | str], list[CalendarRead | str]]:
    """Every window's read of ``path`` in one process, then split where it can be."""

    def reads() -> list[CalendarRead | str]:
        found: list[CalendarRead | str] = []
        for window in WINDOWS:
            try:
                found.append(IcsSource(str(path), OWNER, relevance=relevance).read(*window))
            except CalendarError as error:
                found.append(str(error))
        return found

    monkeypatch.setattr(ics, "can_fork", lambda: False)
    one = reads()
    monkeypatch.setattr(ics, "can_fork", lambda: True)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    two = reads()
    monkeypatch.undo()
    return one, two


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(DATA)))
def test_a_calendar_read_in_two_processes_reads_as_in_one(
    path: Path, monkeypatch: pytest.MonkeyPatch
):
    one, two = read_both_ways(path, monkeypatch)
    assert one == two


def read_synthetic_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relevance: Relevance | None = None
) -> tuple[list[CalendarRead | str], list[CalendarRead | str], int]:
    """A 400-event calendar as ``scripts/bench.py`` makes them, read both ways; and how
    many of the reads were split and merged."""
    path = tmp_path / "big.ics"
    path.write_bytes(load_bench().synthetic_calendar(400))
    merges = Merges(monkeypatch)
    with monkeypatch.context() as patch:
        one, two = read_both_ways(path, patch, relevance)
    return one, two, merges.count


def test_a_read_that_skips_what_cannot_matter_stays_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    one, two, merged = read_synthetic_both_ways(tmp_path, monkeypatch, RELEVANCE)
    assert one == two and merged == 0


def test_the_corpus_read_in_two_processes_reads_as_in_one(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
):
    for path in sorted((corpus / "ics").rglob("*.ics")):
        one, two = read_both_ways(path, monkeypatch)
        assert one == two, path.name


def test_the_fixtures_are_really_read_in_two_processes(monkeypatch: pytest.MonkeyPatch):
    merges = Merges(monkeypatch)
    for path in FIXTURES:
        with monkeypatch.context() as patch:
            read_both_ways(path, patch)
    assert merges.count >= 20


def test_a_large_synthetic_calendar_is_split_merged_and_equal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    one, two, merged = read_synthetic_both_ways(tmp_path, monkeypatch)
    assert one == two and merged == len(WINDOWS)
    assert sum(len(r.events) for r in one if isinstance(r, CalendarRead)) > 1000


def test_a_small_calendar_or_one_with_a_guessed_encoding_is_not_split():
    small = (DATA / "ics").glob("*.ics")
    assert all(parallel.split_calendar(p.read_bytes()) is None for p in small)
    latin = (
        b"BEGIN:VCALENDAR\r\n"
        + b"BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Caf\xe9\r\nEND:VEVENT\r\n" * 40_000
    )
    assert parallel.split_calendar(latin + b"END:VCALENDAR\r\n") is None


def test_a_half_that_warns_sends_the_read_back_to_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bench = load_bench()
    text = bench.synthetic_calendar(400).decode()
    # One event with an unknown zone: a warning in one half, so the whole is read again
    # in one process and the warning is said once.
    text = text.replace("DTSTART;TZID=Europe/Berlin:", "DTSTART;TZID=Mars/Olympus:", 1)
    path = tmp_path / "warns.ics"
    path.write_text(text, encoding="utf-8")
    merges = Merges(monkeypatch)
    with monkeypatch.context() as patch:
        one, two = read_both_ways(path, patch)
    # Only the last window holds that event (April 2026): the three others merge.
    assert one == two and merges.count == len(WINDOWS) - 1
    window = WINDOWS[-1]
    assert sum("Mars/Olympus" in w for w in IcsSource(str(path), OWNER).read(*window).warnings) == 1

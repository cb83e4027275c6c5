"""How a moment reads on a line of the terminal, a list or a notice (``format_moment``),
and the days detection writes into its reasons (``reason_in_locale``)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.dates import format_moment, reason_in_locale
from assistant.i18n import using

NEW_YORK = ZoneInfo("America/New_York")
MOMENT = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)  # Tuesday 1 December, 14:00 in New York
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("locale", "short", "full"),
    [
        ("en_US", "Tue, Dec 1, 2:00 PM", "Tue, Dec 1, 2026, 2:00 PM EST"),
        ("en_GB", "Tue 1 Dec, 14:00", "Tue, 1 Dec 2026, 14:00 EST"),
        ("en_AU", "Tue 1 Dec, 2:00 pm", "Tue 1 Dec 2026, 2:00 pm EST"),
        ("en_IN", "Tue, 1 Dec, 2:00 PM", "Tue, 1 Dec 2026, 2:00 PM EST"),
        ("de_DE", "Di., 1. Dez., 14:00 Uhr", "Di., 1. Dez. 2026, 14:00 Uhr EST"),
    ],
)
def test_a_moment_on_a_line_reads_as_each_locale_writes_it(
    locale: str, short: str, full: str
) -> None:
    assert format_moment(MOMENT, NEW_YORK, locale) == short
    assert format_moment(MOMENT, NEW_YORK, locale, year=True, zone=True) == full


def test_the_day_alone_and_without_its_weekday() -> None:
    assert format_moment(MOMENT, NEW_YORK, "en_US", clock=False) == "Tue, Dec 1"
    assert format_moment(MOMENT, NEW_YORK, "en_GB", weekday=False, clock=False) == "1 Dec"
    assert format_moment(date(2027, 4, 3), None, "en_US", year=True) == "Sat, Apr 3, 2027"
    assert format_moment(date(2027, 4, 3), None, "en_GB", year=True) == "Sat, 3 Apr 2027"


def test_a_moment_is_shown_in_the_zone_given_not_the_machines() -> None:
    # 01:30 UTC on 2 December is still 1 December in New York.
    late = datetime(2026, 12, 2, 1, 30, tzinfo=UTC)
    assert format_moment(late, NEW_YORK, "en_US") == "Tue, Dec 1, 8:30 PM"


def test_without_a_locale_the_current_one_is_used() -> None:
    assert format_moment(MOMENT, NEW_YORK) == "Tue, Dec 1, 2:00 PM"
    with using("en_GB"):
        assert format_moment(MOMENT, NEW_YORK) == "Tue 1 Dec, 14:00"


def test_an_unknown_locale_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not a locale Babel knows"):
        format_moment(MOMENT, NEW_YORK, "xx_NOPE")


REASON = "follows an earlier interview with Acme on 2028-02-08: “Call 2027-01-05 (notes)”"


@pytest.mark.parametrize(
    ("locale", "day"),
    [("en_US", "Feb 8, 2028"), ("en_GB", "8 Feb 2028"), ("de_DE", "8. Feb. 2028")],
)
def test_a_reasons_day_reads_as_the_reader_writes_it_and_quoted_text_stays(
    locale: str, day: str
) -> None:
    assert reason_in_locale(REASON, locale) == (
        f"follows an earlier interview with Acme on {day}: “Call 2027-01-05 (notes)”"
    )


def test_a_reason_stored_by_an_older_version_or_without_a_day_is_unchanged() -> None:
    older = "follows an earlier interview with Acme on 08 Feb 2028: “Intro”"
    assert reason_in_locale(older, "en_US") == older
    assert reason_in_locale("you meet people from acme.example", "en_GB") == (
        "you meet people from acme.example"
    )
    assert reason_in_locale("on 2028-02-30 (no such day)", "en_US") == "on 2028-02-30 (no such day)"


def test_detection_loads_no_date_formatting() -> None:
    """Detection writes its reasons' days as ISO 8601: the locale data stays out of its
    hot path (``scripts/bench_detect.py``)."""
    probe = (
        "import sys\n"
        "import assistant.detect\n"
        "print(sorted(m for m in sys.modules if m in ('assistant.dates', 'babel.dates')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "[]"

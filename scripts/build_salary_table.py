#!/usr/bin/env python3
"""Build ``config/salary_oews_may2024.csv`` from the BLS OEWS national table.

Usage::

    python scripts/build_salary_table.py [OEWS_CSV] [--output PATH]

OEWS_CSV defaults to ``../shared/corpus/salary/oews_national_M2024_dl.csv``
beside the repository. The output keeps only detailed occupations and the
annual wage percentiles the briefing shows, as plain integers, so the shipped
table stays small and readable. Re-running it on the same input gives the same
bytes (a test checks that the committed file matches).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "corpus" / "salary" / "oews_national_M2024_dl.csv"
DEFAULT_OUTPUT = REPO_ROOT / "config" / "salary_oews_may2024.csv"

# BLS footnote for May 2024: "#" marks a wage equal to or greater than $115.00 per
# hour or $239,200 per year. The cap changes with each release, so it is written
# into every top-coded cell rather than left for readers to know.
ANNUAL_TOP_CODE = 239_200
TOP_CODED_MARK = "#"
NOT_AVAILABLE_MARK = "*"

OUTPUT_COLUMNS = ("soc", "title", "employment", "p10", "p25", "median", "p75", "p90")
PERCENTILE_SOURCE_COLUMNS = {
    "p10": "A_PCT10",
    "p25": "A_PCT25",
    "median": "A_MEDIAN",
    "p75": "A_PCT75",
    "p90": "A_PCT90",
}

# Written as "# key: value" lines above the CSV header, so the loader reads the
# source and period from the file itself instead of repeating them in code.
HEADER_FIELDS = {
    "source": (
        "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS),"
        " May 2024 national estimates"
    ),
    "period": "May 2024",
    "url": "https://www.bls.gov/oes/tables.htm",
    "scope": "United States, all industries and ownerships; detailed occupations (2018 SOC) only",
    "units": "employment = number of jobs; p10..p90 = annual wage percentiles in U.S. dollars",
    "top_coded": (
        f'">={ANNUAL_TOP_CODE}" means BLS reports only that the wage is at least'
        f" ${ANNUAL_TOP_CODE:,} a year"
    ),
    "omitted": "occupations BLS publishes with hourly wages only (no annual estimates)",
    "generated_by": (
        "scripts/build_salary_table.py from oews_national_M2024_dl.csv; do not edit by hand"
    ),
}


def read_oews_rows(source: Path) -> list[dict[str, str]]:
    """The rows of an OEWS download saved as CSV (a byte-order mark is tolerated)."""
    with source.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def table_rows(oews_rows: Iterable[dict[str, str]]) -> Iterator[tuple[str, ...]]:
    """Output rows for the detailed occupations that have annual wage estimates."""
    for row in oews_rows:
        if row["O_GROUP"] != "detailed":
            continue
        wages = {name: row[column] for name, column in PERCENTILE_SOURCE_COLUMNS.items()}
        if NOT_AVAILABLE_MARK in wages.values():
            continue
        yield (
            row["OCC_CODE"],
            row["OCC_TITLE"],
            _plain_integer(row["TOT_EMP"]),
            *(_annual_wage(value, row["OCC_CODE"]) for value in wages.values()),
        )


def write_table(rows: Iterable[tuple[str, ...]], output: Path) -> int:
    """Write the header and rows sorted by SOC code; return the number of rows."""
    ordered = sorted(rows)
    codes = [row[0] for row in ordered]
    if len(set(codes)) != len(codes):
        raise ValueError("the OEWS file lists an occupation twice; is it a national table?")
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(f"# {key}: {value}\n" for key, value in HEADER_FIELDS.items())
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(OUTPUT_COLUMNS)
        writer.writerows(ordered)
    return len(ordered)


def _plain_integer(value: str) -> str:
    digits = value.replace(",", "")
    if not digits.isdigit():
        raise ValueError(f"expected a number, got {value!r}")
    return digits


def _annual_wage(value: str, soc: str) -> str:
    if value == TOP_CODED_MARK:
        return f">={ANNUAL_TOP_CODE}"
    wage = _plain_integer(value)
    # A published wage at or above the cap would mean ANNUAL_TOP_CODE is stale
    # (another release year); fail rather than write a misleading table.
    if int(wage) >= ANNUAL_TOP_CODE:
        raise ValueError(f"{soc}: wage {value} is not below the top code {ANNUAL_TOP_CODE}")
    return wage


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        parser.error(f"OEWS file not found: {args.source}")
    count = write_table(table_rows(read_oews_rows(args.source)), args.output)
    print(f"wrote {count} occupations to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

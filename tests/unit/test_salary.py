"""The shipped OEWS wage table and the job-title → occupation matcher."""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.resources import data_path, resource_path
from assistant.salary.wages import (
    ALIAS_CONFIDENCE,
    ALIASES_NAME,
    MIN_OVERLAP,
    OVERLAP_CONFIDENCE_SCALE,
    TABLE_NAME,
    SalaryTable,
    match_occupation,
    read_aliases,
    read_wage_table,
)

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / ".." / "shared" / "corpus"
SHIPPED_TABLE = REPO / "config" / TABLE_NAME
SHIPPED_ALIASES = REPO / "config" / ALIASES_NAME
SOURCE = (
    "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS),"
    " May 2024 national estimates"
)


def shipped_rows() -> dict[str, dict[str, str]]:
    """The committed CSV read without the code under test: SOC code → row."""
    lines = SHIPPED_TABLE.read_text(encoding="utf-8").splitlines()
    return {row["soc"]: row for row in csv.DictReader(ln for ln in lines if ln[:1] != "#")}


TITLES = [
    # software, with seniority, levels, locations and noise around the title
    ("Software Engineer", "15-1252"),
    ("Sr. Software Engineer II (Remote)", "15-1252"),
    ("Staff Software Engineer", "15-1252"),
    ("Lead Software Engineer", "15-1252"),
    ("Senior Software Engineer (Backend) - Payments | NYC", "15-1252"),
    ("Software Engineer at Acme", "15-1252"),
    ("Engineer, Software", "15-1252"),
    ("Full-Stack Developer", "15-1252"),
    ("Backend Engineer", "15-1252"),
    ("Front End Developer", "15-1254"),
    ("DevOps Engineer", "15-1252"),
    ("SRE", "15-1252"),
    ("Java Developer", "15-1252"),
    ("Web Developer", "15-1254"),
    ("Ｓｏｆｔｗａｒｅ Ｅｎｇｉｎｅｅｒ", "15-1252"),
    ("👩‍💻 Software Engineer 🚀", "15-1252"),
    ("Senior Data Scientist - NYC", "15-2051"),
    ("Data Engineer", "15-1243"),
    ("Data Analyst", "15-2051"),
    ("QA Engineer", "15-1253"),
    ("Security Engineer", "15-1212"),
    ("UX Designer | Remote", "15-1255"),
    # supervisory titles keep their meaning
    ("Engineering Manager", "11-3021"),
    ("Director of Engineering", "11-3021"),
    ("VP Engineering", "11-3021"),
    ("Head of Marketing", "11-2021"),
    ("Marketing Director", "11-2021"),
    ("Manager, Product Marketing", "11-2021"),
    ("Product Manager", "11-2021"),
    ("Interview: Product Manager", "11-2021"),
    ("Vice President of Sales", "11-2022"),
    ("Project Manager", "13-1082"),
    ("Operations Manager", "11-1021"),
    ("HR Manager", "11-3121"),
    ("Registered Nurse Manager", "11-9111"),
    # business, sales, people
    ("Recruiter", "13-1071"),
    ("Accountant", "13-2011"),
    ("Staff Accountant", "13-2011"),
    ("Auditor", "13-2011"),
    ("Financial Analyst", "13-2051"),
    ("Business Analyst", "13-1111"),
    ("Account Executive", "41-3091"),
    ("Customer Success Manager", "41-3091"),
    ("Sales Representative", "41-4012"),
    ("Sales Associate", "41-2031"),
    ("Executive Assistant", "43-6011"),
    # health, education, law, trades
    ("Registered Nurse", "29-1141"),
    ("registered nurses", "29-1141"),
    ("Nurse", "29-1141"),
    ("ICU Nurse", "29-1141"),
    ("Nurse Practitioner", "29-1171"),
    ("Pharmacist", "29-1051"),
    ("Physician Assistant", "29-1071"),
    ("Teacher", "25-2021"),
    ("High School Teacher", "25-2031"),
    ("Middle School Teacher", "25-2022"),
    ("School Principal", "11-9032"),
    ("Lawyer", "23-1011"),
    ("Associate Attorney", "23-1011"),
    ("Paralegal", "23-2011"),
    ("Legal Assistant", "23-2011"),
    ("Mechanical Engineer", "17-2141"),
    ("Architect", "17-1011"),
    ("Graphic Designer", "27-1024"),
    ("Electrician", "47-2111"),
    ("Apprentice Electrician", "47-2111"),
]

NO_MATCH = [
    None,
    "",
    "   ",
    "Ninja",
    "Rockstar",
    "asdfgh",
    "Marketing Ninja",
    # generic words alone name no occupation
    "Manager",
    "Senior Manager",
    "Director",
    "Managing Director",
    "Engineer",
    "Team Lead",
    "Marketing",
    # brackets, punctuation and other languages only
    "(Remote)",
    "----",
    "מהנדס תוכנה",
    "Softwareentwickler (m/w/d)",
    # BLS publishes actors' wages hourly only, so the table has no row for them
    "Actor",
    # 100 kB: a pasted description, not a title, whatever words it holds
    "x" * 100_000,
    "software engineer " * 6_000,
]


@pytest.mark.parametrize(("title", "soc"), TITLES)
def test_title_maps_to_its_occupation(title: str, soc: str) -> None:
    match = match_occupation(title)
    assert match is not None, title
    assert match.figures.soc == soc, match.matched_on
    assert match.query == title


@pytest.mark.parametrize("title", NO_MATCH, ids=lambda title: repr(title)[:30])
def test_unplaceable_titles_match_nothing(title: str | None) -> None:
    assert match_occupation(title) is None


def test_odd_strings_never_raise() -> None:
    alphabet = "aeiou sStrNn-|:,.()[]@&/'’\u0000\u202e\u05d0\u0627é😀\ufdfa\ud800IVX0123456789"
    rng = random.Random(20240501)  # fixed seed: the same strings on every run
    samples = ["".join(rng.choices(alphabet, k=rng.randint(0, 250))) for _ in range(2_000)]
    samples += ["(" * 199, "[" * 199 + "]", " - " * 66, "\ufdfa" * 200]
    for text in samples:
        match = match_occupation(text)
        assert match is None or 0 < match.confidence <= 1


def test_a_100_kb_title_is_rejected_quickly() -> None:
    # CPU time, with room for a busy machine: a pattern that backtracks takes seconds.
    started = time.process_time()
    assert match_occupation("Senior " * 15_000 + "Software Engineer") is None
    assert time.process_time() - started < 0.5


def test_the_match_says_how_it_was_found() -> None:
    by_alias = match_occupation("Sr. Software Engineer II (Remote)")
    assert by_alias is not None
    assert by_alias.matched_on == 'alias "software engineer"'
    assert by_alias.confidence == ALIAS_CONFIDENCE

    by_title = match_occupation("Registered Nurse")
    assert by_title is not None
    assert by_title.matched_on == 'official title "Registered Nurses"'
    assert by_title.confidence == 1.0

    by_overlap = match_occupation("Java Developer")
    assert by_overlap is not None
    assert by_overlap.matched_on == 'similar to alias "developer"'
    assert MIN_OVERLAP * OVERLAP_CONFIDENCE_SCALE <= by_overlap.confidence < ALIAS_CONFIDENCE


def test_figures_are_the_shipped_table_values() -> None:
    row = shipped_rows()["15-1252"]
    match = match_occupation("Software Engineer")
    assert match is not None
    figures = match.figures
    assert figures.title == row["title"] == "Software Developers"
    assert figures.median == int(row["median"]) == 133_080
    assert (figures.p10, figures.p25, figures.p75, figures.p90) == (
        79_850,
        103_050,
        169_000,
        211_450,
    )
    assert figures.employment == int(row["employment"]) == 1_654_440
    assert figures.top_coded == frozenset()
    assert figures.source == SOURCE
    assert figures.period == "May 2024"


def test_csv_header_names_the_source_and_period() -> None:
    header = SHIPPED_TABLE.read_text(encoding="utf-8").splitlines()[:2]
    assert header == [f"# source: {SOURCE}", "# period: May 2024"]


def test_top_coded_wages_are_lower_bounds() -> None:
    row = shipped_rows()["11-1011"]
    assert (row["median"], row["p75"], row["p90"]) == ("206420", ">=239200", ">=239200")
    chief = SalaryTable.load().by_soc("11-1011")
    assert chief is not None
    assert chief.title == "Chief Executives"
    assert (chief.median, chief.p75, chief.p90) == (206_420, 239_200, 239_200)
    assert chief.top_coded == {"p75", "p90"}
    assert chief.is_top_coded("p90") and not chief.is_top_coded("median")


def test_table_holds_detailed_occupations_in_order() -> None:
    table = SalaryTable.load()
    assert len(table) == 826  # 831 detailed occupations minus 5 published hourly only
    assert table.by_soc("27-2011") is None  # Actors
    assert table.by_soc("15-0000") is None  # a major group, not a detailed occupation
    for figures in table:
        assert figures.p10 <= figures.p25 <= figures.median <= figures.p75 <= figures.p90
        assert figures.employment > 0


def test_every_alias_reaches_its_own_code() -> None:
    aliases = read_aliases(SHIPPED_ALIASES)
    assert len(aliases) >= 60
    for alias, soc in aliases.items():
        match = match_occupation(alias)
        assert match is not None and match.figures.soc == soc, alias
        assert match.matched_on == f'alias "{alias}"'


def test_no_alias_repeats_an_official_title() -> None:
    """Official titles match by themselves; an alias for one would only hide that."""
    without_aliases = SalaryTable(read_wage_table(SHIPPED_TABLE), aliases={})
    for alias in read_aliases(SHIPPED_ALIASES):
        match = without_aliases.match(alias)
        assert match is None or match.confidence < 1.0, alias


@pytest.mark.parametrize(
    "aliases",
    [{"wizard": "99-9999"}, {"nurse": "29-1141", "Nurses": "29-2061"}, {"!!!": "29-1141"}],
)
def test_bad_aliases_are_refused(aliases: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="salary alias"):
        SalaryTable(read_wage_table(SHIPPED_TABLE), aliases)


def test_an_empty_table_matches_nothing() -> None:
    assert match_occupation("Software Engineer", SalaryTable([], {})) is None


def test_the_shipped_table_is_loaded_once() -> None:
    assert SalaryTable.load() is SalaryTable.load()


def test_shipped_files_are_found_from_the_checkout() -> None:
    assert data_path(TABLE_NAME).resolve() == SHIPPED_TABLE.resolve()
    assert resource_path("config", ALIASES_NAME).resolve() == SHIPPED_ALIASES.resolve()


def test_a_missing_resource_names_every_place_searched() -> None:
    with pytest.raises(FileNotFoundError) as raised:
        data_path("no-such-file.csv")
    message = str(raised.value)
    assert str(REPO / "config" / "no-such-file.csv") in message
    assert str(Path("assistant") / "config" / "no-such-file.csv") in message


@pytest.mark.corpus
def test_rebuilding_from_the_corpus_gives_the_committed_table(tmp_path: Path) -> None:
    source = CORPUS / "salary" / "oews_national_M2024_dl.csv"
    if not source.is_file():
        pytest.skip(
            f"the optional shared test corpus has no {source.name} (looked in {CORPUS.resolve()})"
        )
    rebuilt = tmp_path / TABLE_NAME
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_salary_table.py"),
            str(source),
            "--output",
            str(rebuilt),
        ],
        check=True,
        capture_output=True,
    )
    assert rebuilt.read_bytes() == SHIPPED_TABLE.read_bytes()

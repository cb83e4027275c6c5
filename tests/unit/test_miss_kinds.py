"""``scripts/miss_kinds.py``: mistakes counted by kind, with no text of the calendar
printed, so that it may run on a held-out calendar."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "tests" / "data" / "detection_dev33"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("miss_kinds", REPO / "scripts" / "miss_kinds.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("miss_kinds", module)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def bench(script):
    return script._bench()


@pytest.mark.parametrize(
    ("found", "labelled", "expected"),
    [
        ("Harbour Pilots Ltd", "Harbour Pilots", "right"),  # a legal form is ignored
        (None, "Harbour Pilots", "none found"),
        ("Harbour Pilots Antwerp", "Harbour Pilots", "found longer"),
        ("Pilots", "Harbour Pilots", "found shorter"),
        ("Harbour Tugs", "Harbour Pilots", "overlap"),
        ("Estuary Tugs", "Harbour Pilots", "different"),
    ],
)
def test_each_kind_of_company(script, bench, found, labelled, expected):
    normalise, same = script._comparers(bench)["company"]
    assert script.kind(found, labelled, normalise, same) == expected


def test_a_series_not_judged_a_follow_up_counts_as_missed_unless_its_name_is_right(script, bench):
    labels = {
        "a": {"follow_up": True, "company": "Kestrel Survey", "role": "Hydrographer"},
        "b": {"follow_up": True, "company": "Kestrel Survey", "role": None},
        "c": {"follow_up": False, "company": "Kestrel Survey", "role": "Hydrographer"},
    }
    found = {"company": {"a": None, "b": "Kestrel Survey"}, "role": {"a": None}}
    counts = script.count_kinds(labels, {"a": False, "b": False}, found, bench)
    assert counts["company"] == {"follow-up missed": 1, "right": 1}
    assert counts["role"] == {"follow-up missed": 1}  # "b" has no labelled role


def test_it_prints_counts_and_no_text_of_the_calendar(script, capsys):
    assert script.main([str(DEV / "heldout_labelled.ics")]) == 0
    printed = capsys.readouterr().out
    labels = json.loads((DEV / "heldout_labels.json").read_text(encoding="utf-8"))
    names = {
        lab[field]
        for uid, lab in labels.items()
        if uid != "_about"
        for field in ("company", "role")
        if lab.get(field)
    }
    assert "company  of 67:" in printed and "role " in printed
    assert not [name for name in names if name in printed]


def test_a_second_reader_who_agrees_everywhere_is_all_right(script, capsys, tmp_path):
    labels = json.loads((DEV / "heldout_labels.json").read_text(encoding="utf-8"))
    same = {
        uid: {"company": lab["company"], "role": lab.get("role")}
        for uid, lab in labels.items()
        if uid != "_about" and lab["follow_up"]
    }
    other = tmp_path / "reader.json"
    other.write_text(json.dumps(same), encoding="utf-8")
    assert script.main([str(DEV / "heldout_labelled.ics"), "--against", str(other)]) == 0
    printed = capsys.readouterr().out
    assert f"company  of {len(same)}: right {len(same)}\n" in printed

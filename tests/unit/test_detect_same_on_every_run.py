"""Detection gives the same answer on every run, whatever Python's hash seed: where two
employers' names are written equally far in a title, the one chosen never depends on the
order a set happens to iterate in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.detect.verdict.linkage import EmployerIndex

REPO = Path(__file__).resolve().parents[2]


def test_of_two_names_written_as_far_the_choice_does_not_depend_on_their_order():
    names = ["Kestrel Tidal", "Kestrel Tidal & Wave Energy Ltd"]
    title = "Kestrel Tidal – site visit"
    one = EmployerIndex.employer_written(None, title, among=names)  # type: ignore[arg-type]
    other = EmployerIndex.employer_written(None, title, among=names[::-1])  # type: ignore[arg-type]
    assert one == other == "Kestrel Tidal"


PROBE = """
import hashlib, sys
from pathlib import Path
sys.path.insert(0, "scripts")
import bench_detect
from assistant.detect import detect
labelled = bench_detect.read_labelled(Path("tests/data/detection_dev34/heldout_labelled.ics"))
print(hashlib.sha1(repr(detect(labelled.events, labelled.profile)).encode()).hexdigest())
"""


def test_a_development_set_detects_the_same_under_two_hash_seeds():
    def run(seed: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", PROBE],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.strip()

    assert run("1") == run("2")

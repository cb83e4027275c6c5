#!/usr/bin/env python3
"""Every detection of the labelled calendars and the synthetic one, written out to diff.

For changes meant to keep detection's results (a speed-up): run it on the code before
and after, each checkout on its own ``PYTHONPATH``, and diff the two folders; no line may
differ. Each calendar gives one file: every ``Detection`` ``detect()`` returns (verdict,
confidence, reasons, company, role, interviewers…) repr'd, then the people each event's
text names (:func:`~assistant.detect.who.prose_people.people_in_prose`). The calendars read
are those under ``tests/data/detection_dev*/``, ``tests/data/detection_labelled.ics`` and
``tests/data/heldout/*/`` (held out: compare their files, never read them), and
``scripts/bench_detect.py``'s synthetic calendar of 10,000 events.

Run:  cd /tmp && PYTHONPATH=CHECKOUT python scripts/dump_detections.py OUT_DIR
      (the code dumped is ``CHECKOUT``'s; the calendars and ``bench_detect`` are this
      script's checkout's, so a checkout older than this script can be dumped too)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import bench_detect  # noqa: E402  (beside this script)

from assistant.detect import Profile, detect  # noqa: E402
from assistant.detect.who.prose_people import people_in_prose  # noqa: E402
from assistant.models import Event  # noqa: E402


def dump(path: Path, events: Sequence[Event], profile: Profile) -> None:
    """Write the detections of ``events`` and the people their texts name to ``path``."""
    with path.open("w", encoding="utf-8") as out:
        for detection in detect(events, profile):
            # the calendar's path is in each event: the same calendar in either checkout
            out.write(repr(detection).replace(str(REPO), "<checkout>") + "\n")
        for event in events:
            named = people_in_prose(event.summary or "", event.description or "")
            out.write(repr((event.uid, named)) + "\n")


def main(args: Sequence[str]) -> int:
    """Dump every calendar into the folder ``args[0]``."""
    if len(args) != 1:
        print(__doc__)
        return 2
    folder = Path(args[0])
    folder.mkdir(parents=True, exist_ok=True)
    data = REPO / "tests" / "data"
    calendars = [
        *sorted(data.glob("detection_dev*/*.ics")),
        data / "detection_labelled.ics",
        *sorted(data.glob("heldout/*/*.ics")),
    ]
    for calendar in calendars:
        labelled = bench_detect.read_labelled(calendar)
        name = str(calendar.relative_to(data)).replace("/", "_") + ".txt"
        dump(folder / name, labelled.events, labelled.profile)
    events = bench_detect.synthetic_calendar(10_000)
    dump(
        folder / "synthetic10000.txt", events, Profile.build([bench_detect.USER, bench_detect.WORK])
    )
    print(f"{len(calendars) + 1} calendars written to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

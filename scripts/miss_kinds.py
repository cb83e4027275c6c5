#!/usr/bin/env python3
"""Company and role mistakes by kind, as counts only: safe to run on a held-out calendar.

``scripts/bench_detect.py --mistakes`` prints the texts of each mistake, which makes a
calendar development data the moment anyone reads them. This script prints no text of
the calendar, only how many labelled follow-ups fall in each kind, so the share of each
kind on calendars nobody here has read can guide which kind to work on next (on
development data):

- ``right``; ``follow-up missed`` (the series was not judged a follow-up);
- ``none found``: judged a follow-up, but no company (role) given;
- ``found longer``: the label lies inside what was found (a place, a round word or an
  interviewer's title kept on it);
- ``found shorter``: what was found lies inside the label (a specialism, a region or an
  institution's noun cut off);
- ``overlap``: they share a word; ``different``: they share none.

Names are compared as ``scripts/bench_detect.py`` scores them (case, accents,
punctuation and legal form ignored; a role's gendered readings).

With ``--against OTHER.json`` (one calendar), it compares a second reader's labels for
the same follow-ups (``{UID: {"company", "role"}}``) with the calendar's own, by the same
kinds: how far two careful people agree is the ceiling a score can be held to.

Run:  python scripts/miss_kinds.py CALENDAR.ics [LABELS.json] [CALENDAR2.ics ...]
      python scripts/miss_kinds.py CALENDAR.ics [LABELS.json] --against OTHER.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
KINDS = (
    "right",
    "follow-up missed",
    "none found",
    "found longer",
    "found shorter",
    "overlap",
    "different",
)


def _bench():
    """``scripts/bench_detect.py``, which reads and scores the calendars."""
    if str(REPO_ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import bench_detect

    return bench_detect


def kind(
    found: str | None,
    labelled: str,
    normalise: Callable[[str | None], str],
    same: Callable[[str | None, str], bool],
) -> str:
    """The kind (one of :data:`KINDS`, but not "follow-up missed") of ``found`` against
    the ``labelled`` name, given how names are normalised and compared."""
    if same(found, labelled):
        return "right"
    mine, theirs = normalise(found), normalise(labelled)
    if not mine:
        return "none found"
    if theirs in mine:
        return "found longer"
    if mine in theirs:
        return "found shorter"
    if set((found or "").casefold().split()) & set(labelled.casefold().split()):
        return "overlap"
    return "different"


def _comparers(bench) -> dict[str, tuple[Callable, Callable]]:
    def same_company(found: str | None, labelled: str) -> bool:
        return bench.normalised(found) == bench.normalised(labelled)

    return {
        "company": (bench.normalised, same_company),
        "role": (bench.normalised_role, bench.same_role),
    }


def count_kinds(
    labels: dict[str, dict],
    flagged: dict[str, bool],
    found: dict[str, dict[str, str | None]],
    bench,
) -> dict[str, Counter[str]]:
    """Per field ("company", "role"), how many labelled follow-ups with that field fall in
    each kind. ``found[field][uid]`` is what detection gave for the series ``uid``."""
    counts: dict[str, Counter[str]] = {field: Counter() for field in ("company", "role")}
    for field, (normalise, same) in _comparers(bench).items():
        for uid, label in labels.items():
            if not label.get("follow_up") or not label.get(field):
                continue
            got = kind(found[field].get(uid), label[field], normalise, same)
            if got != "right" and not flagged.get(uid):
                got = "follow-up missed"
            counts[field][got] += 1
    return counts


def _show(title: str, counts: dict[str, Counter[str]]) -> None:
    print(title)
    for field, counter in counts.items():
        total = sum(counter.values())
        parts = ", ".join(f"{name} {counter[name]}" for name in KINDS if counter[name])
        print(f"  {field:8} of {total}: {parts}")


def main(args: Sequence[str]) -> int:
    """Print the kinds for each calendar given and for all together, or a second
    reader's agreement with ``--against``."""
    if not args or any(arg in ("-h", "--help") for arg in args):
        print(__doc__)
        return 0 if args else 2
    bench = _bench()
    from assistant.detect import detect

    words = list(args)
    against = None
    if "--against" in words:
        at = words.index("--against")
        against = Path(words[at + 1])
        del words[at : at + 2]
    calendars = bench._calendars(words)
    if against is not None and len(calendars) != 1:
        print("--against compares one calendar's labels", file=sys.stderr)
        return 2
    together: dict[str, Counter[str]] = {"company": Counter(), "role": Counter()}
    for calendar, labels_path in calendars:
        labelled = bench.read_labelled(calendar, labels_path)
        labels = {uid: lab for uid, lab in labelled.labels.items() if uid != "_about"}
        if against is not None:
            other = json.loads(against.read_text(encoding="utf-8"))
            asked = {uid: lab for uid, lab in labels.items() if uid in other}
            flagged = dict.fromkeys(asked, True)
            found = {f: {uid: other[uid].get(f) for uid in asked} for f in ("company", "role")}
            _show(
                f"{against} against {calendar}'s labels", count_kinds(asked, flagged, found, bench)
            )
            return 0
        flagged, companies, roles = bench.by_series(detect(labelled.events, labelled.profile))
        counts = count_kinds(labels, flagged, {"company": companies, "role": roles}, bench)
        _show(str(calendar), counts)
        for field in together:
            together[field] += counts[field]
    if len(calendars) > 1:
        _show(f"all {len(calendars)} calendars together", together)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""How much the role and the company depend on the job words listed: each development
set scored as it is, and again as if its own professions had never been listed.

Detection reads a job from an invite partly through a vocabulary of job words
(``wording.ROLE_NOUN``: the ``role_nouns``, ``occupations``, ``health_professions`` and
``rank_words`` lists of every ``detect/lang/*.toml``, and the compounds they close). A
new calendar brings professions nobody listed yet; the role it scores on its first run
is what this script estimates. For each development set it removes, in every language,
every entry of those lists that matches inside one of the set's own labelled roles
(:func:`ablated_entries`), detects again, and prints the role and the exact company
(as ``scripts/bench_detect.py`` scores them) both ways, per set and over all sets
together (each labelled follow-up counting once). The company is in it because the
employer reader tells a job from an employer partly by the same job words.

The ``job_heads`` lists (Coordinator, Specialist, -medewerker, 担当…: the generic words
that open or close a job title whatever the profession) are kept on purpose: they are a
closed class, so a new calendar brings no words outside them, and removing them would
estimate a calendar in a profession with no job titles at all.

The vocabulary is filtered at load time (:func:`without_entries`): the language files
are read as usual, the chosen entries dropped, and every vocabulary and cache built
from them made anew; the product's code is not changed for it.

Run:  python scripts/role_ablation.py [--misses[=role,company]] [SET ...]
      (SET: ``dev1`` for ``tests/data/detection_labelled.ics``, ``dev2`` … ``dev39``
      for ``tests/data/detection_dev{N}/``; default every development set.
      ``--misses`` prints each role the ablation loses or never had, ``lost`` or
      ``miss``; ``--misses=company`` the companies, ``--misses=role,company`` both.)
"""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.detect import detect
from assistant.detect.words import vocabulary as vocab

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
#: The lists of job words (see ``wording.ROLE_NOUN``).
JOB_LISTS = ("role_nouns", "occupations", "health_professions", "rank_words")
#: Sets whose labels carry no ``_about`` entry, with the user to score them for
#: (as ``scripts/bench_detect.py`` documents).
ABOUT = {"dev2": {"user_email": "alex.rivera@example.com", "timezone": "America/New_York"}}


def _bench() -> Any:
    """``scripts/bench_detect.py`` as a module (it is a script, not a package)."""
    if "bench_detect" in sys.modules:
        return sys.modules["bench_detect"]
    spec = importlib.util.spec_from_file_location(
        "bench_detect", REPO / "scripts" / "bench_detect.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["bench_detect"] = module  # its dataclasses look themselves up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def development_sets() -> dict[str, tuple[Path, Path]]:
    """Every development set by name (``dev1`` … ``dev{N}``): its calendar and labels."""
    found = {"dev1": (DATA / "detection_labelled.ics", DATA / "detection_labels.json")}
    for folder in sorted(DATA.glob("detection_dev*"), key=lambda p: int(p.name[13:])):
        found[folder.name.removeprefix("detection_")] = (
            folder / "heldout_labelled.ics",
            folder / "heldout_labels.json",
        )
    return found


def _entry_pattern(entry: str, lang: vocab.Language) -> re.Pattern[str]:
    """Where ``entry`` of ``lang`` matches inside a role: a whole word where words are
    spaced, also closing a compound where the language glues nouns, anywhere in a
    script without spaces."""
    if not lang.spaces:
        return re.compile(f"(?:{entry})", re.I)
    if lang.compounds:
        return re.compile(rf"(?:{entry})\b", re.I)
    return re.compile(rf"\b(?:{entry})\b", re.I)


def ablated_entries(roles: Iterable[str]) -> set[tuple[str, str, str]]:
    """The job-word entries, as ``(language code, list, entry)``, that match inside any
    of ``roles``: what a vocabulary would lack had these professions never been listed."""
    roles = [r for r in roles if r]
    return {
        (lang.code, kind, entry)
        for lang in vocab.languages()
        for kind in JOB_LISTS
        for entry in lang.lists.get(kind, ())
        if any(_entry_pattern(entry, lang).search(role) for role in roles)
    }


def _forget_compiled() -> None:
    """Drop every vocabulary and cached answer detection built from the word lists, so
    the next detection builds them from what :func:`vocabulary.languages` says now."""
    from assistant.detect.who import names
    from assistant.detect.words import wording

    for name in wording._MAKERS:  # compiled on first use (PEP 562), kept as globals
        wording.__dict__.pop(name, None)
    names.TITLE_WORDS.__dict__.pop("_vocabulary", None)
    for module_name, module in list(sys.modules.items()):
        if module is None or not module_name.startswith("assistant.detect"):
            continue
        for value in list(vars(module).values()):
            # asked of the value's type: a proxy (a web app's ``current_app``) raises
            # when asked for an attribute outside its context
            if hasattr(type(value), "cache_clear") and value.__module__ == module_name:
                value.cache_clear()


@contextmanager
def without_entries(entries: set[tuple[str, str, str]]) -> Iterator[None]:
    """Detection, inside the block, as if ``entries`` (``(code, list, entry)``) were
    in no language file; as it was again after it."""
    shipped = vocab.languages

    def filtered() -> tuple[vocab.Language, ...]:
        return tuple(
            dataclasses.replace(
                lang,
                lists={
                    kind: tuple(e for e in values if (lang.code, kind, e) not in entries)
                    for kind, values in lang.lists.items()
                },
            )
            for lang in shipped()
        )

    vocab.languages = filtered  # type: ignore[assignment]
    _forget_compiled()
    try:
        yield
    finally:
        vocab.languages = shipped  # type: ignore[assignment]
        _forget_compiled()


@dataclass(frozen=True)
class Score:
    """One reading (role or company) on one set's labelled follow-ups: how many are
    right of how many, and the misses as ``(found, labelled, title)``."""

    right: int
    total: int
    misses: tuple[tuple[str | None, str, str], ...]

    @property
    def share(self) -> float:
        """``right / total`` (1.0 for a set without labelled follow-ups)."""
        return self.right / self.total if self.total else 1.0


#: The readings scored, each as ``bench_detect`` compares it.
READINGS = ("role", "company")


def scores(labelled: Any) -> dict[str, Score]:
    """Detect on ``labelled`` (a ``bench_detect.Labelled``) and score role and company
    as ``bench_detect.score`` does: the role over the follow-ups labelled with one, the
    company (normalised) over every labelled follow-up."""
    bench = _bench()
    _, companies, roles = bench.by_series(detect(labelled.events, labelled.profile))
    found = {"role": roles, "company": companies}
    same = {
        "role": bench.same_role,
        "company": lambda f, want: bench.normalised(f) == bench.normalised(want),
    }
    titles = {e.uid: e.summary or "" for e in labelled.events}
    result = {}
    for what in READINGS:
        right, misses = 0, []
        for uid, label in labelled.labels.items():
            if not label["follow_up"] or (what == "role" and not label.get("role")):
                continue
            if same[what](found[what].get(uid), label.get(what) or ""):
                right += 1
            else:
                misses.append((found[what].get(uid), label.get(what) or "", titles.get(uid, "")))
        result[what] = Score(right, right + len(misses), tuple(misses))
    return result


def ablate(labelled: Any) -> tuple[dict[str, Score], dict[str, Score], set[tuple[str, str, str]]]:
    """Role and company on ``labelled`` as it is and with its own professions unlisted,
    and the entries removed."""
    now = scores(labelled)
    roles = [label.get("role") or "" for label in labelled.labels.values()]
    entries = ablated_entries(roles)
    with without_entries(entries):
        ablated = scores(labelled)
    return now, ablated, entries


def _misses_to_show(args: Sequence[str]) -> tuple[str, ...]:
    """The readings whose misses ``--misses`` or ``--misses=role,company`` asks for."""
    shown: list[str] = []
    for arg in args:
        if arg == "--misses":
            shown.append("role")
        elif arg.startswith("--misses="):
            shown.extend(arg.split("=", 1)[1].split(","))
    return tuple(shown)


def main(args: Sequence[str]) -> int:
    """Print role and company now and ablated for each development set named (default all)."""
    if any(arg in ("-h", "--help") for arg in args):
        print(__doc__)
        return 0
    show = _misses_to_show(args)
    if set(show) - set(READINGS):
        print(f"--misses takes {' or '.join(READINGS)}, not {','.join(show)}", file=sys.stderr)
        return 2
    sets = development_sets()
    chosen = [a for a in args if not a.startswith("--misses")] or list(sets)
    unknown = [name for name in chosen if name not in sets]
    if unknown:
        print(
            f"unknown set {', '.join(unknown)}: name one of dev1 … dev{len(sets)}", file=sys.stderr
        )
        return 2
    bench = _bench()
    # per reading: right now, right ablated, labelled
    totals = {what: [0, 0, 0] for what in READINGS}
    print(
        f"{'set':6} {'roles':>5}  {'now':>5}  {'ablated':>7}  {'follow':>6}  {'company':>7}  {'ablated':>7}  entries removed"
    )
    for name in chosen:
        calendar, labels = sets[name]
        labelled = bench.read_labelled(calendar, labels, ABOUT.get(name))
        now, ablated, entries = ablate(labelled)
        for what in READINGS:
            totals[what][0] += now[what].right
            totals[what][1] += ablated[what].right
            totals[what][2] += now[what].total
        role, company = now["role"], now["company"]
        print(
            f"{name:6} {role.total:5}  {role.share:5.3f}  {ablated['role'].share:7.3f}"
            f"  {company.total:6}  {company.share:7.3f}  {ablated['company'].share:7.3f}  {len(entries)}"
        )
        for what in show:
            lost = set(ablated[what].misses) - set(now[what].misses)
            for found, want, title in ablated[what].misses:
                mark = "lost" if (found, want, title) in lost else "miss"
                print(f"    {what} {mark}: {found!r} for {want!r} in {title!r}")
    (r_now, r_abl, r_total), (c_now, c_abl, c_total) = (totals[w] for w in READINGS)
    if r_total and c_total:
        print(
            f"{'all':6} {r_total:5}  {r_now / r_total:5.3f}  {r_abl / r_total:7.3f}"
            f"  {c_total:6}  {c_now / c_total:7.3f}  {c_abl / c_total:7.3f}"
            "  (each labelled follow-up counts once)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

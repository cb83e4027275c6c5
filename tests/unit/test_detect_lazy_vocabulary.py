"""Detection compiles its vocabularies on first use: importing it compiles none.

Commands that import detection without detecting (``drafts show``, ``approve``, the
web page) then start without compiling every language's words (about 0.2 s).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assistant.detect import warm_up
from assistant.detect.words import wording

REPO = Path(__file__).resolve().parents[2]
PROBE = (
    "import sys\n"
    "import assistant.approval, assistant.briefing, assistant.detect\n"
    "from assistant.detect.text import titles\n"
    "from assistant.detect.words import language, wording\n"
    "compiled = [n for n in wording._MAKERS if n in vars(wording)]\n"
    "print(compiled, titles.round_words.cache_info().currsize,"
    " language._word_languages.cache_info().currsize)\n"
)


def test_importing_detection_compiles_no_vocabulary():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.split() == ["[]", "0", "0"]


def test_a_vocabulary_is_compiled_once_on_first_use_and_kept():
    warm_up()
    first = wording.INTERVIEW
    assert first is wording.INTERVIEW and first.search("Second interview")
    assert all(name in vars(wording) for name in wording._MAKERS)


def test_after_warm_up_detection_prepares_no_vocabulary():
    """What is made on first use is made by ``warm_up``: a vocabulary prepared during
    detection would build the automaton over every word anew and count as detection's
    time in ``scripts/bench_detect.py`` (a builder or vocabulary ``warm_up`` misses)."""
    from assistant.detect import detect
    from assistant.detect.words import matcher
    from tests.unit.test_detect_extraction import load_bench

    bench = load_bench()
    labelled = bench.read_labelled(REPO / "tests" / "data" / "detection_labelled.ics")
    warm_up()
    built = matcher.LITERALS._version
    detect(labelled.events, labelled.profile)
    detect(bench.synthetic_calendar(400), bench.Profile.build([bench.USER, bench.WORK]))
    assert matcher.LITERALS._version == built


BUILDS_PROBE = (
    "import ahocorasick_rs\n"
    "made, real = [], ahocorasick_rs.AhoCorasick\n"
    "def counted(*args, **kwargs):\n"
    "    made.append(len(args[0]))\n"
    "    return real(*args, **kwargs)\n"
    "ahocorasick_rs.AhoCorasick = counted\n"
    "from tests.unit.test_detect_extraction import load_bench\n"
    "bench = load_bench()\n"
    "labelled = bench.read_labelled(bench.Path('tests/data/detection_labelled.ics'))\n"
    "bench.detect(labelled.events, labelled.profile)\n"
    "first = len(made)\n"
    "bench.detect(bench.synthetic_calendar(400), bench.Profile.build([bench.USER]))\n"
    "print(first, len(made))\n"
)


def test_a_first_detection_builds_the_automaton_once_for_every_vocabulary():
    """As ``scan`` and ``tick`` run, in a fresh process without ``warm_up()``: every
    vocabulary is made before the first text is read, so the automaton over their
    words is built once (twice at most: ``wording.compile_all`` builds it over the
    round vocabularies before the rest join), not once per vocabulary made on first use
    (46 times, a quarter of a first detection's time)."""
    done = subprocess.run(
        [sys.executable, "-c", BUILDS_PROBE], capture_output=True, text=True, check=True, cwd=REPO
    )
    first, total = map(int, done.stdout.split())
    assert 1 <= first <= 2
    assert total == first

"""Everything detection makes on first use, made at once: the vocabularies, the word
lists, and the one Aho-Corasick automaton over every vocabulary's words.

Importing detection makes nothing (``tests/unit/test_detect_lazy_vocabulary.py``): a
command that imports it without detecting starts faster. Made one by one on first
use, though, each vocabulary would add its words to the automaton and have it built
anew over all of them (46 builds in a first ``detect()`` of 10,000 events, a quarter
of its time). :func:`ready` makes everything once per process, before the first
detection reads a text.
"""

from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable

_PACKAGE = __name__.rpartition(".")[0]
_done = False
_lock = threading.Lock()


def warm_up() -> None:
    """Compile the vocabularies and read the word lists now, as importing detection did
    before they were made on first use: ``scripts/bench.py`` times detection from after
    start-up, as it always did. :func:`ready` does it before the first detection.

    Every pattern detection makes on first use is made here: each zero-argument
    builder of the package's modules (``@cache``), the vocabularies wording names,
    then every vocabulary made so far prepared together (:func:`.matcher.prepare_all`),
    so that detecting builds no automaton again
    (``tests/unit/test_detect_lazy_vocabulary.py`` checks that)."""
    global _done
    from assistant.detect.places import placenames
    from assistant.detect.who import names
    from assistant.detect.words import matcher, wording

    with _lock:
        wording.compile_all()
        for builder in _builders():
            builder()
        names.TITLE_WORDS.prepare()
        placenames.prepare()
        matcher.prepare_all()
        _done = True


def ready() -> None:
    """:func:`warm_up`, once per process (about 0.3 s of CPU time, which a first
    detection would otherwise spend making the same things one by one)."""
    if not _done:
        warm_up()


def _builders() -> list[Callable[[], object]]:
    """The functions of the package's loaded modules that take no argument and keep
    what they make (``functools.cache``): the patterns and word lists made on first use."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith(f"{_PACKAGE}.") or module is None:
            continue
        for value in vars(module).values():
            if (
                callable(getattr(value, "cache_info", None))
                and getattr(value, "__module__", None) == name
                and not inspect.signature(value).parameters
            ):
                found.append(value)
    return found

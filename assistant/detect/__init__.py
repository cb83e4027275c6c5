"""Which events are the user's follow-up job interviews, for which employer, and why.

One entry point: :func:`detect` takes every event in view (history included, so
earlier rounds can be linked) and returns a :class:`~assistant.models.Detection`
per event, each with a confidence and the reasons that fired. Pure: no I/O, no
clock, no configuration files.

The package, in the order an event goes through it:

- :mod:`.profile`: who the user is, and the ``[detect]`` settings;
- :mod:`.domains`, :mod:`.people`: which addresses are employers, which are people;
- :mod:`.organisation`: the user's own addresses and employer, learned;
- :mod:`.vocabulary`, :mod:`.wording`: the round vocabularies, one file per language;
- :mod:`.reading`: titles and descriptions read once per distinct text;
- :mod:`.titles`, :mod:`.extract`, :mod:`.roles`, :mod:`.language`: a title's parts,
  the employer, the role, the invite's language; :mod:`.gobetween`: agencies and team
  mailboxes, which speak for an employer without being it;
- :mod:`.evidence`: what one event says for and against;
- :mod:`.linkage`: earlier rounds with the same employer, indexed by employer;
- :mod:`.verdicts`: the weights, the caps and the vetoes;
- :mod:`.processname`: each employer named as the fullest invite of its process writes it;
- :mod:`.per_series`: which events say the same (a series' instances), read once.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable

from assistant.detect.domains import FREE_MAIL
from assistant.detect.extract import company_of as _company_and_source
from assistant.detect.organisation import OwnOrganisation
from assistant.detect.organisation import learn as own_organisation
from assistant.detect.people import interviewers_of, is_person
from assistant.detect.profile import Profile
from assistant.detect.reading import read_description, read_title
from assistant.detect.verdicts import detect
from assistant.models import Event


def company_of(event: Event, profile: Profile) -> str | None:
    """The employer named by one event on its own (no earlier rounds consulted).

    A name no corporate domain confirms is taken from the title only when the
    event is about a job, so "Lunch with Jamie" names no company.
    """
    title = read_title(event.summary or "")
    text = read_description(event.description or "")
    about_job = bool(
        title.interview
        or title.explicit
        or title.stage
        or title.first_round
        or title.recruiting
        or text.interview
        or text.recruiting
    )
    return _company_and_source(event, profile, text.text, job_context=about_job)[0]


def warm_up() -> None:
    """Compile the vocabularies and read the word lists now, as importing detection did
    before they were made on first use: ``scripts/bench.py`` times detection from after
    start-up, as it always did. Detection itself never needs this.

    Every pattern detection makes on first use is made here: each zero-argument
    builder of the package's modules (``@cache``), the vocabularies wording names,
    then every vocabulary made so far prepared together (:func:`.matcher.prepare_all`),
    so that detecting builds no automaton again
    (``tests/unit/test_detect_lazy_vocabulary.py`` checks that)."""
    from assistant.detect import matcher, names, placenames, wording

    wording.compile_all()
    for builder in _builders():
        builder()
    names.TITLE_WORDS.prepare()
    placenames.prepare()
    matcher.prepare_all()


def _builders() -> list[Callable[[], object]]:
    """The functions of the package's loaded modules that take no argument and keep
    what they make (``functools.cache``): the patterns and word lists made on first use."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith(f"{__name__}.") or module is None:
            continue
        for value in vars(module).values():
            if (
                callable(getattr(value, "cache_info", None))
                and getattr(value, "__module__", None) == name
                and not inspect.signature(value).parameters
            ):
                found.append(value)
    return found


__all__ = [
    "FREE_MAIL",
    "OwnOrganisation",
    "Profile",
    "company_of",
    "detect",
    "interviewers_of",
    "is_person",
    "own_organisation",
    "warm_up",
]

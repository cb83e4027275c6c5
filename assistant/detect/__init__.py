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
- :mod:`.per_series`: which events say the same (a series' instances), read once;
- :mod:`.warmup`: the vocabularies and the automaton, made once before the first detection.
"""

from __future__ import annotations

from assistant.detect.domains import FREE_MAIL
from assistant.detect.extract import company_of as _company_and_source
from assistant.detect.organisation import OwnOrganisation
from assistant.detect.organisation import learn as own_organisation
from assistant.detect.people import interviewers_of, is_person
from assistant.detect.profile import Profile
from assistant.detect.reading import read_description, read_title
from assistant.detect.verdicts import detect
from assistant.detect.warmup import warm_up
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

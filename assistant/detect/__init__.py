"""Which events are the user's follow-up job interviews, for which employer, and why.

One entry point: :func:`detect` takes every event in view (history included, so
earlier rounds can be linked) and returns a :class:`~assistant.models.Detection`
per event, each with a confidence and the reasons that fired. Pure: no I/O, no
clock, no configuration files.

The package, one layer per folder, in the order an event goes through it:

- :mod:`.profile`: who the user is, and the ``[detect]`` settings;
- ``lang/`` and :mod:`.words`: the round and job vocabularies, one TOML file per
  language, matched in one pass (:mod:`.words.matcher`); the invite's language;
- :mod:`.places`: CLDR's place names, shipped as data (``placenames.json``), and what
  in an invite is a place rather than a job or an employer;
- :mod:`.text`: titles cut into parts and descriptions read once per distinct text,
  itineraries, one reading per series;
- :mod:`.who`: who is on an invite and who is named in it: the user, people, rooms and
  robots, go-betweens (agencies, team mailboxes), the user's own organisation, learned;
- :mod:`.employer`: the employer's name as a person writes it, from titles, texts,
  domains, signatures, and the fullest invite of its process;
- :mod:`.job`: the role, in any language, without markers, places or numbers;
- :mod:`.verdict`: what one event says for and against, the vetoes, links to earlier
  rounds of the same process, and the verdict with its reasons;
- :mod:`.warmup`: the vocabularies and the automaton, made once before the first detection.
"""

from __future__ import annotations

from assistant.detect.employer.domains import FREE_MAIL
from assistant.detect.employer.extract import company_of as _company_and_source
from assistant.detect.profile import Profile
from assistant.detect.text.reading import read_description, read_title
from assistant.detect.verdict.verdicts import detect
from assistant.detect.warmup import warm_up
from assistant.detect.who.organisation import OwnOrganisation
from assistant.detect.who.organisation import learn as own_organisation
from assistant.detect.who.people import interviewers_of, is_person
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

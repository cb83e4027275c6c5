"""A later round the description speaks of, that this meeting is not.

A description naming a later round ("the final stage", "the next step in our process")
makes a round of a meeting whose title names none, as a tracking system's invite
often reads. Two kinds of meeting speak of a round they are not:

- an agency's own meeting ("Catch-up with Rowan – new roles", every guest from a
  recruitment agency) speaks of a client's round ("while we wait on Acme's final
  stage"): talking about a round is not a round;
- a one-way recorded video interview ("Acme – On Demand Interview", ``recorded_interview``
  in ``detect/lang/*.toml``) is the "next step" after applying, a task done alone by a
  date, never a later round of its own (:func:`.process.recorded_first` counts it as
  the round before the live one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.detect.employer.domains import domain_of
from assistant.detect.words import wording as w
from assistant.models import Attendee

if TYPE_CHECKING:
    from assistant.detect.verdict.evidence import Evidence


def without_round_spoken_of(ev: Evidence) -> Evidence:
    """``ev`` without the later round its description names (``described``) when its
    title names no round, stage nor interview and every guest is from a recruitment
    agency (a domain whose words are ``agency`` words: "skyline-recruitment.example"),
    or when its title names a one-way recorded interview and no later round in words
    of its own ("Stage 2 – HireVue interview" keeps its stage). ``ev`` as it is
    otherwise."""
    if not ev.described or ev.explicit:
        return ev
    if not (ev.stage or ev.interview) and ev.guests and all(map(_agencys, ev.guests)):
        return replace(ev, described=None)
    if not ev.stage and ev.interview and w.search(w.RECORDED_INTERVIEW, ev.title):
        return replace(ev, described=None)
    return ev


def _agencys(person: Attendee) -> bool:
    """Whether ``person`` writes from a recruitment agency's domain."""
    words = re.sub(r"[.-]+", " ", domain_of(person.email))
    return bool(words) and w.search(w.AGENCY, words) is not None

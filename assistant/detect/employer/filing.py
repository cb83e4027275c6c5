"""The keys an event is filed under in the employer index (:mod:`.linkage`): its
employer's keys, the domain label its written name could be spelled as, the keys a
round's job is filed under, and the employer its words name.
"""

from __future__ import annotations

import re

from assistant.detect.employer.domains import domain_key, domain_of, squash
from assistant.detect.employer.extract import name_key
from assistant.detect.employer.namematch import LEGAL
from assistant.detect.text.titles import GO_BETWEEN_WORDS
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED

_NONE: frozenset[str] = frozenset()


def aliases(ev: Evidence) -> frozenset[str]:
    """A domain label the name an invite writes could be spelled as, besides its keys:
    its first and last words ("oakmoorestates" for "Oakmoor Country Estates Ltd"). Not
    its first words alone: "Harbor Point" begins two employers' names."""
    if not (ev.company and ev.strong_company) or ev.company.count(" ") < 2:
        return _NONE
    if UNSPACED.search(ev.company):
        return _NONE
    words = [squash(word) for word in ev.company.split()]
    words = [word for word in words if word and not LEGAL.fullmatch(word)]
    found = {words[0] + words[-1]} if len(words) >= 3 else set()
    return frozenset(k for k in found if len(k) >= 8) - ev.keys


def names_the_job(ev: Evidence) -> bool:
    """Whether ``ev`` may say which job a process is for: a round, or a call naming a
    job (an agency's briefing) that nothing vetoes, or an invite about a job whatever
    vetoes it as a round (a first round read as another kind of interview, or as notes
    for interviewers, still names the job its process is for)."""
    return ev.interview_like or (not ev.solo and (ev.veto is None or bool(ev.about_a_job)))


def client_keys(ev: Evidence) -> frozenset[str]:
    """The key of the employer ``ev`` names in its words, when that is one of its keys."""
    if not (ev.company and ev.strong_company):
        return frozenset()
    key = name_key(ev.company)
    return frozenset({key}) if key in ev.keys else frozenset()


def job_keys(ev: Evidence) -> frozenset[str]:
    """The keys a round's job is filed under: when the employer it names has its own
    domain on the invite, not the domain of another organisation there (an agency books
    rounds for many clients, and one client's job is not another's)."""
    if not (ev.company and ev.strong_company):
        return ev.keys
    kept = named_keys(ev)
    people = {domain_key(domain_of(g.email)) for g in ev.employer_people}
    # only when the employer's own domain is on it, or a go-between is named ("via
    # Acme Search", "my client"): else the name and the domain may just differ
    return kept if kept and (kept & people or through_go_between(ev)) else ev.keys


def through_go_between(ev: Evidence) -> bool:
    """Whether ``ev`` says a go-between books it ("via Acme Search", "my client")."""
    return bool(_GO_BETWEEN.search(ev.title) or w.search(w.AGENCY_TEXT, ev.text))


_GO_BETWEEN = re.compile(r"\b" + GO_BETWEEN_WORDS + r"\s+\w", re.I)


def named_keys(ev: Evidence) -> frozenset[str]:
    """``ev``'s keys that belong to the employer its words name (none without a name)."""
    if not (ev.company and ev.strong_company):
        return frozenset()
    own = name_key(ev.company)
    return frozenset(k for k in ev.keys if own.startswith(k) or k.startswith(own))

"""The employer an invite says it is written for, when someone else sends it.

An agency's invite names the client the interview is with ("interview with Acme
Robotics"); a tracking system's footer names the employer it writes for ("This message
was sent from Workday on behalf of Acme Health S.A.", "en nombre de …", "im Auftrag von
…"). :mod:`.extract` reads both when it names the employer.
"""

from __future__ import annotations

import re

from assistant.detect.employer.confirmed import looks_like_name, people_words
from assistant.detect.employer.namematch import NAME, sentence_cut, tidy_name
from assistant.detect.profile import Profile
from assistant.detect.words import wording as w
from assistant.models import Event

RAW_CAP = 8000  # characters of a raw description searched for a tracking system's footer

# "interview with <Name>" in the languages of ``lang/``: whom the interview is with.
_INTERVIEW_WITH = re.compile(
    r"\b(?:interview|entretien|entrevue|gespräch|entrevista|colloquio|gesprek|intervju|rozmow[aęy])"
    r"\s+(?:with|avec|mit|con|met|med|z)\s+(" + NAME + ")"
)


# A person's title and their organisation after their name ("…, CEO of Acme Ltd",
# "…, directrice de Studio X"): the organisation is the one met.
_TITLE_OF = re.compile(
    r",[ \t]+[^,.\n]{1,40}?[ \t](?:of|at|bei|von|chez|de|di|van|bij|på|w)[ \t]+(" + NAME + ")"
)


def client_met(text: str, event: Event, profile: Profile) -> str | None:
    """The organisation an agency's invite says the interview is with, not a person
    nor another agency; ``None`` when it names none. A person named with their title
    ("your interview with Ana Ruiz, CEO of Acme Ltd") gives their organisation."""
    found = _INTERVIEW_WITH.search(text)
    if not found:
        return None
    client = found.group(1).strip()
    titled = _TITLE_OF.match(text, found.end(1))
    if titled:
        client = tidy_name(titled.group(1))  # the sentence's full stop is no part of it
    if looks_like_name(client, people_words(event, profile)) or w.search(w.AGENCY, client):
        return None
    return client if len(client.split()) >= 2 else None


def sent_for(text: str, event: Event, profile: Profile) -> str | None:
    """The employer a tracking system says it writes for ("This message was sent from
    Workday on behalf of Acme Health S.A.", "en nombre de …", "im Auftrag von …"): the
    registered name, written by the system, so trusted like a company field. A person
    it writes for ("on behalf of Sam Lee, Talent Partner") is no employer."""
    found = w.search(w.ON_BEHALF, text[:RAW_CAP])
    if not found:
        return None
    rest = text[found.end() : found.end() + 120]
    name = re.match(NAME, rest)
    if not name or looks_like_name(name.group(0), people_words(event, profile)):
        return None
    after = rest[name.end() :].lstrip(" \t")
    # "on behalf of Sam Lee, Talent Partner, …": a name and a title after a comma
    if after.startswith(","):
        return None
    written = sentence_cut(name.group(0))
    if written != name.group(0):
        # "… on behalf of Acme Marine Engineering. Reply to …": the system's own spelling,
        # whose last word may be one a department's name ends with too
        return written.strip(" .,'’-")
    tidy = tidy_name(name.group(0))
    # "S.L" as tidied: a dotted legal form keeps its last dot
    return tidy + "." if re.search(r"\b(?:\w\.)+\w$", tidy) else tidy

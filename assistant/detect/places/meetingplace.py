"""Whether a title's part names where the meeting is rather than who hires.

A title often ends with the place ("Technical interview – Pisa", "Spotkanie z zespołem –
Lotnisko Chopina", "現場見学（成田空港）"), and the location field writes the same place
at length ("Aeroporto di Pisa, …", "成田国際空港 第2旅客ターミナル"). A part the
location writes is the place, unless an employer's domain spells it or the location
writes it with a legal form: an employer's own office is written in the location with
the employer's name ("Scali Tirrenici S.p.A., Via …" at scalitirrenici, "Bayerwald
Diagnostik GmbH, Im Gewerbepark …" in an agency's invite).
"""

from __future__ import annotations

import re

from assistant.detect.employer.domains import squash
from assistant.detect.employer.domainspelling import spells_domain
from assistant.detect.employer.legalname import registered_name
from assistant.detect.words.writing import UNSPACED


def names_the_place(part: str, location: str, labels: tuple[str, ...]) -> bool:
    """Whether the location writes every word of ``part`` (every character, in a script
    without spaces: "成田空港" in "成田国際空港"), not followed by a legal form, and no
    domain label in ``labels`` (``domain_key`` of each employer domain; none known means
    no) spells it or holds its last word.

    ``part`` is a candidate employer read from a title; ``location`` the event's
    LOCATION (RFC 5545 §3.8.7.1), as written."""
    if not labels or not part.strip() or not location:
        return False
    if UNSPACED.search(part):
        inside = all(ch in location for ch in part if not ch.isspace())
    else:
        words = {word.casefold() for word in re.findall(r"\w+", location)}
        inside = all(word.casefold() in words for word in re.findall(r"\w+", part))
    last = squash(part.split()[-1]) if not UNSPACED.search(part) else squash(part)
    if not inside or any(last and last in label for label in labels):
        # "Consolidated Harbor Bank" at harborbank, "Brno" at zvbrno: a domain keeps a
        # name's last words and cuts the first ones, so it spells the employer's name
        return False
    # "Bayerwald Diagnostik, Regensburg" where the location writes "Bayerwald Diagnostik GmbH"
    head = part.split(",")[0].strip()
    return not (spells_domain(part, labels) or registered_name(head, location))

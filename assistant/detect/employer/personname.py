"""People written where an employer's name is read: never the company.

An invite names whom the user meets in the very places a company's name stands: a
title ("KPC interview (2nd) – Tanaka-san", "Zweitgespräch mit Frau Dr. Albers"), a
directory's "Surname, Given" display name copied into it ("Panel – Okafor, Ruth"),
or the first names of two hosts joined by "&" ("Second chat with Lotte & Wim").
:func:`written_person` tells these from a firm's name, so :mod:`.extract` falls back
to the guests' domain instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.detect.employer.addressform import FORMS_OF_ADDRESS
from assistant.detect.employer.confirmed import people_words
from assistant.detect.profile import Profile
from assistant.detect.who.gobetween import organisation_mailboxes
from assistant.detect.who.people import everyone
from assistant.models import Event

# Forms of address that never open a firm's name, so they count without a dot
# ("Frau Dr. Albers", "Mrs Okafor"); "Dr", "Pan", "M" open firms' names too ("Dr.
# Martens", "Pan Pacific") and count only before people's names on the invite.
_ALWAYS_ADDRESS = frozenset(
    {"mr", "mrs", "ms", "mx", "herr", "herrn", "frau", "mme", "mlle", "mevrouw", "meneer",
     "dhr", "mevr", "sra", "srta", "pani", "signora", "signor", "madame", "monsieur"}
)  # fmt: skip

# Honorifics written after a name: Japanese "-san", "-sama", "-sensei" in Latin
# letters, and in Japanese and Korean script ("さん", "氏", "님", "씨"). "様" and
# "귀중" also follow a firm's name ("桜井製薬様"), so they are left out.
_AFTER_NAME = re.compile(r"(?:-(?:san|sama|sensei|shi|nim|ssi)|さん|氏|님|씨)$", re.I)

# The words joining two people's first names ("Lotte & Wim", "Ana y Luis").
_JOINED = re.compile(r"\s+(?:&|\+|and|und|en|et|y|e|och|og|i|ve)\s+", re.I)
# A surname, a comma and a given name or two: "Okafor, Ruth".
_SURNAME_COMMA_NAME = re.compile(r"[^\W\d_][\w'’-]*,\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?")


def given_names(names: Iterable[str]) -> frozenset[str]:
    """The first words, lower-cased, of the display names ``names`` (``"Lotte Smit"``
    → ``"lotte"``); a "Surname, Given" name gives the word after its comma."""
    found: set[str] = set()
    for name in names:
        if "," in name:
            name = name.split(",", 1)[1]
        words = name.lower().split()
        if words:
            found.add(words[0])
    return frozenset(found)


def written_person(name: str, people: frozenset[str], given: frozenset[str]) -> bool:
    """Whether ``name``, read as the employer, is one or two people instead.

    ``people`` holds the lower-cased words of the names of everyone on the invite (the
    user included), ``given`` their first names (:func:`given_names`). True for a name
    after a form of address ("Frau Dr. Albers", "Dr. Albers" when Albers is on the
    invite), a name with a Japanese or Korean honorific after it ("Tanaka-san",
    "김민준님"), a directory's "Surname, Given" of a person on the invite ("Okafor,
    Ruth"), and first names of people on the invite joined by "&" ("Lotte & Wim").
    Founders' surnames so joined ("Kestrel & Finch") stay a firm's name."""
    words = name.split()
    if not words:
        return False
    lowered = [word.lower().strip(".,") for word in words]
    if lowered[0] in _ALWAYS_ADDRESS and len(words) >= 2 and words[1][:1].isupper():
        return True
    rest = lowered
    while rest and rest[0] in FORMS_OF_ADDRESS:
        rest = rest[1:]
    if rest is not lowered and rest and all(word in people for word in rest):
        return True  # "Dr. Albers", "Pan Nowak": the person on the invite
    bare = _AFTER_NAME.sub("", name.strip())
    if bare != name.strip() and bare:
        return all(word.strip(".,") in people for word in bare.lower().split())
    if _SURNAME_COMMA_NAME.fullmatch(name.strip()):
        return all(word in people for word in lowered)  # "Okafor, Ruth"
    parts = _JOINED.split(name.strip())
    if len(parts) >= 2 and all(" " not in part for part in parts):
        return all(part.lower() in given for part in parts)
    return False


def person_on_invite(name: str, event: Event, profile: Profile) -> bool:
    """Whether ``name`` is one or two of the people on ``event`` (:func:`written_person`,
    with the words of their names and their first names; a team's mailbox is no person)."""
    mailboxes = organisation_mailboxes(event)
    given = given_names(p.name for p in everyone(event) if p.name and p not in mailboxes)
    return written_person(name, people_words(event, profile), given)

"""Forms of address: the words before (or, in Turkish, after) a person's name that tell
a person from a firm ("Herrn Müller", "Mme Hélène Dufresne", "Hr. Claußen", "Kemal
Bey"). A company's name never runs on into one, and a name written after one is a
person's, never the employer. Split from :mod:`.namematch`.
"""

from __future__ import annotations

# Forms of address before a person's name ("Herrn Müller", "Mme Hélène Dufresne"): the
# name after one is a person's, and a company's name never runs on into one.
FORMS_OF_ADDRESS = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "herr", "herrn", "frau", "m", "mme", "mlle",
     "sr", "sra", "srta", "dra", "dott", "dott.ssa", "sig", "sig.ra", "dhr", "mevr",
     "mevrouw", "meneer", "pan", "pani", "bay", "hanım", "eng", "ing"}
)  # fmt: skip


# Forms of address a dot or an ordinal mark abbreviates beyond those above ("Hr." for
# Herr in German and Danish, "Eng.º" and "Arq.ª" in Portuguese, "Lic." in Spanish), and
# those written after the name (Turkish "Bey", "Hanım").
_ABBREVIATED_ADDRESS = frozenset({"hr", "fr", "enga", "arq", "lic", "ing"})
_ADDRESS_AFTER = frozenset({"bey", "hanım", "hanim"})


def addressed_person(name: str) -> bool:
    """Whether ``name`` is a person's with the form of address a title or a sentence
    writes: an abbreviated one before it ("Hr. Claußen", "Eng.º Rui Coutinho") or a
    Turkish one after it ("Kemal Bey"). A word that is a form of address only when
    abbreviated ("Pan", "Bay") opens firms' names too, so it counts only with its mark."""
    words = name.split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    head = first.rstrip(".ºª°")
    marked = head != first
    return (marked and (head in FORMS_OF_ADDRESS or head in _ABBREVIATED_ADDRESS)) or (
        words[-1].lower() in _ADDRESS_AFTER
    )


def addressed(found: str, text: str) -> bool:
    """Whether ``found`` is written in ``text`` right after a form of address, as a
    person is ("… mit Herrn Brandt", "avec Mme Claire Vautrin")."""
    at = text.find(found)
    before = text[:at].split()[-1:] if at > 0 else []
    return bool(before) and before[0].lower().rstrip(".") in FORMS_OF_ADDRESS

"""What comes after a registered name's legal form is no part of the name: a department
("さくら製薬株式会社 臨床開発部"), a seat or site ("… GmbH, Zug", "… L.L.C. (Dubai)") or the
words a pattern ran on into ("… S.r.l.. Incontrerai"). The legal form says where the
name ends (:mod:`assistant.detect.employer.legalname`).
"""

from __future__ import annotations

import re

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.scriptname import CJK_CHAR, CJK_LEGAL, registered_part
from assistant.detect.words import wording as w

_LATIN_LEGAL_INSIDE = re.compile(
    r"^(.*?[^\W\d_][\w&'’.-]*[ ,]+(?:" + LEGAL_FORM.pattern + r"))[ \t]+\S", re.S
)


# The last characters of a unit's name in Chinese, Japanese and Korean ("财产险部",
# "人事課", "인사팀", "기술본부"): a department, a section, an office or a team.
_CJK_UNIT = re.compile(r"(?:部|部门|部門|科|室|处|處|課|课|组|組|팀|본부|부서|실|센터)$")


def without_department(name: str) -> str:
    """``name`` ended at its legal form: what a title writes after it is a department or
    a site, not the name ("さくら製薬株式会社 臨床開発部" → さくら製薬株式会社, "Nordlager AB
    Logistik" → "Nordlager AB"); in Chinese, Japanese and Korean a last part naming a
    unit is cut without a legal form too ("华夏再保险 财产险部" → "华夏再保险"). Any other
    name without a legal form is given as it is."""
    if CJK_LEGAL.search(name):
        return registered_part(name.split()) if " " in name.strip() else name
    words = name.split()
    if len(words) >= 2 and CJK_CHAR.search(words[0]) and _CJK_UNIT.search(words[-1]):
        return " ".join(words[:-1])  # "华夏再保险 财产险部", "한빛전자 인사팀": the unit after it
    found = _LATIN_LEGAL_INSIDE.match(name)
    # a short form ("AG", "SE", "AS") may be a word of the name: only a longer one ends it
    if found and len(found.group(1).split()[-1].strip(",.")) >= 3:
        return found.group(1)
    return name


# A registered name, a comma and then the seat or a site ("Quillon Animal Health GmbH,
# Zug", "Lumen Vet Imaging B.V., Utrecht", "Acme Inc., Boston office"): the legal form
# ends the name, as it does before a department (:func:`without_department`).
_SEAT_AFTER = re.compile(
    r"^(.*?[^\W\d_][\w&'’.-]*[ ,]+(?:" + LEGAL_FORM.pattern + r"))"
    # after a comma, or in brackets ("… L.L.C. (Dubai)", "… GmbH (Wien)")
    r"(?:\s*,\s*(?P<seat>[^,]{2,40})|\s*\((?P<bracketed>[^()]{2,40})\))$",
    re.S,
)


def without_seat(name: str) -> str:
    """``name`` without the place written after its legal form and a comma or in
    brackets ("… GmbH, Zug" → "… GmbH", "… L.L.C. (Dubai)" → "… L.L.C."). A legal form written after the comma is part of the name ("Atlas
    Bank, N.A.", "Acme Holdings, Inc."), and a name without a legal form is given as it
    is. The head office written after a name ("Acme Headquarters", "… Genel Müdürlük") is
    a seat too (``head_office`` of ``lang/``)."""
    name = w.HEAD_OFFICE_AT_END.sub("", name) or name
    found = _SEAT_AFTER.match(name)
    if found is None or LEGAL_FORM.search(found.group("seat") or found.group("bracketed")):
        return name
    return found.group(1)


# A registered name and the words after it on the line ("… Appennino S.r.l.. Incontrerai
# il Dott. …"): the legal form closes the name, so what follows begins something else.
_WORDS_AFTER_FORM = re.compile(
    # atomic: "GmbH & Co. KG" is one form, never "GmbH" and then more words
    r"^(.*?[^\W\d_][\w&'’.-]*[ ,]+(?>" + LEGAL_FORM.pattern + r"))[\s.,;:]+\S"
)


def ending_at_form(name: str) -> str:
    """``name`` up to and with its legal form, without the words a pattern of capitalised
    words ran on into ("Clinica Veterinaria Appennino S.r.l.. Incontrerai" → "Clinica
    Veterinaria Appennino S.r.l."). A name without a legal form, or one that ends with it,
    is given as it is."""
    found = _WORDS_AFTER_FORM.match(name)
    return found.group(1) if found else name

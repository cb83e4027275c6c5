"""A later round names a firm of two partners by their initials joined by "&", a
particle's letter in lower case ("VdM&TK" for "Van der Molen & Ten Kruis Optiek B.V.",
"Q&H" for "Quist & Hallorann LLP"): the fuller name the process writes is the one
given. Other initials, or a name with no partners, are not it. The employers are made up.
"""

from __future__ import annotations

import pytest

from assistant.detect.employer.namecompare import paired_initials
from assistant.detect.employer.shorterwriting import shorter_writing


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("VdM&TK", "Van der Molen & Ten Kruis Optiek B.V."),
        ("Q&H", "Quist & Hallorann LLP"),
        ("Q&H", "Quist and Hallorann"),
    ],
)
def test_partners_initials_stand_for_the_firm(short, name):
    assert paired_initials(short, name)
    assert shorter_writing(short, name, own_note=False, role=lambda: None)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("Q&K", "Quist & Hallorann LLP"),  # another partner
        ("Q&H", "Quist Hallorann Partners"),  # no two partners
        ("QH", "Quist & Hallorann LLP"),  # no ampersand: other initials
    ],
)
def test_other_initials_do_not(short, name):
    assert not paired_initials(short, name)

"""A title writing the employer's words abbreviated ("Quarrington Vet Labs", "Ashdown
Eng Techs") where the signature registers them in full ("Quarrington Veterinary
Laboratories Ltd"): a shortened word keeps its plural's "s" ("Labs" of "Laboratories"),
and the registered name is the employer's."""

from __future__ import annotations

import pytest

from assistant.detect.employer.shortform import registered_for, stands_for


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("Quarrington Vet Labs", "Quarrington Veterinary Laboratories Ltd"),
        ("Ashdown Eng Techs", "Ashdown Engineering Technologies Ltd"),
    ],
)
def test_a_plural_abbreviated_with_its_s_stands_for_the_word(short, name):
    assert stands_for(short, name)


def test_other_words_ending_in_s_do_not():
    assert not stands_for("Quarrington Vet Labs", "Quarrington Veterinary Lagoons Ltd Cons")


def test_the_signature_registers_the_name_the_title_abbreviates():
    text = "Best wishes,\nDr Ines Kowal\nLaboratory Director\nQuarrington Veterinary Laboratories Ltd\n"
    assert registered_for("Quarrington Vet Labs", (text,)) == (
        "Quarrington Veterinary Laboratories Ltd"
    )

"""Initials in a title where a signature writes the name with the initials in brackets
after it ("Wasserversorgung Tirol (WVT)", a compound's two nouns giving two of the
initials; "Agência Regional de Faróis (ARF)"): the employer is the name as the signature writes it, initials included, in every round.
Initials that share the first letter with nothing before them are not expanded. The
user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`; the employers are made up.
"""

from __future__ import annotations

from assistant.detect.employer.shortform import bracketed, bracketed_for
from tests.unit.test_detect_kinds import invite, verdict_of


def test_the_name_before_the_bracketed_initials_is_read_from_a_line():
    signed = "Liebe Grüsse\nMarta Kofler | HR\nWasserversorgung Tirol (WVT) | Hauptplatz 3\n"
    assert bracketed_for("WVT", (signed,)) == "Wasserversorgung Tirol (WVT)"
    told = "Cumprimentos,\nna Agência Regional de Faróis (ARF)\n"
    assert bracketed_for("ARF", (told,)) == "Agência Regional de Faróis (ARF)"


def test_a_person_or_a_lone_word_before_the_initials_is_no_name():
    assert bracketed_for("WVT", ("Marta Kofler (WVT)\n",)) is None
    assert bracketed_for("WVT", ("Wasser (WVT)\n",)) is None
    assert bracketed_for("Wasser", ("Wasserversorgung Tirol (Wasser)",)) is None


def test_a_bracketed_name_stands_for_its_initials():
    assert bracketed("WVT", "Wasserversorgung Tirol (WVT)")
    assert not bracketed("WVT", "Wasserversorgung Tirol")
    assert not bracketed("WVT", "(WVT)")


def test_a_later_round_by_the_initials_is_named_as_the_signature_writes_it():
    first = invite(
        "Kennenlernen / WVT – Hydrologin",
        "marta.kofler@wvt.example",
        days=1,
        description=(
            "Hallo Robin\n\nHier der Termin fürs Kennenlernen.\n\nLiebe Grüsse\nMarta\n"
            "Marta Kofler | HR\nWasserversorgung Tirol (WVT) | Hauptplatz 3 | Innsbruck\n"
        ),
    )
    later = invite(
        "WVT - Zweitgespräch mit der Bereichsleitung",
        "marta.kofler@wvt.example",
        days=8,
        description="Hallo Robin, schön, dass es weitergeht! Marta",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up
    assert v.company == "Wasserversorgung Tirol (WVT)"

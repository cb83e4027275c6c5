"""A short or brand form of the employer's name where an invite of the process writes
the registered one: a trade's word cut short ("Harrowgate Re" for "Harrowgate
Reinsurance Ltd"), the trade after the name where the registered name puts it first
("Miradouro Vinhos" for "Sociedade de Vinhos Miradouro, S.A."), or the name alone
where a legal form closes it ("Fjällripan" for "Fjällripan Sjukvård AB (publ)").
Every round is named by the registered form; a firm sharing one word is not it. The
user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`; the employers are made up.
"""

from __future__ import annotations

import pytest

from assistant.detect.employer.shortform import registered_for, stands_for
from tests.unit.test_detect_kinds import invite, verdict_of


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("Harrowgate Re", "Harrowgate Reinsurance Ltd"),
        ("Miradouro Vinhos", "Sociedade de Vinhos Miradouro, S.A."),
        ("Fjällripan", "Fjällripan Sjukvård AB (publ)"),
        ("Kestrelmoor Bio", "Kestrelmoor Biologics GmbH"),
        ("Osterley Semi", "Compagnie Osterley de Semi-conducteurs SAS"),
        ("Klinik Seeblick", "Klinikgruppe Seeblick GmbH"),
    ],
)
def test_a_short_form_stands_for_the_registered_name(short, name):
    assert stands_for(short, name)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("Harrowgate Capital", "Harrowgate Reinsurance Ltd"),  # another word: another firm
        ("Harrowgate Re", "Harrowgate Re"),  # no more words
        ("HR Re", "Harrowgate Reinsurance Ltd"),  # nothing written whole
    ],
)
def test_another_name_does_not_stand_for_it(short, name):
    assert not stands_for(short, name)


def test_the_registered_name_is_found_on_a_signature_line():
    text = (
        "Tack för ditt intresse!\n\nMed vänliga hälsningar\nIngrid Dahl, HR\n"
        "Fjällripan Sjukvård AB (publ) | Storgatan 4, Luleå\n"
    )
    assert registered_for("Fjällripan", (text,)) == "Fjällripan Sjukvård AB (publ)"
    signed = "Cumprimentos,\nSociedade de Vinhos Miradouro, S.A., Rua Nova 8, Porto\n"
    assert registered_for("Miradouro Vinhos", (signed,)) == "Sociedade de Vinhos Miradouro, S.A."
    # a sentence naming another firm with the same word, with no legal form: not it
    assert registered_for("Harrowgate Re", ("We met Harrowgate Capital partners.",)) is None


def test_every_round_takes_the_registered_name_the_first_call_signs_with():
    first = invite(
        "[Harrowgate Re] Hiring manager interview – Robin Hale",
        "talent@harrowgatere.example",
        days=1,
        description=(
            "Hello Robin,\n\nYou're confirmed for your interview for Treaty Analyst.\n\n"
            "Harrowgate Reinsurance Ltd | 12 Quay Street, Leith\n"
        ),
    )
    later = invite(
        "[Harrowgate Re] Panel interview – Robin Hale",
        "talent@harrowgatere.example",
        days=8,
        description="Hello Robin, you're confirmed for your panel.",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up
    assert v.company == "Harrowgate Reinsurance Ltd"


def test_a_later_round_naming_the_trade_first_takes_the_registered_name():
    first = invite(
        "Entrevista com Miradouro Vinhos – Enólogo Sénior",
        "rh@miradouro-vinhos.example",
        days=1,
        description=(
            "Olá Robin,\n\nConfirmamos a sua entrevista para Enólogo Sénior.\n\n"
            "Com os melhores cumprimentos,\nSociedade de Vinhos Miradouro, S.A.\n"
        ),
    )
    later = invite(
        "2ª entrevista Miradouro – Direção de Produção",
        "rh@miradouro-vinhos.example",
        days=9,
        description="Olá Robin, tem agora uma segunda entrevista com a direção.",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up
    assert v.company == "Sociedade de Vinhos Miradouro, S.A."


def test_a_note_naming_the_last_word_follows_the_registered_name():
    from datetime import timedelta

    from tests.conftest import NOW, make_event
    from tests.unit.test_detect_kinds import me_at

    first = invite(
        "Telefoninterview Kleintierklinik am Rotsee",
        "jobs@kleintierklinik-rotsee.example",
        days=1,
        description=(
            "Grüezi Frau Hale\n\nBesten Dank für Ihre Bewerbung. Gerne rufen wir Sie an.\n\n"
            "Freundliche Grüsse\nHR | Kleintierklinik am Rotsee AG | Seeweg 4 | 6030 Ebikon\n"
        ),
    )
    note = make_event(
        "Rotsee – Panel (Teams)",
        start=NOW + timedelta(days=12),
        uid="own-note",
        organizer=me_at(),
        attendees=(),
    )
    v = verdict_of(note, first)
    assert v.is_follow_up
    assert v.company == "Kleintierklinik am Rotsee AG"

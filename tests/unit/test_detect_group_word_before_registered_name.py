"""A word before a registered name that says who signs or what the meeting is: a team
("Squadra Corvalli S.r.l.", "Personal-team Brandt AG"), a group of people, or a
compound closing with an interview word ("Videointerview Holmfjord AS"). It is no
part of the name; a capitalised word that is ("Nordhavn Corvalli S.r.l.") still is.
The user is Robin Hale, as in :mod:`tests.unit.test_detect_kinds`.
"""

from __future__ import annotations

import pytest

from assistant.detect.employer.extract import company_of
from assistant.detect.employer.legalname import is_name_word, registered_name
from assistant.detect.text.reading import read_description
from tests.unit.test_detect_kinds import PROFILE, invite, me_at


@pytest.mark.parametrize(
    ("short", "text", "registered"),
    [
        # a signature's team word, in Portuguese, Spanish and Dutch
        ("Marítima Ondina", "Até breve!\nEquipa Marítima Ondina, Lda.\n", "Marítima Ondina, Lda."),
        ("Cerámicas Albor", "Un saludo,\nEquipo Cerámicas Albor S.L.\n", "Cerámicas Albor S.L."),
        (
            "Brandt Koeltechniek",
            "Groet,\nHR-team Brandt Koeltechniek B.V.\n",
            "Brandt Koeltechniek B.V.",
        ),
        # a meeting written as one compound word before the name, in German and Norwegian
        ("Lindauer Textil", "Videointerview Lindauer Textil GmbH", "Lindauer Textil GmbH"),
        ("Holmfjord Fisk", "Jobbintervju Holmfjord Fisk AS", "Holmfjord Fisk AS"),
        # a compound closing with a group's word
        ("Vesterhav Energi", "Personalleitung Vesterhav Energi SE", "Vesterhav Energi SE"),
    ],
)
def test_a_group_or_meeting_word_before_a_registered_name_is_left_off(short, text, registered):
    assert registered_name(short, text) == registered


def test_a_capitalised_word_of_the_name_itself_is_kept():
    assert registered_name("Corvalli", "Nordhavn Corvalli S.r.l.\n") == "Nordhavn Corvalli S.r.l."
    assert is_name_word("Nordhavn")
    assert not is_name_word("Équipe")
    assert not is_name_word("Telefoninterview")


def test_the_employer_of_an_invite_signed_by_its_team_is_the_registered_name():
    event = invite(
        "Entrevista técnica - Analista de Compras | Cerámicas Albor",
        "avisos@talentbox.example",
        description=(
            "Hola Robin:\n\nHas avanzado a la entrevista técnica.\n\nUn saludo,\n"
            "Equipo Cerámicas Albor S.L.\n"
        ),
        myself=me_at(),
    )
    text = read_description(event.description or "").text
    assert company_of(event, PROFILE, text)[0] == "Cerámicas Albor S.L."

"""A round written as the word for "round" and its number, in the languages that write
it so ("Runde 2", "ronda 3", "ronde 2", "omgång 2", "tour 2", "rodada 2", "runda 2",
"kolo 2"): a later stage, as "Round 2" is in English. A sport's round stays a sport's."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from tests.unit.test_detect_kinds import invite, verdict_of, why

HOST = "talent@quillmoor-labs.example"


@pytest.mark.parametrize(
    "title",
    [
        "Interview: Quillmoor Labs – Datenanalyst (Runde 2: Fallstudie)",
        "Entrevista Quillmoor Labs – ronda 3",
        "Gesprek Quillmoor Labs (ronde 2/3)",
        "Intervju Quillmoor Labs – omgång 2",
        "Entretien Quillmoor Labs – tour 2",
        "Entrevista Quillmoor Labs – rodada 2",
        "Rozmowa Quillmoor Labs – runda 2",
        "Pohovor Quillmoor Labs – kolo 2",
    ],
)
def test_a_numbered_round_in_its_own_language_is_a_later_stage(title):
    assert read_title(title).stage is not None
    earlier = invite("Interview – Quillmoor Labs", HOST, days=1)
    v = verdict_of(invite(title, HOST, "rafa.oduya@quillmoor-labs.example", days=9), earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize("title", ["Runde 2,5 km Stadtlauf", "Runde 1 – Quillmoor Labs"])
def test_a_number_that_is_no_later_round_is_no_stage(title):
    assert read_title(title).stage is None

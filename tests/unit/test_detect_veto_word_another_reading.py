"""A word that vetoes a title as a pastime is sometimes another word: a Portuguese verb
("(a Rita liga)": Rita calls), a practical assessment's name ("skills station",
"simulation lab": not skiing, not a class). The round with the employer's people
after an interview stays a round; the pastimes themselves stay vetoed."""

from __future__ import annotations

import pytest

from assistant.detect.words import eventkinds
from tests.unit.test_detect_kinds import invite, verdict_of, why


def _first():
    return invite(
        "Entrevista – Arquiteta – Quinta Norte",
        "rita@quintanorte.example",
        days=-9,
        description="Obrigada pela candidatura à vaga de Arquiteta.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Quinta Norte – 2ª fase: conversa com a direção (a Rita liga)",
        "Quinta Norte – clinical skills station",
        "Quinta Norte – simulation lab (triage)",
    ],
)
def test_a_round_whose_word_reads_as_a_pastime_elsewhere_is_a_round(title):
    later = invite(title, "rita@quintanorte.example", "joao@quintanorte.example", days=3)
    v = verdict_of(later, _first())
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Ski trip with the kids", "Skiing – Sunday", "Jogo da liga de futsal", "Liga – jornada 5"],
)
def test_the_pastimes_themselves_stay_pastimes(title):
    assert eventkinds.event_kind(title) is not None

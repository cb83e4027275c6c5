"""An agency's candidate interviewed at its client ("Colloquio presso il cliente",
"Interview beim Kunden", "Entrevista con el cliente", "Gesprek bij de klant"): a
later stage after the agency's own first call; said to be the first ("Primo
colloquio presso cliente", "Eerste gesprek bij klant"), the first round."""

from __future__ import annotations

import pytest

from assistant.detect.text.reading import read_title
from tests.unit.test_detect_kinds import invite, verdict_of, why

AGENCY = "giulia.ferri@talentiva-search.example"


@pytest.mark.parametrize(
    "title",
    [
        "Colloquio presso il cliente - Studio Medico Valdera",
        "Interview beim Kunden: Valdera Medizintechnik",
        "Entrevista con el cliente – Clínica Valdera",
        "Gesprek bij de klant – Valdera Zorg",
    ],
)
def test_an_interview_at_the_client_after_the_agencys_call_is_a_later_round(title):
    assert read_title(title).stage is not None
    earlier = invite("Interview – Talentiva Search", AGENCY, days=1)
    later = invite(title, AGENCY, "dr.neri@valdera-medica.example", days=9)
    v = verdict_of(later, earlier)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "title",
    ["Primo colloquio presso cliente – Valdera", "Eerste gesprek bij klant – via Talentiva"],
)
def test_the_first_interview_at_the_client_is_a_first_round(title):
    assert read_title(title).first_round is not None

"""A title whose part is one word naming the meeting, a stage or a task ("Riunione con
il Direttore", "Besprechung – Vertrieb", "Arbeitsprobe – Präsentation"): that word is
what happens, never the employer. A one-word firm's name in the same place still is."""

from __future__ import annotations

import pytest

from assistant.detect.employer.titlenames import title_names


@pytest.mark.parametrize(
    "title",
    [
        "Incontro con il Direttore Generale",  # Italian: a meeting
        "Besprechung mit der Geschäftsführung",  # German: a meeting
        "Arbeitsprobe – Präsentation",  # German: a work sample, a test
        "Reunión con la Dirección",  # Spanish: a meeting
    ],
)
def test_a_lone_meeting_or_task_word_is_no_employer(title):
    place, candidates, beside_round = title_names(title)
    first = title.split()[0]
    assert first not in (place, *candidates, *beside_round)


def test_a_one_word_firm_in_the_same_place_is_still_read():
    _, candidates, _ = title_names("Brixhale – Gespräch mit der Geschäftsführung")
    assert "Brixhale" in candidates

"""A job whose title holds "and" (Dutch "en"): "Head of Procurement and Logistics",
"Specialist Hearing and Balance Audiologist", "Medewerker Archief en Documentatie". The
title's parts are cut at "and" (two people, two firms), so the job is read whole again
when what follows closes it; a rank, a place or a round after "and" stays out.

Every test is written in new words, not the calendars' own.
"""

from __future__ import annotations

import pytest

from assistant.detect.job.roles import role_in_title


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Second interview – Head of Procurement and Logistics",
            "Head of Procurement and Logistics",
        ),
        (
            "Interview with Wrenfield Trust: Specialist Hearing and Balance Audiologist",
            "Specialist Hearing and Balance Audiologist",
        ),
        (
            "Tweede gesprek – Medewerker Archief en Documentatie",
            "Medewerker Archief en Documentatie",
        ),
        ("Eerste gesprek – Adviseur Oude en Nieuwe Media", "Adviseur Oude en Nieuwe Media"),
        ("Final round: Curator of Maps and Globes (Req 5512)", "Curator of Maps and Globes"),
        ("Panel – Platform Engineer and Team Lead", "Platform Engineer and Team Lead"),
    ],
)
def test_a_job_with_and_inside_is_read_whole(title, role):
    assert role_in_title(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Final: Platform Engineer and CTO", "Platform Engineer"),
        ("Interview – Platform Engineer and Brisbane", "Platform Engineer"),
        ("Interview: Platform Engineer and Tamsin Vourakis", "Platform Engineer"),
        ("Webinaire : Le métier de géomètre en Afrique de l'Ouest", None),
    ],
)
def test_a_rank_a_place_or_a_person_after_and_is_no_part_of_the_job(title, role):
    found = role_in_title(title)
    assert found == role or (role is None and (found is None or "Afrique" not in found))

"""The employer written after the job and a dash, when the invite signs a longer name.

An invite titled "Interview: <job> – Hangarwerk Limburg" and signed "HR-team Hangarwerk
Limburg NV" names its employer after the dash, not a team of the job: two words or more
of the employer's name inside it are the employer, where a single word ("– Hospitality"
of "Brightline Hospitality") may be the job's field.
"""

from __future__ import annotations

from assistant.detect import detect
from tests.unit.test_detect_kinds import PROFILE, invite

_TEXT = (
    "Beste,\n\nHartelijk dank voor uw kandidatuur voor de functie Ploegleider "
    "Motoronderhoud.\n\nGraag nodigen wij u uit voor een eerste gesprek.\n\n"
    "Met vriendelijke groeten,\nHR-team Hangarwerk Limburg NV\n\nPowered by Jobvite"
)


def test_the_employers_words_after_the_dash_are_no_team_of_the_job() -> None:
    event = invite(
        "Interview: Ploegleider Motoronderhoud – Hangarwerk Limburg",
        "notification@jobvite.com",
        "an.claes@hangarwerk-limburg.be",
        days=-3,
        description=_TEXT,
    )
    (found,) = detect([event], PROFILE)
    assert found.verdict.role == "Ploegleider Motoronderhoud"

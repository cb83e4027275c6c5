"""A German title naming the closing interview with an adjective ("Abschließendes
Gespräch mit der Geschäftsführung"): a later round, and its adjective is no employer's
name (the employer is the one the process names)."""

from __future__ import annotations

from assistant.detect import detect
from tests.unit.test_detect_kinds import PROFILE, invite, me_at


def test_the_closing_interview_names_the_process_employer():
    first = invite(
        "Kennenlerngespräch - Brunnhofer & Kalt AG",
        "karriere@brunnhofer-kalt.example",
        "karriere@brunnhofer-kalt.example",
        days=1,
        description="Sehr geehrte Frau Hale,\n\nwir laden Sie zum Kennenlerngespräch ein.\n",
        myself=me_at(),
    )
    last = invite(
        "Abschließendes Gespräch mit der Geschäftsführung",
        "karriere@brunnhofer-kalt.example",
        "o.brandl@brunnhofer-kalt.example",
        days=12,
        description="Sehr geehrte Frau Hale,\n\nanbei die Einladung zum abschließenden Gespräch.\n",
        myself=me_at(),
    )
    found = {d.event.uid: d.verdict for d in detect([first, last], PROFILE)}
    assert found[last.uid].is_follow_up
    assert found[last.uid].company == "Brunnhofer & Kalt AG"

"""An institution's name placed by "w" (Polish "in") runs on to its place ("Muzeum
Sztuki Ludowej w Sandomierzu")."""

from __future__ import annotations

from assistant.detect.employer.fullname import institution_name


def test_a_polish_name_runs_on_through_w_to_its_place() -> None:
    text = "Z poważaniem,\nAnna Zielińska\nMuzeum Sztuki Ludowej w Sandomierzu\nul. Długa 3"
    assert (
        institution_name("Muzeum Sztuki Ludowej", (text,)) == "Muzeum Sztuki Ludowej w Sandomierzu"
    )

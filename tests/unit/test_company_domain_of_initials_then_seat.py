"""A domain of a firm's initials and the town it sits in ("cfv-lucerne" made up as "Cfv
Lucerne"), where the invite writes the firm in full ("Caisse Forestière du Valais"):
the name written in full is the employer. A made-up name whose first word is one to
say ("Orla Labs") is no initials. The employers are made up.
"""

from __future__ import annotations

from assistant.detect.employer.initials import spelled_in_full


def test_initials_and_a_seat_are_spelled_out_by_the_title():
    title = "2e entretien – Caisse Forestière du Valais"
    assert spelled_in_full("Cfv Lucerne", (title,), made_up=True) == "Caisse Forestière du Valais"


def test_a_word_to_say_is_no_initials():
    line = "Lunch with Olivia Rhodes Lang Alvarez tomorrow"
    assert spelled_in_full("Orla Labs", (line,), made_up=True) is None
    # only a name made up from a domain is read so: one an invite writes is as written
    assert spelled_in_full("Cfv Lucerne", ("Caisse Forestière du Valais",)) is None

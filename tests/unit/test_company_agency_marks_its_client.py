"""An agency's invite marks the employer in its title ("2nd stage – Harwell (client)")
while its footer says it acts as an employment agency: the name so marked is the
client, the employer, not a go-between."""

from __future__ import annotations

from assistant.detect.who.gobetween import intermediary

FOOTER = "Good luck!\nRidgeway Talent Ltd is acting as an employment agency for this vacancy.\n"


def test_a_name_the_title_marks_as_the_client_is_no_go_between():
    assert not intermediary("Harwell", "2nd stage – Harwell (client) – Teams", FOOTER)
    assert not intermediary("Harwell", "Final – Harwell [Kunde]", FOOTER)


def test_the_agency_and_an_unmarked_name_stay_go_betweens():
    assert intermediary("Ridgeway Talent", "2nd stage – Harwell (client) – Teams", FOOTER)
    assert intermediary("Harwell", "2nd stage – Harwell – Teams", FOOTER)

"""A later round's title writes the job, a gender marker and the job's team
("Zweitgespräch: Aktuar (m/w/d) Tarifentwicklung Kranken") where the first round named
the job with the team ("Aktuar Tarifentwicklung Kranken"): the team is the job's, not
the employer, though it shares a word with the employer's domain (nordmark-kranken)."""

from __future__ import annotations

from datetime import timedelta

from assistant.detect import detect
from tests.conftest import NOW, make_event, person
from tests.unit.test_detect_kinds import PROFILE, me_at

SIGNATURE = "\n\nMit freundlichen Grüßen\nJana Oberhollenz\nPersonalreferentin\nNordmark Krankenversicherung AG\n"


def test_the_team_after_the_marker_is_no_employer():
    hr = person("jana.oberhollenz@nordmark-kranken.example", "Jana Oberhollenz", is_organizer=True)
    first = make_event(
        "Telefoninterview – Nordmark Krankenversicherung AG",
        start=NOW + timedelta(days=2),
        uid="first",
        organizer=hr,
        attendees=(me_at(), hr),
        description="Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Aktuar (m/w/d) "
        "Tarifentwicklung Kranken. Gerne möchten wir Sie in einem ersten telefonischen Gespräch "
        "kennenlernen." + SIGNATURE,
    )
    later = make_event(
        "Zweitgespräch: Aktuar (m/w/d) Tarifentwicklung Kranken",
        start=NOW + timedelta(days=16),
        uid="later",
        organizer=hr,
        attendees=(me_at(), hr, person("k.ruedlinger@nordmark-kranken.example", "Kai Rüdlinger")),
        description="Guten Tag,\n\nwie angekündigt hier der Termin für unser zweites "
        "Gespräch mit Herrn Rüdlinger (Leiter Tarifentwicklung Kranken)." + SIGNATURE,
    )
    found = {d.event.uid: d.verdict for d in detect([first, later], PROFILE)}
    assert found["later"].is_follow_up
    assert found["later"].company == "Nordmark Krankenversicherung AG"

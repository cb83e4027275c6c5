"""A firm named after its partners, listed with commas ("Marchetti, Dolan & Partners")
where a guest's domain spells more than the first partner (marchettidolan.example): the
whole list is the name. A word after a comma that the domain does not spell (a city) is
never taken into it."""

from __future__ import annotations

from assistant.detect.employer.namematch import name_matching


def test_partners_after_a_comma_are_read_when_the_domain_spells_them():
    title = "Entretien – Auditeur senior – Marchetti, Dolan & Partners"
    assert name_matching(title, ("marchettidolan",), True) == "Marchetti, Dolan & Partners"


def test_a_city_after_a_comma_is_not_taken_into_the_name():
    title = "Final interview – Marchetti Group, Lyon & Paris"
    assert name_matching(title, ("marchettigroup",), True) == "Marchetti Group"


def test_detection_names_the_partnership_in_full():
    from assistant.detect import detect
    from tests.unit.test_detect_kinds import PROFILE, invite, me_at

    first = invite(
        "Entretien RH – Auditeur senior – Marchetti, Dolan & Partners",
        "rh@marchetti-dolan.example",
        "rh@marchetti-dolan.example",
        days=1,
        myself=me_at(),
    )
    later = invite(
        "Entretien avec M. Dolan, associé",
        "rh@marchetti-dolan.example",
        "p.dolan@marchetti-dolan.example",
        days=9,
        description="Bonjour,\n\nsuite à notre échange, M. Dolan souhaite vous rencontrer.\n",
        myself=me_at(),
    )
    found = {d.event.uid: d.verdict for d in detect([first, later], PROFILE)}
    assert found[first.uid].company == "Marchetti, Dolan & Partners"

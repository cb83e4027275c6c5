"""A title writes the employer as its initials in capitals before a legal form
("… – NZRT S.A.") where the first round's signature spells the name in full: the
initials are kept as written, not read as a shouted word ("Nzrt S.A"), so the later
round names the employer in full."""

from __future__ import annotations

from assistant.detect.employer.namecase import shouted
from assistant.detect.employer.namematch import tidy_name


def test_initials_before_a_legal_form_are_not_shouted_words():
    assert not shouted("NZRT S.A.")
    assert not shouted("NZRT S.A")  # a stripped name's dotted form
    assert tidy_name("NZRT S.A.") == "NZRT S.A"


def test_shouted_words_are_still_title_cased():
    assert shouted("NORDHAVN REDERI AS")
    assert tidy_name("NORDHAVN REDERI") == "Nordhavn Rederi"


def test_a_later_round_names_the_firm_its_first_round_signed_in_full():
    from assistant.detect import detect
    from tests.unit.test_detect_kinds import PROFILE, invite, me_at

    first = invite(
        "Rozmowa telefoniczna – Technolog (K/M) – NZRT S.A.",
        "rekrutacja@nzrt.example",
        "e.mazur@nzrt.example",
        days=1,
        description=(
            "Szanowny Panie,\nzapraszamy na rozmowę telefoniczną.\n\nZ poważaniem\n"
            "Dział Personalny\nNadwiślańskie Zakłady Remontu Taboru S.A.\n"
        ),
        myself=me_at(),
    )
    later = invite(
        "Druga rozmowa – Technolog – NZRT S.A.",
        "e.mazur@nzrt.example",
        "p.lis@nzrt.example",
        days=9,
        description="Dzień dobry,\nzapraszam na drugi etap rekrutacji.\n\nPozdrawiam\nEwa Mazur\n",
        myself=me_at(),
    )
    found = {d.event.uid: d.verdict for d in detect([first, later], PROFILE)}
    assert found[later.uid].is_follow_up
    assert found[later.uid].company == "Nadwiślańskie Zakłady Remontu Taboru S.A."

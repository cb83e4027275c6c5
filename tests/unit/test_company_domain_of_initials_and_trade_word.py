"""A firm's domain made of its name's initials and a word of its trade ("nzk-aero" for
"Nadmorskie Zakłady Kompozytowe"): the title's name beside the round is spelled by the
domain, so it is the employer, not a job, and the domain is no made-up name for it."""

from __future__ import annotations

from assistant.detect.employer.domainspelling import spells_domain


def test_initials_of_three_words_then_a_trade_word_spell_the_domain():
    assert spells_domain("Nadmorskie Zakłady Kompozytowe", ("nzkaero",))


def test_two_words_initials_are_too_short_to_count():
    assert not spells_domain("Nadmorskie Zakłady", ("nzaero",))


def test_the_first_round_names_the_firm_its_title_writes():
    from assistant.detect import detect
    from tests.unit.test_detect_kinds import PROFILE, invite, me_at

    first = invite(
        "Rozmowa rekrutacyjna – Nadmorskie Zakłady Kompozytowe",
        "m.lis@nzk-aero.example",
        "m.lis@nzk-aero.example",
        days=1,
        description=(
            "Dzień dobry,\nzapraszam na rozmowę online (ok. 60 min).\n\nPozdrawiam\nMaria Lis\n"
        ),
        myself=me_at(),
    )
    found = {d.event.uid: d.verdict for d in detect([first], PROFILE)}
    assert found[first.uid].company == "Nadmorskie Zakłady Kompozytowe"

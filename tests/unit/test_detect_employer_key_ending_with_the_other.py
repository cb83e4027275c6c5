"""A later round whose employer key ends with the key of the earlier rounds
("groupeorsinibrandt" from groupe-orsini-brandt.example after rounds filed under
"orsinibrandt"): the word in front is a kind of firm the other invites left out, so the
rounds are one process. Two employers ending alike name neither; a short end ("labs")
names none."""

from __future__ import annotations

from assistant.detect.verdict.keysuffix import SuffixKeys
from tests.unit.test_detect_kinds import invite, verdict_of, why


def test_a_key_and_the_key_it_ends_with_are_one_employer():
    keys = SuffixKeys(["orsinibrandt", "pellucidlabs"])
    assert keys.around("groupeorsinibrandt") == {"orsinibrandt"}
    assert keys.around("orsinibrandt") == frozenset()  # itself only


def test_a_short_key_ending_many_names_none():
    keys = SuffixKeys(["labs", "orsinibrandt"])
    assert keys.around("pellucidlabs") == frozenset()


def test_two_employers_ending_alike_name_neither():
    keys = SuffixKeys(["groupeorsinibrandt", "cliniqueorsinibrandt"])
    assert keys.around("orsinibrandt") == frozenset()


def test_the_later_round_under_the_longer_key_follows_the_first():
    first = invite(
        "Premier échange – Analyste crédit (H/F)",
        "ines@orsinibrandt.example",
        days=-14,
        description="Merci pour votre candidature au poste d'Analyste crédit.",
    )
    later = invite(
        "Rencontre avec l'équipe + cas pratique",
        "rh@groupeorsinibrandt.example",
        days=3,
        description="Voici le programme de votre venue : cas pratique puis déjeuner.",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)

"""A registered name whose legal form is written before it, as Dutch foundations,
associations and cooperatives are ("Stichting Kinderopvang Zonnebloem", "Vereniging
Natuurbad De Kwakel"): where a title names the body without it, the signature's form
with it is the name. The word in a sentence, lower-cased ("de stichting …"), is not."""

from __future__ import annotations

from assistant.detect.employer.extract import company_of
from assistant.detect.text.reading import read_description
from tests.unit.test_detect_kinds import PROFILE, invite, me_at


def _company(description: str) -> str | None:
    event = invite(
        "Tweede gesprek – Kinderopvang Zonnebloem",
        "werving@zonnebloem-kinderopvang.example",
        "p.jansen@zonnebloem-kinderopvang.example",
        description=description,
        myself=me_at(),
    )
    text = read_description(event.description or "").text
    return company_of(event, PROFILE, text)[0]


_TEAMS = (
    "\n\n" + "_" * 80 + "\nMicrosoft Teams-vergadering\nKlik hier om deel te nemen aan de "
    "vergadering\nVergadering-id: 312 455 889 102\nWachtwoordcode: Ab12Cd\n" + "_" * 80 + "\n\n"
)


def test_the_legal_form_a_signature_writes_before_the_name_is_kept():
    # the signature after the conferencing block, with the address on its line
    signed = (
        "Beste Robin,\n\nTot dinsdag!"
        + _TEAMS
        + "Hartelijke groet,\nWerving & Selectie\n"
        + "Stichting Kinderopvang Zonnebloem · Dorpsstraat 12, Uithoorn\n"
    )
    assert _company(signed) == "Stichting Kinderopvang Zonnebloem"


def test_a_lower_case_word_in_a_sentence_is_no_legal_form():
    told = "Beste Robin,\n\nde stichting Kinderopvang Zonnebloem nodigt je uit.\n"
    assert _company(told) == "Kinderopvang Zonnebloem"


def test_the_short_name_after_the_job_is_no_team_of_it():
    from assistant.detect.verdict.jobnames import not_team
    from tests.unit.test_detect_kinds import PROFILE as profile

    class _Ev:  # the evidence's two fields the rule reads
        event = invite("Gesprek", "werving@zonnebloem-kinderopvang.example")
        company = "Stichting Kinderopvang Zonnebloem"

    assert not_team("Kinderopvang Zonnebloem", _Ev(), profile)  # type: ignore[arg-type]
    assert not not_team("Team Peuters", _Ev(), profile)  # type: ignore[arg-type]

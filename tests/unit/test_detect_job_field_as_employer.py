"""A job's field written where the employer's name would stand: one word of the job
another invite of the same domain names ("Final interview – Hydrography" where the
first invite was for the "Surveyor of Hydrography"), or the word a title writes beside
the job it names ("Senior Planner, Tunnels"). The name the domain's invites write is
the employer. A firm written so with no job to match stays the employer."""

from __future__ import annotations

from tests.unit.test_detect_process_name import companies, round_of

_FIRST = (
    "Dear Robin,\n\nThank you for applying for the Surveyor of Hydrography role at "
    "Saltmarsh Geodata Ltd, Bristol. Please find the details of your first call below.\n\n"
    "Kind regards,\nNina Broe\nSaltmarsh Geodata Ltd"
)


def test_a_word_of_the_job_another_invite_names_is_its_field():
    found = companies(
        round_of(
            "Phone screen | Saltmarsh Geodata – Surveyor of Hydrography",
            "n.broe@saltmarsh-geo.example",
            1,
            _FIRST,
        ),
        round_of("Final interview – Hydrography", "n.broe@saltmarsh-geo.example", 9),
    )
    assert found["Final interview – Hydrography"] == "Saltmarsh Geodata Ltd"


def test_a_word_beside_the_job_in_the_title_is_its_field():
    found = companies(
        round_of("Phone screen | Saltmarsh Geodata", "n.broe@saltmarsh-geo.example", 1, _FIRST),
        round_of("Second interview – Senior Planner, Tunnels", "n.broe@saltmarsh-geo.example", 9),
    )
    assert found["Second interview – Senior Planner, Tunnels"] == "Saltmarsh Geodata Ltd"


def test_a_word_no_job_holds_stays_the_employer():
    # the domain's invites name the job, but the title's word is no word of it
    found = companies(
        round_of("Phone screen | Saltmarsh Geodata", "n.broe@saltmarsh-geo.example", 1, _FIRST),
        round_of("Final interview – Saltmarsh", "n.broe@saltmarsh-geo.example", 9),
    )
    assert found["Final interview – Saltmarsh"].startswith("Saltmarsh")  # type: ignore[union-attr]

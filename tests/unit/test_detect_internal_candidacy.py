"""The user applied for a vacancy at their own organisation: a colleague's invite to a
later round ("Etapa 3 – entrevista com a Diretoria", "Round 2 panel") whose description
says the user applied internally ("processo seletivo interno", "internal applicant",
"as with the external candidates") is the user's own later round. The exception is
narrow: without those words, or without a later round named, or with someone else's
candidacy in the title, a meeting at the user's own organisation stays the employer's
side (the user interviews, or it is work)."""

from __future__ import annotations

import pytest

from assistant.detect import Profile, detect
from tests.unit.test_detect_kinds import invite, me_at, verdict_of, why

WORK = "robin.hale@tidewater-freight.example"
PROFILE = Profile.build([WORK])


def colleagues_invite(title: str, description: str):
    return invite(
        title,
        "people.team@tidewater-freight.example",
        "ines.duarte@tidewater-freight.example",
        "omar.bakr@tidewater-freight.example",
        days=6,
        description=description,
        myself=me_at(WORK),
    )


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Etapa 3 – entrevista com a Diretoria de Logística",
            "Robin, você avançou no processo seletivo interno para Coordenador de Frota.",
        ),
        (
            "Round 2 panel – Fleet Coordinator",
            "Thanks for your internal application. The panel is Ines and Omar.",
        ),
        (
            "Fleet Coordinator – final panel",
            "As with the external candidates, please bring a 10-minute plan for the depot.",
        ),
    ],
)
def test_a_later_round_of_an_internal_vacancy_is_the_users_round(title, description):
    v = verdict_of(colleagues_invite(title, description), profile=PROFILE)
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # no word of applying internally: the user sits on the panel
        ("Round 2 panel – Fleet Coordinator", "The panel is Ines, Omar and you."),
        # applied internally, but a first conversation
        ("Fleet Coordinator – first interview", "Thanks for your internal application."),
        # applied internally, but no round named: work
        ("Depot budget review", "Note: Ines is an internal applicant for the coordinator post."),
        # a process open inside and out, and a form for the interviewers
        (
            "2ª fase – Auxiliar de Frota – Jo Park",
            "Processo seletivo interno/externo\nFormulário de avaliação: https://forms.example/7",
        ),
        # someone else's candidacy, named in the title
        (
            "Round 2 panel – candidate Priya Nair",
            "Priya is an internal applicant from the Leeds depot.",
        ),
    ],
)
def test_other_meetings_at_the_users_organisation_stay_no_round(title, description):
    v = verdict_of(colleagues_invite(title, description), profile=PROFILE)
    assert not v.is_follow_up, why(v)


def test_an_internal_round_names_the_users_own_organisation():
    v = colleagues_invite(
        "Round 2 panel – Fleet Coordinator", "Thanks for your internal application."
    )
    verdict = next(d for d in detect([v], PROFILE)).verdict
    assert verdict.is_follow_up, why(verdict)
    assert verdict.company and "tidewater" in verdict.company.casefold()

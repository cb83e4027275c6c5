"""Research, study, survey, thesis and press interviews reuse the words of job rounds
("Segunda entrevista del estudio", "Entrevista p/ pesquisa de mestrado"): they are
never a job round, in any language, and a later one never follows them."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


@pytest.mark.parametrize(
    "title",
    [
        "Segunda entrevista del estudio – hábitos de sueño (Universidad de Oviedo)",
        "Entrevista p/ pesquisa de mestrado (USP) – logística portuária",
        "Second interview – qualitative research, night-shift fatigue (Univ. of Leeds)",
        "Follow-up interview – master's thesis on port logistics",
        "2e entretien de recherche – mobilités rurales (Université de Caen)",
        "Secondo colloquio – intervista per la tesi di laurea",
        "Zweites Interview für die Masterarbeit – Pendlerverhalten",
        "Tweede interview voor het onderzoek – fietsgebruik",
    ],
)
def test_a_research_interview_is_no_job_round(title):
    v = verdict_of(invite(title, "m.ortega@uni-norte.example.org"))
    assert not v.is_follow_up, why(v)
    assert any("different kind of interview" in r for r in v.reasons), why(v)


def test_a_study_interview_never_links_to_a_press_interview():
    press = invite(
        "Entrevista – revista Obras Hoje (pauta: engenharia costeira)",
        "carla@obrashoje.example.com.br",
        days=-20,
    )
    study = invite(
        "Entrevista p/ pesquisa de doutorado (UFPR) – concessões rodoviárias",
        "tiago@ufpr.example.br",
        days=3,
    )
    v = verdict_of(study, press)
    assert not v.is_follow_up, why(v)
    assert not any("follows an earlier interview" in r for r in v.reasons), why(v)

"""An invite whose title holds a word that vetoes it elsewhere — a review ("slide review
session", "data review with the team") or a practising word ("mock consult") — while
the invite names a later step of the process: its description ("the next stage is a
practical: you'll review ten slides", "Second step: a 20-min mock client call"), or its
title a strong stage beside the guests' firm ("Brackwater trial day – data review"). The
word is the round's exercise, not a review of work nor practice. Without such words,
or with a round named apart from the practising word, the veto stays."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


def screen(host: str, firm: str):
    return invite(
        f"Initial interview – {firm}",
        host,
        days=-14,
        description=f"Thanks for applying to {firm} for the Analyst role.",
    )


@pytest.mark.parametrize(
    ("title", "organizer", "guest", "description", "recruiter", "firm"),
    [
        (  # the description names the next stage
            "Larchmont Labs – slide review session with Dr Ives",
            "h.ives@larchmontlabs.example",
            "p.oduya@larchmontlabs.example",
            "Hi, the next stage is a practical: you'll review ten slides with us.",
            "talent@larchmontlabs.example",
            "Larchmont Labs",
        ),
        (  # a trial day of the guests' firm holding a review
            "Brackwater & Co. trial day (remote) – data review with the team",
            "ines@brackwaterandco.example",
            "tom@brackwaterandco.example",
            "Paid trial day with the science team. Zoom all day.",
            "ines@brackwaterandco.example",
            "Brackwater & Co.",
        ),
        (  # a mock exercise the description names as a step
            "Quillby: mock consult + chat with Dr. Maren",
            "jo@quillby.example",
            "maren@quillby.example",
            "Second step: a 20-min mock client call, then 30 min with Dr. Maren.",
            "jo@quillby.example",
            "Quillby",
        ),
    ],
)
def test_the_rounds_own_exercise_word_is_no_veto(
    title, organizer, guest, description, recruiter, firm
):
    v = verdict_of(
        invite(title, organizer, guest, days=3, description=description),
        screen(recruiter, firm),
    )
    assert v.is_follow_up, why(v)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Mock interview with Sam", "Practice for your final round at Quillby next week."),
        ("Quarterly review – Quillby", "Numbers for Q3, the next stage is a budget."),
        ("Design review – Quillby", "Walk through the new screens."),
    ],
)
def test_practice_or_a_review_of_work_stays_vetoed(title, description):
    event = invite(title, "sam@quillby.example", days=3, description=description)
    v = verdict_of(event, screen("jo@quillby.example", "Quillby"))
    assert not v.is_follow_up, why(v)


@pytest.mark.parametrize(
    "description",
    [
        "Der nächste Schritt ist eine kurze Fallstudie vor Ort.",
        "Zweiter Schritt: ein 20-minütiges Rollenspiel mit Frau Ek.",
        "La prochaine étape sera une mise en situation commerciale.",
        "Deuxième étape : un jeu de rôle avec un client.",
        "El siguiente paso es un caso práctico con el equipo.",
        "Segundo paso: una simulación de venta.",
    ],
)
def test_a_later_step_named_in_other_languages(description):
    from assistant.detect.words import wording as w

    assert w.unconditional(w.EXPLICIT_LATER, description)


def test_a_talk_word_the_description_calls_the_last_interview():
    first = invite(
        "Entrevista – Data Engineer",
        "rrhh@ventolera.example",
        days=-12,
        description="Te invitamos a una entrevista para el puesto de Data Engineer.",
    )
    talk = invite(
        "Ventolera | Charla con VP de Ingeniería",
        "lucia@ventolera.example",
        "tomas@ventolera.example",
        days=3,
        description="Charla con Tomás (VP Engineering). Es la última entrevista antes de la decisión.",
    )
    v = verdict_of(talk, first)
    assert v.is_follow_up, why(v)


def test_a_talk_word_without_the_round_stays_a_talk():
    talk = invite(
        "Ventolera | Charla con VP de Ingeniería",
        "lucia@ventolera.example",
        "tomas@ventolera.example",
        days=3,
        description="Charla abierta sobre nuestra plataforma de datos.",
    )
    v = verdict_of(talk)
    assert not v.is_follow_up, why(v)

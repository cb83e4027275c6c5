"""A later round with the employer's chief executive, written in the invite's language
("Incontro con l'Amministratore Delegato", "Reunión con la Gerencia General",
"Rencontre avec le Président"): a later stage once an interview with the
same employer came before it. The later invite may name the employer shorter than the
first one did, by its initials ("MFR S.r.l." after "Molini Fratelli Rossetti S.r.l.")
or by one word of its name ("Pinhal" after "Vinícola Pinhal Ltda."), when the same
domain's people are on both."""

from __future__ import annotations

import pytest

from tests.unit.test_detect_kinds import invite, verdict_of, why


def first_interview(title: str, host: str, description: str):
    return invite(title, host, days=-12, description=description)


@pytest.mark.parametrize(
    ("title", "first_title", "first_text"),
    [
        (
            "Incontro con l'Amministratore Delegato – dott.ssa Ferri",
            "Primo colloquio – Tecnico di laboratorio – Molini Fratelli Rossetti S.r.l.",
            "Grazie per la candidatura come Tecnico di laboratorio.",
        ),
        (
            "Colloquio con la Presidente – Rossetti",
            "Primo colloquio – Tecnico di laboratorio – Molini Fratelli Rossetti S.r.l.",
            "Grazie per la candidatura come Tecnico di laboratorio.",
        ),
        (
            "Reunión con la Gerencia General",
            "Entrevista inicial – Jefe de Planta – Molinos Rossetti S.A.",
            "Gracias por postular al cargo de Jefe de Planta.",
        ),
        (
            "Rencontre avec le Président",
            "Premier entretien – Responsable de production – Moulins Rossetti SAS",
            "Merci pour votre candidature au poste de Responsable de production.",
        ),
    ],
)
def test_a_meeting_with_the_chief_executive_after_an_interview_is_a_later_round(
    title, first_title, first_text
):
    host = "direzione@rossetti-molini.example"
    first = first_interview(first_title, "selezione@rossetti-molini.example", first_text)
    later = invite(title, host, "assistente@rossetti-molini.example", days=9)
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


def test_a_meeting_with_the_chief_executive_alone_is_no_round():
    later = invite(
        "Incontro con l'Amministratore Delegato",
        "direzione@rossetti-molini.example",
        "assistente@rossetti-molini.example",
        days=9,
    )
    assert not verdict_of(later).is_follow_up


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("MFR S.r.l.", "Molini Fratelli Rossetti S.r.l."),
        ("Pinhal", "Vinícola Pinhal Ltda."),
    ],
)
def test_an_employer_named_shorter_by_the_same_domain_is_the_same_employer(short, full):
    first = first_interview(
        f"Primo colloquio – Enologo – {full}",
        "selezione@pinhal-rossetti.example",
        f"Grazie per la candidatura presso {full}.",
    )
    later = invite(
        "Incontro con l'Amministratore Delegato",
        "direzione@pinhal-rossetti.example",
        "assistente@pinhal-rossetti.example",
        days=9,
        description=f"Cordiali saluti,\nUfficio del Personale\n{short}",
    )
    v = verdict_of(later, first)
    assert v.is_follow_up, why(v)


def test_a_short_name_on_another_domain_stays_another_employer():
    """An agency's intro call and its own later call: one word of the client's name
    in the agency's invite is no link when the domains differ."""
    first = first_interview(
        "Primo colloquio – Enologo – Vinícola Pinhal Ltda.",
        "selezione@pinhal-vinicola.example",
        "Grazie per la candidatura presso Vinícola Pinhal Ltda.",
    )
    later = invite(
        "Incontro con l'Amministratore Delegato",
        "direzione@altra-cantina.example",
        "assistente@altra-cantina.example",
        days=9,
        description="Cordiali saluti,\nPinhal",
    )
    assert not verdict_of(later, first).is_follow_up

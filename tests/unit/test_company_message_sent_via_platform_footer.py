"""A footer that opens with the message it speaks of ("Messaggio inviato tramite
Selectora", "This message was sent via Hirewell", "Diese Nachricht gesendet über
Bewerbo") names the sending platform, in every language detection reads: its domain
is no employer's."""

from __future__ import annotations

import pytest

from assistant.detect.employer.platformline import platform_domain


@pytest.mark.parametrize(
    ("footer", "domain"),
    [
        ("Messaggio inviato tramite Selectora", "selectora.example"),
        ("This message was sent via Hirewell", "mail.hirewell.example"),
        ("Diese Nachricht gesendet über Bewerbo", "bewerbo.example"),
        ("Este mensaje fue enviado por Candidatia", "candidatia.example"),
    ],
)
def test_a_footer_naming_its_message_signs_the_platform(footer, domain):
    description = f"Gentile Sam,\nla aspettiamo.\n\nCordiali saluti\nGiulia\n\n{footer}\n"
    assert platform_domain(domain, description)


def test_prose_about_a_message_names_no_platform():
    description = "I sent the message to Hirewell yesterday, see you Monday.\n"
    assert not platform_domain("hirewell.example", description)

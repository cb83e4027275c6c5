"""The platform an invite says it was sent through, never the employer.

A tracking or scheduling system signs the invites it sends for an employer: "Powered by
Breezy HR", "Sent with Teamtailor", "Verstuurd via Recruitee", "Envoyé via Welcome to
the Jungle". Its sending address is its own ("notifications@breezy-mail.example"), so a
name the address confirms is the platform's. Listed platforms are known by their
domains (:data:`.domains.ATS_DOMAINS`); this reads the ones nobody listed from the
invite's own words: a domain whose label begins with the name the sign-off gives is the
platform's, whatever its top-level domain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.employer.domains import domain_key, squash

# "Powered by X", "Sent with/via X" and their siblings in the languages detection reads;
# X is the next word, capitalised (the platform's name, "Breezy" of "Breezy HR"), on a
# line of its own as a footer writes it ("interview scheduled with Acme" is prose).
_SIGNED = re.compile(
    # the message the footer speaks of may open it ("Messaggio inviato tramite X",
    # "This message was sent via X", "Nachricht gesendet über X")
    r"^[^\w\n]*(?:(?:this\s+|questo\s+|este\s+|diese\s+|ce\s+)?(?:e-?mail|message|messaggio"
    r"|mensaje|mensagem|nachricht|bericht|meddelande|wiadomość|invitation|invito|invitación)"
    r"\s+(?:was\s+|è\s+stato\s+|fue\s+|foi\s+|wurde\s+|a\s+été\s+)?)?"
    r"(?:powered\s+by|sent\s+(?:with|via|using|through)"
    r"|verstuurd\s+(?:via|met)|skickat\s+(?:via|med)|sendt\s+(?:via|med)|lähetetty"
    r"|gesendet\s+(?:mit|über|via)|bereitgestellt\s+von|envoyé\s+(?:avec|via|par)"
    r"|enviado\s+(?:con|por|via|vía|com|pelo)|inviato\s+(?:con|tramite|da)"
    r"|wysłane\s+(?:przez|z)|gönderildi|optimisé\s+par|desenvolvido\s+por)"
    r"\s+(?:the\s+)?([A-Z][\w-]{2,})",
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=1024)
def _platforms(description: str) -> frozenset[str]:
    """The squashed names of the platforms ``description`` signs with."""
    return frozenset(
        squash(m.group(1)) for m in _SIGNED.finditer(description) if m.group(1)[:1].isupper()
    )


def platform_domain(domain: str, description: str) -> bool:
    """Whether ``domain`` is the sending platform's, as ``description`` signs it
    ("Powered by Breezy HR" beside breezy-mail.example)."""
    names = _platforms(description) if description else frozenset()
    label = domain_key(domain)
    return any(len(name) >= 4 and label.startswith(name) for name in names)

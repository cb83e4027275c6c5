"""A recruiting platform that scheduled an invite the employer's own address sends.

An applicant tracking or interview scheduling system (Ashby, ModernLoop, BambooHR,
Teamtailor…) books a process's rounds from the recruiter's own calendar: the invite
comes from the employer's domain, and only its words name the platform — a footer
("Scheduled with Ashby", "Powered by Workable", "Sent from BambooHR", "Skickat via
Teamtailor") or a tag opening the title ("[ModernLoop] Acme – Board Chair chat"). Such a
platform books candidates' rounds, never a partnership call: it says the event is part
of a hiring process, as the platform's own sending address does
(:data:`~assistant.detect.employer.domains.ATS_DOMAINS`, whose names are matched).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.employer.domains import ATS_DOMAINS, domain_key, squash

# How :mod:`.evidence` words the sign, so that a link may ask for it.
SCHEDULED = "scheduled through a recruiting service"

# The platforms' names as their domains give them ("ashbyhq", "modernloop", "bamboohr"):
# a signed name of four letters or more that begins one of them is that platform.
_PLATFORMS = tuple(sorted({domain_key(domain) for domain in ATS_DOMAINS} - {""}))

# "Scheduled with X", "Powered by X", "Sent from X" and their siblings in the languages
# detection reads, on a line of their own as a footer writes them; X capitalised.
_SIGNED = re.compile(
    r"^[^\w\n]*(?:powered\s+by|(?:sent|scheduled|booked)\s+(?:with|via|using|through|from|by)"
    r"|verstuurd\s+(?:via|met|door)|skickat\s+(?:via|med|från)|sendt\s+(?:via|med|fra)"
    r"|gesendet\s+(?:mit|über|via|von)|envoyé\s+(?:avec|via|par|depuis)"
    r"|enviado\s+(?:con|por|via|vía|com|pelo|desde)|inviato\s+(?:con|tramite|da))"
    r"\s+(?:the\s+)?([A-Z][\w-]{3,})",
    re.IGNORECASE | re.MULTILINE,
)
# "[ModernLoop] Acme – …": the platform's tag opening the title.
_TAG = re.compile(r"^\s*\[([A-Z][\w-]{3,})\]")


def _platform(name: str) -> str | None:
    key = squash(name)
    if len(key) < 4 or not name[:1].isupper():
        return None
    return name if any(label.startswith(key) for label in _PLATFORMS) else None


@lru_cache(maxsize=2048)  # a series' instances share their title and description
def scheduled_through(title: str, description: str) -> str | None:
    """The recruiting platform ``title``'s tag or ``description``'s footer names
    ("Ashby" for "Scheduled with Ashby", "ModernLoop" for "[ModernLoop] …"); ``None``
    when neither names a listed platform. ``description``: the invite's own text."""
    tag = _TAG.match(title)
    found = _platform(tag.group(1)) if tag else None
    if found or not description:
        return found
    for signed in _SIGNED.finditer(description):
        found = _platform(signed.group(1))
        if found:
            return found
    return None

"""Addresses that relay calendar mail for someone else, and never name an employer.

Calendar services put their own address on an invitation they forward: Apple
writes ``mailto:2_…@imip.me.com`` as the organiser of an iCloud invitation (with
the person's real address in the RFC 7986 ``EMAIL`` parameter), Google names
shared and resource calendars ``…@group.calendar.google.com``, and "Sign in with
Apple" hides an address behind ``…@privaterelay.appleid.com``. Such a domain says
nothing about where the person works: detection must never turn it into a company
("Me" from imip.me.com), and an address in it is not where a thank-you should go
when the invitation gives a better one.

This module has no imports from the project, so detection can use it too.
"""

from __future__ import annotations

# Matched as the domain itself or any subdomain of it.
RELAY_DOMAINS = frozenset(
    {
        "imip.me.com",  # Apple iCloud calendar invitations (iMIP)
        "privaterelay.appleid.com",  # Apple "Hide My Email"
        "calendar.google.com",  # group., resource., import.calendar.google.com
        "calendar.yahoo.com",
        "calendar.zoho.com",
        "calendar.fastmail.com",
    }
)
# Matched only as a subdomain: the domain itself holds people's own mailboxes
# (me.com, icloud.com), its subdomains are Apple's calendar servers.
RELAY_PARENTS = frozenset({"me.com", "mac.com", "icloud.com"})
# Whole addresses of notification senders under domains that also hold people.
RELAY_ADDRESSES = frozenset(
    {
        "calendar-notification@google.com",
        "calendar-server@google.com",
        "noreply@calendar.google.com",
        "no-reply@calendar.icloud.com",
    }
)


def is_relay_domain(domain: str) -> bool:
    """True for a domain that relays calendar mail (see :data:`RELAY_DOMAINS`).

    ``domain`` is compared lower-cased; ``imip.me.com`` and ``p42-caldav.icloud.com``
    are relays, ``me.com`` and ``icloud.com`` (people's mailboxes) are not.
    """
    domain = domain.strip().lower().rstrip(".")
    parts = domain.split(".")
    parents = {".".join(parts[i:]) for i in range(len(parts))}
    return bool(parents & RELAY_DOMAINS) or bool(
        {".".join(parts[i:]) for i in range(1, len(parts))} & RELAY_PARENTS
    )


def is_relay_address(address: str) -> bool:
    """True for an email address a calendar service sends or forwards invitations from."""
    address = address.strip().lower()
    if address in RELAY_ADDRESSES:
        return True
    return "@" in address and is_relay_domain(address.rsplit("@", 1)[1])

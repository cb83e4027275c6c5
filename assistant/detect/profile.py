"""Who the user is, and how detection is tuned: built from ``[user]`` and ``[detect]``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.detect.employer.domains import domain_of, is_free_mail


@dataclass(frozen=True)
class Profile:
    """The user's addresses and organisations, plus the ``[detect]`` settings.

    ``own_domains`` are the organisations the user works for: meetings run from
    there are ones where the user sits on the hiring side. ``own_configured`` says
    the user set ``[detect] own_domains`` themselves: then nothing is inferred
    (:mod:`.organisation`).
    """

    addresses: frozenset[str] = frozenset()
    own_domains: frozenset[str] = frozenset()
    own_configured: bool = False
    threshold: float = 0.6
    extra_keywords: tuple[str, ...] = ()
    ignore_patterns: tuple[str, ...] = ()
    _ignore: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def build(
        cls,
        addresses: Sequence[str],
        own_domains: Sequence[str] = (),
        threshold: float = 0.6,
        extra_keywords: Sequence[str] = (),
        ignore_patterns: Sequence[str] = (),
    ) -> Profile:
        """Normalise the settings.

        Without ``own_domains``, the user's own organisations are the domains of
        their addresses (``[user] email`` and ``aliases``), free-mail ones excepted:
        a work alias makes its employer "own".
        """
        lowered = frozenset(a.strip().lower() for a in addresses if a and a.strip())
        domains = {d.strip().lower().lstrip("@") for d in own_domains if d.strip()}
        if not domains:
            domains = {domain_of(a) for a in lowered} - {""}
            domains = {d for d in domains if not is_free_mail(d)}
        return cls(
            addresses=lowered,
            own_domains=frozenset(domains),
            own_configured=any(d.strip() for d in own_domains),
            threshold=threshold,
            extra_keywords=tuple(k.strip().lower() for k in extra_keywords if k.strip()),
            ignore_patterns=tuple(ignore_patterns),
            _ignore=tuple(re.compile(p, re.I) for p in ignore_patterns),
        )

    def with_own(
        self,
        addresses: frozenset[str],
        domains: frozenset[str],
        personal: frozenset[str] = frozenset(),
    ) -> Profile:
        """This profile with more addresses of the user's and more own domains, less the
        ``personal`` ones (a domain of the user's address no one else writes from)."""
        own = (self.own_domains | domains) - personal
        return replace(self, addresses=self.addresses | addresses, own_domains=own)

    def is_me(self, address: str) -> bool:
        """One of the user's own addresses."""
        return address.lower() in self.addresses

    def ignores(self, title: str) -> str | None:
        """The ``ignore_patterns`` entry that matches ``title``, if any."""
        for pattern in self._ignore:
            if pattern.search(title):
                return pattern.pattern
        return None

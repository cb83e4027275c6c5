"""Whether an employer's name is the one its web address spells.

A domain is a name squashed ("anadolusaglik" for "Anadolu Sağlık"), cut to its first
words, or with the later words cut to their initials ("zvdl" for "Zorggroep Van der
Linden"). Detection reads these to link an invite from an employer's address to the
name another invite writes, and to tell a firm's name from a person's.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.detect.employer.domains import squash
from assistant.detect.employer.namematch import LEGAL


def domain_spellings(name: str) -> set[str]:
    """The domain labels ``name`` could be written as, legal form left out: squashed
    ("Anadolu Sağlık" → ``anadolusaglik``), and with the words after the first ones
    cut to initials ("Zorggroep Van der Linden" → ``zorggroepvdl``, ``zvdl``)."""
    squashed = squash(name)
    key = LEGAL.sub("", squashed) if len(LEGAL.sub("", squashed)) >= 2 else squashed
    words = [squash(word) for word in name.split()]
    words = [word for word in words if word]
    while len(words) > 1 and LEGAL.fullmatch(words[-1]):
        words.pop()  # "… B.V.": a legal form
    found = {key} if len(key) >= 4 else set()
    # a domain made of the first words ("Anadolu Sağlık Hizmetleri" at anadolusaglik)
    found |= {"".join(words[:end]) for end in range(2, len(words))}
    for cut in range(len(words)):
        initials = "".join(word[0] for word in words[cut:])
        if len(words) - cut >= 2:
            found.add("".join(words[:cut]) + initials)
    return {k for k in found if len(k) >= 4}


@lru_cache(maxsize=4096)
def spells_domain(name: str, labels: tuple[str, ...]) -> bool:
    """Whether one of the domain ``labels`` is ``name`` squashed, the first letters of
    its words in order ("Ipê Pagamentos" for ipepag, "Kornfeld Mühlen" for kornmuehlen),
    or begins with the first four letters of its first word ("Corvina Pagamentos" for
    corvpay), or with the initials of its three or more words before a word of the
    trade ("Łódzkie Kompozyty Lotnicze" for lklaero)."""
    words = [squash(word) for word in name.split()]
    words = [word for word in words if word]
    if words and len(words[0]) >= 4 and any(label.startswith(words[0][:4]) for label in labels):
        return True

    def spelled(label: str, at: int) -> bool:
        if not label:
            return at == len(words) or at > 0
        if at == len(words):
            return False
        word = words[at]
        return any(
            label.startswith(word[:n]) and spelled(label[n:], at + 1)
            for n in range(min(len(word), len(label)), 0, -1)
        )

    if any(label and spelled(label, 0) for label in labels):
        return True
    # "lkl-aero" for "Łódzkie Kompozyty Lotnicze": the initials of three words or more,
    # then a word of the trade
    initials = "".join(word[0] for word in words)
    return len(words) >= 3 and any(
        label.startswith(initials) and len(label) >= len(initials) + 2 for label in labels
    )


def initials_first(name: str, labels: tuple[str, ...]) -> bool:
    """Whether one of the domain ``labels`` is the first letters of ``name``'s first
    words and then its last words whole ("Farmaceutici Veterinari Euganei" at
    fveuganei, "Laboratorios Cantábrico" at labcantabrico), legal form left out: a domain
    cut the other way round from :func:`domain_spellings`' ("zorggroepvdl")."""
    words = [squash(word) for word in name.split()]
    words = [word for word in words if word]
    while len(words) > 1 and LEGAL.fullmatch(words[-1]):
        words.pop()

    def cut(label: str, at: int) -> bool:
        """Whether ``label`` is each word from ``at`` cut short, then the last ones whole."""
        if at > 0 and label == "".join(words[at:]):
            return True
        if at == len(words) - 1:
            return False
        word = words[at]
        return any(
            label.startswith(word[:n]) and cut(label[n:], at + 1)
            for n in range(1, min(len(word) - 1, 4) + 1)
        )

    return any(label and cut(label, 0) for label in labels)

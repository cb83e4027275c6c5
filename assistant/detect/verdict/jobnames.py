"""Tidying the job and employer an event names: the employer tacked onto a job
title, and words after a dash that are no team of the job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.detect.employer.confirmed import people_words
from assistant.detect.employer.domains import domain_key, squash
from assistant.detect.employer.extract import name_key
from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.namematch import LEGAL, place_or_service
from assistant.detect.job.roleemployer import after_place_only
from assistant.detect.job.teamafter import shares_a_word
from assistant.detect.profile import Profile
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED

if TYPE_CHECKING:
    from assistant.detect.verdict.evidence import Evidence


def company_apart(ev: Evidence, domains: Sequence[str]) -> bool:
    """Whether the employer is known apart from the title's parts that could be a job:
    read elsewhere, confirmed by a domain, or written in the title as a firm (a legal
    form, or a bracket heading the title: "【云帆科技】", "[Hanbit Resources]")."""
    company = ev.company or ""
    if ev.company_from != "title" or LEGAL_FORM.search(company):
        return True
    key = squash(company)
    if any(label and (label in key or key in label) for label in map(domain_key, domains)):
        return True
    return any(f"{o}{company}{c}" in ev.title for o, c in ("【】", "[]", "「」"))


def without_company(role: str | None, company: str | None) -> str | None:
    """``Data Analyst, Globex`` or ``Data Analyst (Globex)`` → ``Data Analyst``: titles
    often tack the employer on, in a shorter form than its registered name
    ("(Globex)" for "Globex Corporation S.A.")."""
    if not role or not company:
        return role
    # "Ops Lead, Acme Rowing Board (Sharjah)": the employer, then where the job is
    bare = _LAST_BRACKET.sub("", role)
    tail = _TACKED_ON.search(bare) if bare != role and "," in bare else None
    if tail and _same_start(tail.group(1) or tail.group(2), company):
        return bare[: tail.start()].strip() or role
    tail = _TACKED_ON.search(role)
    if tail and _same_start(tail.group(1) or tail.group(2), company):
        return role[: tail.start()].strip() or role
    return role


def _same_start(written: str, company: str) -> bool:
    one, full = name_key(written), name_key(company)
    if len(one) >= 2 and UNSPACED.match(written) and one in full:
        # "（澜庭酒店）" of "上海澜庭酒店管理有限公司": the city is written first; but
        # "（蝕刻）" inside "精密蝕刻股份有限公司" is the firm's trade and the job's field
        return after_place_only(one, full)
    return len(one) >= 3 and (full.startswith(one) or one.startswith(full))


_LAST_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_TACKED_ON = re.compile(
    r"\s*(?:(?:[,–—|@]|\s-|\bat\b)\s*([^,–—|@()（）]+)|[(（]\s*([^()（）]+?)\s*[)）])\s*$"
)


_PARTICLES = frozenset({"de", "del", "di", "da", "do", "du", "des"})


def not_team(phrase: str, ev: Evidence, profile: Profile) -> bool:
    """Whether the words after a job title and a dash are no team: the employer, a
    person on the invite (the user too), a place, a meeting service or an agency."""
    words = phrase.casefold().split()
    people = people_words(ev.event, profile)
    key = name_key(phrase)
    company = name_key(ev.company) if ev.company else ""
    return bool(
        (company and (key.startswith(company) or company.startswith(key)))
        # "… – Acme Kempen" of "HR-team Acme Kempen NV": two words or more of the
        # employer's name ("Hospitality" of "Brightline Hospitality" may be the field)
        or (company and len(words) > 1 and key in company)
        # the employer's name after a legal form written first ("Stichting Zorggroep …")
        or (company and len(key) >= 6 and company.endswith(key))
        or all(word in people for word in words)
        or shares_a_word(phrase, ev.company)  # "Pousada Trancoso" of "Pousadas Serra Azul"
        or place_or_service(phrase)
        or w.search(w.AGENCY, phrase)
        # a legal form as a word ("… – Acme AB"), not a word's ending ("Estruturas") nor
        # a particle ("Unidad de Cuidados Intensivos": "de" of "S.A. de C.V.")
        or any(LEGAL.fullmatch(squash(word)) for word in words if word not in _PARTICLES)
    )

"""A job the title writes where the employer's name would stand, told by its process.

"Second round – Farrier" from a clinic's domain: one word beside a round is a brand as
often as a job, so the title reader keeps it as a name (:mod:`.besideround`). The
process tells the two apart: when another invite from the same domain gives that part
as the job ("Intro call – Farrier (part-time)", "Position: Farrier"), or writes it
beside its own round while naming the employer elsewhere (a field, a signature), or the
part reads as a job and the domain's invites write the employer's name elsewhere, the
part is the job and the employer is the name those invites write. A job title is never the employer
(the labels' rule: "never … a job title").

Read once over every event's evidence, before the employer index is built
(:func:`without_job_names`), so no round files the job as an employer's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from assistant.detect.employer.domains import squash
from assistant.detect.employer.extract import name_key
from assistant.detect.employer.legalname import LEGAL_END
from assistant.detect.employer.namematch import COMPANY_WORD
from assistant.detect.text.titles import segments
from assistant.detect.verdict.evidence import Evidence
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED

# Where a job and its place, hours or team follow the job itself: "Farrier, Leeds",
# "Farrier (part-time)", "Farrier – Equine Unit"
_JOB_HEAD = re.compile(r"\s*(?:[,(/|]|\s[–—-]\s)")


def without_job_names(evidence: Sequence[Evidence]) -> list[Evidence]:
    """``evidence`` with each employer's name that is the process's job replaced by
    the name the same domain's other invites write (``None`` when none does).

    Only names read from an invite's title or description are asked: a name with a
    legal form or a company's word ("… Clinic", "… GmbH") stays a name. Returns a new
    list; evidence left alone is the same object."""
    jobs: dict[str, set[str]] = {}  # a domain key: the jobs its invites name, squashed
    fields: dict[str, set[str]] = {}  # a domain key: the words of those jobs, squashed
    # a domain key: the employers' names its invites write, each with its own key
    names: dict[str, dict[str, str]] = {}
    for ev in evidence:
        beside = _parts_beside(ev)
        firm = name_key(ev.company) if ev.company and ev.strong_company else ""
        if firm and w.search(w.AGENCY, ev.company or ""):
            firm = ""
        for key in ev.keys:
            if ev.role:
                jobs.setdefault(key, set()).update(_job_keys(ev.role))
                fields.setdefault(key, set()).update(_word_keys(ev.role))
            if beside:
                jobs.setdefault(key, set()).update(beside)
            if firm and firm != key:
                names.setdefault(key, {})[ev.company or ""] = firm
    if not jobs and not names:
        return list(evidence)
    return [_read_again(ev, jobs, names, fields) for ev in evidence]


def _parts_beside(ev: Evidence) -> set[str]:
    """The title's parts of an invite that names its employer apart from the title (a
    field, a signature, the sender), squashed: beside its round, the job or a note."""
    if (
        not ev.company
        or not ev.strong_company
        or ev.company_from == "title"
        or w.search(w.AGENCY, ev.company)  # an agency's title names its client beside the round
    ):
        return set()
    firm = name_key(ev.company)
    keys = {squash(part) for part, _ in segments(ev.title)}
    return {key for key in keys if len(key) >= 3 and key not in firm and firm not in key}


def _job_keys(role: str) -> set[str]:
    """The job written whole and its head before a place, hours or team, squashed."""
    return {squash(role), squash(_JOB_HEAD.split(role, maxsplit=1)[0])} - {""}


# The shortest word of a job that may be its field ("Rail", "Suportabilidade").
_FIELD_LEN = 4


def _word_keys(role: str) -> set[str]:
    """The words of a job, squashed: its field among them ("Engenheiro de
    Suportabilidade" → "suportabilidade")."""
    return {key for word in role.split() if len(key := squash(word)) >= _FIELD_LEN}


def _field_of_job(ev: Evidence, own: str, domains: Set[str], fields: dict[str, set[str]]) -> bool:
    """Whether the one-word name read from ``ev``'s title is a job's field: a word of a
    job the same domain's invites name ("Suportabilidade" where another invite is for
    the "Engenheiro(a) de Suportabilidade"), or a word the title writes beside the job
    it names ("Senior Project Manager, Rail", "Diretor de Vendas – Armazenamento")."""
    company = ev.company or ""
    # one word of a spaced script: a name in Chinese or Japanese is one "word" whole
    if ev.company_from != "title" or len(company.split()) != 1 or UNSPACED.match(company):
        return False
    # the name's key may be cut short of the word ("suportabilida": :func:`.name_key`)
    if any(word.startswith(own) for key in domains for word in fields.get(key, ())):
        return True
    return bool(ev.role and ev.role in ev.title and company not in ev.role)


def _read_again(
    ev: Evidence,
    jobs: dict[str, set[str]],
    names: dict[str, dict[str, str]],
    fields: dict[str, set[str]],
) -> Evidence:
    company = ev.company
    if (
        not company
        or ev.company_from not in ("title", "description")
        or _firm_like(company)
        or w.search(w.AGENCY, company)  # an agency's own name, its domain filing its clients
    ):
        return ev
    own = name_key(company)
    domains = ev.keys - {own}
    if not domains:
        return ev
    is_job = own in _job_keys(ev.role or "") or any(own in jobs.get(key, ()) for key in domains)
    field = not is_job and _field_of_job(ev, own, domains, fields)
    if not is_job and not field and not w.search(w.ROLE_NOUN, company):
        return ev  # the cheap tests first: most names are neither
    written = {n: k for key in domains for n, k in names.get(key, {}).items() if k != own}
    if any(own in key for key in written.values()):
        return ev  # "Logos" where the invites write "Logos Riabilitazione": the name short
    known = _one_firm(written) if len(written) <= _FEW else set(written)
    if not is_job and not known:
        return ev
    if field and len(known) != 1:
        return ev  # a field left for one firm's name only: no guess among several
    # one name the domain's invites write is the employer; several (an agency's
    # clients) leave the employer to the domain
    other = next(iter(known)) if len(known) == 1 else None
    copy = Evidence.__new__(Evidence)
    copy.__dict__.update(ev.__dict__)
    copy.company = other
    copy.company_from = ev.company_from if other else ""
    copy.keys = domains | ({name_key(other)} if other else set())
    return copy


# More names than this under one domain: an agency's or a platform's, no one firm's.
_FEW = 4


def _one_firm(names: dict[str, str]) -> set[str]:
    """The names of ``names`` (each with its key) that no other one holds ("Acme" beside
    "Acme Ltd" gives "Acme Ltd"); of two with one key, the one the other begins ("Acme
    Paulista" and "Acme Paulista Ltda." both "acmepaulista": the latter)."""
    return {
        n
        for n, k in names.items()
        if not any(
            n != o
            and k in names[o]
            and (k != names[o] or not (n.startswith(o) and LEGAL_END.search(n)))
            for o in names
        )
    }


def _firm_like(name: str) -> bool:
    """Whether ``name`` is written as a firm's: a legal form or a company's word at its end."""
    words = name.split()
    return bool(LEGAL_END.search(name) or (words and COMPANY_WORD.fullmatch(words[-1])))

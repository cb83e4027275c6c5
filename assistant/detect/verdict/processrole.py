"""The job a later round leaves out, carried from another round of its process.

A later invite often names no job ("Second interview – Acme", the user's own note
"Acme final 19:30!") where a round before it did ("Interview: Acme – Data Engineer").
Detection asks the employer's keys for it while judging (:mod:`.linkage`); a round whose
keys are not the earlier rounds' (a note writing the firm short, "瑞康医药" after
"上海瑞康医药科技有限公司"; a domain's initials) is tied to them only once every
event's employer is named as its process writes it (:mod:`.processname`). Read once,
after that (:func:`carried`).

A process's rounds are those detection names by the same employer, or, failing that,
those one recruiter sends, by their own address or their name (an agency's consultant
booking a client's rounds, a firm's recruiter writing the firm another way or from a
free mailbox first), when that recruiter's rounds name one job only: an agency's
consultant books many clients' jobs. A job that is
the employer's own name (:func:`.firmrole.is_the_employer`) is no job to carry.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from assistant.detect.employer.domains import domain_of, is_ats, is_free_mail, is_service, squash
from assistant.detect.employer.extract import name_key
from assistant.detect.job.firmrole import is_the_employer
from assistant.detect.who.persons import is_role_mailbox
from assistant.models import Detection, Event, Verdict

_Named = dict[str, list[tuple[datetime, str]]]


def _senders(event: Event) -> tuple[str, ...]:
    """Who sent ``event``: the sender's own address at an organisation (not a shared
    mailbox, ``jobs@``, a tracking system's or a free mailbox's: anyone's), and the
    sender's name of two words or more (a recruiter writing from a free mailbox first,
    then from the firm's; a tracking system sending in the employer's name)."""
    organizer = event.organizer
    if organizer is None or organizer.is_self:
        return ()
    found = []
    email = organizer.email.casefold()
    domain = domain_of(email)
    anyones = not domain or is_free_mail(domain) or is_ats(domain) or is_service(domain)
    if not anyones and not is_role_mailbox(email) and "reply" not in email.split("@", 1)[0]:
        found.append(email)
    name = " ".join((organizer.name or "").casefold().split())
    if " " in name and "@" not in name:
        found.append("name:" + name)
    return tuple(found)


def _latest_before(named: list[tuple[datetime, str]] | None, start: datetime) -> str | None:
    """The job the latest round starting at or before ``start`` named; else, when every
    round of the process names the same job, that job (a note made before the invite)."""
    if not named:
        return None
    at = bisect_right(named, (start, "\uffff")) - 1
    if at >= 0:
        return named[at][1]
    jobs = {role for _, role in named}
    return next(iter(jobs)) if len(jobs) == 1 else None


def _firms_name(verdict: Verdict) -> bool:
    """Whether the job ``verdict`` names is its employer's name, as every round of the
    process names the employer now ("Acme Pharma" at "Acme Pharma Ltda."), or that
    name whole without its legal form: no job."""
    if verdict.role is None:
        return False
    # the whole name but its legal form is the firm's even with a job's word in it
    # ("Farmacêutica Acme" at "Farmacêutica Acme Ltda.")
    whole = bool(verdict.company) and squash(verdict.role) == name_key(verdict.company or "")
    return whole or is_the_employer(verdict.role, (verdict.company or "", *verdict.employer_keys))


def carried(detections: Sequence[Detection]) -> list[Detection]:
    """``detections`` with the job of each follow-up that names none, or names its
    employer as its job, taken from the latest round of its process that names one (see
    the module's note), else none; detections left as they are stay the same objects.

    Rule: the labelled calendars give every round of a process the job its invites
    name, whichever invite names it."""
    by_company: _Named = {}
    by_sender: _Named = {}
    wanted = False
    for found in detections:
        verdict = found.verdict
        if verdict.role is None or _firms_name(verdict):
            # "Acme Pharma" read as the job of a round at Acme Pharma Ltda.
            wanted = wanted or verdict.is_follow_up
            continue
        if verdict.company:
            by_company.setdefault(verdict.company, []).append((found.event.start, verdict.role))
        for sender in _senders(found.event):
            by_sender.setdefault(sender, []).append((found.event.start, verdict.role))
    if not wanted:
        return list(detections)
    for named in (*by_company.values(), *by_sender.values()):
        named.sort()
    out = []
    for found in detections:
        verdict = found.verdict
        if verdict.is_follow_up and (verdict.role is None or _firms_name(verdict)):
            start = found.event.start
            role = _latest_before(by_company.get(verdict.company or ""), start)
            for sender in _senders(found.event) if role is None else ():
                named = by_sender.get(sender)
                if named and len({job for _, job in named}) == 1:
                    role = named[0][1]
                    break
            if role or verdict.role:
                found = replace(found, verdict=replace(verdict, role=role))
        out.append(found)
    return out

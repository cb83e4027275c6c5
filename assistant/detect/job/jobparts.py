"""Parts of a job written where an employer's name could be read: the job's field in
brackets after it, its team after a comma, a word of the job a tracking system's field
names. None of them is the employer (:mod:`.extract` asks before taking a name).
"""

from __future__ import annotations

import re

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.namematch import COMPANY_WORD
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.text.titles import segments
from assistant.detect.words import wording as w

_PART_SEPARATOR = re.compile(r"[()（）:：|–—]|\s-\s")


def field_after_role(candidate: str, title: str) -> bool:
    """Whether ``candidate`` is written in brackets right after a job title in ``title``
    ("Hukuk Müşaviri (Enerji Mevzuatı)", "法务经理（能源监管）") or after the job and a comma
    in one bracket ("(Senior Paralegal, Corporate Litigation)"): the job's field, not its
    employer, unless a legal form or a company word makes it a firm ("Analyst (Acme
    Corp)")."""
    at = title.find(candidate)
    before = title[:at].rstrip() if at > 0 else ""
    after = title[at + len(candidate) :].lstrip()
    if not (before.endswith(("(", "（", ",")) and after.startswith((")", "）"))):
        return False  # the cheap test first: most candidates stand in no bracket
    if before.endswith(","):
        # "(Senior Paralegal, Corporate Litigation)": the job, then its field, in one bracket
        opened = max(before.rfind("("), before.rfind("（"))
        if opened < 0:
            return False
        head = before[opened + 1 : -1]
    else:
        head = _PART_SEPARATOR.split(before[:-1])[-1]
    return bool(
        w.search(w.ROLE_NOUN, head)
        and not LEGAL_FORM.search(candidate)
        and not any(COMPANY_WORD.fullmatch(word) for word in candidate.split())
    )


def in_the_job(candidate: str, text: str, title: str = "") -> bool:
    """Whether the job a tracking system's field names holds ``candidate`` as words; not
    when the field writes it after the job and a comma and the title writes that job as a
    part of its own ("Role: Ops Lead, Acme Rowing Board" beside "Screen - Acme Rowing
    Board (Ops Lead)"): the title parted the two, so the field's second part is the employer."""
    # "人力资源业务伙伴（HRBP）": the job and its short form, each a word
    job = re.sub(r"（([^（）]*)）", r" \1", role_in_field(text) or "")
    head = job.split(",")[0].strip()
    if candidate.casefold() == head.casefold():
        return True  # "Slutintervju – Lagerchef" beside "Tjänst: Lagerchef, Malmö": the job
    if f" {candidate.casefold()} " not in f" {job.casefold()} ":
        return False
    return not (head != job and head in {part for part, _ in segments(title)})


_HEAD_OF_PART = re.compile(r"[,–—|:()]")


def team_after_job(candidate: str, title: str, text: str) -> bool:
    """Whether ``candidate`` follows a job title and a comma in ``title`` ("Senior
    Product Manager, Home Energy") and is that job's team, not its employer."""
    at = title.find(candidate)
    before = title[:at].rstrip() if at > 0 else ""
    mark = before[-1:] if before.endswith((",", "–", "—", " -")) else ""
    if not mark:
        return False
    # "Senior Policy Officer – Transport" too, where the description writes it so
    head = _HEAD_OF_PART.split(before[:-1].rstrip(" -"))[-1].strip()
    if not head or not w.search(w.ROLE_NOUN, head):
        return False
    written = f"{head}{mark} {candidate}" if mark == "," else f"{head} {mark} {candidate}"
    return " ".join(written.split()) in " ".join(text.split())

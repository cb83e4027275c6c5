"""Words written beside a job in an invite that are not the job: its translation in
brackets, and the list of people a loop of interviews meets.

Both read a title's or a field's part the role readers (:mod:`.roles`) have already
cut out, so both are cheap: one regular expression over a short string.
"""

from __future__ import annotations

import re

from assistant.detect.words.writing import UNSPACED

# The job's translation in Latin letters in brackets after it in a script without spaces
# ("디지털뉴스 편집장 (Digital News Editor)", "データアナリスト（Data Analyst）"): the same job,
# in words; an abbreviation ("（HRBP）") is one word and stays, as the invite writes it.
_TRANSLATED = re.compile(
    r"(?<=[^\x00-\u024f])\s*[(（][A-Za-z][A-Za-z.,&/'’-]*\s[A-Za-z .,&/'’-]{1,60}[)）]$"
)


def ends_in_translation(text: str, end: int) -> bool:
    """Whether ``text`` up to ``end`` closes with the job's translation in brackets
    (see :func:`without_translation`): a one-word abbreviation ("（HRBP）") is none."""
    return _TRANSLATED.search(text, 0, end) is not None


def without_translation(job: str) -> str:
    """``job`` without its translation in brackets at its end when it is written in a
    script without spaces ("データアナリスト（Data Analyst）" → "データアナリスト");
    else ``job`` as it is."""
    return _TRANSLATED.sub("", job) if UNSPACED.search(job) else job


# Three or more short items between commas ("CFO, Head of Risk, Ops Lead").
_LISTED = re.compile(r"[^,()]{2,30}(?:,[^,()]{2,30}){2,}")


def people_listed(part: str, title: str) -> bool:
    """Whether ``part`` of ``title`` is a bracket listing three or more people by their
    titles ("Interview loop (GM, Regional HR, Ops Director)"): whom a loop meets in turn;
    a job's bracket holds a word or two of its specialism."""
    return _LISTED.fullmatch(part) is not None and f"({part})" in title

"""A title's words that say whom the round is with or what kind of round it is, never
the job: "(técnica)", "(Technical)", "（社長＋山本本部長）", "(Director · HR)", "CEO joins",
"（部長・人事）". A user's own note writes them where an invite writes the job.
"""

from __future__ import annotations

import re

from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED

# Between two people met: "&", "+", "/", "・", a comma, "and" in a few languages.
_JOINED = re.compile(
    r"\s*(?:[&+/,＋・、，]|\b(?:and|und|et|y|e|en|og|och|w/|with|mit|avec|con|com)\b)\s*",
    re.I,
)
# The people department, met as a rank is ("部長・人事", "CFO + HR").
_PEOPLE_TEAM = re.compile(
    r"(?:人事(?:部|担当|担当者)?|人力资源(?:部)?|인사(?:팀|담당자?)?|HR|RRHH|RH|P&C|people\s+team"
    r"|talent\s+acquisition)",
    re.I,
)
# What kind of round it is, alone in the words ("(técnica)", "(fachlich)", "（技術）").
_KIND = re.compile(
    r"(?:t[ée]c?nic[oa]|technical|technique|tecnic[oa]|technisch|fachlich|teknisk|techniczn[ya]"
    r"|behaviou?ral|comportamental|competency[\s-]based|case|caso|cas\s+pratique|fallstudie"
    r"|culture(?:\s+fit)?|cultural|informal|informell|informel|informale"
    r"|技術|技术|技術面接|技术面试|기술|실무|인성|専門|実技)",
    re.I,
)
# A verb after whom the user meets: "CEO joins", "CFO sits in", "COO dabei".
_THEN_JOINS = re.compile(
    r"\s+(?:joins?|joining|sits?\s+in|attends?|attending|too|also|dabei|anwesend|presente"
    r"|participa|participe|se\s+joint|se\s+une|deltar|joint)\s*[.!?]*$",
    re.I,
)


def _a_rank(part: str) -> bool:
    """Whether ``part`` is an interviewer's rank or the people team, or, in a script
    without spaces, a rank after a surname glued to it ("山本本部長", "陈总经理")."""
    if w.INTERVIEWER_RANK.fullmatch(part) or _PEOPLE_TEAM.fullmatch(part):
        return True
    if not UNSPACED.match(part):
        return False
    return any(w.INTERVIEWER_RANK.fullmatch(part[at:]) for at in range(1, min(5, len(part) - 1)))


def round_note(role: str | None) -> bool:
    """Whether ``role`` (a title's or bracket's words, brackets of either width around them
    or not) is only whom the round is with or what kind it is: ranks or the people team
    joined by "+", "・" or "and" ("（社長＋山本本部長）", "部長・人事"), ranks and a verb
    ("CEO joins"), or a kind of round alone ("técnica", "Technical", "技術")."""
    words = (role or "").strip().strip("()（）[]【】 ").strip()
    if not words:
        return False
    bare = _THEN_JOINS.sub("", words)
    if _KIND.fullmatch(bare):
        return True
    parts = [part for part in _JOINED.split(bare) if part]
    # one rank alone may be the job applied for ("CFO"); joined or with a verb, it is whom
    return (len(parts) >= 2 or bare != words) and all(_a_rank(part) for part in parts)

"""A title's words that say whom the round is with or what kind of round it is, never
the job: "(técnica)", "(Technical)", "（社長＋山本本部長）", "(Director · HR)", "CEO joins",
"（部長・人事）", "rozmowa z CTO", "Painel com a diretoria financeira". A user's own note
writes them where an invite writes the job.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import fragments
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


# A small word before whom the user meets: an article or "our" ("com a diretoria").
_ARTICLE = re.compile(r"^[^\W\d_A-Z]{1,3}\s+(?=\S)")


@cache
def _with_whom() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A meeting's words, a word for "with" (``people_with`` of ``lang/``: "with", "z",
    "com", "c/", "mit"), then the rest; and a group of people met (``people_not_names``:
    "board", "diretoria") or a rank, with the business functions after it
    (``people_functions``: "financeira", "Sales")."""
    spaced = "|".join(fragments("people_with", True))
    said = re.compile(rf"^(?P<what>\S.*?)\s+(?:{spaced})(?![\w.@])\s*(?P<whom>\S.*)$", re.I)
    groups = "|".join((*fragments("people_not_names", True), *fragments("interviewer_ranks", True)))
    functions = "|".join(fragments("people_functions", True))
    whom = re.compile(rf"(?:{groups})(?:\s+(?:[^\W\d_]{{1,3}}\s+)?(?:{functions}))*", re.I)
    return said, whom


def _with_ranks(words: str) -> bool:
    """Whether ``words`` are a meeting's words with no job's word in them, "with", and
    only ranks or groups of people after it ("rozmowa z CTO", "conversa final c/ VP",
    "Painel com a diretoria financeira"): whom the round is with, never the job."""
    said, whom = _with_whom()
    found = said.match(words)
    if found is None or w.search(w.ROLE_NOUN, found.group("what")):
        return False
    parts = [_ARTICLE.sub("", part) for part in _JOINED.split(found.group("whom")) if part]
    return bool(parts) and all(_a_rank(part) or whom.fullmatch(part) for part in parts)


def _test_named(words: str) -> bool:
    """Whether ``words`` name the round by its test or exercise (``test`` of ``lang/``:
    "Revisión de la prueba técnica", "Case study debrief") with no job's word beside it
    ("Test Engineer" is a job)."""
    found = w.search(w.TEST, words)
    if found is None or words[found.end() : found.end() + 1].isalpha():
        return False
    if w.search(w.ROLE_NOUN, found.group(0)):
        return False  # "QA Tester", "Testingenieur": a job's word holds the test's
    rest = _KIND.sub(" ", f"{words[: found.start()]} {words[found.end() :]}")
    return not w.search(w.ROLE_NOUN, rest)


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
    ("CEO joins"), the people team alone ("人事", "HR"), a meeting "with" ranks ("rozmowa
    z CTO"), its test with no job's word ("Revisión de la prueba técnica"), or a kind of
    round alone ("técnica", "Technical", "技術")."""
    words = (role or "").strip().strip("()（）[]【】 ").strip()
    if not words:
        return False
    bare = _THEN_JOINS.sub("", words)
    if _KIND.fullmatch(bare) or _PEOPLE_TEAM.fullmatch(bare) or _with_ranks(bare):
        return True
    if _test_named(bare):
        return True
    if bare != words:  # "link in mail, CEO joins": a note's words, then whom and a verb
        note, _, bare = bare.rpartition(",")
        bare = bare.strip()
        if w.search(w.ROLE_NOUN, note):
            return False
    parts = [part for part in _JOINED.split(bare) if part]
    # one rank alone may be the job applied for ("CFO"); joined or with a verb, it is whom
    return (len(parts) >= 2 or bare != words) and all(_a_rank(part) for part in parts)

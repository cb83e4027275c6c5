"""The employer a description names in a sentence about the job or the team.

"… for the Data Analyst role at Acme Freight", "your interest in Acme", "the position
Ramp Lead (Req 418) at Acme Ground Services Inc.", "— Acme Talent Team": the name after
the job's words and "at", or before a recruiting team's words.
"""

from __future__ import annotations

import re
from collections.abc import Set

from assistant.detect.employer.confirmed import looks_like_name
from assistant.detect.employer.namematch import NAME, sentence_cut, tidy_name
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Vocabulary

# Tried only on texts holding one of its words (:class:`.matcher.Vocabulary`): a long
# description would otherwise try a name at every capital.
_TEXT_NAME = Vocabulary.of(
    r"(?:(?:role|position|job|opening|interviews?|team|joining|join|welcome to)"
    # the job's name and a requisition between ("the position Ramp Lead (Req 418) at …")
    r"(?:(?:[ \t]+[A-Z][\w&/-]*){1,8}(?:[ \t]*\([^()\n]{0,40}\))?)?\s+(?:at|with|bei|chez)"
    r"|(?:interest|application|applying|applied)\s+(?:in|to|at|with))"
    rf"\s+({NAME})"
    rf"|({NAME})[ \t]+(?:Talent|Recruiting|Hiring|People)[ \t]+(?:Team|Acquisition)",
)


def named_in_text(text: str, people: Set[str]) -> str | None:
    """The employer's name a sentence of ``text`` (a readable description) writes after
    the job's words ("role at Acme") or before a recruiting team's words ("Acme Talent
    Team"), cut at its sentence's end; ``None`` when there is none, or when the name
    after "with" is one of the ``people`` on the invite (words of their names,
    :func:`.confirmed.people_words`)."""
    match = _TEXT_NAME.search(text)
    if match is None or looks_like_name(match.group(1) or "", people):
        return None
    name = sentence_cut(match.group(1) or match.group(2))
    whose = _WHOSE.match(name)
    if whose and w.search(w.ROLE_NOUN, whose.group(2)):
        name = whose.group(1)  # "interview with Acme's COO": the firm whose officer it is
    return tidy_name(name)


# A name in the possessive, then the words after it ("Acme's Head of Sales").
_WHOSE = re.compile(r"(.+?)['’]s[ \t]+(.+)")

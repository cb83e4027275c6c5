"""Whether a role read from an invite is the title of someone the user meets.

A later round's title often names whom it is with by their rank ("2nd interview –
Acme (Head of Sales)", "二次面接（営業部長）"), and its description names the person
with that rank ("You will meet Jo Park, Head of Sales", "面接官：営業部 部長 山田");
that rank is theirs, not the job the user applies for. The shapes, all from invites:

- the rank after a person's surname and a comma or bracket, in the title or the text
  ("Mr. Tanaka, General Manager of Sales", "Ing. Ruiz (Jefe de Planta)");
- the rank beside a person's name on the invite ("陈静 (护理部主任)");
- the rank right before an invitee's name in the text ("our Head of Sales Jo Park",
  "Satış Direktörümüz Ayşe Kaya");
- the rank written before a person's name, glued in Chinese and Japanese
  ("由销售总监李明先生主持"), or on the line naming the interviewers ("面接官：…").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.detect.employer.domains import domain_of, is_service
from assistant.detect.profile import Profile
from assistant.detect.who.gobetween import organisation_mailboxes
from assistant.detect.who.people import everyone
from assistant.models import Event

# Between a person's name and their title: a comma, a bracket or a dash, or "is" ("Callum
# Reid is Fleet Director"), and "our" in the languages of ``lang/`` ("Callum Reid, our
# Fleet Director").
_AFTER_NAME = (
    r"(?:\s*[,(（–-]\s*|[^\S\n]+(?:is|ist|est|es|é|è|er|är|is\s+the|ist\s+der|est\s+le)[^\S\n]+)"
    r"(?:(?:our|their|notre|nuestr[oa]|noss[oa]|nostr[oa]|unser\w*|onze|vår\w*)\s+)?"
)

# Between a title and the person's name it comes before, on one line ("our Fleet Director
# Callum Reid", "Ar-Ge Direktörümüz Ozan Kaplan": "our" is a suffix in Turkish, which the
# title's stem allows), written as the title writes it, in two words or more; a full stop
# between ends the sentence the title closes.
_BEFORE_NAME = r"(?<!\.)[^\S\n]+"

# In a title, only a comma or a bracket: "Acme – Sales Lead" writes the employer first.
_IN_TITLE = r"\s*[,(（]\s*"

# A line naming whom the user meets ("面接官：…", "面试官：", "Interviewer: …").
_INTERVIEWER_LINE = re.compile(
    r"^[^\n]{0,6}(?:面接官|面試官|面试官|面談者|면접관|interviewers?|entrevistador[ae]?s?|"
    r"intervistator[ei]|interlocuteurs?|gesprächspartner\w*)\s*[:：][^\n]*",
    re.I | re.M,
)

# An honorific after a name in Chinese and Japanese ("李明先生", "山田様").
_HONORIFIC = r"(?:先生|小姐|女士|博士|様|さん|氏)"

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _stem(word: str) -> str:
    """A word's first letters as a pattern: an abbreviation ("Dir.") stands for the
    whole word, and a stem of four letters allows another ending or gender
    ("Leiter" for "Leitung", "Directora" for "Director")."""
    bare = word.rstrip(".")
    # a word of four letters may end in a gender's ("Jefe", "Jefa")
    return re.escape(bare[: 4 if len(bare) > 4 else 3]) + r"\w*\.?"


def _head(role: str) -> str:
    """How a person's title may be written for ``role``: its first three words by their
    stems (a colleague's title shares the job's first two: "Support Engineer" and
    "Support Engineer Lead" may be peers)."""
    words = re.split(r"[\s,]+", role.split("(")[0].strip())
    return r"\W{0,2}\s*".join(_stem(word) for word in words[:3] if word)


def _two_words(role: str) -> bool:
    """Whether ``role`` before any bracket has two words or more: one word before a name
    is as often a courtesy ("a arquiteta Inês Sousa") as a rank."""
    return len(role.split("(")[0].split()) >= 2


def _name_words(people: Sequence[str]) -> list[str]:
    """The words of ``people``'s names that may stand for them alone: capitalised,
    two letters or more, no courtesy title ("Dr.", "Ing.") nor a bracket."""
    words = []
    for name in people:
        for word in re.sub(r"\([^)]*\)", " ", name).replace(",", " ").split():
            if len(word) >= 2 and not word.endswith(".") and word[:1].isupper():
                words.append(word)
    return words


def is_interviewers_rank(role: str | None, title: str, text: str, people: Sequence[str]) -> bool:
    """Whether ``role`` (read from ``title`` or ``text``) is the rank of a person on the
    invite: ``people`` are the display names of everyone invited but the user.

    ``role`` must hold no more than six words: a rank, not a sentence."""
    if not role or not people or len(role.split()) > 6:
        return False
    names = _name_words(people)
    # "Nakagawa, General Manager …", "p. Weber, kierownik opieki": the role opens with
    # an invitee's surname
    first = re.split(r"[\s,]+", role.replace("p.", " ").strip())[0]
    if first in names and re.match(r"^\W*\w+\.?\s*\w*\s*,", role.replace("p.", "")):
        return True
    if any(role in name and role != name.strip() for name in people):
        return True  # "陈静 (护理部主任)"
    head = _head(role)
    if names and head:
        surnames = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
        named = rf"\b(?:{surnames})\b"
        # a title puts the job after the employer's or the candidate's name and a dash
        if (
            re.search(named + _IN_TITLE + head, title, re.I)
            or re.search(named + _AFTER_NAME + head, text, re.I)
            or (_two_words(role) and re.search(head + _BEFORE_NAME + named, text))
        ):
            return True
    if _CJK.search(role):
        return _cjk_rank(role, text, people)
    return False


def _cjk_rank(role: str, text: str, people: Sequence[str]) -> bool:
    """A Chinese or Japanese rank before a person's name ("临床总监黄志伟先生") or on
    the line naming the interviewers ("面接官：リハビリテーション部 部長 高橋")."""
    squashed = re.sub(r"\s+", "", text)
    bare = re.sub(r"\s+", "", role)
    for name in people:
        joined = re.sub(r"\s+", "", name)
        if joined and _CJK.search(joined) and bare + joined in squashed:
            return True
    if re.search(re.escape(bare) + r"[\u4e00-\u9fff]{1,3}" + _HONORIFIC, squashed):
        return True
    for line in _INTERVIEWER_LINE.finditer(text):
        flat = re.sub(r"\s+", "", line.group(0))
        if len(bare) >= 3 and bare[:3] in flat and bare[-2:] in flat:
            return True
    return False


def not_interviewers(
    role: str | None, text_role: str | None, event: Event, profile: Profile, title: str, text: str
) -> str | None:
    """``role`` read from ``event`` (its ``title`` and readable ``text``), unless it is the
    rank of someone invited (:func:`is_interviewers_rank`; the user, team mailboxes and
    scheduling services are no one met): then ``text_role``, the description's role,
    when that is another job, else None."""
    if not role:
        return role
    mailboxes = organisation_mailboxes(event)
    people = [
        a.name
        for a in everyone(event)
        if a.name
        and not a.is_self
        and a.email.lower() not in profile.addresses
        and not is_service(domain_of(a.email))
        and a not in mailboxes
    ]
    if not is_interviewers_rank(role, title, text, people):
        return role
    if text_role and text_role != role and not is_interviewers_rank(text_role, title, text, people):
        return text_role
    return None

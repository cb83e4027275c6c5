"""Which part of a title is the job and which the employer, read without the job words.

A new calendar brings professions no vocabulary lists ("Strata Manager", "Fisheries
Ecosystem Scientist", "シニアデータエンジニア"), so the employer reader cannot tell them
from a name by their words. The invite tells it another way:

- its own text writes the part as the job, with the employer after it ("the position
  of Senior Strata Manager at Northbridge Strata Management", "tjänsten som
  Verksamhetschef hos Skolkoncernen Lärvik AB");
- the part stands in brackets after a person the invite names, or after a job the
  text writes with it ("Hukuk Müşaviri (Enerji Mevzuatı)");
- the part, in a script without spaces, has no legal form while the invite writes
  the employer's registered name elsewhere ("株式会社さくらメディカル 採用担当");
- another part of the title has a name's shape the first lacks: a registered name with
  its legal form ("株式会社さくらデータ", "… Ltd"), or the name the tracking system's
  sender or a team's mailbox goes by ("Benguela Current Science Partnership").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.namematch import COMPANY_WORD
from assistant.detect.employer.scriptname import registered_in_script
from assistant.detect.job.jobparts import in_the_job
from assistant.detect.who.gobetween import system_sender
from assistant.detect.who.people import everyone
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED
from assistant.models import Event

# "for X at Acme", in the languages the invites come in: a word that announces a job
# before the part ("for", "position", "als", "som", "como" …) and one that puts the
# employer after it ("at", "bei", "chez", "hos", "presso" …), then a capital; so "your
# interview with Acme at Canary Wharf" does not make Acme a job.
_JOB_BEFORE = (
    r"(?<![^\s(:])(?:for|of|as|position|role|als|som|tjänsten|stelle|poste|pour|como|come"
    r"|para|puesto|vaga|cargo|voor|functie|ruolo|per)\s+(?:the\s+|le\s+|la\s+|el\s+|de\s+)?"
)
_AT_EMPLOYER = (
    r"\s+(?:at|bei|chez|en|hos|på|bij|presso|em)\s+"
    r"(?!(?:the|our|your|a|an|der|die|das|la|le|les|el|los|de|het|vår|nostra|nossa)\b)"
    r"[A-ZÀ-ÞĀ-ſ]"
)
# A registered name in a script without spaces: its legal form before or after it.
_SCRIPT_LEGAL = re.compile(r"株式会社|有限会社|有限公司|股份有限公司|주식회사|\(주\)|（株）|\(株\)")


@lru_cache(maxsize=4096)
def _as_the_job(part: str) -> re.Pattern[str]:
    return re.compile(_JOB_BEFORE + re.escape(part) + _AT_EMPLOYER)


def written_as_the_job(part: str, text: str) -> bool:
    """Whether the readable ``text`` writes ``part`` of a title as the job, with the
    employer's name after it ("for Supply Chain Data Analyst at Wide World Importers",
    "som Verksamhetschef hos Skolkoncernen Lärvik AB"): then ``part`` is no employer.
    Only a name that starts with a capital counts as what follows."""
    return bool(part) and part in text and bool(_as_the_job(part).search(text))


# Where a name read whole may join a job to its employer: a comma, or the word that
# puts the employer after the job.
_JOINS = re.compile(r",\s+|\s+(?:at|bei|chez|en|hos|på|bij|presso|em)\s+")


def employer_after_job(name: str, text: str) -> str | None:
    """The employer in ``name`` read whole as "<job>, <employer>" or "<job> at
    <employer>" ("Verksamhetschef, Skolkoncernen Lärvik AB", "Ingeniero/a de Datos
    Sénior en Grupo Alcázar Datos S.A.") when the readable ``text`` writes the part
    before the join as the job (:func:`written_as_the_job`), or a tracking system's
    field in it gives that part as the job ("Tjänst: Controller"); else None."""
    for join in _JOINS.finditer(name):
        head, rest = name[: join.start()].strip(), name[join.end() :].strip()
        # "Tjänst: Controller" beside "Controller, Norrlands Kapitalförvaltning": a
        # tracking system's field names the job
        if rest and (written_as_the_job(head, text) or (head in text and in_the_job(head, text))):
            return rest
    return None


def registered(part: str) -> bool:
    """Whether ``part`` carries a legal form ("… Ltd", "株式会社…", "…有限公司")."""
    return bool(LEGAL_FORM.search(part) or _SCRIPT_LEGAL.search(part))


def name_shaped_over(first: str, others: Sequence[str], senders: str) -> str | None:
    """The part among ``others`` (later parts of one title, each read as a possible
    employer) that has a name's shape ``first`` lacks: a legal form, or being what the
    ``senders`` (the display names of tracking systems and team mailboxes, one a line)
    write. None when ``first`` has that shape itself or no other part has it."""
    written = [line.casefold() for line in senders.splitlines() if line.strip()]

    def sent(part: str) -> bool:
        key = part.casefold()
        return any(key in line for line in written)

    if registered(first) or sent(first):
        return None
    for shape in (registered, sent):
        for other in others:
            if shape(other):
                return other
    return None


# What parts a title: the bracket's head is the text after the last of them.
_PART_SEPARATOR = re.compile(r"[()（）:：|｜／–—]|\s[-/]\s")


def bracket_after_person_or_job(
    part: str, title: str, text: str, is_person: Callable[[str], bool]
) -> bool:
    """Whether ``part`` stands in brackets right after a person or a job in ``title``,
    and so is no employer: after a person the invite names ("Meet the team: Ana Ruiz
    (Cellar Master)"), it is that person's job; after another part that the readable
    ``text`` writes with it as one phrase ("Pozisyon: Hukuk Müşaviri (Enerji
    Mevzuatı)") other than in the title itself, it is the job's field, unless it carries a legal form or a company's
    word ("Analyst (Acme Group)"). ``is_person`` tells a person's name."""
    at = title.find(part)
    before = title[:at].rstrip() if at > 0 else ""
    after = title[at + len(part) :].lstrip()
    if not (before.endswith(("(", "（")) and after.startswith((")", "）"))):
        return False  # the cheap test first: most parts stand in no bracket
    head = _PART_SEPARATOR.split(before[:-1])[-1].strip()
    if not head:
        return False
    if is_person(head):
        return True
    if registered(part) or any(COMPANY_WORD.fullmatch(word) for word in part.split()):
        return False
    # the title itself may stand in the text (a scheduling link's event name): it
    # says nothing of how the text writes the part
    said = " ".join(text.replace(title, " ").split())
    return any(f"{head}{opened}{part}" in said for opened in (" (", "（", "("))


def job_beside_registered(part: str, text: str, names: str) -> bool:
    """Whether ``part``, a title's part in a script without spaces and with no legal
    form ("购买部经理", "レベニューマネージャー職"), is the job, because the invite
    writes the employer's registered name elsewhere (the readable ``text``, or the
    people's and senders' ``names``: "株式会社さくらメディカル 採用担当") and that name
    does not hold ``part``. A brand the registered name holds ("星河数据" in
    "上海星河数据科技有限公司") stays a name; so does an agency's name written beside it."""
    if not UNSPACED.match(part) or registered(part):
        return False
    written = registered_in_script(text) or registered_in_script(names)
    return bool(written and part not in written and not w.search(w.AGENCY, written))


_KEY_WORD = re.compile(r"[^\W_]{3,}")


def apart_from_sender(part: str, sender: str | None) -> bool:
    """Whether ``part`` of a title shares no word with ``sender``, the firm a tracking
    system's sender is named after ("Kasama Retail Holdings Corp."), and has no name's
    shape of its own: then the system names the employer and ``part`` ("R-2028-0417
    Assortment Planning Manager", "Family Services Coordinator") is the job. An
    agency's sender names no employer; a part with a legal form stays a name."""
    if not sender or registered(part) or w.search(w.AGENCY, sender):
        return False
    words = {word.casefold() for word in _KEY_WORD.findall(sender)}
    return not any(word.casefold() in words for word in _KEY_WORD.findall(part))


def job_shaped(
    part: str, title: str, text: str, event: Event, is_person: Callable[[str], bool], client: bool
) -> bool:
    """Whether ``part`` of ``title`` is the job, not the employer, by the invite's other
    signs (each function above): the readable ``text`` writes it as the job, it stands
    in brackets after a person or the job, a registered name elsewhere or the tracking
    system's sender names another firm. ``client``: the title is read for an agency's
    client, whom a system's sender (the agency's) does not name."""
    return (
        (bool(text) and written_as_the_job(part, text))
        or bracket_after_person_or_job(part, title, text, is_person)
        or job_beside_registered(part, text, " ".join(p.name for p in everyone(event) if p.name))
        or (not client and apart_from_sender(part, system_sender(event, is_person)))
    )

"""The rest of an employer's name as a text writes it after the short name.

"Rowan & Hale" → "Rowan & Hale Education Ltd" in "the Head of Operations gig at Rowan &
Hale Education Ltd", "Harbor of Hope" → "Harbor of Hope Medical Ships" in a scheduler's
"(Harbor of Hope Medical Ships)", 白鷺 → 株式会社白鷺精機 in a signature: up to three
name words, a legal form (:mod:`.legalname`), or both, where the name's part ends.
Never a job, a round word, a team, an occasion, a department, a city, a meeting
service, an agency's word, or a person on the invite. :mod:`.processname` asks this of
the invites of one process.
"""

from __future__ import annotations

import re

from assistant.detect.employer.legalname import LEGAL_NEXT as _LEGAL_NEXT
from assistant.detect.employer.legalname import trade_at
from assistant.detect.employer.namematch import (
    continues_name,
    ends_a_name,
    place_or_service,
    registered_word,
)
from assistant.detect.employer.scriptname import CJK_ADDRESSED, CJK_VERB
from assistant.detect.employer.writtenlonger import UNIT
from assistant.detect.places.placenames import names_a_place
from assistant.detect.text.titles import round_words
from assistant.detect.who.people import everyone
from assistant.detect.words import wording as w
from assistant.detect.words.writing import UNSPACED
from assistant.models import Event

# One word of a name after the short name: a capitalised word, or a joining word and a
# capitalised word ("& Research", "and Gamble", "of Hope", "de Noticias").
_NEXT = re.compile(
    r"[ \t]+((?:(?:&|and|und|et|y|e|i|och|ve|en|of|for|de|del|della|di|du|des|da|do|dos|das"
    r"|van|von)[ \t]+)?([^\W\d_][\w'’-]*))(?![\w&])"
)
# Where a name ends: the end of its line, punctuation, a dash between spaces, or a
# lower-case word that goes on with the sentence ("… at Acme Robotics next week").
_ENDS = re.compile(r"[ \t]*(?:$|[,.;:()\[\]|/–—!?<>\"“”]|-[ \t]|[^\W\d_](?<![A-ZÀ-ÖØ-Þ]))")
# The most words a short name may be written longer by, legal form aside.
_MOST = 3
# A name in a script without spaces, registered: 株式会社 before or after it, 有限公司 after.
CJK_FORM = "株式会社|有限会社|合同会社|주식회사|有限公司|股份有限公司"
# The forms of a non-profit corporation, written before its name and often before the
# foundation's own name too ("의료법인 한빛의료재단 한빛병원", "医療法人社団 桜和会 さくら病院",
# "財團法人 安康醫院"): Korea's Medical Service Act and Civil Act, Japan's Medical Care Act
# and its acts on foundations, schools and social welfare, Taiwan's Foundations Act.
NONPROFIT_FORM = (
    "의료법인|재단법인|사단법인|학교법인|사회복지법인"
    "|医療法人(?:社団|財団)?|社会福祉法人|学校法人|(?:一般|公益)(?:社団|財団)法人"
    "|財團法人|财团法人|社團法人|社团法人"
)
_CJK_NAME_CHAR = "[\u30a0-\u30ff\u3400-\u9fff\uac00-\ud7af\u30fc]"


def _tail(line: str, end: int) -> str | None:
    """The words after a name that ends at ``end`` in ``line`` when they read as the
    rest of that name: up to three name words, a legal form, or both, up to where the
    name's part ends (the line's end, punctuation, a dash). A lower-case word may go on
    with the sentence only after a word that ends a firm's name ("… at Acme Consulting
    next week"): "Acme Data team" is a team."""
    at, last = end, ""
    for _ in range(_MOST):
        if _LEGAL_NEXT.match(line, at):
            break
        found = _NEXT.match(line, at)
        if found is None or not found.group(2)[0].isupper():
            break
        at, last = found.end(), found.group(2)
    legal = _LEGAL_NEXT.match(line, at)
    if legal is not None:
        at = legal.end()
    elif not last:
        return None
    after = _ENDS.match(line, at)
    # "… Education Ltd. I'll call you": the legal form's full stop ends the sentence
    if after is None and not line[:at].endswith("."):
        return None
    sentence_goes_on = after is not None and after.group(0)[-1:].isalpha()
    if sentence_goes_on and legal is None and not ends_a_name(last):
        return None
    return line[end:at]


def _reads_as_rest(added: str, people: frozenset[str]) -> bool:
    """Whether the words ``added`` continue a name: no job ("Head of Operations"), round
    word, team ("Talent Team"), agency's word ("Search"), department, city, meeting
    service or person met (``people``: the words of the names on the invite, and of
    its address). Before a
    legal form a job's word is the firm's trade ("Geoandes Consultores Ltda.")."""
    bare = _LEGAL_NEXT.sub("", added).strip()
    if not bare:
        return True  # a legal form alone: "Acme" → "Acme GmbH"
    words = [word for word in bare.split() if word[0].isupper()]
    # before a legal form a department's, a city's or a site's word is the registered
    # name's own ("Fenwick Analytics Ltd", "Castellan Pharma Australia Pty Ltd")
    registered = bare != added.strip()
    name_word = registered_word if registered else continues_name
    return bool(
        words
        and all(name_word(word) and word not in people for word in words)
        and (registered or not (place_or_service(bare) or names_a_place(bare)))
        and not w.AGENCY.search(bare)
        and no_job_round_or_team(bare, trade=registered)
    )


def no_job_round_or_team(phrase: str, trade: bool = False) -> bool:
    """Whether ``phrase`` holds no round word, job, team or occasion ("Final",
    "Engineer", "Talent Team", "Tech Talk"): such words after a name say what the
    meeting is, not who the firm is. ``trade``: a job's word is allowed (a legal form
    follows, so it names the firm's trade)."""
    return not (
        round_words().search(phrase)
        or (not trade and w.search(w.ROLE_NOUN, phrase))
        or UNIT.search(phrase)
        or _OCCASION.search(phrase)
    )


# What a meeting or a job is, written after a firm's name ("Acme Tech Talk & Networking",
# "Acme Graduate Programme"): no part of the name.
_OCCASION = re.compile(
    r"\b(?:talks?|networking|meetups?|webinars?|workshops?|sessions?|events?|days?|fairs?"
    r"|programmes?|programs?|schemes?|graduates?|internships?|trainees?|open\s+house"
    r"|info|demo|social|drinks|dinner|lunch|breakfast|coffee|visit|tour)\b",
    re.I,
)


# The capitalised word right before a name in a sentence ("… na Farmacêutica São …").
_TRADE_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]+)[ \t]+$")


def written_longer(name: str, text: str, event: Event) -> set[str]:
    """Each longer form of ``name`` that ``text`` (a part of ``event``, :func:`parts_of`) writes,
    one line at a time; the words of ``event``'s people and address never join it."""
    if UNSPACED.search(name):
        return _registered_unspaced(name, text)
    found: set[str] = set()
    people: frozenset[str] | None = None  # worked out when a name runs on: seldom
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        before = text[start - 1] if start else " "
        if not (before.isalnum() or before in "&-"):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            added = _tail(line, end - line_start)
            if added is not None:
                people = _foreign_words(event) if people is None else people
                if _reads_as_rest(added, people):
                    # "na Farmacêutica São Lourenço Ltda.": the trade's word before it too
                    trade = _TRADE_BEFORE.search(text, 0, start)
                    head = trade.group(1) + " " if trade and trade_at(text, trade.start(1)) else ""
                    found.add(head + name + added.rstrip())
        start = text.find(name, end)
    return found


def _registered_unspaced(name: str, text: str) -> set[str]:
    """The registered forms of ``name`` (a script without spaces) that ``text`` writes:
    株式会社森ノ宮建築設計事務所 for 森ノ宮, 森ノ宮建築設計事務所株式会社 too, 上海云帆科技有限公司
    for 云帆科技 (:func:`.scriptname.registered_cjk`); the name's
    own characters run on up to the legal form or the first particle or honorific."""
    pattern = (
        rf"(?:{CJK_FORM})\s?{re.escape(name)}{_CJK_NAME_CHAR}{{0,10}}"
        # a Chinese firm's registered name may open with its city (上海瑞康医药科技有限公司
        # for 瑞康医药; never a verb: 感谢瑞康医药…)
        rf"|(?:(?!{CJK_VERB}|{CJK_ADDRESSED}){_CJK_NAME_CHAR}{{2}})?{re.escape(name)}{_CJK_NAME_CHAR}{{0,10}}?\s?(?:{CJK_FORM})"
        # a non-profit's form, and the foundation's own name, before the name: 의료법인
        # 한빛의료재단 한빛병원 for 한빛병원 (the name ends the form: none of the name's
        # own words run on, as they would into "한빛병원입니다")
        rf"|(?:{NONPROFIT_FORM})\s?(?:{_CJK_NAME_CHAR}{{2,12}}\s)?{re.escape(name)}(?!{_CJK_NAME_CHAR})"
    )
    found = set()
    for match in re.finditer(pattern, text):
        # a department or an honorific after the name: 人事部, 採用担当, 様
        form = re.split(r"人事|採用|部|課|様|御中|さん|殿|より|から", match.group(0))[0]
        if form != name and re.search(f"{CJK_FORM}|{NONPROFIT_FORM}", form):
            found.add(form)
    return found


def parts_of(event: Event) -> tuple[str, ...]:
    """What ``event`` writes: its title, location, organiser's display name and
    description, those it has (each read on its own: a name never runs across two)."""
    organizer = event.organizer.name if event.organizer and event.organizer.name else ""
    parts = (event.summary or "", event.location or "", organizer, event.description or "")
    return tuple(part for part in parts if part)


def _foreign_words(event: Event) -> frozenset[str]:
    """The words no name ``event`` writes runs on into: the names of the people on it,
    and its address after the location's first comma ("Hospital Alborán, Paseo
    Marítimo 25, Málaga": the city)."""
    foreign = [p.name for p in everyone(event) if p.name]
    if event.location and "," in event.location:
        foreign.append(event.location.split(",", 1)[1])
    return frozenset(word.strip(",.;:()") for part in foreign for word in part.split())

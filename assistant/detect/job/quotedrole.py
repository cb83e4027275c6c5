"""Jobs a description writes as a line or a quotation of its own, not inside a sentence.

Three shapes, each a way tracking systems and scheduling links write the job:

- the job in quotation marks or brackets before the word for a position
  ("「都市デザイナー（シニア）」ポジションにご応募いただき", "[도시설계 책임] 포지션에 지원해",
  "the “Site Engineer” position"): the label after the quotation says it is the job,
  so the job needs no job word ("책임" is a rank);
- a reply's subject line naming the job ("Re: Urban Design Manager", as LinkedIn's
  scheduler writes the message the meeting answers), before a dash and a note;
- the job in quotation marks before the words for applying to it ("「マーチャンダイザー」に
  ご応募いただき");
- a job written in katakana glued to 職 ("position") before a particle
  ("シニア・アーバンデザイナー職について"), with its field in kanji before it where a line,
  a mark or a kana particle begins the run ("国際共同製作プロデューサー職へ"); in Chinese
  characters the job has no edge to find ("感谢您应聘数据分析师职位" runs on from the
  sentence), so only Japanese;
- a scheduling form's question about the job, its answer after the question mark on
  the same line ("Which role are you interested in? Director of Nursing");
- the job alone on one of the description's first lines, the next line naming the
  meeting (Workable writes "Senior Urbanist" and then "Video call (screening)";
  Recruitee the same after a line naming the employer).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from assistant.detect.job.bracketnote import whom_or_unit
from assistant.detect.job.jobbracket import mode_or_places
from assistant.detect.job.roleclean import clean_role, without_city_after_dash
from assistant.detect.words import eventkinds
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Alternative, Vocabulary
from assistant.detect.words.vocabulary import fragments
from assistant.detect.words.writing import UNSPACED

# Quotation marks and brackets of the languages in ``lang/``, opening and closing.
_OPEN = "「『【\\[\"“„«‘'"
_CLOSE = "」』】\\]\"”“»’'"


@cache
def _quoted_before_label() -> Vocabulary:
    """A quotation (group 1) and then a word for the job's position ("ポジション",
    "포지션", "position", "Stelle"): the ``role_fields`` labels of every language."""
    quoted = rf"[{_OPEN}]\s*([^{_OPEN}{_CLOSE}\n]{{2,40}}?)\s*[{_CLOSE}]\s*(?:の\s*)?"
    return Vocabulary(
        [
            Alternative(quoted, tuple(fragments("role_fields", True)), r"(?!\w)"),
            # "ポジションに": a script without spaces goes on in a particle
            Alternative(quoted, tuple(fragments("role_fields", False))),
            # "「マーチャンダイザー」にご応募いただき": the job the user applied to
            Alternative(quoted, tuple(fragments("applied_to", False))),
        ]
    )


# A bracket closing a quoted job, of either width.
_UNIT_BRACKET = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")

# A bracket ending in a word for a site in Japanese or Chinese (a base, an office, a
# branch, a plant): where the job sits.
_SITE_END = re.compile(
    r"(?:拠点|勤務|勤務地|オフィス|本社|支社|支店|工場|事業所|办公室|辦公室|分公司|工厂|工廠)\s*[)）]$"
)


def _not_the_jobs(bracket: str) -> bool:
    """Whether a bracket closing a quoted job says whom or which unit (:func:`.bracketnote.
    whom_or_unit`, a department), the site, or how the work is done
    (:func:`.jobbracket.mode_or_places`): no part of the job's own name."""
    return (
        whom_or_unit(bracket)
        or bool(_SITE_END.search(bracket) or _DEPARTMENT_END.search(bracket))
        or mode_or_places(bracket)
    )


# A bracket ending in a department named by its field and "部" ("（経営企画部）",
# "（国际物流部）"), not an executive ("幹部", "干部"), a club ("倶楽部", "俱乐部") nor
# "inside", "outside", "all", "a part" ("内部", "外部", "全部", "一部"): the unit the job
# sits in, which a quotation adds to the job the title names.
_DEPARTMENT_END = re.compile(
    r"[\u30a0-\u30ff\u4e00-\u9fff]{2,8}(?<![幹干内外全一楽乐樂])部\s*[)）]$"
)

# "Re: Urban Design Manager - conversation with …": a subject line at a line's start.
_REPLY_LINE = re.compile(r"^(?:Re|RE|AW|Sv|SV|R|Rif|Asunto|Betreff):\s+([^\n]{3,80})$", re.M)
_NOTE_AFTER = re.compile(r"\s+[-–—|]\s+.*$|[.!?]\s*$")
# A short line written like a job title: capitalised words, no sentence's punctuation.
_JOB_LINE = re.compile(r"[A-Z][\w&/+.’'-]*(?:\s+(?:[A-Z][\w&/+.’'-]*|of|and|&|de|für|du|del)){0,5}")


# A job in katakana glued to 職 and a particle after it.
_GLUED_POSITION = re.compile(r"([\u30a0-\u30ff・ー]{2,24})職(?=について|に|の|へ|で|を|。|、)")
# The same job led by its field in kanji ("国際共同製作プロデューサー職へ", "映像制作
# ディレクターのポジションについて"): Japanese ends a noun where kana particles or a
# sentence's marks begin, so the whole run of kanji and katakana from the line's start,
# a mark or a particle is the job; Chinese, without kana, gives no such edge.
_GLUED_WITH_FIELD = re.compile(
    r"(?:^|(?<=[\u3040-\u309f。、「」\s]))"
    r"([\u4e00-\u9fff々]{1,12}[\u30a0-\u30ff・ー]{2,24})(?:職|の?ポジション)(?=について|に|の|へ|で|を|。|、)",
    re.M,
)


@cache
def _role_question() -> Vocabulary:
    """A scheduling form's question about the job and the invitee's answer after its
    question mark, on the same line or the next, as Calendly writes it (group 1): "Which
    role are you interested in? Head of Sales", "¿A qué puesto te postulas? Jefa de
    Ventas", "Which position?\nVoice Coach - following up". The question names the job
    with a ``role_fields`` label of any language written with spaces."""
    return Vocabulary(
        [
            Alternative(
                r"(?:^|\n)[ \t]*[^\n?？]{0,40}?(?<!\w)",
                tuple(fragments("role_fields", True)),
                r"(?!\w)[^\n?？]{0,50}[?？][ \t]*\n?[ \t]*([^\n?？]{2,80}?)[ \t]*(?=\n|$)",
            )
        ]
    )


# Where an answer's job ends: the employer after "at" or "@", a note after a dash ("…
# - following up from our intro call"), a bracket of notes ("(caseload: school-age)").
_ANSWER_END = re.compile(
    r"\s+(?:at|@|bei|chez|en|presso|bij|w)\s+\S|\s+[-–—]\s+(?=[a-z])|\s*\([^()]*[:,][^()]*\)|[.!;]\s"
)


# A question asking which one, in the languages of ``lang/``.
_ASKS_WHICH = re.compile(
    r"\b(?:which|what|welche[rsn]?|was\s+für|quel(?:le)?s?|qu[ée]|cu[áa]l|qual|quale|welke"
    r"|vilken|vilket|hvilken|hvilket|jaki[em]?|jak[aą]|któr[aey]|hangi)\b|哪|什么|什麼|どの|何の|어떤|무슨",
    re.I,
)


def _answered_job(answer: str) -> str | None:
    """The job an invitee answered a question about the job with, as written: the
    question asks for it, so any words do, written as a job title is (capitalised, in
    a script without capitals, short, no sentence) and without what follows the job."""
    job = _ANSWER_END.split(answer, maxsplit=1)[0].strip(" .,")
    if not job or len(job.split()) > 8 or not (job[0].isupper() or UNSPACED.match(job)):
        return None
    return clean_role(job, needs_role_word=False)


def role_on_its_own(text: str) -> str | None:
    """The job ``text`` writes in one of the shapes above, as written; else ``None``."""
    for asked in _role_question().finditer(text):
        answer = _answered_job(asked.group(1))
        # "Which role …?" asks for the job, any words answer it; "Anything about the
        # role …?" asks something else, and only a job's word makes the answer one
        which = _ASKS_WHICH.search(asked.group(0), 0, asked.start(1) - asked.start())
        if answer and (which or w.search(w.ROLE_NOUN, answer)):
            return answer
    quoted = _quoted_before_label().search(text)
    if quoted:
        # "「マーチャンダイザー（海外事業部）」": the unit in brackets is not the job's
        # "（デュッセルドルフ拠点）", "（上海办公室）": the site the job sits at, not the job's
        # "（正社員）", "（深圳/远程）": how the user would work, not the job's
        job = _UNIT_BRACKET.sub(
            lambda m: "" if _not_the_jobs(m.group(0)) else m.group(0), quoted.group(1)
        )
        return without_city_after_dash(" ".join(job.split())) or None  # "【…-上海】"
    glued_jobs = (
        (*_GLUED_WITH_FIELD.finditer(text), *_GLUED_POSITION.finditer(text))
        if "職" in text or "ポジション" in text  # the cheap test first
        else ()
    )
    for glued in glued_jobs:
        if w.search(w.ROLE_NOUN, glued.group(1)):
            return glued.group(1)
    for reply in _REPLY_LINE.finditer(text):
        job = _NOTE_AFTER.sub("", reply.group(1)).strip()
        if _JOB_LINE.fullmatch(job) and w.search(w.ROLE_NOUN, job):
            return job
    # the job's line and the meeting's under it, first or after a greeting paragraph
    # ("Interview scheduled with Acme\n\nSenior Urbanist\nVideo call", as Recruitee writes)
    lines = [line.strip() for line in text.strip().split("\n", _JOB_LINES_READ)]
    for job, meeting in pairwise(lines[:_JOB_LINES_READ]):
        if (
            _JOB_LINE.fullmatch(job)
            and w.search(w.ROLE_NOUN, job)
            and not w.search(w.ROLE_NOUN, meeting)
            and eventkinds.event_kind(meeting) is None
            and _names_a_meeting(meeting)
        ):
            return job
    return None


# How many lines of a description may hold the job on its own line.
_JOB_LINES_READ = 5


def _names_a_meeting(line: str) -> bool:
    """Whether a line names a kind of meeting ("Video call (screening)", "Design
    challenge debrief (stage 2)"): an interview, round or first-contact word."""
    return any(
        vocabulary.search(line)
        for vocabulary in (
            w.INTERVIEW,
            w.FIRST_ROUND,
            w.LATER_STAGE,
            w.EXPLICIT_LATER,
            w.LATER_CONTACT,
        )
    )


# "about the senior urban designer opening": a job in sentence case between an article
# and the word for a vacancy, holding a job word ("the new data role" names none); two
# words at least, as one ("the consultant role") may be the short name of a longer job.
_LOWER_CASE_JOB = re.compile(
    r"\b(?:the|our|your|a|an|this)\s+((?:[a-z][\w-]*\s+){1,3}[a-z][\w-]*)"
    # "the head of ground ops thing we're building": a founder's casual word for the role
    r"\s+(?:role|position|opening|vacancy|job|thing|gig)\b"
)
_SMALL = frozenset({"of", "and", "for", "in", "to", "the"})
# Words a sentence goes on with: "the hiring manager for this role" names whom, not a job.
_NOT_IN_A_JOB = frozenset(
    {"for", "this", "that", "these", "with", "our", "your", "to", "is", "was", "new", "same"}
)


def role_in_lower_case(text: str) -> str | None:
    """The job a sentence writes in lower case before "role", "opening" or "position",
    capitalised as a title ("Senior Urban Designer"); else ``None``."""
    for found in _LOWER_CASE_JOB.finditer(text):
        words = found.group(1).split()
        if w.search(w.ROLE_NOUN, found.group(1)) and not _NOT_IN_A_JOB & set(words):
            return " ".join(
                word if word in _SMALL else word[:1].upper() + word[1:] for word in words
            )
    return None

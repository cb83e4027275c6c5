"""The role an applicant-tracking field gives ("Position:", "Stelle:", "職種：").

Split from :mod:`.roles`, which reads the role from a title's parts.
"""

from __future__ import annotations

import re

from assistant.detect.job.besidejob import ends_in_translation, without_translation
from assistant.detect.job.bracketnote import whom_or_unit
from assistant.detect.job.jobbracket import WORK_MODE, is_note
from assistant.detect.job.jobfield import field_at
from assistant.detect.job.roleclean import BRACKETS, ROLE_NOISE, round_in_job
from assistant.detect.job.specialism import with_lower_specialism
from assistant.detect.places.placenames import names_a_place
from assistant.detect.text.titles import GENDER_MARK, round_words
from assistant.detect.words import wording as w

_FIELD_END = re.compile(
    r"\s+[-–—|@·•]\s+|\s+(?:at|bei|chez|en|presso|bij|w)\s+[A-Z]|\s{2,}|;\s"
    # a sentence ends; an abbreviation's full stop does not ("(Ref. X)", "Kierownik ds.
    # Marketingu", "Sr. Manager"): a word of one to three letters before it
    r"|(?<![(\s][Rr]ef)(?<![(\s][Nn][or])(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)\.\s+(?=[A-Z])"
)


# A requisition number before the job and a dash ("Requisition: 4471 - Lead Planner"),
# or a space and the job's capital ("Job: #R-5520 Lead Planner"): the dash after it does
# not end the value, as one after the job does; the number is no part of the job.
_NUMBER_FIRST = re.compile(r"^\s*#?\s*(?:[A-Z]{1,4}[-_]?)?\d{3,}(?:\s*[-–—|:]\s+|\s+(?=[^\W\d_]))")
# A gender marker closes a job title; a comma after it goes on to the place
# ("Lead Planner (m/f/d), Frankfurt am Main"), as after a workload in per cent ("Head of
# Stores (80–100%), Aarau").
_MARKER_THEN_PLACE = re.compile(
    rf"(\(\s*(?:{GENDER_MARK}|\d{{1,3}}\s*(?:[-–]\s*\d{{1,3}}\s*)?%)\s*\))\s*,.*$", re.I
)


def role_in_field(text: str) -> str | None:
    """The role an applicant-tracking field gives ("Position: Data Engineer (m/w/d)").

    The label is trusted: the value needs no role word, only to be short and not an
    interview phrase. A location or the employer after a dash is cut off.
    """
    for match in w.ROLE_FIELD.finditer(text):
        # a bracket of work mode or unit goes before the value is cut: "(Remote - EMEA)"
        # holds a dash; the place after a gender marker before that ("(m/f/d), Berlin")
        value = BRACKETS.sub(
            lambda m: (
                " "
                if WORK_MODE.search(m.group(0))
                or whom_or_unit(m.group(0))
                or is_note(m.group(0))
                or ends_in_translation(m.string, m.end())  # "편집장 (News Editor)"
                else m.group(0)
            ),
            _MARKER_THEN_PLACE.sub(r"\1", match.group(1)),
        )
        line = _NUMBER_FIRST.sub("", value).split("\n", 1)[0]
        value = _cut_at_field_end(line)
        value = " ".join(ROLE_NOISE.sub(" ", value).split()).strip(" ,.-–—:")
        value = without_translation(value)  # "データアナリスト（Data Analyst）"
        value = with_lower_specialism(value, line, _not_specialism)  # "… – internationella ärenden"
        if (
            value
            and not _CODE.fullmatch(value)  # "Requisition: CSS-2291": the number alone
            and len(value.split()) <= 8
            and not round_in_job().search(value)
            and "http" not in value
        ):
            return value
    return None


def _cut_at_field_end(line: str) -> str:
    """A field's ``line`` up to where its job ends (a dash, the employer after "at" …),
    the preposition before the job's field not among those ("Puesto: Técnico en Sanidad
    Animal – Madrid")."""
    for end in _FIELD_END.finditer(line):
        prep = re.match(r"\s+\w+\s", end.group(0))
        if not (prep and field_at(line, end.start(), prep.end() + end.start())):
            return line[: end.start()]
    return line


# A tracking system's number in capitals and digits ("CSS-2291", "HR_0815"), no job's words.
_CODE = re.compile(r"(?-i:[A-Z]{1,5}[-_/]?\d{2,}[\w/-]*)")


def _not_specialism(words: str) -> bool:
    """Whether lower-case words after a field's job say how the work is done, which
    round it is, or where ("– remote", "– second interview", "– jakarta")."""
    return bool(WORK_MODE.search(words) or round_words().search(words) or names_a_place(words))

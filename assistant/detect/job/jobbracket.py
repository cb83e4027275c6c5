"""Which bracket after a job is the job's own: a specialism, a seniority, a field of work
or a market ("Staff Nurse (Cardiology)", "Deniz Biyoloğu (Kıdemli)", "연구원(경력)",
"研究員（ブルーカーボン）", "(Spanish/English)", "(North America)"), and which is not: how
the work is done ("(remote)", "(80 %)"), places ("(London / Paris)", "(Bologna, Italy)"),
a note on the meeting ("(rescheduled)"), or whom the user meets (:mod:`.bracketnote`).

The bracket is judged by its words, in brackets of either width: what is not a place, an
office, a work mode, a gender marker, a number or a note says which job it is.
"""

from __future__ import annotations

import re

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.job.bracketnote import whom_or_unit
from assistant.detect.places.placenames import names_a_place
from assistant.detect.words.writing import UNSPACED

# A place or a way of working in brackets is no part of the role ("(London / hybrid)").
WORK_MODE = re.compile(
    r"/|\b(?:remote|hybrid|on-?site|in[\s-]office|full[\s-]?time|part[\s-]?time|contract|"
    r"permanent|temporary|fixed[\s-]term|freelance|teilzeit|vollzeit|befristet|unbefristet|"
    r"cdi|cdd|remoto|h[íi]brido|presencial|ibrido|zdalnie|hybrydowo|distans|"
    r"t[ée]l[ée]travail|home[\s-]?office|smart[\s-]working|teletrabajo|teletrabalho|"
    # a roster of weeks on and off ("(Shipboard – Rotational)"): how the
    # work is done, not which job
    r"rotational|rotation|rotating|"
    # the kind of contract and remote work in scripts without spaces ("（正社員）",
    # "（深圳/远程）", "(정규직)"): how the user would be employed, not which job
    r"正社員|契約社員|派遣社員|業務委託|リモート|在宅勤務|全职|兼职|正式员工|远程|遠程"
    r"|정규직|계약직|재택|원격)\b"
    # a ship's name after its prefix ("(MS Nordstjerne)", "(M/V Aurora)"): where the job
    # sits, as a site's name is
    r"|^\W*(?-i:M/?[SVY]|S/?S|RMS|HMS)\s+[A-Z]"
    # the hours a week ("(32-36 uur)", "(20 Std.)", "(30 h)"): how much, not which job
    r"|\b\d+(?:\s*[-–]\s*\d+)?\s*(?:uur|hours?|hrs?|h|std|stunden|timmar|tim|horas|ore|heures"
    r"|godz\w*|saat)\b"
    # a share of full time ("(80–100 %)", "(60%)", "(0.8 FTE)"): how much, not which job
    r"|\d+(?:\s*[-–]\s*\d+)?\s*%|\b\d+(?:[.,]\d+)?\s*(?:FTE|WTE)\b",
    re.I,
)


# "And" between two words, in the languages of ``lang/``.
_JOINER = re.compile(r"&|and|und|et|y|e|i|en|och|og|ve|és|oraz", re.I)


def is_note(bracket: str) -> bool:
    """Whether a bracket after a job is a note on where or what the work is rather
    than a specialism of the title: a list of places ("(Bologna, Italy)", "(Lyon,
    France)") or a phrase of four words or more ("(Genova aquarium + fish farms
    contracts)"). A specialism is a word or three ("(Cardiology)", "(Veterinary)"); a
    firm's registered name ("(Acme Eventos Iberia S.L.)") is the employer, which the
    caller weighs (:func:`.roleemployer.without_employer`)."""
    inner = bracket.strip().strip("()").strip()
    # "and" between a specialism's two fields is no word of a sentence ("(Metro ve
    # Raylı Sistemler)", "(Sport & Exercise Medicine)")
    words = [word for word in inner.split() if not _JOINER.fullmatch(word)]
    long_or_listed = "," in inner or " + " in inner or len(words) >= 4
    return long_or_listed and not LEGAL_FORM.search(inner)


def is_detail(bracket: str) -> bool:
    """Whether a bracket after a role specialises it ("(Cardiology)", "(II)") rather
    than noting something about the meeting ("(rescheduled)", "(arranged by …)"):
    a specialism is written like a name, a note like a sentence."""
    inner = bracket.strip("()（） ")
    if _INITIALLED_NAME.fullmatch(inner) or whom_or_unit(inner):
        return False  # "(V. Ochoa)": the person the invite is for, never part of the job
    if any(not note.group(0).isdigit() for note in MEETING_NOTE.finditer(inner)):
        return False  # "(NEW TIME)", "(Updated)": a note on the meeting, in capitals too
    if WEB_NAME.search(inner):
        return False  # "(Jobbörse.de Bewerbung)", "(via worknet.io)": where one applied
    # a script without capitals writes its specialism as it writes any word
    return bool(inner) and (
        inner[0].isupper()
        or inner[0].isdigit()
        or bool(UNSPACED.match(inner))
        or _LOWER_FIELD.fullmatch(inner) is not None
    )


# Two fields in lower case joined by "and", as languages write their common nouns ("(liv
# och pension)", "(sport und bewegung)"): the job's two specialisms; a note in lower case
# ("(slot alternativo)", "(confidential search)") joins none.
_LOWER_FIELD = re.compile(
    r"(?-i:[^\W\d_A-ZÀ-Þ]+)(?:[^\S\n]+(?-i:[^\W\d_A-ZÀ-Þ]+))?"
    r"[^\S\n]+(?:and|und|och|og|en|et|e|y|i|ve|és|oraz|&)[^\S\n]+"
    r"(?-i:[^\W\d_A-ZÀ-Þ]+)(?:[^\S\n]+(?-i:[^\W\d_A-ZÀ-Þ]+))?"
)


# A web site's name ("Kariyer.net", "jobs.acme.io"): the board or the site the user applied
# through, never the job's ("Node.js", "ASP.NET" end in no such domain).
WEB_NAME = re.compile(
    r"[^\W_][\w-]*\.(?:com|net|org|io|co|jobs|de|fr|es|it|nl|pl|se|no|dk|fi|tr|jp|cn|kr|br|mx"
    r"|ar|cl|uk|ch|at|be|pt|cz|vn|id|in|au|nz|ca|us|ie|ai)(?![\w.-]*\w)"
)
# A person written as initials and a surname ("V. Ochoa", "J.-P. Martin", "A.K. Rao").
_INITIALLED_NAME = re.compile(r"(?:[A-Z]\.[\s-]*){1,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def mode_or_places(bracket: str) -> bool:
    """Whether a bracket says how the work is done ("(remote)", "(80 %)") or lists places
    or a number with "/" ("(London / Paris)", "(SEE/04/28)"): "/" between other words
    joins two of the job's own ("(Spanish/English)", "(Sales/Marketing)")."""
    modes = [m.group(0) for m in WORK_MODE.finditer(bracket)]
    sides = bracket.strip("()（） ").split("/")
    listed = len(sides) > 1 and (
        any(map(names_a_place, sides)) or any(c.isdigit() for c in bracket)
    )
    return listed or any(m != "/" for m in modes)


# A note about the meeting in brackets ("(rescheduled)", "(new time)", "(video)"): not the job's.
MEETING_NOTE = re.compile(
    r"\b(?:re-?scheduled|updated|moved|new\s+time|confirmed|tentative|tbc|tbd|optional|reminder"
    r"|cancel\w*|virtual|online|video|phone|call|in\s+person|my\s+time|draft|copy)\b|\d",
    re.I,
)

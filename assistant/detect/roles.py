"""What an invitation says about the job: the role, in any language.

The role is read from the fields applicant-tracking systems write ("Position:",
"Stelle:", "職種："), from the title's parts, or from the description's words
("… for the Data Engineer role"). Gender markers ("(m/w/d)", "(all genders)") and
requisition numbers are not part of it.
"""

from __future__ import annotations

import re

from assistant.detect import wording as w
from assistant.detect.titles import round_words, segments, without_round_words

_ROLE_PHRASE = r"((?:[A-Z][\w&/+-]*|of|and|&)(?:,?\s+(?:[A-Z][\w&/+-]*|of|and|&)){0,6})"
# What is left of a title part once its round words are removed, when that is a role:
# capitalised words, or a script without capitals ("데이터 분석가").
_ROLE_PHRASE_ANY = (
    r"(?:[A-Z\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][\w&/+.-]*)(?:\s+(?:[\w&/+.-]+)){0,5}"
)
_ROLE_IN_TEXT = [
    re.compile(
        r"\b(?:the|our|your|a|an)\s+"
        + _ROLE_PHRASE
        + r"(\s*\([^)]{1,40}\))?\s+(?:role|position|job|opening|vacancy)\b"
    ),
    re.compile(
        r"\b(?:position|role|job|Stelle|Position|poste|puesto|posizione|functie)\s+(?:of|as|als|de|d'|di|van)?\s*(?:[A-Z]?\d{4,}\s+)?"
        + _ROLE_PHRASE
    ),
    re.compile(r"\b(?:for|as)\s+(?:the\s+|a\s+|an\s+)?" + _ROLE_PHRASE),
]
_ROLE_NOISE = re.compile(
    r"\((?:[mwfdhvxia]\s*/\s*){1,3}[mwfdhvxia]\)|\(\s*(?:all\s+genders?|gn|alle\s+geschlechter)\s*\)"
    r"|[-–,]?\s*\b[mwfd]\s*/\s*[mwfd]\s*/\s*[dxi]\b|\b[A-Z]?\d{5,}\b|\b(?:R|REQ|JR|JOB)[-_]?\d{3,}\b|\(?\breq\b[^)]*\)?|#\S+",
    re.I,
)


# "Position" written after a job title in scripts without spaces ("データアナリスト職").
_POSITION_SUFFIX = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])(?:職|职位|職位|岗位|崗位)(?=\s|$)"
)
# A name with an honorific after it ("ロビン・ヘイル様", "김민지 님", "王先生"): a person, not a role.
_HONOURED_NAME = re.compile(
    r"[^\s【】\[\]()（）]+?\s?(?:様|さま|殿|님|씨|先生|女士)(?=\s|$|[】\])）])"
)


def _clean_role(phrase: str, needs_role_word: bool = True) -> str | None:
    role = _ROLE_NOISE.sub(" ", _POSITION_SUFFIX.sub("", phrase))
    role = " ".join(role.split()).strip(" ,.-–—:")
    role = re.sub(r"\s+(?:and|of|&|position|role|job|vacancy|opening)$", "", role, flags=re.I)
    named = not needs_role_word or w.search(w.ROLE_NOUN, role)
    return role if role and named and len(role) <= 80 else None


def role_in_title(title: str) -> str | None:
    """The role a title names ("Interview: Acme – Product Manager, Payments"), never
    the rank of the person the round is with ("Partner Interview", "… / COO")."""
    for segment, after_with in segments(_HONOURED_NAME.sub(" ", title)):
        if after_with or not w.search(w.ROLE_NOUN, segment):
            continue
        # "数据分析师 二面", "Tweede gesprek Data-analist": the role beside the round words
        rest = without_round_words(segment) if round_words().search(segment) else segment
        if rest != segment and not re.fullmatch(_ROLE_PHRASE_ANY, rest):
            continue
        role = _clean_role(rest)
        if role and not w.INTERVIEWER_RANK.fullmatch(_BRACKETS.sub("", role).strip()):
            return _with_detail(role, title)
    return None


# A place or a way of working in brackets is no part of the role ("(London / hybrid)").
_WORK_MODE = re.compile(
    r"/|\b(?:remote|hybrid|on-?site|in[\s-]office|full[\s-]?time|part[\s-]?time|contract|"
    r"permanent|temporary|fixed[\s-]term|freelance|teilzeit|vollzeit|befristet|unbefristet|"
    r"cdi|cdd|remoto|h[íi]brido|presencial|ibrido|zdalnie|hybrydowo|distans)\b",
    re.I,
)


_BRACKETS = re.compile(r"\s*\([^()]{1,40}\)")


def _is_detail(bracket: str) -> bool:
    """Whether a bracket after a role specialises it ("(Cardiology)", "(II)") rather
    than noting something about the meeting ("(rescheduled)", "(arranged by …)"):
    a specialism is written like a name, a note like a sentence."""
    inner = bracket.strip("() ")
    return bool(inner) and (inner[0].isupper() or inner[0].isdigit())


def _with_detail(role: str, title: str) -> str:
    """The role with the detail in brackets after it ("Staff Nurse (Cardiology)"), unless
    that is a gender marker, a requisition number or a round word."""
    found = re.search(re.escape(role) + r"\s*(\([^()]{1,40}\))", title)
    if (
        not found
        or not _is_detail(found.group(1))
        or _ROLE_NOISE.search(found.group(1))
        or round_words().search(found.group(1))
        or _WORK_MODE.search(found.group(1))
    ):
        return role
    return f"{role} {found.group(1)}"


_FIELD_END = re.compile(
    r"\s+[-–—|@·•]\s+|\s+(?:at|bei|chez|en|presso|bij|w)\s+[A-Z]|\s{2,}|;\s|\.\s+(?=[A-Z])"
)


def role_in_field(text: str) -> str | None:
    """The role an applicant-tracking field gives ("Position: Data Engineer (m/w/d)").

    The label is trusted: the value needs no role word, only to be short and not an
    interview phrase. A location or the employer after a dash is cut off.
    """
    for match in w.ROLE_FIELD.finditer(text):
        value = _FIELD_END.split(match.group(1), maxsplit=1)[0]
        value = _BRACKETS.sub(lambda m: " " if _WORK_MODE.search(m.group(0)) else m.group(0), value)
        value = " ".join(_ROLE_NOISE.sub(" ", value).split()).strip(" ,.-–—:")
        if (
            value
            and len(value.split()) <= 8
            and not round_words().search(value)
            and "http" not in value
        ):
            return value
    return None


def role_in_text(text: str) -> str | None:
    """The role a description names ("… for the Senior Product Manager (Platform) role")."""
    for index, pattern in enumerate(_ROLE_IN_TEXT):
        for match in pattern.finditer(text):
            # "the Data Steward position" names a role whatever its words.
            role = _clean_role(match.group(1), needs_role_word=index > 0)
            if role:
                extra = match.group(2) if pattern.groups >= 2 else None
                if (
                    extra
                    and _is_detail(extra)
                    and not (_ROLE_NOISE.search(extra) or _WORK_MODE.search(extra))
                ):
                    role = f"{role} {extra.strip()}"
                return role
    return None


def is_supervisory(role: str | None) -> bool:
    """Whether the role named involves supervising others."""
    return bool(role and w.SUPERVISORY.search(role))

"""What an invitation says about the job: the role, in any language.

The role is read from the fields applicant-tracking systems write ("Position:",
"Stelle:", "職種："), from the title's parts, or from the description's words
("… for the Data Engineer role"). Gender markers ("(m/w/d)", "(all genders)") and
requisition numbers are not part of it.
"""

from __future__ import annotations

import re

from assistant.detect import wording as w
from assistant.detect.titles import ROUND_WORDS, segments

_ROLE_PHRASE = r"((?:[A-Z][\w&/+-]*|of|and|&)(?:,?\s+(?:[A-Z][\w&/+-]*|of|and|&)){0,6})"
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


def _clean_role(phrase: str, needs_role_word: bool = True) -> str | None:
    role = _ROLE_NOISE.sub(" ", phrase)
    role = " ".join(role.split()).strip(" ,.-–—:")
    role = re.sub(r"\s+(?:and|of|&|position|role|job|vacancy|opening)$", "", role, flags=re.I)
    named = not needs_role_word or w.search(w.ROLE_NOUN, role)
    return role if role and named and len(role) <= 80 else None


def role_in_title(title: str) -> str | None:
    """The role a title names ("Interview: Acme – Product Manager, Payments")."""
    for segment, after_with in segments(title):
        if after_with or not w.search(w.ROLE_NOUN, segment) or ROUND_WORDS.search(segment):
            continue
        role = _clean_role(segment)
        if role:
            return _with_detail(role, title)
    return None


def _with_detail(role: str, title: str) -> str:
    """The role with the detail in brackets after it ("Staff Nurse (Cardiology)"), unless
    that is a gender marker, a requisition number or a round word."""
    found = re.search(re.escape(role) + r"\s*(\([^()]{1,40}\))", title)
    if not found or _ROLE_NOISE.search(found.group(1)) or ROUND_WORDS.search(found.group(1)):
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
        value = " ".join(_ROLE_NOISE.sub(" ", value).split()).strip(" ,.-–—:")
        if (
            value
            and len(value.split()) <= 8
            and not ROUND_WORDS.search(value)
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
                if extra and not _ROLE_NOISE.search(extra):
                    role = f"{role} {extra.strip()}"
                return role
    return None


def is_supervisory(role: str | None) -> bool:
    """Whether the role named involves supervising others."""
    return bool(role and w.SUPERVISORY.search(role))

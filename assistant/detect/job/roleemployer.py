"""The employer's name written with the role: before it ("Acme Data Engineer"), in a
bracket after it ("Claims Director (Acme Mutual)"), or a university's unit taken for
the employer ("Carrow University Art Galleries").

Split from :mod:`assistant.detect.job.rolecompare`, which compares roles read in two
places.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.detect.employer.domains import squash
from assistant.detect.employer.namematch import LEGAL
from assistant.detect.places.placenames import names_a_place
from assistant.detect.words.writing import UNSPACED

# A firm's registered name in Chinese or Japanese, glued, then a dash or a bar and the
# job ("台灣精密蝕刻股份有限公司－資深製程工程師", "株式会社北辰－物流企画"): the job is
# after it.
FIRM_FIRST = re.compile(
    r"^[^\s－—–|｜-]{0,30}(?:股份有限公司|有限公司|株式会社|集团|集團)\s*[－—–|｜-]\s*(?=\S)"
)


@lru_cache(maxsize=4096)
def without_employer_first(role: str | None, company: str | None) -> str | None:
    """``role`` without the employer's name written before it ("한빛바이오 임상시험 매니저"
    for 한빛바이오 주식회사, "Acme Data Engineer" for Acme Ltd): a job title never begins
    with the employer's name. The name is compared without its legal form."""
    if not role or not company:
        return role
    words = company.split()
    while len(words) > 1 and LEGAL.fullmatch(squash(words[-1])):
        words.pop()
    short = " ".join(words)
    # 株式会社/주식회사 written first or glued on: the name is the rest
    short = re.sub(r"^(?:株式会社|주식회사|\(주\)|㈜)\s?|\s?(?:株式会社|주식회사)$", "", short)
    if len(squash(short)) < 2 or not role.startswith(short + " "):
        return role
    rest = role[len(short) :].strip(" -–—|:")
    return rest or role


# How a city's or a province's name ends in Chinese and Japanese ("深圳市", "大阪府").
_PLACE_END = re.compile(r"[市省县縣区區府県州]$")


def after_place_only(inner: str, firm: str) -> bool:
    """Whether ``inner`` (a bracket's words, squashed, in a script without spaces) opens
    the firm's squashed name ``firm`` or follows only a place there: "澜庭酒店" in
    "上海澜庭酒店管理有限公司" names the firm; "蝕刻" inside "精密蝕刻股份有限公司" is its
    trade, which a bracket after a job gives as the job's field ("資深製程工程師（蝕刻）")."""
    at = firm.find(inner)
    if at < 0:
        return False
    before = firm[:at]
    return not before or names_a_place(before) or bool(_PLACE_END.search(before))


_BRACKET_AT_END = re.compile(r"\s*[(（]([^()（）]{2,60})[)）]\s*$")  # "… (Acme)", "…（澜庭酒店）"


def without_employer(role: str | None, company: str | None) -> str | None:
    """``role`` without a bracket at its end that names the employer ("Claims Director
    (Acme Mutual)" at "Acme Mutual S.A.", "前厅经理（澜庭酒店）" at "上海澜庭酒店管理有限公司"):
    the title's bracket, of either width, said where, not what."""
    found = _BRACKET_AT_END.search(role or "")
    if not (role and found and company):
        return role
    inner, firm = squash(found.group(1)), squash(company)
    # a word from inside the name is a specialism the firm is named for too ("(Sports)"
    # at "Harbourside Orthopaedic & Sports Clinic"): the name's start, words of it, or
    # a script without spaces say the firm; a double-barrelled name ("(Durán-Albéniz)")
    # is as many words as its parts
    part = (
        firm.startswith(inner)
        or len(re.findall(r"\w+", found.group(1))) > 1
        or (UNSPACED.search(inner) and after_place_only(inner, firm))
    )
    named = inner and firm and ((inner in firm and part) or firm in inner)
    return role[: found.start()] if named else role


# A university (or college) and a unit of it named after it: "Carrow University Art
# Galleries", "University of Leeds Library", "Universidad de Sonora Museo Regional".
# A university hospital is no such unit: it hires in its own name, as a hospital does.
_UNIVERSITY_UNIT = re.compile(
    r"(?P<employer>(?:[A-Z][\w'’-]*\s+){0,3}(?:University|Université|Universidad|Universität"
    r"|Università|Universidade|Universiteit|Uniwersytet|College)"
    r"(?:\s+(?:of|de|di|do|van)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"
    r"\s+(?P<unit>(?:[A-Z][\w'’-]*\s+){0,3}(?:Galler(?:y|ies)|Library|Libraries|Museums?|Press"
    r"|Archives?|Collections?|Musée|Museo|Bibliothek|Biblioteca|Bibliothèque|Galerie))$"
)


@lru_cache(maxsize=4096)
def university_unit(
    company: str | None, role: str | None, title: str
) -> tuple[str | None, str | None]:
    """``(employer, role)`` for a job at a university's gallery, library or museum: the
    university employs the person (its careers desk sends the invites, its contract is
    signed), so it is the company; the unit is where the job is, and stays in the role
    when the title writes them together ("Registrar, Carrow University Art Galleries").
    Anything else is returned as given."""
    found = _UNIVERSITY_UNIT.fullmatch(company or "")
    if found is None:
        return company, role
    if role and f"{role}, {company}" in title:
        role = f"{role}, {company}"
    return found.group("employer"), role

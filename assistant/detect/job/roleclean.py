"""What is not part of a role, whatever its source: gender markers ("(m/w/d)", "(all
genders)"), requisition numbers, the label "position" and the articles before the job.

Split from :mod:`.roles`; the phrase a job is written as (:data:`ROLE_PHRASE`) and the
cleaning every reader of a role applies (:func:`clean_role`) live here.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.detect.job.roleseat import covers_a_region
from assistant.detect.places.placenames import is_city
from assistant.detect.text.titles import GENDER_MARK
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Vocabulary
from assistant.detect.words.vocabulary import languages
from assistant.detect.words.writing import UNSPACED

# The small words inside a job title, in the languages of ``lang/`` ("Head of Data",
# "Ingeniero/a de Datos", "Pessoa Engenheira de Dados", "Responsable des Données").
# "ds." is Polish "do spraw" ("Dyrektor ds. Likwidacji Szkód"); "and" in the other languages.
_JOINER = (
    r"(?:of|and|&|de|da|do|das|dos|del|des|di|della|du|für|vom|zum|zur|voor|van|ds\.|i|y|e|et|und|och"
    # "to" before two capitalised words: a programme's name ("Access to Justice Case
    # Manager"), not a verb after the job ("the Data Engineer to Meet the team")
    r"|to(?=[^\S\n]+[A-Z][\w'’-]*[^\S\n]+[A-Z]))(?![\w])"
)
# "·" joins an inclusive ending to its word in French ("Directeur·rice Commercial·e").
# A word's capital: of ASCII, or one of the Latin Extended-A capitals Polish, Czech,
# Turkish and Hungarian words open with ("Łańcucha", "Śląsk", "İnsan", "Řízení").
_CAP = "[A-ZŁŚŻŹĆŃŠČŽŘŤĎİŞĞŐŰ]"
ROLE_PHRASE = (
    rf"((?:{_CAP}[\w&/+·-]*|{_JOINER})(?:,?[^\S\n]+(?:{_CAP}[\w&/+·-]*|{_JOINER})){{0,6}})"
)
ROLE_NOISE = re.compile(
    # a requisition number with a letter prefix in parts ("R-2028-0319", "JR_24_1187"),
    # before its first part alone ("R-2028") can match
    r"\b[A-Z]{1,4}[-_]\d{2,}(?:[-_/]\d{2,})+\b|"
    # an applicant-tracking id of capitals and digits mixed ("R-D0F8B", "REQ-7KX2P"), in
    # capitals only: a job's own words are never written so
    r"(?-i:\b[A-Z]{1,4}[-_](?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{4,10}\b)|"
    rf"\(\s*(?:{GENDER_MARK})\s*\)"
    r"|[-–,]?\s*\b[mwfd]\s*/\s*[mwfd]\s*/\s*[dxi]\b|"
    # a bare two-letter marker closing a job, as French and other postings write it
    # ("Responsable Merchandising H/F", "Chef de projet F/H", "Buyer M/F"), in capitals
    r"(?-i:[-–,]?\s*\b(?:H\s*/\s*F|F\s*/\s*H|M\s*/\s*F|F\s*/\s*M|M\s*/\s*W|W\s*/\s*M|H\s*/\s*M|M\s*/\s*H|K\s*/\s*M|M\s*/\s*K)\b(?!\s*/))|\b[A-Z]?\d{5,}\b|\b(?:R|REQ|JR|JOB)[-_]?\d{3,}\b|\(?\breq\b[^)]*\)?|#\S+"
    # a requisition number in parts ("(2027-3391)", "12-04417")
    r"|\(\s*(?:[A-Z]{1,4}[-_ ]?)?\d{2,}(?:[-/_.]\d{2,})+\s*\)|\b\d{2,}(?:[-_]\d{3,})+\b"
    # a labelled requisition in brackets ("(Requisition BCA-0392)", "(Ref. DE-221)",
    # "(Kennziffer 12)", "(Referencia: MX-88)")
    r"|\(\s*(?:requisition|ref(?:erence|erenz|erencia|erência|érence)?|job\s*(?:id|no)|vacancy"
    r"|vacature|kennziffer|stellen-?id|n[ºo°]|id)\b\.?[^)]{0,30}\)"
    r"|\(\s*[A-Z]{1,4}[-_ ]?\d{3,}\s*\)"
    # a workload in per cent (:data:`WORKLOAD`)
    r"|\(?(?<![\w.,])\d{1,3}(?:[^\S\n]*[-–][^\S\n]*\d{1,3})?[^\S\n]*%(?!\w)\)?"
    # a posting's note on whom it welcomes, in brackets of either width ("（英語ネイティブ
    # 歓迎）", "(Spanish a plus)", "(Deutsch von Vorteil)"): a wish, not the job
    r"|[(（][^()（）]{0,40}(?:歓迎|優遇|尚可|不問|优先|優先|a\s+plus|preferred|welcome|von\s+Vorteil"
    r"|bevorzugt|souhaité|apprécié|deseable|valorad[oa]|desejável|gradit[oa]|pluspunt|meriterande)"
    r"[^()（）]{0,10}[)）]"
    # a site or a region in brackets after a job in a script without spaces ("（欧州拠点）",
    # "（上海办公室）", "(유럽)"): where the job is, as "(London / hybrid)" is; one closed by
    # a word for a region ("(유럽 지역)", "（拉美区域）") is the market the job covers
    r"|[(（](?![^()（）]{0,30}(?:지역|区域|區域|地区|地區|地域|エリア)\s*[)）])[^()（）]{0,20}(?:拠点|勤務地|本社|支社|支店|オフィス|事務所|办公室|总部|總部|驻|駐"
    r"|근무지|지사|본사|사무소|欧州|欧洲|歐洲|유럽|アジア|亚洲|亞洲|아시아|亚太|亞太|아태|北米|北美|미주)"
    r"[^()（）]{0,10}[)）]",
    re.I,
)

# A workload in per cent after the job, as Swiss and German postings write it
# ("Teamleitung Pflege 60–80 %", "Buchhalter:in (100%)"): how much, not which job; its
# dash is no title's separator.
WORKLOAD = re.compile(r"\(?(?<![\w.,])\d{1,3}(?:[^\S\n]*[-–][^\S\n]*\d{1,3})?[^\S\n]*%(?!\w)\)?")

# "Position" written after a job title in scripts without spaces ("データアナリスト職").
_POSITION_SUFFIX = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])(?:職|职位|職位|岗位|崗位)(?=\s|$)"
)


@cache  # made by ``warm_up``, not in a first detection
def _trailing_joiner() -> re.Pattern[str]:
    """Joining words and "position", "role"… left at a role's end."""
    return re.compile(rf"(?:\s+(?:{_JOINER}|position|role|job|vacancy|opening))+$", re.I)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|our|your)\s+", re.I)


def clean_role(phrase: str, needs_role_word: bool = True) -> str | None:
    role = ROLE_NOISE.sub(" ", _POSITION_SUFFIX.sub("", phrase))
    role = " ".join(role.split()).strip(" ,.-–—:")
    role = _trailing_joiner().sub("", role)
    role = _LEADING_ARTICLE.sub("", role)  # "for the Data Engineer"
    role = _after_talk_word(role)  # "Gesprek vacature …": the talk's word before the label
    role = w.POSITION_TAIL.sub("", w.POSITION_LEAD.sub("", role))  # "posizione di …", "… pozisyonu"
    role = _ELIDED_FIRST.sub("", role)  # "Poste d'orthophoniste": the job after "d'"
    role = _LEADING_REGISTERED_NAME.sub("", role)  # "(주)한빛소재 품질 매니저": firm, then job
    role = _GLUED_REGISTERED_NAME.sub("", role)  # "…有限公司物业经理": the firm ends at its form
    role = without_city_after_dash(role)  # "高级数据工程师-上海": where, not which job
    named = not needs_role_word or w.search(w.ROLE_NOUN, role)
    return role if role and named and len(role) <= 80 else None


# The last part of a role after a dash, spaced or not ("… – Leeds", "…）-上海"), or after
# a comma ("…, Leeds").
_AFTER_DASH = re.compile(r"\s*(?:[-–—]\s*|,\s+)([^-–—,\s][^-–—,]{0,30}?)\s*$")


@cache
def _english_job_head() -> re.Pattern[str]:
    """An English job's head word ("engineer", "manager", "designer"), from the
    ``job_heads``, ``role_nouns`` and ``occupations`` of ``lang/en.toml`` alone."""
    english = next(lang for lang in languages() if lang.code == "en")
    words = [
        word for kind in ("job_heads", "role_nouns", "occupations") for word in english.lists[kind]
    ]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


def without_city_after_dash(role: str) -> str:
    """``role`` without a listed city after its last dash or comma ("Buyer – Leeds",
    "物流经理（华南）-广州", "Veteriner Hekim, İzmir"): where the job is posted, as a
    bracket's city is; a team there ("– Payments", ", Payments") stays."""
    found = _AFTER_DASH.search(role)
    if (
        found
        and found.start() > 0
        and (
            is_city(found.group(1)) or _name_after_lower_job(role[: found.start()], found.group(1))
        )
    ):
        return role[: found.start()]
    return role


def _name_after_lower_job(job: str, tail: str) -> bool:
    """Whether ``tail``, after a dash or a comma, is a proper name after a job written in
    sentence case ("Kierownik działu sprzedaży, Gdańsk", "Técnico de campo – Lleida"): a
    language that writes its jobs so writes their specialism so too ("Veterinär,
    akutsjukvård"), and a capitalised word there names a place the lists may lack. A
    market ("EMEA", "Europe") or a unit ("Zespół Ryzyka", "Wydział") stays. English
    writes a team capitalised after a job in sentence case ("Software engineer,
    Payments", "Product manager – Growth"): after a job whose head is English (``lang/en.toml``'s
    job words), only a listed city is cut."""
    words = job.split()
    if len(words) < 2 or not words[0][:1].isupper() or UNSPACED.search(job):
        return False
    if _english_job_head().search(job):
        return False
    if not all(word[:1].islower() or not word[:1].isalpha() for word in words[1:]):
        return False
    # one word: a unit is written with its kind ("Zespół Ryzyka"), a city mostly alone
    return (
        re.fullmatch(r"[^\W\d_][\w'’-]+", tail) is not None
        and tail[:1].isupper()
        and not tail.isupper()
        and not w.search(w.ROLE_NOUN, tail)
        and not w.search(w.UNIT_AT_END, tail)
        and not covers_a_region(tail)
    )


def _after_talk_word(role: str) -> str:
    """``role`` from its word for the post on, when one word with no job's in it comes
    before that ("Gesprek vacature Epidemioloog", "Gespräch Stelle …"): the meeting's
    word and the post's label, then the job."""
    head, _, rest = role.partition(" ")
    if rest and not w.search(w.ROLE_NOUN, head) and w.POSITION_LEAD.match(rest):
        return rest
    return role


# An elided article or preposition before the job (French, Italian: "d'", "l'", "dell'").
_ELIDED_FIRST = re.compile(r"^(?:d|l|dell|all|nell|un)['’](?=\w)", re.I)


# A registered name glued before a job in a script without spaces ("上海华庭物业管理有限公司
# 物业经理"): the firm's name ends at its legal form, the job follows.
_GLUED_REGISTERED_NAME = re.compile(
    r"^[\u3040-\u30ff\u3400-\u9fff]*?(?:股份有限公司|有限公司|株式会社|有限会社|合同会社|주식회사)"
    r"(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)

# A registered name written before the job in a script without spaces ("株式会社ミナトヤ
# 海外マーケティングマネージャー", "주식회사 한빛 데이터 분석가", "(주)한빛소재 품질 매니저",
# "（株）ミナト 営業職"): a word holding a legal form, whole or short in brackets, and the
# name beside it when the form stands alone; the job follows the space.
_LEADING_REGISTERED_NAME = re.compile(
    r"^(?:(?:株式会社|有限会社|合同会社|주식회사)\s?\S*|\S*(?:株式会社|有限会社|合同会社|有限公司|주식회사)"
    r"|(?:[(（](?:주|株|有)[)）]|㈜|㈱)\S*)\s+(?=\S)"
)

# brackets of either width: "(Cardiology)", "（印尼方向）"
BRACKETS = re.compile(r"\s*[(（][^()（）]{1,40}[)）]")


# A field's value holding a round word is the interview's kind, not the job; a word for
# preparing is not one there ("Job Opening: Practice Manager" names a dental practice's job).
@cache
def round_in_job() -> Vocabulary:
    """The round vocabularies without the prep words ("practice", "rehearsal"), for words
    written with a job (a field's value, a team after a dash: "HR Manager – Legal
    Practice"); made on first use."""
    return Vocabulary.union(w.EXPLICIT_LATER, w.LATER_STAGE, w.LATER_CONTACT,
                            w.FIRST_ROUND, w.OTHER_INTERVIEW, w.INTERVIEW)  # fmt: skip

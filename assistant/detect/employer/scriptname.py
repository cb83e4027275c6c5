"""Registered names in scripts written without spaces (Chinese, Japanese, Korean): the
legal form stands before or after the name with no space to mark where the name ends
("上海云帆科技有限公司", "株式会社ミナト", "한빛로지스 주식회사"), so punctuation, a verb
or a particle before it and the legal form itself bound the name.

The forms are the registers' own: 有限公司 and 股份有限公司 (PRC Company Law, Hong Kong,
Taiwan), 株式会社, 合同会社 and 有限会社 (Japan's Companies Act), 주식회사 and its short forms
(주), ㈜ (Korea's Commercial Act); and the forms of foundations, associations, schools
and hospitals, written before the name: Japan's 公益財団法人, 一般社団法人, 学校法人,
社会福祉法人, 医療法人, 特定非営利活動法人 (the Act on General Incorporated Associations and
Foundations and the laws of each kind), Taiwan's 財團法人 and 社團法人, Korea's 재단법인,
사단법인 and their short forms (재), (사) (Civil Act, art. 32).
"""

from __future__ import annotations

import re

# Scripts without spaces: 有限公司 after the name, 株式会社 or 주식회사 before or after it.
_CJK = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u30fc]"
CJK_CHAR = re.compile(_CJK)

# Verbs an invite writes before an employer's name: apply to, join, attend, thank, invite.
CJK_VERB = (
    "应聘|應聘|加入|参加|參加|申请|申請|投递|投遞|欢迎|歡迎|感谢|感謝|邀请|邀請|来自|來自|入职|入職"
    "|关注|關注|选择|選擇|了解|访问|訪問"
)
# The reader addressed and the word after them, before a name in a sentence ("感谢您对
# 蓝海科技有限公司的关注", "你与…"): never part of it. Only the pronoun-led pair: a
# preposition alone ("为", "与") may be a name's own character (华为).
CJK_ADDRESSED = "(?:您|你)(?:们|們)?(?:对|對|与|與|在|向|给|給|的)?"


# The legal forms of foundations, associations, schools, welfare bodies and hospitals,
# written before the name; Korea's in full and in the bracketed short forms, brackets
# ASCII or full-width. A medical corporation's form is one whole ("医療法人社団").
_BODY_FORM = (
    "(?:公益|一般)?(?:財団|社団)法人|財團法人|社團法人|社会福祉法人|学校法人|医療法人(?:社団|財団|(?!社団|財団))"
    "|独立行政法人|特定非営利活動法人|NPO法人|재단법인|사단법인|사회복지법인|학교법인|의료법인"
    "|[(（][재사][)）]"
)
# The legal forms written before a name (株式会社 may also follow it).
CJK_PREFIX_FORM = f"{_BODY_FORM}|株式会社|合同会社|有限会社|주식회사|유한회사|[(（]주[)）]|㈜"


def registered_cjk(name: str, text: str) -> str | None:
    """上海云帆科技有限公司 or 云帆科技（上海）有限公司 for 云帆科技; 한빛데이터 주식회사 for 한빛데이터,
    미소라인치과네트워크 주식회사 for 미소라인치과.

    A city of two characters may come before the name, but not a verb ("应聘云帆科技…":
    "apply to" is no part of it)."""
    if name not in text:
        return None
    escaped = re.escape(name)
    for pattern in (
        # the city may stand in brackets before the legal form: 云帆科技（上海）有限公司
        rf"(?:(?!{CJK_VERB}|{CJK_ADDRESSED}){_CJK}{{2}})?{escaped}{_CJK}{{0,4}}(?:[（(]{_CJK}{{1,4}}[）)])?"
        r"(?:有限公司|股份有限公司|有限責任公司|有限责任公司)",
        rf"(?:{CJK_PREFIX_FORM})\s?{escaped}",
        # a word of the group's after the brand: 미소라인치과네트워크 주식회사 for 미소라인치과
        rf"{escaped}{_CJK}{{0,5}}\s?(?:株式会社|주식회사)",
    ):
        match = re.search(pattern, text)
        if match:
            return match.group(0)
    return None


# A bracketed part at a title's head, in any bracket of East Asian titles: "【云帆科技】…".
_BRACKETED_HEAD = re.compile(r"\s*[【\[［〔]([^】\]］〕]{2,30})[】\]］〕]")


def bracketed_name(title: str) -> str | None:
    """The company in brackets at the head of a title in a script without spaces:
    "【云帆科技】数据分析师 二面", "[한빛데이터] 데이터 분석가 2차 면접"."""
    match = _BRACKETED_HEAD.match(title)
    if match and CJK_CHAR.search(match.group(1)):
        return match.group(1).strip()
    return None


# A company's legal form, or a body's glued to the name it opens ("公益財団法人京都…";
# "医療法人社団 桜和会 …" runs on past a spaced one).
CJK_LEGAL = re.compile(
    rf"株式会社|有限公司|有限責任公司|주식회사|\(주\)|㈜|(?:{_BODY_FORM})(?={_CJK})"
)
# A body's legal form written first, before the name it registers ("(재)한빛문화재단"); a
# name without it is the same employer's (a company's form stays in its key: 株式会社…).
CJK_FORM_FIRST = re.compile(rf"^\s*(?:{_BODY_FORM})\s?(?={_CJK})")


def registered_part(words: list[str]) -> str:
    """The words of a signature line that make the registered name, without the
    department written after it ("杭州云帆科技有限公司 人力资源部", "株式会社ミナト 人事部
    採用担当", "한빛로지스 주식회사 인사팀"): the word holding the legal form, with the
    name beside it when the legal form stands alone."""
    at = next(i for i, word in enumerate(words) if CJK_LEGAL.search(word))
    if CJK_LEGAL.fullmatch(words[at]):
        pair = words[at - 1 : at + 1] if at > 0 else words[at : at + 2]
        return " ".join(pair)
    return _cut_from_sentence(words[at])


# Where a name in a run of text without spaces begins or ends: sentence punctuation and
# brackets ("…有限公司【采购总监】职位。"), or a verb before it ("感谢您投递…").
_CJK_BREAK = re.compile(rf"[。．，、！？：:；【】「」『』\[\]]|{CJK_VERB}|{CJK_ADDRESSED}")
_SUFFIX_LEGAL = re.compile(r"(?:股份)?有限(?:责任|責任)?公司")


def _cut_from_sentence(word: str) -> str:
    """The registered name inside ``word`` when it is a whole sentence without spaces
    ("感谢您投递华康医疗科技有限公司【采购总监】职位。" → 华康医疗科技有限公司): from after the
    last verb or punctuation before the legal form to the legal form's end, or from a
    legal form written first (株式会社…) to the next punctuation."""
    suffix = _SUFFIX_LEGAL.search(word)
    if suffix:
        starts = [m.end() for m in _CJK_BREAK.finditer(word, 0, suffix.start())]
        return word[(starts[-1] if starts else 0) : suffix.end()] or word
    legal = CJK_LEGAL.search(word)
    if legal is None:
        return word
    suffixed = _japanese_suffixed(word, legal.start(), legal.end())
    if suffixed:
        return suffixed
    after = _CJK_BREAK.search(word, legal.end())
    before = [m.end() for m in _CJK_BREAK.finditer(word, 0, legal.start())]
    return word[(before[-1] if before else 0) : after.start() if after else len(word)] or word


# Japanese writes its particles and verbs in hiragana ("この度は…株式会社の求人にご応募"):
# a hiragana run ending in a particle ends the words before a name (a name may hold
# hiragana of its own: "さくら製薬株式会社"); one right after the legal form ends the name.
_HIRAGANA = re.compile("[\u3041-\u309f]")
# A letter's opening phrase ends before the name too, though a name in hiragana follows
# its particle ("この度はひかり学園株式会社の…", "本日はさくら商事株式会社より…").
_PARTICLE_END = re.compile(
    "(?:この(?:度|たび)|今回|本日|先日|先般|このほど)は|[\u3041-\u309f]*[はがをにでとへもの](?![\u3041-\u309f])"
)


def _japanese_suffixed(word: str, start: int, end: int) -> str | None:
    """The name a Japanese sentence writes with 株式会社 after it
    ("この度は東京ライド株式会社の求人に…" → 東京ライド株式会社): from the last hiragana or
    punctuation before the legal form to the form's end, when a particle, punctuation
    or the word's end follows it; ``None`` for a legal form written first."""
    follows = word[end : end + 1]
    if follows and not (_HIRAGANA.match(follows) or _CJK_BREAK.match(follows)):
        return None
    cuts = [m.end() for m in _PARTICLE_END.finditer(word, 0, start)]
    cuts += [m.end() for m in _CJK_BREAK.finditer(word, 0, start)]
    begin = max(cuts, default=0)
    return word[begin:end] if begin < start else None


def registered_in_script(text: str) -> str | None:
    """The first registered name a description writes in a script without spaces, with
    the legal form before or after it, anywhere in its words ("(주)한빛동물약품 인사팀
    김지은입니다", "感谢您应聘华牧动物保健有限公司…"): the employer's own spelling, where
    the sender's domain romanises it ("hanbit-ah") and only a name made up from the
    domain would be left. ``None`` when no word holds such a form."""
    if not CJK_LEGAL.search(text):
        return None  # most texts: no legal form of these scripts at all
    for line in text.splitlines():
        words = line.split()
        if any(CJK_LEGAL.search(word) for word in words):
            name = registered_part(words)
            if CJK_CHAR.search(name) and len(name) <= 40:
                return name
    return None

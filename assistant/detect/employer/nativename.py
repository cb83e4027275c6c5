"""The employer's registered name in its own script, where the invites write it.

The labels name the employer as the invites write it most fully, in the script they use:
a process in Chinese, Japanese or Korean that writes 港聯工程（香港）有限公司 or 株式会社
ヘルスフロンティア is named so, even where a bilingual signature or an English round gives
the Latin form too ("Harbour Link Engineering (Hong Kong) Limited"). Only a process run
wholly in English, writing the Latin name alone, keeps the Latin name: nothing here
changes a name unless a native registered name is written

- beside the Latin name (on its line or the next or previous one): a bilingual
  signature; or
- in full in this invite or another round's, its name (legal form aside) in this
  invite's title: "[대양엔지니어링] 2차 면접" over 대양엔지니어링 주식회사.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.detect.employer.namerest import _CJK_NAME_CHAR, CJK_FORM
from assistant.detect.words.writing import UNSPACED

_BRACKETED = r"(?:[（(][\u3400-\u9fff]{1,6}[）)])?"
# 株式会社ヘルスフロンティア, 港聯工程（香港）有限公司, 대양엔지니어링 주식회사, (주)한빛
NATIVE_REGISTERED = re.compile(
    rf"(?:(?:株式会社|有限会社|合同会社)[ \t]?{_CJK_NAME_CHAR}{{2,20}}"
    rf"|\((?:주|株)\)[ \t]?{_CJK_NAME_CHAR}{{2,20}}"
    rf"|{_CJK_NAME_CHAR}{{2,20}}{_BRACKETED}[ \t]?(?:{CJK_FORM}))"
)
_FORMS = re.compile(rf"{CJK_FORM}|\((?:주|株)\)|{_BRACKETED[3:-2]}|[ \t]")


def stem(native: str) -> str:
    """``native`` without its legal form, bracketed place and spaces: 港聯工程 for
    港聯工程（香港）有限公司."""
    return _FORMS.sub("", native)


def _natives(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0).strip()) for m in NATIVE_REGISTERED.finditer(text)]


def _beside(company: str, text: str) -> str | None:
    lines = text.splitlines()
    folded = company.casefold()
    for number, line in enumerate(lines):
        if folded not in line.casefold():
            continue
        near = [line]
        for other in (number - 1, number + 1):
            if 0 <= other < len(lines) and lines[other].strip():
                near.append(lines[other])
        for part in near:
            found = _natives(part)
            if found:
                return found[0][1]
    return None


def native_name(company: str | None, title: str, text: str, others: Iterable[str]) -> str | None:
    """The native registered name to name the employer by instead of ``company``, or None.

    ``company``: the name chosen (only a Latin one is replaced); ``title``, ``text``: the
    invite's title and description; ``others``: names the calendar's other invites write
    (the employer index's names). Rules: module docstring."""
    if not company or UNSPACED.search(company) is not None:
        return None
    if not UNSPACED.search(text) and not UNSPACED.search(title):
        return None  # the cheap test first: most invites write no such script
    if found := _beside(company, text):
        return found
    candidates = [name for _, name in _natives(text)]
    candidates += [name for name in others if NATIVE_REGISTERED.fullmatch(name or "")]
    for name in candidates:
        core = stem(name)
        if len(core) >= 2 and core in title:
            return name
    return None

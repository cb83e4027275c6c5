"""A company's registered name: the short name an invite uses, with the legal form
its signature or address line writes ("Horizonte" → "Soluciones Horizonte S.L.",
"云帆科技" → "上海云帆科技有限公司").

People name an employer by its registered name when the invite gives it, and the
legal form is where that name ends: nothing after "GmbH" or "A.Ş." is part of it
(a department, a job title, an address). Legal forms are from the usual registers:
Companies House (Ltd, plc), the Irish CRO (DAC, CLG), the Handelsregister (GmbH, AG, mbB,
gGmbH) and Vereinsregister (e.V.), the Spanish and
Latin American registries (S.L., S.A. de C.V.), KRS (sp. z o.o.), Erhvervsstyrelsen
(A/S, ApS, I/S, P/S), Brønnøysundregistrene (AS, ASA, ANS, DA), and so on.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant.detect.employer.scriptname import (
    CJK_CHAR,
    CJK_LEGAL,
    registered_cjk,
    registered_part,
)
from assistant.detect.words import wording as w
from assistant.detect.words.vocabulary import compound_heads, fragments

# A legal form written after a name, as one or more tokens.
LEGAL_FORM = re.compile(
    # Peru and the Andes: closed and open stock companies (S.A.C., S.A.A.), the limited
    # company (S.R.L.) and the sole trader's limited firm (E.I.R.L.), dotted only; before
    # "S.A." and "S.r.l.", which begin two of them; Czech and
    # Slovak: akciová společnost, společnost s ručením omezeným (Obchodní rejstřík)
    # Mexico's listed company (S.A.B. de C.V., Ley del Mercado de Valores) and Spain's
    # professional firm (S.L.P., Ley 2/2007), before "S.A." and "S.L." which begin them;
    # Monaco's société anonyme monégasque (S.A.M., dotted only: "Sam" is a name)
    # Spain's sole-partner S.L.U. before the "S.L." it begins; Luxembourg's and
    # Switzerland's société à responsabilité limitée ("S.à r.l.", "Sàrl")
    r"(?:S\.L\.U\.?|S\.\s?[àa]\s?r\.\s?l\.?|S[àa]rl|S\.A\.B\.(?:\s+de\s+C\.V\.?)?|S\.L\.P\.?|S\.A\.[CAM]\.?|S\.R\.L\.?|E\.I\.R\.L\.?|spol\.\s*s\s*r\.\s?o\.|s\.\s?r\.\s?o\.|a\.\s?s\.|k\.\s?s\.|v\.\s?o\.\s?s\.|[Ss]p\.\s*z\s*o\.\s*o\.?|S\.A\.P\.I\.(?:\s+de\s+C\.V\.?)?|S\.A\.(?:\s+de\s+C\.V\.?)?"
    r"|S\.\s?L\.?|S\.p\.A\.?|SpA|S\.r\.l\.?|A\.Ş\.?|A\.S\.?|B\.V\.?|N\.V\.?|K\.K\.?|Ltda\.?"
    # a company named for its trade with the form after ("Ingenieurgesellschaft mbH",
    # "Verlagsgesellschaft mbH": Gesellschaft mit beschränkter Haftung)
    r"|GmbH(?:\s*&\s*Co\.\s*KG)?|mbH|mbB|AG|SE|KG|SAS|SARL|SA|SL|BV|NV|AB|ASA|Oy|Oyj|AS|ApS|A/S"
    # Asia-Pacific forms: Singapore, Malaysia, India, Indonesia, China and Japan in Latin letters
    r"|(?:Pte|Pvt|Pty|Private)\.?\s+(?:Ltd\.?|Limited)|Sdn\.?\s+Bhd\.?|Bhd\.?|Tbk\.?"
    r"|Co\.,?\s+(?:Ltd\.?|Limited)|G\.K\.|S\.A\.S\.?|S\.L\.U\.?|JSC"
    # the Americas (Chile's sociedad por acciones is SpA above), Türkiye, Poland, Portugal
    # and Germany in forms not listed above
    r"|S\.\s?de\s?R\.\s?L\.(?:\s+de\s+C\.V\.?)?|S/A|Ltd\.?\s+Şti\.?|[Ss]p\.\s*k\.|[Ss]p\.\s*j\.|Lda\.?"
    r"|gGmbH|gUG|UG(?:\s*\(haftungsbeschränkt\))?"
    # Denmark (Erhvervsstyrelsen): the partnerships and limited partnerships I/S, K/S, P/S,
    # the cooperative A.m.b.a. and the old IVS (A/S and ApS are above); Norway
    # (Brønnøysundregistrene): the partnerships ANS and DA, the foreign branch NUF (AS, ASA
    # and SA above). "DA" and "ANS" only in capitals: "da" and "ans" are words elsewhere.
    r"|I/S|K/S|P/S|IVS|A\.m\.b\.a\.?|AMBA|(?-i:ANS|DA|NUF)"
    # non-profit forms: Germany's registered association and cooperative (e.V., eG),
    # Mexico's civil association and society and private assistance bodies (A.C., S.C.,
    # A.B.P., I.A.P.)
    r"|e\.\s?V\.|eG|A\.C\.|S\.C\.|A\.B\.P\.|I\.A\.P\."
    # Belgium's non-profit association (vzw, asbl: the Code of Companies and
    # Associations), Sweden's economic association (ek. för., Bolagsverket), a Dutch
    # cooperative's liability clause (U.A., BW 2:56), capitals only: "u.a." is German prose
    r"|(?-i:vzw|VZW|asbl|ASBL|U\.A\.?)|ek\.\s?för\.?"
    # Quebec's partnerships, limited liability or not (S.E.N.C.R.L., S.E.N.C.: Civil Code
    # art. 2188), dotted or not
    r"|S\.E\.N\.C\.(?:R\.L\.)?|SENCRL|SENC"
    # the Gulf: free-zone companies (FZ-LLC, FZE, FZCO, DMCC), Qatar's and Bahrain's
    # W.L.L., listed and closed joint-stock companies (PJSC, QPSC, QSC, B.S.C., K.S.C.P.,
    # SAOG), Oman's single-person company (SPC); before "LLC", which ends "FZ-LLC"
    r"|FZ[- ]LLC|FZE|FZCO|FZC|DMCC|W\.\s?L\.\s?L\.?|WLL|PJSC|P\.J\.S\.C\.|Q\.?P\.?S\.?C\.?|Q\.S\.C\.|QSC"
    r"|B\.S\.C\.(?:\s?\(c\))?|BSC|K\.S\.C\.[CP]\.?|SAOG|SAOC|S\.A\.O\.G\.|SPC"
    # the forms of a profession's firms: French sociétés d'exercice libéral and civil
    # partnerships (SELARL, SELAS, SCP, AARPI), a Portuguese law firm ("– Sociedade de
    # Advogados, SP, RL": Lei 145/2015)
    r"|SELARL|SELAS|SELAFA|SCP|AARPI|(?:[–—-][ \t]+)?Sociedade[ \t]+de[ \t]+Advogados(?:,?[ \t]+SP)?(?:,?[ \t]+R\.?L\.?)?"
    r"|Ltd\.?|Limited|plc|PLC|DAC|CLG|LLC|LLP|L\.L\.C\.?|L\.L\.P\.?|Inc\.?|Corp\.?|KK"
    # a United States national bank (OCC): "N.A." for National Association; a US
    # professional corporation ("P.C.", dotted only); Canada's unlimited liability
    # corporation (ULC: Alberta, British Columbia, Nova Scotia); Iceland's public and
    # private limited companies (hf., ehf.: Fyrirtækjaskrá), dotted only
    r"|N\.A\.|P\.C\.|ULC|e?hf\.)(?![\w])",
)
# A legal form ending a name, with the space or comma before it ("Acme Pty Ltd",
# "Hilos de la Tierra, A.C."): what is left when it is cut is the name's own words.
LEGAL_END = re.compile(r"[ \t,]+(?:" + LEGAL_FORM.pattern + r")$")
# A legal form right after a name, ending it ("… Education Ltd", "…, S.A.", "… A.Ş.").
LEGAL_NEXT = re.compile(r",?[ \t]+(?:" + LEGAL_FORM.pattern + r")(?![\w&])")
_WORD = r"[^\W\d_][\w&'’.-]*"

# Up to four capitalised words, "&" or "and" (each counts as a word) may come between the name an invite uses and
# the legal form ("Redwing & Pike" → "Redwing & Pike Consulting LLP"): they are part of
# it, and so is a comma a registered name holds ("Pemberton" → "Pemberton, Sloane & Co.
# LLP", "Atlas Bank" → "Atlas Bank, N.A."), and a lower-case "and" before a capitalised
# word ("Anadolu Veteriner İlaç Sanayi" → "… Sanayi ve Ticaret A.Ş.", "Ponti e Viadotti S.p.A.",
# "Harbour" → "Harbour Ferry Terminals and Marine Ltd").
# A capital letter of the Latin scripts the names are written in: "İç Mimarlık" (Turkish),
# "Łódź", "Ørsted" as well as "Acme".
_CAPITAL = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİŁŃŇŐŒŘŚŞŠŢŤŮŰŹŻŽ]"
_AFTER_NAME = re.compile(
    # a dash before the trade the name is registered with ("Lusitano – Gestão de
    # Imóveis, S.A.", as Portuguese firms write theirs), its "de"/"da" joining the words
    rf"((?:[ \t]+[–—](?=[ \t]+{_CAPITAL}))?"
    rf"(?:,?[ \t]+(?:{_CAPITAL}[\w&'’-]*\.?|&|(?:and|und|et|e|y|ve|och|og|en|i|a|de|da|do|das|dos)"
    rf"(?=[ \t]+{_CAPITAL}))"
    r"(?![\w&'’-])){0,4})"
    # the region or country a group's company is registered for, in brackets before the
    # form ("Whitfield Rowe (Asia) Ltd", "Acme (Singapore) Pte. Ltd.")
    r"(?:[ \t]+\([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}\))?"
    r"[ \t,]*(" + LEGAL_FORM.pattern + ")"
)
# A name's closing word that abbreviates, before its full stop ("Co.", "Bros.", "Cie.")
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:Co|Cie|Bros|Cia|Hnos)$")
_HEAD_WORD = re.compile(r"(?:^|(?<=[\s|(]))([A-Z][\w&'’-]*)[ \t]+$")


@lru_cache(maxsize=4096)
def registered_name(name: str, text: str) -> str | None:
    """The registered form of ``name`` written in ``text``: ``name`` with up to one
    capitalised word before it (on the same line) and a legal form after it (up to
    four capitalised words or joiners later),
    or ``None`` when ``text`` writes no such form. Plain string search first: this
    runs on every invite that names an employer."""
    if not name or len(name) < 2:
        return None
    if CJK_CHAR.search(name):
        return registered_cjk(name, text)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        quoted = _quoted_registered(text, at, end)
        if quoted:
            return quoted
        # "Acme & Co. Freight Ltd": an abbreviation's full stop does not end the name
        dotted = text.startswith(".", end) and _ABBREVIATION_END.search(name) is not None
        legal = _AFTER_NAME.match(text, end + dotted)
        before_ok = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "&'’.-")
        if legal and before_ok:
            head = _HEAD_WORD.search(text, max(0, at - 40), at)
            words = (
                [head.group(1)]
                if head and (_is_name_word(head.group(1)) or trade_at(text, head.start(1)))
                else []
            )
            words = _openers(text, head.start(1) if words and head else at) + words
            ends_line = re.match(r"[ \t.,]*(?:\n|$)", text[legal.end() :]) is not None
            words = _line_head(text, at, ends_line) or words
            while words and _TEAM_WORD.fullmatch(words[0]):
                words.pop(0)  # "Talent Acquisition Acme AG": the team signing, then the name
            rest = " ".join(legal.group(0).split())
            written = name + "." * dotted  # the abbreviation's full stop, when it has one
            return " ".join([*words, written]) + ("" if rest.startswith(",") else " ") + rest
        at = text.find(name, end)
    return None


# The article a sentence puts before a place or a body, not a person's job: "na" and "da"
# (Portuguese), "nella", "della" (Italian), "en la", "de la" (Spanish), "at the".
_AT_THE = re.compile(
    r"(?:^|\s)(?:na|no|da|do|pela|pelo|nella|della|presso\s+la|en\s+la|de\s+la|at\s+the)[ \t]+$",
    re.I,
)


def trade_at(text: str, at: int) -> bool:
    """Whether the job's word opening a registered name at ``text[at:]`` is the firm's
    trade ("… Regulatórios na Farmacêutica São Lourenço Ltda."): after "na", "at the",
    a body is named, never a job."""
    word = _WORD_AT.match(text, at)
    return bool(word and w.search(w.ROLE_NOUN, word.group(0)) and _AT_THE.search(text, 0, at))


_WORD_AT = re.compile(r"[\w'’-]+")


# A registered name's words before the part an invite uses, from the start of a line:
# up to four capitalised words joined by spaces or a joining word ("Ingeniería y
# Construcción", "Farmacêutica"); a line of its own is the signature's company line.
_LINE_HEAD = re.compile(
    r"(?:^|(?<=\n))[ \t]*((?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*[ \t]+(?:(?:y|e|i|et|und|and|ve|og|och|en|&)"
    r"[ \t]+)?){1,4})$"
)


# The words of a recruiting or people team's name heading a signature's company line
# ("Talent Acquisition Acme AG", "HR Acme GmbH", "Recrutement Acme SAS"): no name's words.
_TEAM_WORD = re.compile(
    r"talents?|acquisition|recruit\w*|recrut\w*|reclut\w*|rekryt\w*|rekrut\w*|werving|hr|rh|ik"
    r"|people|culture|&|personal\w*|human|resources|ressources|humaines|recursos|humanos"
    r"|risorse|umane|careers?|karri\w*|carri\w*",
    re.I,
)


def _line_head(text: str, at: int, ends_line: bool) -> list[str]:
    """The words from the start of ``text``'s line to ``at``, when they read as the
    first words of a registered name: capitalised, maybe joined ("Ingeniería y
    Construcción" before "Cordillera SpA"), none a greeting, a meeting's, a group's or
    an interview's word. A trade's word may be one ("Farmacêutica") when the name
    ``ends_line``: a line of its own is the signature's company line."""
    found = _LINE_HEAD.search(text, max(0, at - 80), at)
    if found is None:
        return []
    words = found.group(1).split()
    capitalised = [word for word in words if word[0].isupper()]
    if any(
        word.lower() in _NOT_NAME_START
        or w.search(w.INTERVIEW, word)
        or w.search(w.MEETING_NOUN_AT_END, word)
        or _group_or_interview().search(word)
        or (not ends_line and w.search(w.ROLE_NOUN, word))
        for word in capitalised
    ):
        return []
    return words


def _quoted_registered(text: str, at: int, end: int) -> str | None:
    """The registered name around a quoted ``text[at:end]``: the institution's words
    before the quote, the legal form after it ("Centrum Rehabilitacji „Jaskółka” sp. z
    o.o.", as Polish and German names quote their own part)."""
    if not (at > 0 and text[at - 1] in '„“"«' and text[end : end + 1] in '”“"»'):
        return None
    legal = _LEGAL_AFTER_QUOTE.match(text, end + 1)
    lead = _LEAD_WORDS.search(text, max(0, at - 80), at - 1)
    if not legal or not lead:
        return None
    return f"{lead.group(1).strip()} {text[at - 1 : end + 1]} {legal.group(1)}"


_LEGAL_AFTER_QUOTE = re.compile(r"[ \t,]*(" + LEGAL_FORM.pattern + ")")
_LEAD_WORDS = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĄĆĘŁŃÓŚŹŻ][\w'’-]*[ \t]+){1,4}?)[ \t]*$")


# Words that open a company's name before the part an invite uses: a surname's particles
# ("Van der Meulen Data"), a group's word ("Grupo Alcázar Datos", "Groupe …").
_OPENER_WORDS = """van der den de del della des di da do dos das du von zu ten ter te la le los
    las mc mac grupo groupe gruppo grupa grup gruppe group groep"""
NAME_OPENERS = frozenset(_OPENER_WORDS.split())
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+$")


_PART_START = re.compile(r"(?:^|[\n|(–—:]|\s-)[ \t]*$")


def _openers(text: str, at: int) -> list[str]:
    """The particles and group words right before ``text[at:]``, when the first of them
    has a capital ("Van der", "Grupo"; never "bei der")."""
    words: list[str] = []
    while (before := _WORD_BEFORE.search(text, max(0, at - 20), at)) and (
        before.group(1).lower() in NAME_OPENERS
    ):
        words.insert(0, before.group(1))
        at = before.start(1)
    # "Transmisora del Bajío", "Gasoductos del Pacífico": a capitalised word opening a
    # line or a part before a lower-case particle is the name's own first word (not
    # "Reunión de Acme S.A." inside a sentence)
    head = _HEAD_WORD.search(text, max(0, at - 40), at) if words and words[0].islower() else None
    if (
        head
        and _is_name_word(head.group(1))
        and not w.search(w.MEETING_NOUN_AT_END, head.group(1))
        and _PART_START.search(text, 0, head.start(1))
    ):
        words.insert(0, head.group(1))
    while words and not words[0][0].isupper():
        words.pop(0)
    return words


def is_name_word(word: str) -> bool:
    """Whether ``word`` may open a company's name: no greeting, round word or job."""
    return _is_name_word(word)


def _is_name_word(word: str) -> bool:
    return (
        bool(re.fullmatch(_WORD, word))
        and word.lower() not in _NOT_NAME_START
        and not w.search(w.ROLE_NOUN, word)
        # "Intervju Nordvik Energi AB", "Entrevista Acme S.A.": a round word, in any language
        and not w.search(w.INTERVIEW, word)
        # "Equipe Acme S.A.", "HR-team Acme NV", "Telefoninterview Acme AG": who signs or
        # what the meeting is, not the name's first word
        and not _group_or_interview().search(word)
    )


@cache
def _group_or_interview() -> re.Pattern[str]:
    """A word naming a group of people (``people_not_names`` of ``lang/``: "Team",
    "Équipe", "Direktion"), alone or after a hyphen ("HR-team"), or a compound closing
    with such a word or an interview's ("Telefoninterview", "Personalleitung")."""
    groups = "|".join(fragments("people_not_names", True))
    heads = "|".join(compound_heads("interview", "people_not_names"))
    return re.compile(rf"(?:^|-)(?:{groups})$|\w(?:{heads})$", re.I)


# Words that start a sentence or an invite before a name, never a company's first word.
_NOT_NAME_START_WORDS = """hi hello hallo dear liebe lieber bonjour hola ciao hej beste at bei
    with mit and und the der die das le la el il de van interview interviews meeting call team
    welcome thanks thank dank gracias merci grazie"""
_NOT_NAME_START = frozenset(_NOT_NAME_START_WORDS.split())


_GLOSS_LINE_START = re.compile(r"(?:^|\n|[|•·:：]|\s[-–—]\s)\s*")


@lru_cache(maxsize=4096)
def glossed_name(found: str, text: str) -> str | None:
    """The name written before ``found`` when ``found`` is its gloss in brackets: a
    signature giving the name in its own script and then in Latin letters
    ("瀚林供应链管理有限公司（Hanlin Supply Chain Co., Ltd.）"), or a registered
    name and then its short form ("Deutsche Bahn AG (DB)"). People write the first."""
    at = text.find(found)
    while at > 0:
        bracket = re.search(r"[（(]\s*$", text[max(0, at - 3) : at])
        if bracket:
            opened = max(0, at - 3) + bracket.start()
            before = text[max(0, opened - 80) : opened]
            starts = list(_GLOSS_LINE_START.finditer(before))
            name = before[starts[-1].end() :].strip() if starts else before.strip()
            if 2 <= len(name) <= 60 and (CJK_CHAR.search(name) or LEGAL_FORM.search(name)):
                return name
        at = text.find(found, at + len(found))
    return None


# Where a signature's line is cut into parts: "HR | Porto Vivo S.p.A.", "Ana – Acme AB".
_LINE_PARTS = re.compile(r"\s[|•·]\s|\s[-–—]\s")


@cache  # made by ``warm_up`` (a thousand characters to compile), not in a first detection
def _ending_in_legal_form() -> re.Pattern[str]:
    """A part ending in a legal form, after a space or alone ("Nordlager AB")."""
    return re.compile(r"(?:^|\s)(?:" + LEGAL_FORM.pattern + r")\.?$")


@lru_cache(maxsize=256)
def signature_name(text: str) -> str | None:
    """A registered name written as a line of its own, last first: the signature's
    company line ("Nordlager AB", "Deniz Lojistik A.Ş.", "한빛로지스 주식회사"), or
    the last part of a line cut by "|" ("HR | Porto Vivo S.p.A."). A legal form says
    where the name ends, so no domain is needed to confirm it."""
    for line in reversed(text.splitlines()[-12:]):
        part = _LINE_PARTS.split(line.strip())[-1].strip(" ,")
        words = part.split()
        if not 1 <= len(words) <= 6 or len(part) > 60 or w.AGENCY.search(part):
            continue
        if CJK_LEGAL.search(part):
            return registered_part(words)
        if len(words) >= 2 and _ending_in_legal_form().search(part):
            return part
    return None


# A registered name in a sentence: capitalised words, "&", "and" or a particle ("de")
# between two of them, then a legal form ("… RH da Trilhos Paulista Engenharia Ltda. está confirmada").
_REGISTERED_IN_WORDS = re.compile(
    rf"(?<![\w&'’.-])({_CAPITAL}[\w&'’-]*(?:(?:[ \t]+(?:&|and|und|et|e|y|ve|och|og|en"
    r"|de|del|della|di|du|des|da|do|dos|das|van|von|der))?"
    rf"[ \t]+{_CAPITAL}[\w&'’-]*){{0,4}})"
    r",?[ \t]+(" + LEGAL_FORM.pattern + r")(?![\w&])"
)
# Short forms that are words or abbreviations too ("SE" a direction, "AS" a word)
_AMBIGUOUS_FORMS = frozenset({"SE", "AS", "DA", "ANS", "KK"})


def registered_in_words(text: str) -> str | None:
    """The first registered name written anywhere in ``text``'s sentences, the Latin
    scripts' counterpart of :func:`.scriptname.registered_in_script` ("Sua entrevista com
    o RH da Trilhos Paulista Engenharia Ltda. está confirmada", "Brennan & Marsh Transport
    Engineers LLP invites you …"): capitalised words and a legal form, without the
    greeting, round or team words before them. An agency's name and a short form that is
    a word too ("SE", "AS") are passed over; ``None`` when no sentence writes one."""
    if not LEGAL_FORM.search(text):
        return None  # most texts: no legal form at all
    for found in _REGISTERED_IN_WORDS.finditer(text):
        if found.group(2) in _AMBIGUOUS_FORMS:
            continue
        words = found.group(1).split()
        while words and (
            not (_is_name_word(words[0]) and words[0][0].isupper())
            or _TEAM_WORD.fullmatch(words[0])
        ):
            words.pop(0)  # "Talent Team Acme SA": the team, then the name
        if not words:
            continue
        name = found.group(0)[found.group(0).find(words[0]) :]
        if not w.AGENCY.search(name):
            return name
    return None

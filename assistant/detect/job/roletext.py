"""The job a description names in its sentences ("… for the Senior Product Manager
(Platform) role", "le poste de Chef du service sinistres", "we're hiring a Director of
Revenue"), or on a line after its employer ("Acme Insurance – Claims Manager.").

Titles and applicant-tracking fields are read by :mod:`.roles`; this module reads the
free text around them, with the same idea of a job's words (:data:`.roleclean.ROLE_PHRASE`,
:func:`.roles.clean_role`).
"""

from __future__ import annotations

import re

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.employer.namematch import COMPANY_WORD
from assistant.detect.job.bracketnote import whom_or_unit
from assistant.detect.job.inclusive import with_glued_endings
from assistant.detect.job.jobbracket import MEETING_NOTE, is_detail, mode_or_places
from assistant.detect.job.roleclean import ROLE_NOISE, ROLE_PHRASE, clean_role
from assistant.detect.job.roles import interviewer_and_title
from assistant.detect.job.specialism import (
    CLOSED,
    DASH_SPECIALISM,
    REQUISITION,
    with_labelled_specialism,
    with_specialism,
)
from assistant.detect.job.vacancytext import not_specialism, role_after_vacancy_word
from assistant.detect.who.names import is_form_of_address
from assistant.detect.words import wording as w

_ROLE_IN_TEXT = [
    re.compile(
        # "about Development Executive role": the user's own note leaves out the article
        r"\b(?:the|our|your|a|an|about)\s+"
        + ROLE_PHRASE
        # a bracket, or a specialism after a dash ("Operations Manager - Festivals"), may
        # come between the job and "position"
        + r"(\s*\([^)]{1,40}\)|"
        + DASH_SPECIALISM
        + "(?:"  # its requisition after it ("the Buyer – Metals (Req #12) role")
        + REQUISITION
        # or a site's bracket ("the Buyer – Metals (Leeds, West Yorkshire) vacancy")
        + r")?(?:\s*\([^)]{1,40}\))?)?"
        # "the Centre Manager gig", "the Ecologist opportunity": words for the vacancy too
        + r"\s+(?:role|position|job|opening|vacancy|opportunity|gig|post)\b"
    ),
    re.compile(
        r"\b(?:position|post|role|job|Stelle|Position|poste|puesto|posici[óo]n|posizione|functie|vaga|cargo|[Cc]argo:|fun[çc][ãa]o"
        r"|vacante|vacature|rol|rollen|stanowisko|tjänsten)\s+(?:of|as|als|de|d'|di|van|para|som)?\s*"
        r"(?:[A-Z]?\d{4,}\s+)?"
        + ROLE_PHRASE
        # its specialism in brackets closing the sentence or its clause ("the post of
        # Senior Dental Officer (Special Care).", "el puesto de Intérprete (Spanish/English), la …")
        + r"(\s*\([^)]{1,40}\)(?=[.!?,](?:\s|$)))?"
    ),
    # a note naming the recruiter and then the job: "Recruiter Ana Ruiz – Senior Buyer
    # (Madrid)"; the recruiter's own title is said, so the job follows the dash
    re.compile(
        r"\b(?:[Rr]ecruiter|[Hh]eadhunter|[Tt]alent\s+[Pp]artner|HR|[Pp]ersonalberater(?:in)?"
        r"|[Rr]ecruteur|[Rr]ecruteuse|[Rr]eclutador(?:a)?|[Rr]ekruter(?:ka)?|[Rr]ecruitment\s+[Cc]onsultant)"
        r":?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+[–—-]\s+" + ROLE_PHRASE
    ),
    # the application, named with its job ("Ihre Bewerbung als …", "votre candidature
    # au poste de …", "din ansökan som …", "je sollicitatie als …")
    re.compile(
        r"\b(?:Bewerbung|candidature|candidatura|sollicitatie|ansökan|aplikacj[aię]|başvurunuz)"
        r"\s+(?:als|comme|como|come|per|para|pour|voor|som|na\s+stanowisko|au\s+poste\s+d[e'’])"
        r"\s*" + ROLE_PHRASE
    ),
    re.compile(
        # "for the …", "as …", and "re …" (regarding) before the job a note speaks of
        # and a tracking mail's "Thanks for applying to …", a booking's "Regarding: …"
        r"\b(?:for|as|re|[Rr]e:|[Rr]egarding:?|appl(?:y|ying|ied)\s+to)\s+(?:the\s+|a\s+|an\s+)?"
        + ROLE_PHRASE
        # "for Site Engineer (in-house) at Acme": a bracket inside the sentence's job
        # or ending the sentence ("applying for Planner (Coastal Projects).")
        + r"(\s*\([^)]{1,40}\)(?=\s+(?:at|with|in|role|position|job)\b|[.!?](?:\s|$))"
        # or a specialism after a dash, before the employer, the bracket's or the line's
        # end ("for Senior Geologist – Core Logging & QA/QC at …", "(Analyst – Credit Risk)")
        + r"|"
        + DASH_SPECIALISM
        + CLOSED
        + ")?"
    ),
    # the position word after the job, as Turkish writes it ("… Kargo Operasyon Müdürü
    # pozisyonu için", "Kıdemli Ürün Yöneticisi kadrosu"): the job before it, its words
    # capitalised in any Latin letters ("Ürün", "İş")
    re.compile(
        r"(?<![\w'’])((?:{cap}[\w&/+-]*)(?:[^\S\n]+(?:{cap}[\w&/+-]*|ve)){{0,6}})"
        # its specialism in brackets between ("… Müdürü (Rüzgâr & Depolama) pozisyonu")
        r"(\s*\([^)]{{1,40}}\))?\s+(?:pozisyon|kadro)\w*\b".format(cap="[^\\W\\d_a-zß-ÿığş]")
    ),
    # the employer's own message: "we're hiring a Director of Revenue to lead …", and an
    # agency's: "retained by Acme to recruit a Key Account Manager"
    re.compile(
        r"\b(?:hiring|recruiting|looking\s+for|searching\s+for|suchen|recrutons|recherchons"
        r"|buscamos|procuramos|cerchiamo|zoeken|söker|szukamy"
        # an agency retained "to recruit a …", "pour recruter un …", "para contratar a un …"
        r"|to\s+(?:recruit|hire|find)|pour\s+recruter|para\s+(?:contratar|reclutar)(?:\s+a)?"
        r"|per\s+(?:selezionare|assumere))\s+"
        r"(?:(?:a|an|eine[nm]?|un|une|una|uno|um|uma|een|en|ett)\s+)?"
        # "retained by Acme to find their new Head of Operations": the client's job
        r"(?:(?:their|its|the\s+client['’]s)\s+)?(?:new\s+|next\s+)?" + ROLE_PHRASE
    ),
    # the user's own words: "Senior Product Manager role." opening a sentence, or a
    # sentence that is only the job ("Product Lead, Autonomy.")
    # also after a form's question and a mail's "Re:" ("…prepare for our meeting.: Re: Head
    # of Data role you messaged me about")
    re.compile(
        r"(?:^|(?<=[.!?:]\s))(?:(?:Re|RE|Fwd?|FW|AW|WG):\s+)?"
        + ROLE_PHRASE
        + r"\s+(?:role|position|job)\b",
        re.M,
    ),
    # (not whom the user meets: "With CEO.", "Mit Vorstand.")
    re.compile(
        r"(?:^|(?<=[.!?]\s))(?!(?:With|Mit|Avec|Con|Com|Met|Med|Z|Ze|Ile)\s)"
        + ROLE_PHRASE
        + r"\.(?=\s|$)",
        re.M,
    ),
    # a job in a script without spaces closed by its word for the post and what one
    # applies to ("国際ニュース編集長ポジションにご応募", "アンダーライター職に", "核保经理岗位的"):
    # katakana and kanji after a particle ("の" ends the employer before it) or after
    # applying in Chinese ("应聘", "申请"), where no particle parts the words
    # or after "about" ("关于…职位，"); its translation in Latin letters in brackets
    # ("（Property Manager）") is no part of it; "在職", "離職", "転職" are a state, no post
    re.compile(
        r"(?:(?<=[のは、。「『】\s])|(?<=应聘|申请|應聘|申請|关于|關於))([\u30a0-\u30ff\u3400-\u9fff]{2,20}?)"
        r"(?:[（(][^（）()\u3040-\u30ff\u3400-\u9fff]{1,40}[）)])?(?:ポジション|職位|职位|岗位|崗位"
        r"|(?<![在離离求轉转転就退現现辞辭休任兼復复停免失到])職)(?=に|へ|で|の|的|。|，|、)"
    ),
    # a scheduler's line "Interview for Senior Textile Designer at Harbor & Hem Inc.",
    # "Your interview for … at …": between "interview for" and "at" and the employer's
    # capital only the job is written, whatever its words
    # and its specialism after a dash ("… for Senior Geologist – Core Logging & QA/QC at …")
    re.compile(
        r"\b[Ii]nterview\s+for\s+" + ROLE_PHRASE + "(" + DASH_SPECIALISM + r")?(?=\s+at\s+[A-Z])"
    ),
    # a message's subject as job sites and recruiters write it, "Re: Lock Keeper – Inland
    # Waterways opportunity at Acme": opening its line or sentence, the words before the
    # word for the vacancy and the employer's capital are only ever the job
    re.compile(
        r"(?:^|(?<=[.!?:]\s))(?:(?:Re|RE|Fwd?|FW|AW|WG):\s+)?"
        r"(?!(?:The|This|That|An?|Our|Your|Their|Its|My|New|An\s+exciting)\s)"
        + ROLE_PHRASE
        + r"("
        + DASH_SPECIALISM
        + r")?\s+(?:opportunity|vacancy|opening|role|position)\s+(?:at|with)\s+(?=[A-Z])",
        re.M,
    ),
    # the thanks for applying, as Spanish and Portuguese write it ("gracias por aplicar a
    # …", "tu postulación para …", "postularte para …", "candidatar-se à …"): the job,
    # its specialism after a dash too, closed by a bracket's place or the sentence's end
    re.compile(
        r"\b(?:aplicar|aplicaste|postular(?:te|se)?|postulaste|postulaci[óo]n|candidatar(?:-se|te)?)"
        r"\s+(?:a|al|para|à|ao|en)\s+(?:(?:el|la|o|a)\s+)?"
        r"(?:(?:puesto|cargo|vaga|posici[óo]n|b[úu]squeda)\s+(?:de\s+)?)?"
        + ROLE_PHRASE
        + "("
        + DASH_SPECIALISM
        + r"(?=(?:\s*\([^)]{1,40}\))?\s*[.!?,](?:\s|$)))?"
    ),
    # a scheduler's "… about Senior Buyer (Metals) @ Acme": the job before "@" and the
    # employer's capital, its specialism in brackets too
    re.compile(r"(?:^|(?<=\s))" + ROLE_PHRASE + r"(\s*\([^)]{1,40}\))?\s+@\s+(?=[A-Z])", re.M),
    # a booking form's question on the job and its answer ("Which posting are you
    # interested in?: Night Nurse (Leeds)", "Which role?: Buyer")
    re.compile(
        r"\b(?:posting|position|role|job|vacancy|vacature|puesto|vaga|poste|Stelle)\b[^?\n]{0,40}\?:?"
        r"[^\S\n]*" + ROLE_PHRASE
    ),
    # a job in a script without spaces in corner brackets before the word for the post
    # ("「海外営業マネージャー」ポジション", "「品质经理」岗位"; one with a bracket of its own
    # is a quotation's, :mod:`.quotedrole`), or with its specialism in
    # brackets of that script ("データサイエンティスト（需要予測）ポジションについて")
    re.compile(
        r"(?<=[「『])([\u30a0-\u30ff\u3400-\u9fffA-Za-z]{2,30}?)[」』]的?"
        r"(?:ポジション|職|职位|職位|岗位|崗位)"
    ),
    re.compile(
        r"(?:(?<=[のは、。\s])|(?<=应聘|申请|應聘|申請))([\u30a0-\u30ff\u3400-\u9fff]{2,20}?"
        r"[（(][\u30a0-\u30ff\u3400-\u9fff]{1,15}[）)])(?:ポジション|職|职位|職位|岗位|崗位)"
    ),
    # a job in Korean before its word for the post and applying or "about" ("… 해외영업
    # 매니저 포지션에 지원해 주셔서", "품질 엔지니어 직무에 대한"), opening its sentence
    re.compile(
        r"(?:^|(?<=[.!?。]\s)|(?<=[「『]))((?:[\uac00-\ud7af\w()（）]+[^\S\n]){0,3}"
        r"[\uac00-\ud7af\w()（）]+?)[^\S\n]*(?:포지션|직무)(?:(?:에|으로|의)[^\S\n]*(?:지원|대한|관한)"
        # or the round of its process after it ("… 포지션 1차 면접", "… 직무 최종 면접")
        r"|[^\S\n]+(?:\d차|최종|실무|임원)[^\S\n]*(?:\S+[^\S\n]+)?면접)",
        re.M,
    ),
    # a job in Chinese, Japanese or Korean inside a sentence in Latin letters ("your
    # interest in the 物流マネージャー (Logistics Manager) position"): before the word
    # for the vacancy, its translation in brackets between, only a job is written
    re.compile(
        r"\b(?:the|our|your|this)\s+({cjk}+(?:[^\S\n]{cjk}+){{0,3}})"
        r"(?:\s*[（(][^()（）\n]{{1,50}}[)）])?\s+(?:role|position|job|opening|vacancy|post)\b".format(
            cjk="[\u30a0-\u30ff\u3400-\u9fff\uac00-\ud7af]"
        )
    ),
]


# A bracket closing a job's specialism after a dash, before the word for the vacancy:
# where the job is ("(Newport, South Wales)"), not its specialism.
_SITE_AFTER = re.compile(r"(?<!\))\s*\([^()]{1,40}\)$")


def _is_qualifier(bracket: str) -> bool:
    """Whether a lower-case bracket inside a sentence's job is part of the job title
    ("Site Engineer (in-house)", "Planner (nights)"): a word or two, no note about the
    meeting. Gender markers are dropped before (:data:`ROLE_NOISE`)."""
    inner = bracket.strip("() ")
    return (
        0 < len(inner.split()) <= 2
        and not MEETING_NOTE.search(inner)
        and not whom_or_unit(inner)  # "(APAC)", "(Team Nord)": where the job sits
    )


# A job written in sentence case after the label that introduces it ("le poste de
# Responsable indemnisation dommages (H/F)", "rollen som Gruppchef skadereglering."): its
# lower-case words, up to four, when they run to the sentence's end, a bracket or the
# employer's preposition ("… chez notre client"); a small word among them ends the job.
_SMALL_WORD = (
    r"(?:and|or|to|with|who|will|you|your|the|a|an|und|mit|et|avec|pour|y|con|e|com|en|met"
    r"|och|med|i|z|oraz|ve|il|la|le|les|el|los|het|die|der|das|is|ist|est|es|är|jest|wird|was"
    r"|sera|has|hat|heeft|har|ha|tem|ma|foi|fue|fu|wurde|werd|blev|został\w*|sido|été|são|son|sono|zijn"
    # a possessive begins the employer's phrase ("… de nuestro cliente", "… de notre client")
    r"|our|their|nuestr[oa]s?|notre|nos|nostr[oa]|noss[oa]s?|onze|unser\w*|vår\w*|nasz\w*"
    # the employer's preposition ("… bei uns", "… chez nous"): where, not the job
    r"|bei|chez|at|presso|bij|hos|på)"
)
_LOWER_TAIL = re.compile(
    # "en" and a field in lower case after it are the job's in French and Spanish
    # ("Physiothérapeute en réadaptation …", "Técnico en prevención"), when they close it
    rf"(?:\s+en(?=\s+[^\W\d_A-Z]))?(?:\s+(?!{_SMALL_WORD}\s)[^\W\d_A-Z][\w'’-]+){{1,4}}"
    # closed as a sentence or a clause is, by the employer's preposition, or by a
    # spaced dash before the job's specialism ("… senior – dépôt PVD")
    r"(?=\s*(?:[.,;!?(\n]|$)|\s+(?:chez|at|bei|bij|presso|hos|på|w|na|en)\s|\s+[-–]\s)"
)
# Lower-case words up to one written with a middle-dot ending ("administratif·ve",
# "comptable et financier·ère"), "and" between two of them: the words the last inclusive
# one closes are the job's too; those after it are the sentence's.
_LOWER_WORD = r"(?:(?:et|and|und|y|e|i|en|och)\s+)?[^\W\d_A-Z][\w'’-]*"
_INCLUSIVE_TAIL = re.compile(rf"(?:(?:\s+{_LOWER_WORD}){{0,3}}?\s+{_LOWER_WORD}·\w+(?:·\w+)?)+")
# The patterns whose label says a job follows ("poste de", "Bewerbung als", "rollen som").
_LABELLED = (1, 3)
# The patterns that say a job is written there whatever its words: "the … role", an
# application "als …", "… pozisyonu"; and the label "position" with its small word
# before the job ("the position of …", "le poste de …", "Stelle als …", :func:`_tied`);
# a subject's "… opportunity at <employer>".
_WHATEVER_ITS_WORDS = (0, 3, 5, 9, 10, 11, 12, 14, 15, 16, 17, 18)
_TIED = re.compile(r"\s(?:of|as|als|de|d['’]|di|van|para|som)\s*$")
# The word for the post after its article or preposition, the job right after it ("voor
# de functie …", "na stanowisko …", "för tjänsten …", "para a vaga …", "el puesto …"):
# in these languages nothing but a job is written there.
_ARTICLE_AND_POST = re.compile(
    r"(?:\b(?:de|het|la|el|a|na|för|voor|om|le|il|la|do|da|en)\s+)"
    r"(?:functie|vacature|stanowisko|tjänsten|vaga|vacante|puesto|poste|posizione|rol|rollen)\s+$"
)
# "a cargo de …" is "at the expense of …" in Spanish: a payer, not a post.
_NOT_A_POST = re.compile(r"cargo\b", re.I)


def _tied(index: int, match: re.Match[str]) -> bool:
    """Whether ``match`` of the ``index``-th pattern names its job where only a job is
    written (:data:`_WHATEVER_ITS_WORDS`), so that the job needs no listed word."""
    if index in _WHATEVER_ITS_WORDS:
        return True
    if index != 1 or _NOT_A_POST.match(match.string, match.start()):
        return False
    text = match.string
    return bool(
        _TIED.search(text, match.start(), match.start(1))
        or _ARTICLE_AND_POST.search(text, max(0, match.start() - 12), match.start(1))
    )


def _end_of(phrase: str, text: str, start: int) -> int | None:
    """Where ``phrase`` (a job's words, their lower-case tail too) ends in ``text``
    when written there from ``start``; ``None`` when it is written otherwise."""
    written = " ".join(text[start : start + len(phrase) + 20].split())
    return (
        start + len(phrase)
        if written.startswith(phrase) and text.startswith(phrase, start)
        else None
    )


def _with_lower_tail(phrase: str, text: str, end: int) -> str:
    """``phrase`` with the sentence-case words written after it in ``text`` from ``end``;
    after a job in inclusive writing, its adjectives in inclusive writing too, joined by
    "et" ("Directeur·rice administratif·ve et financier·ère au sein de …"): a word with a
    middle-dot ending is a word for a person, so the job's, wherever the sentence goes."""
    inclusive = _INCLUSIVE_TAIL.match(text, end) if "·" in phrase else None
    tail = inclusive or _LOWER_TAIL.match(text, end)
    return f"{phrase} {' '.join(tail.group(0).split())}" if tail else phrase


# A line ending in the employer and then the job after a dash ("… with Ana Ruiz (TA),
# Northwind Insurance Company – Farm Claims Team Manager."), or after a bar as
# schedulers head their invites ("Acme Media Inc. | Producer, Factual"): the job, its
# specialism after a comma too, closes the line.
_JOB_AFTER_EMPLOYER = re.compile(
    r"(?:^|,\s)([^,\n–—|]{2,60})\s[–—|-]\s" + ROLE_PHRASE + r"\.?[ \t]*$", re.M
)


def _role_after_employer(text: str) -> str | None:
    """The job a line names after its employer and a dash, when the part before the dash
    is written as a firm (a company word or a legal form: "Insurance Company", "AG")."""
    for match in _JOB_AFTER_EMPLOYER.finditer(text):
        firm = match.group(1).split()
        if any(COMPANY_WORD.fullmatch(word) for word in firm[1:]) or LEGAL_FORM.search(
            match.group(1)
        ):
            # a registered name before the dash ("Cygnet Animal Health, Inc. – …"): what
            # follows is the job, whatever its words, unless it is a firm too (a
            # signature's "People & Culture | Kestrel & Finch GmbH" runs the other way)
            job = match.group(2)
            # one word after a signature's bar is the firm's site ("Acme ApS | Esbjerg"),
            # where a dash sets off the job ("Acme Ltd. – Farrier")
            barred = match.string[match.end(1) : match.start(2)].strip() == "|"
            registered = (
                LEGAL_FORM.search(match.group(1)) is not None
                and not (
                    LEGAL_FORM.search(job)
                    or any(COMPANY_WORD.fullmatch(word) for word in job.split())
                )
                and (len(job.split()) > 1 or not barred)
            )
            return clean_role(job, needs_role_word=not registered)
    return None


# A name's first letter after a form of address and its full stop, if it has one.
_NAME_NEXT = re.compile(r"\.?[^\S\n]+(?=[^\W\d_])")


def _rank_before_name(words: str, text: str, end: int) -> bool:
    """Whether the job's ``words``, ending at ``end`` in ``text``, close on a form of
    address before a capitalised name ("Genel Müdür Sn. Ali Kaya", "our Head of Data
    Mr. Tom Reed"): the rank of the person the user meets, introduced by name, not the
    job. Forms of address are :func:`.who.names.is_form_of_address`'s."""
    last = words.rsplit(None, 1)[-1]
    after = _NAME_NEXT.match(text, end)
    if after is None or not text[after.end()].isupper():
        return False
    return is_form_of_address(last + "." if text.startswith(".", end) else last)


def role_in_text(text: str) -> str | None:
    """The role a description names ("… for the Senior Product Manager (Platform) role"),
    or else the job a line gives after its employer ("Acme Insurance – Claims Manager."),
    or a sentence after its word for the vacancy (:mod:`.vacancytext`)."""
    return (
        with_glued_endings(_role_in_sentences, text)
        or _role_after_employer(text)
        # "… à posição de Diretor Comercial", "über die Rolle Senior Engineer …"
        or with_glued_endings(role_after_vacancy_word, text)
    )


def _role_in_sentences(text: str) -> str | None:
    for index, pattern in enumerate(_ROLE_IN_TEXT):
        for match in pattern.finditer(text):
            phrase = match.group(1)
            if index in _LABELLED:  # "le poste de Chef du service sinistres"
                phrase = _with_lower_tail(phrase, text, match.end(1))
            end = _end_of(phrase, text, match.start(1))
            # "the Data Steward position" names a role whatever its words.
            tied = _tied(index, match)
            if _rank_before_name(match.group(1), text, match.end(1)):
                continue  # "Genel Müdür Sn. Ali Kaya ile": whose rank, not the job
            role = clean_role(phrase, needs_role_word=not tied)
            if tied and role and w.RANK_ALONE.fullmatch(role):
                continue  # "tjänsten som Senior" cut before its noun: a rank, not the job
            if role and interviewer_and_title(role):
                continue  # "Dr. Ana Ruiz, Head of Quality": an interviewer and their title
            if role:
                extra = match.group(2) if pattern.groups >= 2 else None
                if extra and extra.lstrip()[:1] in "-–":
                    # "… – Iron Ore", a site's bracket after it aside ("… – CVD (Leeds)")
                    role = with_specialism(role, role + _SITE_AFTER.sub("", extra))
                elif not extra and index in _LABELLED and end is not None and role in phrase:
                    # "le poste de Technicien – maintenance en ligne."
                    role = with_labelled_specialism(role, text, end, not_specialism)
                elif (
                    extra
                    and (is_detail(extra) or _is_qualifier(extra))
                    and not (ROLE_NOISE.search(extra) or mode_or_places(extra))
                ):
                    role = f"{role} {extra.strip()}"
                return role
    return None

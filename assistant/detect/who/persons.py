"""Whether an entry on an invite is a person, and when two entries are one person.

One rule for every place that greets or lists people: the drafts' salutation
(:mod:`assistant.drafting.drafts`), the people ``scan`` and the briefing list
(:func:`assistant.briefing.invite.people_on`) and the people ``pipeline`` says were met.

A display name (the ATTENDEE's or ORGANIZER's CN, RFC 5545 section 3.2.2) is an
organisation, not a person, when it holds:

- an institution noun of a language detection knows ("Fundación", "Stichting",
  "Instituto": ``institution_nouns`` in ``assistant/detect/lang/*.toml``);
- a legal form ("GmbH", "A.Ş.", "B.V.", "株式会社", "주식회사": detection's
  :data:`assistant.detect.employer.legalname.LEGAL_FORM`);
- a word for a recruiting team or department ("Hiring Team", "Recursos Humanos",
  "İnsan Kaynakları", "採用担当", "채용담당자");
- the employer's own name as detection found it ("Wayfinder" for Wayfinder
  Refugee Resettlement), unless the name reads as a person's full name.

Without a display name, the address's local part decides: a shared role mailbox
(jobs@, careers@, seleccion@, vagas@, werkenbij@, rh@, bewerbung@, saiyo@ …) is no
one to greet by name. A display name that reads as a person wins over the mailbox:
"Lucía Pérez <seleccion@…>" is Lucía.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from assistant.detect.employer.legalname import LEGAL_FORM
from assistant.detect.who.names import looks_like_name, name_parts, split_title
from assistant.detect.words.matcher import Vocabulary
from assistant.detect.words.wording import RECRUITING_ADDRESS
from assistant.models import Attendee

# A recruiting team or a personnel department, as a display name writes it.
_TEAM_WORDS = re.compile(
    r"(?<![\w])(?:hiring|recruit\w*|recrut\w*|reclut\w*|rekrut\w*|talent\w*|careers?|karriere"
    r"|hr|rh|rrhh|human\s+resources|people\s+(?:team|ops|operations)|personalabteilung"
    r"|personalwesen|bewerb\w*|recursos\s+humanos|ressources\s+humaines|risorse\s+umane"
    r"|selecci[óo]n|sele[çc][ãa]o|werving|vacatures|insan\s+kaynaklar\w*|team|teams|equipo"
    r"|[ée]quipe|squadra|no-?reply)(?![\w])"
    # Unspaced scripts: 採用 (saiyō, hiring), 人事 (personnel), 채용 (hiring), 인사팀, 招聘.
    r"|採用|人事|채용|인사팀|인사부|招聘|人力资源|人力資源",
    re.I,
)
# Legal forms written in unspaced scripts, before or after the name.
_CJK_LEGAL = re.compile(r"株式会社|有限会社|合同会社|有限公司|有限責任公司|주식회사|\(주\)|㈜")
_LEGAL_WORD = re.compile(rf"(?<![\w.]){LEGAL_FORM.pattern}")
# Shared role mailboxes beyond detection's recruiting ones, in the languages of ``lang/``.
_ROLE_LOCAL = re.compile(
    r"(?:^|[._+-])(?:selecci[oó]n|selecao|vagas?|werkenbij|werving|vacatures?|solliciteren"
    r"|empleos?|trabaja\w*|emplois?|candidatures?|lavora\w*|stellen|saiyou?|recruit\w*"
    r"|info|contact|office|hello|team|people|personal|personeel|kadry|praca|no-?reply)(?:$|[._+-])"
    r"|採用|人事|채용",
    re.I,
)


@cache
def _institution_nouns() -> Vocabulary:
    # Imported on first use: compiling the vocabulary reads every language file.
    from assistant.detect.words.vocabulary import pattern

    return pattern("institution_nouns")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _holds(outer: list[str], inner: list[str]) -> bool:
    """Whether ``inner`` occurs in ``outer`` as consecutive whole words."""
    n = len(inner)
    return 0 < n <= len(outer) and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def _plain_name(display_name: str) -> str:
    """The display name without brackets, quotes, a job title after a comma or dash
    ("Jane Doe, Talent Partner", "Jane Doe - Recruiter") or an address as the name."""
    name = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\s[-\u2013\u2014|/]\s.*$", " ", display_name or "")
    name, _title = split_title(" ".join(name.replace('"', " ").split()))
    name = name.strip(" ,;:")
    return "" if re.fullmatch(r"\S+@\S+", name) else name


def is_organisation_name(display_name: str, company: str | None = None) -> bool:
    """Whether ``display_name`` names an organisation or a team, not a person.

    ``company`` is the employer detection found (``Verdict.company``) or ``None``.
    See the module docstring for the signs; an empty name is not an organisation.
    """
    name = _plain_name(display_name)
    if not name:
        return False
    if (
        _TEAM_WORDS.search(name)
        or _CJK_LEGAL.search(name)
        or _LEGAL_WORD.search(name)
        or _institution_nouns().search(name)
    ):
        return True
    own, employer = _words(name), _words(company or "")
    if not employer:
        return False
    # "Acme" or "Acme Careers" for Acme; "Wayfinder" for Wayfinder Refugee Resettlement,
    # but not "Jordan Lee" for Jordan Lee Consulting: that reads as its founder.
    return _holds(own, employer) or (_holds(employer, own) and not looks_like_name(name))


def is_role_mailbox(email: str) -> bool:
    """Whether ``email``'s local part is a shared mailbox for a role, not a person's
    (``jobs@``, ``careers@``, ``talent@``, ``seleccion@``, ``vagas@``, ``werkenbij@``,
    ``rh@``, ``bewerbung@``, ``saiyo@``, ``info@``)."""
    # A tag after "+" is the owner's filing label ("jane+interviews@"), not the mailbox.
    local = (email or "").strip().split("@", 1)[0].split("+", 1)[0]
    return bool(local) and bool(RECRUITING_ADDRESS.search(local) or _ROLE_LOCAL.search(local))


def person_name(attendee: Attendee, company: str | None = None) -> str:
    """``attendee``'s display name when it names a person, else "": an organisation's or
    a team's name (:func:`is_organisation_name`, ``company`` as there) or an address
    written as the name gives "", and the address is all there is to go by."""
    name = _plain_name(attendee.name)
    return "" if not name or is_organisation_name(name, company) else attendee.name


def is_named_person(attendee: Attendee, company: str | None = None) -> bool:
    """Whether ``attendee`` is a person who can be greeted and listed as met.

    Yes when the display name names a person (:func:`person_name`, ``company`` as
    there: "Lucía Pérez <seleccion@…>" is Lucía). Otherwise the address decides: a
    shared role mailbox (:func:`is_role_mailbox`) is no one ("Stichting Wijkkracht
    <werkenbij@…>"), a personal one is ("Hiring Team <sam.okafor@…>" is Sam). Rooms,
    lists and robots are turned away before this by detection
    (:func:`assistant.detect.who.people.is_person`). An attendee without an address (one
    the itinerary names) is a person when their name is.
    """
    if person_name(attendee, company):
        return True
    return bool(attendee.email) and not is_role_mailbox(attendee.email)


def name_key(display_name: str) -> tuple[str, str]:
    """``"Dr. Hamid Rahimi (Head of Programmes)"`` → ``("hamid", "rahimi")``: the given
    and family name, case-folded, with honorifics and academic titles ("Dr.", "Prof.",
    "dott.", "Mag.": nameparser's titles) and a job title set aside; ``("", "")``
    when the name has no family name."""
    _titles, given, family = name_parts(display_name or "")
    return (given.casefold(), family.casefold()) if family else ("", "")


def same_person(a: Attendee, b: Attendee) -> bool:
    """Whether ``a`` and ``b`` are one person: the same address (case aside), or, when
    either has none, the same :func:`name_key` ("Dr. Hamid Rahimi" is Hamid Rahimi)."""
    if a.email and b.email:
        return a.email.casefold() == b.email.casefold()
    key = name_key(a.name)
    return key != ("", "") and key == name_key(b.name)


def people_met(people: Iterable[Attendee], company: str | None = None) -> list[Attendee]:
    """``people`` that are persons (:func:`is_named_person`), each once (:func:`same_person`),
    in their first order. Of two entries for one person, the one with an address is kept
    in the place of the first. Quadratic in the number of people (an invite's handful)."""
    kept: list[Attendee] = []
    for person in people:
        if not is_named_person(person, company):
            continue
        twin = next((i for i, k in enumerate(kept) if same_person(k, person)), None)
        if twin is None:
            kept.append(person)
        elif person.email and not kept[twin].email:
            kept[twin] = person
    return kept

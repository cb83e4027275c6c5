"""The words that mark a later interview round, and the words that unmark it.

The vocabularies are data (:mod:`.vocabulary`: one file per language in
``lang/``); this module compiles each kind into one pattern over every language.
The patterns are matched case-insensitively against the title (and, where said,
the description); each match becomes part of a reason string, so a verdict can
always quote what it saw.

Kinds of wording:

- ``EXPLICIT_LATER``: names a later interview by itself ("second interview",
  "Zweitgespräch", "segunda entrevista", "最終面接").
- ``LATER_STAGE``: a later stage when the event is about a job ("onsite",
  "round 2", "panel", "meet the team"); alone, these words also describe
  maintenance visits and tax appointments.
- ``FIRST_ROUND``: a first contact ("phone screen", "Erstgespräch", "一次面接").
- ``EVERYDAY``: everyday phrases built from the same words ("second quarter",
  "follow-up with Dr."); they are removed before matching.
- ``LEISURE``, ``CONFERENCE``, ``REVIEW``: kinds of event that reuse round and
  stage words: sports, games, contests and classes; conference programmes and mass events;
  reviews of work. They veto an event unless it is plainly about an interview.
- ``OTHER_INTERVIEW``, ``PREP``, ``HIRING_SIDE_*``, ``CANDIDATE_SIDE``: interviews that are not the
  user's job interviews, blocks to prepare, and meetings where the user interviews.
- ``TENTATIVE``: a note marked unconfirmed ("TBC", "vorläufig", "待定"): a placeholder.
- ``forwarded`` and ``forwarded_from``: a mail client's prefix on a forwarded invite
  ("Fwd:", "WG:", "転送:") and the sender's line of a pasted mail ("From:", "Von:").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from assistant.detect.words.matcher import LITERALS, Alternative, Vocabulary
from assistant.detect.words.vocabulary import compound_heads, fragments, pattern, search  # noqa: F401

# A list's mark written before a field's label.
_BULLET = r"(?:[ \t]*[■□●○◆◇▪▶►※・*-])?"


def field_pattern(key: str, width: int, *, inline: bool = True) -> Vocabulary:
    """A label of the ``key`` vocabulary ("Position", "Stelle", "職種") before a colon, and
    the value after it (group 1, 2 to ``width`` characters). ``inline`` fields may also
    follow "|", "•", "·" or ";" on one line, and end there."""
    # "·" between two letters is French inclusive writing ("Chargé·e"), not a separator;
    # a field may follow a sentence on its line ("… the COO. Role: Legal Director"), one
    # closed by a bracket too ("… manager (Karen). Role: …")
    start, value = (
        (r"(?:^|\n|[|•;]|(?<!\w)·|·(?!\w)|(?<=[\w)][.!?]\s))", r"(?:[^\n|•·;]|(?<=\w)·(?=\w))")
        if inline
        else (r"(?:^|\n)", r"[^\n]")
    )
    start += _BULLET  # "■ 職種：…", "- Role: …": a list's mark before the label
    labels = (*fragments(key, True), *fragments(key, False))
    return Vocabulary([Alternative(rf"{start}\s*", labels, rf"\s*[:：]\s*({value}{{2,{width}}})")])


def _cancelled(*alternatives: tuple[str, bool | None, str]) -> Vocabulary:
    """The cancellation words of every language between each ``(before, spaced, after)``:
    those of the scripts written with spaces (``True``), without (``False``) or both."""
    words = {s: tuple(fragments("cancelled", s)) for s in (True, False)}
    return Vocabulary(
        [
            Alternative(before, words[True] + words[False] if s is None else words[s], after)
            for before, s, after in alternatives
        ]
    )


# Each vocabulary, compiled on first use (a module ``__getattr__``, PEP 562): importing
# detection compiles nothing, so a command that never detects (`drafts show`, the web
# page) does not pay the 0.1 s that compiling every language's words takes.
_MAKERS: dict[str, Callable[[], Vocabulary]] = {
    "INTERVIEW": lambda: pattern("interview"),
    "EXPLICIT_LATER": lambda: pattern("explicit_later"),
    "LATER_STAGE": lambda: pattern("later_stage"),
    # A later conversation: a stage only when the event is about a job (a "follow-up
    # call" with a client is none), never merely because the title names the guests.
    "LATER_CONTACT": lambda: pattern("later_contact"),
    "FIRST_ROUND": lambda: pattern("first_round"),
    # Ordinal words ("second", "segunda", "zweite"): a later stage a description names
    # with one is a round, as one with its number is.
    "ORDINALS": lambda: pattern("ordinals"),
    # The first of rounds ("first", "initial", "erste", "primera", "最初の"): before a
    # later round's phrase, the phrase names a first round.
    "FIRST_ORDINALS": lambda: pattern("first_ordinals"),
    # The description says the interview is the process's only one ("your first and only
    # conversation with us", "ein einziges Gespräch"): whatever the title calls it
    # ("Final Interview", a tracking system's stage), it is a first round.
    "SOLE_ROUND": lambda: pattern("sole_round"),
    # A later stage that fills a working day ("trial day", "Probearbeiten", "jornada de
    # prueba"): an all-day event of its words is a round once earlier rounds are known.
    "WHOLE_DAY_STAGE": lambda: pattern("whole_day_stage"),
    # Removed from a title before the round vocabularies are matched.
    "EVERYDAY": lambda: pattern("everyday"),
    # Everyday business and social meetings: an earlier interview with the same company
    # does not turn a "Partnership sync" or a "Lunch" with its people into a round.
    "BUSINESS": lambda: pattern("business"),
    "LEISURE": lambda: pattern("leisure"),
    "CONFERENCE": lambda: pattern("conference"),
    "REVIEW": lambda: pattern("review"),
    # A recruitment agency's name ("Harbourlight Talent", "Personalberatung Weiss").
    "AGENCY": lambda: pattern("agency"),
    # An agency's invite speaks of the employer as its client ("my client", "unser Kunde").
    "AGENCY_TEXT": lambda: pattern("agency_text"),
    # The words before the employer a tracking system sends an invite for ("on behalf of").
    "ON_BEHALF": lambda: pattern("on_behalf", after=r"\s+"),
    "SCHEDULED_BY": lambda: pattern("scheduled_by"),
    # A public event's description: registration, tickets, doors, livestreams.
    "PUBLIC_EVENT": lambda: pattern("public_event"),
    # Parking ("park", "Tiefgarage", "駐車"): a ticket beside it is a car park's.
    "PARKING": lambda: pattern("parking"),
    "OTHER_INTERVIEW": lambda: pattern("other_interview"),
    # A person spoken of in the third person ("she", "text her", "elle", "lui"): in a note
    # led by a first name, that person's round (:mod:`..verdict.othersround`).
    "THIRD_PERSON": lambda: pattern("third_person"),
    # A note about the meeting's format or time ("online", "rescheduled", "オンライン",
    # "改期"): no employer and no job, wherever a title writes it.
    "MEETING_NOTE": lambda: pattern("meeting_note"),
    # Steps around an interview process that are not interview rounds.
    "NOT_A_ROUND": lambda: pattern("not_a_round"),
    # A word saying the meeting comes before a step around the interviews: closing the text
    # before the step ("Final chat before the offer call") or opening the text after it
    # in the languages that write it after ("처우 협의 전 인성면접", "条件面談前の最終面接").
    "BEFORE_STEP": lambda: pattern("before_step", after=r"[^\S\n]*$"),
    "BEFORE_STEP_AFTER": lambda: Vocabulary(
        [Alternative(r"^[^\S\n]*", tuple(fragments("before_step_after", s))) for s in (True, False)]
    ),
    # Blocks the user makes to get ready ("Prep: …", "Mock interview", "Practice …").
    "PREP": lambda: pattern("prep"),
    # A deadline to hand work in by ("… – submission deadline", "termin oddania"): a
    # date in the calendar, never a meeting, whoever is invited.
    "DEADLINE": lambda: pattern("deadline"),
    # A live interview ("Live Interview", "Entrevista en vivo"): a later round when the
    # process began with a one-way recorded video interview (RECORDED_INTERVIEW).
    "LIVE_INTERVIEW": lambda: pattern("live_interview"),
    "RECORDED_INTERVIEW": lambda: pattern("recorded_interview"),
    "ONE_WAY_PLATFORM": lambda: pattern("one_way_platform"),
    # A note marked unconfirmed ("TBC", "à confirmer", "待定"): a placeholder.
    "TENTATIVE": lambda: pattern("tentative"),
    # The user interviews someone: in the title, or in the description.
    "HIRING_SIDE_TITLE": lambda: pattern("hiring_side_title"),
    "HIRING_SIDE_TEXT": lambda: pattern("hiring_side_text"),
    "CANDIDATE_SIDE": lambda: pattern("candidate_side"),
    "BOTH_SIDES_TEXT": lambda: pattern("both_sides_text"),
    "ROUND_PASSED_AFTER": lambda: pattern("round_passed_after"),
    # The user applied at their own organisation ("processo seletivo interno"): a
    # colleague's invite to a later round is the user's own round (:mod:`.vetoes`).
    "INTERNAL_CANDIDACY": lambda: pattern("internal_candidacy"),
    # Getting to a round ("travel day", "Anreise", "vols"): a whole day of it is no round.
    "TRAVEL": lambda: pattern("travel"),
    # The candidate presents to a panel: its panel word is the audience, not a seat on it.
    "PRESENTS_TO": lambda: pattern("presents_to"),
    # The last round's word alone ("final", "Finale", "finał"): a round only in the
    # user's own note beside an employer the user has interviews with.
    "FINAL_ALONE": lambda: pattern("final_alone"),
    # A round's word abbreviated ("2nd rd", "final rnd", "R2"): as FINAL_ALONE, a round
    # only in the user's own note beside an employer met in interviews.
    "ROUND_SHORT": lambda: pattern("round_short"),
    # A visit to the employer's place alone ("Acme onsite", "Lindqvist vor Ort", "visite
    # sur place"): as FINAL_ALONE, a round only in the user's own note beside an employer
    # met in interviews; alone, the words name any appointment away from home.
    "ON_SITE_ALONE": lambda: pattern("on_site_alone"),
    # The footer a calendar service appends to the invitation it mails ("Invitation from
    # Google Calendar … modify your RSVP"): no words of the sender's, read no further.
    "INVITE_FOOTER": lambda: pattern("invite_footer"),
    # A job is being talked about: recruiting words in the title or description.
    "RECRUITING": lambda: pattern("recruiting"),
    # Something to do or hand in: the briefing suggests preparing for it.
    "TEST": lambda: pattern("test"),
    # The invite asks the user to present their own work ("prepare a 15-minute
    # presentation", "20 minutes pour présenter votre approche"): a work-sample round.
    "PRESENTING": lambda: pattern("presenting"),
    # Words a person in any language uses for a job title ("engineer", "Entwickler"):
    # ``role_nouns``, the words of the fields seen so far, and ``occupations``, the head
    # nouns of job titles across the ten major groups of ISCO-08 (ILO 2012: "nurse",
    # "Elektriker", "看護師"). One vocabulary decides what a job word is.
    # A rank or seniority word (``rank_words``: "Senior", "Kıdemli", "Hoofd") makes the
    # noun phrase it opens or closes a job in every language ("Senior Allocator").
    # ``job_heads`` are the generic heads that end (or open) a title whatever the
    # profession ("Coordinator", "-medewerker", "Responsable", "担当"): a closed class, so a
    # title naming a profession nobody listed is still read as a job by its head.
    # A compound closed by a job word ("Textildesigner") is a job (:func:`compound_heads`).
    "ROLE_NOUN": lambda: Vocabulary.union(
        pattern("role_nouns", before=r"\b", after=r"\b"),
        pattern("job_heads", before=r"\b", after=r"\b"),
        pattern("occupations", before=r"\b", after=r"\b"),
        # the health professions a clinic hires ("Orthodontist", "Zahnärztin", "矯正歯科医")
        pattern("health_professions", before=r"\b", after=r"\b"),
        # a rank opening a phrase and followed by its noun, not inside a name ("Solace
        # Senior Living") nor alone ("Senior" of "Senior produktchef" cut at its capitals)
        pattern("rank_words", before=r"(?<![\w,][^\S\n])(?<![\w'’-])", after=r"[^\S\n]+(?=\w)"),
        Vocabulary(
            [
                Alternative(
                    r"(?<=[^\W\d_]{3})",
                    tuple(
                        compound_heads(
                            "role_nouns", "job_heads", "occupations", "health_professions"
                        )
                    ),
                    r"\b",
                )
            ]
        ),
    ),
    # A degree-holder's title ("Licenciada", "Bacharel", "Laureato"): a job only with the
    # field after it ("Licenciada en Enfermería"), alone a form of address.
    "DEGREE_TITLE": lambda: pattern("degree_titles", before=r"\b", after=r"\b"),
    # A rank or seniority word alone ("Senior", "Kıdemli"): no job without its noun.
    "RANK_ALONE": lambda: pattern("rank_words", before=r"^", after=r"$"),
    # A word for "the position" opening (``position_before``) or closing (``position_words``)
    # a job's phrase ("posizione di Responsabile Scalo", "Depo Şefi pozisyonu", "puesto de
    # Jefe de Turno"): what the phrase is, not the job; with the small word that ties it
    # to the job.
    "POSITION_LEAD": lambda: Vocabulary(
        [
            Alternative(
                r"^\W*",
                tuple(fragments("position_before", True)),
                r"[^\S\n]*[:：]?[^\S\n]+(?:(?:of|di|de|da|do|du|del|des|für|för|voor|van|na)\s+)?(?=\w)",
            ),
        ]
    ),
    # A note on the meeting closing a text in a script without spaces, with the particle
    # before it ("…のご案内", "… 안내", "…通知").
    "NOTE_AT_END_UNSPACED": lambda: Vocabulary(
        [Alternative(r"[\s・の]*", tuple(fragments("meeting_note", False)), r"\W*$")]
    ),
    # The head office or a site closing an employer's name ("Acme Headquarters", "… Genel
    # Müdürlük", "… 本社"): where the meeting is, not the name.
    "HEAD_OFFICE_AT_END": lambda: Vocabulary(
        [
            Alternative(r"(?<=[\w.])[^\S\n]+", tuple(fragments("head_office", True)), r"\W*$"),
            Alternative(r"(?<=\w)\s*", tuple(fragments("head_office", False)), r"\W*$"),
        ]
    ),
    "POSITION_TAIL": lambda: Vocabulary(
        [
            Alternative(r"(?<=\w)[^\S\n]+", tuple(fragments("position_words", True)), r"\W*$"),
            Alternative(r"\s*", tuple(fragments("position_words", False)), r"\W*$"),
        ]
    ),
    # The rank of the person a round is with ("Partner interview", "/ COO"): not the job.
    "INTERVIEWER_RANK": lambda: pattern("interviewer_ranks"),
    # A stage's own word alone ("Etapa", "최종"): a title's part so written names no employer.
    "STAGE_WORD": lambda: pattern("stage_words"),
    # Whom the user meets, written in a title's part ("meet the Head of Data", "Genel
    # Müdür ile", "与业务负责人"): that part names people, not the job.
    "MEETS_WHOM": lambda: pattern("meets_whom"),
    # A meeting's own noun ending a title's part ("Leadership Team presentation"): that
    # part names the meeting, not the job.
    "MEETING_NOUN_AT_END": lambda: pattern("meeting_nouns", after=r"\W*$"),
    # A unit of the employer ending a title's part ("Nursing Directorate", "diretoria",
    # "Hemşirelik Direktörlüğü"): that part names whom the user meets, not the job.
    "UNIT_AT_END": lambda: pattern("org_units", after=r"\W*$"),
    # A unit opening a title's part with a word or two of its kind ("Direzione Sanitaria",
    # "Dirección Médica"): a unit of the employer, not its name; one "of" something
    # ("Department of Health") names a public body, which may hire.
    "UNIT_FIRST": lambda: pattern(
        "org_units",
        before=r"^\W*",
        after=r"(?!\s+(?:of|de|del|des|du|di|della|van|för|für|do|da)\b)(?:\s+[\w-]+){0,2}\W*$",
    ),
    # A unit of the employer and what it is of, anywhere in a title's part ("Direção de
    # Risco", "Panel with Directorate of Nursing"): whom the user meets (:mod:`.job.roles`).
    "UNIT_OF": lambda: pattern(
        "org_units", after=r"\s+(?:of|de|del|des|du|di|della|van|för|für|do|da|dla)\s+\w"
    ),
    # The labels applicant-tracking systems write before the job title ("Position:").
    "ROLE_FIELD": lambda: field_pattern("role_fields", 120),
    # The labels applicant-tracking systems write before the employer ("Company:").
    "COMPANY_FIELD": lambda: field_pattern("company_fields", 80),
    # The label a scheduling link writes before the name of the event type booked
    # ("Event Name: Intro call – Data Analyst (Acme)"): a second title.
    "EVENT_NAME_FIELD": lambda: field_pattern("event_name_fields", 120, inline=False),
    # The label a tracking system writes before the kind of interview booked
    # ("Interview Type: Phone Screen"): what the round is, in the system's own words.
    "INTERVIEW_TYPE_FIELD": lambda: field_pattern("interview_type_fields", 80, inline=False),
    # Before a phrase in a description: "if this goes well, a second interview …" is
    # not an invitation to one.
    "CONDITIONAL": lambda: pattern("conditional", before=r"\b", after=r"\b[^.!?\n]{0,60}$"),
    # A title that opens with a cancellation word ("Canceled: …", "Abgesagt: …").
    "CANCELLED_TITLE": lambda: _cancelled((r"^\W*", True, r"\b"), (r"^\W*", False, "")),
    # A title part that is only a cancellation word ("Canceled", "[CANCELED]", "Abgesagt",
    # "Annulé", "キャンセル"): it says what became of the event, never who the employer is.
    "CANCELLED_PART": lambda: _cancelled((r"^\W*", None, r"\W*$")),
    # A mail client's prefix on a forwarded or replied invite ("Fwd:", "FW:", "WG:",
    # "RV:", "転送:"), repeated or not: it says how the invite travelled, never who the
    # employer is.
    "_FORWARDED": lambda: Vocabulary(
        [
            Alternative(
                r"^(?:\W*",
                (*fragments("forwarded", True), *fragments("forwarded", False)),
                r"\s*[:：]\s*)+",
            )
        ]
    ),
    # The role asked about is supervisory when its title says so; "Product Manager"
    # and the like manage products, not people.
    "SUPERVISORY": lambda: Vocabulary.union(
        Vocabulary(
            [
                Alternative(
                    r"(?<!product )(?<!project )(?<!program )(?<!programme )(?<!account )"
                    r"(?<!community )(?<!content )(?<!office )(?<!case )(?<!success )"
                    r"(?<!marketing )\b",
                    ("manager",),
                    r"\b",
                )
            ]
        ),
        pattern("supervisory", before=r"\b", after=r"\b"),
    ),
}


def __getattr__(name: str) -> Vocabulary:
    """``wording.NAME``: the vocabulary ``NAME``, compiled now and kept (PEP 562)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    compiled = globals()[name] = make()
    return compiled


def compile_all() -> None:
    """Make every vocabulary and read its fragments' words now rather than on first use:
    for a benchmark that times detection apart from start-up (``scripts/bench.py``)."""
    for name in _MAKERS:
        _get(name).prepare()
    LITERALS.build()


def _get(name: str) -> Vocabulary:
    """The vocabulary ``name`` from inside this module (where ``__getattr__`` is not asked)."""
    found = globals().get(name)
    return found if found is not None else __getattr__(name)


@lru_cache(maxsize=4096)
def without_forwarding(title: str) -> str:
    """``title`` without the prefixes mail clients add when forwarding or replying
    ("Fwd: FW: Second interview" → "Second interview")."""
    return _get("_FORWARDED").sub("", title) if ":" in title or "：" in title else title


def event_name(text: str) -> str:
    """The event type's name a scheduling link writes into the description, or ""."""
    match = _get("EVENT_NAME_FIELD").search(text)
    return match.group(1).strip() if match else ""


# Shared recruiting mailboxes: talent@, recruiting.de@, talent.acquisition@, jobs@ …
RECRUITING_ADDRESS = re.compile(
    r"(?:^|[._+-])(?:talent\w*|recruit\w*|recrut\w*|reclut\w*|rekrut\w*|careers?|jobs?|hr|rh|rrhh"
    r"|ta|hiring|personal|bewerbung\w*|karriere|saiyo|zhaopin|ik|kariyer)(?:$|[._+-])",
    re.I,
)
STATUS_TITLE = re.compile(
    r"^\W*(?:ooo|out\s+of\s+(?:the\s+)?office|busy|blocked|block|hold|focus(?:\s+time)?"
    r"|working\s+(?:from|location|elsewhere)\b.*|wfh|home|office|remote|abwesend|urlaub"
    r"|vacation|holiday|sick|krank|away|tentative)\W*$",
    re.I,
)
STATUS_EVENT_TYPES = frozenset({"workingLocation", "focusTime", "outOfOffice", "birthday"})


def first_match(pattern: Vocabulary, text: str) -> str | None:
    """The first match of ``pattern`` in ``text``, tidied for a reason string."""
    match = pattern.search(text)
    return " ".join(match.group(0).split()) if match else None


def without_everyday(title: str) -> tuple[str, str | None]:
    """``title`` with everyday phrases blanked out, and the first one found."""
    everyday = _get("EVERYDAY")
    found = first_match(everyday, title)
    return (everyday.sub(" ", title), found) if found else (title, None)


def unconditional(
    pattern: Vocabulary, text: str, *, not_opened_by: Vocabulary | None = None
) -> str | None:
    """The first match of ``pattern`` in ``text`` that is not said conditionally, nor,
    given ``not_opened_by``, right after one of its matches ("First conversation with
    the hiring manager": a later round's phrase opened by a first ordinal)."""
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()]
        if _get("CONDITIONAL").search(before):
            continue
        bare = before.rstrip()
        if not_opened_by is not None and any(
            m.end() == len(bare) for m in not_opened_by.finditer(bare)
        ):
            continue
        return " ".join(match.group(0).split())
    return None

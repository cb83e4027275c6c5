"""Reading a title and a description for the round vocabularies, once per distinct text.

Calendars repeat themselves: a weekly meeting has one title and one description
for a hundred instances. Both readings are pure functions of the text, so a
:class:`Reader` remembers them for the length of one detection pass, and a year
of standups costs what one standup costs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.detect.job.quotedrole import role_in_lower_case, role_on_its_own
from assistant.detect.job.rolefield import role_in_field
from assistant.detect.job.roles import role_in_title
from assistant.detect.job.roletext import role_in_text
from assistant.detect.text.public import public_words
from assistant.detect.text.titles import closed_by_job_mark, meets_someone
from assistant.detect.words import eventkinds
from assistant.detect.words import wording as w
from assistant.detect.words.matcher import Vocabulary
from assistant.detect.words.writing import UNSPACED
from assistant.text import one_line, plain_text

# Where the readable part of a description ends: conferencing boilerplate.
_BOILERPLATE = re.compile(
    r"-::~:~::~|_{20,}|join zoom meeting|join with google meet|microsoft teams (?:meeting|need help)"
    r"|join on your computer|one tap mobile|dial-?in|meeting id:",
    re.I,
)
TEXT_CAP = 1500  # characters of a description that detection reads: the invite's own words
_RAW_CAP = 8000  # characters of raw (possibly HTML) text looked at to find them


@dataclass(frozen=True)
class TitleReading:
    """What a title says. Each phrase is quoted as found, or ``None``."""

    title: str
    cancelled: bool = False
    status: bool = False
    everyday: str | None = None
    other_interview: str | None = None
    not_a_round: str | None = None
    prep: str | None = None
    hiring_side: str | None = None
    explicit: str | None = None
    stage: str | None = None
    contact: str | None = None
    first_round: str | None = None
    interview: str | None = None
    recruiting: str | None = None
    business: str | None = None
    role: str | None = None
    kind: tuple[str, str] | None = None


@dataclass(frozen=True)
class TextReading:
    """What a description says, read from its first :data:`TEXT_CAP` readable characters."""

    text: str = ""
    hiring_side: str | None = None
    described: str | None = None
    numbered: str | None = None
    public: str | None = None
    interview: bool = False
    recruiting: str | None = None
    role: str | None = None
    test: bool = False
    booked: str = ""
    typed_first_round: str | None = None
    sole: str | None = None  # the only interview of the process ("first and only call")
    typed: str = ""  # the tracking system's name for the session ("Interview: Deep Dive")


def read_title(summary: str) -> TitleReading:
    """Read one title (everyday phrases are set aside before the round words are looked for)."""
    title = w.without_forwarding(one_line(summary, 500))
    bare, everyday = w.without_everyday(title)
    explicit = w.first_match(w.EXPLICIT_LATER, bare)
    opened = _first_opening(bare) if explicit else None
    return TitleReading(
        title=title,
        cancelled=bool(w.CANCELLED_TITLE.search(title)),
        status=bool(w.STATUS_TITLE.match(title)),
        everyday=everyday,
        other_interview=w.first_match(w.OTHER_INTERVIEW, bare),
        not_a_round=_step_around(bare),
        prep=w.first_match(w.PREP, bare),
        hiring_side=_hiring_side(w.HIRING_SIDE_TITLE, bare),
        explicit=None if opened else explicit,
        stage=w.first_match(w.LATER_STAGE, bare),
        contact=w.first_match(w.LATER_CONTACT, bare)
        or (meets_someone(bare) if "(" in bare else None),
        first_round=opened or _first_round(bare),
        interview=w.first_match(w.INTERVIEW, bare),
        recruiting=w.first_match(w.RECRUITING, bare),
        business=w.first_match(w.BUSINESS, bare),
        role=role_in_title(title),
        kind=eventkinds.event_kind(bare),
    )


def _step_around(title: str) -> str | None:
    """The first step around the interviews ``title`` names ("salary discussion",
    "처우 협의") that is not said to come after the meeting ("Final chat before the salary
    discussion", "처우 협의 전 인성면접": ``before_step`` and ``before_step_after`` words
    of every language): a step still to come says nothing against the meeting."""
    if w.first_match(w.NOT_A_ROUND, title) is None:
        return None  # most titles: no need to look further
    for match in w.NOT_A_ROUND.finditer(title):
        if w.search(w.BEFORE_STEP, title[: match.start()]) or w.search(
            w.BEFORE_STEP_AFTER, title[match.end() :]
        ):
            continue
        return " ".join(match.group(0).split())
    return None


def _hiring_side(pattern: Vocabulary, text: str) -> str | None:
    """The first phrase of the interviewers' side in ``text`` ("debrief", "scorecard")
    that is not inside a later stage of the user's own ("design exercise debrief",
    "Besprechung der Fallstudie": the user talks through their own work) nor said of
    the user as the candidate ("will call you afterwards for a debrief", "invite you to
    the selection panel")."""
    if w.first_match(pattern, text) is None:
        return None  # most texts: no need to look further
    for match in pattern.finditer(text):
        around = (text, max(0, match.start() - 60), match.end() + 60)
        ours = [*w.LATER_STAGE.finditer(*around), *w.CANDIDATE_SIDE.finditer(*around)]
        inside = any(s.start() <= match.start() and match.end() <= s.end() for s in ours)
        if not inside and not _added_to_a_stage(text, match):
            return " ".join(match.group(0).split())
    return None


# "+" or "&" right before a word: an item added to an agenda ("… fin 13h + debrief").
_ADDED = re.compile(r"[+&]\s*$")


def _added_to_a_stage(text: str, match: re.Match[str]) -> bool:
    """Whether the interviewers' ``match`` is a word both sides use ("debrief") added by
    "+" or "&" to a text naming a later stage elsewhere ("Immersion day – site (day 2,
    ends 1pm + debrief)"): the candidate's own debrief closing the round."""
    return bool(
        _ADDED.search(text, 0, match.start())
        and w.search(w.BOTH_SIDES_TEXT, match.group(0))
        and any(
            m.end() <= match.start() or m.start() >= match.end()
            for later in (w.LATER_STAGE, w.EXPLICIT_LATER)
            for m in later.finditer(text)
        )
    )


def _first_opening(title: str, later: Vocabulary | None = None) -> str | None:
    """A later round's phrase opened by a first ordinal ("First conversation with the
    hiring manager", "Initial panel interview", "Erstes Gespräch mit der
    Fachabteilung", "Primo colloquio presso cliente" with ``later`` the stages'
    vocabulary), ordinal and phrase: a first round, as the user says it is."""
    found = (later or w.EXPLICIT_LATER).search(title)
    if found is None:
        return None
    before = title[: found.start()].rstrip()
    opening = next((m for m in w.FIRST_ORDINALS.finditer(before) if m.end() == len(before)), None)
    if opening is None:
        return None
    return " ".join(title[opening.start() : found.end()].split())


def _first_round(title: str) -> str | None:
    """A first-round phrase that is not part of a later round's ("Kennenlernen des
    Teams" is a later stage, though "Kennenlernen" alone is a first meeting); one that
    holds a later stage's words is a first round of that kind ("1차 실무 면접", the
    first working-level interview)."""
    found = w.first_match(w.FIRST_ROUND, title)
    if found is None:
        return None  # most titles: no need to look further
    if any(later.search(found) for later in (w.EXPLICIT_LATER, w.LATER_STAGE)):
        return found  # "1차 실무 면접": a first round of the working-level kind
    opened = _first_opening(title, w.LATER_STAGE)
    if opened:
        return opened  # "Primo colloquio presso cliente": the first of that stage
    later_named = False
    for later in (w.EXPLICIT_LATER, w.LATER_STAGE):
        title, count = later.subn(" ", title)
        later_named = later_named or count > 0
    found = w.first_match(w.FIRST_ROUND, title)
    if found and later_named and not any(c.isalpha() for c in found):
        return None  # "Onsite (1/3)": the first of a later round's sessions
    return found


def readable_text(description: str) -> str:
    """The description as plain text, cut before conferencing boilerplate and capped."""
    if not description:
        return ""
    text = plain_text(description[:_RAW_CAP])
    cut = min(
        (
            found
            for found in (
                _BOILERPLATE.search(text, 0, TEXT_CAP + 200),
                w.INVITE_FOOTER.search(text, 0, TEXT_CAP + 200),
            )
            if found
        ),
        key=lambda found: found.start(),
        default=None,
    )
    kept = text[: cut.start() if cut else TEXT_CAP][:TEXT_CAP]
    if cut:
        # A scheduling link writes the invitee's answers after the conferencing block
        # ("Please share anything that will help prepare for our meeting.:" and the
        # answer on the next line): the user's own words, often naming the job.
        answers = [m.group(1).strip() for m in _ANSWER.finditer(text, cut.start())]
        # An organiser's own fields after the dial-in numbers ("---\nPosition: Senior
        # Counsel"): the job a tracking system names, whatever block comes before it.
        answers += [m.group(0).strip() for m in w.ROLE_FIELD.finditer(text, cut.start())][:1]
        kept = "\n\n".join([kept.rstrip(), *answers])[:TEXT_CAP] if answers else kept
    return kept


# A scheduling form's question ends in "?:" or ".:" on its own line; its answer follows.
_ANSWER = re.compile(r"^[^\n]{8,200}[.?][ \t]*:[ \t]*\n+([^\n]{3,300})$", re.M)


_NUMBERED = re.compile(r"[2-9]|\b(?:ii|iii|iv)\b", re.I)


def numbered(stage: str) -> bool:
    """Whether a later stage's words hold its number ("Round 2 of 3", "etap II",
    "Segunda etapa", "3e tour"): a numbered round is a round, where a bare "panel" or
    "onsite" may be anything."""
    return bool(_NUMBERED.search(stage) or w.search(w.ORDINALS, stage))


def _numbered_stage(text: str) -> str | None:
    """A later stage with its number in a description ("Round 2 of 3", "etap II")."""
    found = w.unconditional(w.LATER_STAGE, text)
    return found if found and numbered(found) else None


def read_description(description: str) -> TextReading:
    """Read one description (HTML is reduced to text first)."""
    text = readable_text(description)
    if not text:
        return TextReading()
    typed = _typed(text)
    return TextReading(
        text=text,
        hiring_side=_hiring_side(w.HIRING_SIDE_TEXT, text),
        described=w.unconditional(w.EXPLICIT_LATER, text, not_opened_by=w.FIRST_ORDINALS),
        numbered=_numbered_stage(text),
        public=public_words(text),
        interview=bool(w.INTERVIEW.search(text)),
        recruiting=w.first_match(w.RECRUITING, text),
        role=_role_in(text),
        test=bool(w.TEST.search(text)),
        booked=w.event_name(text),
        typed_first_round=_first_round(typed) if typed else None,
        sole=w.first_match(w.SOLE_ROUND, text),
        typed=typed,
    )


def _role_in(text: str) -> str | None:
    """The role a description gives, from the first source that names one, in order of
    trust: a tracking system's field, a scheduling link's event name, a first line
    written like a title ("Analytics Manager – first conversation."), the sentences, a
    quotation, subject line or first line holding only the job, a job in lower case
    before "role" (:mod:`.quotedrole`)."""
    first_line = text.lstrip().split("\n", 1)[0].rstrip(" .")
    return (
        role_in_field(text)
        or role_in_title(w.event_name(text))
        or (role_in_title(first_line) if _titled(first_line) else None)
        or role_in_text(text)
        or role_on_its_own(text)
        or role_in_lower_case(text)
    )


# A line written like a title: two short parts around a dash or a bar ("Acme | Program
# Coordinator", as a tracking system heads its invites), no sentence's commas.
_TITLE_SHAPE = re.compile(r"[^,.;!?:|\n]{2,60}\s[–—|-]\s[^,;!?:|\n]{2,60}")
# A tracking system's line naming the candidate and then the job, which may hold a comma
# ("Ana Ruiz – Counsel, Energy Markets"): the part before the dash names no job.
_CANDIDATE_LINE = re.compile(r"([^,.;!?:\n]{2,60})\s[–—-]\s[^,;!?:\n]{2,60},\s[^,;!?:\n]{2,40}")


def _titled(line: str) -> bool:
    """Whether a description's first line is written like a title or a candidate line,
    or is closed by a job's requisition or gender marker ("Senior Buyer, Spares – EMEA
    (Req 31-0457)": a tracking system's line for the job)."""
    if _TITLE_SHAPE.fullmatch(line) or closed_by_job_mark(line):
        return True
    candidate = _CANDIDATE_LINE.fullmatch(line)
    return candidate is not None and not w.search(w.ROLE_NOUN, candidate.group(1))


def _typed(text: str) -> str:
    """The value of the field for the interview's kind or name ("Interview Type: Phone
    Screen", "Interview: Cross-functional: Product & Training"), or "": a first round
    named there is the system's own word for it."""
    field = w.INTERVIEW_TYPE_FIELD.search(text)
    return field.group(1).strip() if field else ""


# Words before a first round that make it the past one: "following our first chat".
_SINCE = re.compile(
    r"\b(?:after|following|since|from|further\s+to|during|(?:thanks|thank\s+you)\s+for"
    # a round passed ("aprobó la primera fase", "passed the first stage")
    r"|passed|cleared|completed|aprob[óo]|super[óo]|superato|r[ée]ussi|bestanden|passou"
    r"|nach|seit|apr[èe]s|suite\s+[àa]|tras|in\s+seguito\s+a\w*|a\s+seguito\s+d\w*"
    r"|despu[ée]s\s+de|dopo|na|efter|sonra)\b[^.!?\n]{0,25}$",
    re.I,
)


def said_first_round(text: str) -> str | None:
    """A first round the description's own words name ("Informal first chat about the
    site engineer job", "first proper interview with myself and Ana"): a phrase, not a
    bare word ("intro", "screen" say many things in a sentence), and not one looked
    back on ("following our first chat", "in seguito al primo colloquio", or with
    ``round_passed_after`` words after it: "1차 면접 합격")."""
    if w.first_match(w.FIRST_ROUND, text) is None:
        return None
    for match in w.FIRST_ROUND.finditer(text):
        found = " ".join(match.group(0).split())
        spaced = found.isascii() or not UNSPACED.search(found)
        if spaced and " " not in found and len(found) < 10:
            continue  # "intro", "screening", "phone"
        if _SINCE.search(text, max(0, match.start() - 60), match.start()):
            continue
        after = w.search(w.ROUND_PASSED_AFTER, text[match.end() : match.end() + 24])
        if after is not None and not text[match.end() : match.end() + after.start()].strip():
            continue  # "一次面接にお越しいただき", "1차 면접 합격": a round passed
        return found
    return None


class Reader:
    """Reads titles and descriptions, each distinct text once (for one detection pass)."""

    def __init__(self) -> None:
        self._titles: dict[str, TitleReading] = {}
        self._descriptions: dict[str, TextReading] = {}

    def title(self, summary: str) -> TitleReading:
        """:func:`read_title`, remembered."""
        reading = self._titles.get(summary)
        if reading is None:
            reading = self._titles[summary] = read_title(summary)
        return reading

    def description(self, description: str) -> TextReading:
        """:func:`read_description`, remembered."""
        reading = self._descriptions.get(description)
        if reading is None:
            reading = self._descriptions[description] = read_description(description)
        return reading

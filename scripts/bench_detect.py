#!/usr/bin/env python3
"""How well and how fast detection runs: labelled calendars, and a large synthetic one.

Quality: each labelled calendar is an .ics file with a JSON file of labels beside
it (the format of ``tests/data/detection_labelled.ics`` and ``detection_labels.json``:
``{"_about": {"user_email", "user_aliases", "user_name", "timezone"?}, UID: {"follow_up",
"company", "role"?, "note"}}``). :func:`evaluate` reads the calendar through the real
.ics source and reports precision, recall and F1 (a series counts once: it is a
follow-up when any instance is), the exact company on the labelled follow-ups (case,
accents, punctuation and legal form ignored) and the role where one is labelled, next
to two naive rules: a literal "second interview" in the title, and "any meeting with
an outside guest" (with the guest's domain as the company).

Speed: a busy person's calendar, made up: work meetings, personal blocks, meetings
with outside companies, and interview processes (screen, then later rounds) with many
employers, some with long HTML descriptions. ``run(n)`` detects on ``n`` such events
and reports the throughput; ``scripts/bench.py`` calls it.

Run:  python scripts/bench_detect.py [N]
      python scripts/bench_detect.py CALENDAR.ics [LABELS.json] [CALENDAR2.ics ...]
          [--mistakes] [--user ADDRESS --timezone ZONE]
      (without LABELS, ``X.json``, ``X-labels.json`` or ``detection_labels.json`` beside
      the calendar is used; given several calendars, it also scores them together, each
      labelled series counting once: :func:`evaluate_together`)
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from assistant.detect import Profile, detect, warm_up
from assistant.detect.employer.domains import domain_of, is_free_mail, is_service, readable_name
from assistant.models import Attendee, AttendeeKind, Detection, Event, PartStat

USER = "sam.jones@gmail.com"
WORK = "sam.jones@work.example"
MEET = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/abc-defg-hij\n"
    "Or dial: (DE) +49 30 300195629 PIN: 214684953#\n"
)
HTML = (
    '<div style="max-width:640px;margin:0 auto"><p style="font-family:Helvetica">Hi Sam,</p>'
    "<p>Thanks again for your time. Here is your schedule for the onsite.</p>"
    + "<p style='color:#222'>Logistics, parking and building access information.</p>" * 60
    + "</div>"
)
TITLES_WORK = ["Daily standup", "Sprint planning", "1:1", "Design review", "Roadmap sync"]
TITLES_SOLO = ["Gym", "Dentist", "Lunch", "Focus block", "Call Mom", "Grocery run"]
TITLES_FIRST = ["Phone screen – {c}", "Recruiter call: {c}", "Intro call with {c}"]
TITLES_LATER = [
    "Second interview – {c}",
    "Final round @ {c}",
    "Onsite loop: {c}",
    "Chat with the team",
    "Zweitgespräch bei {c}",
]


def _me(address: str = USER) -> Attendee:
    return Attendee(email=address, name="Sam Jones", partstat=PartStat.ACCEPTED, is_self=True)


def _person(address: str, organizer: bool = False) -> Attendee:
    return Attendee(email=address, partstat=PartStat.ACCEPTED, is_organizer=organizer)


def synthetic_calendar(n: int, start: datetime | None = None) -> list[Event]:
    """``n`` made-up events over about a year, in time order."""
    start = start or datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
    events = []
    for i in range(n):
        when = start + timedelta(hours=i * 53 % (24 * 365), minutes=15 * (i % 4))
        kind = i % 20
        company = f"Company{i % 397}"
        domain = f"company{i % 397}.example.com"
        if kind < 9:  # work meeting with colleagues
            organizer = _person("lead@work.example", organizer=True)
            attendees = (_me(WORK), organizer, _person(f"colleague{i % 31}@work.example"))
            title, description = TITLES_WORK[i % len(TITLES_WORK)], MEET
        elif kind < 14:  # personal block
            organizer, attendees = None, ()
            title, description = TITLES_SOLO[i % len(TITLES_SOLO)], ""
        elif kind < 17:  # meeting with an outside company
            organizer = _person(f"ann@{domain}", organizer=True)
            attendees = (
                _me(),
                organizer,
                Attendee("room-1@resource.calendar.google.com", kind=AttendeeKind.ROOM),
            )
            title, description = f"Partnership sync – {company}", MEET
        else:  # an interview process: a first round, then later ones
            organizer = _person(f"talent@{domain}", organizer=True)
            attendees = (_me(), organizer, _person(f"hm{i % 7}@{domain}"))
            later = kind != 17
            titles = TITLES_LATER if later else TITLES_FIRST
            title = titles[(i // 20) % len(titles)].format(c=company)
            description = HTML if later and i % 3 == 0 else MEET
        events.append(
            Event(
                uid=f"bench-{i}",
                start=when,
                end=when + timedelta(minutes=45),
                summary=title,
                description=description,
                organizer=organizer,
                attendees=attendees,
                source="bench",
            )
        )
    return events


def run(n: int = 10_000) -> dict[str, float]:
    """Detect on ``n`` synthetic events; return the count, seconds and events per second."""
    events = synthetic_calendar(n)
    profile = Profile.build([USER, WORK])
    warm_up()  # the vocabularies compile on first use: start-up, not detection
    began = time.perf_counter()
    detect(events, profile)
    seconds = time.perf_counter() - began
    return {"events": n, "seconds": seconds, "events_per_second": n / seconds if seconds else 0.0}


# --- quality on a labelled calendar ---------------------------------------------------------

# Legal forms, dotted or not ("N.V." as "NV", "L.L.C." as "LLC", "S.A. de C.V.", "A.Ş."); matched after
# accents are removed, so "A.Ş." is "a.s.".
_LEGAL_FORM = re.compile(
    r"\b(?:corp|corporation|inc|incorporated|ltd|limited|l\.?l\.?c|l\.?l\.?p|gmbh|mbh|mbb|ag|se|kg|kgaa|plc|dac|clg"
    r"|co|company|s\.?a\.?s|sa|sas|sarl|s\.?r\.?l|spa|s\.?p\.?a|b\.?v|n\.?v|ab|asa|oy|oyj|as|aps|a/s"
    r"|sp\.?\s*z\.?\s*o\.?\s*o|s\.?a\.?(?:\s*p\.?\s*i\.?)?(?:\s*de\s*c\.?\s*v)?|kk|k\.?k"
    r"|ltda|s\.?l|a\.?s|pty|pvt|pte|sdn\.?\s*bhd|bhd|tbk|jsc|g\.?k|slu|lda|sti|ug"
    r"|s\.?\s*de\s*r\.?\s*l(?:\.?\s*de\s*c\.?\s*v)?|s/a|group"
    # non-profit forms: Germany's gGmbH, gUG, e.V. and eG; Mexico's A.C., S.C., A.B.P.
    # and I.A.P. (dotted only: "AC" alone may be a name's own word)
    r"|ggmbh|gug|e\.v|e\.g|a\.c|s\.c|a\.b\.p|i\.a\.p"
    # the Gulf: free-zone companies (FZ-LLC, FZE, FZCO, DMCC), W.L.L., joint-stock
    # companies (PJSC, QPSC, QSC, B.S.C.(c), K.S.C.P., SAOG, SAOC), Oman's SPC
    r"|fz\W?llc|fze|fzco|fzc|dmcc|w\.?\s?l\.?\s?l|p\.?j\.?s\.?c|q\.?p\.?s\.?c|q\.?s\.?c"
    r"|b\.?s\.?c(?:\s?\(c\))?|k\.?s\.?c\.?[cp]?|saog|saoc|spc"
    # a United States national bank: "N.A." (National Association), dotted only
    r"|n\.a)\b\.?"
    # Scripts without spaces: anywhere in the name (Hangul as NFKD leaves it)
    + "|"
    + "|".join(
        re.escape(unicodedata.normalize("NFKD", f))
        for f in (
            "株式会社",
            "合同会社",
            "有限会社",
            "有限公司",
            "有限责任公司",
            "주식회사",
            "(주)",
            "㈜",
        )
    ),
)


_BRACKETED = re.compile(r"\s*\(([^\W\d_]{2,8})\)\s*$")


def _without_own_initials(name: str) -> str:
    """``name`` without a closing bracket that holds its own initials: "European
    Clinical Trials Network (ECTN)" is "European Clinical Trials Network", as a legal
    form is ignored. Short words ("for", "of") may be skipped by the initials."""
    match = _BRACKETED.search(name)
    if not match:
        return name
    words = re.findall(r"[^\W\d_]+", name[: match.start()])
    initials = match.group(1).casefold()
    every = "".join(word[0] for word in words).casefold()
    capitals = "".join(word[0] for word in words if word[0].isupper()).casefold()
    return name[: match.start()] if initials in (every, capitals) else name


def normalised(name: str | None) -> str:
    """A company or role compared without case, accents, punctuation, legal form, a
    leading "The" or a bracketed abbreviation that is the name's own initials."""
    # a leading English article is no part of the name ("The Ossington Textile Archive"
    # is "Ossington Textile Archive" when people speak of it), as a legal form is not
    bare = re.sub(r"^\s*the\s+", "", _without_own_initials(name or ""), flags=re.I)
    text = unicodedata.normalize("NFKD", bare.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _LEGAL_FORM.sub(" ", text)
    return re.sub(r"[\W_]+", "", text)


def normalised_role(role: str | None) -> str:
    """A role compared without case, accents, punctuation or a gender marker ("(m/w/d)")."""
    text = re.sub(
        r"\((?:[a-z]{1,3}\s*/\s*){1,3}[a-z]{1,3}\)|\(all genders\)", " ", role or "", flags=re.I
    )
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", text)


_INCLUSIVE = re.compile(r"(\w+)\s*[/*:(]\s*(\w+)\)?")


def _readings(role: str) -> set[str]:
    """Each gendered reading of a role written in an inclusive form: "Jefe/a" is
    "Jefe" or "Jefa", "Diretor(a)" "Diretor" or "Diretora", "Directeur/Directrice" either word, "Leiter/in" or "Leiter*in"
    "Leiter" or "Leiterin". A label gives one gendered form; the invite's inclusive
    form names the same job, and no gender is guessed from it."""
    found = {role}
    for match in _INCLUSIVE.finditer(role):
        left, right = match.group(1), match.group(2)
        forms = {left, left + right}
        if len(right) < len(left):
            forms.add(left[: len(left) - len(right)] + right)
        if len(right) >= 4:
            forms.add(right)
        found |= {role[: match.start()] + form + role[match.end() :] for form in forms}
    return found


def same_role(found: str | None, labelled: str) -> bool:
    """Whether the role detected is the role labelled (see :func:`normalised_role`),
    counting an inclusive form as each of its gendered readings."""
    want = normalised_role(labelled)
    return any(normalised_role(r) == want for r in _readings(found or ""))


@dataclass(frozen=True)
class Score:
    """Precision and recall of follow-up verdicts, and exact company and role on the positives."""

    precision: float
    recall: float
    company: float | None = None
    role: float | None = None
    #: The same two over only the follow-ups whose labelled company (role) some invite of
    #: the calendar writes, and how many those are: a label naming more than any invite
    #: shows ("Acme Instruments" where every invite says "Acme") is beyond any reader.
    company_written: tuple[float, int] | None = None
    role_written: tuple[float, int] | None = None

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __str__(self) -> str:
        extra = "".join(
            f"  {what} {value:.2f}" if value is not None else f"  {what}  -  "
            for what, value in (("company", self.company), ("role", self.role))
        )
        written = [
            f"{what} {value:.2f} of {count}"
            for what, found in (("company", self.company_written), ("role", self.role_written))
            if found is not None
            for value, count in [found]
        ]
        if written:
            extra += f"  (as the invites write them: {', '.join(written)})"
        return f"precision {self.precision:.2f}  recall {self.recall:.2f}  F1 {self.f1:.2f}{extra}"


@dataclass(frozen=True)
class Labelled:
    """A labelled calendar, read: labels by UID, the events, and the user's profile."""

    labels: dict[str, dict]
    events: list[Event]
    profile: Profile
    #: Every text of the calendar file, unfolded and unescaped (RFC 5545 §3.1, §3.3.11).
    text: str = ""


def labels_beside(calendar: Path) -> Path:
    """The labels file for ``calendar``: ``X.json``, ``X-labels.json`` or ``detection_labels.json``."""
    for candidate in (
        calendar.with_suffix(".json"),
        calendar.with_name(calendar.stem + "-labels.json"),
        calendar.with_name(calendar.stem + "_labels.json"),
        calendar.with_name(calendar.stem.replace("labelled", "labels") + ".json"),
        calendar.with_name("detection_labels.json"),
    ):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no labels beside {calendar}: pass the JSON file after it")


def _years(text: str) -> tuple[int, int]:
    years = [int(y) for y in re.findall(r"^DTSTART[^:\n]*:(\d{4})", text, re.M)]
    return (min(years, default=2000) - 1, max(years, default=2030) + 2)


def read_labelled(
    calendar: Path, labels_path: Path | None = None, about: dict[str, Any] | None = None
) -> Labelled:
    """Read a labelled calendar through the real .ics source, as a user's calendar is read.

    The user comes from the labels' ``_about`` entry, else from ``about`` (the same keys:
    ``user_email``, ``user_aliases``, ``timezone``), for a labels file frozen by its hash.
    """
    from assistant.sources.ics import IcsSource, Owner

    labels = json.loads((labels_path or labels_beside(calendar)).read_text(encoding="utf-8"))
    about = labels.pop("_about", None) or about or {}
    addresses = [about.get("user_email", ""), *about.get("user_aliases", [])]
    addresses = [a for a in addresses if a]
    tz = ZoneInfo(about.get("timezone") or "Europe/Berlin")
    first, last = _years(calendar.read_text(encoding="utf-8", errors="replace"))
    source = IcsSource(str(calendar), Owner(frozenset(a.lower() for a in addresses), tz))
    read = source.read(datetime(first, 1, 1, tzinfo=tz), datetime(last, 1, 1, tzinfo=tz))
    for warning in read.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    raw = calendar.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"\r?\n[ \t]", "", raw)
    text = re.sub(r"\\([nN])|\\([,;\\])", lambda m: "\n" if m.group(1) else m.group(2), text)
    return Labelled(labels, read.events, Profile.build(addresses), text)


def per_series(events: Sequence[Event], rule: Callable[[Event], bool]) -> dict[str, bool]:
    """A verdict per UID: a series is a follow-up when any of its instances is."""
    predicted: dict[str, bool] = {}
    for event in events:
        predicted[event.uid] = predicted.get(event.uid, False) or rule(event)
    return predicted


def score(
    labels: dict[str, dict],
    predicted: dict[str, bool],
    companies: dict[str, str | None] | None = None,
    roles: dict[str, str | None] | None = None,
    text: str = "",
) -> Score:
    """Precision and recall over labelled UIDs; company and role over labelled follow-ups
    (and, given the calendar's ``text``, over those whose label some invite writes)."""
    tp = sum(1 for uid, lab in labels.items() if lab["follow_up"] and predicted.get(uid))
    fp = sum(1 for uid, lab in labels.items() if not lab["follow_up"] and predicted.get(uid))
    fn = sum(1 for uid, lab in labels.items() if lab["follow_up"] and not predicted.get(uid))
    positives = {uid: lab for uid, lab in labels.items() if lab["follow_up"]}
    company = role = company_written = role_written = None
    if companies is not None and positives:
        right = {
            uid
            for uid, lab in positives.items()
            if normalised(companies.get(uid)) == normalised(lab.get("company"))
        }
        company = len(right) / len(positives)
        company_written = _share(right, positives, "company", normalised, text)
    with_role = {uid: lab for uid, lab in positives.items() if lab.get("role")}
    if roles is not None and with_role:
        right = {uid for uid, lab in with_role.items() if same_role(roles.get(uid), lab["role"])}
        role = len(right) / len(with_role)
        role_written = _share(right, with_role, "role", normalised_role, text)
    return Score(
        tp / (tp + fp) if tp + fp else 0.0,
        tp / (tp + fn) if tp + fn else 0.0,
        company,
        role,
        company_written,
        role_written,
    )


def _share(
    right: set[str],
    labelled: dict[str, dict],
    key: str,
    squash: Callable[[str | None], str],
    text: str,
) -> tuple[float, int] | None:
    """The share of ``right`` among the labels whose ``key`` the calendar's ``text``
    writes, and how many those are; None when every label is written (or no text)."""
    squashed = squash(text)
    written = [
        uid for uid, lab in labelled.items() if not lab.get(key) or squash(lab[key]) in squashed
    ]
    if not text or len(written) == len(labelled) or not written:
        return None
    return sum(uid in right for uid in written) / len(written), len(written)


def literal_second_interview(event: Event) -> bool:
    """Naive rule 1: the title says "second interview"."""
    return "second interview" in (event.summary or "").lower()


def _outside_guest(event: Event, profile: Profile) -> str | None:
    people = [event.organizer, *event.attendees] if event.organizer else list(event.attendees)
    for p in people:
        if p is None or p.is_self or p.email.lower() in profile.addresses:
            continue
        domain = domain_of(p.email)
        if domain not in profile.own_domains:
            return domain
    return None


def by_series(
    detections: Sequence[Detection],
) -> tuple[dict[str, bool], dict[str, str | None], dict[str, str | None]]:
    """Verdict, company and role per UID (a follow-up instance's company and role win)."""
    flagged: dict[str, bool] = {}
    companies: dict[str, str | None] = {}
    roles: dict[str, str | None] = {}
    for d in detections:
        uid, v = d.event.uid, d.verdict
        if uid not in flagged or (v.is_follow_up and not flagged[uid]):
            companies[uid], roles[uid] = v.company, v.role
        flagged[uid] = flagged.get(uid, False) or v.is_follow_up
    return flagged, companies, roles


def evaluate(labelled: Labelled) -> dict[str, Score]:
    """Detection and the two naive rules on one labelled calendar, by name."""
    events, profile, labels = labelled.events, labelled.profile, labelled.labels
    flagged, companies, roles = by_series(detect(events, profile))

    def guest_company(event: Event) -> str | None:
        domain = _outside_guest(event, profile)
        if not domain or is_free_mail(domain) or is_service(domain):
            return None
        return readable_name(domain)

    guest_companies = {e.uid: guest_company(e) for e in events}
    return {
        "detection": score(labels, flagged, companies, roles, labelled.text),
        '"second interview" in the title': score(
            labels, per_series(events, literal_second_interview), guest_companies, {}
        ),
        "any outside guest": score(
            labels,
            per_series(events, lambda e: not e.all_day and _outside_guest(e, profile) is not None),
            guest_companies,
            {},
        ),
    }


def evaluate_together(calendars: Sequence[Labelled]) -> Score:
    """Detection's score over several labelled calendars as one: every labelled series of
    every calendar counts once (a micro-average), so a calendar with more follow-ups weighs
    more, and one writer's habits sway the figure less than in a single calendar."""
    labels: dict[str, dict] = {}
    flagged: dict[str, bool] = {}
    companies: dict[str, str | None] = {}
    roles: dict[str, str | None] = {}
    for i, labelled in enumerate(calendars):
        found = by_series(detect(labelled.events, labelled.profile))
        labels |= {f"{i}:{uid}": lab for uid, lab in labelled.labels.items()}
        for into, each in zip((flagged, companies, roles), found, strict=True):
            into |= {f"{i}:{uid}": value for uid, value in each.items()}
    return score(labels, flagged, companies, roles, "\n".join(c.text for c in calendars))


def mistakes(labels: dict[str, dict], detections: Sequence[Detection]) -> list[str]:
    """The misjudged events with their reasons, one line each."""
    wrong = set()
    for d in detections:
        label = labels.get(d.event.uid)
        if label is not None and d.verdict.is_follow_up != label["follow_up"]:
            kind = "missed" if label["follow_up"] else "false positive"
            wrong.add(f"{kind}: {d.event.summary!r}: {' | '.join(d.verdict.reasons)}")
    return sorted(wrong)


def _calendars(args: Sequence[str]) -> list[tuple[Path, Path | None]]:
    pairs: list[tuple[Path, Path | None]] = []
    for arg in args:
        path = Path(arg)
        if path.suffix.lower() == ".json" and pairs and pairs[-1][1] is None:
            pairs[-1] = (pairs[-1][0], path)
        else:
            pairs.append((path, None))
    return pairs


def main(args: Sequence[str]) -> int:
    """Score each labelled calendar given, or time ``N`` synthetic events."""
    if any(arg in ("-h", "--help") for arg in args):
        print(__doc__)
        return 0
    if not args or args[0].isdigit():
        result = run(int(args[0]) if args else 10_000)
        print(
            f"detected {result['events']:,} events in {result['seconds']:.3f} s "
            f"({result['events_per_second']:,.0f} events/s)"
        )
        return 0
    verbose = "--mistakes" in args
    about: dict[str, Any] = {}
    rest: list[str] = []
    words = iter(args)
    for arg in words:
        if arg == "--user":  # for labels without an _about entry
            about["user_email"] = next(words)
        elif arg == "--timezone":
            about["timezone"] = next(words)
        elif arg != "--mistakes":
            rest.append(arg)
    read: list[Labelled] = []
    for calendar, labels_path in _calendars(rest):
        labelled = read_labelled(calendar, labels_path, about)
        read.append(labelled)
        positives = sum(1 for lab in labelled.labels.values() if lab["follow_up"])
        print(f"{calendar}: {len(labelled.labels)} labelled series, {positives} follow-ups")
        for name, result in evaluate(labelled).items():
            print(f"  {name:34} {result}")
        if verbose:
            detections = detect(labelled.events, labelled.profile)
            for line in mistakes(labelled.labels, detections):
                print(f"  wrong: {line}")
            _, companies, roles = by_series(detections)
            for uid, lab in labelled.labels.items():
                if not lab["follow_up"]:
                    continue
                if normalised(companies.get(uid)) != normalised(lab.get("company")):
                    print(f"  company: {companies.get(uid)!r} for {lab.get('company')!r}")
                if lab.get("role") and not same_role(roles.get(uid), lab["role"]):
                    print(f"  role: {roles.get(uid)!r} for {lab['role']!r}")
    if len(read) > 1:
        together = evaluate_together(read)
        series = sum(len(c.labels) for c in read)
        positives = sum(1 for c in read for lab in c.labels.values() if lab["follow_up"])
        print(
            f"all {len(read)} calendars together: {series} labelled series, {positives} follow-ups"
        )
        print(f"  {'detection':34} {together}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

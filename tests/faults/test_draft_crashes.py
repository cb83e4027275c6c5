"""Exactly once, whatever happens: crashes at every step, re-runs, overlapping passes.

Every test here uses a real Maildir in ``tmp_path`` and counts the files in
``.Drafts``, ``.Sent`` and the inbox, rather than trusting what the code reports.
A "crash" is an exception raised at a ``Services.checkpoint`` step; the restart
is a fresh ``Services`` on the same database file and the same Maildir.
"""

from __future__ import annotations

import email
from collections.abc import Callable
from datetime import timedelta
from email import policy
from pathlib import Path

import pytest

from assistant import approval
from assistant.drafting import debrief as debriefs
from assistant.mail.maildir import DRAFTS, INBOX, SENT, MaildirMailbox
from assistant.messages import plain_body
from assistant.models import DraftKind, DraftState
from assistant.runner import run_once
from assistant.services import Services
from assistant.sources.memory import MemoryCalendar
from assistant.store import Store
from tests.conftest import NOW, build_services, make_event, me, person, room

JORDAN = person("jordan@acme.example", "Jordan Lee", is_organizer=True)
ENDED = make_event(
    start=NOW - timedelta(hours=3),
    attendees=(
        me(),
        JORDAN,
        person("priya@acme.example", "Priya Raman"),
        person("sam@acme.example", "Sam Okafor"),
        room(),
    ),
)
DRAFT_COUNT = 3  # thank-yous to Priya and Sam, the offer request to Jordan


class Crash(Exception):
    """Stands for the process dying at a step boundary."""


def crash_at(step: str, nth: int = 1) -> Callable[[str], None]:
    seen = {"count": 0}

    def checkpoint(name: str) -> None:
        if name == step:
            seen["count"] += 1
            if seen["count"] == nth:
                raise Crash(f"{name} #{nth}")

    return checkpoint


class Home:
    """One database file and one Maildir; each ``services()`` is a fresh process."""

    def __init__(self, root: Path, *events) -> None:
        self.db = root / "state.db"
        self.mail = root / "mail"
        self.calendar = MemoryCalendar(events)
        self._open: list[Store] = []

    def services(self, checkpoint: Callable[[str], None] = lambda step: None) -> Services:
        store = Store.open(self.db)
        self._open.append(store)
        return build_services(
            self.calendar, store, MaildirMailbox(self.mail), checkpoint=checkpoint
        )

    def count(self, folder: str) -> int:
        return len(MaildirMailbox(self.mail).messages(folder))

    def close(self) -> None:
        for store in self._open:
            store.close()


@pytest.fixture
def home(tmp_path: Path):
    opened = Home(tmp_path, ENDED)
    yield opened
    opened.close()


def assert_exactly_once(home: Home, services: Services) -> None:
    drafts = services.store.drafts()
    assert len(drafts) == DRAFT_COUNT
    assert len({d.key for d in drafts}) == DRAFT_COUNT
    assert all(d.mailbox_ref for d in drafts)
    assert home.count(DRAFTS) == DRAFT_COUNT
    assert home.count(INBOX) == 1, "one note to self"
    assert home.count(SENT) == 0


DRAFT_STEPS = [
    ("drafts:before-mailbox", 1),
    ("drafts:before-mailbox", 2),
    ("drafts:before-mailbox", 3),
    ("drafts:after-mailbox", 1),
    ("drafts:after-mailbox", 3),
    ("note:before-mailbox", 1),
    ("note:after-mailbox", 1),
]


@pytest.mark.parametrize(("step", "nth"), DRAFT_STEPS)
def test_a_crash_while_making_drafts_leaves_one_draft_per_key(home: Home, step: str, nth: int):
    with pytest.raises(Crash):
        run_once(home.services(crash_at(step, nth)), NOW)
    restarted = home.services()
    run_once(restarted, NOW + timedelta(minutes=5))
    run_once(restarted, NOW + timedelta(minutes=10))
    assert_exactly_once(home, restarted)


@pytest.mark.parametrize(("step", "nth"), DRAFT_STEPS)
def test_two_passes_at_once_still_make_one_draft_per_key(home: Home, step: str, nth: int):
    """The second pass runs whole while the first is stopped at ``step``; then the first goes on."""
    other = home.services()

    def interleave(name: str) -> None:
        if name == step:
            interleave.count += 1  # type: ignore[attr-defined]
            if interleave.count == nth:  # type: ignore[attr-defined]
                run_once(other, NOW)

    interleave.count = 0  # type: ignore[attr-defined]
    first = home.services(interleave)
    run_once(first, NOW)
    run_once(first, NOW + timedelta(minutes=5))
    assert_exactly_once(home, first)


@pytest.fixture
def drafted(home: Home):
    services = home.services()
    run_once(services, NOW)
    return {d.kind: d for d in services.store.drafts()}


@pytest.mark.parametrize("step", ["send:before-mailbox", "send:after-mailbox"])
def test_a_crash_while_sending_sends_at_most_once(home: Home, drafted, step: str):
    draft = drafted[DraftKind.OFFER_REQUEST]
    with pytest.raises(Crash):
        approval.approve(home.services(crash_at(step)), draft.id, NOW)
    assert home.count(SENT) == (1 if step == "send:after-mailbox" else 0)
    restarted = home.services()
    assert restarted.store.draft(draft.id).state is DraftState.APPROVED, "the approval holds"
    run_once(restarted, NOW + timedelta(minutes=5))  # the next pass finishes the send
    run_once(restarted, NOW + timedelta(minutes=10))
    assert restarted.store.draft(draft.id).state is DraftState.SENT
    assert home.count(SENT) == 1
    assert home.count(DRAFTS) == DRAFT_COUNT - 1
    with pytest.raises(Exception, match="already sent"):
        approval.approve(restarted, draft.id, NOW + timedelta(minutes=11))
    assert home.count(SENT) == 1


@pytest.mark.parametrize("step", ["send:before-mailbox", "send:after-mailbox"])
def test_approving_twice_at_once_sends_once(home: Home, drafted, step: str):
    draft = drafted[DraftKind.THANK_YOU]
    other = home.services()

    def interleave(name: str) -> None:
        if name == step:
            approval.approve(other, draft.id, NOW)

    first = home.services(interleave)
    approval.approve(first, draft.id, NOW)
    assert first.store.draft(draft.id).state is DraftState.SENT
    assert home.count(SENT) == 1
    assert home.count(DRAFTS) == DRAFT_COUNT - 1


def test_a_crash_while_rerendering_is_repaired_by_the_next_debrief(home: Home, drafted):
    draft = drafted[DraftKind.THANK_YOU]
    crashing = home.services(crash_at("refresh:before-mailbox"))
    target = debriefs.debrief_target(crashing, ENDED.event_id, NOW)
    note = {draft.to[0]: "your team's move to Rust"}
    with pytest.raises(Crash):
        debriefs.record_debrief(crashing, target, NOW, notes=note)
    restarted = home.services()
    debriefs.record_debrief(restarted, target, NOW, notes=note)
    stored = restarted.store.draft(draft.id)
    assert "move to Rust" in stored.body
    (path,) = [
        p
        for p in MaildirMailbox(home.mail).messages(DRAFTS)
        if p.name.startswith(draft.mailbox_ref)
    ]
    on_disk = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert body_text(on_disk) == stored.body
    assert home.count(DRAFTS) == DRAFT_COUNT


@pytest.mark.parametrize("step", ["note:before-mailbox", "note:after-mailbox"])
def test_a_crash_while_reminding_still_reminds_once(home: Home, drafted, step: str):
    later = NOW + timedelta(days=3, hours=1)
    with pytest.raises(Crash):
        run_once(home.services(crash_at(step)), later)
    restarted = home.services()
    for hours in (0, 1, 48):
        run_once(restarted, later + timedelta(hours=hours))
    assert home.count(INBOX) == 2, "the note after the interview and one reminder"


# --- what reaches the headers -------------------------------------------------------------


def raw_drafts(home: Home) -> list[bytes]:
    return [p.read_bytes() for p in MaildirMailbox(home.mail).messages(DRAFTS)]


def header_block(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0]


def body_text(message: email.message.EmailMessage) -> str:
    """The plain text as the store holds it (files on disk end lines with CRLF)."""
    return plain_body(message).replace("\r\n", "\n")


def test_non_ascii_names_are_greeted_and_rfc2047_encoded(tmp_path: Path):
    event = make_event(
        summary="Second interview: Product Manager at Café Zürich",
        start=NOW - timedelta(hours=3),
        organizer=person("juergen@cafe.example", "Jürgen Groß", is_organizer=True),
        attendees=(
            me(),
            person("zoe@cafe.example", "Zoë Müller"),
            person("li@cafe.example", "李 小龙"),
        ),
    )
    home = Home(tmp_path, event)
    try:
        run_once(home.services(), NOW)
        greetings = {}
        for raw in raw_drafts(home):
            headers = header_block(raw)
            assert max(headers) < 128, "headers are pure ASCII on the wire"
            assert b"=?utf-8?" in headers, "non-ASCII names travel as RFC 2047 encoded words"
            parsed = email.message_from_bytes(raw, policy=policy.default)
            (to,) = parsed["To"].addresses
            greetings[to.display_name] = body_text(parsed).splitlines()[0]
        assert greetings == {
            "Zoë Müller": "Hi Zoë,",
            "李 小龙": "Hi 小龙,",  # family name first: 小龙 is the given name (nameparser)
            "Jürgen Groß": "Hi Jürgen,",
        }
    finally:
        home.close()


def test_hostile_event_text_never_reaches_a_header(tmp_path: Path):
    evil = person("eve@acme.example", 'Eve"\r\nBcc: all@evil.example\r\nX-Injected: 1')
    event = make_event(
        summary="Second interview at Acme\r\nBcc: everyone@evil.example\nSubject: pwned",
        start=NOW - timedelta(hours=3),
        attendees=(me(), JORDAN, evil),
    )
    home = Home(tmp_path, event)
    try:
        run_once(home.services(), NOW)
        raws = raw_drafts(home)
        assert len(raws) == 2
        for raw in raws:
            headers = header_block(raw)
            lines = headers.split(b"\r\n")
            assert not any(line.lower().startswith((b"bcc", b"x-injected")) for line in lines)
            assert b"\r" not in headers.replace(b"\r\n", b"") and b"\n" not in headers.replace(
                b"\r\n", b""
            )
            parsed = email.message_from_bytes(raw, policy=policy.default)
            assert parsed["Bcc"] is None and parsed["X-Injected"] is None
            assert len(parsed["To"].addresses) == 1
            assert len(parsed.get_all("Subject")) == 1
        eves = [r for r in raws if b"eve@acme.example" in header_block(r)]
        (eve,) = [email.message_from_bytes(r, policy=policy.default) for r in eves]
        assert body_text(eve).startswith("Hi Eve,\n")
        for draft in home.services().store.drafts():
            assert "\n" not in draft.subject and "\r" not in draft.subject
    finally:
        home.close()


def test_twenty_attendees_of_every_shape_get_one_correct_draft_each(tmp_path: Path):
    """Twenty guests and the organizer (more than 25 guests is a mass event: no thank-yous)."""
    shapes = [
        ("", "jane.doe{i}@acme.example", "Hi Jane,"),
        ("JOHN SMITH", "js{i}@acme.example", "Hi John,"),
        ("doe, mary", "md{i}@acme.example", "Hi Mary,"),
        ("Zoë Ångström", "z{i}@acme.example", "Hi Zoë,"),
        ("", "x{i}@acme.example", "Hello,"),
    ]
    people, expected = [], {}
    for i in range(20):
        name, address, greeting = shapes[i % len(shapes)]
        people.append(person(address.format(i=i), name))
        expected[address.format(i=i)] = greeting
    event = make_event(start=NOW - timedelta(hours=3), attendees=(me(), JORDAN, *people))
    home = Home(tmp_path, event)
    try:
        services = home.services()
        run_once(services, NOW)
        run_once(services, NOW + timedelta(minutes=5))
        assert home.count(DRAFTS) == 21 and len(services.store.drafts()) == 21
        seen = {}
        for raw in raw_drafts(home):
            assert max(header_block(raw)) < 128
            parsed = email.message_from_bytes(raw, policy=policy.default)
            (to,) = parsed["To"].addresses
            if "Next steps" not in str(parsed["Subject"]):
                seen[to.addr_spec] = body_text(parsed).splitlines()[0]
        assert seen == expected
    finally:
        home.close()

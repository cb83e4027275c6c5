"""The send ledger shared by the Gmail and Graph mailboxes: rows, and how an attempt ends."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from assistant.errors import DraftGoneError, MailboxError, TransientError, UncertainError
from assistant.mail.ledger import Ledger, message_id_of
from assistant.store import Store

AT = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
MID = "<thanks.1@interview-assistant>"


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    return Ledger("test:", Store.open(tmp_path / "state.db"), clock=lambda: AT)


def test_a_row_merges_what_is_noted_and_stamps_the_time(ledger: Ledger) -> None:
    ledger.note(MID, kind="draft", state="creating")
    ledger.note(MID, state="drafted", draft_id="r-1")
    assert ledger.record(MID) == {
        "kind": "draft",
        "state": "drafted",
        "draft_id": "r-1",
        "at": AT.isoformat(),
    }
    assert ledger.record("<other@x>") == {}


def test_a_message_without_message_id_cannot_be_sent_exactly_once() -> None:
    with pytest.raises(MailboxError, match="no Message-ID"):
        message_id_of(EmailMessage())
    message = EmailMessage()
    message["Message-ID"] = f"  {MID} "
    assert message_id_of(message) == MID


def test_an_uncertain_attempt_notes_its_state_and_says_what_happens_next(ledger: Ledger) -> None:
    ledger.note(MID, state="sending")
    with (
        pytest.raises(TransientError, match=r"^HTTP 503; it will be checked$") as caught,
        ledger.attempt(
            MID, on_error="drafted", on_uncertain="uncertain", then="it will be checked"
        ),
    ):
        raise UncertainError("HTTP 503")
    assert not isinstance(caught.value, UncertainError), "the next pass decides, not this one"
    assert ledger.record(MID)["state"] == "uncertain"


def test_an_uncertain_creation_stays_creating_so_it_is_looked_for(ledger: Ledger) -> None:
    ledger.note(MID, state="creating")
    with (
        pytest.raises(TransientError),
        ledger.attempt(MID, on_error="failed", on_uncertain=None, then="looked for"),
    ):
        raise UncertainError("no answer")
    assert ledger.record(MID)["state"] == "creating"


@pytest.mark.parametrize("error", [MailboxError("HTTP 400"), KeyboardInterrupt()])
def test_any_other_end_notes_the_error_state_and_propagates(
    ledger: Ledger, error: BaseException
) -> None:
    ledger.note(MID, state="sending")
    with (
        pytest.raises(type(error)),
        ledger.attempt(MID, on_error="drafted", on_uncertain="uncertain", then=""),
    ):
        raise error
    assert ledger.record(MID)["state"] == "drafted"


def test_a_gone_draft_stays_gone(ledger: Ledger) -> None:
    ledger.note(MID, state="sending", draft_id="r-1")
    with (
        pytest.raises(DraftGoneError, match="draft r-1 was sent or deleted in Gmail"),
        ledger.attempt(MID, on_error="drafted", on_uncertain="uncertain", then=""),
    ):
        raise ledger.gone(MID, "r-1", "Gmail")
    assert ledger.record(MID)["state"] == "gone"


def test_a_success_leaves_the_row_to_the_caller(ledger: Ledger) -> None:
    ledger.note(MID, state="sending")
    with ledger.attempt(MID, on_error="failed", on_uncertain="uncertain", then=""):
        pass
    assert ledger.record(MID)["state"] == "sending"

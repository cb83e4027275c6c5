"""A registered name written with initials and its own remaining words ("ZTK „Orzeł”
Sp. z o.o.", "SFH AG") where another text spells the initials out before the
same words ("Zakłady Tworzyw Kompozytowych „Orzeł” Sp. z o.o."): the full name keeps
those words. Words only the short form writes after its initials are a division of it
and stay dropped."""

from __future__ import annotations

from assistant.detect.employer.initials import spelled_in_full


def test_the_words_after_the_initials_are_kept_when_the_full_name_writes_them():
    text = ("Z poważaniem\nZakłady Tworzyw Kompozytowych „Orzeł” Sp. z o.o.\n",)
    assert (
        spelled_in_full("ZTK „Orzeł” Sp. z o.o.", text)
        == "Zakłady Tworzyw Kompozytowych „Orzeł” Sp. z o.o."
    )


def test_a_legal_form_after_the_initials_is_kept_too():
    text = ("Mit freundlichen Grüßen\nSüddeutsche Fahrzeugbau Hansa AG\n",)
    assert spelled_in_full("SFH AG", text) == "Süddeutsche Fahrzeugbau Hansa AG"


def test_a_division_written_only_after_the_initials_is_dropped():
    text = ("Lakeshore County Human Services Department",)
    assert (
        spelled_in_full("LCHSD Aging Services", text)
        == "Lakeshore County Human Services Department"
    )


def test_a_later_round_written_with_initials_takes_the_processes_full_name():
    from assistant.detect import detect
    from tests.unit.test_detect_kinds import PROFILE, invite, me_at

    first = invite(
        "Rozmowa rekrutacyjna – Kierownik Zmiany",
        "kadry@ztk-orzel.example",
        "anna.nowak@ztk-orzel.example",
        days=1,
        description=(
            "Dzień dobry,\nzapraszam na rozmowę rekrutacyjną na stanowisko Kierownik Zmiany.\n\n"
            "Pozdrawiam\nAnna Nowak\nZakłady Tworzyw Kompozytowych „Orzeł” Sp. z o.o.\n"
        ),
        myself=me_at(),
    )
    later = invite(
        "Spotkanie z Dyrektorem Zakładu – ZTK Orzeł",
        "anna.nowak@ztk-orzel.example",
        "jan.kowal@ztk-orzel.example",
        days=8,
        description=(
            "Dzień dobry,\nzapraszam na II etap rekrutacji.\n\nPozdrawiam\nAnna Nowak\n"
            "ZTK „Orzeł” Sp. z o.o.\n"
        ),
        myself=me_at(),
    )
    found = {d.event.uid: d.verdict for d in detect([first, later], PROFILE)}
    assert found[later.uid].is_follow_up
    assert found[later.uid].company == "Zakłady Tworzyw Kompozytowych „Orzeł” Sp. z o.o."

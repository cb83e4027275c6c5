"""The provider-neutral retry policy: ``Retry-After``, backoff, the in-pass retry."""

from __future__ import annotations

import pytest
import requests

from assistant.errors import TransientError, UncertainError
from assistant.retry import (
    MAX_DELAY,
    backoff_delay,
    no_answer,
    retry_after_seconds,
    retry_in_pass,
)


@pytest.mark.parametrize("value", ["-5", "1.5", "nan", "inf", "1e3", "²", "7s", ""])
def test_a_retry_after_that_is_not_delay_seconds_is_no_wait(value: str) -> None:
    # RFC 9110 §10.2.3: delay-seconds = 1*DIGIT; anything else is not a number of seconds.
    assert retry_after_seconds(value) is None


def test_a_retry_after_in_seconds_may_carry_white_space() -> None:
    assert retry_after_seconds(" 7 ") == 7.0 and retry_after_seconds("0") == 0.0


def test_backoff_doubles_from_half_a_second_with_jitter_up_to_the_cap() -> None:
    assert [backoff_delay(n, None, lambda: 0.0) for n in range(7)] == [
        0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 16.0
    ]  # fmt: skip
    assert backoff_delay(6, None, lambda: 0.999) < MAX_DELAY
    assert backoff_delay(0, 3600.0) == MAX_DELAY, "a server's wait is capped too"


def test_uncertain_is_transient_so_every_caller_of_transient_errors_still_catches_it() -> None:
    assert issubclass(UncertainError, TransientError)
    assert UncertainError("no answer", retry_after=4.0).retry_after == 4.0


class _ServerError(UncertainError):
    pass


def test_the_in_pass_retry_looks_before_each_repeat_and_stops_at_what_it_finds() -> None:
    calls: list[str] = []
    sleeps: list[float] = []

    def call() -> str:
        calls.append("call")
        raise _ServerError("HTTP 503", retry_after=None if len(calls) == 1 else 9.0)

    found = iter([None, "made after all"])
    result = retry_in_pass(
        call, lambda: next(found), retry_on=_ServerError, attempts=4, sleep=sleeps.append,
        rand=lambda: 0.5,
    )  # fmt: skip
    assert result == "made after all"
    assert calls == ["call", "call"] and sleeps == [0.75, 9.0]


def test_the_in_pass_retry_lets_the_last_error_and_other_errors_through() -> None:
    def server_error() -> str:
        raise _ServerError("HTTP 500")

    sleeps: list[float] = []
    with pytest.raises(_ServerError):
        retry_in_pass(
            server_error, lambda: None, retry_on=_ServerError, attempts=3, sleep=sleeps.append
        )
    assert len(sleeps) == 2

    def timeout() -> str:
        raise UncertainError("no answer")

    with pytest.raises(UncertainError):
        retry_in_pass(timeout, lambda: None, retry_on=_ServerError, attempts=3, sleep=sleeps.append)
    assert len(sleeps) == 2, "an error it was not asked to retry is not retried"


def _no_answer(exc: Exception, method: str, *, last: bool = False) -> None:
    no_answer(
        exc,
        server="Example",
        method=method,
        url="https://api.example/v1/send?alt=json",
        safe=frozenset({"GET"}),
        last=last,
    )


def test_a_post_that_got_no_answer_may_have_been_carried_out_and_is_not_repeated() -> None:
    with pytest.raises(UncertainError, match=r"POST /v1/send \(ReadTimeout\); it may have been"):
        _no_answer(requests.ReadTimeout(), "POST")
    with pytest.raises(UncertainError):
        _no_answer(requests.ConnectionError(), "POST")


def test_a_connect_timeout_never_reached_the_server_so_any_method_is_repeated() -> None:
    assert _no_answer(requests.ConnectTimeout(), "POST") is None
    assert _no_answer(requests.ReadTimeout(), "GET") is None


def test_no_attempt_left_is_a_transient_error_not_an_uncertain_one() -> None:
    with pytest.raises(TransientError, match="Example could not be reached") as caught:
        _no_answer(requests.ConnectTimeout(), "POST", last=True)
    assert not isinstance(caught.value, UncertainError)

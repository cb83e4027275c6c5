"""The Graph transport's retry policy: throttling, Retry-After, what is never repeated,
and paging through @odata.nextLink."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
import responses

from assistant.errors import TransientError
from assistant.microsoft.transport import GraphApi, GraphError
from assistant.retry import MAX_DELAY, UncertainError, backoff_delay, retry_after_seconds
from tests.adapters.graph_fakes import GRAPH, Sleeps, connected_account, fixture, make_api

THROTTLED = fixture("error_429_throttled.json")
UNAVAILABLE = {"error": {"code": "ServiceUnavailable", "message": "try later"}}


@pytest.fixture
def rsps() -> Any:
    with responses.RequestsMock() as mock:
        yield mock


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def api(tmp_path: Path, sleeps: Sleeps) -> GraphApi:
    return make_api(connected_account(tmp_path), sleeps)


def test_429_honours_retry_after_even_for_a_post(api: GraphApi, rsps: Any, sleeps: Sleeps) -> None:
    rsps.post(GRAPH + "me/messages", status=429, json=THROTTLED, headers={"Retry-After": "12"})
    rsps.post(GRAPH + "me/messages", status=201, json={"id": "AAMk1="})
    assert api.request("POST", "me/messages", json={"subject": "x"}) == {"id": "AAMk1="}
    assert sleeps == [12.0]  # throttled means not carried out: safe to repeat


def test_a_long_retry_after_is_capped(api: GraphApi, rsps: Any, sleeps: Sleeps) -> None:
    rsps.get(GRAPH + "me", status=503, json=UNAVAILABLE, headers={"Retry-After": "3600"})
    rsps.get(GRAPH + "me", json={})
    api.request("GET", "me")
    assert sleeps == [MAX_DELAY]


def test_503_and_504_on_a_get_back_off_and_give_up_with_the_error(
    api: GraphApi, rsps: Any, sleeps: Sleeps
) -> None:
    for status in (503, 504, 503, 504, 503):
        rsps.get(GRAPH + "me", status=status, json=UNAVAILABLE)
    with pytest.raises(GraphError) as caught:
        api.request("GET", "me")
    assert caught.value.status == 503 and len(rsps.calls) == 5
    assert sleeps == [0.75, 1.5, 3.0, 6.0]  # 1, 2, 4, 8 s ceilings, half plus jitter 0.5


def test_a_5xx_on_a_post_is_uncertain_and_never_repeated(api: GraphApi, rsps: Any) -> None:
    rsps.post(GRAPH + "me/messages/AAMk1=/send", status=503, headers={"Retry-After": "5"})
    with pytest.raises(UncertainError) as caught:
        api.request("POST", "me/messages/AAMk1=/send")
    assert caught.value.retry_after == 5.0 and len(rsps.calls) == 1


@pytest.mark.parametrize("status", [400, 403, 404, 409, 410])
def test_other_4xx_are_never_retried(api: GraphApi, rsps: Any, status: int) -> None:
    rsps.patch(GRAPH + "me/messages/AAMk1=", status=status, json={"error": {"code": "Nope"}})
    with pytest.raises(GraphError, match=f"HTTP {status} Nope"):
        api.request("PATCH", "me/messages/AAMk1=", json={})
    assert len(rsps.calls) == 1


def test_a_read_timeout_repeats_a_get_but_not_a_post(
    api: GraphApi, rsps: Any, sleeps: Sleeps
) -> None:
    rsps.get(GRAPH + "me", body=requests.ReadTimeout("slow"))
    rsps.get(GRAPH + "me", json={"mail": "me@example.com"})
    assert api.request("GET", "me")["mail"] == "me@example.com"
    rsps.post(GRAPH + "me/messages", body=requests.ReadTimeout("slow"))
    with pytest.raises(UncertainError, match="may have been carried out"):
        api.request("POST", "me/messages", json={})
    assert len(rsps.calls) == 3


def test_a_connect_timeout_never_reached_graph_so_a_post_is_repeated(
    api: GraphApi, rsps: Any
) -> None:
    rsps.post(GRAPH + "me/messages", body=requests.ConnectTimeout("no route"))
    rsps.post(GRAPH + "me/messages", status=201, json={"id": "AAMk2="})
    assert api.request("POST", "me/messages", json={})["id"] == "AAMk2="


def test_unreachable_graph_is_transient(api: GraphApi, rsps: Any) -> None:
    for _ in range(5):
        rsps.get(GRAPH + "me", body=requests.ConnectionError("down"))
    with pytest.raises(TransientError, match="could not be reached"):
        api.request("GET", "me")


def test_pages_follow_the_next_link(api: GraphApi, rsps: Any) -> None:
    rsps.get(GRAPH + "me/messages", json={"value": [1], "@odata.nextLink": GRAPH + "p2"})
    rsps.get(GRAPH + "p2", json={"value": [2], "@odata.nextLink": GRAPH + "p3"})
    rsps.get(GRAPH + "p3", json={"value": [3]})
    assert [p["value"] for p in api.pages("me/messages")] == [[1], [2], [3]]


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    when = "Wed, 21 Oct 2026 07:28:30 GMT"
    assert retry_after_seconds(when) is None  # a date needs "now"
    assert retry_after_seconds(when, now_epoch=1792567700.0) == 10.0
    assert backoff_delay(0, 7.0) == 7.0 and backoff_delay(9, None, lambda: 1.0) == MAX_DELAY

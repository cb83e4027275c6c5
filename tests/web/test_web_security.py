"""Who may use the page: the token, the session cookie, CSRF, the Host header, the headers."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from assistant.app import App
from assistant.models import DraftState
from assistant.web.security import FRAMED_POLICY, PAGE_POLICY, host_allowed
from tests.web.conftest import TOKEN, csrf_of, make_site, sent_count, sign_in

PAGES = ["/", "/drafts", "/history", "/briefing?event=next-1", "/briefing/frame?event=next-1"]
FORMS = [
    ("/drafts/1/approve", {"body": "Hello", "subject": "Hi", "when": "now"}),
    ("/drafts/1/save", {"body": "Hello", "subject": "Hi"}),
    ("/drafts/1/reject", {}),
    ("/interviews/not-an-interview", {"event": "next-1"}),
]


def test_csp_matches_the_documented_policy() -> None:
    assert PAGE_POLICY == (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'"
    )


@pytest.mark.parametrize("path", PAGES)
def test_every_page_refuses_a_visitor_without_the_token(seeded: App, path: str) -> None:
    response = make_site(seeded).test_client().get(path)
    assert response.status_code == 403
    text = response.get_data(as_text=True)
    assert "not signed in" in text and "Open the link" in text
    assert "Acme" not in text and "Initech" not in text


@pytest.mark.parametrize(("path", "form"), FORMS)
def test_every_form_refuses_a_visitor_without_the_token(
    seeded: App, path: str, form: dict[str, str]
) -> None:
    response = make_site(seeded).test_client().post(path, data={**form, "csrf": "guess"})
    assert response.status_code == 403
    assert sent_count(seeded) == 0
    with seeded.open_store() as store:
        assert store.draft(1).state is DraftState.DRAFTED
        assert store.overrides() == {}


def test_a_wrong_token_starts_no_session(seeded: App) -> None:
    client = make_site(seeded).test_client()
    assert client.get("/login?token=not-it").status_code == 403
    assert client.get("/login").status_code == 403
    assert client.get("/drafts").status_code == 403


def test_the_token_visit_sets_a_strict_httponly_cookie_and_drops_the_token(seeded: App) -> None:
    client = make_site(seeded).test_client()
    response = client.get(f"/login?token={TOKEN}")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert TOKEN not in cookie
    assert client.get("/drafts").status_code == 200


def test_a_session_from_another_server_is_not_accepted(seeded: App) -> None:
    site = make_site(seeded)
    first = sign_in(site.test_client())
    cookie = first.get_cookie(site.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    other = make_site(seeded).test_client()  # same token, but a new process secret
    other.set_cookie(cookie.key, cookie.value)
    assert other.get("/drafts").status_code == 403


@pytest.mark.parametrize(("path", "form"), FORMS)
def test_a_post_without_the_csrf_token_is_refused(
    client: FlaskClient, seeded: App, path: str, form: dict[str, str]
) -> None:
    response = client.post(path, data=form)
    assert response.status_code == 403
    assert "out of date" in response.get_data(as_text=True)
    assert sent_count(seeded) == 0
    with seeded.open_store() as store:
        assert store.draft(1).state is DraftState.DRAFTED
        assert store.draft(1).edited is False
        assert store.overrides() == {}


def test_a_post_with_a_wrong_csrf_token_is_refused(client: FlaskClient, seeded: App) -> None:
    response = client.post("/drafts/1/approve", data={"csrf": "x" * 43, "when": "now"})
    assert response.status_code == 403
    assert sent_count(seeded) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "http://127.0.0.1:9999"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": "null"},
    ],
)
def test_a_post_from_another_origin_is_refused_even_with_the_token(
    client: FlaskClient, seeded: App, headers: dict[str, str]
) -> None:
    response = client.post(
        "/drafts/1/approve", data={"csrf": csrf_of(client), "when": "now"}, headers=headers
    )
    assert response.status_code == 403
    assert sent_count(seeded) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://localhost"},
        {"Origin": "null", "Sec-Fetch-Site": "same-origin"},  # a form under no-referrer
        {},
    ],
)
def test_a_post_from_the_page_itself_is_accepted(
    client: FlaskClient, seeded: App, headers: dict[str, str]
) -> None:
    response = client.post(
        "/drafts/1/approve", data={"csrf": csrf_of(client), "when": "now"}, headers=headers
    )
    assert response.status_code == 302
    assert sent_count(seeded) == 1


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:8123", True),
        ("localhost:8123", True),
        ("LOCALHOST:8123", True),
        ("127.0.0.1:8124", False),
        ("127.0.0.1", False),
        ("evil.example:8123", False),
        ("127.0.0.1.evil.example:8123", False),
        ("localhost.:8123", False),
        ("[::1]:8123", False),
        ("127.0.0.1:8123:8123", False),
        ("", False),
    ],
)
def test_host_allowed_on_the_servers_port(host: str, allowed: bool) -> None:
    assert host_allowed(host, 8123) is allowed


def test_before_the_port_is_known_any_port_of_a_local_name_is_allowed() -> None:
    assert host_allowed("localhost", None)
    assert host_allowed("127.0.0.1:5000", None)
    assert not host_allowed("evil.example", None)


def test_a_rebound_host_name_gets_nothing(seeded: App) -> None:
    site = make_site(seeded)
    site.config["WEB_PORT"] = 8123
    client = site.test_client()
    good = client.get(f"/login?token={TOKEN}", base_url="http://127.0.0.1:8123")
    assert good.status_code == 302
    assert client.get("/drafts", base_url="http://127.0.0.1:8123").status_code == 200
    assert (
        client.get("/drafts", base_url="http://localhost:8123").status_code == 403
    )  # own cookie jar
    for base in ("http://evil.example:8123", "http://127.0.0.1:9999"):
        response = client.get(f"/login?token={TOKEN}", base_url=base)
        assert response.status_code == 400
        assert "Set-Cookie" not in response.headers
        assert client.get("/static/style.css", base_url=base).status_code == 400


def test_pages_carry_the_security_headers(client: FlaskClient) -> None:
    for path in ("/", "/drafts", "/history", "/briefing?event=next-1", "/static/style.css"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["Content-Security-Policy"] == PAGE_POLICY
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["X-Frame-Options"] == "DENY"
    assert client.get("/drafts").headers["Cache-Control"] == "no-store"


def test_the_briefing_frame_is_sandboxed_with_a_policy_of_its_own(client: FlaskClient) -> None:
    response = client.get("/briefing/frame?event=next-1")
    assert response.headers["Content-Security-Policy"] == FRAMED_POLICY
    assert "sandbox" in FRAMED_POLICY and "script-src" not in FRAMED_POLICY
    assert "default-src 'none'" in FRAMED_POLICY
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_pages_hold_no_inline_script_and_load_nothing_from_elsewhere(client: FlaskClient) -> None:
    for path in ("/", "/drafts", "/history", "/briefing?event=past-1"):
        html = client.get(path).get_data(as_text=True)
        assert "<script" not in html.lower(), path
        assert not re.search(r"<[a-z][^<>]*\son[a-z]+\s*=", html, re.I), path
        assert "style=" not in html, path
        for link in re.findall(r'(?:src|href|action)="([^"]*)"', html):
            local = link.startswith("/") and not link.startswith("//")
            assert local or link == "data:,", (path, link)  # "data:," is the empty favicon

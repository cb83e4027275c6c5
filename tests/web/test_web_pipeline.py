"""The Pipeline page in-process: the same board as the CLI, linked to briefings and drafts."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from assistant.app import App
from assistant.models import Event
from assistant.notify.page import PAGE_FILE, read_page_address
from assistant.pipeline import AppState, load_board
from tests.conftest import BERLIN, NOW
from tests.unit.pipeline_events import job_search
from tests.web.conftest import SCRIPT, csrf_of, hostile_past_interview, make_site, seed, sign_in
from tests.web.served import Served


def pipeline_client(web_home: App, *extra: Event) -> FlaskClient:
    seed(web_home, *job_search(), *extra)
    return sign_in(make_site(web_home).test_client())


def test_the_page_shows_one_card_per_employer_with_its_rounds(web_home: App) -> None:
    client = pipeline_client(web_home)
    html = client.get("/pipeline").get_data(as_text=True)

    companies = re.findall(r'<article class="card application[^"]*" aria-label="([^"]+)"', html)
    assert companies == ["Acme", "Initech", "Globex"]
    assert "Next: round 3 (later round) on Wed 14 Apr, 09:00" in html
    acme = html[html.index('aria-label="Acme"') : html.index('aria-label="Initech"')]
    assert re.findall(r"<td>(screen|first interview|later round)<br>", acme) == [
        "screen",
        "first interview",
        "later round",
    ]
    # The final round is a follow-up: its briefing is one click away.
    assert 'href="/briefing?event=acme-3"' in acme
    # Initech's past round has drafts waiting: linked to Drafts.
    initech = html[html.index('aria-label="Initech"') : html.index('aria-label="Globex"')]
    assert re.search(r'href="/drafts">2 drafts</a>', initech)
    assert 'aria-current="page">Pipeline</a>' in html


def test_hostile_titles_and_names_are_escaped(web_home: App) -> None:
    client = pipeline_client(web_home, hostile_past_interview())
    html = client.get("/pipeline").get_data(as_text=True)
    assert SCRIPT not in html
    assert "<img src=x" not in html
    assert "Second interview &lt;script&gt;alert(1)&lt;/script&gt; at Acme" in html


def test_setting_a_state_on_the_page_is_what_pipeline_set_does(web_home: App) -> None:
    client = pipeline_client(web_home)
    token = csrf_of(client, "/pipeline")
    response = client.post(
        "/pipeline/state",
        data={"csrf": token, "employer": "globex", "state": "closed", "note": "took another offer"},
    )
    assert response.status_code == 302
    page = client.get("/pipeline").get_data(as_text=True)
    assert "Globex is now closed." in page
    assert "Next: closed: took another offer" in page
    with web_home.open_store() as store:
        globex = next(a for a in load_board(store, NOW, BERLIN) if a.key == "globex")
    assert (globex.state, globex.state_set) == (AppState.CLOSED, True)


def test_a_state_post_without_the_csrf_token_is_refused(web_home: App) -> None:
    client = pipeline_client(web_home)
    response = client.post("/pipeline/state", data={"employer": "globex", "state": "closed"})
    assert response.status_code == 403
    with web_home.open_store() as store:
        globex = next(a for a in load_board(store, NOW, BERLIN) if a.key == "globex")
    assert not globex.state_set


def test_a_bad_state_is_a_message_not_a_crash(web_home: App) -> None:
    client = pipeline_client(web_home)
    token = csrf_of(client, "/pipeline")
    response = client.post(
        "/pipeline/state", data={"csrf": token, "employer": "globex", "state": "ghosted"}
    )
    assert response.status_code in (302, 400)
    page = client.get("/pipeline").get_data(as_text=True)
    assert "&#39;ghosted&#39; is not a state" in page or "'ghosted' is not a state" in page


def test_an_empty_pipeline_says_how_rounds_appear(web_home: App) -> None:
    client = sign_in(make_site(web_home).test_client())
    html = client.get("/pipeline").get_data(as_text=True)
    assert "No applications yet." in html


def test_serve_tells_passes_where_the_page_runs_and_forgets_it_when_stopped(
    web_home: App,
) -> None:
    data_dir = web_home.home.data_dir
    served = Served.start(data_dir)
    try:
        assert read_page_address(data_dir) == served.base_url
        assert "token" not in (data_dir / PAGE_FILE).read_text(encoding="utf-8")
        with web_home.open_store() as store:
            services = web_home.services(store, calendars=())
            assert services.page_address() == served.base_url
    finally:
        code, _ = served.stop()
    assert code == 0
    assert read_page_address(data_dir) == ""


def test_a_message_the_local_mailbox_only_filed_reads_filed_not_sent(web_home: App) -> None:
    from assistant import approval

    client = pipeline_client(web_home)
    with web_home.open_store() as store:
        services = web_home.services(store, calendars=())
        [thanks, *_] = [d for d in store.drafts(event_id="init-2") if d.kind.value == "thank-you"]
        approval.approve(services, thanks.id, NOW)
    html = client.get("/pipeline").get_data(as_text=True)
    initech = html[html.index('aria-label="Initech"') : html.index('aria-label="Globex"')]
    assert "filed (not emailed): thank-you to " in initech
    assert "sent: thank-you" not in initech

"""How the adapters reach Microsoft Graph: requests, a bearer token, and the retry policy.

:class:`GraphApi` sends one Graph request and returns its JSON. Everything goes
through ``requests``, so tests serve the token endpoint and Graph alike with the
``responses`` library, and no test touches the network.

The policy (Microsoft Graph throttling guidance; RFC 9110 for the methods):

- ``429`` (throttled): Graph did not act, so any method is retried after
  ``Retry-After`` (capped), else capped exponential backoff with jitter;
- ``503`` and ``504``, other 5xx, and timeouts: retried the same way for methods
  that are safe to repeat (GET, PUT, PATCH, DELETE). A POST (a new draft, a send)
  may have been carried out, so it is never repeated here: a 5xx comes back as
  :class:`GraphServerError`, a timeout as :class:`~assistant.errors.UncertainError`
  (both carry ``Retry-After`` when sent), and the caller looks before trying again;
- ``401``: the token is refreshed once (``force_refresh``) and the request repeated;
- every other 4xx: never retried; :class:`GraphError` carries status and code;
- paging: :meth:`GraphApi.pages` follows ``@odata.nextLink`` until there is none.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from assistant.errors import UncertainError
from assistant.microsoft.auth import MicrosoftAccount
from assistant.retry import backoff_delay, no_answer, retry_after_seconds

HTTP_TIMEOUT_SECONDS = 30
MAX_ATTEMPTS = 5
SAFE_TO_REPEAT = frozenset({"GET", "HEAD", "PUT", "PATCH", "DELETE"})
# Outlook times in UTC; the event's own zone stays in originalStartTimeZone.
PREFER_UTC = 'outlook.timezone="UTC"'


class GraphServerError(UncertainError):
    """Graph answered 5xx to a POST: most likely not carried out, but look before repeating."""


class GraphError(Exception):
    """Graph answered with an error: ``status`` (HTTP) and ``code`` (``error.code``)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"HTTP {status} {code}: {message}".strip())
        self.status = status
        self.code = code
        self.message = message

    @property
    def short(self) -> str:
        """``HTTP 404 ErrorItemNotFound``, for messages."""
        return f"HTTP {self.status} {self.code}".strip()


def graph_error(response: Any) -> GraphError:
    """The :class:`GraphError` for an error response (``{"error": {"code", "message"}}``)."""
    code, message = "", ""
    try:
        error = response.json().get("error") or {}
        code, message = str(error.get("code") or ""), str(error.get("message") or "")
    except (ValueError, AttributeError):
        message = (response.text or "")[:200]
    return GraphError(response.status_code, code, message)


@dataclass
class GraphApi:
    """The account plus the retry policy's sleep and jitter (injectable: tests never wait)."""

    account: MicrosoftAccount
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random
    max_attempts: int = MAX_ATTEMPTS
    timeout: float = HTTP_TIMEOUT_SECONDS
    _session: Any = field(default=None, repr=False)
    _token: str | None = field(default=None, repr=False)

    @property
    def root(self) -> str:
        return self.account.endpoints.graph_root

    def url(self, path: str) -> str:
        """``me/messages`` → the full URL under the Graph root; a full URL stays as it is."""
        return path if path.startswith(("https://", "http://")) else self.root + path.lstrip("/")

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send one request, retrying what is safe; return the JSON answer (``{}`` if none).

        Raises :class:`GraphError` for an error answer, :class:`UncertainError` when a
        POST may have been carried out, :class:`~assistant.errors.TransientError` when Graph is unreachable,
        :class:`~assistant.errors.AuthError` when the grant is gone.
        """
        import requests

        method = method.upper()
        url = self.url(path)
        if params:
            # OData wants spaces as %20 (Graph: "Encoding query parameters"), not "+".
            url += ("&" if "?" in url else "?") + urlencode(params, quote_via=quote, safe="$,")
        refreshed = force = False
        attempt = 0
        while True:
            last = attempt + 1 >= self.max_attempts
            try:
                response = self._send(method, url, json, headers, force)
            except requests.RequestException as exc:
                no_answer(
                    exc,
                    server="Microsoft Graph",
                    method=method,
                    url=url,
                    safe=SAFE_TO_REPEAT,
                    last=last,
                )
                self.sleep(backoff_delay(attempt, None, self.rand))
                attempt += 1
                continue
            status = response.status_code
            force = False
            if status == 401 and not refreshed:
                refreshed = force = True  # the token was refused: refresh it once, repeat
                continue
            if status < 400:
                return _json(response)
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if status >= 500 and method not in SAFE_TO_REPEAT:
                raise GraphServerError(
                    f"Microsoft Graph answered {graph_error(response).short} to {method}"
                    f" {_path(url)}; it may have been carried out",
                    retry_after=wait,
                )
            if (status == 429 or status >= 500) and not last:
                self.sleep(backoff_delay(attempt, wait, self.rand))
                attempt += 1
                continue
            raise graph_error(response)

    def _send(
        self,
        method: str,
        url: str,
        body: Any,
        headers: dict[str, str] | None,
        force_refresh: bool,
    ) -> Any:
        import requests

        if self._session is None:
            self._session = requests.Session()
        if self._token is None or force_refresh:
            self._token = self.account.access_token(force_refresh=force_refresh)
        sent = {"Authorization": f"Bearer {self._token}", **(headers or {})}
        return self._session.request(method, url, json=body, headers=sent, timeout=self.timeout)

    def pages(
        self,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Every page of a collection, following ``@odata.nextLink`` (which keeps the query)."""
        page = self.request("GET", path, params=params, headers=headers)
        yield page
        while page.get("@odata.nextLink"):
            page = self.request("GET", str(page["@odata.nextLink"]), headers=headers)
            yield page

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


def _json(response: Any) -> dict[str, Any]:
    if not response.content:
        return {}
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {"value": data}


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path

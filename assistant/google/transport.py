"""The HTTP object googleapiclient calls, built on requests, and the services on top.

googleapiclient expects an ``httplib2.Http``-shaped object: ``request(uri, method,
body, headers, …)`` returning ``(response, content)``. :class:`GoogleHttp` is one,
wrapping ``google.auth.transport.requests.AuthorizedSession``. Because everything
goes through requests, the token refresh and the API calls alike can be served by
the ``responses`` library in tests, and no test touches the network.

Retries live here, not in ``execute(num_retries=…)`` (which retries a send that may
already have gone out). The policy:

- 429, and 403 with ``rateLimitExceeded``/``userRateLimitExceeded``: Google did not
  act, so any method is retried, with capped exponential backoff and jitter;
- 403 ``quotaExceeded``: retried once, after a longer wait;
- 5xx and timeouts: retried only for methods that are safe to repeat (GET, PUT,
  DELETE). A POST (a send, a new draft) may have been carried out, so it is never
  repeated here: a 5xx comes back to the caller as an ``HttpError``, a timeout as
  :class:`~assistant.errors.UncertainError`, and the caller checks before trying
  again (the Gmail mailbox reconciles and retries a 5xx within the same pass, with
  :func:`assistant.retry.retry_in_pass`);
- 400, 401, 404, 410 and everything else: never retried. (A 401 has already been
  through the session's own token refresh.)
"""

from __future__ import annotations

import contextlib
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.google.auth import GoogleAccount
from assistant.retry import backoff_delay, no_answer, retry_after_seconds

HTTP_TIMEOUT_SECONDS = 30
MAX_ATTEMPTS = 5
QUOTA_DELAY = 60.0
SAFE_TO_REPEAT = frozenset({"GET", "HEAD", "PUT", "DELETE"})
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})

# Service name → (version, the path its methods sit under on an overridden root).
# Calendar's methods are relative to "calendar/v3/"; Gmail's already start with "gmail/v1/".
SERVICES = {"calendar": ("v3", "calendar/v3/"), "gmail": ("v1", "")}


def error_reason(content: bytes | str | None) -> str:
    """The ``reason`` of a Google error body (``error.errors[0].reason``), or ``""``."""
    try:
        data = json.loads(content or b"{}")
        error = data.get("error", {}) if isinstance(data, dict) else {}
        if not isinstance(error, dict):
            return str(error)
        errors = error.get("errors") or []
        if errors and isinstance(errors[0], dict) and errors[0].get("reason"):
            return str(errors[0]["reason"])
        return str(error.get("status") or "")
    except (ValueError, AttributeError):
        return ""


def http_status(exc: Exception) -> int | None:
    """The status of a googleapiclient ``HttpError``; None for anything else."""
    resp = getattr(exc, "resp", None)
    return int(resp.status) if resp is not None and hasattr(resp, "status") else None


def describe(exc: Exception) -> str:
    """``HTTP 403 quotaExceeded``, for messages."""
    status = http_status(exc)
    reason = error_reason(getattr(exc, "content", None))
    return f"HTTP {status} {reason}".strip() if status else type(exc).__name__


@dataclass
class GoogleHttp:
    """The requests-based HTTP object handed to ``googleapiclient.discovery.build``.

    One per thread (like ``httplib2.Http``); ``sleep`` and ``rand`` are injectable
    so tests never wait.
    """

    account: GoogleAccount
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random
    max_attempts: int = MAX_ATTEMPTS
    timeout: float = HTTP_TIMEOUT_SECONDS
    _session: Any = field(default=None, repr=False)
    _token: str | None = field(default=None, repr=False)

    @property
    def session(self) -> Any:
        if self._session is None:
            from google.auth.transport.requests import AuthorizedSession

            creds = self.account.credentials()
            self._token = creds.token
            self._session = AuthorizedSession(creds)
        return self._session

    def request(
        self,
        uri: str,
        method: str = "GET",
        body: Any = None,
        headers: dict[str, str] | None = None,
        redirections: int = 5,
        connection_type: Any = None,
    ) -> tuple[Any, bytes]:
        """Send one API request, retrying what is safe; return ``(response, content)``."""
        import requests

        method = method.upper()
        quota_waited = False
        for attempt in range(self.max_attempts):
            last = attempt + 1 >= self.max_attempts
            try:
                response = self._send(uri, method, body, headers)
            except requests.RequestException as exc:
                no_answer(
                    exc, server="Google", method=method, url=uri, safe=SAFE_TO_REPEAT, last=last
                )
                self.sleep(self._backoff(attempt))
                continue
            delay = self._retry_delay(response, method, attempt, quota_waited)
            if delay is None or last:
                return _as_httplib2(response), response.content
            quota_waited = quota_waited or delay >= QUOTA_DELAY
            self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, uri: str, method: str, body: Any, headers: dict[str, str] | None) -> Any:
        from google.auth import exceptions

        session = self.session
        try:
            response = session.request(
                method, uri, data=body, headers=headers or {}, timeout=self.timeout
            )
        except (exceptions.RefreshError, exceptions.TransportError) as exc:
            raise self.account.refresh_failed(exc) from None
        creds = session.credentials
        if creds.token != self._token:  # the session refreshed the token: keep it
            self._token = creds.token
            self.account.save_credentials(creds)
        return response

    def _retry_delay(
        self, response: Any, method: str, attempt: int, quota_waited: bool
    ) -> float | None:
        status = response.status_code
        if status == 429:
            return self._backoff(attempt, response.headers.get("Retry-After"))
        if status == 403:
            reason = error_reason(response.content)
            if reason in RATE_LIMIT_REASONS:
                return self._backoff(attempt)
            if reason == "quotaExceeded" and not quota_waited:
                return QUOTA_DELAY * (1 + self.rand() / 2)
            return None
        if status >= 500 and method in SAFE_TO_REPEAT:
            return self._backoff(attempt, response.headers.get("Retry-After"))
        return None

    def _backoff(self, attempt: int, retry_after: str | None = None) -> float:
        """Capped exponential backoff with jitter, as Google's guidance for 429 and 5xx
        asks (https://developers.google.com/workspace/gmail/api/guides/handle-errors);
        a ``Retry-After`` in seconds wins, capped the same way."""
        return backoff_delay(attempt, retry_after_seconds(retry_after), self.rand)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


def _as_httplib2(response: Any) -> Any:
    import httplib2

    info = {key.lower(): value for key, value in response.headers.items()}
    info["status"] = str(response.status_code)
    # requests has already decoded the body; don't let anyone decode it again.
    info.pop("content-encoding", None)
    result = httplib2.Response(info)
    result.reason = response.reason or ""
    return result


@dataclass
class GoogleApi:
    """How adapters reach Google: the account, plus the retry policy's sleep and jitter."""

    account: GoogleAccount
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random

    @contextlib.contextmanager
    def service(self, name: str) -> Iterator[Any]:
        """A googleapiclient service for ``calendar`` or ``gmail``, closed afterwards.

        Built from the discovery documents bundled with the library (no network, no
        file cache). With ``INTERVIEW_ASSISTANT_GOOGLE_API_ROOT`` set, requests go to
        the same paths under that root.
        """
        from googleapiclient.discovery import build

        version, path = SERVICES[name]
        root = self.account.endpoints.api_root
        http = GoogleHttp(self.account, sleep=self.sleep, rand=self.rand)
        service = build(
            name,
            version,
            http=http,
            cache_discovery=False,
            static_discovery=True,
            client_options={"api_endpoint": root + path} if root else None,
        )
        try:
            yield service
        finally:
            service.close()

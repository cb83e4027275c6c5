"""The numbers ``scripts/bench.py`` reports for Google and Microsoft polling."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_providers.py"


def test_bench_counts_one_request_per_poll() -> None:
    spec = importlib.util.spec_from_file_location("bench_providers", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.run() == {
        "google_first_sync_requests": 2,
        "google_steady_poll_requests": 1,
        "google_one_change_poll_requests": 1,
        "google_token_requests": 0,
        "microsoft_first_sync_requests": 2,
        "microsoft_steady_poll_requests": 1,
        "microsoft_one_change_poll_requests": 1,
        "microsoft_token_requests": 0,
    }

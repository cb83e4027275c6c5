"""Running and checking the assistant: what a person or a service manager uses around
the passes, never the passes themselves.

- ``first_run``: the answers ``init`` asks for and the config it writes;
- ``doctor`` and ``health``: every check, each naming its fix;
- ``status`` and ``pass_log``: what ran, when, and what went wrong;
- ``dry_run``: a pass that changes nothing;
- ``service_units``: systemd, launchd and cron entries.
"""

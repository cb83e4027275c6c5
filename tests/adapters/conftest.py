"""Fixtures for the adapter tests: the real servers (and the keyring) of ``tests/servers.py``.

Module-scoped servers still start once per test module that uses them.
"""

from tests import servers

tls = servers.tls
smtp_plain_server = servers.smtp_plain_server
smtp_server = servers.smtp_server
dovecot = servers.dovecot
radicale = servers.radicale
memory_keyring = servers.memory_keyring

"""Operator mode: one deployment serving many job seekers (issue 20).

A deployment keeps every account's state in one PostgreSQL database (each row carries
its account id), keeps every account's provider tokens encrypted at rest, and runs each
account's passes as jobs on a procrastinate queue in the same database, worked by any
number of ``interview-assistant worker`` processes.

Nothing here is imported by the single-user commands: a user with one SQLite file and a
cron line never loads psycopg, procrastinate or cryptography. See ``docs/operator.md``.
"""

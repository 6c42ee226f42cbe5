"""The benchmarks' own databases."""


def settle_after_bulk_load():
    """PostgreSQL: what autovacuum does within minutes of a big change, done now, so that the timings that follow see
    a database as it is in use rather than one just loaded: statistics for the planner (without them the review
    list's rebuild took over 10 minutes instead of 14 s, and with those of an empty review list its page 20 took 1 s
    instead of 0.1 s), and the new rows vacuumed (otherwise autovacuum does it during the timings, on 2 cores)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

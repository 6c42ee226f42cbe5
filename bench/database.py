"""The benchmarks' own databases."""


def analyze_after_bulk_load():
    """PostgreSQL: gather the planner's statistics, as autovacuum does within a minute or so of a big change. Right
    after a bulk load it has not yet, and the plans go wrong: the review list's rebuild took over 10 minutes instead of
    14 s, and with the statistics of an empty review list its page 20 took 1 s instead of 0.1 s."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

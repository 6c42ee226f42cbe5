"""What the benchmarks print: percentiles of measured times."""


def percentile(values, p):
    """The p-th percentile (0-100) of the values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

"""What a benchmark's servers cost: CPU time and memory of a process with everything it started (gunicorn's
workers, PostgreSQL's backends), read from /proc, and how busy the whole machine was."""

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name (the state is [0], the parent [1])."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
    except (OSError, IndexError):
        return None


def process_tree(pid) -> set[int]:
    """The process and its descendants."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        fields = _stat(stat.parent.name)
        if fields:
            parents[int(stat.parent.name)] = int(fields[1])
    tree, grew = {pid}, True
    while grew:
        found = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= found
        grew = bool(found)
    return tree


def cpu_seconds(pid, descendants=True) -> float:
    """User and system CPU time of a process and its descendants, also of those that ended already (a PostgreSQL
    backend per connection): a process's own time, and that of its children it has waited for. Without
    `descendants`, the process's own time only."""
    ticks = 0
    for member in process_tree(pid) if descendants else [pid]:
        fields = _stat(member)
        if fields:
            # utime and stime; cutime and cstime (its children that ended)
            ticks += sum(int(value) for value in fields[11:15 if descendants else 13])
    return ticks / TICKS


def rss_mb(pid) -> float:
    """Resident memory of a process and its descendants, in MB. Forked workers share much of their memory with
    their parent (and PostgreSQL's backends their shared buffers), which this counts once per process."""
    return _memory_kb(pid, "status", "VmRSS:") / 1024


def pss_mb(pid) -> float:
    """Like rss_mb, with each page shared by several processes divided among them: what they hold together."""
    return _memory_kb(pid, "smaps_rollup", "Pss:") / 1024


def _memory_kb(pid, file, field) -> int:
    total = 0
    for member in process_tree(pid):
        try:
            lines = Path(f"/proc/{member}/{file}").read_text().splitlines()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in lines if line.startswith(field)), 0)
    return total


def machine_busy_seconds() -> float:
    """CPU time the whole machine spent busy (all cores, everything but idle and waiting for I/O)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / TICKS


def alive(pid) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] not in ("Z", "X")

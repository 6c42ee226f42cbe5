"""Benchmark: the cluster (deploy/cluster.py) on this machine, on free ports, everything through the balancer.

With two portal nodes and two Rasa servers, and again with one of each (portal-2 and rasa-2 stopped):
- a cached page and a rendered one (a query parameter of its own per request misses the page cache), PAGE_CLIENTS
  client processes for PAGE_SECONDS;
- chat turns of PARENTS parents who pause to read and type (1.5-4.5 s, as in `make bench-chat`), and of CLIENTS
  clients without pauses (each sends its next message the moment the answer is in: what the cluster carries);
each with its throughput, p50/p95, and the CPU time every process of the cluster spent per request or turn (with
its children: gunicorn's workers, PostgreSQL's backends), read from /proc before and after; then the memory of each
process, and what N cores would carry. Last, what a failure costs while the parents chat: portal-1 killed, then
rasa-1 killed (each started again by the cluster). Run with `make bench-cluster` (5 minutes; 10 on a busy machine).

The clients run on the same cores as the cluster, and so does whatever else runs on the machine meanwhile: the
table shows both, for every run.
"""

import os
import random
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from bench.portal_http import requests  # noqa: E402
from bench.processes import alive, cpu_seconds, machine_busy_seconds, pss_mb, rss_mb  # noqa: E402
from tests.cluster.runner import Parent, RunningCluster  # noqa: E402

# The contract's names (var/cluster/<name>.pid), in the order of the tables.
PROCESSES = ["balancer", "portal-1", "portal-2", "rasa-1", "rasa-2", "actions-1", "redis", "postgres"]
PAGE = "/vragen/tlv-aanvragen/"
PAGE_SECONDS = 5.0
PAGE_CLIENTS = 4
PARENTS = 20
TURNS = 8  # per parent: with pauses of 1.5-4.5 s, under the 20 messages a minute a conversation may send
PAUSE_SECONDS = (1.5, 4.5)
CLIENTS = 20
CLIENT_SECONDS = 15.0
CLIENT_TURNS = 10  # per conversation; then the client starts another one, from an address of its own
IDLE_SECONDS = 5.0
CORES = (2, 4, 8, 16)
QUESTIONS = [
    "hoe lang mag de school erover doen", "wat is een tlv", "kan ik zelf een tlv aanvragen",
    "mijn zoon zit al weken thuis", "wat is een opp", "hoe maak ik bezwaar tegen de tlv",
    "wat doet een onderwijsconsulent", "hoe lang is een tlv geldig", "wat is basisondersteuning",
    "mag mijn kind een aangepast rooster",
]


@dataclass
class Run:
    """One workload: what the clients saw and what it cost."""
    label: str
    unit: str  # "request" or "turn"
    latencies: list[float] = field(default_factory=list)  # of the answered requests or turns
    unanswered: int = 0  # chat turns stored without the assistant's answer
    failed: int = 0
    seconds: float = 0.0
    cpu: dict[str, float | None] = field(default_factory=dict)  # CPU seconds per process; None: not running
    bench: float = 0.0  # CPU seconds of the clients (and of the cluster's runner)
    others: float = 0.0  # CPU seconds of everything else on the machine

    @property
    def count(self):
        return len(self.latencies) + self.unanswered + self.failed

    @property
    def rate(self):
        return len(self.latencies) / self.seconds

    def cpu_ms(self, name):
        seconds = self.cpu.get(name)
        return None if seconds is None else seconds / max(self.count, 1) * 1000

    @property
    def total_cpu_ms(self):
        return sum(self.cpu_ms(name) or 0.0 for name in PROCESSES)


class Measured:
    """CPU time of every process of the cluster, of the benchmark itself and of the machine, from /proc."""

    def __init__(self, cluster):
        self.cluster = cluster

    def sample(self):
        pids = {name: self.cluster.pid(name) for name in PROCESSES}
        cpu = {name: cpu_seconds(pid) if alive(pid) else None for name, pid in pids.items()}
        own = os.times()
        bench = own.user + own.system + own.children_user + own.children_system
        bench += cpu_seconds(self.cluster.runner.pid, descendants=False)
        return pids, cpu, bench, machine_busy_seconds(), time.monotonic()

    def run(self, run: Run, work):
        """Fills `run` with what `work(run)` did and what it cost."""
        pids, cpu, bench, busy, started = self.sample()
        work(run)
        pids_after, cpu_after, bench_after, busy_after, ended = self.sample()
        run.seconds = ended - started
        run.cpu = {name: cpu_after[name] - cpu[name]
                   if cpu[name] is not None and cpu_after[name] is not None and pids[name] == pids_after[name]
                   else None for name in PROCESSES}
        run.bench = bench_after - bench
        run.others = max(0.0, busy_after - busy - run.bench - sum(v for v in run.cpu.values() if v))
        return run


# Workloads ----------------------------------------------------------------------------------------------------------

def pages(port, fresh):
    def work(run):
        run.latencies, run.failed = requests(port, PAGE, fresh, seconds=PAGE_SECONDS, clients=PAGE_CLIENTS)
    return work


_blocks = iter(range(20, 250))


def addresses():
    """Loopback addresses of one run's own (127.B.x.y): the limits on new conversations count per address."""
    block = next(_blocks)
    return lambda n, k=0: f"127.{block}.{k}.{n + 1}"


def turn(chat, text, run, lock):
    began = time.perf_counter()
    try:
        status, data = chat.say(text)
    except OSError:
        status = 0
    with lock:
        if status != 200:
            run.failed += 1
        elif any(message["sender"] == "bot" for message in data["messages"]):
            run.latencies.append(time.perf_counter() - began)
        else:
            run.unanswered += 1


def parents_with_pauses(port, *, kill=None, kill_after=5.0, cluster=None):
    """PARENTS parents, TURNS turns each, each after a pause to read and type; optionally `kill` a part of the
    cluster after `kill_after` seconds."""
    def work(run):
        lock, address = threading.Lock(), addresses()

        def parent(number):
            chat = Parent(port, address=address(number))
            if chat.start() != 201:
                with lock:
                    run.failed += 1
                return
            for n in range(TURNS):
                time.sleep(random.uniform(*PAUSE_SECONDS))
                turn(chat, QUESTIONS[(number + n) % len(QUESTIONS)], run, lock)

        killer = threading.Timer(kill_after, cluster.kill, args=(kill,)) if kill else None
        if killer:
            killer.start()
        run_threads(parent, PARENTS)
        if killer:
            killer.join()
    return work


def clients_without_pauses(port):
    """CLIENTS clients for CLIENT_SECONDS, each sending its next message as soon as the answer is in; a new
    conversation every CLIENT_TURNS turns, as a new parent."""
    def work(run):
        lock, address = threading.Lock(), addresses()
        stop_at = time.monotonic() + CLIENT_SECONDS

        def client(number):
            conversations = 0
            while time.monotonic() < stop_at:
                chat = Parent(port, address=address(number, conversations))
                conversations += 1
                if chat.start() != 201:
                    with lock:
                        run.failed += 1
                    continue
                for n in range(CLIENT_TURNS):
                    if time.monotonic() >= stop_at:
                        break
                    turn(chat, QUESTIONS[(number + n) % len(QUESTIONS)], run, lock)

        run_threads(client, CLIENTS)
    return work


def idle(run):
    time.sleep(IDLE_SECONDS)


def run_threads(target, count):
    threads = [threading.Thread(target=target, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)


def answering(url, seconds=120) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:  # urllib's URLError too
            pass
        time.sleep(0.5)
    return False


# Printing ------------------------------------------------------------------------------------------------------------

def ms(seconds):
    return f"{seconds * 1000:.0f} ms"


def latency(run, p):
    return ms(percentile(run.latencies, p)) if run.latencies else "–"


def print_throughput(configurations):
    labels = list(configurations)
    print(f"\n{'':<44}" + "".join(f"{label:<38}" for label in labels))
    print(f"{'':<44}" + f"{'answered/s':>11}{'p50':>8}{'p95':>8}{'failed':>9}   " * len(labels))
    for index, run in enumerate(configurations[labels[0]]):
        row = f"{run.label:<44}"
        for label in labels:
            other = configurations[label][index]
            failed = f"{other.failed}" + (f" (+{other.unanswered} unanswered)" if other.unanswered else "")
            row += f"{other.rate:>11.1f}{latency(other, 50):>8}{latency(other, 95):>8}{failed:>9}   "
        print(row)


def print_cpu(configurations):
    cpus = os.cpu_count()
    print("\nCPU per request or turn, ms, of each process with its children (gunicorn's workers, PostgreSQL's "
          "backends);\nidle: ms of CPU a second. Then: the share of the machine's "
          f"{cpus} CPUs that the cluster, the clients (this benchmark) and all other processes used")
    names = [name.replace("actions-1", "actions") for name in PROCESSES]
    print(f"{'':<36}" + "".join(f"{name:>9}" for name in names) + f"{'total':>8}{'cluster':>9}{'clients':>8}"
          f"{'others':>7}")
    for label, runs in configurations.items():
        for run in runs:
            per = (lambda name: run.cpu[name] / run.seconds * 1000) if run.unit == "second" else run.cpu_ms
            cells = "".join(f"{per(name):>9.1f}" if run.cpu[name] is not None else f"{'–':>9}" for name in PROCESSES)
            total = sum(per(name) for name in PROCESSES if run.cpu[name] is not None)
            print(f"{label.split()[0] + ': ' + run.label:<36}{cells}{total:>8.1f}{share(run):>9.0%}"
                  f"{run.bench / run.seconds / cpus:>8.0%}{run.others / run.seconds / cpus:>7.0%}")


def print_memory(memory):
    print("\nMemory, MB, of each process with its children. RSS counts a page that processes share (forked workers, "
          "PostgreSQL's\nshared buffers, the same libraries) in each of them; PSS divides it among them (also among "
          "processes outside the cluster)")
    print(f"{'':<36}" + "".join(f"{name.replace('actions-1', 'actions'):>9}" for name in PROCESSES) + f"{'total':>8}")
    for label, sizes in memory.items():
        for kind in ("RSS", "PSS"):
            cells = "".join(f"{sizes[name][kind]:>9.0f}" if sizes[name] else f"{'–':>9}" for name in PROCESSES)
            total = sum(size[kind] for size in sizes.values() if size)
            print(f"{label.split()[0] + ': ' + kind:<36}{cells}{total:>8.0f}")


def print_projection(configurations, memory):
    two, one = ({run.label: run for run in runs} for runs in configurations.values())
    cpus = os.cpu_count()
    chat, pauses = two["chat, clients without pauses"], two["chat, parents with pauses"]
    turn_ms = chat.total_cpu_ms
    per_parent = pauses.rate / PARENTS  # turns a second that one parent with pauses sends
    print("\nWhat N cores would carry with every core busy (plan for about two thirds of it), from the CPU per request "
          "or turn\nwith two nodes and clients without pauses (where the nodes' standing cost is spread thinnest):")
    print(f"{'':<36}{'CPU ms':>8}" + "".join(f"{f'{n} cores':>12}" for n in CORES))
    for label, name in (("cached page", "cached page"), ("rendered page", "rendered page"),
                        ("chat, clients without pauses", "chat turn")):
        cost = two[label].total_cpu_ms
        print(f"{name:<36}{cost:>8.1f}" + "".join(f"{n * 1000 / cost:>10.0f}/s" for n in CORES))
    print(f"{'  = parents chatting at once':<44}" + "".join(f"{n * 1000 / turn_ms / per_parent:>12.0f}" for n in CORES)
          + f"\n    (parents as quick as this benchmark's, {per_parent * 60:.0f} messages a minute; real ones read and "
          "type longer, so more of them)")
    ms = {name: (chat.cpu_ms(name) or 0.0) for name in PROCESSES}
    portal, rasa = ms["portal-1"] + ms["portal-2"], ms["rasa-1"] + ms["rasa-2"]
    print(f"A chat turn's CPU: portal {portal / turn_ms:.0%}, Rasa {rasa / turn_ms:.0%}, PostgreSQL "
          f"{ms['postgres'] / turn_ms:.0%}, action server {ms['actions-1'] / turn_ms:.0%}, HAProxy and Redis "
          f"{(ms['balancer'] + ms['redis']) / turn_ms:.0%}. A Rasa server works on one core\nat a time (one process, "
          "one event loop), and so does each gunicorn worker: N busy cores need about "
          f"{rasa / turn_ms:.2f} × N Rasa servers\nand {portal / turn_ms / 2:.2f} × N portal nodes of 2 workers.")
    alone = one["chat, clients without pauses"]
    idle = two["idle"]
    standing = {name: idle.cpu[name] / idle.seconds * 1000 for name in ("portal-1", "rasa-1")}
    size = memory[next(iter(memory))]
    print(f"On {cpus} cores two nodes cannot carry more than one: a turn costs the same CPU "
          f"({chat.total_cpu_ms:.1f} ms with two nodes, {alone.total_cpu_ms:.1f} ms with one),\n"
          f"so with every core busy either carries about {cpus * 1000 / chat.total_cpu_ms:.0f} turns a second. "
          f"Measured here without pauses: {chat.rate:.0f} and {alone.rate:.0f} turns a second,\n"
          f"the cluster using {share(chat):.0%} and {share(alone):.0%} of the machine (the rest went to the clients "
          "and other processes). Where one node falls\nshort of two, it is its one Rasa server: one event loop, on "
          "one core at a time, which also waits, blocked, for PostgreSQL\nand Redis in every turn. The second node is "
          "there to survive the first one's death; standing by it costs a portal node\n"
          f"{standing['portal-1']:.1f} ms CPU a second (health checks, search sync) and "
          f"{size['portal-1']['PSS']:.0f} MB (PSS), a Rasa server {standing['rasa-1']:.1f} ms a second and "
          f"{size['rasa-1']['PSS']:.0f} MB.")


def share(run):
    """The cluster's share of the machine's CPUs during a run."""
    return sum(v for v in run.cpu.values() if v) / run.seconds / os.cpu_count()


def print_failure(run):
    total = run.count
    print(f"  {run.label}: {len(run.latencies)}/{total} turns answered by the assistant, {run.unanswered} stored "
          f"without its answer, {run.failed} failed; p50 {latency(run, 50)}, p95 {latency(run, 95)}, "
          f"p99 {latency(run, 99)}, slowest {ms(max(run.latencies)) if run.latencies else '–'}", flush=True)


# The benchmark -------------------------------------------------------------------------------------------------------

def workloads(measured, balancer):
    runs = [measured.run(Run("idle", "second"), idle)]
    requests(balancer, PAGE, seconds=0.5, clients=1)  # the page into the cache, as the first visitor puts it there
    for label, unit, work in (
            ("cached page", "request", pages(balancer, fresh=False)),
            ("rendered page", "request", pages(balancer, fresh=True)),
            ("chat, parents with pauses", "turn", parents_with_pauses(balancer)),
            ("chat, clients without pauses", "turn", clients_without_pauses(balancer))):
        runs.append(measured.run(Run(label, unit), work))
        print(f"  {label}: done", flush=True)
    return runs


def memory_now(cluster):
    return {name: {"RSS": rss_mb(pid), "PSS": pss_mb(pid)} if alive(pid := cluster.pid(name)) else None
            for name in PROCESSES}


def main():
    print("Starting the cluster (about a minute) …", flush=True)
    cluster = RunningCluster.start(ROOT / "var" / "cluster-bench")
    try:
        balancer = int(cluster.ports["PORTAL_PORT"])
        measured = Measured(cluster)
        configurations, memory = {}, {}
        print("Two portal nodes and two Rasa servers:", flush=True)
        configurations["two portal nodes, two Rasa servers"] = workloads(measured, balancer)
        memory["two portal nodes, two Rasa servers"] = memory_now(cluster)

        print("One portal node and one Rasa server (portal-2 and rasa-2 stopped):", flush=True)
        with cluster.held("portal-2"), cluster.held("rasa-2"):
            cluster.kill("portal-2")
            cluster.kill("rasa-2")
            time.sleep(3)  # HAProxy has marked portal-2 down (2 failed checks a second apart)
            configurations["one portal node, one Rasa server"] = workloads(measured, balancer)
            memory["one portal node, one Rasa server"] = memory_now(cluster)

        print(f"\nThrough the balancer; pages: {PAGE}, {PAGE_CLIENTS} client processes, {PAGE_SECONDS:.0f} s; chat: "
              f"{PARENTS} parents with pauses of {PAUSE_SECONDS[0]}-{PAUSE_SECONDS[1]} s, {TURNS} turns each; "
              f"{CLIENTS} clients without pauses, {CLIENT_SECONDS:.0f} s")
        print_throughput({label: runs[1:] for label, runs in configurations.items()})
        print("(with pauses, the rate is what the parents send; without pauses, what the cluster answers)")
        print_cpu(configurations)
        print_memory(memory)
        print_projection(configurations, memory)

        print(f"\nWhat a failure costs while {PARENTS} parents chat with pauses ({TURNS} turns each), through the "
              "balancer:", flush=True)
        for name, url in (("portal-2", f"http://127.0.0.1:{cluster.node_port(2)}/health/"),
                          ("rasa-2", f"http://127.0.0.1:{cluster.ports['RASA_PORT_2']}/")):
            if not answering(url):
                raise RuntimeError(f"{name} did not come back")
        print_failure(measured.run(Run("portal-1 killed after 5 s (started again 2 s later)", "turn"),
                                   parents_with_pauses(balancer, kill="portal-1", cluster=cluster)))
        if not answering(f"http://127.0.0.1:{cluster.node_port(1)}/health/"):
            raise RuntimeError("portal-1 did not come back")
        print_failure(measured.run(Run("rasa-1 killed after 5 s (started again 2 s later)", "turn"),
                                   parents_with_pauses(balancer, kill="rasa-1", cluster=cluster)))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()

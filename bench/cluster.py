"""Benchmark: the cluster (deploy/cluster.py) on this machine, on free ports.

Prints, through the balancer and straight to one portal node: requests per second and p50/p99 of a cached page;
chat turn latency (p50/p95/p99) with 20 parents chatting at once; and what a failure costs while they chat: a portal
node killed (failed requests, the slowest turn) and a Rasa server killed (the same), each started again by the
cluster. Run with `make bench-cluster`.
"""

import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from tests.cluster.runner import Parent, RunningCluster  # noqa: E402

PAGE = "/vragen/tlv-aanvragen/"
PAGE_SECONDS = 5.0
PAGE_CLIENTS = 4
PARENTS = 20
TURNS = 15  # one turn a second each: under the 20 messages a minute a conversation may send
QUESTIONS = [
    "hoe lang mag de school erover doen", "wat is een tlv", "kan ik zelf een tlv aanvragen",
    "mijn zoon zit al weken thuis", "wat is een opp", "hoe maak ik bezwaar tegen de tlv",
    "wat doet een onderwijsconsulent", "hoe lang is een tlv geldig", "wat is basisondersteuning",
    "mag mijn kind een aangepast rooster",
]


def pages(port) -> tuple[float, list[float]]:
    """Requests per second and latencies of one cached page, PAGE_CLIENTS clients for PAGE_SECONDS."""
    latencies, lock = [], threading.Lock()
    stop_at = time.monotonic() + PAGE_SECONDS

    def client(number):
        visitor = Parent(port, address=f"127.0.2.{number + 1}")
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            status, _ = visitor.call("GET", PAGE)
            with lock:
                latencies.append(time.perf_counter() - started if status == 200 else float("inf"))

    run_threads(client, PAGE_CLIENTS)
    return len(latencies) / PAGE_SECONDS, latencies


def chats(port, *, kill=None, kill_after=5.0, cluster=None, first_address=1) -> tuple[list[float], int, int]:
    """PARENTS parents, TURNS turns each, one a second; optionally `kill` a part after `kill_after` seconds.
    Returns the latencies of the turns the assistant answered, the number of turns stored without its answer (the
    parent is told it is not reachable), and the number of failed requests."""
    latencies, unanswered, failed, lock = [], [0], [0], threading.Lock()
    started = time.monotonic()

    def parent(number):
        chat = Parent(port, address=f"127.0.{first_address}.{number + 1}")
        if chat.start() != 201:
            with lock:
                failed[0] += 1
            return
        for turn in range(TURNS):
            began = time.perf_counter()
            try:
                status, data = chat.say(QUESTIONS[(number + turn) % len(QUESTIONS)])
            except OSError:
                status = 0
            with lock:
                if status != 200:
                    failed[0] += 1
                elif any(message["sender"] == "bot" for message in data["messages"]):
                    latencies.append(time.perf_counter() - began)
                else:
                    unanswered[0] += 1
            time.sleep(max(0.0, started + turn + 1 - time.monotonic()))

    killer = None
    if kill:
        killer = threading.Timer(kill_after, cluster.kill, args=(kill,))
        killer.start()
    run_threads(parent, PARENTS)
    if killer:
        killer.join()
    return latencies, unanswered[0], failed[0]


def run_threads(target, count):
    threads = [threading.Thread(target=target, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)


def ms(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds != float("inf") else "failed"


def turn_figures(label, latencies, unanswered, failed):
    total = len(latencies) + unanswered + failed
    print(f"{label}:\n    {len(latencies)}/{total} turns answered by the assistant, {unanswered} stored without its "
          f"answer, {failed} failed; p50 {ms(percentile(latencies, 50))}, p95 {ms(percentile(latencies, 95))}, "
          f"p99 {ms(percentile(latencies, 99))}, slowest {ms(max(latencies))}")


def main():
    print("Starting the cluster (about a minute) …", flush=True)
    cluster = RunningCluster.start(ROOT / "var" / "cluster-bench")
    try:
        balancer, node = int(cluster.ports["PORTAL_PORT"]), cluster.node_port(1)
        print(f"\nA cached page ({PAGE}), {PAGE_CLIENTS} clients, {PAGE_SECONDS:.0f} s:")
        for label, port in (("through the balancer", balancer), ("straight to portal-1", node)):
            rate, latencies = pages(port)
            print(f"  {label}: {rate:.0f} req/s, p50 {ms(percentile(latencies, 50))}, "
                  f"p99 {ms(percentile(latencies, 99))}")

        print(f"\nChat, {PARENTS} parents at once, {TURNS} turns each, one a second:")
        turn_figures("  through the balancer", *chats(balancer, first_address=1))
        turn_figures("  straight to portal-1", *chats(node, first_address=2))
        turn_figures("  portal-1 killed after 5 s (started again 2 s later)",
                     *chats(balancer, kill="portal-1", cluster=cluster, first_address=3))
        time.sleep(5)  # portal-1 back and healthy again
        turn_figures("  rasa-1 killed after 5 s (started again 2 s later)",
                     *chats(balancer, kill="rasa-1", cluster=cluster, first_address=4))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()

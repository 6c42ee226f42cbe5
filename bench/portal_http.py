"""Benchmark: the portal under gunicorn (2 workers, production settings) on this machine.

Prints requests per second and p50/p99 latency for the home page, an answer page and a search, measured over
HTTP by client processes on loopback, twice: served from the page cache (what visitors get) and rendered
afresh (a unique query parameter per request misses the cache); and the p50/p95 time of a search inside the
view (no HTTP).
Run with `make bench`. Targets (issue #3): >= 300 req/s and p99 <= 100 ms for cached-template pages;
search p95 <= 20 ms inside the view.
"""

import http.client
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from tests.servers import portal_server  # noqa: E402

HOST = "zuidkennemerland.localhost"
TARGETS = {
    "home": "/",
    "answer": "/vragen/tlv-aanvragen/",
    "search": "/zoeken/?q=toelaatbaarheidsverklaring+aanvragen",
}
DURATION_S = 6.0
CLIENTS = 4
SEARCH_QUERIES = ["tlv aanvragen", "zorgplicht", "toelaatbaarheidsverklaringen", "thuiszitten leerplicht",
                  "bezwaar maken tegen besluit", "zorgplciht", "ontwikkelingsperspectiefplan", "dyslexie school",
                  "hoe lang mag de school erover doen", "geschillencommissie"]


def client(port, path, fresh, stop_at, queue):
    latencies = []
    errors = 0
    while time.perf_counter() < stop_at:
        url = f"{path}{'&' if '?' in path else '?'}_={os.getpid()}-{len(latencies)}" if fresh else path
        start = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", url, headers={"Host": HOST})
            response = conn.getresponse()
            response.read()
            if response.status == 200:
                latencies.append(time.perf_counter() - start)
            else:
                errors += 1
        except OSError:
            errors += 1
        finally:
            conn.close()
    queue.put((latencies, errors))


def requests(port, path, fresh=False, seconds=DURATION_S, clients=CLIENTS):
    """`clients` client processes asking for one page for `seconds`: the latencies of the requests answered with 200
    and how many others there were. `fresh` gives each request a query parameter of its own, so that it misses the
    page cache."""
    queue = multiprocessing.Queue()
    stop_at = time.perf_counter() + seconds
    procs = [multiprocessing.Process(target=client, args=(port, path, fresh, stop_at, queue)) for _ in range(clients)]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    return [lat for lats, _ in results for lat in lats], sum(e for _, e in results)


def load(port, path, fresh=False):
    latencies, errors = requests(port, path, fresh)
    return len(latencies) / DURATION_S, percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000, errors


def search_inside_view(env):
    """Time search() in-process, as the view calls it (after one warm-up round)."""
    code = (
        "import django, time, statistics; django.setup()\n"
        "from wagtail.models import Site\nfrom search.query import search\n"
        f"site = Site.objects.get(hostname={HOST!r}); queries = {SEARCH_QUERIES!r}\n"
        "[search(site=site, raw_query=q) for q in queries]\n"
        "times = []\n"
        "for _ in range(20):\n"
        "    for q in queries:\n"
        "        t = time.perf_counter(); search(site=site, raw_query=q); times.append(time.perf_counter() - t)\n"
        "times.sort(); print(times[len(times)//2]*1000, times[int(len(times)*0.95)]*1000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def main():
    var_dir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    print("Setting up a fresh database with the demo content …", flush=True)
    server = portal_server(var_dir, production=True).start()
    try:
        port = server.port
        print(f"gunicorn (gunicorn.conf.py: 2 workers); {CLIENTS} client processes, {DURATION_S:.0f} s per page, "
              f"host {HOST}")
        print(f"{'page':<8} {'served':<9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
        for name, path in TARGETS.items():
            for fresh in (False, True):
                if not fresh:
                    load(port, path)  # warm-up: fills the page cache as real traffic would
                rps, p50, p99, errors = load(port, path, fresh)
                served = "rendered" if fresh else "cached"
                print(f"{name:<8} {served:<9} {rps:8.0f} {p50:8.1f} {p99:8.1f} {errors:7d}", flush=True)
    finally:
        server.stop()
    env = server.env
    p50, p95 = search_inside_view(env)
    print(f"search inside the view: p50 {p50:.1f} ms, p95 {p95:.1f} ms ({len(SEARCH_QUERIES)} queries x 20)")


if __name__ == "__main__":
    main()

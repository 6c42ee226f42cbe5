"""Benchmark: the assistant through the portal, with the real Rasa and action servers on this machine.

Prints: the signals' CPU time per message, NLU parse latency (Rasa's /model/parse), chat turn latency through the portal's chat API (p50/p95)
with 1 and with 20 concurrent conversations, the memory of the Rasa server and the action server, and the
training time (skip it with --no-train). Targets (issue #5): turn p95 <= 250 ms at 20 concurrent
conversations, training <= 3 minutes. Run with `make bench-chat`.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from bench.processes import cpu_seconds, rss_mb  # noqa: E402
from tests.servers import BOT_BIN, BOT_DIR, free_port, portal_server, rasa_servers  # noqa: E402

HOST = "zuidkennemerland.localhost"
QUESTIONS = [
    "hoe lang mag de school erover doen", "wat is een tlv", "kan ik zelf een tlv aanvragen",
    "mijn zoon zit al weken thuis", "wat is een opp", "hoe maak ik bezwaar tegen de tlv",
    "wat doet een onderwijsconsulent", "hoe lang is een tlv geldig", "wat is basisondersteuning",
    "mag mijn kind een aangepast rooster",
]
TURNS_PER_CONVERSATION = 10


def post(url, body, headers=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                     method="POST", headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def conversation(portal_url, latencies, errors, think_seconds):
    data = post(portal_url + "/api/chat/conversations/", None, {"Host": HOST})
    headers = {"Host": HOST, "X-Chat-Token": data["token"]}
    for question in QUESTIONS[:TURNS_PER_CONVERSATION]:
        time.sleep(random.uniform(0.5, 1.5) * think_seconds)
        start = time.perf_counter()
        try:
            turn = post(f"{portal_url}/api/chat/conversations/{data['id']}/messages/", {"text": question}, headers)
            if not any(m["sender"] == "bot" for m in turn["messages"]):
                errors.append(question)
        except OSError as exc:
            errors.append(str(exc))
        latencies.append(time.perf_counter() - start)


def turns(portal_url, concurrent, think_seconds=0.0):
    latencies, errors = [], []
    threads = [threading.Thread(target=conversation, args=(portal_url, latencies, errors, think_seconds))
               for _ in range(concurrent)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors


def signal_checks():
    """The signals' CPU time per message over every question of the question sets: the portal's two checks before it
    asks the assistant, and the four the assistant's NLU applies."""
    import importlib.util
    import yaml
    spec = importlib.util.spec_from_file_location("safety", BOT_DIR / "actions" / "safety.py")
    safety = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(safety)
    texts = [q["text"] for path in sorted((ROOT / "bench" / "questions").glob("*.yml"))
             for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    checks = {"portal": (safety.is_crisis, safety.asks_for_person),
              "assistant": (safety.is_personal_case, safety.asks_for_person, safety.is_crisis,
                            safety.complaint_about_something_else)}
    times = {}
    for name, functions in checks.items():
        start = time.process_time()
        for text in texts:
            for check in functions:
                check(text)
        times[name] = (time.process_time() - start) / len(texts) * 1000
    print(f"signals per message ({len(texts)} questions): portal {times['portal']:.2f} ms, "
          f"assistant {times['assistant']:.2f} ms CPU")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-train", action="store_true", help="skip measuring the training time")
    args = parser.parse_args()
    signal_checks()
    work = Path(tempfile.mkdtemp(prefix="chat-bench-"))
    if not args.no_train:
        start = time.perf_counter()
        # An empty cache directory: trained from scratch, not restored from an earlier training.
        subprocess.run([str(BOT_BIN / "rasa"), "train", "--out", str(work / "models"), "--quiet"], cwd=BOT_DIR,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "RASA_CACHE_DIRECTORY": str(work / "rasa-cache")})
        print(f"training from scratch: {time.perf_counter() - start:.0f} s")
    portal_port = free_port()
    actions, rasa = rasa_servers(work, portal_port=portal_port)
    portal = portal_server(work, port=portal_port, production=True, extra_env={
        "RASA_URL": rasa.url, "CHAT_NEW_CONVERSATIONS_PER_ADDRESS": "100000"})
    for server in (actions, rasa, portal):
        server.start()
    try:
        parse = []
        for i in range(100):
            start = time.perf_counter()
            post(rasa.url + "/model/parse", {"text": QUESTIONS[i % len(QUESTIONS)]})
            parse.append(time.perf_counter() - start)
        print(f"NLU parse: p50 {percentile(parse, 50) * 1000:.0f} ms, p95 {percentile(parse, 95) * 1000:.0f} ms")
        turns(portal.url, 2)  # warm-up
        # Without pauses every conversation sends its next message the moment the reply is in (a stress test);
        # with pauses of 1.5-4.5 s, as parents read and type, 20 conversations are 20 parents chatting at once.
        servers = {"portal": portal, "Rasa": rasa, "actions": actions}
        for concurrent, think in ((1, 0.0), (20, 0.0), (20, 3.0)):
            cpu_before = {name: cpu_seconds(server.process.pid) for name, server in servers.items()}
            latencies, errors = turns(portal.url, concurrent, think)
            cpu = {name: (cpu_seconds(server.process.pid) - cpu_before[name]) / len(latencies) * 1000
                   for name, server in servers.items()}
            pause = f"pauses ~{think:.0f} s" if think else "no pauses"
            print(f"chat turn, {concurrent:2d} concurrent conversation(s), {pause}: {len(latencies)} turns, "
                  f"p50 {percentile(latencies, 50) * 1000:.0f} ms, p95 {percentile(latencies, 95) * 1000:.0f} ms, "
                  f"slowest {max(latencies) * 1000:.0f} ms, "
                  f"{len(errors)} without a bot reply; CPU per turn: "
                  + ", ".join(f"{name} {ms:.0f} ms" for name, ms in cpu.items()), flush=True)
        print(f"memory: Rasa server {rss_mb(rasa.process.pid):.0f} MB, action server {rss_mb(actions.process.pid):.0f} MB")
    finally:
        for server in (portal, rasa, actions):
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

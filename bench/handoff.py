"""Benchmark: parents handed over to Loket advisers, under gunicorn with the production settings.

20 parents on zuidkennemerland at once each start a chat, send a question, ask for an adviser (POST .../adviser/)
and from then on poll for new messages every 1.5 s, as the chat widget does. Two advisers, each with their own
admin session in their own thread, poll the inbox queue every 1.5 s, claim the waiting chats (a 409 means the
colleague was first: fine), poll each of their chats every 1.5 s as the inbox page does, and answer every new
message of a parent. Once an adviser has joined (state "staff"), each parent sends 5 more messages, 2-4 s apart.
Every message and every reply carries a unique marker.

Prints: (a) adviser's reply sent -> seen by the parent's poll (target p95 <= 2 s), (b) parent's message sent ->
seen by the adviser's poll, (c) handoff -> claim; then whether every marker arrived exactly once: each parent
marker in the adviser's view and in the database, each reply marker on the parent's side. "OK", or "FAILED"
and a non-zero exit. An action answered with a server error (HTTP 5xx) is tried again, up to 4 times, as a
person would; those answers are counted and printed. No Rasa is needed: the portal's Rasa URL is a closed port, so the first message gets the
"assistant unavailable" notice and the parent asks for an adviser directly. Run with `make bench-handoff`.

The parent keeps its ?after= cursor as chat-widget.js does: raised only by what a poll returned, never by the
answer to its own send (whose id can be higher than an adviser's reply written just before it).
"""

import argparse
import http.cookies
import json
import random
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from tests.servers import free_port, portal_server  # noqa: E402

HOST = "zuidkennemerland.localhost"
PARENTS = 20
MESSAGES_AFTER_JOIN = 5
POLL_SECONDS = 1.5
PAUSE_SECONDS = (2.0, 4.0)
CLAIM_TIMEOUT_SECONDS = 120  # a parent gives up waiting for an adviser after this
REPLY_GRACE_SECONDS = 20  # ... and for the last replies, after its last message
ACTION_TRIES = 4
ADVISERS = [("adviseur1", "Anna"), ("adviseur2", "Bram")]
PARENT_MARK = re.compile(r"\[(P\d+-\d+-[0-9a-f]+)\]")
REPLY_MARK = re.compile(r"\[(A\d+-\d+)\]")
ROW = re.compile(r"<tr>\s*<td><a href=\"/admin/loket/([0-9a-f]+)/\">.*?</tr>", re.S)

CREATE_ADVISERS = """
import json, os
from django.contrib.auth import get_user_model
from wagtail.models import Site
from portal.core.models import SWVSettings
group = SWVSettings.for_site(Site.objects.get(hostname=os.environ["BENCH_HOST"])).loket_group
for username, password, first_name in json.loads(os.environ["BENCH_ADVISERS"]):
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name, user.is_active = first_name, True
    user.set_password(password)
    user.save()
    user.groups.set([group])
"""

DUMP_MESSAGES = """
import json, os
from portal.chat.models import Conversation, Message
site = {"conversation__site__hostname": os.environ["BENCH_HOST"]}
messages = list(Message.objects.filter(sender__in=["parent", "staff"], **site)
                .values_list("conversation_id", "sender", "text"))
chats = [(c.pk, c.state, c.assigned_to.username if c.assigned_to else None,
          (c.claimed_at - c.handed_off_at).total_seconds() if c.claimed_at and c.handed_off_at else None)
         for c in Conversation.objects.filter(site__hostname=os.environ["BENCH_HOST"]).select_related("assigned_to")]
with open(os.environ["BENCH_OUT"], "w") as out:
    json.dump({"messages": messages, "chats": chats}, out)
"""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 302 itself is the answer (and carries the cookies)


class Client:
    """One browser: its own cookies (kept by hand: the production cookies are Secure, and we speak plain HTTP to
    gunicorn as the TLS proxy would, with X-Forwarded-Proto), no redirects followed."""

    def __init__(self, base_url, record):
        self.base_url, self.record, self.cookies = base_url, record, {}
        self.opener = urllib.request.build_opener(_NoRedirect)

    def request(self, method, path, *, json_body=None, form=None, headers=None):
        headers = {"Host": HOST, **(headers or {})}
        data = None
        if json_body is not None:
            data, headers["Content-Type"] = json.dumps(json_body).encode(), "application/json"
        elif form is not None:
            data, headers["Content-Type"] = urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        request = urllib.request.Request(self.base_url + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                status, reply_headers, body = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, reply_headers, body = error.code, error.headers, error.read()
        for line in reply_headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(line).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        if status >= 500:
            with self.record.lock:
                self.record.server_errors[f"{method} {re.sub(r'/[0-9a-f]{24}/', '/<id>/', path.split('?')[0])}"] += 1
        elif status in (400, 403, 404, 429):
            self.record.error(f"{method} {path}: HTTP {status} {body[:200]!r}")
        return status, body

    def json(self, method, path, **kwargs):
        status, body = self.request(method, path, **kwargs)
        try:
            return status, json.loads(body)
        except ValueError:
            return status, None

    def act(self, method, path, **kwargs):
        """A person's action: after a server error they try again, as the widget and the inbox keep what was
        typed. A poll is not retried: the next one comes anyway."""
        for attempt in range(ACTION_TRIES):
            status, data = self.json(method, path, **kwargs)
            if status < 500 or attempt == ACTION_TRIES - 1:
                return status, data
            time.sleep(POLL_SECONDS)


class Record:
    """What every thread saw and when (time.monotonic of this one process), for the figures afterwards."""

    def __init__(self):
        self.lock = threading.Lock()
        self.parent_sent = {}  # parent marker -> (chat, t, measured: sent after the adviser joined)
        self.adviser_view = defaultdict(list)  # parent marker -> [(adviser, chat, t)], one per distinct message
        self.reply_sent = {}  # reply marker -> (chat, t)
        self.parent_view = defaultdict(list)  # reply marker -> [(chat, t)], one per distinct message
        self.handed_off = {}  # chat -> t
        self.claimed = defaultdict(list)  # chat -> [(adviser, t)]
        self.conflicts = 0
        self.redelivered = 0  # a message id a poll with ?after= brought a second time
        self.errors = []
        self.server_errors = Counter()  # 5xx answers by request
        self.rounds = []  # how long an adviser's round took: the queue, the claims, every chat polled and answered
        self.lost_parents = []

    def error(self, text):
        with self.lock:
            self.errors.append(text)


def parent(number, base_url, record, start_gate):
    client = Client(base_url, record)
    start_gate.wait()
    status, data = client.json("POST", "/api/chat/conversations/")
    if status != 201:
        record.error(f"parent {number}: no conversation ({status})")
        return
    chat, path = data["id"], f"/api/chat/conversations/{data['id']}/"
    headers = {"X-Chat-Token": data["token"]}
    seen, last, replies = set(), 0, set()

    def take(turn, from_poll):
        nonlocal last
        now = time.monotonic()
        for message in turn.get("messages", []):
            if message["id"] in seen:
                if from_poll and message["sender"] == "staff":
                    with record.lock:
                        record.redelivered += 1
                continue
            seen.add(message["id"])
            if from_poll:
                last = max(last, message["id"])
            if message["sender"] == "staff":
                with record.lock:
                    for marker in REPLY_MARK.findall(message["text"]):
                        record.parent_view[marker].append((chat, now))
                        replies.add(marker)

    def send(k, measured):
        marker = f"P{number:02d}-{k}-{secrets.token_hex(3)}"
        text = f"Bericht {k} van ouder {number} [{marker}]: hoe gaat het verder met de aanvraag?"
        with record.lock:
            record.parent_sent[marker] = (chat, time.monotonic(), measured)
        status, turn = client.act("POST", path + "messages/", json_body={"text": text}, headers=headers)
        if status == 200 and turn:
            take(turn, from_poll=False)
        else:
            record.error(f"parent {number}: message {k} not sent ({status})")

    send(0, measured=False)
    status, turn = client.act("POST", path + "adviser/", headers=headers)
    if status != 200 or not turn or turn.get("state") != "waiting":
        record.error(f"parent {number}: handoff failed ({status}, {turn and turn.get('state')})")
        record.lost_parents.append(chat)
        return
    record.handed_off[chat] = time.monotonic()
    take(turn, from_poll=False)
    expected_replies = 1 + MESSAGES_AFTER_JOIN
    joined, sent, next_send, give_up = False, 0, None, time.monotonic() + CLAIM_TIMEOUT_SECONDS
    next_poll = time.monotonic() + POLL_SECONDS
    while True:
        now = time.monotonic()
        if sent == MESSAGES_AFTER_JOIN and len(replies) >= expected_replies:
            return
        if now >= give_up:
            if not joined:
                record.lost_parents.append(chat)
            return
        wake = min(next_poll, next_send or give_up, give_up)
        if wake > now:
            time.sleep(wake - now)
        if next_send is not None and time.monotonic() >= next_send:
            sent += 1
            send(sent, measured=True)
            next_send = time.monotonic() + random.uniform(*PAUSE_SECONDS) if sent < MESSAGES_AFTER_JOIN else None
            if sent == MESSAGES_AFTER_JOIN:
                give_up = time.monotonic() + REPLY_GRACE_SECONDS
            next_poll = time.monotonic() + POLL_SECONDS  # the widget restarts its poll timer after every turn
        elif time.monotonic() >= next_poll:
            status, turn = client.json("GET", f"{path}messages/?after={last}", headers=headers)
            if status == 200 and turn:
                take(turn, from_poll=True)
                if turn.get("state") == "staff" and not joined:
                    joined = True
                    next_send = time.monotonic() + random.uniform(*PAUSE_SECONDS)
            next_poll = time.monotonic() + POLL_SECONDS


def adviser(index, username, password, base_url, record, stop, logged_in):
    client = Client(base_url, record)
    secure = {"X-Forwarded-Proto": "https"}  # as behind the TLS proxy: Secure cookies, CSRF checks the Referer
    status, body = client.request("GET", "/admin/login/", headers=secure)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    status, _ = client.request("POST", "/admin/login/", form={
        "username": username, "password": password, "csrfmiddlewaretoken": token, "next": "/admin/loket/"},
        headers={**secure, "Referer": f"https://{HOST}/admin/login/"})
    if status != 302 or "sessionid" not in client.cookies:
        record.error(f"{username}: login failed ({status})")
        logged_in.set()
        return
    logged_in.set()

    def post(path, **kwargs):
        return client.act("POST", path, headers={
            **secure, "Accept": "application/json", "X-CSRFToken": client.cookies.get("csrftoken", ""),
            "Referer": f"https://{HOST}/admin/loket/"}, **kwargs)

    mine, taken, seen, replies = {}, set(), defaultdict(set), 0
    tick = time.monotonic()
    while not stop.is_set():
        round_start = time.monotonic()
        status, body = client.request("GET", "/admin/loket/", headers=secure)
        for match in ROW.finditer(body.decode()):
            chat = match.group(1)
            if "Wacht op adviseur" not in match.group(0) or chat in mine or chat in taken:
                continue
            status, answer = post(f"/admin/loket/{chat}/overnemen/")
            if status == 200 and answer and answer.get("ok"):
                mine[chat] = 0
                with record.lock:
                    record.claimed[chat].append((username, time.monotonic()))
            elif status == 409:
                taken.add(chat)
                with record.lock:
                    record.conflicts += 1
            else:
                record.error(f"{username}: claim {chat}: {status} {answer}")
        for chat in list(mine):
            status, data = client.json("GET", f"/admin/loket/{chat}/berichten/?after={mine[chat]}", headers=secure)
            if status != 200 or not data:
                continue
            now = time.monotonic()
            for message in data["messages"]:
                if message["id"] in seen[chat]:
                    with record.lock:
                        record.redelivered += 1
                    continue
                seen[chat].add(message["id"])
                mine[chat] = max(mine[chat], message["id"])
                if message["sender"] != "parent":
                    continue
                with record.lock:
                    for marker in PARENT_MARK.findall(message["text"]):
                        record.adviser_view[marker].append((username, chat, now))
                replies += 1
                marker = f"A{index}-{replies}"
                with record.lock:
                    record.reply_sent[marker] = (chat, time.monotonic())
                status, answer = post(f"/admin/loket/{chat}/antwoord/",
                                      form={"text": f"Antwoord [{marker}]: dank u, ik kijk er direct naar."})
                if status != 200 or not answer or not answer.get("ok"):
                    record.error(f"{username}: reply in {chat}: {status} {answer}")
        if mine:
            record.rounds.append((len(mine), time.monotonic() - round_start))
        tick = max(tick + POLL_SECONDS, time.monotonic())
        stop.wait(max(0.0, tick - time.monotonic()))


def manage_shell(env, code, extra):
    subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env={**env, **extra}, check=True,
                   stdout=subprocess.DEVNULL)


def seconds(values):
    if not values:
        return "no samples"
    return f"p50 {percentile(values, 50):.2f} s, p95 {percentile(values, 95):.2f} s, max {max(values):.2f} s"


def report(record, db, log):
    """Print the figures and the checks; True if nothing was lost or duplicated."""
    reply_latency = [seen[0][1] - record.reply_sent[m][1] for m, seen in record.parent_view.items()
                     if m in record.reply_sent and seen]
    message_latency = [record.adviser_view[m][0][2] - t for m, (chat, t, measured) in record.parent_sent.items()
                       if measured and record.adviser_view.get(m)]
    claim_latency = [claims[0][1] - record.handed_off[chat] for chat, claims in record.claimed.items()
                     if chat in record.handed_off]
    db_claim = [wait for _, _, _, wait in db["chats"] if wait is not None]
    print(f"(a) adviser reply sent -> seen by the parent's poll: {len(reply_latency)} replies, "
          f"{seconds(reply_latency)} (target p95 <= 2 s: "
          f"{'met' if reply_latency and percentile(reply_latency, 95) <= 2 else 'NOT met'})")
    print(f"(b) parent message sent -> seen by the adviser's poll: {len(message_latency)} messages, "
          f"{seconds(message_latency)}")
    print(f"(c) handoff -> claimed: {len(claim_latency)} chats, {seconds(claim_latency)} "
          f"(database claimed_at - handed_off_at: {seconds(db_claim)}); {record.conflicts} claim(s) answered 409")
    per_adviser = Counter(claims[0][0] for claims in record.claimed.values())
    print("    claimed per adviser: " + ", ".join(f"{name} {per_adviser[name]}" for name, _ in ADVISERS) +
          f"; an adviser's round (queue, claims, each own chat polled and answered, one after another): "
          f"{seconds([t for _, t in record.rounds])}")

    db_parent = Counter(m for chat, sender, text in db["messages"] if sender == "parent"
                        for m in PARENT_MARK.findall(text))
    db_reply = Counter(m for chat, sender, text in db["messages"] if sender == "staff"
                       for m in REPLY_MARK.findall(text))
    sent_parent, sent_reply = set(record.parent_sent), set(record.reply_sent)
    checks = [
        ("parent markers seen exactly once by the adviser",
         sum(1 for m in sent_parent if len(record.adviser_view.get(m, [])) == 1 and
             record.adviser_view[m][0][1] == record.parent_sent[m][0]), len(sent_parent)),
        ("parent markers exactly once in the database", sum(1 for m in sent_parent if db_parent[m] == 1),
         len(sent_parent)),
        ("reply markers seen exactly once by the parent",
         sum(1 for m in sent_reply if len(record.parent_view.get(m, [])) == 1 and
             record.parent_view[m][0][0] == record.reply_sent[m][0]), len(sent_reply)),
        ("reply markers exactly once in the database", sum(1 for m in sent_reply if db_reply[m] == 1),
         len(sent_reply)),
        ("parent messages answered by an adviser", len(sent_reply), len(sent_parent)),
        ("chats handed off and claimed by exactly one adviser",
         sum(1 for c in record.claimed.values() if len(c) == 1), PARENTS),
    ]
    ok = True
    for label, good, total in checks:
        ok = ok and good == total
        print(f"    {label}: {good}/{total}")
    missing_parent = sorted(m for m in sent_parent if not record.adviser_view.get(m))
    missing_reply = sorted(m for m in sent_reply if not record.parent_view.get(m))
    extra = (sum(len(v) - 1 for v in record.adviser_view.values() if len(v) > 1) +
             sum(len(v) - 1 for v in record.parent_view.values() if len(v) > 1) +
             sum(n - 1 for n in (db_parent + db_reply).values() if n > 1) + record.redelivered)
    print(f"    never seen by the adviser: {len(missing_parent)} {missing_parent[:10]}; never seen by the parent: "
          f"{len(missing_reply)} {missing_reply[:10]}; duplicates: {extra}; parents never joined by an adviser: "
          f"{len(record.lost_parents)}; other HTTP errors: {len(record.errors)}")
    for line in record.errors[:10]:
        print("      " + line)
    if record.server_errors:
        locked = log.count("django.db.utils.OperationalError: database is locked")
        print(f"    WARNING: {sum(record.server_errors.values())} answers HTTP 5xx (each action tried again, up to "
              f"{ACTION_TRIES} times, as a person would): " +
              ", ".join(f"{n} x {kind}" for kind, n in record.server_errors.most_common()) +
              f"; the portal log has {locked} x 'database is locked'")
    ok = ok and extra == 0 and not record.lost_parents
    print("OK: nothing lost or duplicated" if ok else "FAILED: messages lost or duplicated (see above)")
    return ok


def main():
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args()  # --help, and nothing else
    work = Path(tempfile.mkdtemp(prefix="handoff-bench-"))
    try:
        # Rasa is not needed: a closed port, so the assistant is "unavailable" at once.
        portal = portal_server(work, production=True, extra_env={
            "RASA_URL": f"http://127.0.0.1:{free_port()}", "RASA_TIMEOUT_SECONDS": "2",
            "CHAT_NEW_CONVERSATIONS_PER_ADDRESS": "100000"})
        passwords = {username: secrets.token_urlsafe(16) for username, _ in ADVISERS}
        manage_shell(portal.env, CREATE_ADVISERS, {"BENCH_HOST": HOST, "BENCH_ADVISERS": json.dumps(
            [(username, passwords[username], first_name) for username, first_name in ADVISERS])})
        portal.start()
        record, stop, gate = Record(), threading.Event(), threading.Event()
        try:
            advisers = []
            for index, (username, _) in enumerate(ADVISERS, 1):
                logged_in = threading.Event()
                thread = threading.Thread(target=adviser, args=(index, username, passwords[username], portal.url,
                                                                record, stop, logged_in))
                thread.start()
                logged_in.wait(60)
                advisers.append(thread)
            if record.errors:
                raise SystemExit("advisers could not log in:\n" + "\n".join(record.errors))
            parents = [threading.Thread(target=parent, args=(n, portal.url, record, gate))
                       for n in range(1, PARENTS + 1)]
            started = time.monotonic()
            for thread in parents:
                thread.start()
            gate.set()
            for thread in parents:
                thread.join()
            stop.set()
            for thread in advisers:
                thread.join()
            print(f"{PARENTS} parents, {len(ADVISERS)} advisers, polling every {POLL_SECONDS} s, "
                  f"gunicorn with production settings: {time.monotonic() - started:.0f} s")
        finally:
            stop.set()
            portal.stop()
        out = work / "messages.json"
        manage_shell(portal.env, DUMP_MESSAGES, {"BENCH_HOST": HOST, "BENCH_OUT": str(out)})
        ok = report(record, json.loads(out.read_text()), portal.log_path.read_text(errors="replace"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

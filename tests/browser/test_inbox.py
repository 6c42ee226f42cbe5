"""The Loket inbox in the Wagtail admin, in a real browser: what parents type (tests/browser/xss_vectors.txt,
one XSS vector a line) never runs in the adviser's browser and is shown as the literal text, both as rendered
by the server and as inserted by loket-inbox.js while the page polls; the queue and a chat pass axe-core; and
of two advisers who click "Gesprek overnemen" at the same moment exactly one gets the chat.

The parents' side goes through the chat API with plain HTTP. Rasa does not run beside this portal: each
message is stored and then answered with the "not reachable" system message. The API allows 10 new
conversations per client address per 10 minutes, and these tests start more than that (and share the portal
with the widget's tests), so every parent here connects from a loopback address of its own, as separate
parents would. The advisers are made in the portal's own database with `manage.py shell`."""

import http.client
import itertools
import json
import os
import secrets
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect


from .conftest import AXE, AXE_TAGS, _own_host, axe_violations

pytestmark = pytest.mark.browser

SITE = "zuidkennemerland"
VECTORS_FILE = os.path.join(os.path.dirname(__file__), "xss_vectors.txt")
CHUNK = 14  # vectors per conversation: 15 a conversation at most (20 a minute is the API's limit), one spare
POLL_WAIT_MS = 3000  # loket-inbox.js polls every 1.5 s
CLAIMED = "U heeft het gesprek overgenomen."
ALREADY_CLAIMED = "Dit gesprek is al overgenomen door"
PASSWORD = secrets.token_urlsafe(16)
ADVISERS = {
    # The last name of the adviser in the XSS tests is a vector too: it shows as the author of a reply.
    "sam": ("Sam", 'Visser"><svg onload=window.__xss=1>'),
    "anne": ("Anne", "de Vries"),
    "bram": ("Bram", "Jansen"),
}


def _read_vectors():
    with open(VECTORS_FILE, encoding="utf-8") as f:
        return [line for line in f.read().splitlines() if line.strip()]


# Characters a file of vectors cannot hold well (NUL, controls, invisible and bidi characters): the API drops
# what is not printable, and the inbox must show what was stored.
CONTROL_VECTORS = [
    "<scr\x00ipt>window.__xss=1</scr\x00ipt>",
    "<img src=x\x00onerror=window.__xss=1>",
    "<img\tsrc=x\tonerror=window.__xss=1>",
    "<svg\x0conload=window.__xss=1>",
    '<a href="java\tscript:window.__xss=1">klik</a>',
    '<a href="java\u200bscript:window.__xss=1">klik</a>',
    "\u202e<script>window.__xss=1</script>",
    "<img src=x one\u00adrror=window.__xss=1>",
]
VECTORS = _read_vectors() + CONTROL_VECTORS
CHUNKS = [VECTORS[i:i + CHUNK] for i in range(0, len(VECTORS), CHUNK)]


def test_the_vector_file_holds_at_least_100_distinct_vectors():
    vectors = _read_vectors()
    assert len(vectors) >= 100
    assert len(set(vectors)) == len(vectors), "a vector appears twice"
    assert all(len(v) <= 2000 for v in VECTORS), "the API takes 2000 characters at most"


# --- the parent's side: the chat API over plain HTTP ---

_loopback = itertools.count(2)


class Parent:
    """One parent's conversation on SITE, from 127.0.0.N (N its own) to the portal on 127.0.0.1."""

    def __init__(self, portal):
        self.host = portal.format(SITE).split("//", 1)[1]
        self.port = int(self.host.rsplit(":", 1)[1])
        self.source = f"127.0.0.{next(_loopback)}"
        self.token = ""
        turn = self._call("POST", "/api/chat/conversations/", expected=201)
        self.id, self.token = turn["id"], turn["token"]

    def _call(self, method, path, body=None, expected=200):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30, source_address=(self.source, 0))
        headers = {"Host": self.host, "X-Chat-Token": self.token}
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
            response = connection.getresponse()
            raw = response.read()
        finally:
            connection.close()
        assert response.status == expected, f"{method} {path}: {response.status} {raw[:500]!r}"
        return json.loads(raw) if raw else None

    def say(self, text) -> str:
        """Send a message; returns the text as the portal stored it."""
        turn = self._call("POST", f"/api/chat/conversations/{self.id}/messages/", {"text": text})
        (mine,) = [m for m in turn["messages"] if m["sender"] == "parent"]
        return mine["text"]

    def ask_for_adviser(self):
        assert self._call("POST", f"/api/chat/conversations/{self.id}/adviser/")["state"] == "waiting"

    def share_summary(self):
        self._call("POST", f"/api/chat/conversations/{self.id}/summary/", {"share": True})

    def leave_callback(self, **fields):
        self._call("POST", f"/api/chat/conversations/{self.id}/callback/", fields, expected=201)

    def turn(self):
        return self._call("GET", f"/api/chat/conversations/{self.id}/messages/?after=0")

    def delete(self):
        self._call("DELETE", f"/api/chat/conversations/{self.id}/", expected=204)


# --- the advisers ---

@pytest.fixture(scope="module")
def advisers(portal, portal_shell):
    """Usernames of three advisers in the Loket group of SITE, in the database of the `portal` fixture's server."""
    usernames = {name: "loket-test-" + name for name in ADVISERS}
    portal_shell(f"""
from django.contrib.auth import get_user_model
from wagtail.models import Site
from portal.core.models import SWVSettings
group = SWVSettings.for_site(Site.objects.get(hostname="{SITE}.localhost")).loket_group
for username, (first, last) in {dict(zip(usernames.values(), ADVISERS.values()))!r}.items():
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name, user.last_name, user.email = first, last, username + "@example.org"
    user.set_password({PASSWORD!r})
    user.save()
    user.groups.set([group])
""")
    yield usernames
    # An adviser who had the inbox open counts as online for two minutes: the widget's tests on the same portal
    # expect nobody there.
    portal_shell(f"""
from portal.chat.models import AdviserPresence
AdviserPresence.objects.filter(user__username__in={sorted(usernames.values())!r}).delete()
""")


def watch(page):
    """Record every dialog (and dismiss it, so nothing hangs)."""
    page.dialogs = []

    def on_dialog(dialog):
        page.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


@pytest.fixture
def adviser_page(page, portal, advisers):
    return log_in(watch(page), portal, advisers["sam"])


def log_in(page, portal, username):
    page.goto(portal.format(SITE) + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    return page


def new_page(browser):
    """A second adviser's browser, watched like the `page` fixture's."""
    context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.foreign_requests = []
    page.on("request", lambda r: None if _own_host(r.url) else page.foreign_requests.append(r.url))
    return watch(page)


TEXTS = ".loket-msg__who, .loket-msg__text, .loket-facts dd, .loket-chat > ul > li"  # transcript, facts, notes


def assert_nothing_ran(page, title, texts=TEXTS, allowed="br, strong, small"):
    assert page.evaluate("typeof window.__xss") == "undefined", "a vector ran (window.__xss is set)"
    assert page.title() == title, "the document title changed"
    assert page.dialogs == [], f"dialogs were opened: {page.dialogs}"
    assert page.foreign_requests == [], f"requests to other hosts: {page.foreign_requests}"
    # Nothing a parent typed became markup: the texts hold nothing but the line breaks of linebreaksbr.
    markup = page.evaluate("""([selector, allowed]) => [...document.querySelectorAll(selector)]
        .flatMap(e => [...e.querySelectorAll('*')]).filter(e => !e.matches(allowed)).map(e => e.outerHTML)""",
                           [texts, allowed])
    assert page.locator(texts).count() > 0
    assert markup == [], "a parent's text became markup"


def parent_texts(page):
    return page.locator("#loket-transcript .loket-msg--parent .loket-msg__text").all_text_contents()


# --- XSS ---

@pytest.mark.parametrize("chunk", range(len(CHUNKS)))
def test_vectors_show_as_text_and_never_run(adviser_page, portal, chunk):
    page = adviser_page
    vectors = CHUNKS[chunk]
    half = len(vectors) // 2
    parent = Parent(portal)
    stored = [parent.say(v) for v in vectors[:half]]
    parent.ask_for_adviser()
    parent.share_summary()  # the last four messages, shown to the adviser as the parent's summary

    page.goto(portal.format(SITE) + "/admin/loket/")
    queue_title = page.title()
    assert queue_title.startswith("Loket-inbox")
    page.get_by_role("link", name=f"Gesprek {parent.id[:8]}").click()
    page.wait_for_url(f"**/admin/loket/{parent.id}/")
    title = page.title()
    assert title.startswith(f"Gesprek {parent.id[:8]}")
    assert parent_texts(page) == stored  # as rendered by the server
    for text in stored[-4:]:
        expect(page.locator(".loket-facts")).to_contain_text(text)

    # The rest arrive while the page is open: loket-inbox.js puts them in the transcript.
    stored += [parent.say(v) for v in vectors[half:]]
    expect(page.locator("#loket-transcript .loket-msg--parent")).to_have_count(len(stored))
    page.wait_for_timeout(POLL_WAIT_MS)
    assert parent_texts(page) == stored
    assert_nothing_ran(page, title)

    page.reload()  # now all of them from the server
    page.wait_for_timeout(POLL_WAIT_MS)
    assert parent_texts(page) == stored
    assert page.url.endswith(f"/admin/loket/{parent.id}/")
    assert_nothing_ran(page, title)

    if chunk == 0:
        # Claimed: the reply form, the adviser's own name in it, the parent writing on, a reply and a note.
        page.get_by_role("button", name="Gesprek overnemen").click()
        expect(page.get_by_text(CLAIMED)).to_be_visible()
        expect(page.locator("#loket-reply")).to_be_visible()
        stored.append(parent.say(VECTORS[-1]))
        expect(page.locator("#loket-transcript .loket-msg--parent")).to_have_count(len(stored))

        reply = VECTORS[1]
        page.get_by_label("Uw antwoord aan de ouder").fill(reply)
        page.locator("#loket-reply").get_by_role("button", name="Versturen").click()
        expect(page.locator("#loket-reply [role=status]")).to_have_text("Verstuurd.")
        staff = page.locator("#loket-transcript .loket-msg--staff")
        expect(staff.locator(".loket-msg__text")).to_have_text([reply])
        expect(staff.locator(".loket-msg__who")).to_have_text(["Sam " + ADVISERS["sam"][1]])  # inserted by JS

        note = VECTORS[2]
        page.get_by_label("Notitie toevoegen").fill(note)
        page.get_by_role("button", name="Notitie bewaren").click()
        expect(page.get_by_text("Notitie bewaard.")).to_be_visible()
        expect(page.locator(".loket-chat > ul > li").first).to_contain_text(note)
        expect(staff.locator(".loket-msg__who")).to_have_text(["Sam " + ADVISERS["sam"][1]])  # from the server
        page.wait_for_timeout(POLL_WAIT_MS)
        assert parent_texts(page) == stored
        assert_nothing_ran(page, title)

        page.goto(portal.format(SITE) + "/admin/loket/")
        expect(page.locator(".loket-inbox")).to_contain_text("Sam " + ADVISERS["sam"][1])
        assert_nothing_ran(page, queue_title, texts=".loket-inbox tbody td:last-child")  # the adviser's name


def test_callback_requests_show_vectors_as_text(adviser_page, portal):
    page = adviser_page
    parent = Parent(portal)
    parent.say("Ik wil graag gebeld worden.")
    parent.ask_for_adviser()
    name, moment = "<script>window.__xss=1</script>", "<svg onload=window.__xss=1>"
    description = " / ".join(v for v in VECTORS if v.startswith("<img"))[:1000]
    parent.leave_callback(name=name, phone="06 12345678", best_moment=moment, description=description)
    page.goto(portal.format(SITE) + "/admin/loket/terugbellen/")
    title = page.title()
    page.wait_for_timeout(1000)
    row = page.locator("tr", has_text=description[:40])
    expect(row).to_have_count(1)
    expect(row).to_contain_text(name)
    expect(row).to_contain_text(moment)
    expect(row).to_contain_text(description)
    expect(page.get_by_label(f"Status van {name}")).to_be_visible()
    # Name, moment and description: the second to fifth cells of the row (one SWV: no SWV column).
    assert_nothing_ran(page, title, texts="table.listing tbody tr > td:nth-child(n+2):nth-child(-n+5)",
                       allowed="br, a[href^='/admin/loket/']")  # the link to the chat
    # Handled: the confirmation names the parent.
    page.get_by_label(f"Status van {name}").select_option(index=1)
    row.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".messages")).to_contain_text(f"Terugbelverzoek van {name}:")
    assert page.locator(".messages li *:not(svg):not(use)").count() == 0
    assert_nothing_ran(page, title, texts="table.listing tbody tr > td:nth-child(n+2):nth-child(-n+5)",
                       allowed="br, a[href^='/admin/loket/']")


# --- accessibility ---

def assert_accessible(page, include=None):
    """axe-core on the whole page (conftest's run), or with `include` on that part of it only."""
    if include is None:
        violations = axe_violations(page)
    else:
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "([include, tags]) => axe.run({include: [include]}, {runOnly: {type: 'tag', values: tags}})",
            [include, AXE_TAGS])
        violations = [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
                      for v in result["violations"]]
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
    assert page.foreign_requests == [], f"requests to other hosts: {page.foreign_requests}"


def test_queue_and_chat_are_accessible(adviser_page, portal):
    page = adviser_page
    parent = Parent(portal)
    parent.say("Mijn zoon zit al weken thuis, hoe vraag ik een tlv aan?")
    parent.say("De school reageert niet.")
    parent.ask_for_adviser()
    parent.share_summary()
    parent.leave_callback(name="Sanne", phone="06 12345678", description="Over een tlv")

    for path in ("/admin/loket/", "/admin/loket/terugbellen/", f"/admin/loket/{parent.id}/"):
        page.goto(portal.format(SITE) + path)
        assert_accessible(page)  # the whole page, Wagtail's menu and header too

    page.get_by_role("button", name="Gesprek overnemen").click()
    expect(page.get_by_text(CLAIMED)).to_be_visible()
    parent.say("Bent u er nog?")
    expect(page.locator("#loket-transcript .loket-msg--parent")).to_have_count(3)
    # Wagtail's own green success message ("U heeft het gesprek overgenomen.") fails color-contrast: that is
    # the admin's chrome, not ours, so with it on the page axe runs on our region .loket-chat only ...
    assert_accessible(page, include=".loket-chat")  # in conversation: reply form, transfer, close, notes
    page.reload()
    assert_accessible(page)  # ... and on the whole page once the message is gone.

    # An answer from the library by keyboard alone: the arrow keys only choose, the button inserts.
    answer = page.get_by_label("Uw antwoord aan de ouder")
    canned = page.get_by_label("Antwoord uit de antwoordenbibliotheek invoegen")
    canned.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(canned).to_be_focused()
    expect(answer).to_have_value("")
    chosen = canned.evaluate("select => select.options[2].value")
    expect(canned).to_have_value(chosen)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Antwoord invoegen")).to_be_focused()
    page.keyboard.press("Enter")
    expect(answer).to_have_value(chosen)
    expect(answer).to_be_focused()
    expect(canned).to_have_value("")
    # Nothing chosen: the button says so and sends the focus back to the list.
    page.get_by_role("button", name="Antwoord invoegen").click()
    expect(page.locator("#loket-reply [role=status]")).to_have_text("Kies eerst een antwoord uit de lijst.")
    expect(canned).to_be_focused()
    expect(answer).to_have_value(chosen)
    assert_accessible(page)


def test_the_polling_does_not_reload_over_a_slow_claim(adviser_page, portal):
    """The claim reaches the server at once, but its answer (the page with "U heeft het gesprek overgenomen.")
    comes 4 s later. Meanwhile the old page's poll sees the chat taken: it must not reload the page, which would
    cancel the navigation under way and lose the message."""
    page = adviser_page
    parent = Parent(portal)
    parent.say("Ik heb een vraag.")
    parent.ask_for_adviser()
    page.goto(portal.format(SITE) + f"/admin/loket/{parent.id}/")
    held = []
    page.route("**/overnemen/", lambda route: held.append(route))
    page.get_by_role("button", name="Gesprek overnemen").click(no_wait_after=True)
    for _ in range(200):
        if held:
            break
        page.wait_for_timeout(25)
    (route,) = held
    request = route.request
    # The browser's own request, sent on by the test; the answer is handed back to the browser later.
    connection = http.client.HTTPConnection("127.0.0.1", int(portal.rsplit(":", 1)[1]), timeout=30)
    connection.request("POST", urlsplit(request.url).path, body=request.post_data_buffer,
                       headers={**{k: v for k, v in request.all_headers().items() if not k.startswith(":")},
                                "Host": urlsplit(request.url).netloc})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 302
    page.wait_for_timeout(4000)  # a poll or two
    route.fulfill(status=response.status, headers=dict(response.getheaders()), body=body)
    expect(page.get_by_text(CLAIMED)).to_be_visible()
    expect(page.locator("#loket-reply")).to_be_visible()


def test_the_admin_asks_no_other_host(adviser_page, portal):
    """Wagtail would show each user's avatar from gravatar.com (an MD5 of their e-mail address to a third party)
    unless WAGTAIL_GRAVATAR_PROVIDER_URL is None."""
    for path in ("/admin/", "/admin/loket/", "/admin/account/"):
        adviser_page.goto(portal.format(SITE) + path)
        adviser_page.wait_for_load_state("networkidle")
        assert "gravatar.com" not in adviser_page.content()  # also an avatar that would load lazily
    assert adviser_page.foreign_requests == []


# --- the claim race ---

def test_two_advisers_claim_at_once_and_exactly_one_gets_the_chat(browser, portal, advisers):
    parent = Parent(portal)
    parent.say("Ik heb een vraag over de ondersteuning op school.")
    parent.ask_for_adviser()
    pages = [log_in(new_page(browser), portal, advisers[name]) for name in ("anne", "bram")]
    try:
        held = []
        for page in pages:
            page.goto(portal.format(SITE) + f"/admin/loket/{parent.id}/")
            expect(page.get_by_role("button", name="Gesprek overnemen")).to_be_visible()
            # Hold each claim in the browser until both are sent, then let them go at the same moment.
            page.route("**/overnemen/", lambda route: held.append(route))
        for page in pages:
            page.get_by_role("button", name="Gesprek overnemen").click(no_wait_after=True)
        for _ in range(200):
            if len(held) == 2:
                break
            pages[0].wait_for_timeout(25)
        assert len(held) == 2, "both claims should be on their way"
        for route in held:
            route.continue_()
        for page in pages:  # back on the chat's page (the same address), the chat now taken
            expect(page.get_by_role("button", name="Gesprek overnemen")).to_have_count(0)
            page.wait_for_load_state()

        winners = [p for p in pages if p.locator("#loket-reply").count() == 1]
        assert len(winners) == 1, "exactly one adviser gets the reply form"
        (winner,), (loser,) = winners, [p for p in pages if p not in winners]
        name = " ".join(ADVISERS["anne" if winner is pages[0] else "bram"])
        expect(winner.get_by_text(CLAIMED)).to_be_visible()
        expect(winner.locator(".loket-chat")).not_to_contain_text("voert dit gesprek")
        expect(loser.get_by_text(f"{ALREADY_CLAIMED} {name}.")).to_be_visible()
        expect(loser.get_by_text(f"{name} voert dit gesprek.")).to_be_visible()
        expect(loser.locator("#loket-reply")).to_have_count(0)
        expect(loser.get_by_role("button", name="Gesprek overnemen")).to_have_count(0)
        expect(winner.locator("#loket-state")).to_contain_text(name)
        expect(loser.locator("#loket-state")).to_contain_text(name)

        turn = parent.turn()
        assert turn["state"] == "staff"
        assert turn["loket"]["adviser"] == name.split()[0]
        joined = [m for m in turn["messages"] if m["sender"] == "system" and "van het Loket is er nu" in m["text"]]
        assert len(joined) == 1, "the parent is told once who took the chat"
        for page in pages:
            assert page.dialogs == [] and page.foreign_requests == []
    finally:
        for page in pages:
            page.context.close()

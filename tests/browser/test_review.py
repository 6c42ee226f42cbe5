"""The review list ("Gesprekken nakijken") in a real browser: the list, a message in its conversation and a form with
a mistake pass axe-core; labelling works by keyboard alone (label, Tab to Opslaan, Enter) and afterwards the next
message's label has the focus; what the parent wrote is shown without personal data.

The messages and a Loket adviser are made in the portal's own database with `manage.py shell` (as in
test_inbox.py); the conversations are stored with the outcomes the chat would have given them."""

import re
import secrets

import pytest
from playwright.sync_api import expect

from .test_inbox import SITE, assert_accessible

pytestmark = pytest.mark.browser

PASSWORD = secrets.token_urlsafe(16)
USERNAME = "nakijken-test"
QUESTIONS = [
    # (text, outcome, answer topic, what the assistant replied)
    ("mijn zoon daan de vries krijgt geen rugzakje meer van obs de regenboog, bel 06-12345678", "niet_begrepen",
     "fallback", "Ik weet niet zeker wat u bedoelt. Kunt u uw vraag anders zeggen?"),
    ("wie betaalt de taxi naar het so", "verduidelijkt", "fallback",
     "Ik weet niet zeker wat u bedoelt. Gaat uw vraag over een van deze onderwerpen?"),
    ("mag de school mijn dochter een dag per week thuis laten", "niet_begrepen", "fallback",
     "Ik weet niet zeker wat u bedoelt. Kunt u uw vraag anders zeggen?"),
]


@pytest.fixture(scope="module")
def reviewer(portal_var, portal_shell):
    """A Loket adviser of SITE, and the three questions above, each in a conversation of its own; returns the
    adviser's username and the ids of the parent messages, newest first (the list's order)."""
    ids_file = portal_var / "review-ids.txt"
    portal_shell(f"""
from django.contrib.auth import get_user_model
from wagtail.models import Site
from portal.chat.models import Conversation, Message
from portal.core.models import SWVSettings
site = Site.objects.get(hostname="{SITE}.localhost")
user, _ = get_user_model().objects.get_or_create(username={USERNAME!r})
user.first_name, user.last_name = "Noor", "Nakijker"
user.set_password({PASSWORD!r})
user.save()
user.groups.set([SWVSettings.for_site(site).loket_group])
ids = []
for text, outcome, topic, reply in {QUESTIONS!r}:
    chat = Conversation.objects.create(site=site, token_hash="x")
    ids.append(Message.objects.create(conversation=chat, sender="parent", text=text, outcome=outcome,
                                      answer_topic=topic).pk)
    Message.objects.create(conversation=chat, sender="bot", text=reply, topic=topic,
                           buttons=[{{"title": "Een adviseur spreken", "payload": "/request_human"}}])
from portal.learning.selection import refresh
refresh(ids)  # what the chat does when a turn ends
open({str(ids_file)!r}, "w").write(" ".join(map(str, reversed(ids))))
""")
    return USERNAME, [int(i) for i in ids_file.read_text().split()]


@pytest.fixture
def reviewer_page(page, portal, reviewer):
    page.goto(portal.format(SITE) + "/admin/login/")
    page.locator("#id_username").fill(reviewer[0])
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    return page


def test_review_by_keyboard_and_axe_clean(reviewer_page, portal, reviewer):
    page = reviewer_page
    _, (newest, middle, oldest) = reviewer
    page.goto(portal.format(SITE) + "/admin/leren/")
    expect(page.locator(f"#bericht-{oldest}")).to_be_visible()
    assert_accessible(page)
    # The parent's message shows without personal data.
    text = page.locator(f"#id_m{oldest}-text")
    expect(text).to_have_value("mijn zoon [NAAM] krijgt geen rugzakje meer van [SCHOOL], bel [TELEFOON]")
    assert "daan de vries" not in page.content() and "12345678" not in page.content()

    # The first message on the page, by keyboard only: the label by its first letters, Tab to Opslaan, Enter.
    label = page.locator(f"#id_m{newest}-label")
    label.focus()
    page.keyboard.type("Heeft een")
    expect(label).to_have_value("needs_person")
    for _ in range(3):
        page.keyboard.press("Tab")
    expect(page.locator(f"#bericht-{newest}").get_by_role("button", name="Opslaan")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/admin/leren/\?focus={middle}&opgeslagen=\d+"))
    expect(page.locator(".learning-saved")).to_contain_text("Heeft een persoon nodig")
    expect(page.locator(f"#bericht-{newest}")).to_have_count(0)
    expect(page.locator(f"#id_m{middle}-label")).to_be_focused()  # straight on with the next one
    assert_accessible(page)

    # The next: a topic, with an edit of the text.
    page.keyboard.type("Leerlingenv")
    expect(page.locator(f"#id_m{middle}-label")).to_have_value("topic:leerlingenvervoer")
    page.keyboard.press("Tab")
    expect(page.locator(f"#id_m{middle}-text")).to_be_focused()
    page.keyboard.press("End")
    page.keyboard.type(" of de gemeente")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/admin/leren/\?focus={oldest}&opgeslagen=\d+"))
    expect(page.locator(f"#id_m{oldest}-label")).to_be_focused()
    expect(page.locator("table.listing")).to_contain_text("wie betaalt de taxi naar het so of de gemeente")

    # The last one in its conversation (the parent's own words, logged), then a form with a mistake.
    page.get_by_role("link", name="Bekijk de vraag in het hele gesprek").first.click()
    page.wait_for_url(re.compile(rf"/admin/leren/{oldest}/"))
    expect(page.locator(".learning-current")).to_contain_text("daan de vries")
    assert_accessible(page)
    page.get_by_label("Label").select_option("new_topic")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert").first).to_contain_text("nog niet opgeslagen")
    expect(page.get_by_label("Label")).to_be_focused()
    assert_accessible(page)
    page.get_by_label("Notitie (nodig bij een nieuw onderwerp)").fill("rugzakje: bestaat niet meer")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/admin/leren/\?opgeslagen=\d+"))
    # Gone from the to-do list (other tests of this session may leave messages of their own there).
    expect(page.locator(".learning-saved")).to_contain_text("Nieuw onderwerp")
    expect(page.locator(f"#bericht-{oldest}")).to_have_count(0)
    assert_accessible(page)

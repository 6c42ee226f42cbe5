"""The Inzichten page in a real browser: axe-core finds nothing on it, with figures in every chart, and it loads
nothing from another host (the charts are SVG from the server, no script)."""

import secrets

import pytest

from .conftest import assert_accessible

pytestmark = pytest.mark.browser

SITE = "zuidkennemerland"
PASSWORD = secrets.token_urlsafe(16)
USERNAME = "inzichten-eindredacteur"

SEED = f"""
import datetime
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Site
from portal.chat.models import CallbackRequest, Conversation, Message
from portal.core.models import SWVSettings
from portal.insights.models import AnswerViewDay, SearchMissVisit

site = Site.objects.get(hostname="{SITE}.localhost")
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}")
user.save()
user.groups.set([SWVSettings.for_site(site).school_reviewers])
now = timezone.now()
turns = [("tlv_aanvragen", "beantwoord"), ("fallback", "verduidelijkt"), ("", "niet_begrepen"),
         ("out_of_scope", "buiten_bereik"), ("opp", "beantwoord"), ("handoff", "doorverbonden")]
for n in range(40):
    when = now - datetime.timedelta(days=n * 2, hours=1)
    handed = n % 5 == 0
    chat = Conversation.objects.create(site=site, token_hash="x", rating=1 + n % 5,
                                       handoff_reason="assistent" if handed else "",
                                       handed_off_at=when if handed else None,
                                       claimed_at=when + datetime.timedelta(minutes=n % 9) if handed else None)
    Conversation.objects.filter(pk=chat.pk).update(created=when)
    for topic, outcome in turns[: 1 + n % 6]:
        message = Message.objects.create(conversation=chat, sender="parent", text="vraag", outcome=outcome,
                                         answer_topic=topic)
        Message.objects.filter(pk=message.pk).update(created=when)
CallbackRequest.objects.create(site=site, name="Ouder", phone="0612345678")
AnswerViewDay.objects.create(site=site, day=timezone.localdate(), topic="tlv_aanvragen", views=12)
for visitor in "abc":
    SearchMissVisit.objects.create(site=site, day=timezone.localdate(), kind="zoeken", query="zwemles", visitor=visitor)
"""


@pytest.fixture(scope="module")
def editor(portal, portal_shell):
    portal_shell(SEED)
    return USERNAME


def test_the_insights_page_is_accessible(page, portal, editor):
    page.goto(portal.format(SITE) + "/admin/login/")
    page.locator("#id_username").fill(editor)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    page.goto(portal.format(SITE) + "/admin/inzichten/")
    assert page.title().startswith("Inzichten")
    assert page.locator("svg[role=img]").count() >= 8
    assert page.get_by_role("table").count() >= 7  # one beside each chart; both weeks' charts share one
    assert page.locator("script[src^='http']").count() == 0
    assert page.get_by_text("zwemles").count() >= 1
    assert_accessible(page)

    page.goto(portal.format(SITE) + "/admin/inzichten/?van=2020-13-01")
    assert page.get_by_role("alert").is_visible()
    assert_accessible(page)

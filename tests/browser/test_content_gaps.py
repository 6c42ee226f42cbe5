"""'Nog te doen' in a real browser: axe-core finds nothing on it, with something to do in every section."""

import secrets

import pytest

from .conftest import assert_accessible

pytestmark = pytest.mark.browser

SITE = "zuidkennemerland"
PASSWORD = secrets.token_urlsafe(16)
USERNAME = "nog-te-doen-redacteur"

SEED = f"""
import datetime
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site
from portal.answers.models import AnswerPage
from portal.answers.selectors import answer_index
from portal.core.models import SWVSettings
from portal.learning.models import LabelledExample

site = Site.objects.get(hostname="{SITE}.localhost")
swv = SWVSettings.for_site(site)
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}")
user.save()
user.groups.set([Group.objects.get(name=swv.short_name + ": redacteuren")])
swv.phone = ""
swv.save()
AnswerPage.objects.child_of(answer_index(site=site)).update(last_reviewed=datetime.date(2020, 1, 1))
LabelledExample.objects.create(site=site, text="...", label="new_topic", note="zwemles op school")
"""


@pytest.fixture(scope="module")
def editor(portal, portal_shell):
    portal_shell(SEED)
    return USERNAME


def test_the_content_gaps_page_is_accessible(page, portal, editor):
    page.goto(portal.format(SITE) + "/admin/login/")
    page.locator("#id_username").fill(editor)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    page.goto(portal.format(SITE) + "/admin/nog-te-doen/")
    assert page.get_by_role("heading", name="Contactgegevens").is_visible()
    assert page.get_by_text("zwemles op school").is_visible()
    assert page.get_by_text("Telefoonnummer voor ouders").is_visible()
    assert_accessible(page)

"""Labelled examples (portal/learning/models.py): a topic label must name its topic, and an example outlives the chat
it came from."""

import datetime

import pytest
from django.db import IntegrityError
from django.utils import timezone
from wagtail.models import Site

from portal.answers.models import Topic
from portal.chat import retention
from portal.chat.models import Conversation, Message
from portal.learning.models import LabelledExample


@pytest.fixture
def site(db):
    return Site.objects.get(hostname="zuidkennemerland.localhost")


def test_a_topic_label_must_name_its_topic(site):
    with pytest.raises(IntegrityError):
        LabelledExample.objects.create(site=site, text="wat is een [NAAM]-plan", label="topic")


def test_the_example_outlives_the_purged_conversation(site):
    conversation = Conversation.objects.create(site=site, token_hash="x")
    message = Message.objects.create(conversation=conversation, sender="parent", text="Ik ben Anna, wat is een opp?")
    example = LabelledExample.objects.create(site=site, text="Ik ben [NAAM], wat is een opp?", label="topic",
                                             topic=Topic.objects.get(key="opp"), message=message)
    Conversation.objects.filter(pk=conversation.pk).update(updated=timezone.now() - datetime.timedelta(days=4000))
    assert retention.purge().conversations == 1
    example.refresh_from_db()
    assert example.message is None and example.text == "Ik ben [NAAM], wat is een opp?"

"""AVG retention: conversations and call-back requests older than their SWV's retention period are deleted.
Counted from the last activity, so a chat that is still going is never cut off."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from portal.core.models import SWVSettings

from .models import CallbackRequest, Conversation

# Sent with `now` before anything is deleted, so that what must outlive the chats (portal/insights) is kept first.
purge_starting = Signal()


@dataclass
class PurgeReport:
    conversations: int = 0
    callbacks: int = 0

    def __str__(self):
        return f"{self.conversations} gesprekken en {self.callbacks} terugbelverzoeken verwijderd"


@transaction.atomic
def purge(now: datetime.datetime | None = None) -> PurgeReport:
    now = now or timezone.now()
    purge_starting.send(sender=None, now=now)
    report = PurgeReport()
    for swv in SWVSettings.objects.all():
        cutoff = now - datetime.timedelta(days=swv.retention_days)
        conversations = Conversation.objects.filter(site_id=swv.site_id, updated__lt=cutoff)
        CallbackRequest.objects.filter(conversation__in=conversations).update(conversation=None)
        report.conversations += conversations.delete()[1].get(Conversation._meta.label, 0)
        report.callbacks += CallbackRequest.objects.filter(site_id=swv.site_id, updated__lt=cutoff).delete()[1].get(
            CallbackRequest._meta.label, 0)
    return report

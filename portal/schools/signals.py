"""Keeps the school index current: an approved (published) or withdrawn profile updates its site's schools,
and the approval is recorded on the profile for parents to see."""

import logging

from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.signals import published, unpublished

from search import index, sync
from search.signals import updates_are_suspended

from portal.core.models import ContentGeneration

from .models import School, SupportProfile, SupportTag, TagSynonyms

log = logging.getLogger(__name__)


def _reindex(profile: SupportProfile) -> None:
    ContentGeneration.bump()  # cached /scholen/ pages and API answers show the change at once
    if updates_are_suspended():
        return
    try:
        sync.record_change(index.schools.name, [profile.school.site])
        index.schools.update_site(profile.school.site)
    except Exception:  # the database is the truth; a rebuild repairs the index
        log.exception("school index update failed for profile %s", profile.pk)


def profile_published(sender, instance, **kwargs):
    approval = (TaskState.objects.for_instance(instance).filter(status=TaskState.STATUS_APPROVED)
                .order_by("-finished_at").select_related("finished_by").first())
    if approval and approval.finished_by:
        SupportProfile.objects.filter(pk=instance.pk).update(
            approved_by=approval.finished_by.get_full_name() or approval.finished_by.get_username(),
            approved_at=approval.finished_at or timezone.now())
    _reindex(instance)


def profile_unpublished(sender, instance, **kwargs):
    _reindex(instance)


published.connect(profile_published, sender=SupportProfile)
unpublished.connect(profile_unpublished, sender=SupportProfile)


def schools_changed(sender, **kwargs):
    ContentGeneration.bump()


def school_changed(sender, instance, **kwargs):
    """A school's name, place or level shows in its search document: every node updates its site's schools."""
    if not updates_are_suspended():
        sync.record_change(index.schools.name, [instance.site_id])  # the id: the site may be going too


post_save.connect(school_changed, sender=School)
post_delete.connect(school_changed, sender=School)
for model in (School, SupportTag, TagSynonyms):
    post_save.connect(schools_changed, sender=model)
    post_delete.connect(schools_changed, sender=model)

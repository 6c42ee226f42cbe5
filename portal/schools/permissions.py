"""Who may touch which support profile: a school's own group its profile only, an SWV's reviewers the
profiles of their SWV's schools, administrators all. Checked per instance, so guessing an admin URL with
another school's id gets a 403."""

from django.db.models import Q
from wagtail.permission_policies.base import ModelPermissionPolicy

from portal.core.models import reviewed_site_ids

from .models import SupportProfile


def profiles_for(user):
    if not user.is_active:
        return SupportProfile.objects.none()
    if user.is_superuser:
        return SupportProfile.objects.all()
    groups = list(user.groups.values_list("pk", flat=True))
    return SupportProfile.objects.filter(Q(school__editors__in=groups) | Q(school__site_id__in=reviewed_site_ids(user)))


class SupportProfilePermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and profiles_for(user).filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return SupportProfile.objects.none()
        return profiles_for(user)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

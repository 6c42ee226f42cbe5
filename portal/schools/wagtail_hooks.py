"""The admin side of schools: each school edits its own profile, the SWV approves and follows progress."""

import functools

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import dashboard
from .models import ProfileDeadline, SupportProfile, SupportTag
from .permissions import SupportProfilePermissionPolicy, profiles_for


class SupportProfileViewSet(SnippetViewSet):
    model = SupportProfile
    icon = "clipboard-list"
    menu_label = "Ondersteuningsprofielen"
    list_display = ["school", "school_year", "live", "is_example"]
    list_filter = ["school_year", "live", "is_example"]
    search_fields = []
    ordering = ["school__name"]
    add_to_admin_menu = False
    inspect_view_enabled = False

    @cached_property
    def permission_policy(self):
        return SupportProfilePermissionPolicy(self.model)

    def get_queryset(self, request):
        return profiles_for(request.user).select_related("school")

    def get_urlpatterns(self):
        # Wagtail's generic edit, history, usage and workflow views check the model permission only; every
        # view that names a profile also checks that this profile is the user's own.
        return [_only_own_profile(pattern) for pattern in super().get_urlpatterns()]


def _only_own_profile(pattern):
    view = pattern.callback

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            try:
                allowed = profiles_for(request.user).filter(pk=int(unquote(pk))).exists()
            except ValueError:
                allowed = False
            if not allowed:
                raise PermissionDenied
        return view(request, *args, **kwargs)

    pattern.callback = guarded
    return pattern


class SupportTagViewSet(SnippetViewSet):
    model = SupportTag
    icon = "tag"
    menu_label = "Soorten ondersteuning"
    list_display = ["label", "group", "site"]


class ProfileDeadlineViewSet(SnippetViewSet):
    model = ProfileDeadline
    icon = "date"
    menu_label = "Deadlines"
    list_display = ["site", "school_year", "deadline"]


class SchoolsViewSetGroup(SnippetViewSetGroup):
    items = (SupportProfileViewSet, SupportTagViewSet, ProfileDeadlineViewSet)
    menu_icon = "home"
    menu_label = "Scholen"
    menu_name = "scholen"


register_snippet(SchoolsViewSetGroup)


@hooks.register("register_admin_urls")
def dashboard_urls():
    return [path("schoolprofielen/", dashboard.dashboard_view, name="school_profile_dashboard")]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return dashboard.may_view(request.user)


@hooks.register("register_admin_menu_item")
def dashboard_menu_item():
    return DashboardMenuItem("Voortgang schoolprofielen", reverse("school_profile_dashboard"), icon_name="table",
                             order=250)

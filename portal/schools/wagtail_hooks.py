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
from .models import ProfileDeadline, SupportProfile, SupportTag, TagSynonyms, reviewed_site_ids
from .permissions import SupportProfilePermissionPolicy, profiles_for


class OwnObjectsViewSet(SnippetViewSet):
    """A snippet viewset that lists, and opens by URL, only the objects `allowed_for(user)` returns.

    Wagtail's generic edit, history, usage and workflow views check the model permission only; every view
    that names an object here also checks that the object is the user's own.
    """

    def allowed_for(self, user):
        raise NotImplementedError

    def get_queryset(self, request):
        return self.allowed_for(request.user)

    def get_urlpatterns(self):
        return [self._only_own(pattern) for pattern in super().get_urlpatterns()]

    def _only_own(self, pattern):
        view = pattern.callback

        @functools.wraps(view)
        def guarded(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None:
                try:
                    allowed = self.allowed_for(request.user).filter(pk=int(unquote(pk))).exists()
                except ValueError:
                    allowed = False
                if not allowed:
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        pattern.callback = guarded
        return pattern


class SupportProfileViewSet(OwnObjectsViewSet):
    model = SupportProfile
    icon = "clipboard-list"
    menu_label = "Ondersteuningsprofielen"
    list_display = ["school", "school_year", "live", "is_example"]
    list_filter = ["school_year", "live", "is_example"]
    search_fields = []
    ordering = ["school__name"]
    inspect_view_enabled = False

    @cached_property
    def permission_policy(self):
        return SupportProfilePermissionPolicy(self.model)

    def allowed_for(self, user):
        return profiles_for(user).select_related("school")


class OwnSiteViewSet(OwnObjectsViewSet):
    """Objects that belong to one SWV's site: its reviewers manage them, administrators all."""

    def allowed_for(self, user):
        objects = self.model.objects.select_related("site")
        return objects if user.is_superuser else objects.filter(site_id__in=reviewed_site_ids(user))


class TagSynonymsViewSet(OwnSiteViewSet):
    model = TagSynonyms
    icon = "search"
    menu_label = "Eigen zoekwoorden"
    list_display = ["tag", "words", "site"]


class SupportTagViewSet(SnippetViewSet):
    model = SupportTag
    icon = "tag"
    menu_label = "Soorten ondersteuning"
    list_display = ["label", "group", "site"]


class ProfileDeadlineViewSet(OwnSiteViewSet):
    model = ProfileDeadline
    icon = "date"
    menu_label = "Deadlines"
    list_display = ["site", "school_year", "deadline"]


class SchoolsViewSetGroup(SnippetViewSetGroup):
    items = (SupportProfileViewSet, TagSynonymsViewSet, SupportTagViewSet, ProfileDeadlineViewSet)
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

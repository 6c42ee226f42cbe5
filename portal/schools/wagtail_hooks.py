"""The admin side of schools: each school edits its own profile, the SWV approves and follows progress."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.core.site_admin import OwnObjectsViewSet, OwnSiteViewSet

from . import dashboard
from .models import ProfileDeadline, SupportProfile, SupportTag, TagSynonyms
from .permissions import SupportProfilePermissionPolicy, profiles_for


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

"""Inzichten in the admin: its URLs and a menu item for the eindredactie and the beheerder."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.core.models import reviewed_sites

from . import views


@hooks.register("register_admin_urls")
def insights_urls():
    return [
        path("inzichten/", views.overview_view, name="insights_overview"),
        path("inzichten/export.csv", views.export_view, name="insights_export"),
    ]


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return reviewed_sites(request.user).exists()


@hooks.register("register_admin_menu_item")
def insights_menu_item():
    return InsightsMenuItem("Inzichten", reverse("insights_overview"), icon_name="view", order=260)

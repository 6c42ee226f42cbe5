"""The editors' "Nog te doen" page in the admin: what their SWV must still fill in or check."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import content_gaps


@hooks.register("register_admin_urls")
def content_gaps_urls():
    return [path("nog-te-doen/", content_gaps.content_gaps_view, name="content_gaps")]


class ContentGapsMenuItem(MenuItem):
    def is_shown(self, request):
        return content_gaps.may_see_content_gaps(request.user)


@hooks.register("register_admin_menu_item")
def content_gaps_menu_item():
    return ContentGapsMenuItem("Nog te doen", reverse("content_gaps"), icon_name="tasks", order=160)

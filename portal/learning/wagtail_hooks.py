"""The review list in the admin: its URLs and a menu item for the SWV's Loket advisers and eindredactie."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import review


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path("leren/", review.review_list, name="learning_review"),
        path("leren/<int:message_id>/", review.conversation, name="learning_conversation"),
        path("leren/<int:message_id>/labelen/", review.label, name="learning_label"),
        path("leren/gelabeld/<int:example_id>/ongedaan-maken/", review.undo, name="learning_undo"),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return review.may_review(request.user)


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return ReviewMenuItem("Gesprekken nakijken", reverse("learning_review"), icon_name="help", order=160)

"""The review list in the admin (a menu item for the SWV's Loket advisers and eindredactie) and "Assistent trainen"
(administrators only)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import review, training_admin


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path("leren/", review.review_list, name="learning_review"),
        path("leren/<int:message_id>/", review.conversation, name="learning_conversation"),
        path("leren/<int:message_id>/labelen/", review.label, name="learning_label"),
        path("leren/gelabeld/<int:example_id>/ongedaan-maken/", review.undo, name="learning_undo"),
        path("assistent-trainen/", training_admin.training_runs, name="learning_training"),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return review.may_review(request.user)


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return ReviewMenuItem("Gesprekken nakijken", reverse("learning_review"), icon_name="help", order=160)


class TrainingMenuItem(MenuItem):
    def is_shown(self, request):
        return training_admin.may_train(request.user)


@hooks.register("register_admin_menu_item")
def training_menu_item():
    return TrainingMenuItem("Assistent trainen", reverse("learning_training"), icon_name="cogs", order=165)

"""The Loket inbox in the admin: its URLs and a menu item with the number of chats waiting."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent

from . import inbox


@hooks.register("register_admin_urls")
def inbox_urls():
    return [
        path("loket/", inbox.queue, name="loket_queue"),
        path("loket/terugbellen/", inbox.callbacks, name="loket_callbacks"),
        path("loket/<str:conversation_id>/", inbox.detail, name="loket_detail"),
        path("loket/<str:conversation_id>/berichten/", inbox.messages_since, name="loket_messages"),
        path("loket/<str:conversation_id>/overnemen/", inbox.claim, name="loket_claim"),
        path("loket/<str:conversation_id>/antwoord/", inbox.reply, name="loket_reply"),
        path("loket/<str:conversation_id>/notitie/", inbox.note, name="loket_note"),
        path("loket/<str:conversation_id>/overdragen/", inbox.transfer, name="loket_transfer"),
        path("loket/<str:conversation_id>/terug-naar-assistent/", inbox.hand_back, name="loket_hand_back"),
        path("loket/<str:conversation_id>/afsluiten/", inbox.close, name="loket_close"),
    ]


class InboxMenuItem(MenuItem):
    """'Loket-inbox (3)': the badge is the number of chats waiting for an adviser of the user's SWVs."""

    def is_shown(self, request):
        return inbox.may_use_inbox(request.user)

    def render_component(self, request):
        waiting = inbox.waiting_count(request.user)
        label = f"Loket-inbox ({waiting} wachtend)" if waiting else "Loket-inbox"
        return LinkMenuItemComponent(self.name, label, self.url, icon_name=self.icon_name, classname=self.classname,
                                     attrs=self.attrs)


@hooks.register("register_admin_menu_item")
def inbox_menu_item():
    return InboxMenuItem("Loket-inbox", reverse("loket_queue"), icon_name="mail", order=150)

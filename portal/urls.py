from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.answers import api as answers_api
from portal.chat import api as chat_api
from portal.chat import views as chat_views
from portal.schools import api as schools_api
from portal.schools import views as school_views
from search import views as search_views

# A database that is away is a 503 in Dutch, not a 500.
handler500 = "portal.core.errors.server_error"
handler404 = "portal.core.errors.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("api/answers/<str:key>/", answers_api.answer_detail, name="api-answer"),
    path("api/schools/", schools_api.schools, name="api-schools"),
    path("api/chat/conversations/", chat_api.conversations, name="chat-conversations"),
    path("api/chat/conversations/<str:conversation_id>/messages/", chat_api.messages, name="chat-messages"),
    path("api/chat/conversations/<str:conversation_id>/", chat_api.delete_conversation, name="chat-delete"),
    path("api/chat/conversations/<str:conversation_id>/adviser/", chat_api.ask_for_adviser, name="chat-adviser"),
    path("api/chat/conversations/<str:conversation_id>/summary/", chat_api.share_summary, name="chat-summary"),
    path("api/chat/conversations/<str:conversation_id>/callback/", chat_api.leave_callback, name="chat-callback"),
    path("api/chat/conversations/<str:conversation_id>/close/", chat_api.end_conversation, name="chat-close"),
    path("api/chat/conversations/<str:conversation_id>/rating/", chat_api.rate_conversation, name="chat-rating"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# What parents read, in Dutch where it always was and in English under /en/ (contract).
urlpatterns += i18n_patterns(
    path("zoeken/", search_views.search_page, name="search"),
    path("scholen/", school_views.search_page, name="school-search"),
    path("scholen/vergelijken/", school_views.compare_page, name="school-compare"),
    path("scholen/<slug:slug>/", school_views.school_detail, name="school-detail"),
    path("terugbellen/", chat_views.callback_page, name="callback-page"),
    # The chat widget's own words in the page's language (gettext() in chat-widget.js), from locale/ (djangojs).
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

"""Admin registration for what every site shares."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Begrippen"
    list_display = ["term", "abbreviation"]
    search_fields = ["term", "abbreviation"]


register_snippet(GlossaryTermViewSet)

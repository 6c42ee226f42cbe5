"""Admin registration for what every site shares: the glossary (national terms, and each SWV's own names, which
its eindredactie manages)."""

from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet

from .models import GlossaryTerm
from .site_admin import OwnSiteForm, OwnSiteViewSet


class GlossaryTermViewSet(OwnSiteViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Begrippen"
    list_display = ["term", "abbreviation", "topic", "site"]
    search_fields = ["term", "abbreviation"]
    edit_handler = ObjectList(GlossaryTerm.panels, base_form_class=OwnSiteForm)


register_snippet(GlossaryTermViewSet)

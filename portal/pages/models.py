"""The page types of an SWV's site: home, standard, procedure (built from steps), contact and glossary."""

from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from portal.answers.selectors import related_answers
from portal.core.blocks import BodyBlock, StepBlock
from portal.core.models import GlossaryTerm

from . import deadlines


class HomePage(Page):
    """The root of one SWV's site."""

    intro = RichTextField("Inleiding", features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = "Startpagina"

    def get_context(self, request, *args, **kwargs):
        from portal.answers.selectors import answer_index

        context = super().get_context(request, *args, **kwargs)
        context["answer_index"] = answer_index(site=self.get_site(), language=self.locale.language_code)
        context["procedures"] = ProcedurePage.objects.live().descendant_of(self).order_by("path").specific()
        return context


class StandardPage(Page):
    """A page of text, such as the privacy statement."""

    intro = models.TextField("Inleiding", blank=True)
    body = StreamField(BodyBlock(), verbose_name="Tekst", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = "Standaardpagina"


class ProcedureIndexPage(Page):
    """Lists the site's procedures."""

    intro = models.TextField("Inleiding", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ProcedurePage"]
    template = "pages/procedure_index_page.html"

    class Meta:
        verbose_name = "Overzicht procedures"


class ProcedurePage(Page):
    """A procedure as numbered steps (who, what, when, deadline, documents), with the answers it touches."""

    intro = models.TextField("Inleiding")
    steps = StreamField([("step", StepBlock())], verbose_name="Stappen")
    note = StreamField(BodyBlock(), verbose_name="Goed om te weten", blank=True)
    topics = ParentalManyToManyField("answers.Topic", blank=True, related_name="+", verbose_name="Vragen hierover")
    show_deadline_calculator = models.BooleanField(
        "Termijnen berekenen", default=False, help_text="Toon de rekenhulp voor termijnen (bezwaar, zorgplicht)."
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("steps"), FieldPanel("note"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple), FieldPanel("show_deadline_calculator"),
    ]
    parent_page_types = ["pages.ProcedureIndexPage"]
    subpage_types = []
    template = "pages/procedure_page.html"

    class Meta:
        verbose_name = "Procedure"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_answers(site=self.get_site(), topics=self.topics.all(),
                                             language=self.locale.language_code)
        if self.show_deadline_calculator:
            context["calculator"] = deadlines.DeadlineForm(request.GET or None)
            if context["calculator"].is_valid():
                context["deadlines"] = deadlines.deadlines_for(**context["calculator"].cleaned_data)
        return context


class ContactPage(Page):
    """How to reach the SWV: shows the site's SWV settings, so it never disagrees with the footer."""

    intro = models.TextField("Inleiding", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/contact_page.html"

    class Meta:
        verbose_name = "Contactpagina"


class GlossaryPage(Page):
    """The national glossary terms and the SWV's own names, A to Z."""

    intro = models.TextField("Inleiding", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/glossary_page.html"

    class Meta:
        verbose_name = "Begrippenlijst"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["terms"] = GlossaryTerm.objects.for_site(self.get_site())
        return context

"""The answers library: one answer per topic key, national for all SWVs, overridable by one SWV's site.

National answers live under one `NationalAnswersPage` outside every site; an SWV's override is an `AnswerPage`
with the same topic under that site's `AnswerIndexPage`. `selectors.effective_answer` decides which one a site
gives; the site, the bot API and the search index all ask it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.core.blocks import BodyBlock


class Topic(models.Model):
    """A topic key of shared/domain/topics.md (contract): what parents ask about."""

    key = models.SlugField("Sleutel", max_length=60, unique=True, allow_unicode=False)
    label = models.CharField("Naam", max_length=120)
    group = models.CharField("Rubriek", max_length=80)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = "Onderwerp"
        verbose_name_plural = "Onderwerpen"

    def __str__(self):
        return self.label

    @property
    def slug(self):
        """The URL part of the topic's answer page."""
        return self.key.replace("_", "-")


class NationalAnswersPage(Page):
    """The root of the national answers: shared by every SWV, never served on its own."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["answers.AnswerPage"]
    max_count = 1

    class Meta:
        verbose_name = "Landelijke antwoorden"

    def serve(self, request, *args, **kwargs):
        raise Http404


class AnswerPage(Page):
    """One answer of the library: a question, a short answer first, then the whole answer."""

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="answers", verbose_name="Onderwerp")
    short_answer = models.TextField(
        "Kort antwoord", max_length=600, help_text="Het antwoord in het kort: hoogstens ongeveer 60 woorden."
    )
    body = StreamField(BodyBlock(), verbose_name="Volledig antwoord")
    last_reviewed = models.DateField("Laatst gecontroleerd")
    related_topics = ParentalManyToManyField(Topic, blank=True, related_name="+", verbose_name="Zie ook")
    example_phrasings = models.TextField(
        "Zo vragen ouders het", blank=True,
        help_text="Eén vraag per regel, zoals ouders en jongeren die typen. De chatassistent leert hiervan.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("topic"),
        FieldPanel("short_answer"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("related_topics", widget=forms.CheckboxSelectMultiple)],
                        heading="Controle en verwijzingen"),
        FieldPanel("example_phrasings"),
    ]
    parent_page_types = ["answers.NationalAnswersPage", "answers.AnswerIndexPage"]
    subpage_types = []
    template = "answers/answer_page.html"

    class Meta:
        verbose_name = "Antwoord"
        verbose_name_plural = "Antwoorden"

    @property
    def question(self):
        return self.title

    @property
    def examples(self):
        return [line.strip() for line in self.example_phrasings.splitlines() if line.strip()]

    @property
    def is_national(self):
        return isinstance(self.get_parent().specific, NationalAnswersPage)

    def clean(self):
        super().clean()
        if len(self.short_answer.split()) > 70:
            raise ValidationError({"short_answer": "Houd het korte antwoord bij ongeveer 60 woorden."})
        parent = self.get_parent() if self.pk else None
        if parent and self.topic_id:
            twins = AnswerPage.objects.child_of(parent).filter(topic_id=self.topic_id).exclude(pk=self.pk)
            if twins.exists():
                raise ValidationError({"topic": "Hier staat al een antwoord over dit onderwerp."})

    def get_context(self, request, *args, **kwargs):
        from .selectors import answer_context

        context = super().get_context(request, *args, **kwargs)
        context.update(answer_context(answer=self, request=request))
        return context


class AnswerIndexPage(RoutablePageMixin, Page):
    """"Vragen van ouders" on one SWV's site: every topic's effective answer, at <index>/<topic slug>/."""

    intro = models.TextField("Inleiding", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["answers.AnswerPage"]
    max_count_per_parent = 1
    template = "answers/answer_index_page.html"

    class Meta:
        verbose_name = "Vragen van ouders"

    @path("<slug:slug>/", name="answer")
    def answer(self, request, slug):
        from portal.insights.tally import count_answer_view

        from .selectors import answer_context, effective_answer

        answer = effective_answer(site=self.get_site(), key=slug.replace("-", "_"))
        if answer is None:
            raise Http404
        context = answer_context(answer=answer, request=request)
        response = self.render(request, context_overrides=context, template=AnswerPage.template)
        return count_answer_view(response, site=self.get_site(), topic=answer.topic.key)

    @path("", name="index")
    def index(self, request):
        from .selectors import answers_by_group

        return self.render(request, context_overrides={"groups": answers_by_group(site=self.get_site())})

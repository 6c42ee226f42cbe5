"""The answers library: one answer per topic key, national for all SWVs, overridable by one SWV's site.

National answers live under one `NationalAnswersPage` outside every site; an SWV's override is an `AnswerPage`
with the same topic under that site's `AnswerIndexPage`. The index decides which one its site gives
(`AnswerIndexPage.effective_answers`); `selectors.py` finds the index for a site, and the site, the bot API and the
search index all ask it. English pages are Wagtail translations of the Dutch ones, in a tree of their own: the
English index gives the English translation of each answer its Dutch index gives, where one is live.
"""

from itertools import groupby

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
from portal.core.translations import DUTCH, is_out_of_date, locale_for


class Topic(models.Model):
    """A topic key of shared/domain/topics.md (contract): what parents ask about."""

    key = models.SlugField("Sleutel", max_length=60, unique=True, allow_unicode=False)
    label = models.CharField("Naam", max_length=120)
    group = models.CharField("Rubriek", max_length=80)
    # Topics are a fixed list that the bot and the statistics share; their English names are two fields here.
    label_en = models.CharField("Naam (Engels)", max_length=120, blank=True)
    group_en = models.CharField("Rubriek (Engels)", max_length=80, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = "Onderwerp"
        verbose_name_plural = "Onderwerpen"

    def __str__(self):
        return self.label

    def label_in(self, language_code):
        """The topic's name in that language (the English one where there is one): for topic buttons, lists."""
        return self.label_en or self.label if language_code == "en" else self.label

    def group_in(self, language_code):
        return self.group_en or self.group if language_code == "en" else self.group

    @property
    def slug(self):
        """The URL part of the topic's answer page."""
        return self.key.replace("_", "-")


class NationalAnswersPage(Page):
    """The root of the national answers: shared by every SWV, never served on its own."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["answers.AnswerPage"]

    class Meta:
        verbose_name = "Landelijke antwoorden"

    @classmethod
    def can_create_at(cls, parent):
        # One per language: the Dutch one, and its translations (which Wagtail makes as copies).
        return super().can_create_at(parent) and not cls.objects.filter(locale__language_code=DUTCH).exists()

    @classmethod
    def for_language(cls, language_code: str):
        return cls.objects.filter(locale__language_code=language_code).first()

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

    def get_admin_display_title(self):
        # In the page listing and the edit view's header: an English answer whose Dutch text is newer.
        title = super().get_admin_display_title()
        return f"{title} (verouderd: de Nederlandse tekst is nieuwer)" if is_out_of_date(self) else title

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
        # Served on its own only in a preview: answers are shown through their site's index (see below).
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent().specific
        if isinstance(parent, AnswerIndexPage):
            context.update(parent.answer_context(self))
        else:
            context.update(answer=self, answer_url=None, related=[])
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

    @property
    def language(self) -> str:
        return self.locale.language_code

    def dutch_index(self):
        return self if self.language == DUTCH else self.get_translation(locale_for(DUTCH))

    def effective_answers(self, keys=None) -> dict[str, AnswerPage]:
        """Every topic key with the answer this site gives in this index's language: in Dutch the SWV's own
        override, else the national answer; in English the English translation of that, where one is live."""
        dutch = {}
        national_root = NationalAnswersPage.for_language(DUTCH)
        for parent in (national_root, self.dutch_index()):
            if parent is not None:
                dutch.update({a.topic.key: a for a in live_answers_under(parent, keys)})
        if self.language == DUTCH:
            return dutch
        translations = {a.translation_key: a for a in AnswerPage.objects.live().public().select_related("topic")
                        .filter(locale=self.locale, translation_key__in=[a.translation_key for a in dutch.values()])}
        return {key: translations[a.translation_key] for key, a in dutch.items() if a.translation_key in translations}

    def answer_url(self, answer, *, base: str | None = None) -> str:
        """The path where this index shows the answer (national answers have no page of their own)."""
        return (base or self.path_on_site()) + answer.topic.slug + "/"

    def path_on_site(self) -> str:
        return self.get_url(current_site=self.get_site())

    def related_answers(self, topics) -> list[tuple[AnswerPage, str]]:
        """This index's answers for these topics, with their URLs, in the given order."""
        keys = [t.key for t in topics]
        answers = self.effective_answers(keys)
        base = self.path_on_site()
        return [(answers[k], self.answer_url(answers[k], base=base)) for k in keys if k in answers]

    def answer_context(self, answer) -> dict:
        """What an answer's page shows beside the answer itself."""
        return {
            "answer": answer,
            "answer_url": self.answer_url(answer),
            "related": self.related_answers(answer.related_topics.all()),
            "out_of_date": is_out_of_date(answer),
        }

    def answers_by_group(self) -> list[tuple[str, list[tuple[AnswerPage, str]]]]:
        """The answers as (group, [(answer, url)]), groups and answers in the order of the topic list."""
        base = self.path_on_site()
        answers = sorted(self.effective_answers().values(), key=lambda a: a.topic.position)
        first_position = {}
        for answer in answers:
            first_position.setdefault(answer.topic.group_in(self.language), answer.topic.position)
        answers.sort(key=lambda a: (first_position[a.topic.group_in(self.language)], a.topic.position))
        return [(group, [(a, self.answer_url(a, base=base)) for a in members])
                for group, members in groupby(answers, key=lambda a: a.topic.group_in(self.language))]

    @path("<slug:slug>/", name="answer")
    def answer(self, request, slug):
        from portal.insights.tally import count_answer_view

        key = slug.replace("-", "_")
        answer = self.effective_answers([key]).get(key)
        context = {}
        if answer is None and self.language != DUTCH:
            # No English text yet: the Dutch answer, with a short note in English that it is Dutch.
            answer = self.dutch_index().effective_answers([key]).get(key)
            context["untranslated"] = True
        if answer is None:
            raise Http404
        context.update(self.answer_context(answer))
        context["alternates"] = {index.language: index.answer_url(answer, base=index.get_url(request=request))
                                 for index in self.get_translations(inclusive=True).live().specific()
                                 if key in index.effective_answers([key])}
        response = self.render(request, context_overrides=context, template=AnswerPage.template)
        return count_answer_view(response, site=self.get_site(), topic=answer.topic.key)

    @path("", name="index")
    def index(self, request):
        return self.render(request, context_overrides={"groups": self.answers_by_group()})


def live_answers_under(parent, keys=None):
    answers = AnswerPage.objects.live().public().child_of(parent).select_related("topic")
    return answers if keys is None else answers.filter(topic__key__in=keys)

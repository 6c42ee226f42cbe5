"""Schools of each SWV and the support profile (schoolondersteuningsprofiel) a school sets every year.

A school comes from DUO open data or, for VO locations DUO does not publish, from the SWV's own plan. Its
profile is a Wagtail snippet with drafts, revisions and a review workflow: the row holds what parents see
(the approved version), the school's edits wait in revisions until the SWV approves them.
"""

import datetime

from django import forms
from django.contrib.auth.models import Group
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (DraftStateMixin, LockableMixin, Orderable, RevisionMixin, Site, Task, TaskState,
                            WorkflowMixin)

from portal.core.models import reviewed_site_ids
from portal.core.site_admin import OwnSiteForm
from portal.core.translations import current_language

from .forms import SupportProfileForm


class SchoolType(models.TextChoices):
    BO = "BO", _("Basisschool")
    SBO = "SBO", _("Speciaal basisonderwijs (sbo)")
    SO = "SO", _("Speciaal onderwijs (so)")
    SO_VSO = "SO/VSO", _("Speciaal en voortgezet speciaal onderwijs (so/vso)")
    VSO = "VSO", _("Voortgezet speciaal onderwijs (vso)")
    VO = "VO", _("Middelbare school (vo)")
    PRO = "PrO", _("Praktijkonderwijs")


# Levels of secondary education (VO), for the "Niveau" filter; a school lists those its SWV's plan names.
LEVELS = {"vmbo-b": _("vmbo basis"), "vmbo-k": _("vmbo kader"), "vmbo-gt": _("vmbo gemengd/theoretisch (mavo)"),
          "havo": _("havo"), "vwo": _("vwo")}

# DUO's names for a school's denomination (richting), so the English pages can say them in English.
DENOMINATIONS = {"Openbaar": _("Openbaar"), "Rooms-Katholiek": _("Rooms-Katholiek"),
                 "Protestants-Christelijk": _("Protestants-Christelijk"),
                 "Algemeen bijzonder": _("Algemeen bijzonder"), "Bijzonder": _("Bijzonder"),
                 "Reformatorisch": _("Reformatorisch"), "Gereformeerd": _("Gereformeerd"),
                 "Gereformeerd vrijgemaakt": _("Gereformeerd vrijgemaakt"), "Islamitisch": _("Islamitisch"),
                 "Antroposofisch": _("Antroposofisch"), "Interconfessioneel": _("Interconfessioneel"),
                 "Evangelisch": _("Evangelisch"), "Hindoeïstisch": _("Hindoeïstisch"), "Joods": _("Joods"),
                 "Overige": _("Overige"), "Samenwerking PC, RK": _("Samenwerking PC, RK"),
                 "Samenwerking Opb., PC": _("Samenwerking Opb., PC"),
                 "Samenwerking Opb., RK": _("Samenwerking Opb., RK"),
                 "Samenwerking PC, RK, Alg. Bijz": _("Samenwerking PC, RK, Alg. Bijz")}


def denomination_label(value: str) -> str:
    return str(DENOMINATIONS.get(value, value))


class Availability(models.TextChoices):
    """How far a school offers something. UNKNOWN is a value of its own: never shown as 'no'."""

    OFFERED = "offered", _("Ja")
    PARTLY = "partly", _("Gedeeltelijk")
    NOT_OFFERED = "not", _("Nee")
    UNKNOWN = "unknown", _("Onbekend")


def current_school_year(today: datetime.date | None = None) -> str:
    """'2026-2027' from 1 August 2026 on: the school year a profile is for."""
    today = today or timezone.localdate()  # Dutch date, also just after midnight when the server is on UTC
    start = today.year if today.month >= 8 else today.year - 1
    return f"{start}-{start + 1}"


class School(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="schools", verbose_name="Site (SWV)")
    slug = models.SlugField(max_length=120)
    name = models.CharField("Naam", max_length=200)
    brin = models.CharField("BRIN", max_length=4, blank=True)
    vestiging = models.CharField("Vestigingsnummer", max_length=2, blank=True)
    type = models.CharField("Soort school", max_length=8, choices=SchoolType.choices)
    place = models.CharField("Plaats", max_length=120, blank=True)
    municipality = models.CharField("Gemeente", max_length=120)
    denomination = models.CharField("Richting", max_length=120, blank=True)
    levels = models.CharField("Niveaus (vo)", max_length=100, blank=True,
                              help_text="Met komma's, uit: " + ", ".join(LEVELS) + ".")
    street = models.CharField("Adres", max_length=200, blank=True)
    postcode = models.CharField("Postcode", max_length=10, blank=True)
    website = models.URLField("Website", blank=True)
    pupils = models.PositiveIntegerField("Aantal leerlingen", null=True, blank=True)
    pupils_year = models.PositiveSmallIntegerField("Peiljaar leerlingen", null=True, blank=True)
    from_duo = models.BooleanField("Gegevens van DUO", default=False)
    source_note = models.CharField("Bron", max_length=300, blank=True)
    editors = models.OneToOneField(Group, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="school", verbose_name="Groep van de school")

    class Meta:
        ordering = ["name"]
        verbose_name = "School"
        verbose_name_plural = "Scholen"
        constraints = [
            models.UniqueConstraint(fields=["site", "slug"], name="school_slug_per_site"),
            models.UniqueConstraint(fields=["site", "brin", "vestiging"], condition=~models.Q(brin=""),
                                    name="school_location_per_site"),
        ]

    def __str__(self):
        return f"{self.name} ({self.place or self.municipality})"

    @property
    def level_list(self) -> list[str]:
        return [code for code in self.levels.split(",") if code in LEVELS]

    @property
    def level_labels(self) -> list[str]:
        return [str(LEVELS[code]) for code in self.level_list]

    @property
    def denomination_label(self) -> str:
        return denomination_label(self.denomination)

    @property
    def location_code(self) -> str:
        return f"{self.brin}{self.vestiging}" if self.brin else ""

    def get_absolute_url(self):
        return reverse("school-detail", args=[self.slug])


class SupportTag(models.Model):
    """A kind of extra support. National tags (no site) mean the same on every site; an SWV may add its own."""

    site = models.ForeignKey(Site, null=True, blank=True, on_delete=models.CASCADE, related_name="support_tags",
                             help_text="Leeg: landelijke betekenis, voor alle samenwerkingsverbanden.")
    slug = models.SlugField(max_length=60, unique=True)
    label = models.CharField("Naam", max_length=120)
    group = models.CharField("Groep", max_length=80)
    help = models.CharField("Uitleg voor ouders", max_length=400)
    synonyms = models.TextField("Woorden van ouders", blank=True,
                                help_text="Gescheiden door komma's: woorden waarmee ouders deze hulp zoeken.")
    # The English names beside the Dutch ones, as for topics: a tag is one row that both languages share (its
    # slug, its schools), not a page to translate. Empty: the English pages show the Dutch text, marked so.
    label_en = models.CharField("Naam (Engels)", max_length=120, blank=True)
    group_en = models.CharField("Groep (Engels)", max_length=80, blank=True)
    help_en = models.CharField("Uitleg voor ouders (Engels)", max_length=400, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("label"), FieldPanel("group"), FieldPanel("help"), FieldPanel("synonyms"),
              MultiFieldPanel([FieldPanel("label_en"), FieldPanel("group_en"), FieldPanel("help_en")],
                              heading="In het Engels")]

    class Meta:
        ordering = ["sort_order", "label"]
        verbose_name = "Soort ondersteuning"
        verbose_name_plural = "Soorten ondersteuning"

    def __str__(self):
        return self.label

    @property
    def synonym_list(self) -> list[str]:
        return [s.strip().lower() for s in self.synonyms.split(",") if s.strip()]

    @property
    def shown(self) -> "Shown":
        return Shown(self, ("label", "group", "help"))

    @classmethod
    def for_site(cls, site):
        return cls.objects.filter(models.Q(site__isnull=True) | models.Q(site=site))


class Shown:
    """A tag's or element's texts in the reader's language: `shown.label`, `shown.help`… and `shown.label_lang`,
    "nl" where an English page shows the Dutch text for want of an English one (so the page can mark it)."""

    def __init__(self, obj, fields):
        english = current_language() == "en"
        for name in fields:
            text = getattr(obj, f"{name}_en") if english else ""
            setattr(self, name, text or getattr(obj, name))
            setattr(self, f"{name}_lang", "nl" if english and not text else "")

    def __str__(self):
        return self.label


class BasisElement(models.Model):
    """One element of an SWV's basisondersteuning: what every school of that SWV is meant to offer."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="basis_elements")
    slug = models.SlugField(max_length=60)
    label = models.CharField("Naam", max_length=120)
    help = models.CharField("Uitleg voor ouders", max_length=500)
    label_en = models.CharField("Naam (Engels)", max_length=120, blank=True)
    help_en = models.CharField("Uitleg voor ouders (Engels)", max_length=500, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        constraints = [models.UniqueConstraint(fields=["site", "slug"], name="basis_element_per_site")]
        verbose_name = "Onderdeel basisondersteuning"
        verbose_name_plural = "Onderdelen basisondersteuning"

    def __str__(self):
        return self.label

    @property
    def shown(self) -> Shown:
        return Shown(self, ("label", "help"))


class SupportProfile(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    school = models.OneToOneField(School, on_delete=models.CASCADE, related_name="profile", verbose_name="School")
    school_year = models.CharField("Schooljaar", max_length=9, help_text="Bijvoorbeeld 2026-2027.")
    is_example = models.BooleanField(
        "Voorbeeldgegevens", default=False,
        help_text="Aan: dit profiel is verzonnen voor de demo en niet door de school vastgesteld.")
    summary = models.TextField("In het kort", max_length=600, blank=True,
                               help_text="Twee of drie zinnen voor ouders: wat voor school is dit?")
    tags = ParentalManyToManyField(SupportTag, blank=True, related_name="profiles",
                                   verbose_name="Extra ondersteuning die de school biedt")
    expertise = models.TextField("Deskundigheid", blank=True,
                                 help_text="Welke specialisten en kennis heeft de school zelf?")
    facilities = models.TextField("Voorzieningen", blank=True,
                                  help_text="Ruimtes en hulpmiddelen, zoals een stilteruimte of een time-outplek.")
    wheelchair_access = models.CharField("Toegankelijk met een rolstoel", max_length=8,
                                         choices=Availability.choices, default=Availability.UNKNOWN)
    adapted_toilet = models.CharField("Aangepast toilet", max_length=8, choices=Availability.choices,
                                      default=Availability.UNKNOWN)
    accessibility_note = models.CharField("Toelichting toegankelijkheid", max_length=400, blank=True)
    class_size = models.PositiveSmallIntegerField("Gemiddelde groepsgrootte", null=True, blank=True,
                                                  help_text="Leeg laten als u het niet weet.")
    limits = models.TextField("Grenzen", blank=True,
                              help_text="Wat kan de school niet bieden? Eerlijk zijn helpt ouders kiezen.")
    capacity = models.CharField("Plaatsen", max_length=300, blank=True,
                                help_text="Alleen als de school dit wil vermelden, bijvoorbeeld een wachtlijst.")
    established_on = models.DateField("Vastgesteld op", null=True, blank=True,
                                      help_text="De datum waarop de school dit profiel heeft vastgesteld.")
    approved_by = models.CharField("Goedgekeurd door", max_length=150, blank=True, editable=False)
    approved_at = models.DateTimeField("Goedgekeurd op", null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    base_form_class = SupportProfileForm

    panels = [
        FieldPanel("school"),
        MultiFieldPanel([FieldPanel("school_year"), FieldPanel("established_on"), FieldPanel("is_example")],
                        heading="Schooljaar"),
        FieldPanel("summary"),
        InlinePanel("basis_ratings", heading="Basisondersteuning", label="Onderdeel"),
        FieldPanel("tags", widget=forms.CheckboxSelectMultiple),
        FieldPanel("expertise"),
        FieldPanel("facilities"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("wheelchair_access"), FieldPanel("adapted_toilet")]),
                         FieldPanel("accessibility_note")], heading="Toegankelijkheid van het gebouw"),
        FieldPanel("class_size"),
        FieldPanel("limits"),
        FieldPanel("capacity"),
    ]

    class Meta:
        verbose_name = "Ondersteuningsprofiel"
        verbose_name_plural = "Ondersteuningsprofielen"

    def __str__(self):
        return f"Ondersteuningsprofiel {self.school.name}"

    @property
    def is_current(self) -> bool:
        """False for a profile of an earlier school year: the page then says so plainly."""
        return self.school_year >= current_school_year()  # "2027-2028" sorts after "2026-2027"


class BasisRating(Orderable):
    profile = ParentalKey(SupportProfile, on_delete=models.CASCADE, related_name="basis_ratings")
    element = models.ForeignKey(BasisElement, on_delete=models.CASCADE, verbose_name="Onderdeel")
    level = models.CharField("Biedt de school dit?", max_length=8, choices=Availability.choices,
                             default=Availability.UNKNOWN)

    panels = [FieldPanel("element"), FieldPanel("level")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["profile", "element"], name="one_rating_per_element")]


class ProfileReminder(models.Model):
    """A reminder e-mail sent for one school and school year; kept so that none is ever sent twice."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="reminders")
    school_year = models.CharField(max_length=9)
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["school", "school_year", "days_before"],
                                               name="one_reminder_per_moment")]


class ProfileDeadline(models.Model):
    """The date by which an SWV's schools set their profile for a school year, where the SWV chose its own."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="profile_deadlines")
    school_year = models.CharField("Schooljaar", max_length=9)
    deadline = models.DateField("Uiterlijk klaar op")

    base_form_class = OwnSiteForm
    panels = [FieldPanel("site"), FieldPanel("school_year"), FieldPanel("deadline")]

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "school_year"], name="one_deadline_per_year")]
        verbose_name = "Deadline schoolprofielen"
        verbose_name_plural = "Deadlines schoolprofielen"

    def __str__(self):
        return f"{self.school_year}: {self.deadline:%d-%m-%Y}"


class SWVApprovalTask(Task):
    """The SWV office approves a school's profile: members of the reviewers group in that SWV's settings,
    and nobody of another SWV (Wagtail's group task would let every listed group approve every profile)."""

    def _may_review(self, obj, user) -> bool:
        if user.is_superuser:
            return True
        return obj.school.site_id in reviewed_site_ids(user)

    def user_can_access_editor(self, obj, user):
        return self._may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_review(obj, user)

    def get_actions(self, obj, user):
        if not self._may_review(obj, user):
            return []
        return [("reject", "Terugsturen met opmerking", True), ("approve", "Goedkeuren", False),
                ("approve", "Goedkeuren met opmerking", True)]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        profile_ids = SupportProfile.objects.filter(school__site_id__in=reviewed_site_ids(user)).values_list("pk")
        return states.filter(workflow_state__object_id__in=[str(pk) for (pk,) in profile_ids])

    @classmethod
    def get_description(cls):
        return "De beoordelaars van het samenwerkingsverband van de school keuren het profiel goed."

    class Meta:
        verbose_name = "Goedkeuring door het samenwerkingsverband"
        verbose_name_plural = "Goedkeuringen door het samenwerkingsverband"


class TagSynonyms(models.Model):
    """An SWV's own words for a kind of support, on top of the shared ones (a local name for a plusklas,
    a word parents in the region use). Only that SWV's school search reads them."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="tag_synonyms", verbose_name="Site (SWV)")
    tag = models.ForeignKey(SupportTag, on_delete=models.CASCADE, related_name="local_synonyms",
                            verbose_name="Soort ondersteuning")
    words = models.TextField("Woorden van ouders", help_text="Gescheiden door komma's, bijvoorbeeld: plusgroep, "
                             "leerlab.")

    base_form_class = OwnSiteForm
    panels = [FieldPanel("site"), FieldPanel("tag"), FieldPanel("words")]

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "tag"], name="one_synonym_list_per_tag")]
        verbose_name = "Eigen zoekwoorden"
        verbose_name_plural = "Eigen zoekwoorden"

    def __str__(self):
        return f"{self.tag}: {self.words}"

    @property
    def word_list(self) -> list[str]:
        return [w.strip().lower() for w in self.words.split(",") if w.strip()]

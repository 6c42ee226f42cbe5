"""What every app shares: the SWV behind each site, and the glossary."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as _noop
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Site
from wagtail.search import index

# Marked for translation; office_hours_list gives them in the reader's language.
WEEKDAYS = [(0, _noop("maandag")), (1, _noop("dinsdag")), (2, _noop("woensdag")), (3, _noop("donderdag")),
            (4, _noop("vrijdag")), (5, _noop("zaterdag")), (6, _noop("zondag"))]


class ClosedDaysBlock(blocks.StructBlock):
    start = blocks.DateBlock(label="Van")
    end = blocks.DateBlock(label="Tot en met", required=False, help_text="Leeg: één dag.")
    reason = blocks.CharBlock(label="Reden", max_length=80, required=False, help_text="Bijvoorbeeld: kerstvakantie.")

    class Meta:
        icon = "date"
        label = "Gesloten"


class OfficeHoursBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(choices=[(str(n), label) for n, label in WEEKDAYS], label="Dag")
    open = blocks.TimeBlock(label="Van")
    close = blocks.TimeBlock(label="Tot")

    class Meta:
        icon = "time"
        label = "Openingstijd"


@register_setting(icon="group")
class SWVSettings(BaseSiteSetting):
    """The samenwerkingsverband that a Wagtail site belongs to: name, region and how parents reach it."""

    slug = models.SlugField("Korte code", max_length=40)
    name = models.CharField("Naam", max_length=200)
    short_name = models.CharField("Korte naam", max_length=80)
    sector = models.CharField("Sector", max_length=2, choices=[("PO", "Primair onderwijs"),
                                                                 ("VO", "Voortgezet onderwijs")])
    region = models.CharField("Regio", max_length=300)
    municipalities = models.TextField("Gemeenten", help_text="Eén gemeente per regel.")
    website = models.URLField("Website", blank=True)
    email = models.EmailField("E-mailadres voor ouders", blank=True)
    phone = models.CharField("Telefoonnummer voor ouders", max_length=40, blank=True)
    address = models.CharField("Adres", max_length=300, blank=True)
    office_hours = StreamField([("slot", OfficeHoursBlock())], blank=True, verbose_name="Openingstijden")
    holiday_region = models.CharField(
        "Vakantieregio", max_length=6, blank=True, choices=[("Noord", "Noord"), ("Midden", "Midden"), ("Zuid", "Zuid")],
        help_text="Bepaalt de herfstvakantie en daarmee de standaarddeadline voor de schoolprofielen.")
    closed_days = StreamField([("closed", ClosedDaysBlock())], blank=True, verbose_name="Gesloten dagen",
                              help_text="Feestdagen en vakanties waarop het Loket dicht is.")
    loket_group = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="Loket-adviseurs",
        help_text="Leden van deze groep beantwoorden de doorgezette chats van dit SWV.")
    loket_email = models.EmailField(
        "E-mailadres van het Loket voor meldingen", blank=True,
        help_text="Krijgt een bericht bij elke doorgezette chat en elk terugbelverzoek (naast de adviseurs).")
    retention_days = models.PositiveSmallIntegerField(
        "Bewaartermijn chats (dagen)", default=90,
        help_text="Gesprekken en terugbelverzoeken worden daarna verwijderd.")
    school_reviewers = models.ForeignKey(
        Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name="Keurt schoolprofielen goed",
        help_text="Leden van deze groep keuren de ondersteuningsprofielen van de scholen van dit SWV goed.")
    contact_note = RichTextField(
        "Hoe ouders ons bereiken", features=["bold", "italic", "link", "ul"],
        help_text="Eerlijk en kort: wie een ouder benadert, en waar het document niets over zegt.",
    )
    # The settings are one record per site, not a page: the reader texts in English are fields beside the Dutch.
    region_en = models.CharField("Regio (Engels)", max_length=300, blank=True)
    contact_note_en = RichTextField("Hoe ouders ons bereiken (Engels)", features=["bold", "italic", "link", "ul"],
                                    blank=True, help_text="Leeg: Engelse pagina's tonen de Nederlandse tekst.")

    panels = [
        MultiFieldPanel([FieldPanel("slug"), FieldPanel("name"), FieldPanel("short_name"), FieldPanel("sector"),
                         FieldPanel("region"), FieldPanel("municipalities")], heading="Samenwerkingsverband"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone"), FieldPanel("address"), FieldPanel("website"),
                         FieldPanel("office_hours"), FieldPanel("contact_note")], heading="Contact"),
        MultiFieldPanel([FieldPanel("region_en"), FieldPanel("contact_note_en")], heading="In het Engels"),
        MultiFieldPanel([FieldPanel("loket_group"), FieldPanel("loket_email"), FieldPanel("closed_days"),
                         FieldPanel("retention_days")], heading="Chat en Loket"),
        MultiFieldPanel([FieldPanel("holiday_region"), FieldPanel("school_reviewers")], heading="Schoolprofielen"),
    ]

    class Meta:
        verbose_name = "Samenwerkingsverband"

    def __str__(self):
        return self.name

    @property
    def municipality_list(self):
        return [m.strip() for m in self.municipalities.splitlines() if m.strip()]

    @property
    def office_hours_list(self):
        """Opening slots as (day name, open, close), in week order."""
        names = {day: gettext(name) for day, name in WEEKDAYS}
        slots = sorted((int(b.value["weekday"]), b.value["open"], b.value["close"]) for b in self.office_hours)
        return [(names[day], start, end) for day, start, end in slots]


def reviewed_site_ids(user) -> set[int]:
    """The sites whose eindredactie this user is in (the group that approves its school profiles)."""
    groups = user.groups.values_list("pk", flat=True)
    return set(SWVSettings.objects.filter(school_reviewers__in=groups).values_list("site_id", flat=True))


def reviewed_sites(user):
    """The SWV sites this user oversees: every one for a superuser (the beheerder), an eindredactie its own."""
    if not user.is_active:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.filter(pk__in=SWVSettings.objects.values("site_id"))
    return Site.objects.filter(pk__in=reviewed_site_ids(user))


class GlossaryTermQuerySet(models.QuerySet):
    def for_site(self, site):
        """The national terms and the site's own."""
        return self.filter(models.Q(site__isnull=True) | models.Q(site=site))


class GlossaryTerm(index.Indexed, models.Model):
    """A word parents meet in letters and plans (TLV, OPP, SOP…), explained once for every site; or one of an SWV's
    own names for its bodies and people (its commission, its Loket), shown on that SWV's site only.

    With a topic, the assistant learns the term at its next training (manage.py export_bot_nlu): a question about the
    term gets that topic's answer, the site's own where it has one."""

    term = models.CharField("Begrip", max_length=120, unique=True)
    abbreviation = models.CharField("Afkorting", max_length=20, blank=True)
    slug = models.SlugField(max_length=60, unique=True)
    definition = models.TextField("Uitleg", max_length=600)
    # The term stays the Dutch word a parent meets in letters; English pages explain it in English.
    definition_en = models.TextField("Uitleg in het Engels", max_length=600, blank=True)
    aliases = models.CharField(
        "Andere schrijfwijzen", max_length=300, blank=True, help_text="Gescheiden door komma's; helpen bij zoeken."
    )
    # Parents who write English name some terms in English ("practical education" for praktijkonderwijs).
    aliases_en = models.CharField(
        "Engelse namen", max_length=300, blank=True,
        help_text="Hoe Engelstalige ouders dit begrip noemen, gescheiden door komma's (bijvoorbeeld ‘practical "
                  "education’). De Engelse pagina's tonen ze; de chatassistent leert ze bij de volgende training.",
    )
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name="Alleen voor de site van", null=True, blank=True, on_delete=models.CASCADE,
        related_name="+", help_text="Leeg: een landelijk begrip. Een eigen naam van één samenwerkingsverband: die site.",
    )
    topic = models.ForeignKey(
        "answers.Topic", verbose_name="Beantwoord met onderwerp", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
        help_text="De chatassistent beantwoordt vragen over dit begrip met dit onderwerp (na de volgende training).",
    )

    objects = GlossaryTermQuerySet.as_manager()

    panels = [FieldPanel("term"), FieldPanel("abbreviation"), FieldPanel("slug"), FieldPanel("definition"),
              FieldPanel("definition_en"), FieldPanel("aliases"), FieldPanel("aliases_en"), FieldPanel("site"),
              FieldPanel("topic")]
    search_fields = [index.SearchField("term"), index.SearchField("abbreviation")]

    class Meta:
        ordering = ["term"]
        verbose_name = "Begrip"
        verbose_name_plural = "Begrippen"

    def __str__(self):
        return f"{self.term} ({self.abbreviation})" if self.abbreviation else self.term

    @property
    def names(self):
        """Every way this term is written, the abbreviation first: used for linking and search synonyms."""
        names = [self.abbreviation, self.term, *self.aliases.split(",")]
        return [n.strip() for n in names if n and n.strip()]

    @property
    def names_en(self):
        """The English names parents use for this term (the Dutch names above are used in English too)."""
        return [n.strip() for n in self.aliases_en.split(",") if n.strip()]


class ContentGeneration(models.Model):
    """A counter that goes up whenever published content changes; cached pages carry it in their key.

    Kept in the database so that every worker and every web node sees the same number at once."""

    number = models.PositiveBigIntegerField(default=0)

    @classmethod
    def current(cls) -> int:
        row = cls.objects.filter(pk=1).values_list("number", flat=True).first()
        return row or 0

    @classmethod
    def bump(cls) -> None:
        updated = cls.objects.filter(pk=1).update(number=models.F("number") + 1)
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"number": 1})

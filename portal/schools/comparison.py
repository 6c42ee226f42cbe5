"""The comparison table: one row per thing a profile says, one column per school, differences marked."""

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _

from .models import Availability, SchoolType, SupportTag

MAX_COMPARED = 4


@dataclass
class Row:
    label: str
    values: list[str]
    help: str = ""
    lang: str = ""  # "nl" where an English page shows the Dutch label and help for want of English ones
    value_langs: list[str] | None = None  # per value: "nl" for a school's own words on an English page

    @property
    def cells(self) -> list[tuple[str, str]]:
        return list(zip(self.values, self.value_langs or [""] * len(self.values)))

    @property
    def differs(self) -> bool:
        return len(set(self.values)) > 1


def _live(school):
    profile = getattr(school, "profile", None)
    return profile if profile is not None and profile.live else None


def _availability(value: str) -> str:
    return str(Availability(value).label)


def comparison_rows(site, schools, *, only_differences=False) -> list[tuple[str, list[Row]]]:
    """Texts in the reader's language (gettext), except what the schools wrote themselves."""
    NOT_LISTED, NO_PROFILE, UNKNOWN = _("Niet vermeld"), _("Geen profiel"), _("Onbekend")
    NOT_FILLED = _("Niet ingevuld")
    profiles = [_live(s) for s in schools]

    def per_profile(get, missing=NO_PROFILE):
        return [get(p) if p else missing for p in profiles]

    general = [
        Row(_("Soort school"), [str(SchoolType(s.type).label) for s in schools]),
        Row(_("Plaats"), [s.place or s.municipality for s in schools]),
        *([Row(_("Niveaus"), [", ".join(s.level_labels) or UNKNOWN for s in schools])]
          if any(s.type == "VO" for s in schools) else []),
        Row(_("Richting"), [s.denomination_label or UNKNOWN for s in schools]),
        Row(_("Profiel voor schooljaar"),
            per_profile(lambda p: p.school_year + ("" if p.is_current else " " + _("(niet bijgewerkt)")))),
        Row(_("Vastgesteld op"),
            per_profile(lambda p: f"{p.established_on:%d-%m-%Y}" if p.established_on else UNKNOWN)),
    ]
    tag_sets = [set(p.tags.values_list("pk", flat=True)) if p else None for p in profiles]
    offered = set().union(*(t for t in tag_sets if t))
    support = []
    for tag in SupportTag.for_site(site).filter(pk__in=offered):
        shown = tag.shown
        support.append(Row(shown.label, [_("Ja") if t is not None and tag.pk in t else
                                         (NO_PROFILE if t is None else NOT_LISTED) for t in tag_sets],
                           help=shown.help, lang=shown.label_lang))
    ratings = [dict(p.basis_ratings.values_list("element_id", "level")) if p else None for p in profiles]
    basis = []
    for element in site.basis_elements.all():
        shown = element.shown
        basis.append(Row(shown.label, [_availability(r.get(element.pk, Availability.UNKNOWN)) if r is not None
                                       else NO_PROFILE for r in ratings], help=shown.help, lang=shown.label_lang))
    building = [
        Row(_("Toegankelijk met een rolstoel"), per_profile(lambda p: _availability(p.wheelchair_access))),
        Row(_("Aangepast toilet"), per_profile(lambda p: _availability(p.adapted_toilet))),
        Row(_("Gemiddelde groepsgrootte"), per_profile(lambda p: str(p.class_size) if p.class_size else UNKNOWN)),
    ]
    english = translation.get_language() == "en"

    def own_words(label, field):  # what the school wrote stays Dutch, marked so on the English pages
        texts = [getattr(p, field) if p else "" for p in profiles]
        return Row(label, per_profile(lambda p: getattr(p, field) or NOT_FILLED),
                   value_langs=["nl" if english and text else "" for text in texts])

    words = [own_words(_("Deskundigheid"), "expertise"), own_words(_("Voorzieningen"), "facilities"),
             own_words(_("Grenzen: wat de school niet kan bieden"), "limits")]
    sections = [(_("Algemeen"), general), (_("Extra ondersteuning"), support), (_("Basisondersteuning"), basis),
                (_("Gebouw en groepen"), building), (_("In de woorden van de school"), words)]
    if only_differences:
        sections = [(title, [r for r in rows if r.differs]) for title, rows in sections]
    return [(title, rows) for title, rows in sections if rows]

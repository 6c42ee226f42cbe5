"""The comparison table: one row per thing a profile says, one column per school, differences marked."""

from dataclasses import dataclass

from .models import Availability, SchoolType, SupportTag

MAX_COMPARED = 4
NOT_LISTED = "Niet vermeld"
NO_PROFILE = "Geen profiel"


@dataclass
class Row:
    label: str
    values: list[str]
    help: str = ""

    @property
    def differs(self) -> bool:
        return len(set(self.values)) > 1


def _live(school):
    profile = getattr(school, "profile", None)
    return profile if profile is not None and profile.live else None


def _availability(value: str) -> str:
    return Availability(value).label if value != Availability.UNKNOWN else "Onbekend"


def comparison_rows(site, schools, *, only_differences=False) -> list[tuple[str, list[Row]]]:
    profiles = [_live(s) for s in schools]

    def per_profile(get, missing=NO_PROFILE):
        return [get(p) if p else missing for p in profiles]

    general = [
        Row("Soort school", [SchoolType(s.type).label for s in schools]),
        Row("Plaats", [s.place or s.municipality for s in schools]),
        *([Row("Niveaus", [", ".join(s.level_labels) or "Onbekend" for s in schools])]
          if any(s.type == "VO" for s in schools) else []),
        Row("Richting", [s.denomination or "Onbekend" for s in schools]),
        Row("Profiel voor schooljaar",
            per_profile(lambda p: p.school_year + ("" if p.is_current else " (niet bijgewerkt)"))),
        Row("Vastgesteld op", per_profile(lambda p: f"{p.established_on:%d-%m-%Y}" if p.established_on else "Onbekend")),
    ]
    tag_sets = [set(p.tags.values_list("pk", flat=True)) if p else None for p in profiles]
    offered = set().union(*(t for t in tag_sets if t))
    support = [Row(tag.label, ["Ja" if t is not None and tag.pk in t else (NO_PROFILE if t is None else NOT_LISTED)
                               for t in tag_sets], help=tag.help)
               for tag in SupportTag.for_site(site).filter(pk__in=offered)]
    ratings = [dict(p.basis_ratings.values_list("element_id", "level")) if p else None for p in profiles]
    basis = [Row(element.label, [_availability(r.get(element.pk, Availability.UNKNOWN)) if r is not None else NO_PROFILE
                                 for r in ratings], help=element.help)
             for element in site.basis_elements.all()]
    building = [
        Row("Toegankelijk met een rolstoel", per_profile(lambda p: _availability(p.wheelchair_access))),
        Row("Aangepast toilet", per_profile(lambda p: _availability(p.adapted_toilet))),
        Row("Gemiddelde groepsgrootte", per_profile(lambda p: str(p.class_size) if p.class_size else "Onbekend")),
    ]
    words = [
        Row("Deskundigheid", per_profile(lambda p: p.expertise or "Niet ingevuld")),
        Row("Voorzieningen", per_profile(lambda p: p.facilities or "Niet ingevuld")),
        Row("Grenzen: wat de school niet kan bieden", per_profile(lambda p: p.limits or "Niet ingevuld")),
    ]
    sections = [("Algemeen", general), ("Extra ondersteuning", support), ("Basisondersteuning", basis),
                ("Gebouw en groepen", building), ("In de woorden van de school", words)]
    if only_differences:
        sections = [(title, [r for r in rows if r.differs]) for title, rows in sections]
    return [(title, rows) for title, rows in sections if rows]

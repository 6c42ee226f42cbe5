"""Which schools belong to each SWV, and bringing them into the database from DUO data and the SWV's plan.

The rules per SWV are in content/schools/<slug>.yaml: the schools its plan names (matched to DUO locations
where DUO has them), extra DUO locations in part-municipalities, and for a primary SWV every DUO primary
location in its municipalities. Running the import twice changes nothing.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Site

from portal.core.models import SWVSettings

from .duo import DUO_DIR, DuoData, RowError, read_duo
from .models import School

SCHOOLS_DIR = Path(__file__).resolve().parents[2] / "content" / "schools"
FIELDS = ["name", "brin", "vestiging", "type", "levels", "place", "municipality", "denomination", "street",
          "postcode", "website", "pupils", "pupils_year", "from_duo", "source_note"]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # DUO locations that belong to none of the SWVs here
    errors: list[RowError] = field(default_factory=list)

    def __str__(self):
        return (f"{self.created} aangemaakt, {self.updated} bijgewerkt, {self.unchanged} ongewijzigd, "
                f"{self.skipped} overgeslagen, {len(self.errors)} fouten")


def membership(slug: str) -> dict:
    path = SCHOOLS_DIR / f"{slug}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def wanted_schools(rules: dict, duo: DuoData) -> list[dict]:
    """The SWV's schools as field values, DUO's facts first and the plan's words where DUO has none."""
    wanted, seen = [], set()

    def add(values, key):
        if key not in seen:
            seen.add(key)
            wanted.append(values)

    def from_duo(location, **overrides):
        values = {f: getattr(location, f, "") for f in FIELDS if hasattr(location, f)}
        values.update({"from_duo": True, "source_note": "DUO open onderwijsdata", **overrides})
        return values

    for school in rules.get("schools", []):
        brin, vestiging = school.get("brin") or "", school.get("vestiging") or ""
        location = duo.locations.get((brin, vestiging)) if brin else None
        plan = {"name": school["name"], "type": school["type"], "source_note": school.get("source", "")[:300],
                "levels": ",".join(school.get("levels") or [])}
        if location:
            # The plan's name is the one parents know; place, address and pupils come from DUO.
            values = from_duo(location, **plan)
            values["place"] = location.place or school.get("place") or ""
            add(values, (brin, vestiging))
        else:
            add({"name": school["name"], "brin": "", "vestiging": "", "type": school["type"],
                 "place": school.get("place") or "", "municipality": school["municipality"],
                 "from_duo": False, **plan}, ("name", school["name"]))
    for part in rules.get("partial_municipalities", []):
        for listed in part.get("duo_locations", []):
            location = duo.locations.get((listed["brin"], listed["vestiging"]))
            if location:
                add(from_duo(location), location.key)
    if rules.get("include_all_duo_primary_locations"):
        municipalities = {m.lower() for m in rules.get("municipalities", [])}
        for location in sorted(duo.locations.values(), key=lambda loc: loc.key):
            # Only locations in DUO's current address file: file 06 also lists schools closed long ago.
            if location.type == "BO" and location.in_address_file and location.municipality.lower() in municipalities:
                add(from_duo(location), location.key)
    return wanted


def _unique_slug(site: Site, values: dict, taken: set[str]) -> str:
    for candidate in (values["name"], f"{values['name']} {values['place'] or values['municipality']}",
                      f"{values['name']} {values['brin']}{values['vestiging']}"):
        slug = slugify(candidate)[:120]
        if slug and slug not in taken:
            return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"


@transaction.atomic
def import_schools(duo_dir: Path = DUO_DIR, progress=None) -> ImportReport:
    duo = read_duo(duo_dir)
    report = ImportReport(errors=list(duo.errors))
    claimed = set()
    for swv in SWVSettings.objects.select_related("site").order_by("slug"):
        rules = membership(swv.slug)
        site = swv.site
        existing = {(s.brin, s.vestiging) if s.brin else ("name", s.name): s for s in site.schools.all()}
        taken = {s.slug for s in existing.values()}
        for values in wanted_schools(rules, duo):
            key = (values["brin"], values["vestiging"]) if values["brin"] else ("name", values["name"])
            claimed.add(key)
            values = {f: values.get(f) if values.get(f) is not None else _empty(f) for f in FIELDS}
            school = existing.get(key)
            if school is None:
                slug = _unique_slug(site, values, taken)
                taken.add(slug)
                School.objects.create(site=site, slug=slug, **values)
                report.created += 1
            elif any(getattr(school, f) != v for f, v in values.items()):
                for f, v in values.items():
                    setattr(school, f, v)
                school.save()
                report.updated += 1
            else:
                report.unchanged += 1
            if progress:
                progress()
    report.skipped = sum(1 for key in duo.locations if key not in claimed)
    return report


def _empty(name: str):
    return None if name in ("pupils", "pupils_year") else ("" if name != "from_duo" else False)

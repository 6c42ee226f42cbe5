"""Loads the school part of the demo: the support taxonomy, the schools (DUO + the SWVs' plans), a group per
school for its editors, the SWV's approval workflow, and example profiles for schools that have none yet.

Example profiles are generated, not true: each is marked `is_example` and the site says so on the page.
"""

import datetime
import random
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Workflow, WorkflowContentType, WorkflowTask

from content.yaml_files import read_yaml
from portal.core.models import SWVSettings
from portal.schools.importer import import_schools
from portal.schools.models import (Availability, BasisElement, BasisRating, School, SchoolType, SupportProfile,
                                   SupportTag, SWVApprovalTask, current_school_year)

WORKFLOW_NAME = "Schoolprofielen: goedkeuring door het samenwerkingsverband"
SCHOOL_PERMISSIONS = ["change_supportprofile", "lock_supportprofile"]
REVIEWER_PERMISSIONS = ["add_supportprofile", "change_supportprofile", "lock_supportprofile", "publish_supportprofile",
                        "change_profiledeadline", "add_profiledeadline", "add_tagsynonyms", "change_tagsynonyms",
                        "delete_tagsynonyms"]

# Support that schools of each kind commonly offer; example profiles draw from these.
TYPICAL_TAGS = {
    "BO": ["dyslexie", "dyscalculie", "remedial-teaching", "hoogbegaafdheid", "sociale-vaardigheden", "aanpak-pesten",
           "adhd", "zorgcoordinator", "rustige-werkplek", "logopedie", "motoriek", "nt2", "faalangst", "plannen"],
    "SBO": ["kleine-klas", "gedrag", "adhd", "autisme", "eigen-leerlijn", "rustige-werkplek", "jeugdhulp-op-school",
            "motoriek", "tos", "time-out", "sociale-vaardigheden", "zorgcoordinator", "logopedie"],
    "SO": ["kleine-klas", "autisme", "gedrag", "medische-zorg", "fysiotherapie", "logopedie", "eigen-leerlijn",
           "epilepsie", "jeugdhulp-op-school", "time-out", "slechtziend", "slechthorend", "terug-naar-school"],
    "VO": ["dyslexie", "dyscalculie", "faalangst", "plannen", "huiswerkbegeleiding", "hoogbegaafdheid", "lwoo",
           "zorgcoordinator", "aanpak-pesten", "angst-en-somberheid", "autisme", "rustige-werkplek", "nt2",
           "terug-naar-school"],
    "PrO": ["kleine-klas", "eigen-leerlijn", "sociale-vaardigheden", "jeugdhulp-op-school", "zorgcoordinator",
            "rustige-werkplek", "terug-naar-school"],
}
TYPICAL_TAGS.update({"SO/VSO": TYPICAL_TAGS["SO"], "VSO": TYPICAL_TAGS["SO"]})
CLASS_SIZES = {"BO": (20, 29), "SBO": (12, 16), "SO": (8, 12), "SO/VSO": (8, 12), "VSO": (10, 14), "VO": (22, 28),
               "PrO": (12, 16)}
EXPERTISE = {
    "dyslexie": "een specialist voor lezen en spellen", "dyscalculie": "een rekenspecialist",
    "hoogbegaafdheid": "een specialist voor kinderen die meer uitdaging nodig hebben",
    "gedrag": "een gedragsspecialist", "autisme": "leraren met een opleiding in autisme",
    "tos": "een taalspecialist die samenwerkt met een logopedist", "medische-zorg": "een verpleegkundige",
    "faalangst": "een trainer voor faalangst", "zorgcoordinator": "een ondersteuningscoördinator",
    "nt2": "een leraar Nederlands als tweede taal", "angst-en-somberheid": "een orthopedagoog",
}
FACILITIES = {
    "rustige-werkplek": "een stille werkplek", "time-out": "een time-outplek met begeleiding",
    "kleine-klas": "lokalen voor kleine groepen", "fysiotherapie": "een oefenruimte voor fysiotherapie",
    "logopedie": "een spreekkamer voor de logopedist", "huiswerkbegeleiding": "een huiswerkruimte na de lessen",
}
LIMITS = [
    "Kinderen die de hele dag één-op-één begeleiding nodig hebben, kunnen wij niet goed helpen.",
    "Wij hebben geen verpleegkundige op school. Voor medische handelingen maken we per kind afspraken.",
    "Het gebouw heeft meerdere verdiepingen zonder lift.",
    "Voor kinderen met ernstig gedrag dat de veiligheid van anderen raakt, zoeken we samen met u een andere plek.",
    "Onze groepen zijn groot. Een kind dat veel rust en weinig prikkels nodig heeft, kan het hier moeilijk hebben.",
]


class SchoolLoader:
    def __init__(self, directory: Path, report, *, english_dir: Path | None = None, refresh=False):
        self.dir = directory
        self.english_dir = english_dir
        self.report = report
        self.refresh = refresh

    def load(self):
        if not (self.dir / "taxonomy.yaml").exists():
            return
        self.load_taxonomy(read_yaml(self.dir / "taxonomy.yaml"))
        if self.english_dir and (self.english_dir / "taxonomy.yaml").exists():
            self.load_english_taxonomy(read_yaml(self.english_dir / "taxonomy.yaml"))
        import_report = import_schools()
        if import_report.created:
            self.report.created.append(f"{import_report.created} scholen")
        self.load_school_groups()
        self.load_workflow()
        for school in School.objects.filter(profile__isnull=True).select_related("site"):
            self.make_example_profile(school)

    def load_taxonomy(self, data):
        for order, item in enumerate(data["national"]):
            self._tag(None, item, order)
        for slug, local in (data.get("swv") or {}).items():
            swv = SWVSettings.objects.filter(slug=slug).select_related("site").first()
            if swv is None:
                continue
            for order, item in enumerate(local.get("tags") or [], start=100):
                self._tag(swv.site, item, order)
            for order, item in enumerate(local.get("basisondersteuning") or []):
                BasisElement.objects.get_or_create(
                    site=swv.site, slug=item["slug"],
                    defaults={"label": item["label"], "help": " ".join(item["help"].split()), "sort_order": order})

    def load_english_taxonomy(self, data):
        """The English label, group and help of each tag and basisondersteuning element (by slug), kept where an
        editor already set one unless refreshing."""
        def english(model, item, fields, **match):
            rows = model.objects.filter(slug=item["slug"], **match)
            if not self.refresh:
                rows = rows.filter(label_en="")
            rows.update(**{f"{name}_en": " ".join(item[name].split()) for name in fields})

        for item in data["national"]:
            english(SupportTag, item, ("label", "group", "help"))
        for slug, local in (data.get("swv") or {}).items():
            swv = SWVSettings.objects.filter(slug=slug).first()
            if swv is None:
                continue
            for item in local.get("tags") or []:
                english(SupportTag, item, ("label", "group", "help"))
            for item in local.get("basisondersteuning") or []:
                english(BasisElement, item, ("label", "help"), site_id=swv.site_id)

    @staticmethod
    def _tag(site, item, order):
        SupportTag.objects.get_or_create(slug=item["slug"], defaults={
            "site": site, "label": item["label"], "group": item["group"], "help": " ".join(item["help"].split()),
            "synonyms": ", ".join(item.get("synonyms") or []), "sort_order": order})

    @staticmethod
    def load_school_groups():
        """A group per school: its members edit and submit that school's profile and nothing else."""
        access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        profile_permissions = Permission.objects.filter(content_type__app_label="schools",
                                                        codename__in=SCHOOL_PERMISSIONS)
        for school in School.objects.filter(editors__isnull=True):
            name = f"School: {school.name} ({school.place or school.municipality})"[:140]
            if Group.objects.filter(name=name).exists():
                name = f"{name[:128]} [{school.slug[:10]}]"
            group = Group.objects.create(name=name)
            group.permissions.add(access_admin, *profile_permissions)
            School.objects.filter(pk=school.pk).update(editors=group)
        reviewer_permissions = Permission.objects.filter(content_type__app_label="schools",
                                                         codename__in=REVIEWER_PERMISSIONS)
        for swv in SWVSettings.objects.exclude(school_reviewers=None).select_related("school_reviewers"):
            swv.school_reviewers.permissions.add(*reviewer_permissions)

    @staticmethod
    def load_workflow():
        workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
        task, _ = SWVApprovalTask.objects.get_or_create(name="Goedkeuring door het samenwerkingsverband")
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowContentType.objects.get_or_create(content_type=ContentType.objects.get_for_model(SupportProfile),
                                                  defaults={"workflow": workflow})

    def make_example_profile(self, school: School):
        """A plausible, clearly marked example profile; a few schools get last year's or none at all."""
        rng = random.Random(f"{school.site_id}:{school.slug}")
        roll = rng.random()
        if roll < 0.05:
            return  # shows how a school without a profile looks
        year = current_school_year()
        if roll < 0.15:
            start = int(year[:4]) - 1
            year = f"{start}-{start + 1}"
        start_year = int(year[:4])
        tags = rng.sample(TYPICAL_TAGS[school.type], k=min(len(TYPICAL_TAGS[school.type]), rng.randint(3, 7)))
        wheelchair = rng.choice([Availability.OFFERED, Availability.OFFERED, Availability.PARTLY,
                                 Availability.NOT_OFFERED, Availability.UNKNOWN])
        if wheelchair == Availability.OFFERED:
            tags.append("rolstoeltoegankelijk")
        low, high = CLASS_SIZES[school.type]
        expertise = [EXPERTISE[t] for t in tags if t in EXPERTISE]
        facilities = [FACILITIES[t] for t in tags if t in FACILITIES]
        profile = SupportProfile(
            school=school, school_year=year, is_example=True,
            summary=f"{school.name} is een {SchoolType(school.type).label.lower()} in "
                    f"{school.place or school.municipality}. Dit is een voorbeeldprofiel voor de demo.",
            expertise=("Op school werken " + _join(expertise) + ".") if expertise else "",
            facilities=("De school heeft " + _join(facilities) + ".") if facilities else "",
            wheelchair_access=wheelchair,
            adapted_toilet=rng.choice([Availability.OFFERED, Availability.NOT_OFFERED, Availability.UNKNOWN]),
            class_size=rng.randint(low, high) if rng.random() < 0.8 else None,
            limits=rng.choice(LIMITS),
            established_on=datetime.date(start_year, 9, 1) + datetime.timedelta(days=rng.randint(0, 35)),
        )
        profile.basis_ratings = [
            BasisRating(element=element, sort_order=n, level=rng.choices(
                [Availability.OFFERED, Availability.PARTLY, Availability.UNKNOWN], weights=[80, 15, 5])[0])
            for n, element in enumerate(BasisElement.objects.filter(site=school.site))]
        profile.tags = list(SupportTag.objects.filter(slug__in=tags))
        profile.save()
        profile.save_revision().publish()


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]

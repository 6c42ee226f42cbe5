"""Loads the demo content of this folder into the CMS: sites, SWV settings, topics, glossary, answers,
procedures, editor groups and their workflows; and from `en/` the English translations of the pages (Wagtail
translations in the English locale, see `_translation`). A Dutch page without an English file has no English page.

Idempotent: what exists is kept as it is (editors may have changed it), what is missing is created. With
`refresh=True` pages are brought back to the files' text, publishing a new revision only where it differs.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page, Site, Workflow, WorkflowPage, WorkflowTask
from wagtail.models import GroupApprovalTask
from wagtail.rich_text import RichText

from content.schools_loader import SchoolLoader
from content.yaml_files import read_yaml
from portal.answers.models import AnswerIndexPage, AnswerPage, NationalAnswersPage, Topic
from portal.core.models import GlossaryTerm, SWVSettings
from portal.pages.models import ContactPage, GlossaryPage, HomePage, ProcedureIndexPage, ProcedurePage, StandardPage

CONTENT_DIR = Path(__file__).resolve().parent
DEFAULT_SITE = "duinenbollenstreek"
# The order of the procedure pages on every site.
PROCEDURE_ORDER = ["aanmelden-en-zorgplicht", "extra-ondersteuning", "tlv-aanvragen", "bezwaar-en-geschillen",
                   "thuiszitten", "overstap-po-vo"]
NATIONAL_EDITORS = "Landelijke redactie"
ENGLISH = "en"
# The English slugs of the sections every site has (the Dutch ones are set in load_swv).
ENGLISH_SECTIONS = {
    AnswerIndexPage: ("questions", "Questions from parents",
                      "Short answers to the questions parents ask us most. First in short, then the whole story."),
    ProcedureIndexPage: ("procedures", "Rules and steps",
                         "How it works when you apply to a school, ask for extra support or a TLV, object to a "
                         "decision, or when your child is at home and not at school: who does what, when, and which "
                         "time limits apply."),
    ContactPage: ("contact", "Contact", "Do you have a question about the support for your child? Here you can read "
                                        "who can help you."),
    GlossaryPage: ("glossary", "Words and terms", "Words you find in letters and plans, explained in short."),
}


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)

    def __str__(self):
        return f"{len(self.created)} aangemaakt, {len(self.updated)} bijgewerkt"


def markdown_to_rich_text(text: str, heading_offset: int = 1) -> str:
    """Markdown from the content files as Wagtail rich text; headings shift down below the page's own h2s."""
    html = markdown.markdown(text or "", output_format="html")
    for level in (3, 2):
        html = re.sub(rf"<(/?)h{level}>", rf"<\1h{level + heading_offset}>", html)
    return html


def body_stream(text: str) -> list:
    return [("paragraph", RichText(markdown_to_rich_text(text)))] if text else []


class ContentLoader:
    def __init__(self, *, refresh=False, directory: Path = CONTENT_DIR):
        self.refresh = refresh
        self.dir = directory
        self.report = LoadReport()

    # -- helpers ---------------------------------------------------------------------------------------------

    def _publish(self, page, label, created):
        page.save_revision().publish()
        (self.report.created if created else self.report.updated).append(label)

    def _child(self, parent, model, slug, label, **fields):
        """The parent's child page with this slug, created (or refreshed) from the given fields."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is None:
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
            self._publish(page, label, created=True)
            return page
        if self.refresh and self._differs(existing, fields):
            for name, value in fields.items():
                setattr(existing, name, value)
            self._publish(existing, label, created=False)
        return existing

    @staticmethod
    def _differs(page, fields):
        for name, value in fields.items():
            current = getattr(page, name)
            if hasattr(current, "raw_data"):  # StreamField: compare what it stores
                stream_field = page._meta.get_field(name)
                current = stream_field.get_prep_value(current)
                value = stream_field.get_prep_value(stream_field.to_python(value))
            if current != value:
                return True
        return False

    # -- the parts -------------------------------------------------------------------------------------------

    def load(self):
        from search.signals import updates_suspended

        with transaction.atomic(), updates_suspended():
            self.load_topics()
            self.load_glossary(self.dir / "glossary" / "national.yaml")
            national_root = self.load_national_answers()
            for path in sorted((self.dir / "swv").glob("*.yaml")):
                self.load_swv(read_yaml(path))
            self.remove_wagtail_welcome_site()
            self.load_national_editors(national_root)
            self.load_english(national_root)
            SchoolLoader(self.dir / "schools", self.report, english_dir=self.dir / ENGLISH / "schools",
                         refresh=self.refresh).load()
        return self.report

    def load_topics(self):
        for position, item in enumerate(read_yaml(self.dir / "topics.yaml")):
            Topic.objects.update_or_create(
                key=item["key"], defaults={"label": item["label"], "group": item["group"], "position": position}
            )

    def load_glossary(self, path, site=None):
        """National terms (no site), or an SWV's own names for its bodies and people (that SWV's site)."""
        topics = {t.key: t for t in Topic.objects.all()}
        for item in read_yaml(path) if path.exists() else []:
            values = {"term": item["term"], "abbreviation": item.get("abbreviation") or "",
                      "definition": item["definition"], "aliases": ", ".join(item.get("aliases") or []),
                      "site": site, "topic": topics.get(item.get("topic"))}
            term, created = GlossaryTerm.objects.get_or_create(slug=item["slug"], defaults=values)
            if not created and self.refresh:
                GlossaryTerm.objects.filter(pk=term.pk).update(**values)

    def load_national_answers(self):
        root = Page.get_first_root_node()
        national_root = NationalAnswersPage.objects.first()
        if national_root is None:
            national_root = NationalAnswersPage(title="Landelijke antwoorden", slug="landelijke-antwoorden")
            root.add_child(instance=national_root)
            self._publish(national_root, "landelijke antwoorden", created=True)
        self.load_answers(national_root, self.dir / "answers" / "national")
        return national_root

    def load_answers(self, parent, directory: Path):
        topics = {t.key: t for t in Topic.objects.all()}
        for path in sorted(directory.glob("*.yaml")):
            item = read_yaml(path)
            topic = topics[item["key"]]
            page = self._child(
                parent, AnswerPage, topic.slug, f"antwoord {directory.name}/{topic.key}",
                title=item["question"], topic=topic, short_answer=" ".join(item["short"].split()),
                body=body_stream(item["body"]), last_reviewed=item["last_reviewed"],
                example_phrasings="\n".join(item.get("examples") or []),
            )
            related = [topics[k] for k in item.get("related") or [] if k in topics]
            if set(page.related_topics.all()) != set(related) and (self.refresh or not page.related_topics.exists()):
                page.related_topics.set(related)
                page.save_revision().publish()

    def load_swv(self, data):
        slug = data["slug"]
        root = Page.get_first_root_node()
        home = self._child(root, HomePage, slug, f"{slug}: startpagina", title=data["name"],
                           intro=markdown.markdown(data["intro"]))
        site, created = Site.objects.get_or_create(
            hostname=data["hostname"], port=80,
            defaults={"root_page": home, "site_name": data["short_name"], "is_default_site": slug == DEFAULT_SITE},
        )
        if created:
            self.report.created.append(f"site {data['hostname']}")
        self.load_swv_settings(site, data)
        self.load_glossary(self.dir / "glossary" / f"{slug}.yaml", site)

        answers = self._child(home, AnswerIndexPage, "vragen", f"{slug}: vragen van ouders",
                              title="Vragen van ouders", show_in_menus=True,
                              intro="Korte antwoorden op de vragen die ouders ons het vaakst stellen. "
                                    "Eerst kort, daarna het hele verhaal.")
        self.load_answers(answers, self.dir / "answers" / slug)
        self.load_procedures(home, slug)
        self._child(home, ContactPage, "contact", f"{slug}: contact", title="Contact", show_in_menus=True,
                    intro="Heeft u een vraag over de ondersteuning van uw kind? Hier leest u bij wie u terecht kunt.")
        self._child(home, GlossaryPage, "begrippen", f"{slug}: begrippen", title="Begrippen", show_in_menus=True,
                    intro="Woorden die u tegenkomt in brieven en plannen, kort uitgelegd.")
        self._child(home, StandardPage, "privacy", f"{slug}: privacy", title="Privacy",
                    intro="Wat wij doen met gegevens over u en uw kind.", body=body_stream(self.privacy_text(data)))
        self.load_editors(site, data)

    def load_swv_settings(self, site, data):
        values = {
            "slug": data["slug"], "name": data["name"], "short_name": data["short_name"], "sector": data["sector"],
            "region": data["region"], "municipalities": "\n".join(data["municipalities"]),
            "website": data.get("website") or "", "email": data.get("email") or "",
            "phone": data.get("phone") or "", "address": data.get("address") or "",
            "contact_note": markdown.markdown(data["contact_note"]),
            "holiday_region": data.get("holiday_region") or "",
            "office_hours": [("slot", {"weekday": str(s["weekday"]), "open": s["open"], "close": s["close"]})
                             for s in data.get("office_hours") or []],
        }
        settings = SWVSettings.objects.filter(site=site).first()
        if settings is None:
            SWVSettings.objects.create(site=site, **values)
        elif self.refresh:
            for name, value in values.items():
                setattr(settings, name, value)
            settings.save()

    def load_procedures(self, home, slug):
        index = self._child(home, ProcedureIndexPage, "procedures", f"{slug}: procedures",
                            title="Regels en stappen", show_in_menus=True,
                            intro="Hoe het gaat bij aanmelden, extra ondersteuning, een TLV, bezwaar en thuiszitten: "
                                  "wie wat doet, wanneer, en welke termijnen gelden.")
        topics = {t.key: t for t in Topic.objects.all()}
        directory = self.dir / "procedures" / slug
        for procedure_slug in PROCEDURE_ORDER:
            path = directory / f"{procedure_slug}.yaml"
            if not path.exists():
                continue
            item = read_yaml(path)
            steps = [("step", {"who": s["who"], "what": s["what"], "when": s.get("when") or "",
                               "deadline": s.get("deadline") or "", "documents": s.get("documents") or []})
                     for s in item["steps"]]
            page = self._child(index, ProcedurePage, procedure_slug, f"{slug}: procedure {procedure_slug}",
                               title=item["title"], intro=" ".join(item["intro"].split()), steps=steps,
                               note=body_stream(item.get("note") or ""),
                               show_deadline_calculator=procedure_slug == "bezwaar-en-geschillen")
            wanted = [topics[k] for k in item.get("topics") or [] if k in topics]
            if not page.topics.exists() or (self.refresh and set(page.topics.all()) != set(wanted)):
                page.topics.set(wanted)
                page.save_revision().publish()

    @staticmethod
    def privacy_text(data):
        return (
            f"## Wie is verantwoordelijk?\n\n{data['name']} is verantwoordelijk voor deze website.\n\n"
            "## Wat wij bewaren\n\nDeze website werkt zonder cookies van anderen en stuurt niets naar andere "
            "bedrijven. Wij bewaren geen IP-adressen bij wat u zoekt. Zoekt u iets op deze site, dan gebruiken "
            "wij uw zoekwoorden alleen om resultaten te tonen.\n\n"
            "## De chat\n\nIn de chat hoeft u uw naam niet te geven. Wij bewaren de berichten van het gesprek, "
            "zodat een adviseur van het Loket kan meelezen als u daarom vraagt. Wij bewaren geen IP-adres bij een "
            f"gesprek. Na {data.get('retention_days', 90)} dagen zonder nieuwe berichten verwijderen wij het gesprek "
            "helemaal. Met de knop 'Gesprek verwijderen' in de chat kunt u het ook zelf meteen wissen. Een "
            "terugbelverzoek bewaren wij even lang; daarin staat alleen wat u zelf invult. Alleen adviseurs van het "
            "Loket van dit samenwerkingsverband kunnen een gesprek lezen, en wij houden bij wie dat doet.\n\n"
            "## Gegevens over uw kind\n\nScholen en het samenwerkingsverband gebruiken gegevens over de "
            "ondersteuning van uw kind alleen als dat nodig is, bijvoorbeeld voor een toelaatbaarheidsverklaring. "
            "U mag altijd vragen welke gegevens er zijn en die inzien. Dat staat in de Algemene verordening "
            "gegevensbescherming (AVG).\n\n"
            "## Vragen of klachten\n\nHeeft u een vraag over privacy? Neem contact met ons op via de "
            "contactpagina. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens."
        )

    # -- English -------------------------------------------------------------------------------------------

    def load_english(self, national_root):
        """The English pages, as Wagtail translations of the Dutch ones: national answers, and per site its home,
        sections, answers of its own and procedures. Only what has an English file gets an English text page."""
        english = Locale.objects.get(language_code=ENGLISH)  # made by portal/core/migrations/0006
        en_dir = self.dir / ENGLISH
        for item in read_yaml(en_dir / "topics.yaml") if (en_dir / "topics.yaml").exists() else []:
            Topic.objects.filter(key=item["key"]).update(label_en=item["label"], group_en=item["group"])
        self.load_english_glossary(en_dir / "glossary" / "national.yaml")
        national_en = self._translation(national_root, english, "national answers (en)", title="National answers")
        national_editors = self._group(NATIONAL_EDITORS)
        self._grant(national_editors, national_en, ["add_page", "change_page", "lock_page", "publish_page"])
        self._may_translate(national_editors)
        WorkflowPage.objects.get_or_create(page=national_en, defaults={
            "workflow": WorkflowPage.objects.get(page=national_root).workflow})
        self.load_english_answers(national_root, national_en, en_dir / "answers" / "national")
        for site in Site.objects.select_related("root_page").order_by("hostname"):
            home = site.root_page.specific
            if not isinstance(home, HomePage):
                continue
            slug = home.slug
            path = en_dir / "swv" / f"{slug}.yaml"
            data = read_yaml(path) if path.exists() else {}
            home_en = self._translation(home, english, f"{slug}: home (en)", title=data.get("name") or home.title,
                                        intro=markdown.markdown(data.get("intro") or self.english_intro(home.title)))
            sections = {}
            for section in home.get_children().specific():
                if type(section) in ENGLISH_SECTIONS:
                    section_slug, title, intro = ENGLISH_SECTIONS[type(section)]
                    sections[type(section)] = (section, self._translation(
                        section, english, f"{slug}: {section_slug} (en)", slug=section_slug, title=title,
                        intro=intro, show_in_menus=section.show_in_menus))
            privacy = StandardPage.objects.child_of(home).filter(slug="privacy").first()
            if privacy is not None:
                self._translation(privacy, english, f"{slug}: privacy (en)", title="Privacy",
                                  intro="What we do with information about you and your child.",
                                  body=body_stream(self.english_privacy_text(
                                      home.title, data.get("retention_days", 90))))
            self._grant_english(site, home_en)
            self.load_english_settings(site, data)
            self.load_english_glossary(en_dir / "glossary" / f"{slug}.yaml")
            if AnswerIndexPage in sections:
                self.load_english_answers(*sections[AnswerIndexPage], en_dir / "answers" / slug)
            if ProcedureIndexPage in sections:
                self.load_english_procedures(*sections[ProcedureIndexPage], en_dir / "procedures" / slug)

    def load_english_settings(self, site, data):
        values = {"region_en": " ".join((data.get("region") or "").split()),
                  "contact_note_en": markdown.markdown(data["contact_note"]) if data.get("contact_note") else ""}
        settings = SWVSettings.objects.get(site=site)
        if self.refresh or not (settings.region_en or settings.contact_note_en):
            SWVSettings.objects.filter(pk=settings.pk).update(**values)

    def load_english_glossary(self, path):
        """The English explanation of each glossary term (the term itself stays the Dutch word), and the English
        names parents may use for it."""
        for item in read_yaml(path) if path.exists() else []:
            terms = GlossaryTerm.objects.filter(slug=item["slug"])
            if not self.refresh:
                terms = terms.filter(definition_en="")
            terms.update(definition_en=" ".join(item["definition"].split()),
                         aliases_en=", ".join(item.get("english_names") or []))

    def load_english_answers(self, parent, parent_en, directory: Path):
        for path in sorted(directory.glob("*.yaml")):
            item = read_yaml(path)
            source = AnswerPage.objects.child_of(parent).filter(topic__key=item["key"]).first()
            if source is None:
                continue  # an English text for a topic this site does not answer itself
            self._translation(source, parent_en.locale, f"answer {directory.name}/{item['key']} (en)",
                              title=item["question"], short_answer=" ".join(item["short"].split()),
                              body=body_stream(item["body"]), example_phrasings="")

    def load_english_procedures(self, index, index_en, directory: Path):
        for procedure_slug in PROCEDURE_ORDER:  # created in the Dutch order, so listed in it
            path = directory / f"{procedure_slug}.yaml"
            source = ProcedurePage.objects.child_of(index).filter(slug=procedure_slug).first()
            if source is None or not path.exists():
                continue
            item = read_yaml(path)
            steps = [("step", {"who": s["who"], "what": s["what"], "when": s.get("when") or "",
                               "deadline": s.get("deadline") or "", "documents": s.get("documents") or []})
                     for s in item["steps"]]
            self._translation(source, index_en.locale, f"procedure {directory.name}/{path.stem} (en)",
                              title=item["title"], intro=" ".join(item["intro"].split()), steps=steps,
                              note=body_stream(item.get("note") or ""))

    def _translation(self, source, locale, label, **fields):
        """The source page's translation in this locale: made by Wagtail (a copy in the translated parent, same
        translation key) the first time, filled from the given fields and published; refreshed like `_child`."""
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            existing = existing.specific
            if self.refresh and self._differs(existing, fields):
                for name, value in fields.items():
                    setattr(existing, name, value)
                self._publish(existing, label, created=False)
            return existing
        page = source.copy_for_translation(locale).specific
        for name, value in fields.items():
            setattr(page, name, value)
        page.save()
        self._publish(page, label, created=True)
        return page

    def _grant_english(self, site, home_en):
        """The SWV's editors and eindredactie edit its English pages too, in the same review workflow."""
        short_name = SWVSettings.objects.get(site=site).short_name
        editors = self._group(f"{short_name}: redacteuren")
        reviewers = self._group(f"{short_name}: eindredactie")
        self._grant(editors, home_en, ["add_page", "change_page", "lock_page"])
        self._grant(reviewers, home_en, ["add_page", "change_page", "lock_page", "publish_page"])
        self._may_translate(editors, reviewers)
        workflow = WorkflowPage.objects.filter(page=site.root_page).values_list("workflow", flat=True).first()
        if workflow:
            WorkflowPage.objects.get_or_create(page=home_en, defaults={"workflow_id": workflow})

    @staticmethod
    def _may_translate(*groups):
        """Wagtail's "Translate" action in the page menu (simple_translation) makes the English copy to edit."""
        permission = Permission.objects.get(content_type__app_label="simple_translation", codename="submit_translation")
        for group in groups:
            group.permissions.add(permission)

    @staticmethod
    def english_privacy_text(name, retention):
        """The privacy statement of privacy_text, in English."""
        return (
            f"## Who is responsible?\n\n{name} is responsible for this website.\n\n"
            "## What we keep\n\nThis website works without cookies from others and sends nothing to other "
            "companies. We do not keep IP addresses with what you search for. When you search this site, we use your "
            "search words only to show results.\n\n"
            "## The chat\n\nIn the chat you do not have to give your name. We keep the messages of the "
            "conversation, so that an adviser of the Loket can read along if you ask for that. We do not keep an IP "
            f"address with a conversation. After {retention} days without new messages we delete the whole "
            "conversation. With the button 'Delete conversation' in the chat you can also "
            "delete it yourself at once. We keep a call-back request just as long; it holds only what you fill in "
            "yourself. Only advisers of the Loket of this samenwerkingsverband can read a conversation, and we keep "
            "track of who does.\n\n"
            "## Information about your child\n\nSchools and the samenwerkingsverband use information about the "
            "support for your child only when that is needed, for example for a toelaatbaarheidsverklaring (TLV). "
            "You may always ask which information there is and look at it. This is in the General Data Protection "
            "Regulation (AVG in Dutch, GDPR in English).\n\n"
            "## Questions or complaints\n\nDo you have a question about privacy? Contact us through the contact "
            "page. You can also make a complaint to the Autoriteit Persoonsgegevens (the Dutch data protection "
            "authority)."
        )

    @staticmethod
    def english_intro(name):
        return (f"Information for parents from {name}: what passend onderwijs means for your child, your rights, "
                "and who can help you.")

    # -- editors -------------------------------------------------------------------------------------------

    def load_editors(self, site, data):
        """Per SWV: editors (write, submit for review) and eindredactie (review and publish), own site only."""
        editors = self._group(f"{data['short_name']}: redacteuren")
        reviewers = self._group(f"{data['short_name']}: eindredactie")
        self._grant(editors, site.root_page, ["add_page", "change_page", "lock_page"])
        self._grant(reviewers, site.root_page, ["add_page", "change_page", "lock_page", "publish_page"])
        self._workflow(f"Redactie {data['short_name']}", reviewers, site.root_page)
        SWVSettings.objects.filter(site=site, school_reviewers__isnull=True).update(school_reviewers=reviewers)
        # The eindredactie also keeps the SWV's own names for its bodies and people in the glossary.
        reviewers.permissions.add(*Permission.objects.filter(
            content_type__app_label="core", codename__in=["add_glossaryterm", "change_glossaryterm",
                                                          "delete_glossaryterm"]))
        # The Loket's advisers answer the chats handed over on this site (staff inbox in the admin).
        loket = self._group(f"{data['short_name']}: Loket")
        SWVSettings.objects.filter(site=site, loket_group__isnull=True).update(loket_group=loket)

    def load_national_editors(self, national_root):
        editors = self._group(NATIONAL_EDITORS)
        self._grant(editors, national_root, ["add_page", "change_page", "lock_page", "publish_page"])
        self._workflow("Landelijke redactie", editors, national_root)

    @staticmethod
    def _group(name):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin",
                                                     codename="access_admin"))
        return group

    @staticmethod
    def _grant(group, page, codenames):
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)

    @staticmethod
    def _workflow(name, reviewers, page):
        workflow, _ = Workflow.objects.get_or_create(name=name)
        task, _ = GroupApprovalTask.objects.get_or_create(name=f"Goedkeuring {name}")
        task.groups.add(reviewers)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})

    def remove_wagtail_welcome_site(self):
        """Wagtail's first migration makes a 'Welcome' page and site; our sites replace them."""
        for site in Site.objects.filter(root_page__content_type__model="page", root_page__depth=2):
            welcome = site.root_page
            site.delete()
            if welcome.slug == "home" and not welcome.get_children().exists():
                welcome.delete()

"""Load the demo content (sites, answers, procedures, glossary, schools, editor groups) and rebuild the search
indexes."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.models import Site

from content.loader import ContentLoader
from portal.core.models import SWVSettings
from portal.schools.models import School
from search import index, sync


class Command(BaseCommand):
    help = "Laadt de demo-inhoud. Bestaande inhoud blijft staan; --refresh zet pagina's terug naar de bestanden."

    def add_arguments(self, parser):
        parser.add_argument("--refresh", action="store_true", help="breng bestaande pagina's terug naar de bestanden")
        parser.add_argument("--demo-users", metavar="FILE",
                            help="maak demo-accounts (beheerder en redacteuren) en schrijf de inloggegevens naar FILE")

    def handle(self, *args, **options):
        report = ContentLoader(refresh=options["refresh"]).load()
        if options["verbosity"]:
            self.stdout.write(f"Demo-inhoud: {report}.")
        if options["demo_users"]:
            self.make_demo_users(options["demo_users"])
        # Loaded in bulk, without an index update per page: every site changed, here and on the other web nodes.
        for store in index.STORES:
            sync.record_change(store.name, Site.objects.all())
        call_command("rebuild_search_index", verbosity=options["verbosity"])

    def make_demo_users(self, path):
        """An administrator, and per SWV an editor and a reviewer, each with a fresh random password."""
        User = get_user_model()
        accounts = [("beheerder", None, "beheerder (alle sites)")]
        for swv in SWVSettings.objects.select_related("site"):
            for username, role in ((f"redacteur-{swv.slug}", "redacteuren"), (f"eindredacteur-{swv.slug}", "eindredactie")):
                group = Group.objects.get(name=f"{swv.short_name}: {role}")
                accounts.append((username, group, group.name))
            # A Loket adviser: answers this SWV's handed-over chats in the inbox (mail goes to example.org).
            accounts.append((f"loket-{swv.slug}", swv.loket_group, swv.loket_group.name))
            # One school's ondersteuningscoördinator: edits and submits that school's profile only.
            school = School.objects.filter(site=swv.site, profile__live=True).exclude(editors=None).first()
            if school:
                accounts.append((f"school-{swv.slug}", school.editors, school.editors.name))
        lines = []
        for username, group, role in accounts:
            password = secrets.token_urlsafe(12)
            user, _ = User.objects.get_or_create(username=username)
            user.is_superuser = user.is_staff = group is None
            if username.startswith("loket-"):
                user.first_name, user.email = "Sam", f"{username}@example.org"
            user.set_password(password)
            user.save()
            if group is not None:
                user.groups.set([group])
            lines.append(f"{username}\t{password}\t{role}")
        with open(path, "w", encoding="utf-8") as out:
            out.write("gebruikersnaam\twachtwoord\trol\n" + "\n".join(lines) + "\n")

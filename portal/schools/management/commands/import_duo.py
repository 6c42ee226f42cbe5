"""Bring each SWV's schools in from DUO open data and the SWV's plan; safe to run again at any time."""

from pathlib import Path

from django.core.management.base import BaseCommand
from tqdm import tqdm
from wagtail.models import Site

from portal.schools.duo import DUO_DIR
from portal.schools.importer import import_schools
from search import index, sync


class Command(BaseCommand):
    help = "Leest de DUO-bestanden en maakt of werkt de scholen van elk samenwerkingsverband bij."

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=DUO_DIR, help="map met de DUO-bestanden 02 en 06")

    def handle(self, *args, **options):
        show = options["verbosity"] > 0
        with tqdm(desc="Scholen", unit="school", disable=not show, file=self.stderr) as bar:
            report = import_schools(options["dir"], progress=lambda: bar.update(1))
        # The school search shows the new names and places at once here, and on the other web nodes soon.
        sync.rebuild_and_record(index.schools)
        sync.record_change(index.schools.name, Site.objects.all())
        for error in report.errors:
            self.stderr.write(f"Overgeslagen: {error}")
        if show:
            self.stdout.write(f"DUO-import: {report}.")

"""Bring each SWV's schools in from DUO open data and the SWV's plan; safe to run again at any time."""

from pathlib import Path

from django.core.management.base import BaseCommand
from tqdm import tqdm

from portal.schools.duo import DUO_DIR
from portal.schools.importer import import_schools
from search import index


class Command(BaseCommand):
    help = "Leest de DUO-bestanden en maakt of werkt de scholen van elk samenwerkingsverband bij."

    def add_arguments(self, parser):
        parser.add_argument("--dir", type=Path, default=DUO_DIR, help="map met de DUO-bestanden 02 en 06")

    def handle(self, *args, **options):
        show = options["verbosity"] > 0
        with tqdm(desc="Scholen", unit="school", disable=not show, file=self.stderr) as bar:
            report = import_schools(options["dir"], progress=lambda: bar.update(1))
        index.schools.rebuild()  # the school search shows the new names and places at once
        for error in report.errors:
            self.stderr.write(f"Overgeslagen: {error}")
        if show:
            self.stdout.write(f"DUO-import: {report}.")

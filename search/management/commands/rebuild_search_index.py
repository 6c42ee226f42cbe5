"""Rebuild the site search index from the database, aside, then swap it in."""

from django.core.management.base import BaseCommand
from tqdm import tqdm
from wagtail.models import Site

from search import index


class Command(BaseCommand):
    help = "Bouwt de zoekindex opnieuw op uit de database (naast de oude, daarna omgewisseld)."

    def handle(self, *args, **options):
        show = options["verbosity"] > 0
        with tqdm(total=Site.objects.count(), desc="Zoekindex", unit="site", disable=not show,
                  file=self.stderr) as bar:
            count = index.rebuild(progress=lambda site: bar.update(1))
        if show:
            self.stdout.write(f"Zoekindex opnieuw opgebouwd: {count} documenten.")

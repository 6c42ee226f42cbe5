"""Rebuild the site search index from the database, aside, then swap it in."""

from django.core.management.base import BaseCommand
from tqdm import tqdm
from wagtail.models import Site

from search import index, sync


class Command(BaseCommand):
    help = "Bouwt de zoekindex opnieuw op uit de database (naast de oude, daarna omgewisseld)."

    def handle(self, *args, **options):
        show = options["verbosity"] > 0
        sites = list(Site.objects.all())
        for store in index.STORES:
            with tqdm(total=len(sites), desc=f"Zoekindex {store.name}", unit="site", disable=not show,
                      file=self.stderr) as bar:
                count = sync.rebuild_and_record(store, progress=lambda site: bar.update(1), sites=sites)
            if show:
                self.stdout.write(f"Zoekindex {store.name} opnieuw opgebouwd: {count} documenten.")

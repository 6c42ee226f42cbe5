"""Store the insights figures of every settled day (daily.SETTLE_DAYS old) per SWV; safe to run daily (cron)."""

from django.core.management.base import BaseCommand

from portal.insights.daily import store_settled_days


class Command(BaseCommand):
    help = "Bewaart de dagcijfers van Inzichten per SWV (tellingen, zonder tekst), zodat ze het wissen van chats overleven."

    def handle(self, *args, **options):
        stored = store_settled_days()
        if options["verbosity"]:
            days = ", ".join(f"{slug}: {count}" for slug, count in stored.items())
            self.stdout.write(f"Inzichten: dagen bewaard per SWV ({days}).")

"""Delete chats and call-back requests past their SWV's retention period; safe to run daily (cron)."""

from django.core.management.base import BaseCommand

from portal.chat.retention import purge


class Command(BaseCommand):
    help = "Verwijdert gesprekken en terugbelverzoeken die ouder zijn dan de bewaartermijn van hun SWV."

    def handle(self, *args, **options):
        report = purge()
        if options["verbosity"]:
            self.stdout.write(f"Bewaartermijn: {report}.")

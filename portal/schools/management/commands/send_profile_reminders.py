"""Daily job: remind schools whose support profile is not ready, 28, 7 and 1 day(s) before the deadline.
Safe to run more than once a day: a reminder that went out is never sent again."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from portal.schools.reminders import send_reminders


class Command(BaseCommand):
    help = "Stuurt scholen een herinnering als hun ondersteuningsprofiel nog niet klaar is."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="doe alsof het deze datum is (JJJJ-MM-DD), om te testen")

    def handle(self, *args, **options):
        today = None
        if options["today"]:
            try:
                today = datetime.date.fromisoformat(options["today"])
            except ValueError:
                raise CommandError("Gebruik voor --today een datum als 2026-09-18.")
        report = send_reminders(today)
        self.stdout.write(str(report))
        if options["verbosity"] > 1:
            for name in report.no_recipients:
                self.stdout.write(f"Geen ontvanger (niemand met e-mailadres in de groep): {name}")

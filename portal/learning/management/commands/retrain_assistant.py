"""manage.py retrain_assistant: train a new model of the assistant, measure it against the running one and put it
live only if it is not worse (portal/learning/retraining.py)."""

from django.core.management.base import BaseCommand, CommandError

from portal.learning import gate, retraining
from portal.learning.models import TrainingRun


class Command(BaseCommand):
    help = ("Traint een nieuw model van de chatassistent uit de antwoordenbank en de gelabelde voorbeelden, meet het "
            "naast het huidige en neemt het alleen in gebruik als het niet slechter is.")

    def add_arguments(self, parser):
        parser.add_argument("--run", type=int, help="voer deze al aangemaakte trainingsronde uit (de knop in de admin)")

    def handle(self, *args, run=None, **options):
        if run is None:
            try:
                training_run = retraining.start_run()
            except retraining.AlreadyRunning:
                raise CommandError("Er loopt al een training; wacht tot die klaar is.")
        else:
            training_run = TrainingRun.objects.filter(pk=run, decision=TrainingRun.Decision.RUNNING).first()
            if training_run is None:
                raise CommandError(f"Er is geen lopende trainingsronde {run}.")
        training_run = retraining.carry_out(training_run)
        self.report(training_run)
        if training_run.decision == TrainingRun.Decision.FAILED:
            raise CommandError(training_run.reason)

    def report(self, run):
        seconds = (run.finished - run.started).total_seconds()
        self.stdout.write(f"Training {run.pk}: {seconds:.0f} s, gelabelde voorbeelden gebruikt: {run.examples_used or 0}.")
        if run.old_figures and run.new_figures:
            self.stdout.write(f"{'maat':<30} {run.old_model:>34} {run.new_model:>34}")
            for measure, name in gate.MEASURES.items():
                old, new = gate.percent(run.old_figures, measure), gate.percent(run.new_figures, measure)
                self.stdout.write(f"{name:<30} {old if old is not None else '-':>32} % "
                                  f"{new if new is not None else '-':>32} %")
        self.stdout.write(f"{run.get_decision_display()}: {run.reason}")

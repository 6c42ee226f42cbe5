"""Retraining the assistant, one run at a time: train a model on the answers library's phrasings and the labelled
examples (training.py), measure it and the running model on the same question sets (gate.py), put it live on every
Rasa server if it is not worse (live_model.py), and log each run with its figures (TrainingRun).

Started by `manage.py retrain_assistant` or by the button on the admin page (training_admin.py), which runs that
command as a process of its own: a run takes a minute or more, longer than a web request may, and a separate process
needs no task worker beside the portal."""

import datetime
import logging
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import gate, live_model, training
from .models import TrainingRun

logger = logging.getLogger(__name__)

# A run that is still "bezig" after this long, or whose process on this machine is gone, was interrupted.
STALE_AFTER = datetime.timedelta(hours=3)
FAILURES = (training.TrainingFailed, gate.MeasuringFailed, live_model.SwapFailed)


class AlreadyRunning(Exception):
    pass


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def close_interrupted_runs() -> None:
    """Mark runs whose process died (or that are far too old) as failed, so that a new run can start."""
    for run in TrainingRun.objects.filter(decision=TrainingRun.Decision.RUNNING):
        gone = run.host == socket.gethostname() and run.pid and not _process_alive(run.pid)
        if gone or run.started < timezone.now() - STALE_AFTER:
            finish(run, TrainingRun.Decision.FAILED, "De training is onderbroken (het proces bestaat niet meer).")


def start_run(user=None) -> TrainingRun:
    """A new run, "bezig"; AlreadyRunning while another one is."""
    close_interrupted_runs()
    try:
        with transaction.atomic():
            return TrainingRun.objects.create(started_by=user, host=socket.gethostname(), pid=os.getpid())
    except IntegrityError:
        raise AlreadyRunning()


def start_in_background(user) -> TrainingRun:
    """A new run, carried out by `manage.py retrain_assistant --run <id>` in a process of its own (its output in
    $PORTAL_VAR_DIR/training/); a process that cannot be started ends the run as failed."""
    run = start_run(user)
    log_dir = Path(settings.VAR_DIR) / "training"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        with open(log_dir / f"run-{run.pk}.log", "ab") as log:
            process = subprocess.Popen(
                [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "retrain_assistant", "--run",
                 str(run.pk)], cwd=settings.BASE_DIR, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)
    except OSError as error:
        logger.error("Training run %s could not be started: %s", run.pk, error)
        finish(run, TrainingRun.Decision.FAILED, "De training kon op deze server niet worden gestart; de details "
                                                 "staan in het log van de portal.")
        return run
    run.pid = process.pid
    TrainingRun.objects.filter(pk=run.pk, decision=TrainingRun.Decision.RUNNING).update(pid=process.pid)
    return run


def finish(run: TrainingRun, decision: str, reason: str) -> None:
    run.decision, run.reason, run.finished = decision, reason, timezone.now()
    run.save()


def carry_out(run: TrainingRun) -> TrainingRun:
    """Train, measure, decide and swap; every outcome ends in the run's decision and reason, never in an exception."""
    run.host, run.pid = socket.gethostname(), os.getpid()
    run.save(update_fields=["host", "pid"])
    model = None
    try:
        old_model = live_model.running_model()
        run.old_model = old_model.name
        models_dir = Path(settings.ASSISTANT_MODELS_DIR)
        models_dir.mkdir(parents=True, exist_ok=True)
        name = f"steunpunt-{timezone.now():%Y%m%d-%H%M%S}-{run.pk}"
        # Trained and measured aside; only a model that goes live enters the directory, so that the newest model
        # there is always the live one (a Rasa server that restarts loads it: deploy/, make run).
        with tempfile.TemporaryDirectory(prefix="training-", dir=models_dir) as work:
            run.examples_used = training.write_training_data(Path(work))
            run.save(update_fields=["old_model", "examples_used"])
            trained = training.train(Path(work) / "data", Path(work) / "out", name)
            run.new_model = trained.name
            run.old_figures = gate.measure(old_model)
            run.new_figures = gate.measure(trained)
            run.save(update_fields=["new_model", "old_figures", "new_figures"])
            decision = gate.decide(run.old_figures, run.new_figures)
            if not decision.live:
                finish(run, TrainingRun.Decision.REFUSED, decision.reason)
                return run
            model = models_dir / trained.name
            os.replace(trained, model)  # the same file system: the whole file appears at once
        live_model.put_live(model, previous=old_model)
        finish(run, TrainingRun.Decision.LIVE, decision.reason)
    except FAILURES as error:
        _discard(model)
        finish(run, TrainingRun.Decision.FAILED, str(error))
    except Exception:
        logger.exception("Training run %s failed", run.pk)
        _discard(model)
        finish(run, TrainingRun.Decision.FAILED, "Er ging iets onverwachts mis; de details staan in het log van de "
                                                 "portal. Het huidige model blijft in gebruik.")
    return run


def _discard(model: Path | None) -> None:
    if model is not None:
        model.unlink(missing_ok=True)

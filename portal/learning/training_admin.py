"""The admin page "Assistent trainen" (administrators only): every retraining run with the figures of the running and
the new model and what became of it, and a button that starts a run in the background (retraining.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from . import gate, retraining
from .models import TrainingRun

SHOWN_RUNS = 50


def may_train(user) -> bool:
    return user.is_active and user.is_superuser


def _row(run: TrainingRun) -> dict:
    figures = [(name, gate.percent(run.old_figures or {}, measure), gate.percent(run.new_figures or {}, measure))
               for measure, name in gate.MEASURES.items()]
    duration = (run.finished - run.started).total_seconds() if run.finished else None
    return {"run": run, "figures": figures, "minutes": int(duration // 60) if duration is not None else None,
            "seconds": int(duration % 60) if duration is not None else None}


def training_runs(request):
    if not may_train(request.user):
        raise PermissionDenied
    if request.method == "POST":
        try:
            run = retraining.start_in_background(request.user)
        except retraining.AlreadyRunning:
            messages.error(request, "Er loopt al een training. Wacht tot die klaar is; daarna kunt u een nieuwe "
                                    "starten.")
            return redirect(reverse("learning_training"))
        if run.decision == TrainingRun.Decision.FAILED:
            messages.error(request, run.reason)
        else:
            messages.success(request, "De training is gestart. Dat duurt een paar minuten; vernieuw deze pagina "
                                      "om te zien hoe het afloopt.")
        return redirect(reverse("learning_training"))
    retraining.close_interrupted_runs()
    runs = list(TrainingRun.objects.select_related("started_by")[:SHOWN_RUNS])
    return TemplateResponse(request, "learning/training.html", {
        "rows": [_row(run) for run in runs], "measures": gate.MEASURES.values(), "max_drop": gate.MAX_DROP,
        "running": next((run for run in runs if run.decision == TrainingRun.Decision.RUNNING), None),
    })

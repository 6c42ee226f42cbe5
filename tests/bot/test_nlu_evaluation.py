"""The intent classifier on its own data, 5-fold cross-validated with the assistant's own config (nlu_cv.py)."""

import json
from pathlib import Path

import pytest

from .conftest import BOT_PYTHON, run_bot

# Issue #5: the weighted F1 on data the classifier did not train on must stay at or above 0.90. Five folds: one
# 80/20 split moved by ±0.005 with every example added anywhere. With this data: 0.907 (folds 0.902-0.911).
MIN_WEIGHTED_F1 = 0.90
CV_SCRIPT = Path(__file__).resolve().parent / "nlu_cv.py"


@pytest.mark.bot
def test_cross_validated_weighted_f1_is_at_least_0_90(bot_venv):
    figures = json.loads(run_bot([BOT_PYTHON, CV_SCRIPT]).stdout.strip().splitlines()[-1])
    print(f"\nNLU 5-fold cross-validation: {figures['examples']} examples, weighted F1 per fold {figures['folds']}, "
          f"mean {figures['mean_weighted_f1']:.3f}")
    weakest = sorted(figures["per_intent_f1"].items(), key=lambda item: item[1])[:8]
    print("weakest intents: " + ", ".join(f"{intent} {f1:.3f}" for intent, f1 in weakest))
    assert figures["mean_weighted_f1"] >= MIN_WEIGHTED_F1

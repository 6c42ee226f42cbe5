"""NLU on a held-out 20 % of our own data (fixed seed), trained on the rest with the assistant's own config."""

import json
from pathlib import Path

import pytest

from .conftest import BOT_PYTHON, RASA, run_bot

# Issue #5: the held-out weighted F1 must stay at or above 0.90. With this seed the data reaches 0.908 (over five
# other random splits 0.90 on average), so a change to the examples that makes them less consistent fails here.
MIN_WEIGHTED_F1 = 0.90
SEED = 42
EVAL_SCRIPT = Path(__file__).resolve().parent / "nlu_eval.py"


def fallback_thresholds():
    import yaml

    from .conftest import BOT_DIR

    config = yaml.safe_load((BOT_DIR / "config.yml").read_text())
    fallback = next(c for c in config["pipeline"] if c["name"] == "FallbackClassifier")
    return fallback["threshold"], fallback["ambiguity_threshold"]


@pytest.mark.bot
def test_held_out_weighted_f1_is_at_least_0_90(bot_venv, tmp_path):
    split = tmp_path / "split"
    run_bot([RASA, "data", "split", "nlu", "-u", "data/nlu", "--training-fraction", "0.8", "--random-seed", str(SEED),
             "--out", split])
    run_bot([RASA, "train", "nlu", "--nlu", split / "training_data.yml", "--out", tmp_path, "--fixed-model-name",
             "heldout"])
    threshold, ambiguity = fallback_thresholds()
    figures_file = tmp_path / "figures.json"
    run_bot([BOT_PYTHON, EVAL_SCRIPT, tmp_path / "heldout.tar.gz", split / "test_data.yml", str(threshold),
             str(ambiguity), figures_file])
    figures = json.loads(figures_file.read_text())
    raw, with_fallback = figures["raw"], figures["with_fallback"]
    print(f"\nHeld-out NLU evaluation: {figures['examples']} messages, seed {SEED}")
    print(f"{'intent':<22} {'F1':>6} {'prec':>6} {'rec':>6} {'n':>3}   F1 with fallback")
    for intent, row in raw["per_intent"].items():
        print(f"{intent:<22} {row['f1']:>6.3f} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['support']:>3}"
              f"   {with_fallback['per_intent'][intent]['f1']:.3f}")
    print(f"weighted F1 {raw['weighted_f1']:.3f} (accuracy {raw['accuracy']:.3f}); with the fallback at "
          f"{threshold}/{ambiguity}: weighted F1 {with_fallback['weighted_f1']:.3f}")
    assert raw["weighted_f1"] >= MIN_WEIGHTED_F1

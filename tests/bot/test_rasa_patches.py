"""components/__init__.py patches Rasa (model_loading.py, rasa_speedup.py) only where a model is loaded and run: in the
Rasa server, which has imported rasa.core.agent before any component, both patches apply; a process that only uses a
component (the signals' tests, the cross-validation) is spared importing the agent and skops (which imports every
estimator of scikit-learn): the classifier imported in 6 s instead of 16-20."""

import json

import pytest

from .conftest import run_bot

pytestmark = pytest.mark.bot


def test_in_the_servers_import_order_both_patches_apply(bot_venv):
    script = """
import json
import rasa.core.run  # as `rasa run` does before it loads a model
import components, components.tfidf_svm
from rasa.core.agent import load_agent
from rasa.engine.runner.dask import DaskGraphRunner
print(json.dumps([load_agent.__module__, DaskGraphRunner.run.__module__]))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["components.model_loading",
                                                                  "components.rasa_speedup"]


def test_the_signals_and_the_classifier_alone_import_neither_the_agent_nor_skops(bot_venv):
    script = """
import json, sys
from components.signals import IntentSignals
from components.tfidf_svm import TfidfSvmIntentClassifier
print(json.dumps(sorted(m for m in ("rasa.core.agent", "skops.io") if m in sys.modules)))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []

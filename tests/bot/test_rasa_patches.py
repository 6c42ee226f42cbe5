"""components/__init__.py patches Rasa (model_loading.py, rasa_speedup.py) only where a model is loaded and run: in the
Rasa server, which has imported rasa.core.agent before any component, both patches apply; a process that only uses a
component (the signals' tests, the cross-validation) is spared importing the agent and skops (which imports every
estimator of scikit-learn): the classifier imported in 6 s instead of 16-20."""

import json

import pytest

from .conftest import run_bot

pytestmark = pytest.mark.bot


def test_the_signals_and_the_classifier_alone_import_neither_the_agent_nor_skops(bot_venv):
    script = """
import json, sys
from components.signals import IntentSignals
from components.tfidf_svm import TfidfSvmIntentClassifier
print(json.dumps(sorted(m for m in ("rasa.core.agent", "skops.io") if m in sys.modules)))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []



def test_a_model_loaded_as_the_server_does_applies_both_patches_and_is_left_out_of_full_collections(bot_venv,
                                                                                                    bot_model):
    """The Rasa server imports rasa.core.agent, then loads its first model (which imports the components) in its event
    loop. A second later the objects of the model and of Rasa are frozen (model_loading.py): a full garbage collection
    walked all of them, 230-300 ms without an answer."""
    script = f"""
import asyncio, gc, json
import rasa.core.run
from rasa.core.agent import load_agent

async def main():
    await load_agent(model_path={str(bot_model)!r})
    loaded = gc.get_freeze_count()
    await asyncio.sleep(1.5)
    import rasa.core.agent
    from rasa.engine.runner.dask import DaskGraphRunner
    return [rasa.core.agent.load_agent.__module__, DaskGraphRunner.run.__module__, loaded, gc.get_freeze_count()]

print(json.dumps(asyncio.run(main())))
"""
    *patches, loaded, settled = json.loads(run_bot([bot_venv, "-c", script]).stdout.strip().splitlines()[-1])
    assert patches == ["components.model_loading", "components.rasa_speedup"]
    assert loaded == 0 and settled > 100_000

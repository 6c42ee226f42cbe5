"""The test stories (steunpunt_bot/tests/test_stories.yml) through the trained model: NLU and dialogue together."""

import pytest

from .conftest import RASA, run_bot


@pytest.mark.bot
def test_rasa_test_stories_pass(bot_model, tmp_path):
    run_bot([RASA, "test", "core", "--stories", "tests/test_stories.yml", "--model", bot_model, "--out",
             tmp_path / "core", "--fail-on-prediction-errors"])

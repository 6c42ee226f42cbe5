"""The tracker store the Rasa servers share (steunpunt_bot/stores.py) writes the same rows as Rasa's own SQL tracker
store and gives back the same conversation, also when two servers take turns and a turn is saved twice."""

import json
from pathlib import Path

import pytest

from .conftest import BOT_PYTHON, run_bot

pytestmark = pytest.mark.bot
ROWS = Path(__file__).with_name("tracker_store_rows.py")


def test_the_shared_tracker_store_writes_and_reads_what_rasas_own_does(bot_venv, tmp_path):
    result = json.loads(run_bot([BOT_PYTHON, ROWS, str(tmp_path)], timeout=300).stdout.splitlines()[-1])
    assert result["ours"] == result["rasa"]
    assert len(result["ours"]["rows"]) == 3 + 5 * 4 + 1
    assert [row[1] for row in result["ours"]["rows"]].count("user") == 5

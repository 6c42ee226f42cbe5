"""The assistant's tests run its own Python 3.10 environment (steunpunt_bot/.venv, built by the Makefile) through
subprocesses; a missing environment is a failure with the way to build it, never a skip."""

import os
import subprocess
from pathlib import Path

import pytest

from tests.servers import free_port, portal_server  # noqa: F401  (free_port is used by the tests too)

ROOT = Path(__file__).resolve().parent.parent.parent
BOT_DIR = ROOT / "steunpunt_bot"
BOT_PYTHON = BOT_DIR / ".venv" / "bin" / "python"
RASA = BOT_DIR / ".venv" / "bin" / "rasa"
MODEL = BOT_DIR / "models" / "steunpunt.tar.gz"


def pytest_configure(config):
    config.addinivalue_line("markers", "bot: runs the assistant's Rasa tools in its own environment (slow)")


def bot_env(**extra):
    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "ACTIONS_URL": "http://127.0.0.1:5055/webhook",
            "PYTHONPATH": str(BOT_DIR), **extra}


def run_bot(args, *, timeout=900, **env):
    """Run a command of the bot's environment in the bot project; fail with its output if it fails."""
    result = subprocess.run(args, cwd=BOT_DIR, env=bot_env(**env), capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args))} failed ({result.returncode}):\n{result.stdout[-4000:]}\n"
                    f"{result.stderr[-4000:]}")
    return result


@pytest.fixture(scope="session")
def bot_venv():
    if not RASA.exists():
        pytest.fail(f"The bot's environment is missing ({RASA}): build it with `make bot-venv` (bot.mk).")
    return BOT_PYTHON


@pytest.fixture(scope="session")
def portal_url(tmp_path_factory, prepared_portal):
    """A real portal process (its own database and index, demo content loaded), at http://127.0.0.1:<port>."""
    server = portal_server(tmp_path_factory.mktemp("bot-portal-var"), prepared=prepared_portal).start()
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def bot_model(bot_venv):
    """The trained model, retrained first only if its training data changed (bot.mk knows what it is trained from; in
    `make test` it is current already, and make sees that at once where `rasa train` takes most of a minute)."""
    run_bot(["make", "-C", ROOT, "--no-print-directory", "bot-train"])
    return MODEL

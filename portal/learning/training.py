"""Training a new model of the assistant: the answers library's phrasings (as `manage.py export_bot_nlu` writes them)
plus the examples staff labelled in the review list.

Everything is written to a training directory of its own (a temporary copy of steunpunt_bot/data), never into the
committed data: the committed topics.yml stays exactly the export that a test compares it with, labelled parent
messages (de-identified, but parents' words all the same) never end up in git, and a `make bot-train` at the same
time trains the committed data undisturbed."""

import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

import yaml
from django.conf import settings

from portal.answers.management.commands.export_bot_nlu import render_nlu, topic_examples
from portal.chat.safety_net import signals

from .models import LabelledExample

logger = logging.getLogger(__name__)

BOT_DIR = Path(settings.BASE_DIR) / "steunpunt_bot"
BOT_PYTHON = BOT_DIR / ".venv" / "bin" / "python"
RASA = BOT_DIR / ".venv" / "bin" / "rasa"
START_MODEL = BOT_DIR / "models" / "steunpunt.tar.gz"  # the committed build's model, what Rasa starts with
TRAINING_TIMEOUT_SECONDS = 30 * 60
# deidentify.py's placeholders ([NAAM], [SCHOOL], ...): a parent never types them, so they teach nothing, and Rasa's
# NLU format would read "[x](y)" as an entity.
PLACEHOLDER = re.compile(r"\[[A-Z]+\]")
LABELLED_HEADER = """\
# Generated for one training run by portal/learning/training.py from the examples staff labelled in the review
# list (de-identified). Not committed.
"""


class TrainingFailed(Exception):
    """A training run that could not produce a model; the message is Dutch, for the admin page."""


def intent_of(example: LabelledExample) -> str | None:
    """The intent a labelled example teaches: its topic's, out_of_scope, or the handover intent that the assistant's
    own signals would give a message that needs a person; None for "new topic" (there is no intent yet)."""
    Label = LabelledExample.Label
    if example.label == Label.TOPIC:
        return example.topic.key
    if example.label == Label.OUT_OF_SCOPE:
        return "out_of_scope"
    if example.label == Label.NEEDS_PERSON:
        if signals.is_crisis(example.text):
            return "crisis"
        return "request_human" if signals.asks_for_person(example.text) else "personal_case"
    return None


def training_text(text: str) -> str:
    return " ".join(PLACEHOLDER.sub(" ", text).replace("[", " ").replace("]", " ").split())


def domain_intents() -> set[str]:
    return set(yaml.safe_load((BOT_DIR / "domain.yml").read_text(encoding="utf-8"))["intents"])


def labelled_examples() -> dict[str, list[str]]:
    """Every intent with the labelled texts that teach it; topics the assistant has no intent for are left out. A
    text labelled more than once (by two SWVs, say) teaches what its newest label says."""
    known, seen = domain_intents(), {}
    for example in LabelledExample.objects.select_related("topic").order_by("-created", "-pk"):
        intent, text = intent_of(example), training_text(example.text)
        if intent in known and text:
            seen.setdefault(text.lower(), (intent, text))
    found: dict[str, set[str]] = {}
    for intent, text in seen.values():
        found.setdefault(intent, set()).add(text)
    return {intent: sorted(texts) for intent, texts in sorted(found.items())}


def write_training_data(directory: Path) -> int:
    """The bot's training data in `directory` (its data/ tree, with a fresh export of the topic examples and the
    labelled examples beside it); returns how many labelled examples it holds. A staff label wins: a text that the
    answers library lists under another topic is taught only under the label's intent."""
    data = Path(directory) / "data"
    shutil.copytree(BOT_DIR / "data", data)
    labelled = labelled_examples()
    labelled_texts = {text.lower(): intent for intent, texts in labelled.items() for text in texts}
    topics = {key: [t for t in texts if labelled_texts.get(t.lower(), key) == key]
              for key, texts in topic_examples().items()}
    (data / "nlu" / "topics.yml").write_text(render_nlu(topics), encoding="utf-8")
    if labelled:
        (data / "nlu" / "labelled.yml").write_text(render_nlu(labelled, LABELLED_HEADER), encoding="utf-8")
    return sum(len(texts) for texts in labelled.values())


def train(data: Path, out_dir: Path, name: str) -> Path:
    """Train a model on `data` with the bot's config and domain; returns out_dir/<name>.tar.gz."""
    if not RASA.exists():
        raise TrainingFailed("De omgeving van de assistent ontbreekt op deze server (steunpunt_bot/.venv): "
                             "trainen kan alleen op een server waar de assistent gebouwd is (make bot-venv).")
    out_dir = Path(out_dir)
    command = [str(RASA), "train", "--config", "config.yml", "--domain", "domain.yml", "--data", str(data),
               "--out", str(out_dir), "--fixed-model-name", name]
    env = {**bot_environment(), "ACTIONS_URL": "http://127.0.0.1:5055/webhook"}
    try:
        result = subprocess.run(command, cwd=BOT_DIR, env=env, capture_output=True, text=True,
                                timeout=TRAINING_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise TrainingFailed(f"Het trainen duurde langer dan {TRAINING_TIMEOUT_SECONDS // 60} minuten en is gestopt.")
    model = out_dir / f"{name}.tar.gz"
    if result.returncode != 0 or not model.exists():
        logger.error("rasa train failed (%s):\n%s\n%s", result.returncode, result.stdout[-4000:], result.stderr[-4000:])
        raise TrainingFailed(f"Het trainen is mislukt (rasa train stopte met code {result.returncode}); "
                             "de foutmelding staat in het log van de portal.")
    return model


def bot_environment() -> dict:
    """The environment for the bot's own Python: no telemetry, and the portal's Python settings left out."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "DJANGO_SETTINGS_MODULE"}}
    return {**env, "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(BOT_DIR)}

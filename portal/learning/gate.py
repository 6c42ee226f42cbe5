"""The gate a newly trained model passes before it goes live: it is measured on the same question sets as the running
model, and goes live only if no measure is more than MAX_DROP percentage points worse.

The sets are bench/questions/*final*.yml (Dutch final*.yml, English en_final*.yml): written apart from the training
data and only ever measured (nobody tunes the data to their misses), measured by bench/assistant_questions.py in the
bot's own Python, as `make bench-assistant` does. Its figures over all sets together are compared."""

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from .training import BOT_DIR, BOT_PYTHON, bot_environment

QUESTION_DIR = Path(settings.BASE_DIR) / "bench" / "questions"
SCRIPT = Path(settings.BASE_DIR) / "bench" / "assistant_questions.py"
# The measures the script computes where higher is better, with their Dutch names for the admin page.
MEASURES = {
    "right_topic": "juiste onderwerp",
    "right_topic_or_button": "juiste onderwerp of knop",
    "one_click": "met één klik bij het antwoord",
    "answer_shown": "juiste antwoord getoond",
    "handed_off": "doorverbonden wanneer nodig",
    "off_topic_kept_out": "buiten bereik herkend",
}
MAX_DROP = 1.0  # percentage points
MEASURE_TIMEOUT_SECONDS = 10 * 60


class MeasuringFailed(Exception):
    """The question sets could not be measured; the message is Dutch, for the admin page."""


@dataclass(frozen=True)
class Decision:
    live: bool
    reason: str  # Dutch, for the admin page


def question_sets() -> list[Path]:
    """Every final set, or the ones settings.ASSISTANT_GATE_SETS names."""
    if settings.ASSISTANT_GATE_SETS:
        return [QUESTION_DIR / name for name in settings.ASSISTANT_GATE_SETS]
    return sorted(QUESTION_DIR.glob("*final*.yml"))


def measure(model: Path) -> dict:
    """The model's figures over all question sets together: {measure: {"percent", "hits", "n"}}."""
    command = [str(BOT_PYTHON), str(SCRIPT), "--json", str(model), *map(str, question_sets())]
    try:
        result = subprocess.run(command, cwd=BOT_DIR, env=bot_environment(), capture_output=True, text=True,
                                timeout=MEASURE_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise MeasuringFailed(f"Het meten van {Path(model).name} duurde te lang en is gestopt.")
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise MeasuringFailed(f"Het meten van {Path(model).name} is mislukt (code {result.returncode}): "
                              f"{(result.stderr.strip().splitlines() or ['geen uitvoer'])[-1][:300]}")
    return json.loads(lines[-1])["all"]


def percent(figures: dict, measure: str) -> float | None:
    return figures.get(measure, {}).get("percent")


def decide(old: dict, new: dict) -> Decision:
    """Live only if no measure of the running model (`old`) is more than MAX_DROP points better in `new`."""
    worse = []
    for measure, name in MEASURES.items():
        before, after = percent(old, measure), percent(new, measure)
        if before is None:
            continue
        if after is None or after < before - MAX_DROP:
            after_text = "niet gemeten" if after is None else f"{after:.1f} %"
            worse.append(f"{name} {before:.1f} % → {after_text}")
    if worse:
        return Decision(False, f"Het nieuwe model is slechter dan het huidige (meer dan {MAX_DROP:.0f} procentpunt "
                               f"lager): {'; '.join(worse)}. Het huidige model blijft in gebruik.")
    return Decision(True, f"Het nieuwe model is op geen enkele maat meer dan {MAX_DROP:.0f} procentpunt slechter "
                          "dan het huidige en is in gebruik genomen.")

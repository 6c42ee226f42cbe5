"""Reading the content files: one place, for the content loader and the schools loader alike."""

from pathlib import Path

import yaml


def read_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))

"""The demo content files are complete, valid and in our own words."""

import sys
from pathlib import Path

import pytest
import yaml

CONTENT = Path(__file__).resolve().parent.parent / "content"
sys.path.insert(0, str(CONTENT))
import check  # noqa: E402

SITES = ["duinenbollenstreek", "zuidoostutrecht", "zuidkennemerland", "noordmiddendrenthe"]


@pytest.fixture(autouse=True, scope="module")
def shared_folder_is_beside_the_project():
    assert check.SEEDS.is_dir(), f"the seeds must be at {check.SEEDS} (../shared beside the project)"


def test_content_files_pass_the_checks_including_no_copied_seed_text():
    assert check.problems_in(list(check.content_files())) == {}


def test_every_topic_key_of_the_contract_has_a_national_answer():
    contract = (CONTENT.parent.parent / "shared" / "domain" / "topics.md").read_text(encoding="utf-8")
    keys = [line.split("`")[1] for line in contract.splitlines() if line.startswith("| `")]
    assert len(keys) == 33
    assert sorted(keys) == sorted(check.topic_keys())
    assert sorted(p.stem for p in (CONTENT / "answers" / "national").glob("*.yaml")) == sorted(keys)


@pytest.mark.parametrize("slug", SITES)
def test_every_swv_has_its_settings_and_six_procedures(slug):
    data = yaml.safe_load((CONTENT / "swv" / f"{slug}.yaml").read_text(encoding="utf-8"))
    assert data["hostname"] == f"{slug}.localhost"
    assert sorted(p.stem for p in (CONTENT / "procedures" / slug).glob("*.yaml")) == sorted(check.PROCEDURE_SLUGS)


def test_copied_seed_text_is_detected():
    seed = next((CONTENT.parent.parent / "shared" / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    sentence = " ".join(check.words(seed)[500:520])
    assert check.copied_runs(sentence, check.seed_runs())


def test_a_glossary_term_or_slug_used_twice_is_a_problem():
    """Over all glossary files, as the database's unique columns have it (else load_content fails halfway)."""
    seen = set()
    entry = {"term": "Internationale Schakelklas", "slug": "isk", "definition": "Een klas."}
    assert check.check_glossary([entry], set(), seen) == []
    problems = check.check_glossary([{**entry, "slug": "isk-assen"}, {**entry, "term": "ISK"}], set(), seen)
    assert problems == ["duplicate glossary term Internationale Schakelklas", "duplicate glossary slug isk"]

"""The answers library: national answers, per-site overrides, and the bot API (contract)."""

import re
from pathlib import Path

import pytest
import yaml

from portal.answers.models import AnswerPage, Topic
from portal.answers.selectors import effective_answer, effective_answers

from .conftest import SITES

CONTENT = Path(__file__).resolve().parent.parent / "content"
KEYS = [t["key"] for t in yaml.safe_load((CONTENT / "topics.yaml").read_text(encoding="utf-8"))]


def overrides_of(slug):
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (CONTENT / "answers" / slug).glob("*.yaml")}


@pytest.mark.parametrize("slug", SITES)
def test_every_site_gives_an_answer_for_every_topic(site_for, slug):
    assert sorted(effective_answers(site=site_for(slug))) == sorted(KEYS)


@pytest.mark.parametrize("slug", SITES)
@pytest.mark.parametrize("key", KEYS)
def test_answers_api_gives_the_sites_effective_answer(host_client, db, slug, key):
    response = host_client(slug).get(f"/api/answers/{key}/")
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"key", "lang", "question", "short", "body_html", "url", "last_reviewed"}
    assert data["lang"] == "nl"
    assert data["key"] == key
    override = overrides_of(slug).get(key)
    expected = override or yaml.safe_load((CONTENT / "answers" / "national" / f"{key}.yaml").read_text("utf-8"))
    assert data["question"] == expected["question"]
    assert data["url"] == f"/vragen/{key.replace('_', '-')}/"
    assert "<script" not in data["body_html"] and data["body_html"].strip()
    page = host_client(slug).get(data["url"])
    assert page.status_code == 200
    assert expected["question"].encode() in page.content


def test_override_shows_on_its_own_site_only(site_for):
    key = next(iter(overrides_of("zuidkennemerland")))
    own = effective_answer(site=site_for("zuidkennemerland"), key=key)
    other = effective_answer(site=site_for("zuidoostutrecht"), key="hoogbegaafdheid")
    assert not own.is_national
    assert other.is_national


def test_unknown_topic_key_is_a_404_with_a_dutch_error(host_client, db):
    response = host_client("zuidoostutrecht").get("/api/answers/bestaat_niet/")
    assert response.status_code == 404
    assert "antwoord" in response.json()["error"]


def test_answers_api_accepts_only_get(host_client, db):
    assert host_client("zuidoostutrecht").post("/api/answers/tlv/").status_code == 405


def test_unpublished_override_falls_back_to_the_national_answer(site_for):
    site = site_for("zuidkennemerland")
    key = next(iter(overrides_of("zuidkennemerland")))
    effective_answer(site=site, key=key).unpublish()
    assert effective_answer(site=site, key=key).is_national


def test_short_answer_over_the_limit_is_refused(db):
    answer = AnswerPage.objects.filter(topic__key="tlv").first()
    answer.short_answer = "woord " * 80
    with pytest.raises(Exception) as excinfo:
        answer.full_clean()
    assert "60 woorden" in str(excinfo.value)


def test_second_answer_on_one_topic_under_one_parent_is_refused(db):
    answer = AnswerPage.objects.filter(topic__key="tlv").first()
    twin = AnswerPage(title="Nog een", slug="nog-een", topic=Topic.objects.get(key="tlv"), short_answer="kort",
                      body=[], last_reviewed=answer.last_reviewed)
    answer.get_parent().add_child(instance=twin)
    with pytest.raises(Exception) as excinfo:
        twin.full_clean()
    assert "al een antwoord" in str(excinfo.value)


def test_answer_index_lists_every_answer_grouped(host_client, db):
    response = host_client("noordmiddendrenthe").get("/vragen/")
    assert response.status_code == 200
    assert len(set(re.findall(rb'href="/vragen/([a-z-]+)/"', response.content))) == len(KEYS)

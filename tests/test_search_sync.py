"""Each web node's own index follows the database (search.sync): a page published on one node is found on another
once it caught up, a node without an index builds one, and one worker per node does the work."""

import pytest

from portal.pages.models import ProcedurePage
from search import index, sync
from search.models import IndexVersion
from search.query import search

WORD = "Zeldzaamwoordvoorsynchronisatie"


@pytest.fixture
def two_nodes(tmp_path, settings, db):
    """Two index directories, each built as a starting node builds it; `use(n)` makes node n the current one."""

    def use(node):
        settings.SEARCH_INDEX_DIR = tmp_path / f"node-{node}"

    for node in (1, 2):
        use(node)
        sync.rebuild_and_record(index.pages)
    return use


def publish_edit(site):
    page = ProcedurePage.objects.descendant_of(site.root_page).get(slug="thuiszitten")
    page.intro = f"{WORD} in de inleiding."
    page.save_revision().publish()


def found(site) -> bool:
    return search(site=site, raw_query=WORD).total > 0


def test_a_page_published_on_one_node_is_found_on_the_other_once_it_caught_up(
        two_nodes, site_for, django_capture_on_commit_callbacks):
    site = site_for("zuidoostutrecht")
    two_nodes(1)
    with django_capture_on_commit_callbacks(execute=True):
        publish_edit(site)
    assert found(site)  # at once on the node that published
    two_nodes(2)
    assert not found(site)
    assert sync.catch_up(index.pages) == [site.pk]
    assert found(site)
    assert sync.catch_up(index.pages) == []  # nothing moved since


def test_a_node_without_an_index_builds_one(tmp_path, settings, site_for, db):
    settings.SEARCH_INDEX_DIR = tmp_path / "new-node"
    assert index.pages.open_index() is None
    sync.catch_up(index.pages)
    assert search(site=site_for("zuidoostutrecht"), raw_query="zorgplicht").total > 0


def test_a_node_whose_index_is_older_than_the_database_updates_what_changed(two_nodes, site_for):
    site = site_for("zuidkennemerland")
    two_nodes(2)
    publish_edit(site)  # its on_commit never ran: as if another node changed it while this one was away
    IndexVersion.objects.update_or_create(store="pages", site=site, defaults={"version": 99})
    assert sync.catch_up(index.pages) == [site.pk]
    assert found(site)


def test_one_worker_per_node_holds_the_sync_lock(tmp_path, settings):
    settings.SEARCH_INDEX_DIR = tmp_path / "node"
    first = sync._take_node_lock()
    try:
        assert first is not None and sync._take_node_lock() is None
    finally:
        first.close()
    second = sync._take_node_lock()
    assert second is not None
    second.close()


def test_the_fingerprint_of_a_nodes_indexes_moves_when_it_catches_up(two_nodes, site_for):
    """Cached search pages carry it (core.page_cache): a node that caught up never serves results from before."""
    two_nodes(2)
    before = sync.applied_state()
    IndexVersion.objects.update_or_create(store="schools", site=site_for("zuidkennemerland"), defaults={"version": 7})
    assert sync.applied_state() == before
    sync.catch_up(index.schools)
    assert sync.applied_state() != before

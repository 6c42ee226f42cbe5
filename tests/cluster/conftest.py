"""One cluster for the whole session, on free ports, in var/cluster-test/ (tests/cluster/runner.py).

The modules run in name order on the same cluster: test_search_on_every_node.py while every part is up, then
test_what_it_survives.py, which kills parts of it."""

import pytest

from tests.cluster.runner import RunningCluster
from tests.servers import ROOT

CLUSTER_DIR = ROOT / "var" / "cluster-test"


@pytest.fixture(scope="session")
def cluster():
    try:
        running = RunningCluster.start(CLUSTER_DIR)
    except RuntimeError as exc:
        pytest.fail(str(exc))
    yield running
    running.stop()

"""gunicorn.conf.py, as deployed: what a portal worker does once it has started."""

import gc
import runpy

from tests.servers import ROOT


def test_a_started_worker_keeps_its_sync_and_leaves_what_it_loaded_out_of_full_collections(monkeypatch):
    started = []
    monkeypatch.setattr("search.sync.start_syncing", lambda: started.append(True))
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    gc.unfreeze()
    try:
        conf["post_worker_init"](worker=None)
        assert started == [True] and gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()

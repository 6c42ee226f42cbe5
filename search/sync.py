"""Keeps each web node's own Whoosh index in step with the database, without a search server.

A change to a site's documents raises that site's version for the index (IndexVersion) once it is committed. Each
node keeps, beside its index, the versions the index holds (`applied-<store>.json`). A thread in one worker per node
(started from gunicorn.conf.py; the worker that holds the node's lock file) compares them with the database every
POLL_SECONDS and updates the sites that moved: a change made on another node shows here within a few seconds, a node
without an index builds one, and a node that was away updates what changed meanwhile."""

import fcntl
import hashlib
import json
import logging
import os
import threading
import time

from django.db import IntegrityError, close_old_connections, transaction
from django.db.models import F
from wagtail.models import Site

from . import index
from .models import IndexVersion

log = logging.getLogger(__name__)
POLL_SECONDS = 1.0


def record_change(store_name: str, sites) -> None:
    """These sites' (or site ids') documents in this index changed: raise their versions once the current
    transaction commits. A failure there is logged, never the editor's error: the next change or a rebuild mends it."""
    site_ids = [getattr(site, "pk", site) for site in sites]
    transaction.on_commit(lambda: _raise_versions(store_name, site_ids), robust=True)


def _raise_versions(store_name: str, site_ids: list[int]) -> None:
    for site_id in site_ids:
        if IndexVersion.objects.filter(store=store_name, site_id=site_id).update(version=F("version") + 1):
            continue
        try:
            with transaction.atomic():
                IndexVersion.objects.create(store=store_name, site_id=site_id, version=1)
        except IntegrityError:  # another node created it meanwhile
            IndexVersion.objects.filter(store=store_name, site_id=site_id).update(version=F("version") + 1)


def database_versions(store: index.IndexStore) -> dict[str, int]:
    rows = IndexVersion.objects.filter(store=store.name).values_list("site_id", "version")
    return {str(site_id): version for site_id, version in rows}


def _applied_path(store: index.IndexStore):
    return index.index_root() / f"applied-{store.name}.json"


def applied_versions(store: index.IndexStore) -> dict[str, int]:
    try:
        return json.loads(_applied_path(store).read_text())
    except (OSError, ValueError):
        return {}


def _save_applied(store: index.IndexStore, versions: dict[str, int]) -> None:
    path = _applied_path(store)
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}")
    temporary.write_text(json.dumps(versions))
    os.replace(temporary, path)


def applied_state() -> str:
    """A fingerprint of what this node's indexes hold: the same on every node that caught up with the database."""
    applied = "|".join(json.dumps(applied_versions(store), sort_keys=True) for store in index.STORES)
    return hashlib.sha256(applied.encode()).hexdigest()[:16]


def rebuild_and_record(store: index.IndexStore, **options) -> int:
    """Rebuild the whole index and remember which versions it holds. They are read before the build: a change
    committed during it is applied again afterwards, never missed."""
    versions = database_versions(store)
    count = store.rebuild(**options)
    _save_applied(store, versions)
    return count


def catch_up(store: index.IndexStore) -> list[int]:
    """Bring this node's index level with the database; the ids of the sites updated."""
    if store.open_index() is None:
        rebuild_and_record(store)
        return [site.pk for site in Site.objects.all()]
    versions, applied = database_versions(store), applied_versions(store)
    moved = [int(site_id) for site_id, version in versions.items() if applied.get(site_id) != version]
    for site in Site.objects.filter(pk__in=moved):
        store.update_site(site)
    if moved:
        _save_applied(store, {**applied, **{str(site_id): versions[str(site_id)] for site_id in moved}})
    return moved


def start_syncing(interval: float = POLL_SECONDS) -> threading.Thread:
    """Run catch_up for every index in a background thread, in whichever worker of this node holds the lock."""
    thread = threading.Thread(target=_sync_forever, args=(interval,), name="search-index-sync", daemon=True)
    thread.start()
    return thread


def _sync_forever(interval: float) -> None:
    node_lock = None
    while True:
        try:
            if node_lock and os.fstat(node_lock.fileno()).st_nlink == 0:  # the index directory was removed
                node_lock.close()
                node_lock = None
            node_lock = node_lock or _take_node_lock()
            if node_lock:
                for store in index.STORES:
                    catch_up(store)
        except Exception as exc:  # the database may be away for a while: try again on the next round
            log.warning("search index sync failed, trying again: %s", exc)
        finally:
            close_old_connections()
        # Workers without the lock only check now and then whether its holder is gone.
        time.sleep(interval if node_lock else 5 * interval)


def _take_node_lock():
    """The node's lock file, held for as long as this worker lives (the system drops it when the worker dies)."""
    root = index.index_root()
    root.mkdir(parents=True, exist_ok=True)
    handle = open(root / "sync.lock", "a")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle

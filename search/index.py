"""Opening, updating and rebuilding the Whoosh index of site pages.

The live index is the directory that the symlink `<SEARCH_INDEX_DIR>/pages` points to. A rebuild writes a
fresh directory beside it and swaps the link atomically, so searches running meanwhile never see a half index.
Whoosh allows one writer at a time; updates wait for the lock up to WRITE_LOCK_TIMEOUT seconds.
"""

import contextlib
import logging
import os
import shutil
import threading
import time
from pathlib import Path

from django.conf import settings
from whoosh import index as whoosh_index
from whoosh.query import Term
from wagtail.models import Site

from .documents import documents_for_site
from .schema import page_schema

log = logging.getLogger(__name__)
WRITE_LOCK_TIMEOUT = 10.0
KEEP_OLD_BUILDS = 1


def index_root() -> Path:
    return Path(settings.SEARCH_INDEX_DIR)


def live_link() -> Path:
    return index_root() / "pages"


def open_index():
    """The live index, or None when none was built yet."""
    link = live_link()
    if not link.exists() or not whoosh_index.exists_in(link):
        return None
    return whoosh_index.open_dir(link)


_local = threading.local()


@contextlib.contextmanager
def live_searcher():
    """A searcher on the live index, or None when there is none.

    Kept open per thread between requests (opening one unpickles the schema and loses the stemmer's cache)
    and reopened when a writer committed or a rebuild swapped the link.
    """
    try:
        build = (index_root() / os.readlink(live_link())).resolve()
    except OSError:
        yield None
        return
    searcher = getattr(_local, "searcher", None)
    # Searcher.refresh() keeps stale deletions of reused segments (whoosh 2.7.5), so reopen instead.
    if searcher is None or _local.build != build or not searcher.up_to_date():
        if searcher is not None:
            searcher.close()
        searcher = whoosh_index.open_dir(build).searcher() if whoosh_index.exists_in(build) else None
        _local.build = build
    _local.searcher = searcher
    yield searcher


def update_site(site: Site) -> None:
    """Replace one site's documents with fresh ones (a site holds tens of documents: cheap to redo whole)."""
    ix = open_index()
    if ix is None:
        log.warning("search index missing; run `manage.py rebuild_search_index`")
        return
    writer = ix.writer(timeout=WRITE_LOCK_TIMEOUT)
    try:
        writer.delete_by_query(Term("site", str(site.pk)))
        for doc in documents_for_site(site):
            writer.add_document(**doc)
    except Exception:
        writer.cancel()
        raise
    writer.commit()


def update_all_sites() -> None:
    for site in Site.objects.all():
        update_site(site)


def rebuild(progress=None) -> int:
    """Build a new index aside from the live one, then swap it in. Returns the number of documents."""
    root = index_root()
    root.mkdir(parents=True, exist_ok=True)
    build_dir = root / f"pages-{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}"
    build_dir.mkdir()
    ix = whoosh_index.create_in(build_dir, page_schema())
    writer = ix.writer()
    count = 0
    sites = list(Site.objects.all())
    for site in sites:
        for doc in documents_for_site(site):
            writer.add_document(**doc)
            count += 1
        if progress:
            progress(site)
    writer.commit()
    _swap_live_link(build_dir)
    return count


def _swap_live_link(build_dir: Path) -> None:
    link = live_link()
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link)  # an index from before symlinked builds
    tmp_link = link.with_name(f"pages.swap-{os.getpid()}")
    tmp_link.unlink(missing_ok=True)
    tmp_link.symlink_to(build_dir.name)
    os.replace(tmp_link, link)
    builds = sorted((p for p in index_root().glob("pages-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for old in builds[: -(KEEP_OLD_BUILDS + 1)]:
        if old.resolve() != build_dir.resolve():
            shutil.rmtree(old, ignore_errors=True)

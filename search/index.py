"""Opening, updating and rebuilding the Whoosh indexes: one of site pages per language, one of schools.

Each live index is the directory that the symlink `<SEARCH_INDEX_DIR>/<name>` points to. A rebuild writes a
fresh directory beside it and swaps the link atomically, so searches running meanwhile never see a half index.
Whoosh allows one writer at a time; updates wait for the lock up to WRITE_LOCK_TIMEOUT seconds.
"""

import contextlib
import functools
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from django.conf import settings
from whoosh import index as whoosh_index
from whoosh.fields import Schema
from whoosh.query import Term
from wagtail.models import Site

from .documents import documents_for_site, school_documents_for_site
from .schema import page_schema, school_schema

log = logging.getLogger(__name__)
WRITE_LOCK_TIMEOUT = 10.0
KEEP_OLD_BUILDS = 1


def index_root() -> Path:
    return Path(settings.SEARCH_INDEX_DIR)


class IndexStore:
    """One named index: its documents come per site, and it is always replaced whole per site or at once."""

    def __init__(self, name: str, schema: Callable[[], Schema], documents: Callable[[Site], Iterable[dict]]):
        self.name = name
        self.schema = schema
        self.documents = documents
        self._local = threading.local()

    def live_link(self) -> Path:
        return index_root() / self.name

    def open_index(self):
        """The live index, or None when none was built yet."""
        link = self.live_link()
        if not link.exists() or not whoosh_index.exists_in(link):
            return None
        return whoosh_index.open_dir(link)

    @contextlib.contextmanager
    def live_searcher(self):
        """A searcher on the live index, or None when there is none.

        Kept open per thread between requests (opening one unpickles the schema and loses the stemmer's cache)
        and reopened when a writer committed or a rebuild swapped the link.
        """
        try:
            build = (index_root() / os.readlink(self.live_link())).resolve()
        except OSError:
            yield None
            return
        local = self._local
        searcher = getattr(local, "searcher", None)
        # Searcher.refresh() keeps stale deletions of reused segments (whoosh 2.7.5), so reopen instead.
        if searcher is None or local.build != build or not searcher.up_to_date():
            if searcher is not None:
                searcher.close()
            searcher = whoosh_index.open_dir(build).searcher() if whoosh_index.exists_in(build) else None
            local.build = build
        local.searcher = searcher
        yield searcher

    def update_site(self, site: Site) -> None:
        """Replace one site's documents with fresh ones (a site holds at most a few hundred: cheap to redo)."""
        ix = self.open_index()
        if ix is None:
            log.warning("search index %s missing; run `manage.py rebuild_search_index`", self.name)
            return
        writer = ix.writer(timeout=WRITE_LOCK_TIMEOUT)
        try:
            writer.delete_by_query(Term("site", str(site.pk)))
            for doc in self.documents(site):
                writer.add_document(**doc)
        except Exception:
            writer.cancel()
            raise
        writer.commit()

    def rebuild(self, progress=None, sites=None) -> int:
        """Build a new index aside from the live one, then swap it in. Returns the number of documents."""
        root = index_root()
        root.mkdir(parents=True, exist_ok=True)
        build_dir = root / f"{self.name}-{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}"
        build_dir.mkdir()
        ix = whoosh_index.create_in(build_dir, self.schema())
        writer = ix.writer(limitmb=128)
        count = 0
        for site in Site.objects.all() if sites is None else sites:
            for doc in self.documents(site):
                writer.add_document(**doc)
                count += 1
            if progress:
                progress(site)
        writer.commit()
        self._swap_live_link(build_dir)
        return count

    def _swap_live_link(self, build_dir: Path) -> None:
        link = self.live_link()
        if link.exists() and not link.is_symlink():
            shutil.rmtree(link)  # an index from before symlinked builds
        tmp_link = link.with_name(f"{self.name}.swap-{os.getpid()}")
        tmp_link.unlink(missing_ok=True)
        tmp_link.symlink_to(build_dir.name)
        os.replace(tmp_link, link)
        builds = sorted((p for p in index_root().glob(f"{self.name}-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
        for old in builds[: -(KEEP_OLD_BUILDS + 1)]:
            if old.resolve() != build_dir.resolve():
                shutil.rmtree(old, ignore_errors=True)


pages = IndexStore("pages", page_schema, documents_for_site)
# The English pages under /en/, in an index of their own: the Dutch one stays as it was, and each is kept in step
# (search.sync) and rebuilt like any other. Not "pages-en": rebuilding "pages" clears old builds named "pages-*".
pages_en = IndexStore("pages_en", functools.partial(page_schema, "en"),
                      functools.partial(documents_for_site, language="en"))
PAGE_STORES = {"nl": pages, "en": pages_en}
schools = IndexStore("schools", school_schema, school_documents_for_site)
STORES = [pages, pages_en, schools]

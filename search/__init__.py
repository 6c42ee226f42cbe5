"""Whoosh search for the portal: the index is a rebuildable copy of the database, never the truth."""

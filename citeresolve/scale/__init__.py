"""Corpus-size batch runs (Dask)."""

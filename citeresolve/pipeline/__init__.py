"""The extraction pipeline: run the families over cleaned text and attach article
chains to their instruments."""

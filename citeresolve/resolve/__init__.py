"""Resolution: offline (key + language + date -> URLs, no network) and the optional
online enrichment layer."""

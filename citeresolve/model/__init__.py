"""The values every stage shares: canonical keys (the key contract) and citations."""

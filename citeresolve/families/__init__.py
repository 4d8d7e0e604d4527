"""Citation families: one module per kind of reference, each turning a window of text
into candidates (article chains, OJ issues, act numbers, cases, documents …)."""

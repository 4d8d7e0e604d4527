"""Behaviour lock: the extractor's output on every fixture corpus document equals the
recorded run in ``fixtures/recorded/extract.jsonl``.

A failure means extraction changed. If the change is deliberate (a fix, a new
family), re-record with ``python tests/record_output.py`` and review the diff.
"""

from __future__ import annotations

import json

from .conftest import extracted
from .record_output import RECORDED, current


def test_every_document_gives_the_recorded_citations() -> None:
    with RECORDED.open(encoding="utf-8") as fh:
        recorded = [json.loads(line) for line in fh if line.strip()]
    now = current(extracted)
    assert [(r["source"], r["id"]) for r in now] == [(r["source"], r["id"]) for r in recorded]
    changed = []
    for new, old in zip(now, recorded, strict=True):
        if new["citations"] != old["citations"]:
            before = {tuple(c) for c in old["citations"]}
            after = {tuple(c) for c in new["citations"]}
            changed.append(
                f"{new['source']} {new['id']}: lost {sorted(before - after)[:3]}"
                f" gained {sorted(after - before)[:3]}"
            )
    assert not changed, (
        f"{len(changed)} documents differ from the recording "
        "(re-record with `python tests/record_output.py` if on purpose):\n"
        + "\n".join(changed[:20])
    )

"""Record what the extractor finds in every fixture corpus document.

``fixtures/recorded/extract.jsonl`` holds, for each document of
``fixtures/corpus/*.jsonl`` and ``fixtures/heldout/**/*.jsonl`` (every held-out
round), every citation as
``[key, type, start, end]``. ``tests/test_recorded_output.py`` compares a fresh
run with it, so a refactoring that changes any output fails loudly.

When you change extraction *on purpose* (a new family, a grammar fix), re-record
and review the diff of the recorded file in your commit:

    python tests/record_output.py
    git diff --stat fixtures/recorded/extract.jsonl
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("fixtures/corpus", "fixtures/heldout")
RECORDED = ROOT / "fixtures" / "recorded" / "extract.jsonl"


def documents() -> Iterator[tuple[str, dict[str, Any]]]:
    """(source file relative to the repository, document) for every fixture document."""
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.jsonl")):
            name = path.relative_to(ROOT).as_posix()
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        yield name, json.loads(line)


def record(
    source: str, doc: dict[str, Any], extract: Callable[..., Sequence[Any]] | None = None
) -> dict[str, Any]:
    """The extractor's output on one document, as one JSON-able row; ``extract`` stands
    for ``citeresolve.extract`` (the tests pass their per-process cache of it)."""
    if extract is None:
        import citeresolve

        extract = citeresolve.extract
    found = extract(doc["text"], lang=doc.get("lang"))
    return {
        "source": source,
        "id": doc.get("id"),
        "citations": [[c.key, c.type, c.start, c.end] for c in found],
    }


def current(extract: Callable[..., Sequence[Any]] | None = None) -> list[dict[str, Any]]:
    return [record(source, doc, extract) for source, doc in documents()]


def main() -> int:
    rows = current()
    RECORDED.parent.mkdir(parents=True, exist_ok=True)
    # Atomic: a crash mid-run leaves the previous recording intact.
    fd, tmp = tempfile.mkstemp(dir=RECORDED.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, RECORDED)
    total = sum(len(row["citations"]) for row in rows)
    print(f"recorded {total} citations in {len(rows)} documents to {RECORDED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

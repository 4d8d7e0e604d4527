from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = FIXTURES / "corpus"


def load_corpus(*names: str) -> list[dict]:
    docs = []
    for name in names:
        with (CORPUS / name).open(encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh if line.strip()]
    return docs


@pytest.fixture(scope="session")
def gold_docs() -> list[dict]:
    return load_corpus("seed.jsonl", "dev.jsonl", "dev-acts.jsonl", "dev-mixed.jsonl")

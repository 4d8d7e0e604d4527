"""The letters-only copy the triggers read: fast, and exactly its definition."""

from __future__ import annotations

import json

import regex

from citeresolve.text.scan import _normalise

from .conftest import ROOT


def _definition(text: str) -> str:
    # Lower-cased, every character that is not a letter or a mark a space.
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] or ch for ch in text)
    return regex.sub(r"[^\p{L}\p{M}]", " ", low)


def test_the_copy_is_its_definition_on_every_corpus_document() -> None:
    for folder in ("fixtures/corpus", "fixtures/heldout"):
        for path in sorted((ROOT / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    text = json.loads(line)["text"]
                    assert _normalise(text) == _definition(text), path.name


def test_the_copy_keeps_length_and_letters_on_awkward_characters() -> None:
    for text in (
        "İstanbul ǅ ß ΣΑΣ",  # lower() changes length or depends on position
        "a\u0301b c\u0308",  # combining marks are kept
        "\ud800Article 3\udfff TEU",  # lone surrogates
        "\x00\x01\u200b\ufeff\u00ad§ 5 – „Art.“ № 7 €",
        "P9_TA(2021)0056 2016/679 l’article",
    ):
        assert _normalise(text) == _definition(text)
        assert len(_normalise(text)) == len(text)

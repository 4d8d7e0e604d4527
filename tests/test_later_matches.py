"""LaterMatches (the uses of a defined name, context.py) answers every position as a
scan of the text from that position does, whatever order the positions are asked in."""

from __future__ import annotations

import collections
import functools
import json
import random

import pytest
import regex

from citeresolve.pipeline.later_matches import LaterMatches
from citeresolve.text.clean import clean

from .conftest import ROOT

_QUOTE = r"[‘’'\"“”«»]?"


@functools.cache
def _long_views() -> tuple[str, ...]:
    # Read and cleaned once for the module: the three seeds ask the same views.
    views = []
    for folder in ("fixtures/corpus", "fixtures/heldout"):
        for path in sorted((ROOT / folder).rglob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    view = clean(json.loads(line)["text"]).view
                    if len(view) > 1200:
                        views.append(view)
    return tuple(views[::25])


def _patterns(view: str) -> list[str]:
    """Patterns shaped like a defined name's (context._uses) for the text's frequent
    words, and two-word ones, whose matches a later position often falls inside."""
    counts = collections.Counter(regex.findall(r"\b\w{4,}\b", view))
    words = [w for w, n in counts.most_common(6) if n >= 3]
    return [rf"(?<![\w-]){_QUOTE}{regex.escape(w)}{_QUOTE}(?![\w-])" for w in words] + [
        rf"\w+\s+{regex.escape(w)}" for w in words[:3]
    ]


@pytest.mark.parametrize("seed", range(3))
def test_later_matches_equal_a_scan_from_each_position(seed: int) -> None:
    rng = random.Random(seed)
    checked = rescans = 0
    for view in _long_views():
        later = LaterMatches(view)
        patterns = _patterns(view)
        asks = [(p, rng.randrange(len(view))) for p in patterns for _ in range(12)]
        asks += [(p, m.start() + 1) for p in patterns[-3:] for m in regex.finditer(p, view)]
        rng.shuffle(asks)
        for pattern, pos in asks:
            expected = [m.span() for m in regex.finditer(pattern, view, pos=pos)]
            assert [m.span() for m in later.after(pattern, pos)] == expected
            checked += 1
            rescans += any(m.start() < pos < m.end() for m in regex.finditer(pattern, view))
    assert checked > 1000
    assert rescans > 50  # positions inside a match of an earlier scan were asked too


def test_a_name_repeated_in_a_long_text_is_scanned_once() -> None:
    view = "the Directive applies. " * 50
    later = LaterMatches(view)
    pattern = r"(?<![\w-])Directive(?![\w-])"
    first = later.after(pattern, 0)
    assert len(first) == 50
    again = later.after(pattern, len(view) // 2)
    assert [m.span() for m in again] == [m.span() for m in first[25:]]
    assert again[0] is first[25]  # answered from the first scan, not a new one

"""Spans answers overlap and containment exactly as a test against every span would
(context.with_context and passages use it so that long texts stay linear)."""

import random

import pytest

from citeresolve.model.parts import Spans


def _spans(rng: random.Random, count: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(count):
        start = rng.randrange(0, 200)
        spans.append((start, start + rng.randrange(1, 40)))  # nested and touching spans too
    return spans


@pytest.mark.parametrize("seed", range(20))
def test_spans_agree_with_a_test_against_each_span(seed: int) -> None:
    rng = random.Random(seed)
    spans = _spans(rng, rng.randrange(0, 30))
    index = Spans(iter(spans))  # any iterable, read once
    for _ in range(300):
        start = rng.randrange(0, 240)
        end = start + rng.randrange(0, 50)
        assert index.overlap(start, end) == any(s < end and start < e for s, e in spans)
        assert index.contain(start, end) == any(s <= start and end <= e for s, e in spans)


def test_touching_spans_neither_overlap_nor_contain() -> None:
    index = Spans([(10, 20), (30, 40)])
    assert not index.overlap(20, 30)
    assert index.overlap(19, 21)
    assert index.contain(30, 40)
    assert not index.contain(15, 25)
    assert not Spans([]).overlap(0, 100)

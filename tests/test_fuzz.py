"""Property-based tests: no input crashes the extractor or breaks its promises.

Budgets: the "ci" profile (default) runs a few hundred examples per property;
``HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_fuzz.py`` runs 10,000, or as
many as ``CITERESOLVE_FUZZ_EXAMPLES`` says (run 100,000 before a release: some crashes,
such as a line break inside a two-word ordinal, only show up there).
"""

from __future__ import annotations

import json
import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import citeresolve
from citeresolve import parse_key

from .conftest import CORPUS

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("CITERESOLVE_FUZZ_EXAMPLES", "10000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

LANGS = sorted(citeresolve.available_languages())


def _surfaces() -> list[tuple[str, str]]:
    out = []
    for name in ("dev.jsonl", "dev-acts.jsonl", "seed.jsonl"):
        with (CORPUS / name).open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                text = doc["text"]
                for c in doc["citations"]:
                    # a window around each citation: the surface with its context
                    start = max(0, text.find(c["surface"]) - 60)
                    window = text[start : start + len(c["surface"]) + 160]
                    out.append((doc["lang"], window))
    return out


SURFACES = _surfaces()
# Characters that stress the cleaner and the grammars: separators, brackets,
# dashes, digits, quotes, markup, control and format characters, other scripts.
NOISE = st.sampled_from(
    [
        *"0123456789()/,.;:-–—‑ \n\t\u00a0\u00ad\u200b'’\"«»<>&#[]\\_*",
        "Article ",
        "artikel ",
        "TEU",
        "(EU) ",
        "No ",
        "OJ L ",
        "C-",
        "P9_TA(",
        "&nbsp;",
        "<sup>1</sup>",
        "\ud800",
        "\x00",
        "İ",
        "ß",
        "Ω",
        "член ",
        "άρθρο ",
    ]
)


def check_promises(text: str, lang: str | None) -> None:
    found = citeresolve.extract(text, lang=lang)
    starts = [c.start for c in found]
    assert starts == sorted(starts)
    for c in found:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert parse_key(c.key) == c.parts
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == [c.key for c in found]


@given(st.text(max_size=400), st.sampled_from([*LANGS, None]))
def test_arbitrary_unicode(text: str, lang: str | None) -> None:
    check_promises(text, lang)


@given(st.lists(NOISE, max_size=80).map("".join), st.sampled_from(LANGS))
def test_citation_shaped_noise(text: str, lang: str) -> None:
    check_promises(text, lang)


@given(st.sampled_from(SURFACES), st.randoms(use_true_random=False), st.integers(0, 6))
def test_mutations_of_real_citations(
    sample: tuple[str, str], rnd: random.Random, edits: int
) -> None:
    lang, text = sample
    chars = list(text)
    for _ in range(edits):
        if not chars:
            break
        i = rnd.randrange(len(chars))
        op = rnd.randrange(3)
        if op == 0:
            del chars[i]
        elif op == 1:
            chars.insert(i, rnd.choice("0123456789()/,. -\u2011\u00ad\n"))
        else:
            chars[i], chars[-1 - i] = chars[-1 - i], chars[i]
    check_promises("".join(chars), lang)

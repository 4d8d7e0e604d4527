"""What running text holds between an instrument's name and an article chain that
takes it (pipeline/sentence_reach.py) and is no break of the tie: a PDF's hard wrap, a
capitalised common noun ("Member States"), a relative clause after the chain."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern

# A hard wrap of a PDF's text in the gap: one line break between a word (or a comma,
# or a hyphen that splits a compound, pt "Estados-⏎Membros") and a word in lower case
# or a capital the line goes on with, read as a space.
_HARD_WRAP = lazy_pattern(r"(?<=[^\W\d_][,-]?)[ \t]*\n[ \t]*(?=[^\W\d_])")

# A bracketed aside with no number after a chain: what it says of that article (et
# "artikli 287 (mille kohaselt vastutab kontrollikoda Euroopa Liidu … eest) ning sama
# lepingu artikli 319"); its capitals name a body, not another instrument, which a
# number or a mention of its own would show.
_NUMBERLESS_ASIDE = lazy_pattern(r"\([^()\d]*\)")


def without_asides(gap: str) -> str:
    """``gap`` without its bracketed asides that hold no number."""
    return _NUMBERLESS_ASIDE.sub(" ", gap)


def unwrapped(gap: str) -> str:
    """``gap`` with its hard wraps read as spaces (nothing after a splitting hyphen)."""
    return _HARD_WRAP.sub(_unwrap, gap)


def _unwrap(wrap: regex.Match[str]) -> str:
    """A hard wrap read as a space, or as nothing after a hyphen that splits a word."""
    return "" if wrap.string[wrap.start() - 1 : wrap.start()] == "-" else " "


@functools.cache
def relative_after(lang: str) -> regex.Pattern[str]:
    """An "of" word that opens a relative clause after the chain, no link to another
    instrument: pt "n.ºs 2 e 3 do artigo 30.º, no qual", es "en el cual", it "nel quale"
    (``relatives``: the relative pronouns after a preposition)."""
    art = load(lang).articles
    words, of = art.get("relatives", []), art["of"]
    if not words or not of:
        return compile_pattern(r"(?!)")
    return compile_pattern(
        rf"[ \t]*,?\s*(?:{alternation(of)})[ \t]+(?:{alternation(words)})(?!\w)", regex.I
    )


@functools.cache
def common_capitals(lang: str) -> regex.Pattern[str]:
    """The common nouns the language writes with a capital in running text, which name
    no instrument (``common_capitals``: en "Member States", pt "Estados-Membros")."""
    words = load(lang).articles.get("common_capitals", [])
    return compile_pattern(rf"(?<!\w)(?:{alternation(words)})(?!\w)" if words else r"(?!)")

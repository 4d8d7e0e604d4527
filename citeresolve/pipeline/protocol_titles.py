"""The title after a Protocol's number, as a sentence's subject names the Protocol
before the article it cites: "Protocol (No 22) on the position of Denmark annexed to
the Treaties provides in Article 5", de "Das Protokoll (Nr. 22) über die Position
Dänemarks sieht in Artikel 5 vor", fr "Le protocole (nº 22) sur la position du
Danemark prévoit à l'article 5". The title opens with one of the language's
[protocols] ``title_openers`` right after the Protocol's mention and runs to its last
word written with a capital (a country, the Treaties); what follows is the gap the
sentence's verb stands in. No digit, bracket, line break or sentence mark stands in
the title."""

from __future__ import annotations

import functools

import regex

from ..families.mentions import REFERENCE, Mention
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern
from .mention_index import MentionIndex

# The title's words, up to the end of its last word with a capital.
_TITLE_WORDS = r"[^\d\n;:.!?|()\[\]]*?(?<![^\W\d_])\p{Lu}[^\W\d_]*(?![^\W\d_])"
_ANY_CAPITAL = lazy_pattern(r"(?<![^\W\d_])\p{Lu}")


@functools.cache
def _title(lang: str) -> regex.Pattern[str] | None:
    """The opener and the title's capitalised words after a Protocol's mention."""
    openers = load(lang).section("protocols").get("title_openers", [])
    if not openers:
        return None
    return compile_pattern(rf"[ \t]+(?:{alternation(openers)})[ \t]+(?:{_TITLE_WORDS})+")


def protocol_title_end(lang: str, view: str, start: int, end: int, code: str) -> int:
    """Where the title after the Protocol ``code`` named up to ``start`` ends, before
    ``end`` (the article chain); ``start`` when no title stands there, or when a word
    with a capital is left after it."""
    if not code.startswith("PROTOCOL-") or (pattern := _title(lang)) is None:
        return start
    title = pattern.match(view, start, end)
    if title is None or _ANY_CAPITAL.search(view, title.end(), end) is not None:
        return start
    return title.end()


def title_subject(lang: str, index: MentionIndex, named: Mention) -> Mention:
    """The Protocol whose title holds ``named``, a mention of the words it ends with
    ("Protocol (No 22) on the position of Denmark annexed to the Treaties provides in
    Article 5": "the Treaties" is the title's), else ``named`` itself."""
    k = index.first_at(named.start) - 1
    if k < 0 or (pattern := _title(lang)) is None:
        return named
    protocol = index.mentions[k]
    if not (protocol.code or "").startswith("PROTOCOL-") or protocol.use == REFERENCE:
        return named
    title = pattern.match(index.view, protocol.end, named.end + 1)
    return protocol if title is not None and title.end() == named.end else named

"""Articles numbered by a letter, as the Treaty on European Union numbered them before
Amsterdam ("Article K.3", "artikel A", "Art. K.3 Abs. 2 Buchst. c EUV"). Such a pin is
outside the key grammar, so the reference gets no key; the Treaty's name only completes
it and is no citation of the whole Treaty either (contract: "when the name only
completes an article reference there is one citation", and here none)."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load

# The codes of the Treaties whose articles were once numbered by letters.
LETTER_TREATIES = frozenset({"TEU"})
# How far before the name the letter article may stand: its paragraph and point words
# ("Abs. 2 Buchst. c") and the "of" word come in between.
_REACH = 48


@functools.cache
def _letter_article(lang: str) -> regex.Pattern[str] | None:
    """An article word, a capital letter with perhaps a number after a dot ("K.3",
    "K 3", "A"), then no sentence break up to the end of the searched span. Languages
    that put the number first ("K.3. cikk") are not read."""
    articles = load(lang).articles
    words = [*articles.get("article", []), *articles.get("article_plural", [])]
    if not words or articles.get("number_first"):
        return None
    return compile_pattern(
        rf"(?<!\w)(?:{alternation(words)})[ \t]*\p{{Lu}}(?:[ \t]?\.?[ \t]?\d{{1,2}})?(?![\w\-])"
        # a sentence break before the name ends the reach: "… Article K.3. The Treaty …"
        rf"(?:[^;\n()\d.]|\.(?![ \t]+\p{{Lu}}\p{{Ll}})|\d){{0,{_REACH}}}(?<![.!?][ \t]{{1,3}})$"
    )


def completes_letter_article(view: str, code: str, start: int, lang: str) -> bool:
    """Whether the Treaty name at ``start`` only completes a letter-numbered article
    before it (ro "art. K 3 din Tratatul privind Uniunea Europeană", nl "artikel K.1
    VEU")."""
    if code not in LETTER_TREATIES:
        return False
    pattern = _letter_article(lang)
    return (
        pattern is not None and pattern.search(view, max(0, start - _REACH - 20), start) is not None
    )

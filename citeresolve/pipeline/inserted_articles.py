"""An article an amending act inserts into the act it amends belongs to the amended act:
it "modifica la Direttiva 98/6/CE aggiungendo l'articolo 6 bis", en "amends Directive
98/6/EC by inserting Article 6a" name it right before the inserting word (the object of
"amends"); after the amending act's own clause (lt "direktyva (ES) 2019/2161, kuria
įtrauktos konkrečios taisyklės – 6a straipsnis") the amended act goes unnamed, and the
article is no citation, not the amending act's. The inserting words are the
[articles] ``inserting`` field of the language files."""

from __future__ import annotations

import functools

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import ATTACH_ONLY, OTHER_RULES, Mention
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from .mention_index import SENTENCE_END, MentionIndex

# How far before the chain the inserting word may stand.
_REACH = 80
# How far before the inserting word the sentence's act may end for the article to be
# dropped as an inserted one the sentence does not name the owner of.
_SENTENCE_REACH = 200


@functools.cache
def _inserting(code: str) -> regex.Pattern[str] | None:
    """The inserting word and what may follow it up to the chain: a few words (a
    determiner, lt "konkrečios taisyklės") and a dash."""
    words = load(code).articles.get("inserting")
    if not words:
        return None
    return compile_pattern(
        rf"(?<![^\W\d])(?:{alternation(words)})(?:[ \t]+[^\W\d][\w'’-]*){{0,3}}?"
        rf"(?:[ \t]*[–—-])?[ \t]*\Z"
    )


def inserted_owner(code: str, chain: Chain, index: MentionIndex) -> Mention | None:
    """The act an inserted article belongs to (see the module docstring): the one named
    right before the inserting word; a mention that cites nothing (``OTHER_RULES``) where
    the sentence names only the amending act; None where no inserting word links it."""
    pattern = _inserting(code)
    if pattern is None:
        return None
    view = index.view
    found = pattern.search(view, max(0, chain.start - _REACH), chain.start)
    if found is None:
        return None
    act = index.ending_at(found.start())
    if act is not None and act.type == "eu_act":
        return act
    before = index.nearest_before(found.start(), past_references=True)
    if (
        before is None
        or before.type != "eu_act"
        or found.start() - before.end > _SENTENCE_REACH
        or SENTENCE_END.search(view, before.end, found.start())
    ):
        return None
    return Mention(chain.start, chain.end, OTHER_RULES, ATTACH_ONLY, "eu_act")

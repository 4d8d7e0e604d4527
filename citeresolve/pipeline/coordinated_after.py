"""An article chain with no instrument of its own, coordinated with the next chain of
its sentence, whose instrument is named right after that chain: el "αντικαταστάθηκαν
τα άρθρα 14, 33 και 35 και προστέθηκε το άρθρο 14α της Οδηγίας 2006/112/ΕΚ", es "se
sustituyeron los artículos 14 y 33 y se añadió el artículo 14 bis de la Directiva …",
cs "byly nahrazeny články 14 a 33 a vložen článek 14a směrnice …". Both cite that
instrument: the contract's "in reach" (the sentence names it after the articles, with
no other instrument between).

Read only where nothing else could be meant: an "and" word right after the chain, then
at most three words in lower case (a verb and its article, no digit, no name), then the
next chain; no mention between the two chains, the next chain's instrument named within
a few words after it, and no "of" word or name after the first chain (its own, unknown
instrument: "Article 5 of the Law and Article 6 of Directive …").

A "both" word between the next chain and its instrument says outright that the two
chains share it (pt "a alínea k) do n.º 1 do artigo 57.º e em cumprimento do disposto
no n.º 4 do artigo 35.º, ambos do RGPD", fr "l'article 57, paragraphe 1, point k), et en
application de l'article 35, paragraphe 4, tous deux du RGPD"): then a comma may stand
before the "and" word and up to eight lower-case words after it."""

from __future__ import annotations

from ..families.chain_grammar import Chain
from ..families.mentions import REFERENCE
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.citation import Candidate
from .chain_links import ChainLinks
from .mention_index import MentionIndex
from .unit_keys import unit_candidate

# The words between the "and" word and the next chain: a verb, its auxiliary and the
# next chain's article ("και προστέθηκε το", "y se añadió el", "и беше добавен").
_VERB_GAP = lazy_pattern(
    r"(?:[ \t]+|(?<=['’]))(?:\p{Ll}[\p{Ll}'’-]*[ \t]+){0,3}(?:\p{Ll}{1,3}['’])?"
)
# The same with a "both" word after the next chain: a longer phrase ("e em cumprimento
# do disposto no", "and in accordance with the provisions of").
_BOTH_GAP = lazy_pattern(
    r"(?:[ \t]+|(?<=['’]))(?:\p{Ll}[\p{Ll}'’-]*[ \t]+){0,8}(?:\p{Ll}{1,5}['’])?"
)
_COMMA = lazy_pattern(r"[ \t]*,")
# How far after the next chain its instrument's name may start.
_NAME_REACH = 40


def coordinated_after(
    links: ChainLinks,
    chain: Chain,
    following: Chain,
    code: str,
    index: MentionIndex,
    resolved: dict[int, str | None],
) -> bool:
    """Whether ``chain`` (no instrument of its own) cites ``code``, the instrument of
    ``following``, the next chain (see the module docstring)."""
    view = index.view
    if chain.rules or following.rules or following.start < chain.end:
        return False
    if not _joined(links, view, chain.end, following):
        return False
    gap = links.gap_after(view, chain.end)
    if (gap is not None and gap["of"]) or index.first_in(chain.start, following.start):
        return False
    named = index.first_in(following.end, following.end + _NAME_REACH)
    if named is None:
        return False
    return (resolved.get(named.start) if named.use == REFERENCE else named.code) == code


def _joined(links: ChainLinks, view: str, end: int, following: Chain) -> bool:
    """Whether an "and" word and a short verb phrase join the chain ending at ``end``
    to ``following``; with a "both" word after ``following``, also after a comma and
    across a longer phrase (see the module docstring)."""
    joined = links.and_after.match(view, end)
    if joined is not None and _VERB_GAP.fullmatch(view, joined.end(), following.start):
        return True
    both = links.both_after
    if both is None or both.match(view, following.end) is None:
        return False
    if joined is None and (comma := _COMMA.match(view, end)) is not None:
        joined = links.and_after.match(view, comma.end())
    return joined is not None and bool(_BOTH_GAP.fullmatch(view, joined.end(), following.start))


def cite_coordinated(
    links: ChainLinks,
    waiting: Chain | None,
    chain: Chain,
    code: str,
    index: MentionIndex,
    resolved: dict[int, str | None],
    orphans: list[Chain],
) -> list[Candidate]:
    """The citations of ``waiting``, the chain before ``chain`` left without an
    instrument, when it is coordinated with ``chain`` (:func:`coordinated_after`),
    whose instrument is ``code``; it is then no orphan."""
    if waiting is None or not coordinated_after(links, waiting, chain, code, index, resolved):
        return []
    orphans.remove(waiting)
    return [unit_candidate(u, code) for u in waiting.units]

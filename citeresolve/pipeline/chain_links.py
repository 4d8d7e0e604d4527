"""The words and gaps that link an article chain to its instrument in one language
("of the", "thereof", "in particular", a footnote marker, an act's title …),
compiled once from the language file's [articles] table and kept together in one
:class:`ChainLinks` per language; the patterns after a chain are built in
:mod:`.links_after_chain`, those before it in :mod:`.links_before_chain`."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import regex

from ..knowledge.data import table
from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..text.branches import phrase_starts
from ..text.phrase_groups import PhraseGroups
from .genitive_gap import genitive_gap as _genitive_gap
from .links_after_chain import (
    annex_to,
    closes_own_bracket,
    former_gloss,
    forward_gap,
    paragraph_after_treaty,
    thereof,
    unit_anaphors,
)
from .links_before_chain import (
    and_links,
    as_regards,
    backward_links,
    comma_link,
    dash_determiner,
    definition_end,
    item_comma,
    owner_words,
    titles,
)
from .national_titles import NationalTitles

if TYPE_CHECKING:
    from ..families.mentions import Mention

_BLANKS = frozenset(" \t")


class ChainLinks:
    """The compiled link patterns of one language; each attribute says what it matches."""

    def __init__(self, language: Language) -> None:
        art = language.articles
        of = alternation(art["of"])
        determiners = alternation(art["determiners"])
        linkers = alternation(art["in_particular"])
        # After the chain: "of the Treaty", "TFEU", "thereof".
        self.forward_gap = forward_gap(
            of, determiners, former_gloss(language), art["ordinals"], art.get("act_authors")
        )
        self.of_after = deferred_pattern(rf"\s+(?:{of})(?:\s+|(?<=['’]))")
        self.thereof, self._thereof_starts = thereof(language, of), phrase_starts(art["thereof"])
        self.linker_after = deferred_pattern(rf"[\s,]*(?:{linkers})")
        # Before the chain: "in particular [its]", "as regards", a dash, a genitive.
        self.backward_link, self.relative_link = backward_links(art, linkers, determiners)
        self.possessive_opening, self.act_word_after = owner_words(language)
        self.as_regards, places = as_regards(art, determiners), art.get("article_locatives")
        aside = rf"[ \t]*,[ \t]*(?:{alternation(places or [])})[ \t]*"
        self.locative_aside = deferred_pattern(aside) if places else None
        self.transposed_into = transposed_into(art, determiners)  # "… omgezet in artikel 2.2"
        self.annex_to = annex_to(art)
        self.code, journals = language.code, language.section("official_journal")["abbreviations"]
        self.genitive_gap = _genitive_gap(art, journals)
        # In a language that links an article to its instrument with a word ("of",
        # "du", "der"), an act written right before a list of articles is a keyword
        # line's heading ("Directiva 2006/112/CE ART9 ART73"): cited itself, and
        # pinned; before a single article it only completes it ("77/388/EWG Art. 11").
        self.juxtaposed_heading = bool(art["of"])
        # A keyword chain: "Regulation (EC) No 539/2001 — Article 1(4)(f)", "44/2001— Член 1".
        self.dash_link = deferred_pattern(r"(?:\s[—–-]|(?<=\d)[—–-](?=\s))\s*$")
        self.dash_determiner = dash_determiner(art, determiners)
        self.comma_link, self.item_comma = comma_link(language, of), item_comma(art)
        # "and" before a chain, after an instrument (_and_links); "both" after a chain
        (self.and_before, self.and_after), self.both_after = and_links(language), _both_after(art)
        self.paragraph_anaphor, self.article_anaphor = unit_anaphors(language, of)
        self.paragraph_after_treaty = paragraph_after_treaty(art)
        self.ordinal_values = {str(k).casefold(): v for k, v in art["ordinals"].items()}
        self.in_particular_gap = _in_particular_gap(art, linkers, determiners)
        # A citation opener ("having regard to", "gestützt auf") starts a new clause even
        # inside a line: a PDF transcript runs the title and all the visas together.
        openers = art.get("clause_openers", [])
        self.openers = PhraseGroups([("opener", openers)]) if openers else None
        self.definition_end = definition_end(language)
        self.self_reference = _self_reference(language)
        self.title_end, self.title_clause, self.unit_of = titles(art, of, determiners)
        # A text that names a national chamber and the Parliament nowhere is that
        # chamber's: there a bare "del regolamento" is its own Rules, never the EP's.
        self.national_titles = NationalTitles(language)
        rules = language.section("rules")
        self.parliament = _any_of(rules.get("parliament", []))
        self.national_chamber = _other_chamber(rules)

    _gaps: tuple[str, dict[int, regex.Match[str] | None]] = ("", {})  # see gap_after

    @property
    def owner_after(self) -> bool:
        """Whether the language names an instrument after its articles (an "of" word
        links them): there a name right after a chain on its line owns it, not one that
        ends the line before (nl "Regelgeving VWEU" then "art. 21 en 23 Handvest")."""
        return self.juxtaposed_heading

    def own_after(self, view: str, end: int, head: Mention) -> bool:
        """Whether the "thereof" after a chain ending at ``end`` is the document naming
        itself (de "Artikel 1 Absätze 3 bis 13 dieser Richtlinie") while the clause it
        sits in is about a Treaty (``head``): the articles are the document's own."""
        pattern = self.self_reference
        if pattern is None or head.type != "treaty":
            return False
        found = _OWN_GAP.match(view, end)
        return found is not None and pattern.match(view, found.end()) is not None

    def gap_after(self, view: str, end: int) -> regex.Match[str] | None:
        """``forward_gap.match(view, end)``, kept for the last text: the distributed
        articles, then attach, ask it at the same chain ends (two calls in five)."""
        kept = self._gaps
        if kept[0] is not view or not view:  # (the class's own pair is never filled)
            kept = self._gaps = (view, {})  # one assignment: threads never share a dict
        gaps = kept[1]
        if end not in gaps:
            gap = self.forward_gap.match(view, end)
            if (gap is None or not gap["of"]) and closes_own_bracket(view, end):
                # "(than Articles 1 and 3) of Directive …", nl "(dan artikel 1 en 3) in
                # de richtlijn": a bracket holding the chain closes before the "of" word
                after = self.forward_gap.match(view, end + 1)
                gap = after if after is not None and after["of"] else gap
            gaps[end] = gap
        return gaps[end]

    def thereof_after(self, view: str, pos: int) -> bool:
        """Whether ``thereof`` matches at ``pos``: not tried where the first character
        after its blanks, comma and white space starts none of its words (_thereof_starts;
        most chain ends, at two to three microseconds a try)."""
        starts = self._thereof_starts
        if starts is not None:
            i, size = pos, len(view)
            while i < size and view[i] in _BLANKS:
                i += 1
            i += view[i : i + 1] == ","
            while i < size and view[i].isspace():  # every regex \s is a str.isspace one
                i += 1
            if view[i : i + 1] not in starts:
                return False
        return self.thereof.match(view, pos) is not None


# The blanks and comma between a chain and the words after it.
_OWN_GAP = lazy_pattern(r"[ \t]*,?\s*")


@functools.cache
def links_of(language: Language) -> ChainLinks:
    """One language's links, shared by attach and the distributed articles."""
    return ChainLinks(language)


def _both_after(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """A "both" word right after a chain, before its "of" word (pt "…, ambos do RGPD",
    en "…, both of the GDPR"): the chain and the one coordinated before it share the
    instrument named next (coordinated_after.py); None for a language without one."""
    words = art.get("both")
    if not words:
        return None
    both = alternation(words)
    return deferred_pattern(rf"[ \t]*,?[ \t]*(?:{both})(?![^\W\d_])", regex.IGNORECASE)


def _self_reference(language: Language) -> regex.Pattern[str] | None:
    """The document naming itself ("this Regulation", mt "dan ir-Regolament", whose
    "ir-Regolament" alone is a reference word): never the act cited before it."""
    words = table("context_words.toml").get(language.code, {}).get("self_references")
    if not words:
        return None
    return deferred_pattern(rf"(?<![^\W\d])(?:{alternation(words)})(?![^\W\d])")


def _other_chamber(rules: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """A national chamber's name, or the formula that opens the enacting terms of
    another institution's act ("THE EUROPEAN COUNCIL,"): a text that has one and never
    names the Parliament is that body's, and "its Rules of Procedure" are its own."""
    return _any_of(rules.get("national_chambers", []), rules.get("author_formulas", []))


def _any_of(phrases: list[str], exact: list[str] | None = None) -> regex.Pattern[str] | None:
    """Any of ``phrases`` as a word, in any case ("CAMERA DEI DEPUTATI"), or of
    ``exact`` as written (an enacting formula in capitals, "THE EUROPEAN COUNCIL,")."""
    if not phrases and not exact:
        return None
    either = [alternation(phrases)] if phrases else []
    either += [f"(?-i:{alternation(exact)})"] if exact else []
    return deferred_pattern(rf"(?<![^\W\d_])(?:{'|'.join(either)})(?![^\W\d_])", regex.IGNORECASE)


def transposed_into(art: Mapping[str, Any], determiners: str) -> regex.Pattern[str] | None:
    """The words that say an instrument named before is transposed into the provision
    right after them, ending where the chain starts (a determiner may stand between)."""
    words = art.get("transposed_into")
    if not words:
        return None
    return deferred_pattern(rf"(?:{alternation(words)})[ \t]*(?:(?:{determiners})[ \t]*)?\Z")


def _in_particular_gap(
    art: Mapping[str, Any], linkers: str, determiners: str
) -> regex.Pattern[str]:
    """What stands between an article and paragraphs of it cited after it: an "in
    particular" word, or "in its" (``paragraph_locatives``: es "el artículo 35 del RGPD,
    en sus apartados 4 y 5")."""
    locatives = alternation(art.get("paragraph_locatives") or art["in_particular"])
    return deferred_pattern(rf"[\s,;]*(?:{linkers}|{locatives})[\s,]*(?:{determiners}\s+)?")
